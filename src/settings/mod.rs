//! Settings: what a team keeps in its boards folder's `tavle.toml` and what
//! one person keeps in their own (see `docs/settings.md`). This module only
//! names the values and says which file wins; reading the files is the
//! folder layer's job, choosing the colours the views'.

/// How the screen is coloured. The dark theme is the default; `T` cycles
/// through them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// Light text on the terminal's own dark background.
    #[default]
    Dark,
    /// Dark text on white, high contrast: bright rooms and projectors.
    Light,
    /// Dark, with traffic lights that stay apart for red–green colour
    /// blindness (blue, yellow, vermilion).
    ColourSafe,
    /// No colour: glyphs, bold and reverse video only (also `NO_COLOR`).
    Mono,
}

impl Theme {
    /// Every theme, in the order `T` cycles through them.
    pub const ALL: [Theme; 4] = [Theme::Dark, Theme::Light, Theme::ColourSafe, Theme::Mono];

    /// The theme `T` goes to from this one.
    pub fn next(self) -> Theme {
        let i = Theme::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Theme::ALL[(i + 1) % Theme::ALL.len()]
    }

    /// The name in `tavle.toml` and `--theme`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Dark => "dark",
            Theme::Light => "light",
            Theme::ColourSafe => "colour-safe",
            Theme::Mono => "mono",
        }
    }

    /// The theme a name stands for, in any of the three languages.
    pub fn parse(name: &str) -> Option<Theme> {
        match name.trim().to_lowercase().as_str() {
            "dark" | "mørk" | "mork" => Some(Theme::Dark),
            "light" | "lys" => Some(Theme::Light),
            "colour-safe" | "color-safe" | "colourblind" | "colorblind" | "fargesikker"
            | "fargetrygg" => Some(Theme::ColourSafe),
            "mono" | "monochrome" | "no-color" | "no-colour" | "svart-hvit" | "svartkvit" => {
                Some(Theme::Mono)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn t_visits_every_theme_and_comes_back() {
        let mut t = Theme::Dark;
        let mut seen = vec![t];
        for _ in 0..Theme::ALL.len() - 1 {
            t = t.next();
            seen.push(t);
        }
        assert_eq!(seen, Theme::ALL);
        assert_eq!(t.next(), Theme::Dark);
    }

    #[test]
    fn names_read_back() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.name()), Some(t));
        }
        assert_eq!(Theme::parse(" Lys "), Some(Theme::Light));
        assert_eq!(Theme::parse("purple"), None);
    }
}

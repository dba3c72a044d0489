//! Settings: what a team keeps in its boards folder's `tavle.toml` and what
//! one person keeps in their own (see `docs/settings.md`). This module only
//! reads their text ([`parse`]) and says which file wins ([`Settings::over`]);
//! reading the files is the folder layer's job, choosing the colours the
//! views'.
//!
//! The team's file (beside the boards) holds what the room shares:
//! language, theme, the meeting's length, the wallboard, the poll. The
//! person's file (in their config folder) holds their name, and the theme
//! and language they like; for those two the team's file wins, since the
//! screen in the room is shared. `--lang`, `TAVLE_LANG` and `NO_COLOR` win
//! over both.

mod parse;

pub use parse::parse;

use std::time::Duration;

use crate::i18n::Lang;

/// Which `tavle.toml` a text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The boards folder's: the team's settings.
    Folder,
    /// The user's config folder's: one person's.
    Personal,
}

/// A screen the wallboard shows in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WallScreen {
    /// Every board, one after the other.
    Boards,
    /// The overview of all boards.
    Overview,
    /// Each board's indicators with their run charts (boards that have any).
    Indicators,
}

impl WallScreen {
    /// The screen a name in `tavle.toml` or `--wall-screens` stands for.
    pub fn parse(name: &str) -> Option<WallScreen> {
        match name.trim().to_lowercase().as_str() {
            "boards" | "tavler" | "tavlene" | "tavlene." => Some(WallScreen::Boards),
            "overview" | "oversikt" | "oversikta" | "oversikten" => Some(WallScreen::Overview),
            "indicators" | "indikatorer" | "indikatorar" | "charts" | "kurver" => {
                Some(WallScreen::Indicators)
            }
            _ => None,
        }
    }
}

/// The settings of one `tavle.toml`, or of both taken together: `None`
/// where nothing was set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    /// The name `updated_by` is signed with (the person's file only).
    pub name: Option<String>,
    pub lang: Option<Lang>,
    pub theme: Option<Theme>,
    /// A meeting's time box when the board does not set its own.
    pub meeting_minutes: Option<u64>,
    /// Poll the folder this often instead of waiting for change events.
    pub poll: Option<Duration>,
    /// How long the wallboard shows each screen.
    pub wall_interval: Option<Duration>,
    /// What the wallboard shows in turn.
    pub wall_screens: Option<Vec<WallScreen>>,
}

impl Settings {
    /// The team's settings (`self`, the folder's file) over one person's:
    /// the team's win where both set a value; the name is the person's.
    pub fn over(self, personal: Settings) -> Settings {
        Settings {
            name: personal.name,
            lang: self.lang.or(personal.lang),
            theme: self.theme.or(personal.theme),
            meeting_minutes: self.meeting_minutes,
            poll: self.poll,
            wall_interval: self.wall_interval,
            wall_screens: self.wall_screens,
        }
    }
}

/// Something wrong in a `tavle.toml`, where it is (from 1; the column in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not TOML at all; the parser's own words (in English).
    Syntax(String),
    /// A key tavle does not know, with the known one it looks like.
    UnknownKey {
        key: String,
        suggestion: Option<String>,
    },
    /// A known key in the other file (a name in the team's file, the
    /// wallboard in one person's).
    WrongFile { key: String, belongs: Scope },
    /// A value of the wrong kind or out of range; `want` says what is
    /// wanted (`lang`, `theme`, `minutes`, `seconds`, `screens`, `name`,
    /// `table`).
    BadValue { key: String, want: &'static str },
    /// The file could not be read (a link, a pipe, too large, not UTF-8,
    /// no permission): why, worded in the user's language when said.
    Unreadable(Unread),
}

/// Why a settings file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// What the file system said (a pipe, no permission, too large …).
    Fs(tavle_core::diag::FsErrorKind),
    /// The bytes are not UTF-8 text.
    NotText,
}

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

#[cfg(test)]
mod tests_files;

/// What is wrong at `problem` in the file shown as `file`, in `lang`, with
/// where it is and that the default holds.
pub fn describe(lang: Lang, file: &str, problem: &Problem) -> String {
    use crate::i18n;
    let what = match &problem.kind {
        ProblemKind::Syntax(detail) => i18n::settings_syntax(lang, detail),
        ProblemKind::UnknownKey { key, suggestion } => {
            i18n::settings_unknown(lang, key, suggestion.as_deref())
        }
        ProblemKind::WrongFile { key, belongs } => {
            i18n::settings_wrong_file(lang, key, *belongs == Scope::Folder)
        }
        ProblemKind::BadValue { key, want } => i18n::settings_bad(lang, key, want),
        ProblemKind::Unreadable(Unread::Fs(kind)) => {
            i18n::settings_unreadable(lang, &i18n::fs_reason(lang, kind))
        }
        ProblemKind::Unreadable(Unread::NotText) => {
            i18n::settings_unreadable(lang, i18n::settings_not_text(lang))
        }
    };
    i18n::settings_at(lang, file, problem.line, problem.column, &what)
}

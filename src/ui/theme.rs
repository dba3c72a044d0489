//! Themes: the views name semantic terminal colours (green, yellow and red
//! for the traffic lights, cyan for information, a red or yellow background
//! for what must be seen); [`apply`] maps every cell of the finished frame
//! through the theme's palette, so every view on every path is themed in
//! one place and no view has to know which theme is on.
//!
//! - `Dark` is the look the views draw: nothing is changed.
//! - `Light` gives every cell an explicit white background and dark text,
//!   every colour a dark shade that keeps at least 4.5:1 contrast on white
//!   (WCAG AA; plain text 21:1): bright rooms and projectors.
//! - `ColourSafe` keeps the dark look but draws the lights in the
//!   Okabe–Ito colours (blue for green, yellow, vermilion for red), which
//!   stay apart for red–green colour blindness (`tests/theme_colours.rs`
//!   simulates deuteranopia and protanopia).
//! - `Mono` takes every colour away; what only a background told apart (the
//!   meeting header, time up, a warning banner) is drawn in reverse video.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::settings::Theme;

/// The Okabe–Ito blue the colour-safe theme draws green lights in.
pub const SAFE_GREEN: Color = Color::Rgb(0, 114, 178);
/// The Okabe–Ito yellow of the colour-safe theme.
pub const SAFE_YELLOW: Color = Color::Rgb(240, 228, 66);
/// The Okabe–Ito vermilion the colour-safe theme draws red lights in.
pub const SAFE_RED: Color = Color::Rgb(213, 94, 0);

/// The light theme's background and its text.
pub const PAPER: Color = Color::Rgb(255, 255, 255);
pub const INK: Color = Color::Rgb(0, 0, 0);

/// The colour a cell's foreground has in `theme`, `bg` being its background
/// as the views drew it.
pub fn fg(theme: Theme, colour: Color, bg: Color) -> Color {
    match theme {
        Theme::Dark => colour,
        Theme::Mono => Color::Reset,
        Theme::ColourSafe => safe(colour),
        Theme::Light => match colour {
            // White text only ever sits on a coloured background; on the
            // paper it would vanish.
            Color::White | Color::Gray if bg != Color::Reset => PAPER,
            other => light_ink(other),
        },
    }
}

/// The colour a cell's background has in `theme`.
pub fn bg(theme: Theme, colour: Color) -> Color {
    match theme {
        Theme::Dark => colour,
        Theme::Mono => Color::Reset,
        Theme::ColourSafe => match colour {
            Color::Reset => Color::Reset,
            other => safe(other),
        },
        Theme::Light => match colour {
            Color::Reset | Color::White => PAPER,
            // The warning background stays light, with the dark text on it.
            Color::Yellow | Color::LightYellow => Color::Rgb(255, 215, 0),
            other => light_ink(other),
        },
    }
}

/// The colour-safe palette: the lights in Okabe–Ito, the rest as drawn.
fn safe(colour: Color) -> Color {
    match colour {
        Color::Green | Color::LightGreen => SAFE_GREEN,
        Color::Yellow | Color::LightYellow => SAFE_YELLOW,
        Color::Red | Color::LightRed => SAFE_RED,
        // Sky blue and reddish purple: the other two Okabe–Ito colours.
        Color::Cyan | Color::LightCyan => Color::Rgb(86, 180, 233),
        Color::Magenta | Color::LightMagenta => Color::Rgb(204, 121, 167),
        other => other,
    }
}

/// The light theme's dark shade of a colour: at least 4.5:1 on white.
fn light_ink(colour: Color) -> Color {
    match colour {
        Color::Green | Color::LightGreen => Color::Rgb(0, 100, 0),
        Color::Yellow | Color::LightYellow => Color::Rgb(122, 82, 0),
        Color::Red | Color::LightRed => Color::Rgb(176, 0, 32),
        Color::Cyan | Color::LightCyan => Color::Rgb(0, 95, 115),
        Color::Magenta | Color::LightMagenta => Color::Rgb(139, 0, 139),
        Color::Blue | Color::LightBlue => Color::Rgb(0, 51, 160),
        Color::DarkGray | Color::Gray => Color::Rgb(77, 77, 77),
        Color::Reset | Color::Black | Color::White => INK,
        // Nothing draws another colour today; a new one must be added here
        // (the light-theme test fails on a cell without enough contrast).
        other => other,
    }
}

/// Colour every cell of `buf` with `theme`: the one place themes act.
pub fn apply(theme: Theme, buf: &mut Buffer) {
    if theme == Theme::Dark {
        return;
    }
    for cell in buf.content.iter_mut() {
        let (f, b) = (cell.fg, cell.bg);
        if theme == Theme::Mono && b != Color::Reset {
            // Only a background told this cell apart: reverse video does
            // now (and a reversed cell on it turns back, so it still stands out).
            cell.modifier.toggle(Modifier::REVERSED);
        }
        cell.fg = fg(theme, f, b);
        cell.bg = bg(theme, b);
    }
}

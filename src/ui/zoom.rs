//! Large views for the room: the zoomed card (`z` on the board) — title,
//! light (glyph and word, never colour alone), owner and deadline in the
//! largest letters the screen takes, for a room reading from four metres,
//! the hint bar below it — and the large header (`Z`): the board's name,
//! and the meeting's countdown while one runs, above the board.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, BorderType, Clear};

use crate::app::App;
use crate::app::zoom::ZoomView;
use crate::i18n::{self, ZoomWord};
use tavle_core::text::sanitize;

/// The zoomed card's three parts as drawn: title, light, owner and deadline.
pub fn parts(app: &App, view: &ZoomView) -> Option<[String; 3]> {
    let lang = app.shared.lang();
    let board = app.board()?;
    let card = board.card(&view.card)?;
    let today = app.shared.today();
    let status = tavle_core::plan::card_status(board, card, today);
    let (glyph, _) = super::status_glyphs(&status);
    let word = if status.done {
        i18n::zoom_word(lang, ZoomWord::Done)
    } else {
        match status.light {
            Some(l) => i18n::light_name(lang, l),
            None => i18n::zoom_word(lang, ZoomWord::NoLight),
        }
    };
    let owner = card.owner.as_deref().map(|o| sanitize(o).into_owned());
    let owner = owner.unwrap_or_else(|| i18n::zoom_word(lang, ZoomWord::NoOwner).to_string());
    let due = card.due.map_or_else(
        || i18n::zoom_word(lang, ZoomWord::NoDue).to_string(),
        |d| i18n::date_short(d, today),
    );
    Some([
        sanitize(&card.title).into_owned(),
        format!("{glyph} {word}"),
        format!("{owner} · {due}"),
    ])
}

/// Draw the zoomed card over `area`, leaving its last row to the hint bar.
pub fn render(app: &App, view: &ZoomView, area: Rect, frame: &mut Frame) {
    let area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let Some([title, light, who]) = parts(app, view) else {
        return;
    };
    frame.render_widget(Clear, area);
    let block = Block::bordered().border_type(BorderType::Thick);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [top, mid, bottom] = Layout::vertical([
        Constraint::Percentage(50),
        Constraint::Percentage(25),
        Constraint::Percentage(25),
    ])
    .areas(inner);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    super::big::render(&title, top, bold, frame);
    let colour = app
        .board()
        .and_then(|b| b.card(&view.card).map(|c| (b, c)))
        .map(|(b, c)| {
            super::status_glyphs(&tavle_core::plan::card_status(b, c, app.shared.today())).1
        });
    let light_style = colour.map_or(bold, |c| bold.fg(c));
    super::big::render(&light, mid, light_style, frame);
    super::big::render(&who, bottom, bold, frame);
}

/// The large header needs this many rows of body: it takes a quarter.
pub const BIG_HEADER_MIN: u16 = 32;

/// The large header (`Z` on the board screen) at the top of `body`, when
/// it is on and the screen is tall enough; returns the body left below it.
pub fn render_big_header(app: &App, body: Rect, frame: &mut Frame) -> Rect {
    let on = app.screen == crate::app::Screen::Board && app.screens.board.big_header;
    let Some(board) = app.board().filter(|_| on && body.height >= BIG_HEADER_MIN) else {
        return body;
    };
    let [header, rest] =
        Layout::vertical([Constraint::Length(body.height / 4), Constraint::Fill(1)]).areas(body);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let clock = app.shared.running().map(|running| {
        let c = tavle_core::meeting::meeting_countdown(board, running, app.shared.wall());
        let style = match c.phase {
            tavle_core::meeting::Phase::Normal => bold,
            tavle_core::meeting::Phase::Warning => bold.fg(ratatui::style::Color::Yellow),
            tavle_core::meeting::Phase::Over => bold.fg(ratatui::style::Color::Red),
        };
        (c.clock(), style)
    });
    let title_area = match &clock {
        Some((text, style)) => {
            let [t, c] =
                Layout::horizontal([Constraint::Percentage(60), Constraint::Fill(1)]).areas(header);
            super::big::render(text, c, *style, frame);
            t
        }
        None => header,
    };
    super::big::render(&board.title, title_area, bold, frame);
    rest
}

#[cfg(test)]
#[path = "zoom_tests.rs"]
mod more_tests;

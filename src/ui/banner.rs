//! The banner over a board: what is wrong with it in a way the screen can
//! show (broken, deleted, newer format, no columns, cards in columns that do
//! not exist), with what to do. Red, and never only colour: it starts with ⚠.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::i18n::{self, Banner};
use crate::text::sanitize;
use tavle_core::diag::Severity;
use tavle_core::model::FORMAT_VERSION;

/// What to say over the board on screen, if anything.
pub fn banner(app: &App) -> Option<Banner> {
    let e = app.entry()?;
    if let Some(p) = &e.broken {
        let count = e
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
            .max(1);
        let (message, _) = i18n::diag(app.shared.lang, &p.kind);
        return Some(Banner::Broken {
            count,
            at: format!("{}:{}:{}", e.path.display(), p.line, p.col),
            message,
        });
    }
    if e.missing_since.is_some() {
        return Some(Banner::Gone);
    }
    let b = e.board.as_ref()?;
    if b.tavle > FORMAT_VERSION {
        return Some(Banner::NewerFormat(b.tavle));
    }
    if let crate::folder::store::Access::ReadOnly(why) = e.access {
        return Some(Banner::ReadOnly(i18n::why_read_only(app.shared.lang, why)));
    }
    if b.columns.is_empty() {
        return Some(Banner::NoColumns);
    }
    let mut missing: Vec<&str> = b
        .cards
        .iter()
        .filter(|c| !c.archived && b.column(&c.column).is_none())
        .map(|c| c.column.as_str())
        .collect();
    let count = missing.len();
    missing.sort_unstable();
    missing.dedup();
    (count > 0).then(|| Banner::Orphans {
        count,
        columns: missing.join(", "),
    })
}

/// Rows the banner needs at `width` (0 without one).
pub fn height(app: &App, width: u16) -> u16 {
    let Some(b) = banner(app) else {
        return 0;
    };
    let text = i18n::banner(app.shared.lang, &b);
    let w = usize::from(width.max(1));
    (crate::text::width(&text) + 3).div_ceil(w).clamp(1, 3) as u16
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    if area.height == 0 {
        return;
    }
    let Some(b) = banner(app) else {
        return;
    };
    let text = format!(" ⚠ {}", i18n::banner(app.shared.lang, &b));
    frame.render_widget(
        Paragraph::new(sanitize(&text).into_owned())
            .wrap(Wrap { trim: false })
            .style(Style::new().bg(Color::Red).fg(Color::White).bold()),
        area,
    );
}

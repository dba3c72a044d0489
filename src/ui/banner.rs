//! The banners over a board: what is wrong with it in a way the screen can
//! show (broken, deleted, newer format, no columns, cards in columns that do
//! not exist), with what to do — red, and never only colour: it starts with
//! ⚠ — and the sync clients' conflict copies of it: how many, from where,
//! and that `c` merges them (yellow, also with ⚠). The overview shows only the
//! copies banner: every file held back as a copy, named with its board, so a
//! leader reading the counts knows what they leave out.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Screen};
use crate::i18n::{self, Banner};
use tavle_core::diag::Severity;
use tavle_core::model::FORMAT_VERSION;
use tavle_core::text::sanitize;

/// What to say over the board on screen, if anything.
pub fn banner(app: &App) -> Option<Banner> {
    // The screens of the whole folder speak of no one board.
    if matches!(
        app.screen,
        Screen::Overview | Screen::Changes | Screen::Round
    ) {
        return None;
    }
    let e = app.entry()?;
    if let Some(p) = &e.broken {
        let count = e
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
            .max(1);
        let (message, _) = i18n::diag(app.shared.lang(), &p.kind);
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
    let twice = tavle_core::dupes::duplicate_ids(b);
    if !twice.is_empty() {
        return Some(Banner::DuplicateIds(twice.join(", ")));
    }
    if let crate::folder::store::Access::ReadOnly(why) = e.access {
        return Some(Banner::ReadOnly(i18n::why_read_only(
            app.shared.lang(),
            why,
        )));
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

/// The conflict-copies banner: on the board screen, of the board on view,
/// from where, and that `c` merges them; on the overview, every file of the
/// folder held back as a copy, named with its board (the counts leave them
/// out, and a leader must see that), and how to merge the selected board's.
pub fn copies(app: &App) -> Option<String> {
    if !matches!(app.screen, Screen::Board | Screen::Overview) {
        return None;
    }
    let lang = app.shared.lang();
    let held: Vec<(String, String)> = (app.shared.entries().iter())
        // Only a board with copies needs its file name (10,000 boards, every frame).
        .filter(|e| !e.copies.is_empty())
        .flat_map(|e| {
            let board = e.path.file_name().map(|n| n.to_string_lossy().into_owned());
            let board = board.unwrap_or_default();
            e.copies
                .iter()
                .map(move |c| (c.name.clone(), board.clone()))
        })
        .collect();
    let e = app.entry().filter(|e| !e.copies.is_empty());
    match (app.screen, e) {
        (Screen::Overview, _) if !held.is_empty() => {
            let all = i18n::held_back(lang, &held);
            Some(match e.and_then(|e| e.summary()).map(|s| s.slim()) {
                Some(b) => format!("{all} {}", i18n::held_back_merge(lang, &b.title)),
                None => all,
            })
        }
        (Screen::Board, Some(e)) => {
            let sources: Vec<String> = (e.copies.iter())
                .map(|c| i18n::source(lang, &c.source))
                .collect();
            Some(i18n::copies_banner(
                lang,
                e.copies.len(),
                &sources.join("; "),
            ))
        }
        _ => None,
    }
}

/// Rows `text` needs as a banner at `width`.
fn rows(text: &str, width: u16) -> u16 {
    let w = usize::from(width.max(1));
    (tavle_core::text::width(text) + 3).div_ceil(w).clamp(1, 3) as u16
}

/// Rows the banners need at `width` (0 without one).
pub fn height(app: &App, width: u16) -> u16 {
    let problem = banner(app).map_or(0, |b| rows(&i18n::banner(app.shared.lang(), &b), width));
    problem + copies(app).map_or(0, |t| rows(&t, width))
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    if area.height == 0 {
        return;
    }
    let problem = banner(app).map(|b| i18n::banner(app.shared.lang(), &b));
    let copies = copies(app);
    let heights = [
        problem.as_deref().map_or(0, |t| rows(t, area.width)),
        copies.as_deref().map_or(0, |t| rows(t, area.width)),
    ];
    let [top, bottom] = Layout::vertical(heights.map(Constraint::Length)).areas(area);
    let red = Style::new().bg(Color::Red).fg(Color::White).bold();
    let yellow = Style::new().bg(Color::Yellow).fg(Color::Black).bold();
    for (text, area, style) in [(problem, top, red), (copies, bottom, yellow)] {
        if let Some(text) = text {
            let text = format!(" ⚠ {text}");
            frame.render_widget(
                Paragraph::new(sanitize(&text).into_owned())
                    .wrap(Wrap { trim: false })
                    .style(style),
                area,
            );
        }
    }
}

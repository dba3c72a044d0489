//! The wallboard's band (`tavle --wall`), under the title bar: where it is
//! in its round, whether it is paused, and when the board on screen last
//! changed and by whom — or that it is on screen because it just changed.
//! Draws only; the clock comes in as an argument.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::wall::Wall;
use crate::i18n;
use tavle_core::text::fit;

/// The band's text and how it stands out.
pub fn render(app: &App, wall: &Wall, clock: DateTime<FixedOffset>, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let (at, of) = wall.place(&app.shared);
    let mut spans = Vec::new();
    if of == 0 {
        spans.push(Span::raw(format!(" {}", i18n::wall_empty(lang))));
    } else {
        spans.push(Span::styled(
            format!(" {} ", i18n::wall_place(lang, at, of)),
            Style::new().bold().reversed(),
        ));
    }
    if wall.paused {
        spans.push(Span::styled(
            format!("  {}", i18n::wall_paused(lang)),
            Style::new().fg(Color::Yellow).bold(),
        ));
    }
    if wall.by_change {
        spans.push(Span::styled(
            format!("  {}", i18n::wall_changed_now(lang)),
            Style::new().fg(Color::Cyan).bold(),
        ));
    }
    let on_a_board = !matches!(wall.stop, Some(crate::app::wall::Stop::Overview) | None);
    if let Some(entry) = app.entry().filter(|e| on_a_board && e.summary().is_some()) {
        // The overview's rule (the latest card or decision stamped), or
        // when this screen saw the file change, if that is later: a file
        // edited outside tavle has no new stamp.
        let stamped = entry.last_change().map(|(at, _)| at);
        let last = stamped.into_iter().chain(wall.seen(&entry.path)).max();
        let changed = match last {
            Some(at) => i18n::wall_changed(lang, &i18n::stamp_short(at, clock.date_naive())),
            None => i18n::wall_never_changed(lang).to_string(),
        };
        spans.push(Span::raw(format!("  · {changed}")));
    }
    let line = Line::from(spans);
    let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    if tavle_core::text::width(&shown) > area.width as usize {
        // Too narrow for every part: the text cut at the width, one style.
        let cut = fit(&shown, area.width as usize);
        frame.render_widget(Paragraph::new(Line::raw(cut)), area);
        return;
    }
    frame.render_widget(Paragraph::new(line), area);
}

//! The dialog that sends a card up to another board: what is typed (the
//! list filters as you type), the boards that fit — named apart where
//! titles are the same or read the same cut to a row — around the chosen one when they are more than the
//! dialog holds, its position (`3/12`) and the keys. Draws only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::{centered, fit, selected_style};
use crate::app::App;
use crate::app::picker::Picker;
use crate::i18n::{self, ListWord, PlanWord};
use tavle_core::text::sanitize;

/// The most rows of boards the dialog shows at once.
const MAX_ROWS: usize = 14;

pub fn render(app: &App, picker: &Picker, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let boards = app.shared.other_boards();
    let shown = picker.filter(&boards);
    let at = picker.at(&boards, &shown);
    let w = area.width.min(72).saturating_sub(4) as usize;
    let keys = fit::pack(
        &i18n::list_word(lang, ListWord::PickerKeys)
            .split(" · ")
            .collect::<Vec<_>>(),
        " · ",
        w,
    );
    // The typed line, a blank, the boards, a blank, the keys, the border.
    let rows = shown.len().clamp(1, MAX_ROWS);
    let rect = centered(area, 72, (rows + 5 + keys.len()) as u16);
    let room = (rect.height as usize).saturating_sub(5 + keys.len()).max(1);
    picker.page.set(room);
    let (first, last) = fit::window(shown.len(), at, room, |_| 1);
    // Names told apart, as on the overview: titles that read the same in
    // the room of a row show their unit or file, which is never cut.
    let room = w.saturating_sub(2);
    let names = (app.screens.overview.across).names(app.shared.entries(), Some(room));
    let name = |id: &str| {
        (app.shared.entries().iter().position(|e| e.id == id))
            .and_then(|i| names.get(i))
            .map(|(t, a)| {
                let n = (sanitize(&t).into_owned(), sanitize(&a).into_owned());
                crate::app::overview::fit_name(&n, room)
            })
            .unwrap_or_else(|| tavle_core::text::fit(&sanitize(id), room))
    };
    let mut lines: Vec<Line> = vec![
        Line::from(vec![
            Span::raw(" / ").bold(),
            Span::raw(sanitize(&picker.typed).into_owned()),
            Span::raw("▏"),
        ]),
        Line::raw(""),
    ];
    if first > 0 {
        lines.push(Line::from(Span::raw(i18n::more_above(lang, first)).bold()));
    }
    for (row, &i) in shown.iter().enumerate().take(last).skip(first) {
        let e = boards[i];
        let text = name(&e.id);
        lines.push(if row == at {
            Line::from(Span::styled(format!("▶ {text}"), selected_style()))
        } else {
            Line::from(format!("  {text}"))
        });
    }
    if last < shown.len() {
        lines.push(Line::from(
            Span::raw(i18n::more_below(lang, shown.len() - last)).bold(),
        ));
    }
    if shown.is_empty() {
        lines.push(Line::from(
            Span::raw(format!("  {}", i18n::list_word(lang, ListWord::NoMatch))).dim(),
        ));
    }
    lines.resize(room + 2, Line::raw(""));
    lines.push(Line::raw(""));
    for k in keys {
        lines.push(Line::from(Span::raw(k).dim()));
    }
    let mut block = Block::bordered()
        .border_type(BorderType::Thick)
        .title(format!(" {} ", i18n::plan_word(lang, PlanWord::EscalateTo)));
    if !shown.is_empty() {
        block =
            block.title_bottom(Line::from(format!(" {}/{} ", at + 1, shown.len())).right_aligned());
    }
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

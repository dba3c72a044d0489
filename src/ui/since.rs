//! The meeting's two read-only panels: "since last time" and the previous
//! minutes, drawn like the closing summary (formatted lines, never raw
//! Markdown), scrolled as the app says, with how much is above and below
//! and the panel's keys always on its last line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::{centered, selected_style};
use crate::app::{App, Overlay, since};
use crate::i18n::{self, PrepWord};
use tavle_core::text::{fit, sanitize};

/// A panel over the screen: its document, scrolled by `scroll` lines.
pub fn render(app: &App, overlay: &Overlay, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let (title, keys, scroll) = match overlay {
        Overlay::Since(v) => (
            i18n::prep_word(lang, PrepWord::Since).to_string(),
            i18n::prep_word(lang, PrepWord::SinceKeys),
            v.scroll,
        ),
        Overlay::Minutes(v) => (
            match &v.file {
                Some(f) => i18n::minutes_file(lang, &sanitize(f)),
                None => i18n::prep_word(lang, PrepWord::MinutesTitle).to_string(),
            },
            i18n::prep_word(lang, PrepWord::MinutesKeys),
            v.scroll,
        ),
        _ => return,
    };
    let doc = since::panel_doc(overlay, &app.shared);
    let rect = centered(
        area,
        area.width.saturating_sub(4).max(40),
        area.height.saturating_sub(2),
    );
    let inner_w = rect.width.saturating_sub(2) as usize;
    let lines = crate::minutes::lines(&doc, inner_w.max(1));
    // The last row is the keys: the rest shows the document.
    let room = rect.height.saturating_sub(3) as usize;
    let total = lines.len();
    let skip = scroll.min(total.saturating_sub(room));
    let mut shown: Vec<Line> = lines.into_iter().skip(skip).take(room).collect();
    if skip > 0
        && let Some(first) = shown.first_mut()
    {
        *first = Line::from(Span::raw(i18n::more_above(lang, skip + 1)).bold());
    }
    let below = total.saturating_sub(skip + room);
    if below > 0
        && let Some(last) = shown.last_mut()
    {
        *last = Line::from(Span::raw(i18n::more_below(lang, below + 1)).bold());
    }
    while shown.len() < room {
        shown.push(Line::raw(""));
    }
    shown.push(Line::from(Span::styled(
        fit(&format!(" {keys}"), inner_w),
        selected_style(),
    )));
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(shown).block(
            Block::bordered()
                .border_type(BorderType::Thick)
                .title(format!(" {} ", fit(&title, inner_w.saturating_sub(2)))),
        ),
        rect,
    );
}

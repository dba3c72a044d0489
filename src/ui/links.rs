//! A card's links to other boards as lines, for the card on the board and
//! on the card screen: where it came from (`⇩`) and where it was sent up to
//! (`⇪`) — both, for a card in the middle tier — each with the linked
//! card's state as read from its board now. A copy finished or archived on
//! the board above reads so on its origin: `⇪ ✓ ferdig på Helsefellesskap`.
//! Draws only.

use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::i18n::{self, PlanWord};
use tavle_core::links::{self, State, Way};
use tavle_core::model::Card;
use tavle_core::text::sanitize;

/// The lines of `card`'s links in `width` cells: origin first, then the copy.
pub fn link_lines(app: &App, card: &Card, width: usize) -> Vec<Line<'static>> {
    let lang = app.shared.lang();
    let boards: Vec<(&str, &tavle_core::model::Board)> = (app.shared.entries().iter())
        .filter_map(|e| Some((e.id.as_str(), e.linked()?)))
        .collect();
    let mut out = Vec::new();
    for (way, link) in links::of(card) {
        let (arrow, word) = match way {
            Way::Origin => ("⇩", i18n::plan_word(lang, PlanWord::EscalatedFrom)),
            Way::Escalation => ("⇪", i18n::plan_word(lang, PlanWord::EscalatedTo)),
        };
        let name = sanitize(&crate::app::links::board_name(&app.shared, &link.board)).into_owned();
        let head = Span::styled(
            format!("{arrow} {word} {name}: "),
            Style::new().fg(Color::Cyan),
        );
        let spans = match links::target(link, &boards) {
            Some((b, c)) => {
                let state = links::state(b, c);
                let closed = i18n::link_state(lang, state, &name);
                match (way, closed) {
                    // The copy above is done with: that is what the origin reads.
                    (Way::Escalation, Some(text)) => {
                        let colour = if state == State::Finished {
                            Color::Green
                        } else {
                            Color::Reset
                        };
                        vec![Span::styled(
                            format!("{arrow} {text}"),
                            Style::new().fg(colour).bold(),
                        )]
                    }
                    _ => {
                        let s = tavle_core::plan::card_status(b, c, app.shared.today());
                        let (glyph, colour) = super::status_glyphs(&s);
                        let where_ = if s.done {
                            i18n::plan_word(lang, PlanWord::Done).to_string()
                        } else if c.archived {
                            i18n::ui(lang, i18n::Ui::Archived).to_string()
                        } else {
                            (b.column(&c.column))
                                .map(|col| sanitize(&col.title).into_owned())
                                .unwrap_or_default()
                        };
                        vec![
                            head,
                            Span::styled(
                                format!("{glyph} {where_}"),
                                Style::new().fg(colour).bold(),
                            ),
                        ]
                    }
                }
            }
            None => vec![
                head,
                Span::styled(
                    i18n::link_missing(lang).to_string(),
                    Style::new().fg(Color::DarkGray),
                ),
            ],
        };
        out.extend(wrap_spans(spans, width, MAX_LINES));
    }
    out
}

/// The most lines one link takes on a narrow card.
const MAX_LINES: usize = 3;

/// A link's parts (the words before the linked card's state, the state)
/// in `width` cells: on one line when they fit, else each part word-wrapped
/// on lines of its own, indented after the first — a link reads whole on a
/// narrow card (`⇩ fra Team nord:` / `  ■ I dag`) instead of being cut where the
/// board's name begins. At most `lines` lines; the last one is cut with `…`.
fn wrap_spans(spans: Vec<Span<'static>>, width: usize, lines: usize) -> Vec<Line<'static>> {
    let whole: usize = spans.iter().map(|s| width_of(&s.content)).sum();
    if whole <= width || width < 8 {
        return vec![super::columns::fit_line(spans, width)];
    }
    let mut out: Vec<Line<'static>> = Vec::new();
    for span in &spans {
        let room = width.saturating_sub(2);
        let left = lines.saturating_sub(out.len());
        for part in super::fit::wrap_words(span.content.trim(), room, left) {
            // What follows the first line is indented under it.
            let indent = if out.is_empty() { "" } else { "  " };
            out.push(Line::from(vec![
                Span::raw(indent),
                Span::styled(part, span.style),
            ]));
        }
    }
    out
}

fn width_of(s: &str) -> usize {
    tavle_core::text::width(s)
}

//! The card detail screen: the whole title, every field with its label, the
//! honest light and why, its links to other boards (under the title), the
//! note, the decisions that point at the card, and its history from the
//! change log. Draws only.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use crate::app::App;
use crate::i18n::{self, CardWord as W, Label, Ui};
use tavle_core::dates::format_nb;
use tavle_core::model::{Board, Card};
use tavle_core::text::{fit, sanitize};

const LABEL: usize = 14;

fn row(label: &str, value: Vec<Span<'static>>) -> Line<'static> {
    let mut spans = vec![Span::raw(format!(" {:<LABEL$} ", fit(label, LABEL))).bold()];
    spans.extend(value);
    Line::from(spans)
}

fn text_row(label: &str, value: &str) -> Line<'static> {
    let value = if value.trim().is_empty() {
        "–".to_string()
    } else {
        sanitize(value).into_owned()
    };
    row(label, vec![Span::raw(value)])
}

fn heading(text: &str) -> Line<'static> {
    Line::from(Span::raw(format!(" {text}")).bold().underlined())
}

fn stamp(t: &tavle_core::model::Timestamp) -> String {
    t.at().format("%d.%m.%Y %H:%M").to_string()
}

/// The lines of the detail of `card` on `board`.
fn lines(app: &App, board: &Board, card: &Card, width: usize) -> Vec<Line<'static>> {
    let lang = app.shared.lang();
    let today = app.shared.today();
    let status = tavle_core::plan::card_status(board, card, today);
    let (glyph, colour) = super::status_glyphs(&status);
    let mut out = vec![Line::from(vec![
        Span::styled(format!(" {glyph} "), Style::new().fg(colour).bold()),
        Span::raw(sanitize(&card.title).into_owned()).bold(),
    ])];
    // Where it came from and where it went — both, for a card in the middle
    // tier — under the title, in sight on the smallest screen.
    for link in super::links::link_lines(app, card, width.saturating_sub(3)) {
        let mut spans = vec![Span::raw("   ")];
        spans.extend(link.spans);
        out.push(Line::from(spans));
    }
    out.push(Line::raw(""));
    let column = board
        .column(&card.column)
        .map_or_else(|| card.column.clone(), |c| c.title.clone());
    out.push(text_row(i18n::card_word(lang, W::Column), &column));
    out.push(text_row(
        i18n::label(lang, Label::Owner),
        card.owner.as_deref().unwrap_or(""),
    ));
    let due = match card.due {
        Some(d) => {
            // Finished: the date alone, never "over" (one rule: plan::is_overdue).
            let words = if status.done {
                format_nb(d)
            } else {
                format!(
                    "{} ({})",
                    format_nb(d),
                    i18n::deadline(lang, d, today, false)
                )
            };
            if status.overdue {
                vec![Span::styled(
                    format!("⚠ {words}"),
                    Style::new().fg(Color::Red).bold(),
                )]
            } else {
                vec![Span::raw(words)]
            }
        }
        None => vec![Span::raw("–")],
    };
    out.push(row(i18n::label(lang, Label::Due), due));
    out.push(row(
        i18n::card_word(lang, W::Light),
        vec![Span::styled(
            i18n::status_text(lang, &status),
            Style::new().fg(colour).bold(),
        )],
    ));
    let goal = card
        .goal
        .as_deref()
        .map(|g| {
            board
                .goal(g)
                .map_or_else(|| g.to_string(), |g| g.title.clone())
        })
        .unwrap_or_default();
    out.push(text_row(i18n::card_word(lang, W::Goal), &goal));
    out.push(text_row(
        i18n::label(lang, Label::Tags),
        &card.tags.join(", "),
    ));
    // Where the idea came from, in words, and the day it came in.
    let source = super::source::word(lang, card, width.saturating_sub(LABEL + 2));
    out.push(text_row(
        i18n::label(lang, Label::Source),
        source.as_deref().unwrap_or(""),
    ));
    if card.received.is_some() || board.kind == tavle_core::model::Kind::Forbedring {
        out.push(text_row(
            i18n::label(lang, Label::Received),
            &card.received.map(format_nb).unwrap_or_default(),
        ));
    }
    let num = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
    out.push(text_row(
        i18n::label(lang, Label::Effect),
        &num(card.effect),
    ));
    out.push(text_row(
        i18n::label(lang, Label::Effort),
        &num(card.effort),
    ));
    out.push(text_row(
        i18n::card_word(lang, W::Created),
        &card.created.as_ref().map(stamp).unwrap_or_default(),
    ));
    let updated = match (&card.updated, &card.updated_by) {
        (Some(t), Some(by)) => format!("{} · {by}", stamp(t)),
        (Some(t), None) => stamp(t),
        _ => String::new(),
    };
    out.push(text_row(i18n::card_word(lang, W::Updated), &updated));
    out.push(text_row(i18n::card_word(lang, W::Id), &card.id));
    if card.archived {
        out.push(text_row("", i18n::ui(lang, Ui::Archived)));
    }
    out.push(Line::raw(""));
    out.push(heading(i18n::label(lang, Label::Note)));
    match card.note.as_deref().filter(|n| !n.trim().is_empty()) {
        Some(note) => {
            // Masked as a whole first: a number typed over two lines.
            for l in tavle_core::privacy::mask(note).lines() {
                out.push(Line::raw(format!("  {}", sanitize(l))));
            }
        }
        None => out.push(Line::raw("  –").dim()),
    }
    out.push(Line::raw(""));
    // Cycles, evaluation, benefit, indicator: the PDSA card.
    out.extend(super::pdsa::lines(lang, board, card));
    out.push(heading(i18n::card_word(lang, W::Decisions)));
    let decisions: Vec<_> = board
        .decisions
        .iter()
        .filter(|d| d.card.as_deref() == Some(card.id.as_str()))
        .collect();
    if decisions.is_empty() {
        out.push(Line::raw(format!("  {}", i18n::card_word(lang, W::NoDecisions))).dim());
    }
    for d in decisions {
        let mut who = Vec::new();
        if let Some(o) = &d.owner {
            who.push(sanitize(o).into_owned());
        }
        if let Some(due) = d.due {
            who.push(format_nb(due));
        }
        let done = if d.done { "☑" } else { "☐" };
        out.push(Line::from(vec![
            Span::raw(format!(
                "  {done} {} ",
                i18n::date_short(d.at.at().date_naive(), today)
            )),
            Span::raw(sanitize(&d.text).into_owned()),
            Span::raw(if who.is_empty() {
                String::new()
            } else {
                format!(" — {}", who.join(", "))
            })
            .dim(),
        ]));
    }
    out.push(Line::raw(""));
    out.push(heading(i18n::card_word(lang, W::History)));
    let history = app.screens.card.history(Some(board));
    let mut any = false;
    for l in history {
        let what = i18n::card_history(lang, &l.change, board);
        if what.is_empty() {
            continue;
        }
        any = true;
        let when = l
            .time()
            .map(|t| i18n::stamp_short(t.at(), today))
            .unwrap_or_default();
        out.push(Line::from(vec![
            Span::raw(format!("  {when} ")).dim(),
            Span::raw(format!("{}: ", sanitize(&l.by))).bold(),
            Span::raw(sanitize(&what).into_owned()),
        ]));
    }
    if !any {
        out.push(Line::raw(format!("  {}", i18n::card_word(lang, W::NoHistory))).dim());
    }
    out
}

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let (Some(board), Some(id)) = (app.board(), app.screens.card.id.as_deref()) else {
        return;
    };
    let Some(card) = board.card(id) else {
        return;
    };
    let title = format!(
        " {} {} ",
        i18n::card_word(lang, W::Card),
        sanitize(&card.id)
    );
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .title(fit(&title, area.width.saturating_sub(4) as usize));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The run chart of the indicator the card follows, where it fits.
    let ind = super::pdsa::indicator(board, card);
    let (text, chart) = super::pdsa::split(inner, ind.is_some());
    frame.render_widget(
        Paragraph::new(lines(app, board, card, text.width as usize))
            .wrap(Wrap { trim: false })
            .scroll((app.screens.card.scroll, 0)),
        text,
    );
    if let (Some(ind), Some(chart)) = (ind, chart) {
        super::pdsa::render_chart(app, ind, chart, frame);
    }
}

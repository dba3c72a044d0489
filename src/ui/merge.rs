//! The merge screen: which copy, from where, whether the common ancestor is
//! known, every element the merge adds and every element it removes (with
//! titles), every field it changes in what the board has (a move, a light,
//! a wording, with the value before and after), the edits kept and the ids
//! changed, then every conflict on a line — the element and the field in the
//! user's words, the side chosen marked with ✓ (never only colour) — and the
//! selected one in full below: both whole values wrapped, the part that
//! differs underlined, titles instead of ids (`merge_values`), scrolled with
//! PgUp/PgDn. Draws only; every text from a file goes through `sanitize`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::merge_values as values;
use crate::app::App;
use crate::app::merge::Review;
use crate::i18n::{self, Lang, MergeView, MergeWord as W};
use tavle_core::merge::{Conflict, Side};
use tavle_core::text::{fit, sanitize};

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let m = &app.screens.merge;
    let block = Block::bordered().border_type(BorderType::Thick);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(r) = &m.review else {
        let word = if m.loading { W::Loading } else { W::Saving };
        let line = Line::from(format!(" {}", i18n::merge_word(lang, word))).bold();
        frame.render_widget(Paragraph::new(line), inner);
        return;
    };
    // The lists of what is added and removed get at most a third of the screen.
    let cap = usize::from(inner.height / 6).max(2);
    let mut lines = head(lang, m.done + 1, m.total, r, cap);
    if m.saving.is_some() {
        lines.push(Line::from(format!(" {}", i18n::merge_word(lang, W::Saving))).bold());
    }
    // Wrapped here, so the lines can be counted.
    let mut lines: Vec<Line> = (lines.into_iter())
        .flat_map(|l| {
            let pieces: Vec<(String, Style)> = (l.spans.iter())
                .map(|s| (s.content.to_string(), l.style.patch(s.style)))
                .collect();
            values::wrap(&pieces, usize::from(inner.width), 0)
        })
        .collect();
    if r.merge.conflicts.is_empty() {
        lines.extend(conflicts(lang, r, usize::from(inner.width), 1));
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    // The list of conflicts (a heading and a line each) gets up to a quarter
    // of the screen, the selected one's values at least seven lines; the
    // head gives way first.
    let height = usize::from(inner.height);
    let list = (r.merge.conflicts.len() + 1).clamp(2, (height / 4).max(3));
    lines.truncate(height.saturating_sub(list + 7));
    let top_h = u16::try_from(lines.len() + list).unwrap_or(inner.height);
    let [top, bottom] =
        Layout::vertical([Constraint::Length(top_h), Constraint::Fill(1)]).areas(inner);
    lines.extend(conflicts(lang, r, usize::from(inner.width), list));
    frame.render_widget(Paragraph::new(lines), top);
    detail(lang, r, bottom, frame);
}

fn heading(text: &str) -> Line<'static> {
    Line::from(Span::raw(format!(" {text}")).bold().underlined())
}

/// Which copy, the kind of merge, what it adds and removes (at most `cap`
/// lines each), and the notes.
fn head(lang: Lang, n: usize, of: usize, r: &Review, cap: usize) -> Vec<Line<'static>> {
    let source = i18n::source(lang, &r.copy.source);
    let title = i18n::merge_title(lang, n.min(of), of, &r.copy.name, &source);
    let a = r.merge.added_from_copy;
    let other = a.columns + a.goals + a.indicators + a.corrections + a.routines;
    let adds = i18n::merge_adds(lang, a.cards, a.decisions, a.values, other)
        .unwrap_or_else(|| i18n::merge_word(lang, W::NothingNew).to_string());
    let three_way = r.merge.three_way;
    let kind = i18n::merge_word(lang, if three_way { W::ThreeWay } else { W::TwoWay });
    let mut out = vec![
        Line::from(format!(" {}", sanitize(&title))).bold(),
        Line::from(format!(" {kind}")),
        Line::from(format!(" {adds}")),
    ];
    let element = |e| i18n::element(lang, e, r.title(e).as_deref());
    // What is taken away is shown as plainly as what is added: its own
    // heading, a − before each, in bold.
    for (word, list, mark) in [(W::Adds, &r.added, "+"), (W::Removes, &r.removed, "−")] {
        if list.is_empty() {
            continue;
        }
        out.push(heading(i18n::merge_word(lang, word)));
        for n in list.iter().take(cap) {
            let text = i18n::element(lang, &n.element, Some(&n.title));
            let line = Line::from(format!("   {mark} {}", sanitize(&text)));
            out.push(if mark == "−" { line.bold() } else { line });
        }
        if list.len() > cap {
            out.push(Line::from(format!(
                "   {}",
                i18n::merge_more(lang, list.len() - cap)
            )));
        }
    }
    if !r.changed.is_empty() {
        out.push(heading(i18n::merge_word(lang, W::Changes)));
        let from = i18n::merge_word(lang, W::FromCopy);
        for c in r.changed.iter().take(cap) {
            let text = i18n::change(lang, c, &r.result);
            out.push(Line::from(format!("   ~ {} {from}", sanitize(&text))));
        }
        if r.changed.len() > cap {
            let more = i18n::merge_more(lang, r.changed.len() - cap);
            out.push(Line::from(format!("   {more}")));
        }
    }
    if !r.merge.kept_edits.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(i18n::merge_word(lang, W::KeptEdits)));
        for note in &r.merge.kept_edits {
            let text = format!(
                "{}: {}",
                element(&note.element),
                i18n::kept_edit(lang, note.kind)
            );
            out.push(Line::from(format!("   {}", sanitize(&text))));
        }
    }
    if !r.merge.renamed.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(i18n::merge_word(lang, W::Renamed)));
        for x in &r.merge.renamed {
            let text = format!("{}: {}", element(&x.element), i18n::renamed(lang, &x.from));
            out.push(Line::from(format!("   {}", sanitize(&text))));
        }
    }
    out.push(Line::raw(""));
    out
}

/// The conflicts, one line each (the field in the user's words and the side
/// chosen), as many as `room` rows allow around the selected one.
fn conflicts(lang: Lang, r: &Review, width: usize, room: usize) -> Vec<Line<'static>> {
    if r.merge.conflicts.is_empty() {
        return vec![Line::from(format!(" {}", i18n::merge_word(lang, W::NoConflicts))).bold()];
    }
    let total = r.merge.conflicts.len();
    let header = format!(
        "{}: {}/{total}",
        i18n::merge_word(lang, W::Conflicts),
        total - r.open()
    );
    let mut out = vec![heading(&header)];
    let rows = room.saturating_sub(1).max(1);
    let first = r.selected.saturating_sub(rows.saturating_sub(1));
    let side_w = 12;
    for (i, (c, chosen)) in (r.merge.conflicts.iter().zip(&r.choices))
        .enumerate()
        .skip(first)
        .take(rows)
    {
        let pointer = if i == r.selected { " ▶ " } else { "   " };
        let choice = match chosen {
            Some(Side::Board) => format!("✓ {}", i18n::merge_word(lang, W::Board)),
            Some(Side::Copy) => format!("✓ {}", i18n::merge_word(lang, W::Copy)),
            None => "–".to_string(),
        };
        let label_w = width.saturating_sub(side_w + 4);
        let label = fit(&sanitize(&label(lang, r, c)), label_w);
        let pad = " ".repeat(label_w.saturating_sub(tavle_core::text::width(&label)));
        let line = Line::from(vec![
            Span::raw(format!("{pointer}{label}{pad} ")),
            Span::raw(fit(&choice, side_w)).bold(),
        ]);
        out.push(if i == r.selected { line.bold() } else { line });
    }
    out
}

/// `Ansvarlig · Kort k3 «Bemanning»`: the field in words, then the element
/// (a long title gives way before the field does).
fn label(lang: Lang, r: &Review, c: &Conflict) -> String {
    let element = i18n::element(lang, &c.at.element, r.title(&c.at.element).as_deref());
    let field = i18n::field_word(lang, &c.at.element, &c.at.field);
    format!("{field} · {element}")
}

/// The selected conflict in full: both whole values, wrapped, the part that
/// differs marked, the chosen side with ✓, and the value before both
/// changed it when known; scrolled by PgUp/PgDn.
fn detail(lang: Lang, r: &Review, area: Rect, frame: &mut Frame) {
    let Some(c) = r.merge.conflicts.get(r.selected) else {
        return;
    };
    let chosen = r.choices.get(r.selected).copied().flatten();
    let block = Block::bordered().title(fit(
        &format!(" {} ", sanitize(&label(lang, r, c))),
        usize::from(area.width.saturating_sub(4)),
    ));
    let inner = block.inner(area);
    let w = usize::from(inner.width);
    let board = values::shown(lang, r, c, &c.board);
    let copy = values::shown(lang, r, c, &c.copy);
    let mut lines = Vec::new();
    for (side, word, value, other) in [
        (Side::Board, W::Board, &board, &copy),
        (Side::Copy, W::Copy, &copy, &board),
    ] {
        let mark = if chosen == Some(side) { "✓ " } else { "" };
        let head = Line::from(format!(" {mark}{}:", i18n::merge_word(lang, word))).bold();
        lines.push(if chosen == Some(side) {
            head.reversed()
        } else {
            head
        });
        lines.extend(values::wrap(&values::marked(value, other), w, 3));
    }
    if let Some(base) = &c.base {
        let base = values::shown(lang, r, c, base);
        lines.push(Line::from(format!(" {}:", i18n::merge_view(lang, MergeView::Base))).dim());
        lines.extend(
            values::wrap(&[(sanitize(&base).into_owned(), Style::new())], w, 3)
                .into_iter()
                .map(Line::dim),
        );
    }
    let room = usize::from(inner.height.saturating_sub(1));
    let top = usize::from(r.scroll).min(lines.len().saturating_sub(room));
    let mut shown: Vec<Line> = lines.into_iter().skip(top).take(room).collect();
    shown.push(Line::from(format!(" {}", i18n::merge_view(lang, MergeView::DiffHint))).dim());
    frame.render_widget(Paragraph::new(shown).block(block), area);
}

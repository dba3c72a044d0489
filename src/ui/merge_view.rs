//! The merge screen: which copy, from where, whether the common ancestor is
//! known, every element the merge adds and every element it removes (with
//! titles), every field it changes in what the board has (a move, a light,
//! a wording, with the value before and after), the edits kept and the ids
//! changed, then every
//! conflict side by side — the field, the board's value and the copy's, the
//! chosen side marked with ✓ (never only colour). Draws only; every text from
//! a file goes through `sanitize`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Stylize;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use crate::app::App;
use crate::app::merge::Review;
use crate::i18n::{self, Lang, MergeWord as W};
use tavle_core::merge::{Conflict, Side};
use tavle_core::text::{fit, sanitize};

pub fn render(app: &App, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang;
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
    let room = usize::from(inner.height).saturating_sub(lines.len() + 3);
    lines.extend(conflicts(lang, r, usize::from(inner.width), room));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
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
    let other = a.columns + a.goals + a.indicators + a.corrections;
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

/// One side's value of a conflict, marked when chosen.
fn cell(lang: Lang, c: &Conflict, side: Side, chosen: Option<Side>, width: usize) -> Span<'static> {
    let value = match side {
        Side::Board => &c.board,
        Side::Copy => &c.copy,
    };
    let mark = if chosen == Some(side) { "✓ " } else { "  " };
    let text = fit(
        &format!(
            "{mark}{}",
            sanitize(&i18n::field_value(lang, &c.at.field, value))
        ),
        width,
    );
    let pad = " ".repeat(width.saturating_sub(tavle_core::text::width(&text)));
    let span = Span::raw(format!("{text}{pad}"));
    if chosen == Some(side) {
        span.bold().reversed()
    } else {
        span
    }
}

/// The conflicts side by side, as many as `room` rows allow around the selected one.
fn conflicts(lang: Lang, r: &Review, width: usize, room: usize) -> Vec<Line<'static>> {
    if r.merge.conflicts.is_empty() {
        return vec![Line::from(format!(" {}", i18n::merge_word(lang, W::NoConflicts))).bold()];
    }
    let label_w = (width * 2 / 5).max(10);
    let side_w = width.saturating_sub(label_w + 3) / 2;
    let total = r.merge.conflicts.len();
    let header = format!(
        "{}: {}/{total}",
        i18n::merge_word(lang, W::Conflicts),
        total - r.open()
    );
    let mut out = vec![
        heading(&header),
        Line::from(vec![
            Span::raw(format!("   {:<label_w$}", i18n::merge_word(lang, W::Field))).dim(),
            Span::raw(format!("  {:<side_w$}", i18n::merge_word(lang, W::Board))).bold(),
            Span::raw(format!("  {:<side_w$}", i18n::merge_word(lang, W::Copy))).bold(),
        ]),
    ];
    let rows = room.max(1);
    let first = r.selected.saturating_sub(rows.saturating_sub(1));
    for (i, (c, chosen)) in r
        .merge
        .conflicts
        .iter()
        .zip(&r.choices)
        .enumerate()
        .skip(first)
        .take(rows)
    {
        let element = i18n::element(lang, &c.at.element, r.title(&c.at.element).as_deref());
        let field = i18n::field(lang, &c.at.field);
        let label = fit(&sanitize(&format!("{element} · {field}")), label_w);
        let pad = " ".repeat(label_w.saturating_sub(tavle_core::text::width(&label)));
        let pointer = if i == r.selected { " ▶ " } else { "   " };
        out.push(Line::from(vec![
            Span::raw(format!("{pointer}{label}{pad}")).bold(),
            cell(lang, c, Side::Board, *chosen, side_w),
            cell(lang, c, Side::Copy, *chosen, side_w),
        ]));
    }
    out
}

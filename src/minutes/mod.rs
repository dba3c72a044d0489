//! The minutes (referat) of a meeting, in the user's language, from the
//! summary [`tavle_core::meeting::summary`] computes. The content is built
//! once as a small document ([`Doc`]: headings, fields, bullets, checkboxes)
//! and written two ways (in `render.rs`): as Markdown for the file and `tavle
//! minutes` ([`markdown`]), and as formatted terminal lines for the closing
//! summary ([`lines`]) — never raw `**` or `- [ ]` on screen. Only words and
//! layout here; what belongs in the minutes is decided in the core.

mod columns;
mod improvement;
mod operations;
mod prep;
mod render;
mod reread;
mod since;

pub use render::{lines, lines_max, markdown};
pub use reread::from_markdown;
pub use since::since_doc;

use crate::i18n::{self, Lang, MinutesMore as M, MinutesWord as W};
use tavle_core::meeting::{DecisionAt, Summary};
use tavle_core::model::{Board, Light};

/// A piece of a line.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text from a file (a title, a name, an id): never markup.
    Text(String),
    /// tavle's own words and numbers.
    Word(String),
    /// tavle's own words, stressed.
    Strong(String),
    /// tavle's own words, as an aside.
    Em(String),
    /// An identifier from a file, shown as code.
    Code(String),
}

/// One block of the minutes.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading of level 1 or 2.
    Heading(u8, Vec<Inline>),
    /// `Label: value` in the list at the top.
    Field(&'static str, Vec<Inline>),
    Bullet(Vec<Inline>),
    /// A follow-up: open (`false`) or done.
    Check(bool, Vec<Inline>),
    /// An item of a numbered list (the agenda).
    Numbered(usize, Vec<Inline>),
    Para(Vec<Inline>),
}

/// The minutes as a document, before it is written as Markdown or for the screen.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Doc {
    pub blocks: Vec<Block>,
}

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

fn word(s: impl Into<String>) -> Inline {
    Inline::Word(s.into())
}

fn light_word(lang: Lang, l: Option<Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), i18n::light_name(lang, l)),
        None => i18n::minutes_word(lang, W::NoLight).to_string(),
    }
}

/// `title (id)`, the way the minutes name a card.
fn card(title: &str, id: &str) -> Vec<Inline> {
    vec![text(title), word(" ("), text(id), word(")")]
}

/// `text — ansvarlig: Kari, frist: 27.11.2026, kort: Ny rutine (k1)`.
fn decision(lang: Lang, board: &Board, d: &DecisionAt, with_card: bool) -> Vec<Inline> {
    let w = |x| i18n::minutes_word(lang, x);
    let mut out = vec![text(d.text)];
    let mut extra: Vec<Vec<Inline>> = Vec::new();
    if let Some(o) = d.owner {
        extra.push(vec![word(format!("{}: ", w(W::Owner))), text(o)]);
    }
    if let Some(due) = d.due {
        extra.push(vec![word(format!(
            "{}: {}",
            w(W::Due),
            tavle_core::dates::format_nb(due)
        ))]);
    }
    if let Some(c) = d
        .decision
        .card
        .as_ref()
        .and_then(|c| board.card(c))
        .filter(|_| with_card)
    {
        let mut item = vec![word(format!("{}: ", w(W::Card)))];
        item.extend(card(&c.title, &c.id));
        extra.push(item);
    }
    for (i, item) in extra.into_iter().enumerate() {
        out.push(word(if i == 0 { " — " } else { ", " }));
        out.extend(item);
    }
    out
}

/// The minutes of the meeting (or day) `s` summarises, as a document.
pub fn document(lang: Lang, board: &Board, board_id: &str, s: &Summary) -> Doc {
    let w = |x| i18n::minutes_word(lang, x);
    let more = |x| i18n::minutes_more(lang, x);
    let none = || Block::Para(vec![word(w(W::None))]);
    let mut b = Vec::new();
    b.push(Block::Heading(
        1,
        vec![word(format!("{} – ", w(W::Minutes))), text(&board.title)],
    ));
    b.push(Block::Field(
        w(W::Date),
        vec![word(format!(
            "{} ({} {})",
            tavle_core::dates::format_nb(s.date),
            i18n::ui(lang, i18n::Ui::Week),
            tavle_core::dates::iso_week(s.date)
        ))],
    ));
    if let Some(m) = &s.meeting {
        let mut time = format!("{}–{}", m.start.format("%H:%M"), m.end.format("%H:%M"));
        if m.running {
            time.push_str(&format!(" ({})", more(M::Running)));
        }
        b.push(Block::Field(w(W::Time), vec![word(time)]));
    }
    b.push(Block::Field(
        w(W::Board),
        vec![
            text(&board.title),
            word(" ("),
            Inline::Code(board_id.to_string()),
            word(")"),
        ],
    ));
    if let Some(unit) = &board.unit {
        b.push(Block::Field(
            i18n::ui(lang, i18n::Ui::Unit),
            vec![text(unit)],
        ));
    }
    let mut people = prep::attendance(lang, &s.attendees, &s.prepared);
    if people.is_empty() {
        people.push(Inline::Em(more(M::NoAttendance).to_string()));
    }
    b.push(Block::Field(w(W::Attendees), people));
    if let Some(goal) = board.meeting.as_ref().and_then(|m| m.goal.as_ref()) {
        b.push(Block::Field(w(W::Goal), vec![text(goal)]));
    }
    let agenda = board.meeting.as_ref().map(|m| &m.agenda[..]).unwrap_or(&[]);
    if !agenda.is_empty() {
        b.push(Block::Heading(2, vec![word(w(W::Agenda))]));
        for (i, item) in agenda.iter().enumerate() {
            let mut line = vec![text(&item.title)];
            if let Some(m) = item.minutes {
                line.push(word(format!(" ({m} min)")));
            }
            b.push(Block::Numbered(i + 1, line));
        }
    }
    b.extend(prep::plan_blocks(lang, &s.prepared));

    b.push(Block::Heading(2, vec![word(w(W::Decisions))]));
    if s.decisions.is_empty() && s.corrected.is_empty() {
        b.push(none());
    }
    // A decision also marked done in the meeting says so here, once.
    let done_mark = |line: &mut Vec<Inline>, d: &DecisionAt| {
        if d.done {
            line.push(word(" "));
            line.push(Inline::Em(format!("({})", i18n::ui(lang, i18n::Ui::Done))));
        }
    };
    for d in &s.decisions {
        let mut line = decision(lang, board, d, true);
        if d.corrections > 0 {
            line.push(word(" "));
            line.push(Inline::Em(format!(
                "({} {}×)",
                w(W::Corrected),
                d.corrections
            )));
        }
        done_mark(&mut line, d);
        b.push(Block::Bullet(line));
    }
    for d in &s.corrected {
        let mut line = vec![word(format!("{}: ", more(M::CorrectedEarlier)))];
        line.extend(decision(lang, board, d, true));
        line.push(word(format!(" ({}: ", more(M::Was))));
        line.push(text(d.before.unwrap_or("")));
        line.push(word(")"));
        done_mark(&mut line, d);
        b.push(Block::Bullet(line));
    }

    b.push(Block::Heading(2, vec![word(w(W::FollowUps))]));
    if s.follow_ups.is_empty() && s.done.is_empty() {
        b.push(none());
    }
    for d in &s.follow_ups {
        // The card is named under the decisions; a follow-up is what, who and when.
        let mut line = decision(lang, board, d, false);
        // Open by the end of the meeting: overdue by the one rule.
        if tavle_core::plan::is_overdue(d.due, s.date, false) {
            line.push(word(" "));
            line.push(Inline::Strong(format!("({})", w(W::Overdue))));
        }
        b.push(Block::Check(false, line));
    }
    for d in &s.done {
        b.push(Block::Check(true, vec![text(d.text)]));
    }

    let changes = if s.meeting.is_some() {
        more(M::ChangesInMeeting)
    } else {
        w(W::Changes)
    };
    b.push(Block::Heading(2, vec![word(changes)]));
    if s.meeting.as_ref().is_some_and(|m| m.incomplete) {
        // A change of this meeting did not reach the change log: say so, in
        // the record people sign, rather than let a gap pass for "nothing".
        b.push(Block::Para(vec![Inline::Strong(
            more(M::MaybeIncomplete).to_string(),
        )]));
    }
    if s.added.is_empty()
        && s.moved.is_empty()
        && s.archived.is_empty()
        && s.restored.is_empty()
        && s.merged.is_empty()
    {
        b.push(none());
    }
    for copy in &s.merged {
        // A merged conflict copy brought in changes made elsewhere: say whose file.
        b.push(Block::Bullet(vec![text(&i18n::merged_line(
            lang, copy, false,
        ))]));
    }
    for (label, list) in [
        (w(W::Added), &s.added),
        (w(W::Archived), &s.archived),
        (more(M::Restored), &s.restored),
    ] {
        for c in list {
            let mut line = vec![word(format!("{label}: "))];
            line.extend(card(&c.title, &c.id));
            b.push(Block::Bullet(line));
        }
        if label == w(W::Added) {
            for m in &s.moved {
                let mut line = vec![word(format!("{}: ", w(W::Moved)))];
                line.extend(card(&m.card.title, &m.card.id));
                line.extend([word(": "), text(&m.from), word(" → "), text(&m.to)]);
                b.push(Block::Bullet(line));
            }
        }
    }

    b.extend(columns::blocks(lang, board, s));

    b.push(Block::Heading(2, vec![word(w(W::Lights))]));
    if s.lights.is_empty() {
        b.push(none());
    }
    for l in &s.lights {
        let mut line = card(&l.card.title, &l.card.id);
        line.push(word(format!(
            ": {} → {}",
            light_word(lang, l.from),
            light_word(lang, l.to)
        )));
        b.push(Block::Bullet(line));
    }

    // Cycles, evaluations, benefit plans, routines: the improvement work.
    b.extend(improvement::section(lang, board, &s.improvement));
    // Staffing, risks, deviations, the annual wheel.
    b.extend(operations::section(lang, &s.operations));

    if !s.values.is_empty() || !board.indicators.is_empty() {
        b.push(Block::Heading(2, vec![word(more(M::Values))]));
        if s.values.is_empty() {
            b.push(none());
        }
        for v in &s.values {
            let mut line = vec![
                text(&v.title),
                word(format!(
                    " {}: {}",
                    tavle_core::dates::format_nb(v.date),
                    i18n::number(lang, v.value)
                )),
            ];
            if let Some(u) = &v.unit {
                line.extend([word(" "), text(u)]);
            }
            b.push(Block::Bullet(line));
        }
    }

    if !s.no_owner.is_empty() {
        b.push(Block::Heading(2, vec![word(w(W::NoOwner))]));
        for c in &s.no_owner {
            b.push(Block::Bullet(card(&c.title, &c.id)));
        }
    }
    Doc { blocks: b }
}

/// The minutes of a meeting as Markdown.
pub fn minutes(lang: Lang, board: &Board, board_id: &str, s: &Summary) -> String {
    markdown(&document(lang, board, board_id, s))
}

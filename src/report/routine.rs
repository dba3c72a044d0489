//! A routine as a document with the headings of the routine template
//! (seed 000): its purpose, its concrete content, the meeting arenas where
//! experience is shared, its follow-up, and the yearly revision with its
//! date — flagged like an overdue measure once the date has passed. Built
//! as a [`Doc`], so `tavle routine` writes it as Markdown in which every
//! text from the board stays text, and the screen could show the same.
//! Words and layout only: no file access.

use chrono::NaiveDate;

use crate::i18n::{self, Lang, RoutineWord as W};
use crate::minutes::{Block, Doc, Inline};
use tavle_core::model::{Board, Routine};

/// A text from the board as paragraphs, one per line; a word saying it
/// was not filled in when it is empty.
pub(crate) fn paragraphs(lang: Lang, text: Option<&str>) -> Vec<Block> {
    let lines: Vec<Block> = text
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| Block::Para(vec![Inline::Text(l.to_string())]))
        .collect();
    if lines.is_empty() {
        vec![Block::Para(vec![Inline::Em(
            i18n::routine_word(lang, W::NotWritten).to_string(),
        )])]
    } else {
        lines
    }
}

/// A deadline as a date with the room's words (`01.12.2027 (uke 48)`), and
/// `⚠ over frist` stressed when it has passed — the plan's mark and word for
/// an overdue measure, by the same rule — with how long (`3 d over`).
pub(crate) fn deadline(
    lang: Lang,
    date: NaiveDate,
    today: NaiveDate,
    overdue: bool,
) -> Vec<Inline> {
    let shown = tavle_core::dates::format_nb(date);
    let words = i18n::deadline(lang, date, today, false);
    let mut out = vec![Inline::Word(shown.clone())];
    if overdue {
        out.push(Inline::Word(" ".into()));
        let over = i18n::ui(lang, i18n::Ui::OverDeadline);
        out.push(Inline::Strong(format!("⚠ {over}")));
    }
    // A date long past is said as the date itself: not twice.
    if words != shown {
        out.push(Inline::Word(format!(" ({words})")));
    }
    out
}

/// The blocks of one routine, headed at `level`.
fn blocks(lang: Lang, board: &Board, r: &Routine, today: NaiveDate, level: u8) -> Vec<Block> {
    let w = |x| i18n::routine_word(lang, x);
    let mut b = vec![Block::Heading(
        level,
        vec![
            Inline::Word(format!("{}: ", w(W::Doc))),
            Inline::Text(r.title.clone()),
        ],
    )];
    b.push(Block::Field(
        w(W::Board),
        vec![Inline::Text(board.title.clone())],
    ));
    if let Some(card) = &r.card {
        let title = board.card(card).map(|c| c.title.clone());
        let mut parts = Vec::new();
        if let Some(t) = title {
            parts.push(Inline::Text(t));
            parts.push(Inline::Word(" ".into()));
        }
        parts.push(Inline::Code(card.clone()));
        b.push(Block::Field(w(W::Card), parts));
    }
    if let Some(at) = &r.created {
        let day = at.at().date_naive();
        b.push(Block::Field(
            w(W::Created),
            vec![Inline::Word(tavle_core::dates::format_nb(day))],
        ));
    }
    let sub = level.saturating_add(1);
    for (heading, text) in [
        (W::Purpose, &r.purpose),
        (W::Content, &r.content),
        (W::Arenas, &r.arenas),
        (W::FollowUp, &r.follow_up),
    ] {
        b.push(Block::Heading(sub, vec![Inline::Word(w(heading).into())]));
        b.extend(paragraphs(lang, text.as_deref()));
    }
    b.push(Block::Heading(
        sub,
        vec![Inline::Word(w(W::Revision).into())],
    ));
    let overdue = tavle_core::improvement::is_revision_overdue(r, today);
    b.push(Block::Field(
        w(W::RevisionDate),
        deadline(lang, r.revision, today, overdue),
    ));
    b
}

/// One routine as a document.
pub fn document(lang: Lang, board: &Board, r: &Routine, today: NaiveDate) -> Doc {
    Doc {
        blocks: blocks(lang, board, r, today, 1),
    }
}

/// Every routine of the board, one after another; a sentence when there is none.
pub fn all(lang: Lang, board: &Board, today: NaiveDate) -> Doc {
    if board.routines.is_empty() {
        return Doc {
            blocks: vec![Block::Para(vec![Inline::Word(
                i18n::routine_word(lang, W::None).into(),
            )])],
        };
    }
    Doc {
        blocks: (board.routines.iter())
            .flat_map(|r| blocks(lang, board, r, today, 1))
            .collect(),
    }
}

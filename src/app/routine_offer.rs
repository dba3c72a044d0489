//! From improvement to routine (seed 000): a card moved into the
//! Korrigere/standardisere column of an improvement board — from the board
//! or the card screen — is offered to become a routine. A yes/no question
//! first (the move is made either way); yes opens the routine's form:
//! title (the card's), purpose, concrete content, meeting arenas,
//! follow-up and the yearly revision date (a year from today; date words
//! mean a day to come). Saved as one [`RoutineOp::Add`] with the card's id,
//! so it is undone with `u` and in the change log. A card that became a
//! routine already is not offered a second: the notice names it. The same
//! question guards removing a routine on the routines screen. No I/O.

use crossterm::event::{KeyCode, KeyEvent};

use super::Overlay;
use super::editor::{EditKind, Editor, Field, Flow};
use super::event::Origin;
use super::request::Requests;
use super::shared::Shared;
use crate::i18n::{Msg, RoutineMsg};
use tavle_core::dates::DateFor;
use tavle_core::improvement::{self, Stage};
use tavle_core::model::{Board, Card, Routine};
use tavle_core::ops::{CardOp, NewRoutine, Op, RoutineOp, RoutinePatch};

/// A yes/no question about routines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Make a routine of the card (its id) that just moved into Act?
    MakeRoutine { card: String },
    /// Remove the routine (its id)?
    RemoveRoutine { id: String },
    /// Take the shift (its name) out of the board's staffing?
    RemoveShift { name: String },
}

/// The routine made from `card`, if there is one.
pub fn routine_of<'b>(board: &'b Board, card: &str) -> Option<&'b Routine> {
    (board.routines.iter()).find(|r| r.card.as_deref() == Some(card))
}

/// After `op` was asked for: when it moves a card from another column into
/// the Korrigere/standardisere column of an improvement board, ask whether
/// to make it a routine — or say which routine it became already.
pub fn after_move(s: &Shared, op: &Op, rq: &mut Requests) {
    let Op::Card(CardOp::Move { id, column, .. }) = op else {
        return;
    };
    let Some(board) = s.board() else {
        return;
    };
    let Some(card) = board.card(id) else {
        return;
    };
    if card.column == *column || improvement::stage(board, column) != Some(Stage::Act) {
        return;
    }
    // The move itself was refused and said why: nothing to offer.
    if s.why_read_only().is_some() {
        return;
    }
    if let Some(r) = routine_of(board, id) {
        let card = card.title.clone();
        let routine = r.title.clone();
        rq.notify(Msg::Routine(RoutineMsg::ExistsFor { card, routine }), false);
        return;
    }
    rq.open(Overlay::Ask(Question::MakeRoutine { card: id.clone() }));
}

/// A key in the question: Enter, `j` or `y` is yes; Esc or `n` no.
pub fn key(q: &Question, key: &KeyEvent, s: &Shared, rq: &mut Requests) -> Flow {
    match key.code {
        KeyCode::Enter | KeyCode::Char('j' | 'J' | 'y' | 'Y') => {}
        KeyCode::Esc | KeyCode::Char('n' | 'N' | 'q') => return Flow::Close,
        _ => return Flow::Stay,
    }
    match q {
        Question::MakeRoutine { card } => {
            let card = s.board().and_then(|b| b.card(card));
            if let Some(card) = card
                && rq.writable(s)
            {
                rq.open(Overlay::Editor(new_form(Some(card), s.today())));
            }
        }
        Question::RemoveRoutine { id } => {
            let op = RoutineOp::Remove { id: id.clone() };
            rq.apply(s, vec![Op::Routine(op)], Origin::Edit);
        }
        Question::RemoveShift { name } => {
            let op = tavle_core::ops::StaffingOp::RemoveShift { name: name.clone() };
            rq.apply(s, vec![Op::Staffing(op)], Origin::Edit);
        }
    }
    Flow::Close
}

/// The date as the form shows it.
fn date_text(d: chrono::NaiveDate) -> String {
    tavle_core::dates::format_nb(d)
}

/// The form of a new routine: from `card` (its title offered) or from
/// nothing; the revision a year from `today`.
pub fn new_form(card: Option<&Card>, today: chrono::NaiveDate) -> Editor {
    Editor::form(
        EditKind::Routine {
            id: None,
            card: card.map(|c| c.id.clone()),
        },
        vec![
            (
                Field::Title,
                card.map(|c| c.title.clone()).unwrap_or_default(),
            ),
            (Field::Purpose, String::new()),
            (Field::Content, String::new()),
            (Field::Arenas, String::new()),
            (Field::FollowUp, String::new()),
            (Field::Revision, date_text(improvement::a_year_from(today))),
        ],
    )
}

/// The form of a routine as it is.
pub fn edit_form(r: &Routine) -> Editor {
    let text = |t: &Option<String>| t.clone().unwrap_or_default();
    Editor::form(
        EditKind::Routine {
            id: Some(r.id.clone()),
            card: r.card.clone(),
        },
        vec![
            (Field::Title, r.title.clone()),
            (Field::Purpose, text(&r.purpose)),
            (Field::Content, text(&r.content)),
            (Field::Arenas, text(&r.arenas)),
            (Field::FollowUp, text(&r.follow_up)),
            (Field::Revision, date_text(r.revision)),
        ],
    )
}

/// Stay open with `error`, the cursor on `field`.
fn refuse(ed: &mut Editor, error: Msg, field: Field) -> Flow {
    ed.error = Some(error);
    ed.focus_on(field);
    Flow::Stay
}

/// Enter in the form: a title and a revision date (a day to come: `fre` is
/// the next Friday) make the op; otherwise the form says what is wrong.
pub fn save(ed: &mut Editor, s: &Shared, rq: &mut Requests) -> Flow {
    let EditKind::Routine { id, card } = ed.kind.clone() else {
        return Flow::Close;
    };
    let title = ed.get(Field::Title);
    if title.is_empty() {
        return refuse(ed, Msg::EmptyTitle, Field::Title);
    }
    let typed = ed.get(Field::Revision);
    let revision = match tavle_core::dates::parse(&typed, s.today(), DateFor::Deadline) {
        Ok(d) => d,
        Err(_) => return refuse(ed, Msg::BadDue(typed), Field::Revision),
    };
    let text = |f: Field| Some(ed.get(f)).filter(|t| !t.is_empty());
    let op = match id {
        None => RoutineOp::Add(NewRoutine {
            title,
            purpose: text(Field::Purpose),
            content: text(Field::Content),
            arenas: text(Field::Arenas),
            follow_up: text(Field::FollowUp),
            revision,
            card,
        }),
        Some(id) => {
            let ch = |f| ed.changed(f);
            let patch = RoutinePatch {
                title: ch(Field::Title).then_some(title),
                purpose: ch(Field::Purpose).then(|| text(Field::Purpose)),
                content: ch(Field::Content).then(|| text(Field::Content)),
                arenas: ch(Field::Arenas).then(|| text(Field::Arenas)),
                follow_up: ch(Field::FollowUp).then(|| text(Field::FollowUp)),
                revision: ch(Field::Revision).then_some(revision),
                card: None,
            };
            if patch == RoutinePatch::default() {
                return Flow::Close;
            }
            RoutineOp::Set { id, patch }
        }
    };
    if let Some(why) = s.why_read_only() {
        ed.error = Some(why);
        return Flow::Stay;
    }
    rq.apply_form(s, vec![Op::Routine(op)], Origin::Edit, ed.clone());
    Flow::Close
}

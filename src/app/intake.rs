//! Taking in an idea on an improvement board (`+`): a small form — where
//! the idea came from, the day it came in, the idea itself — that takes a
//! few keys. On the empty source field one key picks the source (1–4, or
//! the first letter of `ansatt`, `bruker`, `pårørende` in the user's
//! language) and the cursor jumps past the day, which says today until
//! something is typed over it; then the text and Enter. `4` (another
//! source) writes `annet: ` for who to be typed after it. The day is a day
//! that has been: `i går`, `mandag` (the last Monday). The idea goes in as
//! one op, a new card with its source and day in the board's Ideas column
//! (the first column when none is one), so undo and the change log treat it
//! like any edit. The form is the editor's ([`Editor`], `EditKind::Intake`):
//! this module only adds its keys and its save. No I/O.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Overlay;
use super::editor::{EditKind, Editor, Field, Flow};
use super::event::Origin;
use super::field::TextField;
use super::request::Requests;
use super::shared::Shared;
use crate::i18n::{IntakeMsg, Lang, Msg, source_choice};
use tavle_core::dates::DateFor;
use tavle_core::improvement::{Stage, stage};
use tavle_core::model::{Board, IdeaSource, Kind};
use tavle_core::ops::{CardOp, NewCard, Op};

/// The column new ideas go into: the board's Ideas column, else its first.
pub fn ideas_column(board: &Board) -> Option<String> {
    (board.columns.iter())
        .find(|c| stage(board, &c.id) == Some(Stage::Ideas))
        .or_else(|| board.columns.first())
        .map(|c| c.id.clone())
}

/// `+` on the board screen: the form on an improvement board; on an
/// operations board a notice that intake is for improvement boards.
pub fn open(s: &Shared, rq: &mut Requests) {
    let Some(board) = s.board() else {
        return;
    };
    if board.kind != Kind::Forbedring {
        rq.notify(Msg::Intake(IntakeMsg::NotImprovement), false);
        return;
    }
    let Some(column) = ideas_column(board) else {
        rq.notify(Msg::NoColumns, true);
        return;
    };
    if rq.writable(s) {
        rq.open(Overlay::Editor(form(column, s.today())));
    }
}

/// The empty form, its day today.
pub fn form(column: String, today: NaiveDate) -> Editor {
    Editor::form(
        EditKind::Intake { column },
        vec![
            (Field::Source, String::new()),
            (Field::Received, tavle_core::dates::format_nb(today)),
            (Field::Title, String::new()),
        ],
    )
}

/// The choice (1–4) a key picks in `lang`: its digit, or the first letter
/// of its word — for another source only when no known source's word
/// starts with the same letter (`annet` and `ansatt`).
fn choice(lang: Lang, c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10).filter(|d| (1..=4).contains(d)) {
        return u8::try_from(d).ok();
    }
    let first = |n: u8| source_choice(lang, n).and_then(|w| w.chars().next());
    let c = c.to_lowercase().next()?;
    let known = (1..=3).find(|&n| first(n) == Some(c));
    known.or_else(|| (first(4) == Some(c) && (1..=3).all(|n| first(n) != Some(c))).then_some(4))
}

/// The key in the form before the editor sees it: `Some` when taken.
pub fn key(ed: &mut Editor, key: &KeyEvent, lang: Lang) -> Option<Flow> {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    if !plain {
        return None;
    }
    let focus = ed.focus;
    let f = ed.fields.get_mut(focus)?;
    match f.field {
        Field::Source => {
            let text = f.input.text();
            let picked = text.trim().is_empty()
                || (1..=3).any(|n| source_choice(lang, n) == Some(text.as_str()));
            let n = choice(lang, c).filter(|_| picked)?;
            let word = source_choice(lang, n)?;
            ed.error = None;
            ed.confirm_discard = false;
            if n == 4 {
                f.input = TextField::line(&format!("{word}: "));
            } else {
                f.input = TextField::line(word);
                ed.focus_on(Field::Title);
            }
            Some(Flow::Stay)
        }
        // The day says today until something is typed over it.
        Field::Received if f.input.unchanged(&f.original) => {
            f.input = TextField::line("");
            None
        }
        _ => None,
    }
}

/// What goes in the file for the source typed: a choice's digit or word
/// (in any language) is the known source's bokmål key; `annet: x` is `x`;
/// any other text is itself. `None` for an empty field.
pub fn source(typed: &str) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let known = |n: u8| source_choice(Lang::Nb, n).map(str::to_string);
    if let Some(n) = typed.parse::<u8>().ok().filter(|n| (1..=4).contains(n)) {
        return known(n);
    }
    let lower = typed.to_lowercase();
    for &lang in Lang::ALL {
        for n in 1..=4 {
            let Some(word) = source_choice(lang, n) else {
                continue;
            };
            if lower == word {
                return known(n);
            }
            // `annet: who`, the prefix in any case.
            let k = word.chars().count();
            let head: String = typed.chars().take(k + 1).collect();
            if n == 4 && head.to_lowercase() == format!("{word}:") {
                let who: String = typed.chars().skip(k + 1).collect();
                let who = who.trim();
                return if who.is_empty() {
                    known(4)
                } else {
                    Some(who.to_string())
                };
            }
        }
    }
    IdeaSource::parse(typed).map(|s| s.as_str().to_string())
}

/// Stay open with `error`, the cursor on `field`.
fn refuse(ed: &mut Editor, error: Msg, field: Field) -> Flow {
    ed.error = Some(error);
    ed.focus_on(field);
    Flow::Stay
}

/// Enter in the form: the idea as one op. Enter before the idea is typed
/// moves on to it; what is wrong keeps the form open with the cursor there.
pub fn save(ed: &mut Editor, s: &Shared, rq: &mut Requests) -> Flow {
    let Some(source) = source(&ed.get(Field::Source)) else {
        return refuse(ed, Msg::Intake(IntakeMsg::NoSource), Field::Source);
    };
    let typed = ed.get(Field::Received);
    let received = if typed.is_empty() {
        s.today()
    } else {
        match tavle_core::dates::parse(&typed, s.today(), DateFor::Past) {
            Ok(d) => d,
            Err(e) => return refuse(ed, Msg::for_day(&typed, &e), Field::Received),
        }
    };
    let title = ed.get(Field::Title);
    if title.is_empty() {
        let on_title = ed
            .fields
            .get(ed.focus)
            .is_some_and(|f| f.field == Field::Title);
        ed.error = on_title.then_some(Msg::EmptyTitle);
        ed.focus_on(Field::Title);
        return Flow::Stay;
    }
    let EditKind::Intake { column } = &ed.kind else {
        return Flow::Stay;
    };
    // The column may have gone while the form was open.
    let column = match s.board() {
        Some(b) if b.column(column).is_some() => column.clone(),
        Some(b) => ideas_column(b).unwrap_or_default(),
        None => column.clone(),
    };
    let op = Op::Card(CardOp::Add(NewCard {
        title,
        column,
        source: Some(source),
        received: Some(received),
        ..NewCard::default()
    }));
    if let Some(why) = s.why_read_only() {
        ed.error = Some(why);
        return Flow::Stay;
    }
    rq.apply_form(s, vec![op], Origin::Edit, ed.clone());
    Flow::Close
}

#[cfg(test)]
mod tests;

//! What the unit tests of the screens and of their views share: the sample
//! improvement board, open as if read from the folder `/mappe`, today
//! 24 November 2026; a text typed in a form; the one save a key asks for.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use tavle_core::model::Board;
use tavle_core::ops::Op;

use crate::app::editor::{Editor, Field};
use crate::app::event::Origin;
use crate::app::request::{Request, Requests};
use crate::app::{App, Entry, Shared, TextField};
use crate::folder::store::{Analysis, analyze_bytes};
use crate::i18n::Lang;

/// The folder the sample board is read from.
const DIR: &str = "/mappe";

/// The day the tests are run on.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The sample improvement board's file, read and analysed.
fn sample_analysis() -> Analysis {
    analyze_bytes(include_bytes!("../../boards/sykehjem-forbedring.json").to_vec())
}

/// The sample improvement board, read and analysed.
fn sample_entry() -> Entry {
    Entry::from_analysis(
        PathBuf::from(DIR).join("sykehjem-forbedring.json"),
        sample_analysis(),
    )
}

/// The sample improvement board itself, for tests that need no folder.
pub(crate) fn sample_board() -> Board {
    sample_analysis().board.expect("the sample board parses")
}

/// What `new` makes of the sample improvement board (in English, read from
/// `/mappe`, today 24 November 2026): the two take the same.
fn sample<T>(new: fn(Lang, PathBuf, Vec<Entry>, NaiveDate, Instant) -> T) -> T {
    new(
        Lang::En,
        PathBuf::from(DIR),
        vec![sample_entry()],
        today(),
        Instant::now(),
    )
}

/// The sample improvement board, open, today 24 November 2026.
pub(crate) fn sample_shared() -> Shared {
    sample(Shared::new)
}

/// The whole app on the sample improvement board, its first (and only)
/// board, today 24 November 2026.
pub(crate) fn sample_app() -> App {
    sample(App::new)
}

/// `text` typed into the field `field` of the form `ed` (the note as lines,
/// as the form takes it; any other field as one line).
pub(crate) fn type_in(ed: &mut Editor, field: Field, text: &str) {
    let f = (ed.fields.iter_mut())
        .find(|f| f.field == field)
        .expect("the form has the field");
    f.input = if field == Field::Note {
        TextField::lines(text)
    } else {
        TextField::line(text)
    };
}

/// The ops of the one save `rq` asks for, and why they are sent; a panic
/// if `rq` asks for anything else.
pub(crate) fn one_save(rq: &Requests) -> (Vec<Op>, Origin) {
    match rq.0.as_slice() {
        [Request::Apply { ops, origin, .. }] => (ops.clone(), *origin),
        other => panic!("one save asked for, not {other:?}"),
    }
}

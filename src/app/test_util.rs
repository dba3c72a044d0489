//! What the unit tests of the screens and of their views share: the sample
//! improvement board, open as if read from the folder `/mappe`, today
//! 24 November 2026.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;

use crate::app::{App, Entry, Shared};
use crate::i18n::Lang;

/// The folder the sample board is read from.
const DIR: &str = "/mappe";

/// The day the tests are run on.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// The sample improvement board, read and analysed.
fn sample_entry() -> Entry {
    let a = crate::folder::store::analyze_bytes(
        include_bytes!("../../boards/sykehjem-forbedring.json").to_vec(),
    );
    Entry::from_analysis(PathBuf::from(DIR).join("sykehjem-forbedring.json"), a)
}

/// The sample improvement board, open, today 24 November 2026.
pub(crate) fn sample_shared() -> Shared {
    Shared::new(
        Lang::En,
        PathBuf::from(DIR),
        vec![sample_entry()],
        today(),
        Instant::now(),
    )
}

/// The whole app on the sample improvement board, its first (and only)
/// board, today 24 November 2026.
pub(crate) fn sample_app() -> App {
    App::new(
        Lang::En,
        PathBuf::from(DIR),
        vec![sample_entry()],
        today(),
        Instant::now(),
    )
}

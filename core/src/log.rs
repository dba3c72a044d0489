//! One entry of a board's change log (`.tavle/BOARD.log.jsonl`): who changed
//! what, when. Data and its JSON-lines form only; the folder layer appends and
//! reads the file.

use serde::{Deserialize, Serialize};

use crate::model::Timestamp;
use crate::ops::Change;

/// One logged change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Logged {
    /// When (RFC 3339).
    pub at: String,
    /// Who.
    pub by: String,
    #[serde(flatten)]
    pub change: Change,
}

impl Logged {
    pub fn time(&self) -> Option<Timestamp> {
        Timestamp::parse(&self.at)
    }
}

/// Every readable entry of a log's text, oldest first. Lines that do not
/// parse (a newer tavle, a torn line after a crash) are skipped.
pub fn parse(text: &str) -> Vec<Logged> {
    text.lines()
        .filter_map(|l| serde_json::from_str::<Logged>(l).ok())
        .collect()
}

/// The lines to append for `entries` (one JSON object per line, each ending in
/// a line break); meeting bookkeeping that the minutes do not need is left out.
pub fn lines(entries: &[Logged]) -> String {
    entries
        .iter()
        .filter(|e| !matches!(e.change, Change::Meeting))
        .filter_map(|e| serde_json::to_string(e).ok())
        .map(|l| l + "\n")
        .collect()
}

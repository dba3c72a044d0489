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
    text.lines().filter_map(parse_line).collect()
}

/// One line of the log. Read through a JSON value first: with serde_json's
/// `arbitrary_precision` (which the board files need), a number read straight
/// into the tagged, flattened entry arrives as a map and a value like `6.5`
/// was refused, so every decimal measurement fell out of the minutes.
fn parse_line(line: &str) -> Option<Logged> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    serde_json::from_value(value).ok()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_values_read_back() {
        let text = concat!(
            r#"{"at":"2026-11-24T09:00:00+01:00","by":"Kari","change":"measured","indicator":"syk","date":"2026-11-23","value":6.5}"#,
            "\n",
            r#"{"at":"2026-11-24T09:00:01+01:00","by":"Kari","change":"measured","indicator":"syk","date":"2026-11-16","value":7}"#,
            "\n",
            r#"{"at":"2026-11-24T09:00:02+01:00","by":"Kari","change":"measured","indicator":"syk","date":"2026-11-09","value":null}"#,
            "\n",
        );
        let read = parse(text);
        let values: Vec<Option<f64>> = read
            .iter()
            .map(|l| match l.change {
                Change::Measured { value, .. } => value,
                _ => panic!("{l:?}"),
            })
            .collect();
        assert_eq!(values, [Some(6.5), Some(7.0), None]);
        assert_eq!(parse(&lines(&read)), read, "written back and read again");
    }
}

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

/// Two or more versions of one change log as one (a sync client's conflict
/// copy of the log beside the log): every line of each, a line met again
/// dropped, in order of time (`at`); a line that does not parse keeps its
/// place after the line before it in its own file. The result ends with a
/// newline (a log's last line always does).
pub fn union(texts: &[&str]) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut lines: Vec<(Option<chrono::DateTime<chrono::FixedOffset>>, usize, &str)> = Vec::new();
    for text in texts {
        let mut last = None;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            if !seen.insert(line) {
                continue;
            }
            let at = parse_line(line).and_then(|l| l.time()).map(|t| t.at());
            last = at.or(last);
            lines.push((last, lines.len(), line));
        }
    }
    // Stable: equal times keep the order they were met in.
    lines.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    lines
        .into_iter()
        .map(|(_, _, l)| format!("{l}\n"))
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

    #[test]
    fn two_versions_of_a_log_become_one_in_time_order_without_doubles() {
        let line = |at: &str, card: &str| {
            format!(
                r#"{{"at":"{at}","by":"Kari","change":"archived","card":"{card}","title":"T"}}"#
            )
        };
        let (a1, a2) = (
            line("2026-11-24T09:00:00+01:00", "k1"),
            line("2026-11-24T09:05:00+01:00", "k2"),
        );
        let (b1, b2) = (
            line("2026-11-24T08:59:00+01:00", "k3"),
            line("2026-11-24T09:02:00Z", "k4"),
        );
        let ours = format!("{a1}\n{a2}\n");
        let theirs = format!("{a1}\n{b1}\n{{\"torn\n{b2}\n");
        let merged = union(&[&ours, &theirs]);
        let got: Vec<&str> = merged.lines().collect();
        // 09:02Z is 10:02 in Oslo, after everything else; the torn line keeps
        // its place after the line before it in its own file (b1, 08:59).
        assert_eq!(
            got,
            [
                b1.as_str(),
                "{\"torn",
                a1.as_str(),
                a2.as_str(),
                b2.as_str()
            ]
        );
        assert_eq!(union(&[&ours, &ours]), ours, "nothing doubled");
        assert!(merged.ends_with('\n'));
    }
}

//! The operations board's changes in the minutes: staffing (each shift as it
//! stood last), risks, deviations, measure cards made of them and the annual
//! wheel's cards, each in its words ([`i18n::operations_change`]), under a
//! heading of their own; nothing when there were none.

use super::{Block, text, word};
use crate::i18n::{self, Lang};
use tavle_core::ops::Change;

/// The heading and one line per change (see the module doc).
pub fn section(lang: Lang, changes: &[Change]) -> Vec<Block> {
    let lines: Vec<Block> = changes
        .iter()
        .filter_map(|c| i18n::operations_change(lang, c))
        .map(|line| Block::Bullet(vec![text(&line)]))
        .collect();
    if lines.is_empty() {
        return lines;
    }
    let mut out = vec![Block::Heading(
        2,
        vec![word(i18n::ops_minutes_heading(lang))],
    )];
    out.extend(lines);
    out
}

#[cfg(test)]
mod tests {
    use super::super::minutes;
    use crate::i18n::Lang;
    use chrono::{DateTime, NaiveDate};
    use tavle_core::log::Logged;
    use tavle_core::meeting::{Scope, Span, summary};
    use tavle_core::ops::Change;

    fn staff(present: u32) -> Change {
        Change::StaffSet {
            date: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
            shift: "dag".into(),
            planned: Some(5),
            present: Some(present),
        }
    }

    #[test]
    fn the_minutes_list_each_shift_as_it_stood_last_and_the_risks_and_deviations() {
        let text = r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#;
        let board = tavle_core::analyze::analyze_text(text).0.unwrap();
        let log: Vec<Logged> = [
            staff(4),
            staff(3),
            Change::RiskAdded {
                risk: "ri1".into(),
                title: "Fall".into(),
                likelihood: 2,
                consequence: 2,
            },
            Change::DeviationAdded {
                deviation: "av1".into(),
                date: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
                category: "legemiddel".into(),
            },
        ]
        .into_iter()
        .enumerate()
        .map(|(i, change)| Logged {
            at: format!("2026-12-04T08:0{i}:00+01:00"),
            by: "Kari".into(),
            change,
        })
        .collect();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        let scope = Scope::Meeting(Span {
            start: at("2026-12-04T08:00:00+01:00"),
            end: at("2026-12-04T08:10:00+01:00"),
            running: false,
            attendees: vec![],
            incomplete: false,
        });
        let s = summary(&board, &log, &scope);
        let md = minutes(Lang::Nb, &board, "t", &s);
        let want = "## Bemanning, risikoer, avvik og årshjul\n\n\
            - Bemanning dag 04.12.2026: 3 av 5 til stede, 2 mangler\n\
            - Risiko lagt til: Fall (sannsynlighet 2, konsekvens 2, lav)\n\
            - Avvik registrert 03.12.2026: legemiddel\n";
        assert!(md.contains(want), "{md}");
        assert!(
            !md.contains("4 av 5"),
            "the first sick call is not its own line: {md}"
        );
    }
}

//! "Since last time" and `tavle status --since` name the operations board's
//! changes (issue 22): a sick call on a shift, a deviation registered, a
//! card made of a risk — the same words as the minutes, under the same
//! heading, in every language; one person's view leaves the unit's staffing out.

use chrono::{DateTime, NaiveDate};
use tavle::i18n::{self, Lang};
use tavle::log::Logged;
use tavle::ops::Change;

const BOARD: &str = r#"{"tavle":1,"title":"Hjemmetjenesten","kind":"drift",
  "columns":[{"id":"a","title":"I dag"},{"id":"f","title":"Ferdig","done":true}],
  "cards":[{"id":"k1","title":"Fallsikring","column":"a","owner":"Kari","risk":"r1"}],
  "staffing":{"days":[{"date":"2026-11-24","shift":"dag","planned":9,"present":7}]},
  "risks":[{"id":"r1","title":"Fall","likelihood":4,"consequence":4,"card":"k1"}],
  "deviations":[{"id":"a1","date":"2026-11-23","category":"fall","text":"Fall på badet"}]}"#;

fn t(s: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn line(at: &str, change: Change) -> Logged {
    Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    }
}

fn log() -> Vec<Logged> {
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    vec![
        line("2026-11-23T09:00:00+01:00", Change::MeetingStarted),
        line(
            "2026-11-23T09:10:00+01:00",
            Change::MeetingEnded {
                started: "2026-11-23T09:00:00+01:00".into(),
                attendees: vec!["Kari".into()],
                incomplete: false,
            },
        ),
        line(
            "2026-11-23T15:00:00+01:00",
            Change::DeviationAdded {
                deviation: "a1".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                category: "fall".into(),
            },
        ),
        line(
            "2026-11-24T07:00:00+01:00",
            Change::StaffSet {
                date: day,
                shift: "dag".into(),
                planned: Some(9),
                present: Some(8),
            },
        ),
        // A second sick call: the net change is the last one.
        line(
            "2026-11-24T07:20:00+01:00",
            Change::StaffSet {
                date: day,
                shift: "dag".into(),
                planned: Some(9),
                present: Some(7),
            },
        ),
        line(
            "2026-11-24T07:30:00+01:00",
            Change::MeasureMade {
                card: "k1".into(),
                title: "Fallsikring".into(),
                risk: Some("r1".into()),
                deviation: None,
            },
        ),
    ]
}

#[test]
fn since_last_time_names_the_staffing_the_deviation_and_the_card_made_of_a_risk() {
    let board = tavle::analyze::analyze_text(BOARD).0.unwrap();
    let log = log();
    let since = tavle::meeting::since_last(&board, &log, t("2026-11-24T09:00:00+01:00")).unwrap();
    let mut seen = Vec::new();
    for &lang in Lang::ALL {
        let md = tavle::minutes::markdown(&tavle::minutes::since_doc(lang, &board, &since));
        let heading = i18n::ops_minutes_heading(lang);
        assert!(md.contains(&format!("## {heading}")), "{lang:?}\n{md}");
        seen.push(md);
    }
    // Bokmål and English, checked by hand.
    for expected in [
        "Bemanning dag 24.11.2026: 7 av 9 til stede, 2 mangler",
        "Avvik registrert 23.11.2026: fall",
        "Tiltak laget av risiko r1: Fallsikring",
    ] {
        assert!(seen[0].contains(expected), "{expected:?}\n{}", seen[0]);
    }
    assert!(
        !seen[0].contains("8 av 9"),
        "the first sick call is not the net change\n{}",
        seen[0]
    );
    assert!(
        seen[2].contains("Staffing dag 24.11.2026: 7 of 9 present, 2 missing"),
        "{}",
        seen[2]
    );
}

#[test]
fn status_since_a_day_names_them_for_the_board_but_not_in_one_persons_view() {
    let board = tavle::analyze::analyze_text(BOARD).0.unwrap();
    let log = log();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let now = t("2026-11-24T09:00:00+01:00");
    let c = tavle::changes::since(&board, &log, day, now, day, None);
    assert_eq!(c.operations.len(), 3, "{:?}", c.operations);
    let esc = |s: &str| s.to_string();
    let text: Vec<String> = tavle::report::since::parts(Lang::Nn, &c, day, &esc)
        .iter()
        .map(|p| match p {
            tavle::report::since::Part::Heading(h) | tavle::report::since::Part::Item(h) => {
                h.clone()
            }
        })
        .collect();
    assert!(
        text.contains(&"Bemanning, risikoar, avvik og årshjul (3)".to_string()),
        "{text:?}"
    );
    assert!(
        text.contains(&"Registrert avvik 23.11.2026: fall".to_string()),
        "{text:?}"
    );
    let kari = tavle::changes::since(&board, &log, day, now, day, Some("Kari"));
    assert!(kari.operations.is_empty(), "{:?}", kari.operations);
}

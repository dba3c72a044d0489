//! The PDSA card in the record (issue 21.4): the minutes of a meeting name
//! the cycles started and changed in it (number, result, decision), the
//! evaluation answers and the benefit plan; "since last time" names every
//! kind of improvement change in words, in bokmål, nynorsk and English.

use chrono::{DateTime, NaiveDate};
use crossterm::event::KeyCode;
use tavle::app::Overlay;
use tavle::i18n::{self, Lang};
use tavle::log::Logged;
use tavle::model::{CycleDecision, Role};
use tavle::ops::Change;

mod pdsa_support;
use pdsa_support::{Folder, IMPROVEMENT};

#[test]
fn the_minutes_record_the_cycles_the_evaluation_and_the_benefit_of_the_meeting() {
    let mut f = Folder::on("forbedring.json");
    f.ch('m');
    assert!(f.app.shared.running().is_some());
    f.at(60);
    f.open_card("f1");
    // Cycle 1: plan, prediction, started; then measured, result, adopted.
    f.ch('c');
    f.typ("Måltidsvert på avd. 2");
    f.key(KeyCode::Tab);
    f.typ("Færre avbrudd");
    f.key(KeyCode::Tab);
    f.typ("i dag");
    f.key(KeyCode::Enter);
    f.at(120);
    f.ch('p');
    f.typ("Avbrudd per måltid");
    f.key(KeyCode::Tab);
    f.typ("Fra 6 til 2");
    f.key(KeyCode::Tab);
    f.typ("ta i bruk");
    f.key(KeyCode::Enter);
    f.at(180);
    f.ch('v');
    f.typ("Uro ved middag");
    f.key(KeyCode::Tab);
    f.key(KeyCode::Tab);
    f.typ("Prøvd i to uker");
    f.key(KeyCode::Enter);
    f.ch('b');
    f.typ("spart tid");
    f.key(KeyCode::Tab);
    f.typ("Kari");
    f.key(KeyCode::Enter);
    assert!(f.app.overlay.is_none());
    f.key(KeyCode::Esc);
    f.at(300);
    f.ch('m');
    assert!(matches!(f.app.overlay, Some(Overlay::Closing(_))));
    f.key(KeyCode::Enter);
    let minutes =
        std::fs::read_to_string(f.dir.join("referater/2026-11-24-forbedring.md")).unwrap();
    for expected in [
        "## Forbedringsarbeid",
        "Måltidsvert ved middag (f1): Syklus 1 av 1 — resultat: Fra 6 til 2; beslutning: ✓ ta i bruk",
        "Måltidsvert ved middag (f1): **Evaluering**",
        "_Hva var problemstillingen?_ Uro ved middag",
        "_Hva er gjort?_ Prøvd i to uker",
        "Måltidsvert ved middag (f1): Gevinst: gevinsttype: Spart tid, ansvarlig: Kari",
    ] {
        assert!(
            minutes.contains(expected),
            "{expected:?} missing in:\n{minutes}"
        );
    }
    // An unanswered question is not listed.
    assert!(!minutes.contains("Hva ble besluttet"), "{minutes}");
}

fn line(at: &str, change: Change) -> Logged {
    Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    }
}

fn t(s: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A previous meeting, then every kind of improvement change.
fn log() -> Vec<Logged> {
    let f1 = || "f1".to_string();
    let title = || "Måltidsvert ved middag".to_string();
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
            "2026-11-23T10:00:00+01:00",
            Change::Prioritised {
                card: "f2".into(),
                title: "Sensormatte ved senga".into(),
                effect: Some(3),
                effort: Some(1),
            },
        ),
        line(
            "2026-11-23T10:01:00+01:00",
            Change::CycleStarted {
                card: f1(),
                title: title(),
                cycle: 1,
            },
        ),
        line(
            "2026-11-23T10:02:00+01:00",
            Change::CycleChanged {
                card: f1(),
                title: title(),
                cycle: 1,
                fields: vec!["decision".into()],
                decision: Some(CycleDecision::Adapt),
            },
        ),
        line(
            "2026-11-23T10:03:00+01:00",
            Change::CycleRemoved {
                card: "f2".into(),
                title: "Sensormatte ved senga".into(),
                cycle: 1,
            },
        ),
        line(
            "2026-11-23T10:04:00+01:00",
            Change::RoutineAdded {
                routine: "r1".into(),
                title: "Måltidsvert".into(),
                revision: NaiveDate::from_ymd_opt(2027, 11, 23).unwrap(),
                card: Some(f1()),
            },
        ),
        line(
            "2026-11-23T10:05:00+01:00",
            Change::RoutineChanged {
                routine: "r1".into(),
                title: "Måltidsvert".into(),
                fields: vec!["purpose".into()],
            },
        ),
        line(
            "2026-11-23T10:06:00+01:00",
            Change::RoutineRemoved {
                routine: "r2".into(),
                title: "Gammel rutine".into(),
            },
        ),
        line(
            "2026-11-23T10:07:00+01:00",
            Change::RoleSet {
                role: Role::MeasurementLead,
                from: None,
                to: Some("Ola".into()),
            },
        ),
    ]
}

#[test]
fn since_last_time_names_every_kind_of_improvement_change_in_each_language() {
    // The board as it is now: f1 has the cycle, adapted.
    let text = IMPROVEMENT.replace(
        r#""column": "gjennomfore"}"#,
        r#""column": "gjennomfore", "pdsa": [{"prediction": "Færre avbrudd", "result": "Bedre", "decision": "adapt"}]}"#,
    );
    let board = tavle::analyze::analyze_text(&text).0.unwrap();
    assert_eq!(board.card("f1").unwrap().pdsa.len(), 1);
    let log = log();
    let since = tavle::meeting::since_last(&board, &log, t("2026-11-24T09:00:00+01:00")).unwrap();
    let mut seen = Vec::new();
    for &lang in Lang::ALL {
        let doc = tavle::minutes::since_doc(lang, &board, &since);
        let md = tavle::minutes::markdown(&doc);
        let heading = i18n::pdsa_word(lang, i18n::PdsaWord::MinutesHeading);
        assert!(md.contains(&format!("## {heading}")), "{lang:?}\n{md}");
        // The cycle on the board, as it stands: number, result, decision.
        let cycle = i18n::cycle_line(lang, 1, 1, &board.card("f1").unwrap().pdsa[0]);
        assert!(md.contains(&cycle), "{cycle:?} {lang:?}\n{md}");
        // Every other change in its own words (text from the file escaped).
        for l in &log[2..] {
            if matches!(
                l.change,
                Change::CycleStarted { .. } | Change::CycleChanged { .. }
            ) {
                continue;
            }
            let words = i18n::improvement_change(lang, &l.change).unwrap();
            let escaped = tavle::text::escape_markdown(&words);
            assert!(md.contains(&escaped), "{words:?} {lang:?}\n{md}");
        }
        seen.push(md);
    }
    assert_ne!(seen[0], seen[2]);
    assert_ne!(seen[1], seen[2]);
    // The words of bokmål, checked by hand.
    for expected in [
        "Syklus 1 av 1 — resultat: Bedre; beslutning: ↻ juster",
        "Sensormatte ved senga: plassert i prioriteringsmatrisen: effekt 3, ressursbruk 1",
        "Sensormatte ved senga: PDSA-syklus 1 fjernet",
        "Rutine laget: Måltidsvert (revideres 23.11.2027)",
        "Rutine fjernet: Gammel rutine",
        "Måleansvarlig: Ola",
    ] {
        assert!(seen[0].contains(expected), "{expected:?}\n{}", seen[0]);
    }
}

#[test]
fn status_since_a_day_names_the_improvement_work_too() {
    let board = tavle::analyze::analyze_text(IMPROVEMENT).0.unwrap();
    let log = log();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let c = tavle::changes::since(&board, &log, day, t("2026-11-24T09:00:00+01:00"), day, None);
    // The meeting's own start and end are not improvement work.
    assert_eq!(c.improvement.len(), log.len() - 2);
    let esc = |s: &str| s.to_string();
    let parts = tavle::report::since::parts(Lang::Nn, &c, day, &esc);
    let text: Vec<String> = parts
        .iter()
        .map(|p| match p {
            tavle::report::since::Part::Heading(h) | tavle::report::since::Part::Item(h) => {
                h.clone()
            }
        })
        .collect();
    assert!(
        text.contains(&"Forbetringsarbeid (8)".to_string()),
        "{text:?}"
    );
    assert!(text.contains(&"Måleansvarleg: Ola".to_string()), "{text:?}");
    assert!(
        text.contains(
            &"Måltidsvert ved middag: PDSA-syklus 1 endra: avgjerd (↻ juster)".to_string()
        ),
        "{text:?}"
    );
}

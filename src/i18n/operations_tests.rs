//! Every operations-board change has its own words in every language; the
//! bokmål words checked in full.

use super::*;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn every_operations_change() -> Vec<Change> {
    vec![
        Change::StaffSet {
            date: d(2026, 12, 4),
            shift: "dag".into(),
            planned: Some(5),
            present: Some(3),
        },
        Change::StaffSet {
            date: d(2026, 12, 4),
            shift: "kveld".into(),
            planned: Some(4),
            present: None,
        },
        Change::StaffSet {
            date: d(2026, 12, 4),
            shift: "natt".into(),
            planned: None,
            present: Some(2),
        },
        Change::StaffSet {
            date: d(2026, 12, 4),
            shift: "natt".into(),
            planned: None,
            present: None,
        },
        Change::ShiftsSet {
            from: vec![],
            to: vec!["dag".into(), "helg".into()],
        },
        Change::StaffRolledOff { count: 3 },
        Change::StaffPutBack { count: 1 },
        Change::RiskAdded {
            risk: "ri1".into(),
            title: "Fall".into(),
            likelihood: 4,
            consequence: 4,
        },
        Change::RiskChanged {
            risk: "ri1".into(),
            title: "Fall".into(),
            likelihood: 1,
            consequence: 4,
            fields: vec!["likelihood".into()],
        },
        Change::RiskRemoved {
            risk: "ri1".into(),
            title: "Fall".into(),
        },
        Change::DeviationAdded {
            deviation: "av1".into(),
            date: d(2026, 12, 3),
            category: "legemiddel".into(),
        },
        Change::DeviationChanged {
            deviation: "av1".into(),
            category: "legemiddel".into(),
            fields: vec!["text".into()],
        },
        Change::DeviationRemoved {
            deviation: "av1".into(),
            category: "legemiddel".into(),
        },
        Change::MeasureMade {
            card: "k3".into(),
            title: "Matter".into(),
            risk: Some("ri1".into()),
            deviation: None,
        },
        Change::MeasureMade {
            card: "k4".into(),
            title: "Dobbeltkontroll".into(),
            risk: None,
            deviation: Some("av1".into()),
        },
        Change::EventAdded {
            event: "e1".into(),
            title: "Samling 1".into(),
            week: 37,
        },
        Change::EventChanged {
            event: "e1".into(),
            title: "Samling 1".into(),
            week: 38,
            fields: vec!["week".into()],
        },
        Change::EventRemoved {
            event: "e1".into(),
            title: "Samling 1".into(),
        },
        Change::EventCard {
            event: "e1".into(),
            title: "Samling 1".into(),
            year: 2026,
            week: 37,
            card: "k5".into(),
        },
    ]
}

#[test]
fn every_operations_change_has_its_own_words_in_every_language() {
    let nb: Vec<String> = every_operations_change()
        .iter()
        .map(|c| operations_change(Lang::Nb, c).unwrap())
        .collect();
    assert_eq!(
        nb,
        [
            "Bemanning dag 04.12.2026: 3 av 5 til stede, 2 mangler",
            "Bemanning kveld 04.12.2026: 4 av 4 til stede",
            "Bemanning natt 04.12.2026: 2 til stede",
            "Bemanning natt 04.12.2026: tatt bort",
            "Vaktene er nå: dag, helg",
            "3 bemanningstall for dager som har vært, er ryddet bort",
            "Ett bemanningstall er lagt tilbake",
            "Risiko lagt til: Fall (sannsynlighet 4, konsekvens 4, høy)",
            "Risiko endret: Fall (likelihood; sannsynlighet 1, konsekvens 4, lav)",
            "Risiko fjernet: Fall",
            "Avvik registrert 03.12.2026: legemiddel",
            "Avvik endret: legemiddel (text)",
            "Avvik fjernet: legemiddel",
            "Tiltak laget av risiko ri1: Matter",
            "Tiltak laget av avvik av1: Dobbeltkontroll",
            "Årshjul: Samling 1 lagt til i uke 37",
            "Årshjul: Samling 1 endret (week), uke 38",
            "Årshjul: Samling 1 fjernet",
            "Årshjul uke 37 2026: Samling 1 ble kortet k5",
        ]
    );
    for c in every_operations_change() {
        assert!(c.is_operations(), "{c:?}");
        let texts: Vec<String> = (Lang::ALL.iter())
            .map(|&l| operations_change(l, &c).unwrap_or_default())
            .collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.trim().is_empty(), "{c:?} in {:?}", Lang::ALL[i]);
            assert!(!t.contains("{ $"), "{t}");
            for other in &texts[i + 1..] {
                assert_ne!(t, other, "{c:?}: the same words in two languages");
            }
        }
    }
}

#[test]
fn other_changes_are_not_operations_and_the_levels_have_words() {
    let plain = Change::Removed {
        card: "k1".into(),
        title: "x".into(),
    };
    assert!(!plain.is_operations());
    assert_eq!(operations_change(Lang::Nb, &plain), None);
    assert_eq!(risk_level(Lang::Nb, Level::High), "høy");
    assert_eq!(risk_level(Lang::Nn, Level::Low), "låg");
    assert_eq!(risk_level(Lang::En, Level::Medium), "medium");
}

#[test]
fn a_refused_op_says_why_in_words() {
    let text = ops_msg(Lang::Nb, &OpsMsg::AlreadyMade("e1".into(), 2026));
    assert_eq!(text, "Hendelsen e1 har fått sitt kort for 2026 allerede");
    let text = ops_msg(Lang::En, &OpsMsg::NotOneToFive(6));
    assert_eq!(text, "Likelihood and consequence are 1 to 5, not 6");
}

#[test]
fn the_merge_names_the_operations_elements() {
    use tavle_core::merge::Element;
    let staff = Element::StaffDay("2026-12-04/dag".into());
    use crate::i18n::element;
    assert_eq!(element(Lang::Nb, &staff, None), "Bemanning dag 04.12.2026");
    assert_eq!(
        element(Lang::En, &Element::Risk("ri1".into()), Some("Fall")),
        "Risk ri1 «Fall»"
    );
    assert_eq!(
        element(Lang::Nn, &Element::Event("e1".into()), Some("Samling 1")),
        "Årshjul-hending e1 «Samling 1»"
    );
}

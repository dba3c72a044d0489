//! The PDSA words: every improvement change has its own words in every
//! language, decisions and kinds are read back from the words shown.

use super::*;
use crate::i18n::{improvement_change, is_improvement};
use chrono::NaiveDate;
use tavle_core::model::Role;
use tavle_core::ops::Change;

fn every_improvement_change() -> Vec<Change> {
    let card = || "k1".to_string();
    let title = || "Måltidsvert".to_string();
    vec![
        Change::Prioritised {
            card: card(),
            title: title(),
            effect: Some(3),
            effort: Some(1),
        },
        Change::CycleStarted {
            card: card(),
            title: title(),
            cycle: 2,
        },
        Change::CycleChanged {
            card: card(),
            title: title(),
            cycle: 2,
            fields: vec!["result".into(), "decision".into()],
            decision: Some(CycleDecision::Adapt),
        },
        Change::CycleRemoved {
            card: card(),
            title: title(),
            cycle: 2,
        },
        Change::RoutineAdded {
            routine: "r1".into(),
            title: "Måltid".into(),
            revision: NaiveDate::from_ymd_opt(2027, 11, 24).unwrap(),
            card: Some(card()),
        },
        Change::RoutineChanged {
            routine: "r1".into(),
            title: "Måltid".into(),
            fields: vec!["purpose".into()],
        },
        Change::RoutineRemoved {
            routine: "r1".into(),
            title: "Måltid".into(),
        },
        Change::RoleSet {
            role: Role::TeamLeader,
            from: None,
            to: Some("Kari".into()),
        },
        Change::RoleSet {
            role: Role::MeasurementLead,
            from: Some("Ola".into()),
            to: None,
        },
        Change::Edited {
            card: card(),
            title: title(),
            fields: vec!["evaluation".into(), "benefit".into()],
        },
    ]
}

#[test]
fn every_improvement_change_has_its_own_words_in_every_language() {
    let nb: Vec<String> = every_improvement_change()
        .iter()
        .map(|c| improvement_change(Lang::Nb, c).unwrap())
        .collect();
    assert_eq!(
        nb,
        [
            "Måltidsvert: plassert i prioriteringsmatrisen: effekt 3, ressursbruk 1",
            "Måltidsvert: PDSA-syklus 2 startet",
            "Måltidsvert: PDSA-syklus 2 endret: resultat, beslutning (↻ juster)",
            "Måltidsvert: PDSA-syklus 2 fjernet",
            "Rutine laget: Måltid (revideres 24.11.2027)",
            "Rutine endret: Måltid (purpose)",
            "Rutine fjernet: Måltid",
            "Teamleder: Kari",
            "Måleansvarlig: ingen",
            "Måltidsvert: evalueringen skrevet, gevinstplanen endret",
        ]
    );
    for c in every_improvement_change() {
        let texts: Vec<String> = (Lang::ALL.iter())
            .map(|&l| improvement_change(l, &c).unwrap_or_default())
            .collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.trim().is_empty(), "{c:?} in {:?}", Lang::ALL[i]);
            assert!(!t.contains("{ $"), "{t}");
            for other in &texts[i + 1..] {
                assert_ne!(t, other, "{c:?}: the same words in two languages");
            }
        }
        assert!(is_improvement(&c));
    }
}

#[test]
fn other_changes_are_not_improvement_work() {
    let plain = [
        Change::Edited {
            card: "k1".into(),
            title: "t".into(),
            fields: vec!["owner".into()],
        },
        Change::MeetingStarted,
        Change::Light {
            card: "k1".into(),
            title: "t".into(),
            from: None,
            to: None,
        },
    ];
    for c in plain {
        assert!(!is_improvement(&c), "{c:?}");
    }
}

#[test]
fn a_decision_is_read_back_from_the_words_shown_in_each_language() {
    for &lang in Lang::ALL {
        for d in [
            CycleDecision::Adopt,
            CycleDecision::Adapt,
            CycleDecision::Abandon,
        ] {
            let shown = decision_word(lang, d);
            let (glyph, word) = shown.split_once(' ').unwrap();
            assert!(!glyph.is_empty() && !glyph.chars().all(char::is_alphanumeric));
            assert_eq!(parse_decision(lang, word), Some(d), "{lang:?} {word}");
            assert_eq!(parse_decision(lang, &word.to_uppercase()), Some(d));
        }
    }
    assert_eq!(decision_word(Lang::Nb, CycleDecision::Adopt), "✓ ta i bruk");
    assert_eq!(decision_word(Lang::En, CycleDecision::Abandon), "✗ abandon");
    // The first letter of the UI language's word.
    assert_eq!(parse_decision(Lang::Nb, "j"), Some(CycleDecision::Adapt));
    assert_eq!(parse_decision(Lang::Nb, "f"), Some(CycleDecision::Abandon));
    assert_eq!(parse_decision(Lang::Nb, "kanskje"), None);
    assert_eq!(parse_decision(Lang::Nb, ""), None);
}

#[test]
fn a_kind_of_benefit_is_read_from_its_words_or_its_number() {
    assert_eq!(parse_benefit_kind("2"), Some(BenefitKind::TimeSaved));
    assert_eq!(
        parse_benefit_kind("spart tid"),
        Some(BenefitKind::TimeSaved)
    );
    assert_eq!(
        parse_benefit_kind("Økt kvalitet"),
        Some(BenefitKind::BetterQuality)
    );
    assert_eq!(
        parse_benefit_kind("unngåtte"),
        Some(BenefitKind::AvoidedCost)
    );
    assert_eq!(
        parse_benefit_kind("auka kvalitet"),
        Some(BenefitKind::BetterQuality)
    );
    assert_eq!(parse_benefit_kind("4"), None);
    assert_eq!(parse_benefit_kind(""), None);
}

#[test]
fn a_cycle_line_says_its_number_result_and_decision() {
    let c = Cycle {
        prediction: Some("færre fall".into()),
        result: Some("2 fall mot 6".into()),
        decision: Some(CycleDecision::Adopt),
        ..Cycle::default()
    };
    assert_eq!(
        cycle_line(Lang::Nb, 2, 2, &c),
        "Syklus 2 av 2 — resultat: 2 fall mot 6; beslutning: ✓ ta i bruk"
    );
    let open = Cycle {
        prediction: Some("færre fall".into()),
        ..Cycle::default()
    };
    assert_eq!(
        cycle_line(Lang::En, 1, 3, &open),
        "Cycle 1 of 3 — prediction: færre fall"
    );
}

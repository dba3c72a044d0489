//! Tests written against bugs planted by hand (and by `cargo mutants`, see
//! `docs/mutants.md`) that the rest of the suite let through: undo that forgets
//! a due date, a German Explorer copy name, a title that is only a list marker,
//! a torn line in the middle of a change log, and the mod-11 rule checked
//! against numbers worked out by hand rather than by the function under test.
//!
//! Every expected value here is written out or computed in the test itself.

use chrono::NaiveDate;
use tavle_core::analyze::analyze_text;
use tavle_core::conflicts::{Source, classify};
use tavle_core::log;
use tavle_core::model::{Board, Timestamp};
use tavle_core::ops::{CardOp, CardPatch, DecisionOp, GoalOp, GoalPatch, Op, Stamp, apply};
use tavle_core::privacy::{check_digits, find, valid};
use tavle_core::text::escape_markdown;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

/// A card, a goal and a decision that each have a due date.
fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "columns":[{"id":"a","title":"A"}],
      "goals":[{"id":"m1","title":"Mål","target":"50 %","due":"2027-06-01"}],
      "cards":[{"id":"k1","title":"Kort","column":"a","due":"2026-12-01"}],
      "decisions":[{"id":"b1","at":"2026-11-23T09:05:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-24"}]}"#;
    analyze_text(text).0.unwrap()
}

/// Applies `op`, checks it did change the due date, then undoes it.
fn apply_then_undo(b: &mut Board, op: Op) {
    let before = b.clone();
    let applied = apply(b, &op, &stamp()).unwrap();
    assert_ne!(*b, before, "{op:?} changed nothing");
    apply(b, &applied.inverse, &stamp()).unwrap();
}

#[test]
fn undo_gives_a_card_its_due_date_back() {
    // Moved to another day, and taken away: undo brings back 1 December.
    for due in [Some(date(2027, 1, 15)), None] {
        let mut b = board();
        let patch = CardPatch {
            due: Some(due),
            ..CardPatch::default()
        };
        let op = Op::Card(CardOp::Set {
            id: "k1".into(),
            patch,
        });
        apply_then_undo(&mut b, op);
        assert_eq!(b.card("k1").unwrap().due, Some(date(2026, 12, 1)));
    }
}

#[test]
fn undo_gives_a_goal_its_due_date_back() {
    for due in [Some(date(2027, 9, 1)), None] {
        let mut b = board();
        let patch = GoalPatch {
            due: Some(due),
            ..GoalPatch::default()
        };
        let op = Op::Goal(GoalOp::Set {
            id: "m1".into(),
            patch,
        });
        apply_then_undo(&mut b, op);
        assert_eq!(b.goals[0].due, Some(date(2027, 6, 1)));
    }
}

#[test]
fn undoing_a_correction_gives_a_decision_its_due_date_back() {
    let mut b = board();
    let op = Op::Decision(DecisionOp::Correct {
        id: "b1".into(),
        text: "Ring".into(),
        owner: Some("Ola".into()),
        due: Some(date(2026, 12, 3)),
    });
    apply_then_undo(&mut b, op);
    let d = &b.decisions[0];
    assert_eq!(d.due, Some(date(2026, 11, 24)));
    assert!(d.corrections.is_empty());
}

#[test]
fn a_german_explorer_copy_is_a_copy() {
    for (name, n) in [
        ("plan - Kopie.json", 1),
        ("plan - kopie (2).json", 2),
        ("Møte nord - KOPIE (12).json", 12),
    ] {
        let c = classify(name).unwrap_or_else(|| panic!("not a copy: {name}"));
        let original = name.split(" - ").next().unwrap().to_string() + ".json";
        assert_eq!(c.original, original, "{name}");
        assert_eq!(c.source, Source::Duplicate { n }, "{name}");
        assert!(c.needs_same_board, "{name}");
    }
}

#[test]
fn a_title_that_is_only_a_list_marker_stays_text() {
    // CommonMark: one to nine digits and `.` or `)`, then a space or the end
    // of the line, start an ordered list. Escaping the `.`/`)` keeps it text.
    for (raw, want) in [
        ("1.", "1\\."),
        ("1)", "1\\)"),
        ("2026.", "2026\\."),
        (" 7. ", "7\\."),
        ("1.\n", "1\\."),
    ] {
        assert_eq!(escape_markdown(raw), want, "{raw:?}");
    }
    // Not a marker: something other than a space follows.
    assert_eq!(escape_markdown("1.a"), "1.a");
}

#[test]
fn a_torn_line_in_the_middle_of_the_log_is_skipped_and_the_rest_read() {
    let line = |at: &str, card: &str| {
        format!(r#"{{"at":"{at}","by":"Kari","change":"archived","card":"{card}","title":"T"}}"#)
    };
    let text = [
        line("2026-11-24T09:00:00+01:00", "k1"),
        r#"{"at":"2026-11-24T09:01:00+01:00","by":"Ka"#.to_string(),
        String::new(),
        line("2026-11-24T09:02:00+01:00", "k2"),
        "not json at all".to_string(),
        line("2026-11-24T09:03:00+01:00", "k3"),
    ]
    .join("\n");
    let read = log::parse(&text);
    let who: Vec<(&str, Option<&str>)> = read
        .iter()
        .map(|l| (l.at.as_str(), l.change.card()))
        .collect();
    assert_eq!(
        who,
        [
            ("2026-11-24T09:00:00+01:00", Some("k1")),
            ("2026-11-24T09:02:00+01:00", Some("k2")),
            ("2026-11-24T09:03:00+01:00", Some("k3")),
        ]
    );
}

fn digits(s: &str) -> Vec<u8> {
    s.bytes().map(|b| b - b'0').collect()
}

/// Numbers whose check digits were worked out by hand with the published
/// weights. The sums are written out for the first one:
/// 2·3+4·7+1·6+1·1+8·8+6·9+3·4+4·5+5·2 = 201, 201 mod 11 = 3, k1 = 11−3 = 8;
/// 2·5+4·4+1·3+1·2+8·7+6·6+3·5+4·4+5·3+8·2 = 185, 185 mod 11 = 9, k2 = 2.
const VALID: [&str; 8] = [
    "24118634582", // ordinary, 24.11.86
    "15077249823", // ordinary
    "15014298786", // ordinary
    "12039000154", // ordinary
    "01010101006", // first sum 22: remainder 0 gives k1 = 0
    "23059912690", // second sum a multiple of 11: k2 = 0
    "45119901751", // D-number: day 05 + 40
    "10437812395", // H-number: month 03 + 40
];

/// A synthetic test number (month + 80), as the national test data service
/// hands out.
const SYNTHETIC: &str = "01828512311";

#[test]
fn numbers_worked_out_by_hand_pass_the_mod_11_rule() {
    for n in VALID.iter().chain([&SYNTHETIC]) {
        let d = digits(n);
        assert!(valid(&d), "{n}");
        assert_eq!(check_digits(&d[..9]), Some((d[9], d[10])), "{n}");
        let text = format!("Pasient {n} på rom 3");
        let at = "Pasient ".len();
        assert_eq!(find(&text), vec![at..at + 11], "{n}");
    }
}

#[test]
fn the_check_digits_follow_the_published_weights() {
    // A second, plain reading of the rule, written out apart from the code
    // under test, over every first nine digits of a range of dates.
    fn k(d: &[u8], w: &[u32]) -> Option<u8> {
        let mut sum = 0;
        for i in 0..w.len() {
            sum += u32::from(d[i]) * w[i];
        }
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            r => Some(r as u8),
        }
    }
    let w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    let w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let mut seen = [0usize; 3];
    for i in 0..2000u32 {
        let base = format!(
            "{:02}{:02}{:02}{:03}",
            1 + i % 31,
            1 + i % 12,
            i % 100,
            i * 7 % 1000
        );
        let mut d = digits(&base);
        let want = k(&d, &w1).and_then(|k1| {
            d.push(k1);
            k(&d, &w2).map(|k2| (k1, k2))
        });
        seen[match want {
            None => 0,
            Some((0, _)) | Some((_, 0)) => 1,
            Some(_) => 2,
        }] += 1;
        assert_eq!(check_digits(&d[..9]), want, "{base}");
    }
    // The range reaches all three cases: cannot exist, a zero digit, others.
    assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
}

#[test]
fn numbers_that_cannot_exist_are_rejected() {
    // 010203123: 0·3+1·7+0·6+2·1+0·8+3·9+1·4+2·5+3·2 = 56,
    // 56 mod 11 = 1, 11−1 = 10: no first check digit exists.
    assert_eq!(check_digits(&digits("010203123")), None);
    // 230599125: k1 = 0, then the second sum gives 10.
    assert_eq!(check_digits(&digits("230599125")), None);
    for base in ["010203123", "230599125"] {
        for k in 0..100 {
            let n = format!("{base}{k:02}");
            assert!(!valid(&digits(&n)), "{n}");
            assert!(find(&n).is_empty(), "{n}");
        }
    }
}

#[test]
fn one_digit_changed_is_rejected() {
    // A single changed digit always breaks the check: every weight is below
    // 11 and not 0, so the sum moves by a non-multiple of 11.
    for n in VALID.iter().chain([&SYNTHETIC]) {
        for pos in 0..11 {
            for new in b'0'..=b'9' {
                let mut s = n.as_bytes().to_vec();
                if s[pos] == new {
                    continue;
                }
                s[pos] = new;
                let changed = String::from_utf8(s).unwrap();
                assert!(!valid(&digits(&changed)), "{n} → {changed}");
                assert!(find(&changed).is_empty(), "{n} → {changed}");
            }
        }
    }
}

#[test]
fn swapped_neighbours_are_rejected() {
    // Two different neighbours swapped: the sum moves by (a−b)(w_i−w_j),
    // never a multiple of 11 for these weights, so the number fails.
    for n in VALID {
        for pos in 0..10 {
            let mut s = n.as_bytes().to_vec();
            if s[pos] == s[pos + 1] {
                continue;
            }
            s.swap(pos, pos + 1);
            let swapped = String::from_utf8(s).unwrap();
            assert!(!valid(&digits(&swapped)), "{n} → {swapped}");
        }
    }
}

#[test]
fn a_valid_check_with_an_impossible_date_is_rejected() {
    // Day 32 and month 13 are no date; check digits worked out as above.
    // 320186345: 9+14+0+1+64+54+12+20+10 = 184, 184 mod 11 = 8, k1 = 3;
    // 15+8+0+2+56+36+15+16+15+6 = 169, 169 mod 11 = 4, k2 = 7.
    let n = "32018634537";
    assert_eq!(check_digits(&digits(&n[..9])), Some((3, 7)));
    assert!(!valid(&digits(n)));
}

/// The kind of a card's change is decided by the fields the op changed: a
/// light alone (whatever else the dialog sent unchanged) is a light change;
/// a light with a new title is an edit that names both, in the log's words.
#[test]
fn a_light_alone_is_a_light_change_and_with_a_title_an_edit() {
    use tavle_core::model::Light;
    use tavle_core::ops::Change;
    let set = |title: &str| {
        Op::Card(CardOp::Set {
            id: "k1".into(),
            patch: CardPatch {
                title: Some(title.into()),
                light: Some(Some(Light::Red)),
                ..CardPatch::default()
            },
        })
    };
    let mut b = board();
    let applied = apply(&mut b, &set("Kort"), &stamp()).unwrap();
    assert!(
        matches!(
            &applied.change,
            Change::Light { card, from: None, to: Some(Light::Red), .. } if card == "k1"
        ),
        "{:?}",
        applied.change
    );
    let mut b = board();
    let applied = apply(&mut b, &set("Nytt kort"), &stamp()).unwrap();
    match &applied.change {
        Change::Edited { card, fields, .. } => {
            assert_eq!(card, "k1");
            assert_eq!(fields, &["title".to_string(), "light".to_string()]);
        }
        other => panic!("{other:?}"),
    }
}

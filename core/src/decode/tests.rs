//! Tests of [`super`].

use super::*;
use crate::json;

fn decode(text: &str) -> (Option<Board>, Vec<Diagnostic>) {
    decode_board(&json::parse(text).unwrap())
}

#[test]
fn minimal_board_decodes() {
    let (b, d) = decode(r#"{"tavle":1,"title":"T","kind":"drift"}"#);
    assert!(d.is_empty(), "{d:?}");
    let b = b.unwrap();
    assert_eq!(b.kind, Kind::Drift);
    assert!(b.cards.is_empty());
}

#[test]
fn collects_every_error_not_just_the_first() {
    let text = r#"{"tavle":1,"title":2,"kind":"drfit","cards":[{"id":"a","title":"x","column":"c","due":"1.12"}]}"#;
    let (b, d) = decode(text);
    assert!(b.is_none());
    let kinds: Vec<_> = d.iter().map(|d| &d.kind).collect();
    assert!(matches!(
        kinds[0],
        DiagKind::WrongType {
            expected: Expected::String,
            found: Found::Number
        }
    ));
    assert!(matches!(
        kinds[1],
        DiagKind::UnknownValue {
            suggestion: Some("drift"),
            ..
        }
    ));
    assert!(matches!(kinds[2], DiagKind::BadDate { .. }));
    assert_eq!(d.len(), 3);
}

#[test]
fn unknown_fields_are_kept_in_order() {
    let (b, d) = decode(r#"{"tavle":1,"z":1,"title":"T","kind":"drift","a":{"b":[1.50]}}"#);
    assert!(d.is_empty());
    let keys: Vec<_> = b.unwrap().extra.keys().cloned().collect();
    assert_eq!(keys, ["z", "a"]);
}

#[test]
fn strict_iso_dates() {
    assert!(parse_iso_date("2026-12-01").is_some());
    assert!(parse_iso_date("2026-2-01").is_none());
    assert!(parse_iso_date("2026-02-30").is_none());
    assert!(parse_iso_date("+2026-02-01").is_none());
    assert!(parse_iso_date("２０２６-02-01").is_none());
}

#[test]
fn missing_fields_point_at_the_object() {
    let text = r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a"}]}"#;
    let (_, d) = decode(text);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].kind, DiagKind::Missing { field: "title" });
    assert_eq!(d[0].at, Location::Offset(text.find("{\"id\"").unwrap()));
}

#[test]
fn every_problem_in_the_improvement_fields_is_reported_at_its_value() {
    let text = r#"{"tavle":1,"title":"T","kind":"forbedring","team_leader":7,
      "cards":[{"id":"k1","title":"x","column":"a","received":"2.11.2026",
                "pdsa":[{"decision":"adpot"},{"started":"2026-11-31"}],
                "evaluation":{"problem":["a"]},
                "benefit":{"kind":"spart tid","by":"snart"},
                "a3":{"whys":"fordi"}}],
      "routines":[{"id":"r1","title":"R"}]}"#;
    let (b, d) = decode(text);
    assert!(b.is_none());
    let at = |needle: &str| Location::Offset(text.find(needle).unwrap());
    let found: Vec<(DiagKind, Location)> = d.into_iter().map(|d| (d.kind, d.at)).collect();
    assert_eq!(
        found,
        vec![
            (
                DiagKind::WrongType {
                    expected: Expected::String,
                    found: Found::Number
                },
                at("7")
            ),
            (
                DiagKind::BadDate {
                    value: "2.11.2026".into()
                },
                at("\"2.11.2026\"")
            ),
            (
                DiagKind::UnknownValue {
                    value: "adpot".into(),
                    allowed: crate::model::CycleDecision::NAMES,
                    suggestion: Some("adopt"),
                },
                at("\"adpot\"")
            ),
            (
                DiagKind::BadDate {
                    value: "2026-11-31".into()
                },
                at("\"2026-11-31\"")
            ),
            (
                DiagKind::WrongType {
                    expected: Expected::String,
                    found: Found::Array
                },
                at("[\"a\"]")
            ),
            (
                DiagKind::UnknownValue {
                    value: "spart tid".into(),
                    allowed: crate::model::BenefitKind::NAMES,
                    suggestion: None,
                },
                at("\"spart tid\"")
            ),
            (
                DiagKind::BadDate {
                    value: "snart".into()
                },
                at("\"snart\"")
            ),
            (
                DiagKind::WrongType {
                    expected: Expected::Array,
                    found: Found::String
                },
                at("\"fordi\"")
            ),
            (
                DiagKind::Missing { field: "revision" },
                at("{\"id\":\"r1\"")
            ),
        ]
    );
}

/// The date reader works the digits out itself; chrono's own reading of
/// the same format is the judge, over every month and day number a
/// two-digit field can hold and years at the edges.
#[test]
fn an_iso_date_is_read_as_chrono_reads_the_same_format() {
    let mut checked = 0;
    for year in ["0000", "0001", "1999", "2024", "2026", "2100", "9999"] {
        for month in 0..100 {
            for day in 0..100 {
                let s = format!("{year}-{month:02}-{day:02}");
                let chrono = NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
                assert_eq!(parse_iso_date(&s), chrono, "{s}");
                checked += usize::from(chrono.is_some());
            }
        }
    }
    // 7 years: 5 common (365 days), 2024 and 0000 leap (366); 2100 is not.
    assert_eq!(checked, 5 * 365 + 2 * 366);
    for bad in [
        "2026-1-05",
        "2026-01-5",
        "26-01-05",
        "2026/01/05",
        "2026-01-05T",
        "２０２６-01-05",
    ] {
        assert_eq!(parse_iso_date(bad), None, "{bad}");
    }
}

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

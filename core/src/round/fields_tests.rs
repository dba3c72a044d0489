//! The two keys the round reads, `every` and `measured_by`, as a board file
//! holds them: read and written back with the unknown keys beside them,
//! merged field by field, and a frequency tavle cannot read warned about
//! by `tavle check`'s rules (kept in the file as written).

use serde_json::{Value, json};

use crate::diag::{DiagKind, Location, Severity};
use crate::model::Board;

fn board(indicators: Value) -> Board {
    let v = json!({"tavle": 1, "title": "T", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}], "cards": [], "indicators": indicators});
    crate::decode::board_of(&v)
}

#[test]
fn every_and_measured_by_are_read_and_written_back_with_unknown_keys() {
    let written = json!([{"id": "i", "title": "I", "every": "14 days", "measured_by": "Ola",
                          "kilde": "Visma", "values": []}]);
    let b = board(written.clone());
    assert_eq!(b.indicators[0].every.as_deref(), Some("14 days"));
    assert_eq!(b.indicators[0].measured_by.as_deref(), Some("Ola"));
    let saved = serde_json::to_value(&b).unwrap();
    assert_eq!(saved["indicators"], written);
    // Absent, they are not written.
    let plain = board(json!([{"id": "i", "title": "I", "values": []}]));
    let saved = serde_json::to_value(&plain).unwrap();
    assert_eq!(
        saved["indicators"],
        json!([{"id": "i", "title": "I", "values": []}])
    );
}

#[test]
fn a_frequency_that_is_not_text_is_a_type_error() {
    let v = json!({"tavle": 1, "title": "T", "kind": "drift", "columns": [], "cards": [],
        "indicators": [{"id": "i", "title": "I", "every": 7, "values": []}]});
    let (_, diags) = crate::decode::decode_value(&v);
    assert!(
        diags.iter().any(|d| d.severity == Severity::Error),
        "{diags:?}"
    );
}

#[test]
fn check_warns_at_a_frequency_it_cannot_read_and_only_there() {
    let b = board(json!([
        {"id": "a", "title": "A", "every": "month", "values": []},
        {"id": "b", "title": "B", "every": "hver uke", "values": []},
        {"id": "c", "title": "C", "values": []}
    ]));
    let found: Vec<_> = crate::rules::validate(&b)
        .into_iter()
        .filter(|d| matches!(d.kind, DiagKind::BadEvery { .. }))
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].at, Location::Pointer("/indicators/1/every".into()));
    assert_eq!(
        found[0].kind,
        DiagKind::BadEvery {
            value: "hver uke".into()
        }
    );
}

#[test]
fn the_two_keys_merge_field_by_field() {
    let base = board(json!([{"id": "i", "title": "I", "every": "week", "values": []}]));
    let a = board(json!([{"id": "i", "title": "I", "every": "month", "values": []}]));
    let b = board(
        json!([{"id": "i", "title": "I", "every": "week", "measured_by": "Ola", "values": []}]),
    );
    let want = board(
        json!([{"id": "i", "title": "I", "every": "month", "measured_by": "Ola", "values": []}]),
    );
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = crate::merge::merge(Some(&base), x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged.indicators, want.indicators);
    }
    // Both sides changed `every`: asked, the board's side kept meanwhile.
    let c = board(json!([{"id": "i", "title": "I", "every": "year", "values": []}]));
    let m = crate::merge::merge(Some(&base), &a, &c);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].at.field, "every");
    assert_eq!(m.merged.indicators[0].every.as_deref(), Some("month"));
}

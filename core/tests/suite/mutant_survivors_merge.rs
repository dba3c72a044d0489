//! Tests for mutants that `cargo mutants -p tavle-core` found surviving the
//! rest of the suite (the merge and the ops; docs/mutants.md lists the runs and the
//! other files of survivors). Each test names what it guards; expected
//! values are written out here, not computed by the code under test.

use crate::common::{board, stamp};

#[test]
fn a_merge_lists_changed_columns_and_each_decision_by_its_own_id() {
    use serde_json::json;
    use tavle_core::merge::{Changed, Element, Named, changed};
    let text = |column: &str, decision: &str| {
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"{column}"}}],
               "decisions":[{{"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"{decision}"}},
                            {{"id":"b2","at":"2026-11-23T09:00:00+01:00","text":"Uendret"}}]}}"#
        )
    };
    let before = board(&text("A", "Ring Kari"));
    let after = board(&text("Arbeid", "Ring Ola"));
    assert_eq!(
        changed(&before, &after),
        [
            Changed {
                element: Named {
                    element: Element::Column("a".into()),
                    title: "Arbeid".into(),
                },
                field: "title".into(),
                from: json!("A"),
                to: json!("Arbeid"),
            },
            Changed {
                element: Named {
                    element: Element::Decision("b1".into()),
                    title: "Ring Ola".into(),
                },
                field: "text".into(),
                from: json!("Ring Kari"),
                to: json!("Ring Ola"),
            },
        ]
    );
}

#[test]
fn decisions_added_on_both_sides_are_merged_in_the_order_they_were_made() {
    let with = |extra: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Først"}},{extra}]}}"#
        ))
    };
    // The board's new decision has the lower id but was made a day later.
    let ours = with(r#"{"id":"b2","at":"2026-11-25T09:00:00+01:00","text":"Vår"}"#);
    let theirs = with(r#"{"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"Deres"}"#);
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(None, a, b);
        let ids: Vec<&str> = m.merged.decisions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["b1", "b3", "b2"]);
    }
}

#[test]
fn archiving_a_card_by_a_patch_is_logged_as_archived_and_restoring_as_restored() {
    use tavle_core::ops::{CardOp, CardPatch, Change, Op, Stamp, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Ring Kari","column":"a","light":"red"}]}"#,
    );
    let stamp = Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let set = |archived: bool| {
        Op::Card(CardOp::Set {
            id: "k1".into(),
            patch: CardPatch {
                archived: Some(archived),
                ..CardPatch::default()
            },
        })
    };
    let change = apply(&mut b, &set(true), &stamp).unwrap().change;
    assert_eq!(
        change,
        Change::Archived {
            card: "k1".into(),
            title: "Ring Kari".into()
        }
    );
    let change = apply(&mut b, &set(false), &stamp).unwrap().change;
    assert_eq!(
        change,
        Change::Restored {
            card: "k1".into(),
            title: "Ring Kari".into()
        }
    );
}

fn merge_board(fields: serde_json::Value) -> tavle_core::model::Board {
    let mut v = serde_json::json!({"tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}]});
    if let (Some(m), serde_json::Value::Object(f)) = (v.as_object_mut(), fields) {
        m.extend(f);
    }
    board(&v.to_string())
}

fn card_ids(b: &tavle_core::model::Board) -> Vec<&str> {
    b.cards.iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn an_unknown_field_added_on_one_side_is_merged_in() {
    use serde_json::json;
    let plain = merge_board(json!({"cards": [{"id": "k1", "title": "En", "column": "a"}]}));
    let marked =
        merge_board(json!({"cards": [{"id": "k1", "title": "En", "column": "a", "x-n": 1}]}));
    for (a, b) in [(&marked, &plain), (&plain, &marked)] {
        let m = tavle_core::merge::merge(Some(&plain), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged.cards[0].extra.get("x-n"), Some(&json!(1)));
    }
}

#[test]
fn a_decision_removed_on_one_side_is_kept_as_a_record() {
    use serde_json::json;
    use tavle_core::merge::{Element, Note, NoteKind, Side, merge};
    let with = merge_board(json!({"decisions": [
        {"id": "b1", "at": "2026-11-20T09:00:00+01:00", "text": "Ring"}]}));
    let without = merge_board(json!({}));
    let m = merge(Some(&with), &with, &without);
    assert_eq!(m.merged.decisions.len(), 1);
    assert_eq!(
        m.kept_edits,
        [Note {
            element: Element::Decision("b1".into()),
            kind: NoteKind::KeptRecord {
                removed_on: Some(Side::Copy)
            },
        }]
    );
}

#[test]
fn moves_on_both_sides_in_the_middle_of_a_list_are_both_kept() {
    use serde_json::json;
    let cards = |ids: &[&str]| {
        let list: Vec<serde_json::Value> = ids
            .iter()
            .map(|id| json!({"id": id, "title": id.to_uppercase(), "column": "a"}))
            .collect();
        merge_board(json!({ "cards": list }))
    };
    let base = cards(&["k1", "k2", "k3", "k4", "k5", "k6", "k7"]);
    // The board moved k2 to after k4; the copy moved k6 to after k3.
    let ours = cards(&["k1", "k3", "k4", "k2", "k5", "k6", "k7"]);
    let theirs = cards(&["k1", "k2", "k3", "k6", "k4", "k5", "k7"]);
    let want = ["k1", "k3", "k6", "k4", "k2", "k5", "k7"];
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(Some(&base), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(card_ids(&m.merged), want);
    }
}

#[test]
fn column_ids_spell_out_the_nordic_and_accented_letters() {
    use tavle_core::ops::column_id;
    assert_eq!(column_id("Venter på andre", &[]), "venter-pa-andre");
    assert_eq!(column_id("Ærlig", &[]), "aerlig");
    assert_eq!(column_id("Møte Öst", &[]), "mote-ost");
    assert_eq!(column_id("Café à la", &[]), "cafe-a-la");
    assert_eq!(column_id("Übung Núm", &[]), "ubung-num");
    assert_eq!(column_id("Übung", &["ubung"]), "ubung-2");
}

#[test]
fn a_decision_put_back_goes_between_the_older_and_the_newer() {
    use tavle_core::ops::{DecisionOp, Op, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"En"},
                        {"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"Tre"}]}"#,
    );
    let mut d = b.decisions[0].clone();
    d.id = "b2".into();
    d.at = tavle_core::model::Timestamp::parse("2026-11-22T09:00:00+01:00").unwrap();
    apply(
        &mut b,
        &Op::Decision(DecisionOp::Insert(Box::new(d))),
        &stamp(),
    )
    .unwrap();
    let ids: Vec<&str> = b.decisions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["b1", "b2", "b3"]);
}

#[test]
fn a_value_for_a_date_between_two_others_goes_between_them() {
    use tavle_core::ops::{IndicatorOp, Op, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i","title":"Fall","values":[
             {"date":"2026-11-02","value":1},{"date":"2026-11-16","value":3}]}]}"#,
    );
    let date = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let op = Op::Indicator(IndicatorOp::Measure {
        indicator: "i".into(),
        date: date(9),
        value: 2.0,
    });
    apply(&mut b, &op, &stamp()).unwrap();
    let dates: Vec<_> = b.indicators[0].values.iter().map(|m| m.date).collect();
    assert_eq!(dates, [date(2), date(9), date(16)]);
}

#[test]
fn a_column_order_asked_in_a_merge_shows_the_column_ids() {
    use serde_json::json;
    let cols = |order: [&str; 2]| {
        let list: Vec<serde_json::Value> = order
            .iter()
            .map(|c| json!({"id": c, "title": c.to_uppercase()}))
            .collect();
        merge_board(json!({ "columns": list }))
    };
    let m = tavle_core::merge::merge(None, &cols(["a", "b"]), &cols(["b", "a"]));
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].board, json!(["a", "b"]));
    assert_eq!(m.conflicts[0].copy, json!(["b", "a"]));
}

/// Two orders of the same cards and no base: the side that edited a moved
/// card (or its neighbour, before or after) last settles the order. Here
/// the copy edited `d` last — `d` did not move, but the card after it did —
/// while the board's last edit was to a card whose neighbours are the same
/// on both sides (`a`), which says nothing about the order.
#[test]
fn without_a_base_the_side_that_last_edited_around_the_moves_settles_the_order() {
    use serde_json::json;
    let cards = |order: &[&str], edits: &[(&str, &str)]| {
        let list: Vec<serde_json::Value> = order
            .iter()
            .map(|id| {
                let mut c = json!({"id": id, "title": id.to_uppercase(), "column": "a"});
                if let Some((_, at)) = edits.iter().find(|(k, _)| k == id) {
                    c["updated"] = json!(at);
                }
                c
            })
            .collect();
        merge_board(json!({ "cards": list }))
    };
    let ours = cards(
        &["a", "b", "c", "d", "e", "f"],
        &[
            ("a", "2026-11-24T12:00:00+01:00"),
            ("e", "2026-11-24T10:30:00+01:00"),
            ("f", "2026-11-24T10:30:00+01:00"),
        ],
    );
    let theirs = cards(
        &["a", "b", "c", "d", "f", "e"],
        &[
            ("d", "2026-11-24T11:00:00+01:00"),
            ("e", "2026-11-24T10:00:00+01:00"),
            ("f", "2026-11-24T10:00:00+01:00"),
        ],
    );
    // d, e and f have other neighbours on the two sides; the latest edit
    // among them is the copy's 11:00 on d, so the copy's order stands.
    let want = ["a", "b", "c", "d", "f", "e"];
    for (x, y) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(None, x, y);
        assert_eq!(card_ids(&m.merged), want);
    }
}

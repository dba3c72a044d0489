//! Each merge rule on small hand-written boards.

use serde_json::{Value, json};

use super::*;
use crate::model::Board;

/// A board from the fields given on top of a minimal valid board.
fn board(fields: Value) -> Board {
    let mut v = json!({"tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]});
    if let (Some(m), Value::Object(f)) = (v.as_object_mut(), fields) {
        m.extend(f);
    }
    crate::decode::board_of(&v)
}

fn card(id: &str, title: &str) -> Value {
    json!({"id": id, "title": title, "column": "a"})
}

fn ids(b: &Board) -> Vec<&str> {
    b.cards.iter().map(|c| c.id.as_str()).collect()
}

fn paths(m: &Merge) -> Vec<(Element, String)> {
    m.conflicts
        .iter()
        .map(|c| (c.at.element.clone(), c.at.field.clone()))
        .collect()
}

fn field(id: &str, name: &str) -> (Element, String) {
    (Element::Card(id.into()), name.into())
}

#[test]
fn a_change_on_one_side_is_taken_from_either_side() {
    let base = board(json!({"cards": [card("k1", "Ring"), card("k2", "Skriv")]}));
    let a = board(json!({"cards": [card("k1", "Ring Kari"), card("k2", "Skriv")]}));
    let b = board(
        json!({"title": "Drift nord", "cards": [card("k1", "Ring"), card("k2", "Skriv plan")]}),
    );
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = merge(Some(&base), x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged.title, "Drift nord");
        assert_eq!(m.merged.cards[0].title, "Ring Kari");
        assert_eq!(m.merged.cards[1].title, "Skriv plan");
        assert_eq!(resolve(&m, |_| Side::Copy), m.merged);
    }
}

#[test]
fn a_field_changed_differently_on_both_sides_is_a_conflict_to_choose() {
    let base = board(json!({"cards": [card("k1", "Ring")]}));
    let a = board(json!({"cards": [card("k1", "Ring Kari")]}));
    let b = board(json!({"cards": [card("k1", "Ring Per")]}));
    let m = merge(Some(&base), &a, &b);
    assert_eq!(paths(&m), [field("k1", "title")]);
    let c = &m.conflicts[0];
    assert_eq!(
        (c.base.clone(), c.board.clone(), c.copy.clone()),
        (Some(json!("Ring")), json!("Ring Kari"), json!("Ring Per"))
    );
    assert_eq!(m.merged.cards[0].title, "Ring Kari");
    assert_eq!(resolve(&m, |_| Side::Copy).cards[0].title, "Ring Per");
    assert_eq!(resolve(&m, |_| Side::Board), m.merged);
}

#[test]
fn without_a_base_every_differing_field_is_asked() {
    let a = board(
        json!({"unit": "Sone nord", "columns": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
        "cards": [card("k1", "Ring Kari")]}),
    );
    let b = board(
        json!({"columns": [{"id": "a", "title": "I dag"}, {"id": "b", "title": "B"}],
        "cards": [card("k1", "Ring Kari")]}),
    );
    let m = merge(None, &a, &b);
    let want = [
        (Element::Board, "unit".to_string()),
        (Element::Column("a".into()), "title".to_string()),
    ];
    let mut got = paths(&m);
    got.sort();
    assert_eq!(got, want);
    let both = resolve(&m, |c| {
        if c.at.field == "title" {
            Side::Copy
        } else {
            Side::Board
        }
    });
    assert_eq!(
        (both.unit.as_deref(), both.columns[0].title.as_str()),
        (Some("Sone nord"), "I dag")
    );
}

#[test]
fn one_id_never_makes_two_different_cards_or_decisions_one() {
    // No common ancestor: k1 differs in more than bookkeeping on the two
    // sides (equal or missing creation times say nothing), and so does b1.
    let made = "2026-11-24T08:00:00+01:00";
    let a = board(
        json!({"cards": [{"id": "k1", "title": "Ring Kari", "column": "a", "created": made}],
        "decisions": [{"id": "b1", "at": made, "text": "Vi bestiller rullator"}]}),
    );
    let b = board(
        json!({"cards": [{"id": "k1", "title": "Ring Kari", "column": "b", "owner": "Per", "created": made}],
        "decisions": [{"id": "b1", "at": made, "text": "Vi venter med rullator"}]}),
    );
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = merge(None, x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged.cards.len(), 2, "both cards kept");
        assert_eq!(m.merged.decisions.len(), 2, "both decisions kept");
        let texts: Vec<&str> = m.merged.decisions.iter().map(|d| d.text.as_str()).collect();
        assert!(
            texts.contains(&"Vi bestiller rullator") && texts.contains(&"Vi venter med rullator")
        );
        let from: Vec<&str> = m.renamed.iter().map(|r| r.from.as_str()).collect();
        assert_eq!(from, ["k1", "b1"]);
    }
    // The same card in every field but bookkeeping is one card.
    let m = merge(None, &a, &a);
    assert_eq!((m.merged.cards.len(), m.renamed.len()), (1, 0));
}

#[test]
fn bookkeeping_fields_are_settled_without_asking() {
    let stamped = |at: &str, by: &str| {
        json!({"id": "k1", "title": "Ring", "column": "a", "created": "2026-11-01T08:00:00+01:00",
            "updated": at, "updated_by": by})
    };
    let decided = |done: Value, corrections: Value| {
        json!({"id": "b1", "at": "2026-11-02T08:00:00+01:00", "text": "Ny tekst", "done": done["done"],
            "done_at": done["at"], "corrections": corrections})
    };
    let fix = |at: &str, text: &str| json!({"at": at, "text": text});
    let a = board(json!({
        "cards": [stamped("2026-11-24T08:00:00+01:00", "Kari")],
        "decisions": [decided(json!({"done": true, "at": "2026-11-20T10:00:00+01:00"}),
            json!([fix("2026-11-03T08:00:00+01:00", "Første")]))]
    }));
    let b = board(json!({
        "cards": [stamped("2026-11-24T07:30:00Z", "Per")],
        "decisions": [decided(json!({"done": false}),
            json!([fix("2026-11-03T08:00:00+01:00", "Første"), fix("2026-11-04T08:00:00+01:00", "Andre")]))]
    }));
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = merge(None, x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        // 07:30Z is 08:30 in Oslo, later than Kari's 08:00.
        let c = &m.merged.cards[0];
        assert_eq!(
            (
                c.updated.as_ref().map(|t| t.as_str()),
                c.updated_by.as_deref()
            ),
            (Some("2026-11-24T07:30:00Z"), Some("Per"))
        );
        let d = &m.merged.decisions[0];
        assert!(d.done);
        assert_eq!(
            d.done_at.as_ref().map(|t| t.as_str()),
            Some("2026-11-20T10:00:00+01:00")
        );
        let texts: Vec<&str> = d.corrections.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Første", "Andre"]);
    }
}

#[test]
fn additions_from_both_sides_are_kept_in_one_order() {
    let base = board(json!({"cards": [card("k1", "En"), card("k2", "To")]}));
    let a = board(json!({"cards": [card("k1", "En"), card("x", "Fra brettet"), card("k2", "To")]}));
    let b = board(
        json!({"cards": [card("k1", "En"), card("k2", "To"), card("y", "Fra kopien")],
        "goals": [{"id": "g1", "title": "Mål"}]}),
    );
    let m = merge(Some(&base), &a, &b);
    let n = merge(Some(&base), &b, &a);
    assert_eq!(ids(&m.merged), ["k1", "x", "k2", "y"]);
    assert_eq!(m.merged, n.merged);
    assert_eq!(
        m.added_from_copy,
        Added {
            cards: 1,
            goals: 1,
            ..Added::default()
        }
    );
    // Without a base the shared cards agree on their order; the rest is placed
    // after its neighbour on its own side.
    assert_eq!(ids(&merge(None, &a, &b).merged), ["k1", "x", "k2", "y"]);
}

#[test]
fn a_move_on_one_side_is_kept_and_moving_the_same_card_twice_is_settled() {
    let base = board(json!({"cards": [card("k1", "En"), card("k2", "To"), card("k3", "Tre")]}));
    let a = board(json!({"cards": [card("k2", "To"), card("k3", "Tre"), card("k1", "En")]}));
    let b = board(
        json!({"cards": [card("k1", "En"), card("k3", "Tre"), card("k2", "To"), card("k4", "Fire")]}),
    );
    let m = merge(Some(&base), &a, &b);
    // k1 moved on the board (after k3), k2 on the copy (after k3): both moves are
    // kept; what lands after k3 from both sides is interleaved by id.
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(ids(&m.merged), ["k3", "k1", "k2", "k4"]);
    assert_eq!(merge(Some(&base), &b, &a).merged, m.merged);
    // k1 moved to different places on both sides: an order alone is not a
    // conflict. Without times, the smaller order of ids, either way round.
    let c = board(json!({"cards": [card("k2", "To"), card("k1", "En"), card("k3", "Tre")]}));
    let m = merge(Some(&base), &a, &c);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(ids(&m.merged), ["k2", "k1", "k3"]);
    assert_eq!(merge(Some(&base), &c, &a).merged, m.merged);
}

#[test]
fn the_order_of_cards_alone_is_never_asked_the_later_move_wins() {
    let at = |id: &str, title: &str, when: &str| json!({"id": id, "title": title, "column": "a", "updated": when});
    let early = "2026-11-24T08:00:00+01:00";
    let (nine, ten) = ("2026-11-24T09:00:00+01:00", "2026-11-24T10:00:00+01:00");
    let base = board(
        json!({"cards": [at("k1", "En", early), at("k2", "To", early), at("k3", "Tre", early)]}),
    );
    // The board moved k1 last at nine; the copy moved k1 to the front of k3 at ten.
    let a = board(
        json!({"cards": [at("k2", "To", early), at("k3", "Tre", early), at("k1", "En", nine)]}),
    );
    let b = board(
        json!({"cards": [at("k2", "To", early), at("k1", "En", ten), at("k3", "Tre", early)]}),
    );
    for base in [Some(&base), None] {
        let m = merge(base, &a, &b);
        assert!(paths(&m).is_empty(), "{:?}", m.conflicts);
        assert_eq!(ids(&m.merged), ["k2", "k1", "k3"], "the copy moved last");
        assert_eq!(merge(base, &b, &a).merged, m.merged);
    }
    // The other way round in time: the board's order.
    let b = board(
        json!({"cards": [at("k2", "To", early), at("k1", "En", early), at("k3", "Tre", early)]}),
    );
    let a = board(
        json!({"cards": [at("k2", "To", early), at("k3", "Tre", early), at("k1", "En", ten)]}),
    );
    let m = merge(None, &a, &b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(ids(&m.merged), ["k2", "k3", "k1"]);
    // Columns are laid out by hand: their order is still asked.
    let cols = |order: [&str; 2]| {
        board(
            json!({"columns": order.iter().map(|c| json!({"id": c, "title": c})).collect::<Vec<_>>()}),
        )
    };
    let m = merge(None, &cols(["a", "b"]), &cols(["b", "a"]));
    assert_eq!(paths(&m), [(Element::Board, "columns".to_string())]);
}

#[test]
fn a_removal_on_one_side_is_asked_unless_the_other_side_changed_it() {
    let base = board(json!({"cards": [card("k1", "En"), card("k2", "To")]}));
    let a = board(json!({"cards": [card("k1", "En")]}));
    let same = board(json!({"cards": [card("k1", "En"), card("k2", "To")]}));
    let edited = board(json!({"cards": [card("k1", "En"), card("k2", "To, endret")]}));
    // The copy removed k2, which the board kept as it was: asked, and the
    // board's side (keep it) is what the merge shows until someone chooses.
    let m = merge(Some(&base), &same, &a);
    assert_eq!(paths(&m), [field("k2", WHOLE)]);
    let c = &m.conflicts[0];
    assert_eq!(c.copy, Value::Null, "the removed side is null");
    assert_eq!(c.board, serde_json::to_value(&same.cards[1]).unwrap());
    assert_eq!(ids(&m.merged), ["k1", "k2"]);
    assert_eq!(ids(&resolve(&m, |_| Side::Copy)), ["k1"]);
    assert_eq!(removed(&same, &resolve(&m, |_| Side::Copy)).len(), 1);
    // The board removed it, the copy kept it as it was: asked the other way.
    let m = merge(Some(&base), &a, &same);
    assert_eq!(paths(&m), [field("k2", WHOLE)]);
    assert_eq!(ids(&m.merged), ["k1"]);
    assert_eq!(ids(&resolve(&m, |_| Side::Copy)), ["k1", "k2"]);
    // Removed on one side, edited on the other: kept, and said.
    let m = merge(Some(&base), &a, &edited);
    assert!(m.conflicts.is_empty());
    assert_eq!(ids(&m.merged), ["k1", "k2"]);
    let note = Note {
        element: Element::Card("k2".into()),
        kind: NoteKind::KeptEdited {
            removed_on: Side::Board,
        },
    };
    assert_eq!(m.kept_edits, [note]);
}

#[test]
fn a_base_that_a_sides_history_does_not_name_is_not_trusted() {
    let base = board(json!({"cards": [card("k1", "En")]}));
    let mut mine = board(json!({"cards": [card("k1", "En, endret")]}));
    let mut copy = board(json!({"cards": [card("k1", "En")]}));
    let base_id = crate::revision::id(&base);
    mine.revisions = vec![crate::revision::id(&mine), base_id.clone()];
    copy.revisions = vec![base_id];
    assert!(merge(Some(&base), &mine, &copy).three_way);
    assert!(merge(Some(&base), &mine, &copy).conflicts.is_empty());
    // A base neither history names (planted, or another board's): ignored,
    // so nothing is taken as changed on one side only — without a common
    // ancestor the two versions of k1 are both kept.
    let stranger = board(json!({"cards": [card("k1", "En"), card("x9", "Annet")]}));
    let m = merge(Some(&stranger), &mine, &copy);
    assert!(!m.three_way);
    let mut titles: Vec<&str> = m.merged.cards.iter().map(|c| c.title.as_str()).collect();
    titles.sort_unstable();
    assert_eq!(titles, ["En", "En, endret"]);
}

#[test]
fn decisions_and_values_are_never_dropped() {
    let with = board(json!({
        "decisions": [{"id": "b1", "at": "2026-11-02T08:00:00+01:00", "text": "Vedtatt"}],
        "indicators": [{"id": "i1", "title": "Fall", "values": [{"date": "2026-10-31", "value": 2.8}]}]
    }));
    let without = board(json!({"indicators": [{"id": "i1", "title": "Fall", "values": []}]}));
    for (x, y) in [(&with, &without), (&without, &with)] {
        let m = merge(Some(&with), x, y);
        assert_eq!(m.merged.decisions.len(), 1);
        assert_eq!(m.merged.indicators[0].values.len(), 1);
        assert_eq!(m.kept_edits.len(), 2, "{:?}", m.kept_edits);
    }
    // Removed on both sides: still kept.
    let m = merge(Some(&with), &without, &without);
    assert_eq!(
        (
            m.merged.decisions.len(),
            m.merged.indicators[0].values.len()
        ),
        (1, 1)
    );
}

#[test]
fn values_merge_by_date() {
    let value = |date: &str, v: f64| json!({"date": date, "value": v});
    let ind = |values: Value| {
        board(json!({"indicators": [{"id": "i1", "title": "Fall", "values": values}]}))
    };
    let base = ind(json!([value("2026-09-30", 3.1)]));
    let a = ind(json!([value("2026-09-30", 3.1), value("2026-10-31", 2.8)]));
    let b = ind(json!([
        value("2026-09-30", 3.1),
        value("2026-10-15", 2.9),
        value("2026-10-31", 2.7)
    ]));
    let m = merge(Some(&base), &a, &b);
    let dates: Vec<String> = m.merged.indicators[0]
        .values
        .iter()
        .map(|v| v.date.to_string())
        .collect();
    assert_eq!(dates, ["2026-09-30", "2026-10-15", "2026-10-31"]);
    let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
    let at = Element::Value {
        indicator: "i1".into(),
        date,
    };
    assert_eq!(paths(&m), [(at, "value".to_string())]);
    assert_eq!(
        resolve(&m, |_| Side::Copy).indicators[0].values[2].value,
        2.7
    );
}

#[test]
fn an_archive_against_an_edit_keeps_the_edit_visible() {
    let base = board(json!({"cards": [card("k1", "Ring")]}));
    let archived =
        board(json!({"cards": [{"id": "k1", "title": "Ring", "column": "a", "archived": true}]}));
    let edited = board(json!({"cards": [{"id": "k1", "title": "Ring", "column": "b"}]}));
    for (x, y, side) in [
        (&archived, &edited, Side::Board),
        (&edited, &archived, Side::Copy),
    ] {
        let m = merge(Some(&base), x, y);
        assert!(m.conflicts.is_empty());
        let c = &m.merged.cards[0];
        assert_eq!((c.archived, c.column.as_str()), (false, "b"));
        assert_eq!(
            m.kept_edits[0].kind,
            NoteKind::Unarchived { archived_on: side }
        );
    }
    // Archived with nothing edited on the other side: archived.
    let m = merge(Some(&base), &archived, &base);
    assert!(m.merged.cards[0].archived && m.kept_edits.is_empty());
}

#[test]
fn two_different_cards_with_one_id_are_both_kept() {
    let added =
        |title: &str, at: &str| json!({"id": "k2", "title": title, "column": "a", "created": at});
    let base = board(json!({"cards": [card("k1", "En")]}));
    let a = board(
        json!({"cards": [card("k1", "En"), added("Fra brettet", "2026-11-24T08:00:00+01:00")]}),
    );
    let b = board(
        json!({"cards": [card("k1", "En"), added("Fra kopien", "2026-11-24T09:00:00+01:00")],
        "decisions": [{"id": "b1", "at": "2026-11-24T09:01:00+01:00", "text": "Gjør det", "card": "k2"}]}),
    );
    let m = merge(Some(&base), &a, &b);
    assert!(m.conflicts.is_empty());
    let titles: Vec<(&str, &str)> = m
        .merged
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [("k1", "En"), ("k2", "Fra brettet"), ("k3", "Fra kopien")]
    );
    assert_eq!(m.merged.decisions[0].card.as_deref(), Some("k3"));
    assert_eq!(
        m.renamed,
        [Renamed {
            element: Element::Card("k3".into()),
            from: "k2".into()
        }]
    );
    // Without a base the different creation times tell them apart too.
    assert_eq!(ids(&merge(None, &a, &b).merged), ["k1", "k2", "k3"]);
    // The same card (same creation time) edited on both sides is one card.
    let same = board(
        json!({"cards": [card("k1", "En"), added("Fra brettet", "2026-11-24T08:00:00+01:00")]}),
    );
    assert_eq!(ids(&merge(Some(&base), &a, &same).merged), ["k1", "k2"]);
}

#[test]
fn unknown_fields_merge_key_by_key() {
    let base = board(
        json!({"x-a": 1, "x-gone": "old", "cards": [{"id": "k1", "title": "En", "column": "a", "x-n": 1}]}),
    );
    let a = board(
        json!({"x-a": 2, "x-b": true, "cards": [{"id": "k1", "title": "En", "column": "a", "x-n": 2}]}),
    );
    let b = board(
        json!({"x-a": 3, "x-gone": "new", "x-c": [1], "cards": [{"id": "k1", "title": "En", "column": "a", "x-n": 1}]}),
    );
    let m = merge(Some(&base), &a, &b);
    let mut got = paths(&m);
    got.sort();
    assert_eq!(
        got,
        [
            (Element::Board, "x-a".to_string()),
            (Element::Board, "x-gone".to_string())
        ]
    );
    let gone = m.conflicts.iter().find(|c| c.at.field == "x-gone").unwrap();
    assert_eq!((&gone.board, &gone.copy), (&Value::Null, &json!("new")));
    let merged = resolve(&m, |_| Side::Copy);
    let keys: Vec<&str> = merged.extra.keys().map(String::as_str).collect();
    // After the shared key, the rest is interleaved by key.
    assert_eq!(keys, ["x-a", "x-b", "x-gone", "x-c"]);
    assert_eq!(merged.extra["x-a"], json!(3));
    assert_eq!(merged.cards[0].extra["x-n"], json!(2));
    assert!(!m.merged.extra.contains_key("x-gone"));
}

#[test]
fn the_meeting_merges_as_fields() {
    let base = board(json!({"meeting": {"minutes": 15, "agenda": ["Bemanning"]}}));
    let a = board(json!({"meeting": {"minutes": 10, "agenda": ["Bemanning"]}}));
    let b = board(
        json!({"meeting": {"minutes": 15, "agenda": ["Bemanning", "Avvik"], "goal": "Trygg drift"}}),
    );
    let m = merge(Some(&base), &a, &b);
    assert!(m.conflicts.is_empty());
    let meeting = m.merged.meeting.unwrap();
    assert_eq!(
        (
            meeting.minutes,
            meeting.agenda.len(),
            meeting.goal.as_deref()
        ),
        (Some(10), 2, Some("Trygg drift"))
    );
}

#[test]
fn merging_a_board_with_itself_changes_nothing() {
    let x = board(
        json!({"unit": "Nord", "x-y": {"z": 1}, "cards": [card("k2", "To"), card("k1", "En")],
        "decisions": [{"id": "b1", "at": "2026-11-02T08:00:00+01:00", "text": "Vedtatt",
            "corrections": [{"at": "2026-11-03T08:00:00+01:00", "text": "Før"}]}]}),
    );
    for base in [Some(&x), None] {
        let m = merge(base, &x, &x);
        assert_eq!(m.merged, x);
        assert!(m.conflicts.is_empty() && m.kept_edits.is_empty() && m.renamed.is_empty());
        assert_eq!(m.added_from_copy, Added::default());
    }
}

#[test]
fn a_time_ordered_list_in_two_orders_is_settled_the_same_way_both_ways() {
    let decision = |id: &str, at: &str| json!({"id": id, "at": at, "text": id});
    let one = decision("b1", "2026-11-02T08:00:00+01:00");
    let two = decision("b2", "2026-11-03T08:00:00+01:00");
    let a = board(json!({"decisions": [one, two], "x-a": 1, "x-b": 2}));
    let b = board(json!({"decisions": [two, one], "x-b": 2, "x-a": 1}));
    let (m, n) = (merge(None, &a, &b), merge(None, &b, &a));
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.merged, n.merged);
    let order: Vec<&str> = m.merged.decisions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(order, ["b1", "b2"]);
    let keys: Vec<&String> = n.merged.extra.keys().collect();
    assert_eq!(keys, ["x-a", "x-b"]);
}

/// Merges a 1000-card board whose sides each moved, edited and added cards; run
/// with `cargo test --release --lib merge -- --ignored --nocapture`.
#[test]
#[ignore]
#[allow(
    clippy::disallowed_methods,
    reason = "an ignored timing run, not domain code"
)]
fn a_large_board_merges_quickly() {
    let cards: Vec<Value> = (1..=1000)
        .map(|n| {
            json!({"id": format!("k{n}"), "title": format!("Tiltak {n}"), "column": "a",
            "created": format!("2026-01-01T08:{:02}:{:02}+01:00", n / 60 % 60, n % 60)})
        })
        .collect();
    let base = board(json!({"cards": cards}));
    let (mut a, mut b) = (base.clone(), base.clone());
    for n in 0..20 {
        a.cards[n * 37].title.push_str(" (endret)");
        b.cards[n * 41 + 5].owner = Some("Per".into());
    }
    let moved = a.cards.remove(3);
    a.cards.push(moved);
    let moved = b.cards.remove(500);
    b.cards.insert(10, moved);
    let start = std::time::Instant::now();
    let m = merge(Some(&base), &a, &b);
    let three = start.elapsed();
    let start = std::time::Instant::now();
    let n = merge(None, &a, &b);
    let two = start.elapsed();
    assert!(m.conflicts.is_empty());
    assert_eq!(n.conflicts.len(), 41);
    println!("1000 cards: three-way {three:?}, two-way {two:?}");
}

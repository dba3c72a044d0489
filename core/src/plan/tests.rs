//! Tests of [`super`]: the plan's rows, honest lights and counts.

use super::*;
use crate::analyze as store;

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "columns":[{"id":"a","title":"A"},{"id":"ferdig","title":"F","done":true}],
      "goals":[{"id":"m1","title":"Hovedmål","target":"50 %","due":"2027-06-01"},
               {"id":"m1-1","title":"Delmål","parent":"m1"},
               {"id":"m2","title":"Satt for hånd","light":"green","target":"x","due":"2027-01-01"},
               {"id":"m3","title":"Alt ferdig","target":"x","due":"2027-01-01"}],
      "cards":[{"id":"k1","title":"Grønn","column":"a","goal":"m1","light":"green","owner":"Kari","due":"2026-12-01"},
               {"id":"k2","title":"Gul i delmål","column":"a","goal":"m1-1","light":"yellow","owner":"Ola","due":"2026-12-10"},
               {"id":"k3","title":"Grønn men forfalt","column":"a","goal":"m2","light":"green","owner":"Kari","due":"2026-11-01"},
               {"id":"k4","title":"Ferdig","column":"ferdig","goal":"m3","light":"red","due":"2026-11-01"},
               {"id":"k5","title":"Uten mål","column":"a"}]}"#;
    store::analyze_text(text).0.unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

#[test]
fn the_plan_indents_measures_under_their_goal_and_sub_goals_under_theirs() {
    let b = board();
    let depths: Vec<(String, usize)> = (rows(&b, today()).into_iter())
        .filter_map(|r| match r {
            Row::Goal { goal, depth, .. } => Some((goal.id.clone(), depth)),
            Row::Measure { card, depth, .. } => Some((card.id.clone(), depth)),
            _ => None,
        })
        .collect();
    let want: Vec<(String, usize)> = [
        ("m1", 0),
        ("k1", 1),
        ("m1-1", 1),
        ("k2", 2),
        ("m2", 0),
        ("k3", 1),
        ("m3", 0),
        ("k4", 1),
        // A measure serving no goal, under its own heading.
        ("k5", 1),
    ]
    .iter()
    .map(|(id, d)| (id.to_string(), *d))
    .collect();
    assert_eq!(depths, want);
}

#[test]
fn overdue_and_not_done_is_red_whatever_was_set_by_hand() {
    let b = board();
    let s = card_status(&b, b.card("k3").unwrap(), today());
    assert_eq!(
        (s.light, s.overdue, s.source),
        (Some(Light::Red), true, Source::Deadline)
    );
    // The light set by hand stays known, and why it is overridden.
    assert_eq!(s.set, b.card("k3").unwrap().light);
    assert_eq!(s.overridden(), Some(Why::Deadline));
    // Done cards are never overdue.
    let s = card_status(&b, b.card("k4").unwrap(), today());
    assert!(s.done && !s.overdue);
    let s = card_status(&b, b.card("k1").unwrap(), today());
    assert_eq!((s.light, s.source), (Some(Light::Green), Source::Hand));
    assert_eq!(
        card_status(&b, b.card("k5").unwrap(), today()).source,
        Source::Unset
    );
}

#[test]
fn goals_roll_up_the_worst_open_light_unless_set_by_hand() {
    let b = board();
    let g = |id| goal_status(&b, b.goal(id).unwrap(), today());
    // m1 has a green measure and a sub-goal with a yellow one: yellow, derived.
    assert_eq!(
        (g("m1").light, g("m1").source),
        (Some(Light::Yellow), Source::Derived)
    );
    assert_eq!(g("m1-1").light, Some(Light::Yellow));
    // m2 is green by hand even though its measure is overdue, but says it is overdue.
    assert_eq!(
        (g("m2").light, g("m2").source, g("m2").overdue),
        (Some(Light::Green), Source::Hand, true)
    );
    // m3: every measure done: done, and its red done card does not colour it.
    assert!(g("m3").done);
    assert_eq!(g("m3").light, None);
}

#[test]
fn smart_gaps_are_named() {
    let b = board();
    assert_eq!(card_missing(&b, b.card("k1").unwrap()), vec![]);
    assert_eq!(
        card_missing(&b, b.card("k2").unwrap()),
        vec![Missing::Target]
    );
    assert_eq!(
        card_missing(&b, b.card("k5").unwrap()),
        vec![Missing::Owner, Missing::Deadline, Missing::Target]
    );
    assert_eq!(
        goal_missing(b.goal("m1-1").unwrap()),
        vec![Missing::Target, Missing::Deadline]
    );
}

#[test]
fn rows_follow_the_tree_and_end_with_cards_without_goal() {
    let b = board();
    let ids: Vec<_> = rows(&b, today())
        .iter()
        .map(|r| r.id().unwrap_or("-").to_string())
        .collect();
    assert_eq!(
        ids,
        ["m1", "k1", "m1-1", "k2", "m2", "k3", "m3", "k4", "-", "k5"]
    );
}

#[test]
fn a_loop_of_parents_does_not_hang() {
    let text = r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
      "goals":[{"id":"a","title":"A","parent":"b"},{"id":"b","title":"B","parent":"a"}]}"#;
    let b = store::analyze_text(text).0.unwrap();
    assert_eq!(rows(&b, today()).len(), 2);
    goal_status(&b, b.goal("a").unwrap(), today());
}

#[test]
fn counts_are_honest_and_filter_by_owner() {
    let b = board();
    let c = counts(&b, today(), None);
    assert_eq!(
        c,
        Counts {
            red: 1,
            yellow: 1,
            green: 1,
            none: 1,
            done: 1,
            overdue: 1
        }
    );
    let kari = counts(&b, today(), Some("kari"));
    assert_eq!((kari.red, kari.green, kari.yellow), (1, 1, 0));
    let next: Vec<_> = next_deadlines(&b, today(), None, 2)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(next, ["k3", "k1"]);
}

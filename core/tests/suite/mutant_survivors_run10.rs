//! Tests for the survivors of run 10 (shard 3/6 of `tavle-core`, see
//! docs/mutants.md). Each fails on its mutant; the expected values are
//! written out by hand.

use crate::common::{board, day};

use chrono::NaiveDate;
use tavle_core::log::Logged;
use tavle_core::model::Light;
use tavle_core::ops::Change;

/// `changes.rs` `||` → `&&` in `since`: only a light that became red is
/// "turned red"; a card that went from green to yellow is not.
#[test]
fn a_card_that_turned_yellow_is_not_turned_red() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Gul","column":"a","light":"yellow"},
                    {"id":"k2","title":"Rød","column":"a","light":"red"}]}"#,
    );
    let relit = |card: &str, title: &str, from, to| Logged {
        at: "2026-11-24T08:00:00+01:00".into(),
        by: "Kari".into(),
        change: Change::Light {
            card: card.into(),
            title: title.into(),
            from,
            to,
        },
    };
    let log = [
        relit("k1", "Gul", Some(Light::Green), Some(Light::Yellow)),
        relit("k2", "Rød", Some(Light::Green), Some(Light::Red)),
    ];
    let d = day(2026, 11, 24);
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
    let c = tavle_core::changes::since(&b, &log, d, now, d, None);
    let red: Vec<&str> = c.turned_red.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(red, ["k2"]);
}

/// `decode.rs` `==` → `!=` in `Dec::board`: a board of a newer format is
/// reported at the value of its `tavle` field, not at another field.
#[test]
fn a_newer_format_is_reported_at_the_version_number() {
    use tavle_core::diag::DiagKind;
    let text =
        "{\n  \"title\": \"T\",\n  \"tavle\": 2,\n  \"kind\": \"drift\",\n  \"columns\": []\n}\n";
    let (_, problems) = tavle_core::analyze::analyze_text(text);
    let at: Vec<(usize, usize)> = problems
        .iter()
        .filter(|p| p.kind == DiagKind::NewerVersion { found: 2 })
        .map(|p| (p.line, p.col))
        .collect();
    // Line 3 is `  "tavle": 2,`: the 2 is its 12th character.
    assert_eq!(at, [(3, 12)]);
}

/// `revision.rs` `==` → `!=` in `advance`: the file a save replaces joins
/// the history under the new id when the history does not have it yet, and
/// is not repeated when it does.
#[test]
fn a_save_keeps_the_replaced_revision_under_the_new_one_once() {
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[],
           "revisions":["aaaaaaaaaaaa"]}"#,
    );
    tavle_core::revision::advance(&mut b, "bbbbbbbbbbbb");
    assert_eq!(b.revisions.len(), 3, "{:?}", b.revisions);
    assert_eq!(b.revisions[1..], ["bbbbbbbbbbbb", "aaaaaaaaaaaa"]);
    // Replacing a file the history already names moves nothing in.
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[],
           "revisions":["aaaaaaaaaaaa","bbbbbbbbbbbb"]}"#,
    );
    tavle_core::revision::advance(&mut b, "bbbbbbbbbbbb");
    assert_eq!(b.revisions.len(), 3, "{:?}", b.revisions);
    assert_eq!(b.revisions[1..], ["aaaaaaaaaaaa", "bbbbbbbbbbbb"]);
}

/// `privacy/mod.rs` `>` → `<` in `star_digits`: the shortcut for a text
/// that starts with its digits is taken only when the text is longer than
/// the digits to star; a shown text shorter than that (no caller passes
/// one, but `mask_value` is public) is starred as far as it goes.
#[test]
fn a_shown_value_shorter_than_its_stars_is_all_stars() {
    use tavle_core::privacy::mask_value;
    // 010101 01006 (valid check digits) without its leading zero: ten
    // digits, the first five starred.
    assert_eq!(mask_value(1010101006.0, "1010101006"), "*****01006");
    assert_eq!(mask_value(1010101006.0, "101"), "***");
}

/// `meeting/columns.rs` `>` → `>=` in `before_move`: a column moved from
/// the last place can be put back there, so moving the last column to the
/// front and back again leaves the order as it was (no change to list).
#[test]
fn the_last_column_moved_to_the_front_and_back_changes_no_order() {
    let moved = |from: usize, to: usize, order: [&str; 3]| Logged {
        at: "2026-11-24T09:01:00+01:00".into(),
        by: "Kari".into(),
        change: Change::ColumnMoved {
            column: "c".into(),
            title: "C".into(),
            from,
            to,
            order: order.iter().map(|s| s.to_string()).collect(),
        },
    };
    // a b c → c a b → a b c
    let log = [moved(3, 1, ["c", "a", "b"]), moved(1, 3, ["a", "b", "c"])];
    let c = tavle_core::meeting::columns(&log);
    assert_eq!(c.order, None);
    assert!(c.is_empty());
    // Only to the front: the order changed, and is listed as it is now.
    let c = tavle_core::meeting::columns(&log[..1]);
    let order: Vec<String> = ["c", "a", "b"].iter().map(|s| s.to_string()).collect();
    assert_eq!(c.order, Some(order));
}

fn at(time: &str, change: Change) -> Logged {
    Logged {
        at: format!("2026-11-24T{time}:00+01:00"),
        by: "Kari".into(),
        change,
    }
}

/// The meeting of 24 November 2026 from 09:00 to 09:15, ended.
fn meeting_at_nine() -> tavle_core::meeting::Scope {
    let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    tavle_core::meeting::Scope::Meeting(tavle_core::meeting::Span {
        start: t("2026-11-24T09:00:00+01:00"),
        end: t("2026-11-24T09:15:00+01:00"),
        running: false,
        attendees: Vec::new(),
        incomplete: false,
    })
}

/// `meeting/prep.rs` `!` deleted in `prepared`: with no meeting before it,
/// a meeting's preparation is every plan change up to its end (made the day
/// before, or during it), and none made after it ended.
#[test]
fn without_a_meeting_before_the_preparation_is_everything_up_to_its_end() {
    let goal = |from: Option<&str>, to: &str| Change::MeetingGoal {
        from: from.map(String::from),
        to: Some(to.into()),
    };
    let log = [
        Logged {
            at: "2026-11-23T14:00:00+01:00".into(),
            by: "Kari".into(),
            change: goal(None, "Plan uka"),
        },
        at("16:00", goal(Some("Plan uka"), "Senere")),
    ];
    let p = tavle_core::meeting::prepared(&log, &meeting_at_nine());
    assert_eq!(p.plan, [goal(None, "Plan uka")]);
}

/// `meeting/prep.rs` `==` → `!=` in `fold`: renaming one agenda item does
/// not rename another item's earlier rename; each keeps its own new title.
#[test]
fn two_items_renamed_keep_each_their_own_new_title() {
    let renamed = |from: &str, to: &str, place: usize| Change::AgendaRenamed {
        from: from.into(),
        to: to.into(),
        place,
    };
    let log = [
        at("08:00", renamed("Status", "Tavla", 0)),
        at("08:05", renamed("Økonomi", "Budsjett", 1)),
    ];
    let p = tavle_core::meeting::prepared(&log, &meeting_at_nine());
    assert_eq!(
        p.plan,
        [
            renamed("Status", "Tavla", 0),
            renamed("Økonomi", "Budsjett", 1)
        ]
    );
}

/// `meeting/prep.rs` the `AgendaTimeBox` arm deleted in `unchanged`: a time
/// box changed and set back to what it was is no change.
#[test]
fn a_time_box_set_back_to_what_it_was_is_no_change() {
    let time_box = |from: u64, to: u64| Change::AgendaTimeBox {
        title: "Økonomi".into(),
        place: 1,
        from: Some(from),
        to: Some(to),
    };
    let log = [at("08:00", time_box(10, 15)), at("08:05", time_box(15, 10))];
    let p = tavle_core::meeting::prepared(&log, &meeting_at_nine());
    assert_eq!(p.plan, []);
    // Set to another length, it is one change from the first to the last.
    let log = [at("08:00", time_box(10, 15)), at("08:05", time_box(15, 20))];
    let p = tavle_core::meeting::prepared(&log, &meeting_at_nine());
    assert_eq!(p.plan, [time_box(10, 20)]);
}

/// `merge/diff.rs` the `Goal` and `Event` arms deleted in `changed`, and
/// `!=` → `==` for a measurement: a merge's preview lists a goal's and an
/// event's changed title, and a measurement whose value changed (not the
/// ones that kept theirs).
#[test]
fn a_merge_lists_a_changed_goal_event_and_measurement() {
    use serde_json::json;
    use tavle_core::merge::{Changed, Element, Named, changed};
    let text = |goal: &str, event: &str, first: u32| {
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "goals":[{{"id":"m1","title":"{goal}"}}],
               "indicators":[{{"id":"fall","title":"Fall","values":[
                 {{"date":"2026-11-02","value":{first}}},{{"date":"2026-11-09","value":5}}]}}],
               "wheel":[{{"id":"e1","week":49,"title":"{event}"}}]}}"#
        )
    };
    let before = board(&text("Færre fall", "Møte", 3));
    let after = board(&text("Ingen fall", "Årsmøte", 4));
    let change = |element: Element, title: &str, field: &str, from, to| Changed {
        element: Named {
            element,
            title: title.into(),
        },
        field: field.into(),
        from,
        to,
    };
    assert_eq!(
        changed(&before, &after),
        [
            change(
                Element::Goal("m1".into()),
                "Ingen fall",
                "title",
                json!("Færre fall"),
                json!("Ingen fall")
            ),
            change(
                Element::Event("e1".into()),
                "Årsmøte",
                "title",
                json!("Møte"),
                json!("Årsmøte")
            ),
            change(
                Element::Value {
                    indicator: "fall".into(),
                    date: day(2026, 11, 2)
                },
                "Fall",
                "value",
                json!(3.0),
                json!(4.0)
            ),
        ]
    );
    // Nothing changed, nothing listed.
    assert_eq!(changed(&before, &before), []);
}

/// `merge/elements.rs` `==` → `!=` in `meeting`: a meeting one side removed
/// and the other left as the base had it is removed; one the other side
/// changed is kept, with a note that it was removed there.
#[test]
fn a_meeting_removed_on_one_side_goes_unless_the_other_changed_it() {
    use tavle_core::merge::{Element, Note, NoteKind, Side, merge};
    let with = |meeting: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}]{meeting}}}"#
        ))
    };
    let base = with(r#","meeting":{"minutes":10,"goal":"Trygg drift"}"#);
    let none = with("");
    let m = merge(Some(&base), &base, &none);
    assert!(m.merged.meeting.is_none());
    assert_eq!(m.kept_edits, []);
    let changed = with(r#","meeting":{"minutes":20,"goal":"Trygg drift"}"#);
    let m = merge(Some(&base), &changed, &none);
    assert_eq!(m.merged.meeting.as_ref().map(|x| x.minutes), Some(Some(20)));
    assert_eq!(
        m.kept_edits,
        [Note {
            element: Element::Meeting,
            kind: NoteKind::KeptEdited {
                removed_on: Side::Copy
            },
        }]
    );
}

/// `merge/elements.rs` `updated: None` deleted in `edited`: a card archived
/// on one side whose other side only has a newer edit stamp (edited and
/// changed back) is archived; only a real edit keeps it visible.
#[test]
fn a_card_archived_on_one_side_and_only_restamped_on_the_other_is_archived() {
    use tavle_core::merge::merge;
    let with = |card: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","column":"a","updated_by":"Kari",{card}}}]}}"#
        ))
    };
    let base = with(r#""title":"Ring","updated":"2026-11-20T09:00:00+01:00""#);
    let archived = with(r#""title":"Ring","archived":true,"updated":"2026-11-24T10:00:00+01:00""#);
    let restamped = with(r#""title":"Ring","updated":"2026-11-23T09:00:00+01:00""#);
    let m = merge(Some(&base), &archived, &restamped);
    assert!(m.merged.cards[0].archived);
    assert_eq!(m.kept_edits, []);
    // A real edit on the other side keeps it.
    let edited = with(r#""title":"Ring Ola","updated":"2026-11-23T09:00:00+01:00""#);
    let m = merge(Some(&base), &archived, &edited);
    assert!(!m.merged.cards[0].archived);
    assert_eq!(m.kept_edits.len(), 1);
}

/// `merge/elements.rs` `ask_order` → `true` for corrections: two sides that
/// both made the same two corrections of a decision, in another order, are
/// not asked which order (corrections follow time); the merge has no
/// conflict and one decision with both corrections.
#[test]
fn corrections_in_another_order_are_no_conflict() {
    use tavle_core::merge::merge;
    let with = |corrections: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Nå"{corrections}}}]}}"#
        ))
    };
    let c1 = r#"{"at":"2026-11-21T09:00:00+01:00","text":"Først"}"#;
    let c2 = r#"{"at":"2026-11-22T09:00:00+01:00","text":"Så"}"#;
    let base = with("");
    let ours = with(&format!(r#","corrections":[{c1},{c2}]"#));
    let theirs = with(&format!(r#","corrections":[{c2},{c1}]"#));
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = merge(Some(&base), a, b);
        assert_eq!(m.conflicts, []);
        assert_eq!(m.merged.decisions.len(), 1);
        let texts: Vec<&str> = m.merged.decisions[0]
            .corrections
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        // Settled as the smaller order of their texts: "Først" before "Så".
        assert_eq!(texts, ["Først", "Så"]);
    }
}

/// `merge/ids.rs` `&&` → `||` and `!` deleted in `split_collisions`: when
/// the copy's card gets a fresh id because the board has another card with
/// its id, the copy's risks and deviations about it follow it, and a risk
/// about no card stays about none.
#[test]
fn risks_and_deviations_about_a_renumbered_card_follow_it_and_no_others() {
    use tavle_core::merge::merge;
    let ours = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Ring Kari","column":"a"}]}"#,
    );
    let theirs = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Ring Ola","column":"a"}],
           "risks":[{"id":"ri1","title":"Fall","likelihood":2,"consequence":3,"card":"k1"},
                    {"id":"ri2","title":"Glatt","likelihood":1,"consequence":1}],
           "deviations":[{"id":"av1","date":"2026-12-03","category":"fall","text":"Falt",
                          "card":"k1"}]}"#,
    );
    let m = merge(None, &ours, &theirs);
    let cards: Vec<(&str, &str)> = m
        .merged
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(cards, [("k1", "Ring Kari"), ("k2", "Ring Ola")]);
    let risks: Vec<(&str, Option<&str>)> = m
        .merged
        .risks
        .iter()
        .map(|r| (r.id.as_str(), r.card.as_deref()))
        .collect();
    assert_eq!(risks, [("ri1", Some("k2")), ("ri2", None)]);
    let deviations: Vec<Option<&str>> = m
        .merged
        .deviations
        .iter()
        .map(|d| d.card.as_deref())
        .collect();
    assert_eq!(deviations, [Some("k2")]);
}

/// `merge/extra.rs` the guard `o.1 == x.1` → `false` in `Keys::one`: an
/// unknown field one side removed and the other left as it was is removed,
/// without a question.
#[test]
fn an_unknown_field_removed_on_one_side_and_kept_as_it_was_on_the_other_goes() {
    use tavle_core::merge::merge;
    let with = |extra: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","title":"Ring","column":"a"{extra}}}]}}"#
        ))
    };
    let base = with(r#","x-farge":"blå""#);
    let m = merge(Some(&base), &base, &with(""));
    assert_eq!(m.conflicts, []);
    assert!(
        m.merged.cards[0].extra.is_empty(),
        "{:?}",
        m.merged.cards[0].extra
    );
}

/// `merge/extra.rs` `Keys::tie` → `""`: unknown fields both sides added at
/// the same place are ordered by their names, not by their JSON text (where
/// a `"` in a name is written `\"` and sorts after `#`).
#[test]
fn unknown_fields_added_on_both_sides_are_ordered_by_name() {
    use tavle_core::merge::merge;
    let with = |extra: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","title":"Ring","column":"a"{extra}}}]}}"#
        ))
    };
    let base = with("");
    // `x"` (0x22) sorts before `x#` (0x23) by name.
    let m = merge(Some(&base), &with(r#","x#":1"#), &with(r#","x\"":2"#));
    let keys: Vec<&str> = m.merged.cards[0].extra.keys().map(String::as_str).collect();
    assert_eq!(keys, ["x\"", "x#"]);
    let m = merge(Some(&base), &with(r#","x\"":2"#), &with(r#","x#":1"#));
    let keys: Vec<&str> = m.merged.cards[0].extra.keys().map(String::as_str).collect();
    assert_eq!(keys, ["x\"", "x#"]);
}

/// `merge/operations.rs` `!=` → `==` in `split_collisions`: when the copy's
/// risk gets a fresh id because the board has another risk with its id, the
/// copy's card made of it follows it; a card the board has as it is keeps
/// the board's risk.
#[test]
fn a_card_made_of_a_renumbered_risk_follows_it() {
    use tavle_core::merge::merge;
    let ours = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Strø","column":"a","risk":"ri1"}],
           "risks":[{"id":"ri1","title":"Glatt","likelihood":2,"consequence":3}]}"#,
    );
    let theirs = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Strø","column":"a","risk":"ri1"},
                    {"id":"k2","title":"Sengehest","column":"a","risk":"ri1"}],
           "risks":[{"id":"ri1","title":"Fall fra seng","likelihood":4,"consequence":4}]}"#,
    );
    let m = merge(None, &ours, &theirs);
    let risks: Vec<(&str, &str)> = m
        .merged
        .risks
        .iter()
        .map(|r| (r.id.as_str(), r.title.as_str()))
        .collect();
    assert_eq!(risks, [("ri1", "Glatt"), ("ri2", "Fall fra seng")]);
    let cards: Vec<(&str, Option<&str>)> = m
        .merged
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.risk.as_deref()))
        .collect();
    assert_eq!(cards, [("k1", Some("ri1")), ("k2", Some("ri2"))]);
}

fn staffed(staffing: &str) -> tavle_core::model::Board {
    board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}]{staffing}}}"#
    ))
}

/// `merge/operations.rs` `==` → `!=` in `staffing`: staffing one side
/// removed and the other left as the base had it is removed; staffing the
/// other side changed is kept, with a note.
#[test]
fn staffing_removed_on_one_side_goes_unless_the_other_changed_it() {
    use tavle_core::merge::{Element, Note, NoteKind, Side, merge};
    let entry = |present: u32| {
        format!(
            r#","staffing":{{"days":[{{"date":"2026-12-04","shift":"dag","planned":5,"present":{present}}}]}}"#
        )
    };
    let base = staffed(&entry(5));
    let m = merge(Some(&base), &staffed(""), &base);
    assert!(m.merged.staffing.is_none());
    assert_eq!(m.kept_edits, []);
    let m = merge(Some(&base), &staffed(""), &staffed(&entry(4)));
    let present: Vec<Option<u32>> = m
        .merged
        .staffing
        .iter()
        .flat_map(|s| s.days.iter().map(|d| d.present))
        .collect();
    assert_eq!(present, [Some(4)]);
    assert_eq!(
        m.kept_edits,
        [Note {
            element: Element::Staffing,
            kind: NoteKind::KeptEdited {
                removed_on: Side::Board
            },
        }]
    );
}

/// `merge/operations.rs` `Days::tie` → `""`: staffing entries both sides
/// added at the same place are ordered by date and shift, not by their JSON
/// text (where a `"` in a shift's name is written `\"` and sorts after `#`).
#[test]
fn staffing_entries_added_on_both_sides_are_ordered_by_date_and_shift() {
    use tavle_core::merge::merge;
    let entry = |shift: &str| {
        format!(r#","staffing":{{"days":[{{"date":"2026-12-04","shift":"{shift}","planned":5}}]}}"#)
    };
    let base = staffed(r#","staffing":{"days":[]}"#);
    let shifts = |b: &tavle_core::model::Board| -> Vec<String> {
        b.staffing
            .iter()
            .flat_map(|s| s.days.iter().map(|d| d.shift.clone()))
            .collect()
    };
    // `x"` (0x22) sorts before `x#` (0x23).
    let m = merge(
        Some(&base),
        &staffed(&entry("x#")),
        &staffed(&entry(r#"x\""#)),
    );
    assert_eq!(shifts(&m.merged), ["x\"", "x#"]);
    let m = merge(
        Some(&base),
        &staffed(&entry(r#"x\""#)),
        &staffed(&entry("x#")),
    );
    assert_eq!(shifts(&m.merged), ["x\"", "x#"]);
}

/// `ops/cards.rs` the guard for `escalated_to` → `false` in `apply`: a card
/// sent to another board by a patch is logged as escalated, to that board.
#[test]
fn a_card_escalated_by_a_patch_is_logged_as_escalated_to_that_board() {
    use tavle_core::model::{CardRef, Timestamp};
    use tavle_core::ops::{CardOp, CardPatch, Op, Stamp, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Mangler senger","column":"a","light":"red"}]}"#,
    );
    let stamp = Stamp {
        at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let op = Op::Card(CardOp::Set {
        id: "k1".into(),
        patch: CardPatch {
            escalated_to: Some(Some(CardRef {
                board: "klinikk".into(),
                card: "k7".into(),
                extra: Default::default(),
            })),
            ..CardPatch::default()
        },
    });
    let change = apply(&mut b, &op, &stamp).unwrap().change;
    assert_eq!(
        change,
        Change::Escalated {
            card: "k1".into(),
            title: "Mangler senger".into(),
            to_board: "klinikk".into(),
        }
    );
}

/// `ops/change.rs` `Change::is_improvement` → `false`: an edit of a card's
/// evaluation or A3 is improvement work; an edit of its title and a card
/// added are not.
#[test]
fn improvement_work_is_told_from_other_changes() {
    let edited = |field: &str| Change::Edited {
        card: "k1".into(),
        title: "Ring".into(),
        fields: vec![field.into()],
    };
    assert!(edited("evaluation").is_improvement());
    assert!(edited("a3").is_improvement());
    assert!(!edited("title").is_improvement());
    let added = Change::Added {
        card: "k1".into(),
        title: "Ring".into(),
        column: "a".into(),
    };
    assert!(!added.is_improvement());
}

/// `ops/staffing.rs` `+=` → `*=` in `apply` (`Take`): entries taken out
/// remember their places, so putting them back (the undo) gives the days
/// in their old order.
#[test]
fn staffing_entries_taken_out_go_back_to_their_places() {
    use tavle_core::model::Timestamp;
    use tavle_core::ops::{Op, StaffingOp, Stamp, apply};
    let mut b = staffed(
        r#","staffing":{"days":[
             {"date":"2026-12-01","shift":"dag","planned":5},
             {"date":"2026-12-02","shift":"dag","planned":5},
             {"date":"2026-12-03","shift":"dag","planned":5}]}"#,
    );
    let stamp = Stamp {
        at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let take = Op::Staffing(StaffingOp::Take {
        keys: vec![
            (day(2026, 12, 2), "dag".into()),
            (day(2026, 12, 3), "dag".into()),
        ],
    });
    let undo = apply(&mut b, &take, &stamp).unwrap().inverse;
    let dates = |b: &tavle_core::model::Board| -> Vec<NaiveDate> {
        b.staffing
            .iter()
            .flat_map(|s| s.days.iter().map(|d| d.date))
            .collect()
    };
    assert_eq!(dates(&b), [day(2026, 12, 1)]);
    apply(&mut b, &undo, &stamp).unwrap();
    assert_eq!(
        dates(&b),
        [day(2026, 12, 1), day(2026, 12, 2), day(2026, 12, 3)]
    );
}

/// `privacy/scan.rs` `==` → `!=` in `read_sep`: a single dot before digits
/// of another script is the date's separator like any other, so a date
/// written `DD.MM.YY` with Arabic-Indic digits for the month is found as the
/// first part of an identity number (01.01.01 01006, valid check digits).
#[test]
fn a_dotted_date_with_digits_of_another_script_after_a_dot_is_found() {
    use tavle_core::privacy::mask;
    // ASCII throughout: found.
    assert_eq!(mask("01.01.01 01006"), "**.**.** 01006");
    // The month in Arabic-Indic digits (U+0660 U+0661).
    assert_eq!(mask("01.\u{660}\u{661}.01 01006"), "**.**.** 01006");
}

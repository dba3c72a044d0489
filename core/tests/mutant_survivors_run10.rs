//! Tests for the survivors of run 10 (shard 3/6 of `tavle-core`, see
//! docs/mutants.md). Each fails on its mutant; the expected values are
//! written out by hand.

use chrono::NaiveDate;
use tavle_core::log::Logged;
use tavle_core::model::Light;
use tavle_core::ops::Change;

fn board(text: &str) -> tavle_core::model::Board {
    let (b, _) = tavle_core::analyze::analyze_text(text);
    b.expect("a board")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

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

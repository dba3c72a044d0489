//! Tests for the survivors of mutation run 14, shard 5/6 of tavle-core,
//! continued from `mutant_survivors_run14.rs` (the first file passed 600
//! lines): the meeting (its spans, its preparation and its minutes) and
//! the rest of the shard. Each test names its mutant and the rule it
//! holds; the expected values are written out by hand, never taken from
//! the code under test. The JSON here has no whitespace between tokens and
//! no escapes, so that with the parser's timeout mutants planted this file
//! still ends (see the first file).

use crate::common::{board, day};

use chrono::{DateTime, FixedOffset, NaiveDate};
use tavle_core::log::Logged;
use tavle_core::meeting::{Scope, Span, meetings, prepared, previous, summary};
use tavle_core::merge::{Element, Named, changed, merge};
use tavle_core::model::{Board, Timestamp};
use tavle_core::ops::{
    CardPatch, Change, DecisionOp, DeviationOp, DeviationPatch, IndicatorOp, NewDecision, Op,
    OpError, StaffingOp, Stamp, apply,
};
use tavle_core::status::organisation;

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

// The meeting: its spans, its preparation and its minutes. Every time is
// on Tuesday 24 November 2026, at 09:mm, in Norway's winter time.

fn nine(minute: u32) -> DateTime<FixedOffset> {
    at(&format!("2026-11-24T09:{minute:02}:00+01:00"))
}

fn line(minute: u32, change: Change) -> Logged {
    Logged {
        at: nine(minute).to_rfc3339(),
        by: "Kari".into(),
        change,
    }
}

fn ended(minute: u32, started: u32) -> Logged {
    line(
        minute,
        Change::MeetingEnded {
            started: nine(started).to_rfc3339(),
            attendees: Vec::new(),
            incomplete: false,
        },
    )
}

fn span(start: u32, end: u32, running: bool) -> Span {
    Span {
        start: nine(start),
        end: nine(end),
        running,
        attendees: Vec::new(),
        incomplete: false,
    }
}

/// Two meetings: 09:02–09:03, with the goal set in the second it ended,
/// and 09:20–09:30.
fn two_meetings() -> Vec<Logged> {
    vec![
        line(2, Change::MeetingStarted),
        line(
            3,
            Change::MeetingGoal {
                from: None,
                to: Some("Færre fall".into()),
            },
        ),
        ended(3, 2),
        line(20, Change::MeetingStarted),
        ended(30, 20),
    ]
}

/// `meeting/prep.rs:35` `>` → `>=` in `prepared`: a meeting holds both
/// its ends, so a change logged in the second the meeting before ended is
/// that meeting's, and not in the next one's preparation too.
#[test]
fn a_change_at_the_end_of_the_meeting_before_is_not_prepared_for_the_next() {
    let log = two_meetings();
    let goal = Change::MeetingGoal {
        from: None,
        to: Some("Færre fall".into()),
    };
    let first = prepared(&log, &Scope::Meeting(span(2, 3, false)));
    assert_eq!(first.plan, [goal]);
    let second = prepared(&log, &Scope::Meeting(span(20, 30, false)));
    assert_eq!(second.plan, []);
}

/// `meeting/span.rs:176` `<` → `<=` in `previous`: the meeting before the
/// one that starts at 09:20 is the one that ended at 09:03, never the one
/// that starts at 09:20 itself.
#[test]
fn the_meeting_before_one_is_not_itself() {
    assert_eq!(previous(&two_meetings(), nine(20)), Some(span(2, 3, false)));
    assert_eq!(previous(&two_meetings(), nine(2)), None);
}

fn renamed(from: &str, to: &str) -> Change {
    Change::AgendaRenamed {
        from: from.into(),
        to: to.into(),
        place: 1,
    }
}

fn plan_of(changes: Vec<Change>) -> Vec<Change> {
    let log: Vec<Logged> = (1..).zip(changes).map(|(m, c)| line(m, c)).collect();
    prepared(&log, &Scope::Day(day(2026, 11, 24))).plan
}

/// `meeting/prep.rs:126` the guard `t == from` → `false` in `fold`: an
/// item renamed twice is one rename, from its first name to its last.
#[test]
fn an_item_renamed_twice_is_one_rename() {
    let plan = plan_of(vec![
        renamed("Fall", "Fall i rute"),
        renamed("Fall i rute", "Fall i rute 4"),
    ]);
    assert_eq!(plan, [renamed("Fall", "Fall i rute 4")]);
}

/// `meeting/prep.rs:168` the arm `AgendaRenamed` deleted in `unchanged`
/// (and the guard above): an item renamed and renamed back is no change.
#[test]
fn an_item_renamed_and_renamed_back_is_no_change() {
    let plan = plan_of(vec![
        renamed("Fall", "Fall i rute"),
        renamed("Fall i rute", "Fall"),
    ]);
    assert_eq!(plan, []);
}

/// `meeting/span.rs:110` `&&` → `||` in `all_meetings`: a start logged
/// twice (two screens in the same second), or again after its meeting
/// ended, is one meeting.
#[test]
fn a_start_logged_twice_is_one_meeting() {
    let today = day(2026, 11, 24);
    let log = [
        line(0, Change::MeetingStarted),
        line(0, Change::MeetingStarted),
    ];
    assert_eq!(meetings(&log, today, nine(10)), [span(0, 10, true)]);
    let log = [
        line(0, Change::MeetingStarted),
        ended(15, 0),
        line(16, Change::MeetingStarted),
    ];
    // Only the start of a meeting that has not been is a new meeting.
    assert_eq!(
        meetings(&log, today, nine(20)),
        [span(0, 15, false), span(16, 20, true)]
    );
    let log = [
        line(0, Change::MeetingStarted),
        ended(15, 0),
        line(0, Change::MeetingStarted),
    ];
    assert_eq!(meetings(&log, today, nine(20)), [span(0, 15, false)]);
}

/// `meeting/summary.rs:305` and `:326` `!` deleted in `summary`: the
/// minutes of the meeting 09:00–09:15 tell each follow-up as it stood when
/// the meeting ended, by its last mark up to then (b1, b2) or, with none
/// in the log, by the board's `done_at` (b3, b4). b1 and b3 were done at
/// noon, after the meeting; b2 and b4 the day before; b5 is not done.
#[test]
fn the_minutes_tell_each_follow_up_as_it_stood_when_the_meeting_ended() {
    let decision = |id: &str, due: &str, done_at: Option<&str>| {
        let done = done_at.map_or(String::new(), |t| {
            format!(r#","done":true,"done_at":"2026-11-{t}:00+01:00""#)
        });
        format!(
            r#"{{"id":"{id}","at":"2026-11-17T09:00:00+01:00","text":"Følg opp {id}","owner":"Ola","due":"2026-11-{due}"{done}}}"#
        )
    };
    let b = board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","decisions":[{},{},{},{},{}]}}"#,
        decision("b1", "26", Some("24T12:00")),
        decision("b2", "27", Some("23T12:00")),
        decision("b3", "28", Some("24T12:00")),
        decision("b4", "29", Some("23T12:00")),
        decision("b5", "30", None),
    ));
    let mark = |at: &str, id: &str| Logged {
        at: at.into(),
        by: "Ola".into(),
        change: Change::FollowedUp {
            decision: id.into(),
            text: format!("Følg opp {id}"),
            done: true,
        },
    };
    let log = [
        mark("2026-11-23T12:00:00+01:00", "b2"),
        line(0, Change::MeetingStarted),
        ended(15, 0),
        mark("2026-11-24T12:00:00+01:00", "b1"),
    ];
    let s = summary(&b, &log, &Scope::Meeting(span(0, 15, false)));
    let open: Vec<&str> = s
        .follow_ups
        .iter()
        .map(|d| d.decision.id.as_str())
        .collect();
    assert_eq!(open, ["b1", "b3", "b5"]);
    assert_eq!(s.done, []);
}

/// `meeting/summary.rs:365` `==` → `!=` in `summary`: a value recorded in
/// the minutes carries its own indicator's title and unit.
#[test]
fn a_recorded_value_carries_its_own_indicators_title() {
    let b = board(concat!(
        r#"{"tavle":1,"title":"T","kind":"drift","indicators":["#,
        r#"{"id":"i1","title":"Fall","unit":"antall"},"#,
        r#"{"id":"i2","title":"Trykksår","unit":"prosent"}]}"#
    ));
    let measured = |indicator: &str, value: f64| Change::Measured {
        indicator: indicator.into(),
        date: day(2026, 11, 23),
        value: Some(value),
    };
    let log = [line(1, measured("i2", 3.5)), line(2, measured("i1", 2.0))];
    let s = summary(&b, &log, &Scope::Day(day(2026, 11, 24)));
    let got: Vec<_> = s
        .values
        .iter()
        .map(|v| {
            (
                v.indicator.as_str(),
                v.title.as_str(),
                v.unit.as_deref(),
                v.value,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("i2", "Trykksår", Some("prosent"), 3.5),
            ("i1", "Fall", Some("antall"), 2.0)
        ]
    );
}

// The merge of a board with its conflict copy.

/// `merge/byid.rs:59` `Indicator::id` → `"xyzzy"`: indicators are merged
/// by their own ids. Without a base the result is the union: i1 only the
/// board has, i2 both have, i3 only the copy has; nothing to ask.
#[test]
fn indicators_are_merged_by_their_ids() {
    let with = |indicators: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","indicators":[{indicators}]}}"#
        ))
    };
    let (i1, i2, i3) = (
        r#"{"id":"i1","title":"Fall"}"#,
        r#"{"id":"i2","title":"Trykksår"}"#,
        r#"{"id":"i3","title":"Ventetid"}"#,
    );
    let ours = with(&format!("{i1},{i2}"));
    let theirs = with(&format!("{i2},{i3}"));
    let m = merge(None, &ours, &theirs);
    let ids: Vec<&str> = m.merged.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["i1", "i2", "i3"]);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.added_from_copy.indicators, 1);
}

/// `merge/diff.rs:113` the arm `Element::Risk` deleted in `changed`: a
/// risk both boards have is compared field by field, like a card.
#[test]
fn a_changed_risk_is_named_with_its_fields() {
    let risk = |likelihood: u8, owner: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","risks":[{{"id":"r1","title":"Fall","likelihood":{likelihood},"consequence":3{owner}}}]}}"#
        ))
    };
    let (before, after) = (risk(2, ""), risk(4, r#","owner":"Ola""#));
    let got: Vec<_> = changed(&before, &after)
        .into_iter()
        .map(|c| (c.element, c.field, c.from, c.to))
        .collect();
    let named = Named {
        element: Element::Risk("r1".into()),
        title: "Fall".into(),
    };
    assert_eq!(
        got,
        [
            (
                named.clone(),
                "likelihood".to_string(),
                serde_json::json!(2),
                serde_json::json!(4)
            ),
            (
                named,
                "owner".to_string(),
                serde_json::Value::Null,
                serde_json::json!("Ola")
            ),
        ]
    );
}

/// `merge/elements.rs:465` `Corrections::tie` → `"xyzzy"`: corrections
/// both sides added are kept in time order, whatever offset their times
/// were written with. 10:00 at +01:00 is 09:00 UTC, before 09:30 at
/// +00:00; as text it would sort after it.
#[test]
fn corrections_from_both_sides_are_kept_in_time_order() {
    let side = |text: &str, at: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","decisions":[{{"id":"d1","at":"2026-11-17T09:00:00+01:00","text":"{text}","corrections":[{{"at":"{at}","text":"Ring Kari"}}]}}]}}"#
        ))
    };
    let ours = side("Ring Ola", "2026-11-24T10:00:00+01:00");
    let theirs = side("Ring Per", "2026-11-24T09:30:00+00:00");
    for m in [merge(None, &ours, &theirs), merge(None, &theirs, &ours)] {
        assert_eq!(m.merged.decisions.len(), 1);
        let times: Vec<&str> = (m.merged.decisions[0].corrections.iter())
            .map(|c| c.at.as_str())
            .collect();
        assert_eq!(
            times,
            ["2026-11-24T10:00:00+01:00", "2026-11-24T09:30:00+00:00"]
        );
    }
}

/// `merge/ids.rs:61`, `:82` `&&` → `||` and `:88` `!` deleted in
/// `split_collisions`: both sides added a card `k1`, different cards, so
/// the copy's becomes `k2` (one more than the largest `k` number in use).
/// What in the copy is about its `k1` follows it to `k2` (decision d1,
/// deviation v1, the card wheel event w1 became); what is about no card
/// (d2, v2) stays about none.
#[test]
fn what_is_about_a_renamed_card_follows_it_and_nothing_else_does() {
    let tail = r#""columns":[{"id":"a","title":"A"}],"cards":[{"id":"k1","title":"#;
    let ours = board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift",{tail}"Ring Ola","column":"a"}}]}}"#
    ));
    let theirs = board(&format!(
        concat!(
            r#"{{"tavle":1,"title":"T","kind":"drift",{}"Bestill senger","column":"a"}}],"#,
            r#""decisions":[{{"id":"d1","at":"2026-11-24T09:00:00+01:00","text":"Bestill","card":"k1"}},"#,
            r#"{{"id":"d2","at":"2026-11-24T09:01:00+01:00","text":"Ring"}}],"#,
            r#""deviations":[{{"id":"v1","date":"2026-11-23","category":"fall","text":"Fall","card":"k1"}},"#,
            r#"{{"id":"v2","date":"2026-11-23","category":"HMS","text":"Kutt"}}],"#,
            r#""wheel":[{{"id":"w1","week":48,"title":"Senger","made":[{{"year":2026,"card":"k1"}}]}}]}}"#
        ),
        tail
    ));
    let m = merge(None, &ours, &theirs);
    let mut cards: Vec<(&str, &str)> = (m.merged.cards.iter())
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    cards.sort();
    assert_eq!(cards, [("k1", "Ring Ola"), ("k2", "Bestill senger")]);
    let decisions: Vec<(&str, Option<&str>)> = (m.merged.decisions.iter())
        .map(|d| (d.id.as_str(), d.card.as_deref()))
        .collect();
    assert_eq!(decisions, [("d1", Some("k2")), ("d2", None)]);
    let deviations: Vec<(&str, Option<&str>)> = (m.merged.deviations.iter())
        .map(|d| (d.id.as_str(), d.card.as_deref()))
        .collect();
    assert_eq!(deviations, [("v1", Some("k2")), ("v2", None)]);
    let made: Vec<&str> = m.merged.wheel[0]
        .made
        .iter()
        .map(|x| x.card.as_str())
        .collect();
    assert_eq!(made, ["k2"]);
}

/// `merge/operations.rs:94` `==` → `!=` in `split_collisions`: both sides
/// made a wheel event `w1`, different events; the copy's gets the fresh id
/// `w2` and both are kept, with nothing to ask.
#[test]
fn two_different_wheel_events_with_one_id_are_both_kept() {
    let wheel = |event: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","wheel":[{{"id":"w1",{event}}}]}}"#
        ))
    };
    let ours = wheel(r#""week":37,"title":"Samling 1""#);
    let theirs = wheel(r#""week":40,"title":"Fagdag""#);
    let m = merge(None, &ours, &theirs);
    let mut events: Vec<(&str, u8, &str)> = (m.merged.wheel.iter())
        .map(|e| (e.id.as_str(), e.week, e.title.as_str()))
        .collect();
    events.sort();
    assert_eq!(events, [("w1", 37, "Samling 1"), ("w2", 40, "Fagdag")]);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let renamed: Vec<_> = m
        .renamed
        .iter()
        .map(|r| (&r.element, r.from.as_str()))
        .collect();
    assert_eq!(renamed, [(&Element::Event("w2".into()), "w1")]);
}

// Ops: the changes made on screen, and what the change log writes of them.

fn stamp(at: &str) -> Stamp {
    Stamp {
        at: Timestamp::parse(at).unwrap(),
        by: "Kari".into(),
    }
}

/// `ops/cards.rs:37` `CardPatch::is_empty` → `false`: a patch that sets
/// nothing is empty; one that sets a field is not.
#[test]
fn a_patch_that_sets_nothing_is_empty() {
    assert!(CardPatch::default().is_empty());
    let title = CardPatch {
        title: Some("Ring Ola".into()),
        ..CardPatch::default()
    };
    assert!(!title.is_empty());
    let no_owner = CardPatch {
        owner: Some(None),
        ..CardPatch::default()
    };
    assert!(!no_owner.is_empty());
}

/// `ops/change.rs:45` `==` → `!=` in `is_zero`: a merge's log line leaves
/// out the counts that are 0 (`changed`, `renamed`) and writes the others.
#[test]
fn a_merge_log_line_leaves_out_only_the_counts_that_are_zero() {
    let merged = |changed: usize, renamed: usize| {
        serde_json::to_value(Change::Merged {
            copy: "tavle (konflikt).json".into(),
            cards: 1,
            decisions: 0,
            values: 0,
            chosen: 0,
            removed: Vec::new(),
            changed,
            renamed,
            undone: false,
        })
        .unwrap()
    };
    let line = merged(2, 0);
    assert_eq!(line["changed"], serde_json::json!(2));
    assert_eq!(line.get("renamed"), None);
    let line = merged(0, 3);
    assert_eq!(line.get("changed"), None);
    assert_eq!(line["renamed"], serde_json::json!(3));
}

/// `ops/decisions.rs:96` `>` → `>=` in `apply` (`Insert`): a decision
/// logged, undone and redone goes back where it was: after the decisions
/// logged before it in the same second.
#[test]
fn a_decision_redone_goes_back_after_those_of_its_second() {
    let mut b = board(concat!(
        r#"{"tavle":1,"title":"T","kind":"drift","decisions":["#,
        r#"{"id":"b1","at":"2026-11-24T09:00:00+01:00","text":"Ring Ola"}]}"#
    ));
    let s = stamp("2026-11-24T09:00:00+01:00");
    let add = Op::Decision(DecisionOp::Add(NewDecision {
        text: "Bestill senger".into(),
        owner: None,
        due: None,
        card: None,
    }));
    let ids = |b: &Board| b.decisions.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
    let undo = apply(&mut b, &add, &s).unwrap().inverse;
    assert_eq!(ids(&b), ["b1", "b2"]);
    let redo = apply(&mut b, &undo, &s).unwrap().inverse;
    assert_eq!(ids(&b), ["b1"]);
    apply(&mut b, &redo, &s).unwrap();
    assert_eq!(ids(&b), ["b1", "b2"]);
}

/// `ops/indicators.rs:83` `==` → `!=` in `apply` (`Unmeasure`): taking a
/// value back takes it from its own indicator.
#[test]
fn a_value_taken_back_is_taken_from_its_own_indicator() {
    let mut b = board(concat!(
        r#"{"tavle":1,"title":"T","kind":"drift","indicators":["#,
        r#"{"id":"i1","title":"Fall","values":[{"date":"2026-11-23","value":2}]},"#,
        r#"{"id":"i2","title":"Trykksår","values":[{"date":"2026-11-23","value":5}]}]}"#
    ));
    let op = Op::Indicator(IndicatorOp::Unmeasure {
        indicator: "i2".into(),
        date: day(2026, 11, 23),
    });
    apply(&mut b, &op, &stamp("2026-11-24T09:00:00+01:00")).unwrap();
    let counts: Vec<(&str, usize)> = (b.indicators.iter())
        .map(|i| (i.id.as_str(), i.values.len()))
        .collect();
    assert_eq!(counts, [("i1", 1), ("i2", 0)]);
}

/// `ops/risks.rs:266` `||` → `&&` in `apply_deviation` (`Set`): a
/// deviation's text or category set to nothing (blanks) is refused, each
/// on its own, and the deviation stays as it was.
#[test]
fn a_deviation_is_never_left_without_text_or_category() {
    let mut b = board(concat!(
        r#"{"tavle":1,"title":"T","kind":"drift","deviations":["#,
        r#"{"id":"av1","date":"2026-11-23","category":"fall","text":"Fall i gangen"}]}"#
    ));
    let before = b.clone();
    let set = |patch: DeviationPatch| {
        Op::Deviation(DeviationOp::Set {
            id: "av1".into(),
            patch,
        })
    };
    let s = stamp("2026-11-24T09:00:00+01:00");
    for patch in [
        DeviationPatch {
            text: Some("  ".into()),
            ..DeviationPatch::default()
        },
        DeviationPatch {
            category: Some(" ".into()),
            ..DeviationPatch::default()
        },
    ] {
        assert_eq!(apply(&mut b, &set(patch), &s), Err(OpError::EmptyTitle));
        assert_eq!(b, before);
    }
}

/// `ops/staffing.rs:313` `&&` → `||` in `drop_if_empty`: an undo takes
/// the `staffing` away only when the board had none before and nothing is
/// left in it. A board whose file has an empty `staffing` keeps it; one
/// that had none keeps an entry made since.
#[test]
fn an_undo_takes_the_staffing_away_only_when_it_was_not_there_and_is_empty() {
    let s = stamp("2026-11-24T09:00:00+01:00");
    let plan = |date: NaiveDate| {
        Op::Staffing(StaffingOp::SetPlanned {
            date,
            shift: "dag".into(),
            planned: Some(5),
        })
    };
    let (monday, tuesday) = (day(2026, 11, 23), day(2026, 11, 24));
    // An empty `staffing` in the file: the undo leaves it as it was.
    let mut b = board(r#"{"tavle":1,"title":"T","kind":"drift","staffing":{}}"#);
    assert!(b.staffing.is_some());
    let before = b.clone();
    let undo = apply(&mut b, &plan(monday), &s).unwrap().inverse;
    apply(&mut b, &undo, &s).unwrap();
    assert_eq!(b, before);
    // No `staffing`: Monday's entry undone after Tuesday's was made.
    let mut b = board(r#"{"tavle":1,"title":"T","kind":"drift"}"#);
    let undo_monday = apply(&mut b, &plan(monday), &s).unwrap().inverse;
    apply(&mut b, &plan(tuesday), &s).unwrap();
    apply(&mut b, &undo_monday, &s).unwrap();
    let days: Vec<NaiveDate> = b
        .staffing
        .iter()
        .flat_map(|s| &s.days)
        .map(|e| e.date)
        .collect();
    assert_eq!(days, [tuesday]);
}

// The status report.

/// `status/total.rs:34` `+=` → `-=` in `add`: a finished copy of a measure
/// counted at its origin is counted among the copies as done, so the
/// organisation's total counts the measure once, as its origin stands (red
/// and open). The top board: one card, the copy, in its finished column.
#[test]
fn a_finished_copy_is_counted_as_done_among_the_copies() {
    let columns = r#""columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}]"#;
    let unit = board(&format!(
        r#"{{"tavle":1,"title":"Enhet","kind":"drift",{columns},"cards":[{{"id":"k1","title":"Fall","column":"a","light":"red","escalated_to":{{"board":"top","card":"t1"}}}}]}}"#
    ));
    let top = board(&format!(
        r#"{{"tavle":1,"title":"Topp","kind":"drift",{columns},"cards":[{{"id":"t1","title":"Fall","column":"f","escalated_from":{{"board":"unit","card":"k1"}}}}]}}"#
    ));
    let org = organisation(&[("unit", &unit), ("top", &top)], day(2026, 11, 24), None);
    assert_eq!((org.boards[0].red, org.boards[0].done), (1, 0));
    assert_eq!(org.boards[1].done, 1);
    assert_eq!(org.copies[1].done, 1);
    assert_eq!((org.total.red, org.total.done), (1, 0));
}

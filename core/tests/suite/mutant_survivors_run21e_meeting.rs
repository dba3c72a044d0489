//! Tests for the survivors of mutation run 21 in the meeting
//! (`cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use crate::common::{board, logged};

use chrono::NaiveDate;
use tavle_core::model::Board;
use tavle_core::ops::Change;

fn day(y: i32, m: u32, d: u32) -> tavle_core::meeting::Scope {
    tavle_core::meeting::Scope::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// `meeting/summary.rs:391` delete `!` in `listed_once`: a follow-up decided
/// before the day and marked done that day is listed among the follow-ups
/// done (only one also made or corrected that day is left out there).
#[test]
fn a_follow_up_decided_earlier_and_done_that_day_is_listed_as_done() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"}]}"#,
    );
    let log = [logged(
        "2026-11-23T09:00:00+01:00",
        Change::FollowedUp {
            decision: "b1".into(),
            text: "Ring".into(),
            done: true,
        },
    )];
    let s = tavle_core::meeting::summary(&b, &log, &day(2026, 11, 23));
    let done: Vec<&str> = s.done.iter().map(|d| d.decision.id.as_str()).collect();
    assert_eq!(done, ["b1"]);
    assert!(s.decisions.is_empty() && s.corrected.is_empty());
    assert!(s.follow_ups.is_empty(), "done, so no longer open");
}

fn length(from: Option<u64>, to: Option<u64>) -> Change {
    Change::MeetingLength { from, to }
}

/// `meeting/prep.rs:173` delete the arm `MeetingLength` in `unchanged`: a
/// meeting's length set from 30 to 45 minutes and back to 30 the same day
/// changed nothing, so the prepared plan is empty; a length set 30 → 45 →
/// 60 is one change 30 → 60.
#[test]
fn a_meeting_length_set_and_set_back_is_no_change_in_the_plan() {
    let back = [
        logged("2026-11-23T09:00:00+01:00", length(Some(30), Some(45))),
        logged("2026-11-23T09:05:00+01:00", length(Some(45), Some(30))),
    ];
    let p = tavle_core::meeting::prepared(&back, &day(2026, 11, 23));
    assert_eq!(p.plan, []);
    let on = [
        logged("2026-11-23T09:00:00+01:00", length(Some(30), Some(45))),
        logged("2026-11-23T09:05:00+01:00", length(Some(45), Some(60))),
    ];
    let p = tavle_core::meeting::prepared(&on, &day(2026, 11, 23));
    assert_eq!(p.plan, [length(Some(30), Some(60))]);
}

/// `meeting/summary.rs:383` `listed_once` → `()`: each decision is listed
/// once. One made that day and marked done that day is listed among the
/// decisions with its done mark, not again among the follow-ups done; one
/// made that day and still open is not listed again among the open
/// follow-ups.
#[test]
fn a_decision_made_that_day_is_listed_once_with_its_done_mark() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"},
                        {"id":"b2","at":"2026-11-23T09:10:00+01:00","text":"Skriv","owner":"Kari","due":"2026-12-01"}]}"#,
    );
    let log = [logged(
        "2026-11-23T09:30:00+01:00",
        Change::FollowedUp {
            decision: "b1".into(),
            text: "Ring".into(),
            done: true,
        },
    )];
    let s = tavle_core::meeting::summary(&b, &log, &day(2026, 11, 23));
    let decisions: Vec<(&str, bool)> = (s.decisions.iter())
        .map(|d| (d.decision.id.as_str(), d.done))
        .collect();
    assert_eq!(decisions, [("b1", true), ("b2", false)]);
    assert!(s.done.is_empty(), "{:?}", s.done);
    assert!(s.follow_ups.is_empty(), "{:?}", s.follow_ups);
}

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// `meeting/mod.rs:88` `item_countdown` → `None`: the current agenda item
/// with a time box of its own has its own countdown, from when the item
/// started: item 1 (the second, 5 minutes) started 09:05, at 09:07 it has
/// 3 minutes = 180 s of 300 left. Item 0 has no time box: no countdown.
#[test]
fn the_current_agenda_item_with_a_time_box_counts_down_from_its_start() {
    use tavle_core::meeting::{Countdown, Phase, item_countdown};
    let on_item = |item: u32| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "meeting":{{"agenda":[{{"title":"Runden"}},{{"title":"Fagdag","minutes":5}}],
                 "running":{{"started":"2026-11-24T09:00:00+01:00","item":{item},
                   "item_started":"2026-11-24T09:05:00+01:00","attendees":["Kari"]}}}}}}"#
        ))
    };
    let now = at("2026-11-24T09:07:00+01:00");
    let b = on_item(1);
    let running = b.meeting.as_ref().unwrap().running.as_ref().unwrap();
    assert_eq!(
        item_countdown(&b, running, now),
        Some(Countdown {
            left: 180,
            total: 300,
            phase: Phase::Normal
        })
    );
    let b = on_item(0);
    let running = b.meeting.as_ref().unwrap().running.as_ref().unwrap();
    assert_eq!(item_countdown(&b, running, now), None);
}

/// A follow-up `b1` (Ola, by 30 November) and `b2` (Kari, by 1 December),
/// both decided on 20 November, and `b3`, decided then too, with neither
/// owner nor deadline.
fn three_decisions() -> Board {
    board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"},
                        {"id":"b2","at":"2026-11-20T09:10:00+01:00","text":"Skriv","owner":"Kari","due":"2026-12-01"},
                        {"id":"b3","at":"2026-11-20T09:20:00+01:00","text":"Vi venter"}]}"#,
    )
}

/// `meeting/summary.rs:311` `==` → `!=` in `summary` (each decision's own
/// marks in the log) and `:90` `DecisionAt::is_follow_up` → `true`: on 23
/// November `b1` is marked done; `b2` is still open, and `b3` was never a
/// follow-up (no owner, no deadline), so it is in neither list.
#[test]
fn only_the_decision_marked_done_is_done_and_only_follow_ups_are_open() {
    let b = three_decisions();
    let log = [logged(
        "2026-11-23T09:00:00+01:00",
        Change::FollowedUp {
            decision: "b1".into(),
            text: "Ring".into(),
            done: true,
        },
    )];
    let s = tavle_core::meeting::summary(&b, &log, &day(2026, 11, 23));
    let ids = |l: &[tavle_core::meeting::DecisionAt<'_>]| -> Vec<String> {
        l.iter().map(|d| d.decision.id.clone()).collect()
    };
    assert_eq!(ids(&s.done), ["b1"]);
    assert_eq!(ids(&s.follow_ups), ["b2"]);
}

/// `meeting/summary.rs:90` `DecisionAt::is_follow_up` → `true`: a decision
/// is a follow-up only with an owner (not blank) and a deadline.
#[test]
fn a_decision_without_owner_or_deadline_is_not_a_follow_up() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"},
                        {"id":"b2","at":"2026-11-23T09:01:00+01:00","text":"Skriv","owner":"Kari"},
                        {"id":"b3","at":"2026-11-23T09:02:00+01:00","text":"Les","due":"2026-11-30"},
                        {"id":"b4","at":"2026-11-23T09:03:00+01:00","text":"Vent","owner":"  ","due":"2026-11-30"}]}"#,
    );
    let s = tavle_core::meeting::summary(&b, &[], &day(2026, 11, 23));
    let got: Vec<(&str, bool)> = (s.decisions.iter())
        .map(|d| (d.decision.id.as_str(), d.is_follow_up()))
        .collect();
    assert_eq!(
        got,
        [("b1", true), ("b2", false), ("b3", false), ("b4", false)]
    );
}

/// `meeting/span.rs:90` `Scope::meeting` → `None`: a meeting's scope is that
/// meeting, and the summary of it names it (a day's scope has none).
#[test]
fn the_scope_of_a_meeting_is_that_meeting() {
    use tavle_core::meeting::{Scope, Span};
    let span = Span {
        start: at("2026-11-24T09:00:00+01:00"),
        end: at("2026-11-24T09:20:00+01:00"),
        running: false,
        attendees: vec!["Kari".into()],
        incomplete: false,
    };
    let scope = Scope::Meeting(span.clone());
    assert_eq!(scope.meeting(), Some(&span));
    assert_eq!(day(2026, 11, 24).meeting(), None);
    // `meeting/span.rs:82` `Scope::date` → `Default::default()`: the
    // minutes of a meeting are dated the day it started.
    assert_eq!(scope.date(), NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    let b = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let s = tavle_core::meeting::summary(&b, &[], &scope);
    assert_eq!(s.meeting, Some(span));
    assert_eq!(s.date, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
}

/// `meeting/summary.rs:355` delete the arm `Some((true, false))` (restored)
/// in `summary`: a card taken back from the archive that day is listed as
/// restored.
#[test]
fn a_card_restored_that_day_is_listed_as_restored() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Ring","column":"a"}]}"#,
    );
    let log = [logged(
        "2026-11-23T09:00:00+01:00",
        Change::Restored {
            card: "k1".into(),
            title: "Ring".into(),
        },
    )];
    let s = tavle_core::meeting::summary(&b, &log, &day(2026, 11, 23));
    let restored: Vec<&str> = s.restored.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(restored, ["k1"]);
    assert!(s.archived.is_empty());
}

/// `meeting/prep.rs:128` the guard `title == from` → `true` in `fold`: an
/// item renamed that day renames only itself in the prepared plan. `Runde`
/// is added, then the existing `Status` is renamed `Drift`: the plan adds
/// `Runde` (not `Drift`) and renames `Status` to `Drift`.
#[test]
fn a_rename_in_the_plan_renames_only_its_own_item() {
    let added = Change::AgendaAdded {
        title: "Runde".into(),
        place: 2,
        minutes: None,
    };
    let renamed = Change::AgendaRenamed {
        from: "Status".into(),
        to: "Drift".into(),
        place: 0,
    };
    let log = [
        logged("2026-11-23T09:00:00+01:00", added.clone()),
        logged("2026-11-23T09:05:00+01:00", renamed.clone()),
    ];
    let p = tavle_core::meeting::prepared(&log, &day(2026, 11, 23));
    assert_eq!(p.plan, [added, renamed]);
}

//! Tests for mutants that `cargo mutants -p tavle-core` found surviving the
//! rest of the suite (the meeting: follow-ups, spans, preparation, summary, names; docs/mutants.md lists the runs and the
//! other files of survivors). Each test names what it guards; expected
//! values are written out here, not computed by the code under test.

use crate::common::{board, logged, stamp};

fn follow_up_ids(today: &str) -> Vec<String> {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[
             {"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"a","owner":"Ola","due":"2026-12-01"},
             {"id":"b2","at":"2026-11-24T09:00:00+01:00","text":"b","owner":"Kari","due":"2026-11-26"},
             {"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"c","owner":"Kari","due":"2026-11-25","done":true},
             {"id":"b4","at":"2026-11-24T09:00:00+01:00","text":"d"}]}"#,
    );
    let today = chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
    tavle_core::meeting::follow_ups(&b, today)
        .into_iter()
        .map(|d| d.id.clone())
        .collect()
}

#[test]
fn follow_ups_are_the_open_ones_decided_before_today_soonest_due_first() {
    // b3 is done and b4 has no owner or due date: never follow-ups.
    assert_eq!(follow_up_ids("2026-11-23"), Vec::<String>::new());
    assert_eq!(follow_up_ids("2026-11-24"), ["b1"]);
    assert_eq!(follow_up_ids("2026-11-25"), ["b2", "b1"]);
}

#[test]
fn column_changes_are_empty_only_without_any() {
    use tavle_core::meeting::{ColumnRef, Columns};
    assert!(Columns::default().is_empty());
    let added = Columns {
        added: vec![ColumnRef {
            id: "a".into(),
            title: "A".into(),
        }],
        ..Columns::default()
    };
    assert!(!added.is_empty());
    let order = Columns {
        order: Some(vec!["b".into(), "a".into()]),
        ..Columns::default()
    };
    assert!(!order.is_empty());
}

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

#[test]
fn since_last_time_is_not_empty_when_a_card_was_finished() {
    use tavle_core::meeting::{CardRef, Since, Span, between};
    let b = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let (start, until) = (
        at("2026-11-17T10:00:00+01:00"),
        at("2026-11-24T09:00:00+01:00"),
    );
    let (changes, finished) = between(&b, &[], start, until);
    assert!(finished.is_empty());
    let mut since = Since {
        previous: Span {
            start: at("2026-11-17T09:00:00+01:00"),
            end: start,
            running: false,
            attendees: Vec::new(),
            incomplete: false,
        },
        until,
        changes,
        finished,
        due: Vec::new(),
    };
    assert!(since.is_empty());
    since.finished.push(CardRef {
        id: "k1".into(),
        title: "Ring Kari".into(),
    });
    assert!(!since.is_empty());
}

#[test]
fn the_running_meeting_is_read_from_the_board() {
    use tavle_core::meeting::Span;
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "meeting":{"running":{"started":"2026-11-24T09:00:00+01:00",
             "item_started":"2026-11-24T09:00:00+01:00","attendees":["Kari","Ola"]}}}"#,
    );
    let now = at("2026-11-24T09:20:00+01:00");
    let span = Span::running(&b, now).unwrap();
    assert_eq!(span.start, at("2026-11-24T09:00:00+01:00"));
    assert_eq!(span.end, now);
    assert!(span.running);
    assert_eq!(span.attendees, ["Kari", "Ola"]);
    let idle =
        board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    assert_eq!(Span::running(&idle, now), None);
}

#[test]
fn before_a_scope_is_strictly_before_its_start_or_day() {
    use tavle_core::meeting::{Scope, Span};
    let m = Scope::Meeting(Span {
        start: at("2026-11-24T09:00:00+01:00"),
        end: at("2026-11-24T10:00:00+01:00"),
        running: false,
        attendees: Vec::new(),
        incomplete: false,
    });
    assert!(m.before(at("2026-11-24T08:59:59+01:00")));
    assert!(!m.before(at("2026-11-24T09:00:00+01:00")));
    assert!(!m.before(at("2026-11-24T09:30:00+01:00")));
    assert!(!m.before(at("2026-11-24T11:00:00+01:00")));
    let d = Scope::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert!(d.before(at("2026-11-23T23:59:00+01:00")));
    assert!(!d.before(at("2026-11-24T00:00:00+01:00")));
    assert!(!d.before(at("2026-11-25T08:00:00+01:00")));
}

#[test]
fn the_previous_meeting_is_never_the_one_still_running() {
    use tavle_core::ops::Change;
    let log = [
        logged("2026-11-17T09:00:00+01:00", Change::MeetingStarted),
        logged(
            "2026-11-17T10:00:00+01:00",
            Change::MeetingEnded {
                started: "2026-11-17T09:00:00+01:00".into(),
                attendees: vec!["Kari".into()],
                incomplete: false,
            },
        ),
        // Started an hour before `before` and not ended.
        logged("2026-11-24T09:00:00+01:00", Change::MeetingStarted),
    ];
    let prev = tavle_core::meeting::previous(&log, at("2026-11-24T10:00:00+01:00")).unwrap();
    assert_eq!(prev.start, at("2026-11-17T09:00:00+01:00"));
    assert_eq!(prev.end, at("2026-11-17T10:00:00+01:00"));
}

#[test]
fn preparation_folds_time_boxes_and_drops_an_item_moved_back() {
    use tavle_core::meeting::{Scope, prepared};
    use tavle_core::ops::Change;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let log = [
        logged(
            "2026-11-23T09:00:00+01:00",
            Change::AgendaTimeBox {
                title: "Økonomi".into(),
                place: 1,
                from: None,
                to: Some(10),
            },
        ),
        logged(
            "2026-11-23T09:05:00+01:00",
            Change::AgendaTimeBox {
                title: "Økonomi".into(),
                place: 1,
                from: Some(10),
                to: Some(15),
            },
        ),
        logged(
            "2026-11-23T09:10:00+01:00",
            Change::AgendaMoved {
                title: "Status".into(),
                from: 0,
                to: 2,
            },
        ),
        logged(
            "2026-11-23T09:15:00+01:00",
            Change::AgendaMoved {
                title: "Status".into(),
                from: 2,
                to: 0,
            },
        ),
        logged(
            "2026-11-23T09:20:00+01:00",
            Change::AgendaMoved {
                title: "Runde".into(),
                from: 3,
                to: 1,
            },
        ),
    ];
    let p = prepared(&log, &Scope::Day(day));
    assert_eq!(
        p.plan,
        [
            Change::AgendaTimeBox {
                title: "Økonomi".into(),
                place: 1,
                from: None,
                to: Some(15),
            },
            Change::AgendaMoved {
                title: "Runde".into(),
                from: 3,
                to: 1,
            },
        ]
    );
}

#[test]
fn names_sort_with_ae_oe_aa_after_z_in_that_order() {
    use tavle_core::meeting::name_order;
    let mut names = ["Åse", "Øystein", "Ærlig", "Zara", "Anne"];
    names.sort_by_key(|n| name_order(n));
    assert_eq!(names, ["Anne", "Zara", "Ærlig", "Øystein", "Åse"]);
}

#[test]
fn names_with_accents_sort_by_their_base_letter_and_other_scripts_after_aa() {
    use tavle_core::meeting::name_order;
    let mut names = [
        "Åse",
        "Émile",
        "Zoe",
        "Ünal",
        "Yngve",
        "Ærlig",
        "Ødegård",
        "Ñuñez",
        "Nils",
        "Eva",
        "Ola",
        "Дмитрий",
        "René",
        "Rene",
        "Renate",
    ];
    names.sort_by_key(|n| name_order(n));
    // Written out by hand: é as e, ñ as n, ü as y; "Rene" before "René"
    // (alike but the accent); Cyrillic after å.
    assert_eq!(
        names,
        [
            "Émile",
            "Eva",
            "Nils",
            "Ñuñez",
            "Ola",
            "Renate",
            "Rene",
            "René",
            "Ünal",
            "Yngve",
            "Zoe",
            "Ærlig",
            "Ødegård",
            "Åse",
            "Дмитрий",
        ]
    );
}

fn summary_board() -> tavle_core::model::Board {
    board(
        r#"{"tavle":1,"title":"T","kind":"drift",
           "columns":[{"id":"a","title":"Å gjøre"},{"id":"b","title":"Pågår"},{"id":"f","title":"Ferdig","done":true}],
           "cards":[{"id":"k1","title":"Uten eier","column":"a"},
                    {"id":"k2","title":"Arkivert uten eier","column":"a","archived":true},
                    {"id":"k3","title":"Med eier","column":"b","owner":"Kari"},
                    {"id":"k4","title":"Ferdig uten eier","column":"f"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"},
                        {"id":"b9","at":"2026-11-25T09:00:00+01:00","text":"Senere","owner":"Ola","due":"2026-12-10"}]}"#,
    )
}

fn day_23() -> tavle_core::meeting::Scope {
    tavle_core::meeting::Scope::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
}

#[test]
fn the_minutes_list_a_card_archived_that_day() {
    use tavle_core::ops::Change;
    let b = summary_board();
    let log = [logged(
        "2026-11-23T09:00:00+01:00",
        Change::Archived {
            card: "k2".into(),
            title: "Arkivert uten eier".into(),
        },
    )];
    let s = tavle_core::meeting::summary(&b, &log, &day_23());
    let archived: Vec<(&str, &str)> = s
        .archived
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(archived, [("k2", "Arkivert uten eier")]);
}

#[test]
fn cards_without_an_owner_are_the_active_unfinished_ones() {
    let b = summary_board();
    let s = tavle_core::meeting::summary(&b, &[], &day_23());
    let ids: Vec<&str> = s.no_owner.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["k1"],
        "not the archived k2, not k3 with an owner, not the finished k4"
    );
}

#[test]
fn a_follow_up_marked_done_and_undone_the_same_day_is_not_done() {
    use tavle_core::ops::Change;
    let b = summary_board();
    let mark = |at: &str, done: bool| {
        logged(
            at,
            Change::FollowedUp {
                decision: "b1".into(),
                text: "Ring".into(),
                done,
            },
        )
    };
    let log = [
        mark("2026-11-23T09:00:00+01:00", true),
        mark("2026-11-23T09:05:00+01:00", false),
    ];
    let s = tavle_core::meeting::summary(&b, &log, &day_23());
    assert!(s.done.is_empty());
    let open: Vec<&str> = s
        .follow_ups
        .iter()
        .map(|d| d.decision.id.as_str())
        .collect();
    assert_eq!(open, ["b1"], "still open; b9 was decided after the day");
}

#[test]
fn a_card_added_and_removed_the_same_day_is_not_in_the_minutes() {
    use tavle_core::ops::Change;
    let b = summary_board();
    let log = [
        logged(
            "2026-11-23T09:00:00+01:00",
            Change::Added {
                card: "k7".into(),
                title: "Kortvarig".into(),
                column: "a".into(),
            },
        ),
        logged(
            "2026-11-23T09:01:00+01:00",
            Change::Moved {
                card: "k7".into(),
                title: "Kortvarig".into(),
                from: "a".into(),
                to: "b".into(),
            },
        ),
        logged(
            "2026-11-23T09:02:00+01:00",
            Change::Removed {
                card: "k7".into(),
                title: "Kortvarig".into(),
            },
        ),
    ];
    let s = tavle_core::meeting::summary(&b, &log, &day_23());
    assert!(s.added.is_empty(), "{:?}", s.added);
    assert!(s.moved.is_empty(), "{:?}", s.moved);
}

#[test]
fn a_running_meeting_is_marked_log_incomplete_once() {
    use tavle_core::ops::{log_incomplete, mark_log_incomplete};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "meeting":{"running":{"started":"2026-11-24T09:00:00+01:00",
             "item_started":"2026-11-24T09:00:00+01:00"}}}"#,
    );
    let running = |b: &tavle_core::model::Board| b.meeting.clone().unwrap().running.unwrap();
    assert!(!log_incomplete(&running(&b)));
    assert!(mark_log_incomplete(&mut b), "marked: something to write");
    assert!(log_incomplete(&running(&b)));
    assert!(
        !mark_log_incomplete(&mut b),
        "marked already: nothing to write"
    );
    let mut idle =
        board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    assert!(!mark_log_incomplete(&mut idle), "no meeting runs");
}

#[test]
fn a_meeting_may_last_a_whole_day_and_not_a_minute_more() {
    use tavle_core::ops::{MAX_MINUTES, Op, PrepareOp, apply};
    assert_eq!(MAX_MINUTES, 1440);
    let mut b =
        board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let set = |m: u64| Op::Prepare(PrepareOp::SetLength(Some(m)));
    assert!(apply(&mut b, &set(1440), &stamp()).is_ok());
    assert!(apply(&mut b, &set(1441), &stamp()).is_err());
    assert!(apply(&mut b, &set(0), &stamp()).is_err());
    assert!(apply(&mut b, &set(1), &stamp()).is_ok());
}

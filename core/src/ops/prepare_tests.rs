//! The meeting's plan and attendance as ops: each applied and undone gives the
//! board back, each says what it did, and an item is found by its title when
//! another screen moved it.

use super::*;
use crate::model::{Running, Timestamp};
use crate::ops::{Op, apply as apply_op};

fn board(running: bool) -> Board {
    let run = if running {
        r#","running":{"started":"2026-11-24T09:00:00+01:00","item":2,
            "item_started":"2026-11-24T09:03:00+01:00","attendees":["Kari","Ola"]}"#
    } else {
        ""
    };
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"drift",
          "meeting":{{"minutes":10,"goal":"Trygg drift",
            "agenda":["Bemanning",{{"title":"Avvik","minutes":3,"farge":"rød"}},"Tiltak","Eventuelt"]{run}}}}}"#
    );
    crate::analyze::analyze_text(&text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T09:05:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn titles(b: &Board) -> Vec<String> {
    b.meeting
        .as_ref()
        .unwrap()
        .agenda
        .iter()
        .map(|i| i.title.clone())
        .collect()
}

fn run(b: &Board) -> &Running {
    b.meeting.as_ref().unwrap().running.as_ref().unwrap()
}

fn item(at: usize, title: &str) -> ItemRef {
    ItemRef {
        at,
        title: title.into(),
    }
}

/// Apply `op`, check it changed the board and said `change`, then apply its
/// inverse and check the board is as it was.
fn round_trip(running: bool, op: PrepareOp, change: Change) -> Board {
    let original = board(running);
    let mut b = original.clone();
    let applied = apply_op(&mut b, &Op::Prepare(op), &stamp()).unwrap();
    assert_ne!(b, original, "the op changed nothing");
    assert_eq!(applied.change, change);
    assert!(applied.inverse.undoable(), "{:?}", applied.inverse);
    let changed = b.clone();
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(b, original, "undo did not give the board back");
    changed
}

#[test]
fn goal_and_length_are_set_and_undone() {
    let b = round_trip(
        false,
        PrepareOp::SetGoal(Some("  Ingen fall  ".into())),
        Change::MeetingGoal {
            from: Some("Trygg drift".into()),
            to: Some("Ingen fall".into()),
        },
    );
    assert_eq!(
        b.meeting.unwrap().goal.as_deref(),
        Some("Ingen fall"),
        "trimmed"
    );
    let b = round_trip(
        false,
        PrepareOp::SetGoal(Some(" ".into())),
        Change::MeetingGoal {
            from: Some("Trygg drift".into()),
            to: None,
        },
    );
    assert_eq!(b.meeting.unwrap().goal, None);
    let b = round_trip(
        false,
        PrepareOp::SetLength(Some(20)),
        Change::MeetingLength {
            from: Some(10),
            to: Some(20),
        },
    );
    assert_eq!(b.meeting.unwrap().time_box(), 20);
    round_trip(
        false,
        PrepareOp::SetLength(None),
        Change::MeetingLength {
            from: Some(10),
            to: None,
        },
    );
}

#[test]
fn agenda_items_are_added_removed_renamed_moved_and_timed() {
    let b = round_trip(
        false,
        PrepareOp::AddItem {
            at: Some(1),
            item: AgendaItem {
                minutes: Some(2),
                ..AgendaItem::new(" Fall ")
            },
        },
        Change::AgendaAdded {
            title: "Fall".into(),
            place: 1,
            minutes: Some(2),
        },
    );
    assert_eq!(
        titles(&b),
        ["Bemanning", "Fall", "Avvik", "Tiltak", "Eventuelt"]
    );
    let b = round_trip(
        false,
        PrepareOp::AddItem {
            at: None,
            item: AgendaItem::new("Sist"),
        },
        Change::AgendaAdded {
            title: "Sist".into(),
            place: 4,
            minutes: None,
        },
    );
    assert_eq!(titles(&b).last().unwrap(), "Sist");
    // Removing keeps what another tool wrote on the item, for undo to put back.
    let b = round_trip(
        false,
        PrepareOp::RemoveItem(item(1, "Avvik")),
        Change::AgendaRemoved {
            title: "Avvik".into(),
            place: 1,
        },
    );
    assert_eq!(titles(&b), ["Bemanning", "Tiltak", "Eventuelt"]);
    round_trip(
        false,
        PrepareOp::RenameItem {
            item: item(2, "Tiltak"),
            title: "Tiltak og frister".into(),
        },
        Change::AgendaRenamed {
            from: "Tiltak".into(),
            to: "Tiltak og frister".into(),
            place: 2,
        },
    );
    let b = round_trip(
        false,
        PrepareOp::MoveItem {
            item: item(3, "Eventuelt"),
            to: 0,
        },
        Change::AgendaMoved {
            title: "Eventuelt".into(),
            from: 3,
            to: 0,
        },
    );
    assert_eq!(titles(&b), ["Eventuelt", "Bemanning", "Avvik", "Tiltak"]);
    let b = round_trip(
        false,
        PrepareOp::MoveItem {
            item: item(0, "Bemanning"),
            to: 2,
        },
        Change::AgendaMoved {
            title: "Bemanning".into(),
            from: 0,
            to: 2,
        },
    );
    assert_eq!(titles(&b), ["Avvik", "Tiltak", "Bemanning", "Eventuelt"]);
    let b = round_trip(
        false,
        PrepareOp::SetItemMinutes {
            item: item(1, "Avvik"),
            minutes: None,
        },
        Change::AgendaTimeBox {
            title: "Avvik".into(),
            place: 1,
            from: Some(3),
            to: None,
        },
    );
    assert_eq!(b.meeting.unwrap().agenda[1].minutes, None);
}

#[test]
fn a_board_without_a_meeting_gets_one_and_undo_leaves_an_empty_one() {
    let mut b = crate::analyze::analyze_text(r#"{"tavle":1,"title":"T","kind":"drift"}"#)
        .0
        .unwrap();
    let op = Op::Prepare(PrepareOp::AddItem {
        at: None,
        item: AgendaItem::new("Første"),
    });
    let applied = apply_op(&mut b, &op, &stamp()).unwrap();
    assert_eq!(titles(&b), ["Første"]);
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert!(titles(&b).is_empty());
}

#[test]
fn the_item_under_way_stays_under_way_when_the_agenda_changes() {
    // The meeting is at item 2, "Tiltak".
    let current = |b: &Board| titles(b)[run(b).item as usize].clone();
    for op in [
        PrepareOp::MoveItem {
            item: item(3, "Eventuelt"),
            to: 0,
        },
        PrepareOp::MoveItem {
            item: item(2, "Tiltak"),
            to: 0,
        },
        PrepareOp::MoveItem {
            item: item(0, "Bemanning"),
            to: 3,
        },
        PrepareOp::RemoveItem(item(0, "Bemanning")),
        PrepareOp::AddItem {
            at: Some(0),
            item: AgendaItem::new("Nytt"),
        },
    ] {
        let mut b = board(true);
        let applied = apply_op(&mut b, &Op::Prepare(op.clone()), &stamp()).unwrap();
        assert_eq!(current(&b), "Tiltak", "{op:?}");
        apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
        assert_eq!(b, board(true), "{op:?}");
    }
}

#[test]
fn an_item_moved_by_another_screen_is_found_by_its_title() {
    let mut b = board(false);
    // Another screen put a new item first: "Avvik" is now at 2, not 1.
    b.meeting
        .as_mut()
        .unwrap()
        .agenda
        .insert(0, AgendaItem::new("Ny"));
    apply_op(
        &mut b,
        &Op::Prepare(PrepareOp::RemoveItem(item(1, "Avvik"))),
        &stamp(),
    )
    .unwrap();
    assert_eq!(titles(&b), ["Ny", "Bemanning", "Tiltak", "Eventuelt"]);
    let before = b.clone();
    assert_eq!(
        apply_op(
            &mut b,
            &Op::Prepare(PrepareOp::RemoveItem(item(1, "Avvik"))),
            &stamp()
        ),
        Err(OpError::NoSuchAgendaItem("Avvik".into()))
    );
    assert_eq!(b, before);
}

#[test]
fn attendance_is_ticked_and_unticked_in_place() {
    let b = round_trip(
        true,
        PrepareOp::Present {
            name: " Per Hansen ".into(),
            at: None,
            guest: true,
        },
        Change::Attended {
            name: "Per Hansen".into(),
            present: true,
            guest: true,
        },
    );
    assert_eq!(run(&b).attendees, ["Kari", "Ola", "Per Hansen"]);
    // Unticking Kari and undoing it puts her back first, not last.
    let b = round_trip(
        true,
        PrepareOp::Absent {
            name: "kari".into(),
        },
        Change::Attended {
            name: "Kari".into(),
            present: false,
            guest: false,
        },
    );
    assert_eq!(run(&b).attendees, ["Ola"]);
    // Ticking someone already there changes nothing, and neither does its undo.
    let mut b = board(true);
    let applied = apply_op(
        &mut b,
        &Op::Prepare(PrepareOp::Present {
            name: "OLA".into(),
            at: None,
            guest: false,
        }),
        &stamp(),
    )
    .unwrap();
    apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
    assert_eq!(run(&b).attendees, ["Kari", "Ola"]);
}

#[test]
fn attendance_needs_a_running_meeting_and_time_boxes_a_sane_length() {
    let mut b = board(false);
    let before = b.clone();
    for (op, err) in [
        (
            PrepareOp::Present {
                name: "Kari".into(),
                at: None,
                guest: false,
            },
            OpError::NoMeeting,
        ),
        (PrepareOp::SetLength(Some(0)), OpError::MinutesOutOfRange(0)),
        (
            PrepareOp::SetItemMinutes {
                item: item(0, "Bemanning"),
                minutes: Some(1441),
            },
            OpError::MinutesOutOfRange(1441),
        ),
        (
            PrepareOp::AddItem {
                at: None,
                item: AgendaItem::new("  "),
            },
            OpError::EmptyTitle,
        ),
        (
            PrepareOp::RenameItem {
                item: item(0, "Bemanning"),
                title: "".into(),
            },
            OpError::EmptyTitle,
        ),
    ] {
        assert_eq!(apply_op(&mut b, &Op::Prepare(op), &stamp()), Err(err));
        assert_eq!(b, before);
    }
}

#[test]
fn the_new_changes_read_back_from_the_change_log() {
    let changes = [
        Change::MeetingGoal {
            from: None,
            to: Some("Mål".into()),
        },
        Change::MeetingLength {
            from: Some(10),
            to: None,
        },
        Change::AgendaAdded {
            title: "A".into(),
            place: 0,
            minutes: Some(3),
        },
        Change::AgendaRemoved {
            title: "A".into(),
            place: 0,
        },
        Change::AgendaRenamed {
            from: "A".into(),
            to: "B".into(),
            place: 1,
        },
        Change::AgendaMoved {
            title: "B".into(),
            from: 1,
            to: 0,
        },
        Change::AgendaTimeBox {
            title: "B".into(),
            place: 0,
            from: None,
            to: Some(5),
        },
        Change::Attended {
            name: "Per".into(),
            present: true,
            guest: true,
        },
    ];
    let entries: Vec<crate::log::Logged> = changes
        .iter()
        .map(|c| crate::log::Logged {
            at: "2026-11-24T09:05:00+01:00".into(),
            by: "Kari".into(),
            change: c.clone(),
        })
        .collect();
    let text = crate::log::lines(&entries);
    assert_eq!(
        text.lines().count(),
        changes.len(),
        "every change is logged"
    );
    assert!(text.contains(r#""change":"agenda_moved""#), "{text}");
    assert_eq!(crate::log::parse(&text), entries);
}

//! The column ops: each undone and redone exactly, the finished column kept,
//! and bad ops refused without a change.

use super::super::{Op, apply as apply_op};
use super::*;
use crate::model::Timestamp;

fn board() -> Board {
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "columns":[{"id":"i-dag","title":"I dag"},{"id":"pagar","title":"Pågår","wip":3},
                 {"id":"ferdig","title":"Ferdig"}],
      "cards":[{"id":"k1","title":"one","column":"i-dag"},{"id":"k2","title":"two","column":"ferdig"}]}"#;
    crate::analyze::analyze_text(text).0.unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

fn ids(b: &Board) -> Vec<&str> {
    b.columns.iter().map(|c| c.id.as_str()).collect()
}

fn run(b: &mut Board, op: ColumnOp) -> super::super::Applied {
    apply_op(b, &Op::Column(op), &stamp()).unwrap()
}

/// Apply, undo, redo: undo gives back the board exactly, redo the change.
fn round_trip(op: ColumnOp) -> Board {
    let original = board();
    let mut b = original.clone();
    let done = run(&mut b, op);
    let changed = b.clone();
    assert_ne!(changed, original);
    let undone = run_op(&mut b, done.inverse);
    assert_eq!(b, original, "undo gives back the board");
    run_op(&mut b, undone.inverse);
    assert_eq!(b, changed, "redo does it again");
    changed
}

fn run_op(b: &mut Board, op: Op) -> super::super::Applied {
    apply_op(b, &op, &stamp()).unwrap()
}

#[test]
fn ids_are_made_from_titles_and_never_taken_twice() {
    assert_eq!(column_id("Venter på andre", &[]), "venter-pa-andre");
    assert_eq!(column_id("  Til  vurdering! ", &[]), "til-vurdering");
    assert_eq!(column_id("Ærlig", &[]), "aerlig");
    assert_eq!(column_id("??", &[]), "kolonne");
    assert_eq!(column_id("Pågår", &["pagar", "pagar-2"]), "pagar-3");
}

#[test]
fn a_column_is_added_before_another_and_undone() {
    let b = round_trip(ColumnOp::Add {
        column: NewColumn {
            title: " Venter på andre ".into(),
            wip: Some(2),
        },
        before: Some("ferdig".into()),
    });
    assert_eq!(ids(&b), ["i-dag", "pagar", "venter-pa-andre", "ferdig"]);
    let c = b.column("venter-pa-andre").unwrap();
    assert_eq!((c.title.as_str(), c.wip), ("Venter på andre", Some(2)));
    // The last column stays the last: nothing is marked.
    assert!(b.columns.iter().all(|c| c.done.is_none()));
}

#[test]
fn adding_after_the_finished_column_keeps_it_finished() {
    let mut b = board();
    assert!(b.is_done(b.card("k2").unwrap()));
    let added = run(
        &mut b,
        ColumnOp::Add {
            column: NewColumn {
                title: "Evaluert".into(),
                wip: None,
            },
            before: None,
        },
    );
    assert_eq!(ids(&b), ["i-dag", "pagar", "ferdig", "evaluert"]);
    assert!(b.is_done(b.card("k2").unwrap()), "Ferdig is still finished");
    assert_eq!(b.column("ferdig").unwrap().done, Some(true));
    run_op(&mut b, added.inverse);
    assert_eq!(b, board(), "undo clears the mark again");
}

#[test]
fn moving_the_last_column_keeps_it_finished_and_undo_gives_the_file_back() {
    let b = round_trip(ColumnOp::Move {
        id: "ferdig".into(),
        before: Some("pagar".into()),
    });
    assert_eq!(ids(&b), ["i-dag", "ferdig", "pagar"]);
    assert_eq!(b.column("ferdig").unwrap().done, Some(true));
    assert!(b.is_done(b.card("k2").unwrap()));
}

#[test]
fn moving_a_column_past_the_finished_one_keeps_it_finished_and_undo_unmarks_it() {
    let b = round_trip(ColumnOp::Move {
        id: "pagar".into(),
        before: None,
    });
    assert_eq!(ids(&b), ["i-dag", "ferdig", "pagar"]);
    assert_eq!(b.column("ferdig").unwrap().done, Some(true));
}

#[test]
fn moves_say_where_from_and_to_and_the_new_order() {
    let mut b = board();
    let moved = run(
        &mut b,
        ColumnOp::Move {
            id: "i-dag".into(),
            before: Some("ferdig".into()),
        },
    );
    assert_eq!(ids(&b), ["pagar", "i-dag", "ferdig"]);
    assert_eq!(
        moved.change,
        Change::ColumnMoved {
            column: "i-dag".into(),
            title: "I dag".into(),
            from: 1,
            to: 2,
            order: vec!["pagar".into(), "i-dag".into(), "ferdig".into()],
        }
    );
}

#[test]
fn rename_and_limit_are_one_change_and_undo() {
    let b = round_trip(ColumnOp::Set {
        id: "pagar".into(),
        patch: ColumnPatch {
            title: Some("Pågår nå".into()),
            wip: Some(None),
        },
    });
    let c = b.column("pagar").unwrap();
    assert_eq!((c.title.as_str(), c.wip), ("Pågår nå", None));
    let mut b = board();
    let set = run(
        &mut b,
        ColumnOp::Set {
            id: "pagar".into(),
            patch: ColumnPatch {
                title: Some("Pågår".into()),
                wip: Some(Some(5)),
            },
        },
    );
    assert_eq!(
        set.change,
        Change::ColumnChanged {
            column: "pagar".into(),
            title: "Pågår".into(),
            renamed_from: None,
            wip: Some(super::super::change::Limit {
                from: Some(3),
                to: Some(5)
            }),
        }
    );
}

#[test]
fn bad_ops_change_nothing() {
    let mut b = board();
    let before = b.clone();
    let cases = [
        (
            ColumnOp::Add {
                column: NewColumn {
                    title: " ".into(),
                    wip: None,
                },
                before: None,
            },
            OpError::EmptyTitle,
        ),
        (
            ColumnOp::Add {
                column: NewColumn {
                    title: "A".into(),
                    wip: Some(0),
                },
                before: None,
            },
            OpError::ZeroLimit,
        ),
        (
            ColumnOp::Move {
                id: "pagar".into(),
                before: Some("borte".into()),
            },
            OpError::NoSuchColumn("borte".into()),
        ),
        (
            ColumnOp::Remove { id: "i-dag".into() },
            OpError::ColumnNotEmpty("i-dag".into()),
        ),
        (
            ColumnOp::Set {
                id: "x".into(),
                patch: ColumnPatch::default(),
            },
            OpError::NoSuchColumn("x".into()),
        ),
    ];
    for (op, err) in cases {
        assert_eq!(
            apply_op(&mut b, &Op::Column(op), &stamp()).unwrap_err(),
            err
        );
        assert_eq!(b, before);
    }
}

#[test]
fn undoing_an_add_refuses_when_a_card_stands_in_it_now() {
    let mut b = board();
    let added = run(
        &mut b,
        ColumnOp::Add {
            column: NewColumn {
                title: "Ny".into(),
                wip: None,
            },
            before: Some("ferdig".into()),
        },
    );
    b.cards[0].column = "ny".into();
    assert_eq!(
        apply_op(&mut b, &added.inverse, &stamp()).unwrap_err(),
        OpError::ColumnNotEmpty("ny".into())
    );
}

#[test]
fn a_column_put_back_gets_a_fresh_id_when_its_own_was_taken() {
    let mut b = board();
    let added = run(
        &mut b,
        ColumnOp::Add {
            column: NewColumn {
                title: "Ny".into(),
                wip: None,
            },
            before: Some("ferdig".into()),
        },
    );
    let removed = run_op(&mut b, added.inverse);
    // Someone else adds a column "ny" meanwhile.
    run(
        &mut b,
        ColumnOp::Add {
            column: NewColumn {
                title: "Ny".into(),
                wip: None,
            },
            before: None,
        },
    );
    run_op(&mut b, removed.inverse);
    assert_eq!(ids(&b), ["i-dag", "pagar", "ny-2", "ferdig", "ny"]);
}

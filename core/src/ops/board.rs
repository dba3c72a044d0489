//! Changes to a board as a whole: merging a sync client's conflict copy into
//! it, and putting a whole board back (the undo of a merge). Pure; see
//! [`super`] and [`crate::merge`].
//!
//! A merge is decided on screen against the board as it was shown, but saved
//! under the lock against the board as it is *now*: [`BoardOp::Merge`] carries
//! the copy, the common ancestor and the user's choices, and runs the merge
//! again on the fresh board. A conflict that was not on screen (the board
//! changed meanwhile) has no choice, and the op refuses rather than guess; the
//! screen then asks the new question. Nothing here reads a file.

use crate::merge::{self, Path, Side};
use crate::model::Board;

use super::{Change, OpError, Outcome, Stamp};

/// A change to a board as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum BoardOp {
    /// Merge the conflict copy `copy` (its file name is `name`) into the
    /// board, by element; `base` is their common ancestor when known (a
    /// three-way merge), and `choices` settle the fields changed differently
    /// on both sides. Every conflict the merge finds must have a choice.
    Merge {
        name: String,
        copy: Box<Board>,
        base: Option<Box<Board>>,
        choices: Vec<(Path, Side)>,
    },
    /// Put `board` in place of the whole board: the undo of a merge of the
    /// copy `copy` (`merged: false`, the board as it was before) or the redo
    /// (`merged: true`, the merged board).
    Replace {
        board: Box<Board>,
        copy: String,
        merged: bool,
    },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &BoardOp,
    _stamp: &Stamp,
) -> Result<Outcome<BoardOp>, OpError> {
    match op {
        BoardOp::Merge {
            name,
            copy,
            base,
            choices,
        } => {
            let m = merge::merge(base.as_deref(), board, copy);
            let choice = |at: &Path| choices.iter().find(|(p, _)| p == at).map(|(_, s)| *s);
            let unsettled = m
                .conflicts
                .iter()
                .filter(|c| choice(&c.at).is_none())
                .count();
            if unsettled > 0 {
                return Err(OpError::MergeUnsettled(unsettled));
            }
            let merged = merge::resolve(&m, |c| choice(&c.at).unwrap_or(Side::Board));
            let removed = gone(board, &merged);
            let changed = merge::changed(board, &merged).len();
            let before = std::mem::replace(board, merged);
            let added = m.added_from_copy;
            Ok(Outcome {
                inverse: BoardOp::Replace {
                    board: Box::new(before),
                    copy: name.clone(),
                    merged: false,
                },
                change: Change::Merged {
                    copy: name.clone(),
                    cards: added.cards,
                    decisions: added.decisions,
                    values: added.values,
                    chosen: m.conflicts.len(),
                    removed,
                    changed,
                    renamed: m.renamed.len(),
                    undone: false,
                },
            })
        }
        BoardOp::Replace {
            board: new,
            copy,
            merged,
        } => {
            let removed = gone(board, new);
            let changed = merge::changed(board, new).len();
            let before = std::mem::replace(board, (**new).clone());
            Ok(Outcome {
                inverse: BoardOp::Replace {
                    board: Box::new(before),
                    copy: copy.clone(),
                    merged: !merged,
                },
                // A redo is the same merge again, with nothing new to count.
                change: Change::Merged {
                    copy: copy.clone(),
                    cards: 0,
                    decisions: 0,
                    values: 0,
                    chosen: 0,
                    removed,
                    changed,
                    renamed: 0,
                    undone: !merged,
                },
            })
        }
    }
}

/// What going from `before` to `after` takes away, for the change log.
fn gone(before: &Board, after: &Board) -> Vec<super::change::Gone> {
    merge::removed(before, after)
        .iter()
        .filter_map(super::change::Gone::of)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{Op, apply as apply_op};
    use super::*;
    use crate::merge::Element;
    use crate::model::Timestamp;

    fn board(cards: &str) -> Board {
        let text = format!(
            r#"{{"tavle":1,"title":"T","kind":"drift",
              "columns":[{{"id":"a","title":"A"}}],"cards":[{cards}]}}"#
        );
        crate::analyze::analyze_text(&text).0.unwrap()
    }

    fn stamp() -> Stamp {
        Stamp {
            at: Timestamp::parse("2026-11-30T10:00:00+01:00").unwrap(),
            by: "Kari".into(),
        }
    }

    fn title_of(b: &Board, id: &str) -> String {
        b.card(id).unwrap().title.clone()
    }

    fn merge_op(copy: &Board, base: Option<&Board>, choices: Vec<(Path, Side)>) -> Op {
        Op::Board(BoardOp::Merge {
            name: "b.sync-conflict-20261130-101500-ABCD123.json".into(),
            copy: Box::new(copy.clone()),
            base: base.map(|b| Box::new(b.clone())),
            choices,
        })
    }

    #[test]
    fn a_merge_takes_the_copy_and_its_undo_puts_the_board_back() {
        let base = board(r#"{"id":"k1","title":"Ring","column":"a"}"#);
        let mine = board(r#"{"id":"k1","title":"Ring Kari","column":"a"}"#);
        let copy = board(
            r#"{"id":"k1","title":"Ring","column":"a"},{"id":"k2","title":"Ny","column":"a"}"#,
        );
        let mut b = mine.clone();
        let applied = apply_op(&mut b, &merge_op(&copy, Some(&base), vec![]), &stamp()).unwrap();
        assert_eq!(title_of(&b, "k1"), "Ring Kari", "one-sided change kept");
        assert_eq!(title_of(&b, "k2"), "Ny", "the copy's card came in");
        assert!(matches!(
            applied.change,
            Change::Merged {
                cards: 1,
                chosen: 0,
                undone: false,
                ..
            }
        ));
        let merged = b.clone();
        let undone = apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
        assert_eq!(b, mine);
        assert!(matches!(undone.change, Change::Merged { undone: true, .. }));
        apply_op(&mut b, &undone.inverse, &stamp()).unwrap();
        assert_eq!(b, merged, "redo puts the merged board back");
    }

    #[test]
    fn every_conflict_needs_a_choice_and_the_choice_is_taken() {
        let base = board(r#"{"id":"k1","title":"Ring","column":"a"}"#);
        let mine = board(r#"{"id":"k1","title":"Ring Kari","column":"a"}"#);
        let copy = board(r#"{"id":"k1","title":"Ring Per","column":"a"}"#);
        let mut b = mine.clone();
        assert_eq!(
            apply_op(&mut b, &merge_op(&copy, Some(&base), vec![]), &stamp()),
            Err(OpError::MergeUnsettled(1))
        );
        assert_eq!(b, mine, "a refused merge changes nothing");
        let at = Path {
            element: Element::Card("k1".into()),
            field: "title".into(),
        };
        for (side, want) in [(Side::Copy, "Ring Per"), (Side::Board, "Ring Kari")] {
            let mut b = mine.clone();
            let op = merge_op(&copy, Some(&base), vec![(at.clone(), side)]);
            apply_op(&mut b, &op, &stamp()).unwrap();
            assert_eq!(title_of(&b, "k1"), want);
        }
    }

    #[test]
    fn a_conflict_that_appeared_meanwhile_is_refused() {
        // Chosen against one board; under the lock the board has changed
        // another field the copy changed too.
        let base = board(r#"{"id":"k1","title":"Ring","column":"a","owner":"Ola"}"#);
        let copy = board(r#"{"id":"k1","title":"Ring Per","column":"a","owner":"Per"}"#);
        let shown = board(r#"{"id":"k1","title":"Ring Kari","column":"a","owner":"Ola"}"#);
        let title = Path {
            element: Element::Card("k1".into()),
            field: "title".into(),
        };
        let op = merge_op(&copy, Some(&base), vec![(title, Side::Board)]);
        apply_op(&mut shown.clone(), &op, &stamp()).unwrap();
        let now = board(r#"{"id":"k1","title":"Ring Kari","column":"a","owner":"Kari"}"#);
        assert_eq!(
            apply_op(&mut now.clone(), &op, &stamp()),
            Err(OpError::MergeUnsettled(1))
        );
    }

    #[test]
    fn the_change_log_names_what_a_merge_removed() {
        let base = board(
            r#"{"id":"k1","title":"Ring","column":"a"},{"id":"k2","title":"Skriv","column":"a"}"#,
        );
        let copy = board(r#"{"id":"k1","title":"Ring","column":"a"}"#);
        let mut b = base.clone();
        // The copy removed k2: that is asked, and refused without a choice.
        assert_eq!(
            apply_op(&mut b, &merge_op(&copy, Some(&base), vec![]), &stamp()),
            Err(OpError::MergeUnsettled(1))
        );
        let whole = Path {
            element: Element::Card("k2".into()),
            field: merge::WHOLE.into(),
        };
        let op = merge_op(&copy, Some(&base), vec![(whole, Side::Copy)]);
        let applied = apply_op(&mut b, &op, &stamp()).unwrap();
        assert!(b.card("k2").is_none());
        let gone = super::super::Gone {
            kind: "card".into(),
            id: "k2".into(),
            title: "Skriv".into(),
        };
        match &applied.change {
            Change::Merged { removed, .. } => assert_eq!(removed, &[gone]),
            other => panic!("{other:?}"),
        }
        let line = serde_json::to_string(&applied.change).unwrap();
        assert!(
            line.contains(r#""removed":[{"kind":"card","id":"k2","title":"Skriv"}]"#),
            "{line}"
        );
    }
}

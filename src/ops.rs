//! Changes to a board as values. An [`Op`] is applied by a pure function to
//! whatever the board is *now* (the storage layer re-reads the file under a
//! lock first), so two screens editing different cards never overwrite each
//! other. Applying returns the inverse op, which is what undo applies.

use chrono::NaiveDate;

use crate::model::{Board, Card, Extra, Light, Timestamp};

/// Fields of a card to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardPatch {
    pub title: Option<String>,
    pub owner: Option<Option<String>>,
    pub due: Option<Option<NaiveDate>>,
    pub light: Option<Option<Light>>,
    pub archived: Option<bool>,
}

impl CardPatch {
    pub fn is_empty(&self) -> bool {
        *self == CardPatch::default()
    }
}

/// New card contents; the id is chosen when the op is applied to the fresh board.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCard {
    pub title: String,
    pub column: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub light: Option<Light>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Add a card at the end of its column.
    AddCard(NewCard),
    /// Put back a card exactly as it was (undo of a removal), before `before` if given.
    InsertCard {
        card: Box<Card>,
        before: Option<String>,
    },
    /// Remove a card from the file (only as the undo of an add; users archive).
    RemoveCard { id: String },
    /// Move a card to `column`, before the card `before` (or to the column's end).
    MoveCard {
        id: String,
        column: String,
        before: Option<String>,
    },
    /// Change some fields of a card.
    SetCard { id: String, patch: CardPatch },
}

/// Why an op could not be applied to the current board.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    #[error("no card with id {0}")]
    NoSuchCard(String),
    #[error("no column with id {0}")]
    NoSuchColumn(String),
    #[error("a card with id {0} exists already")]
    DuplicateCard(String),
    #[error("the title is empty")]
    EmptyTitle,
}

/// Who made a change and when; written to the card's `updated` and `updated_by`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub at: Timestamp,
    pub by: String,
}

/// The result of applying an op: the card it concerned and how to undo it.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub card: String,
    pub inverse: Op,
}

/// The next free id of the form `{prefix}{n}`: one more than the largest in use.
pub fn next_id<'a>(prefix: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let max = ids
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max.saturating_add(1))
}

fn index_of(board: &Board, id: &str) -> Result<usize, OpError> {
    board
        .cards
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| OpError::NoSuchCard(id.to_string()))
}

/// The id of the card after `index` in the same column, if any.
fn next_in_column(board: &Board, index: usize) -> Option<String> {
    let column = &board.cards[index].column;
    board.cards[index + 1..]
        .iter()
        .find(|c| &c.column == column)
        .map(|c| c.id.clone())
}

/// Insert `card` before the card `before` (if it is still in the card's column),
/// else after the last card of its column, else at the end.
fn insert(board: &mut Board, card: Card, before: Option<&str>) {
    let at = before
        .and_then(|b| {
            board
                .cards
                .iter()
                .position(|c| c.id == b && c.column == card.column)
        })
        .or_else(|| {
            board
                .cards
                .iter()
                .rposition(|c| c.column == card.column)
                .map(|i| i + 1)
        })
        .unwrap_or(board.cards.len());
    board.cards.insert(at, card);
}

fn touch(card: &mut Card, stamp: &Stamp) {
    card.updated = Some(stamp.at.clone());
    card.updated_by = Some(stamp.by.clone());
}

/// Apply `op` to `board`. On error the board is unchanged.
pub fn apply(board: &mut Board, op: &Op, stamp: &Stamp) -> Result<Applied, OpError> {
    match op {
        Op::AddCard(new) => {
            if new.title.trim().is_empty() {
                return Err(OpError::EmptyTitle);
            }
            // An empty column means the first one (scripts need not know the ids).
            let column = if new.column.is_empty() {
                board
                    .columns
                    .first()
                    .map(|c| c.id.clone())
                    .unwrap_or_default()
            } else {
                new.column.clone()
            };
            if board.column(&column).is_none() {
                return Err(OpError::NoSuchColumn(column));
            }
            let id = next_id("k", board.cards.iter().map(|c| c.id.as_str()));
            let card = Card {
                id: id.clone(),
                title: new.title.trim().to_string(),
                column,
                owner: new.owner.clone().filter(|o| !o.trim().is_empty()),
                due: new.due,
                light: new.light,
                tags: Vec::new(),
                note: None,
                goal: None,
                archived: false,
                created: Some(stamp.at.clone()),
                updated: Some(stamp.at.clone()),
                updated_by: Some(stamp.by.clone()),
                source: None,
                effect: None,
                effort: None,
                extra: Extra::new(),
            };
            insert(board, card, None);
            Ok(Applied {
                card: id.clone(),
                inverse: Op::RemoveCard { id },
            })
        }
        Op::InsertCard { card, before } => {
            if board.card(&card.id).is_some() {
                return Err(OpError::DuplicateCard(card.id.clone()));
            }
            if board.column(&card.column).is_none() {
                return Err(OpError::NoSuchColumn(card.column.clone()));
            }
            let id = card.id.clone();
            insert(board, (**card).clone(), before.as_deref());
            Ok(Applied {
                card: id.clone(),
                inverse: Op::RemoveCard { id },
            })
        }
        Op::RemoveCard { id } => {
            let i = index_of(board, id)?;
            let before = next_in_column(board, i);
            let card = board.cards.remove(i);
            Ok(Applied {
                card: id.clone(),
                inverse: Op::InsertCard {
                    card: Box::new(card),
                    before,
                },
            })
        }
        Op::MoveCard { id, column, before } => {
            if board.column(column).is_none() {
                return Err(OpError::NoSuchColumn(column.clone()));
            }
            let i = index_of(board, id)?;
            let old_column = board.cards[i].column.clone();
            let old_before = next_in_column(board, i);
            let mut card = board.cards.remove(i);
            card.column = column.clone();
            touch(&mut card, stamp);
            insert(board, card, before.as_deref().filter(|b| b != id));
            Ok(Applied {
                card: id.clone(),
                inverse: Op::MoveCard {
                    id: id.clone(),
                    column: old_column,
                    before: old_before,
                },
            })
        }
        Op::SetCard { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            let i = index_of(board, id)?;
            let card = &mut board.cards[i];
            let mut old = CardPatch::default();
            if let Some(title) = &patch.title {
                old.title = Some(std::mem::replace(&mut card.title, title.trim().to_string()));
            }
            if let Some(owner) = &patch.owner {
                let owner = owner.clone().filter(|o| !o.trim().is_empty());
                old.owner = Some(std::mem::replace(&mut card.owner, owner));
            }
            if let Some(due) = patch.due {
                old.due = Some(std::mem::replace(&mut card.due, due));
            }
            if let Some(light) = patch.light {
                old.light = Some(std::mem::replace(&mut card.light, light));
            }
            if let Some(archived) = patch.archived {
                old.archived = Some(std::mem::replace(&mut card.archived, archived));
            }
            touch(card, stamp);
            Ok(Applied {
                card: id.clone(),
                inverse: Op::SetCard {
                    id: id.clone(),
                    patch: old,
                },
            })
        }
    }
}

/// The light after `light` when cycling with the space key: none → green →
/// yellow → red → none.
pub fn cycle_light(light: Option<Light>) -> Option<Light> {
    match light {
        None => Some(Light::Green),
        Some(Light::Green) => Some(Light::Yellow),
        Some(Light::Yellow) => Some(Light::Red),
        Some(Light::Red) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    fn board() -> Board {
        let text = r#"{"tavle":1,"title":"T","kind":"drift",
          "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"}],
          "cards":[{"id":"k1","title":"one","column":"a"},{"id":"k2","title":"two","column":"b"},
                   {"id":"k3","title":"three","column":"a"}]}"#;
        store::analyze_text(text).0.unwrap()
    }

    fn stamp() -> Stamp {
        Stamp {
            at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
            by: "Kari".into(),
        }
    }

    fn order(b: &Board, column: &str) -> Vec<String> {
        b.cards
            .iter()
            .filter(|c| c.column == column)
            .map(|c| c.id.clone())
            .collect()
    }

    /// Applying an op and then its inverse gives back the board (but for stamps).
    fn round_trip(op: Op) {
        let original = board();
        let mut b = original.clone();
        let applied = apply(&mut b, &op, &stamp()).unwrap();
        assert_ne!(b, original);
        apply(&mut b, &applied.inverse, &stamp()).unwrap();
        // What is shown is the order within each column; stamps record the undo.
        for col in ["a", "b"] {
            assert_eq!(order(&b, col), order(&original, col));
        }
        for card in &mut b.cards {
            let o = original.card(&card.id).unwrap();
            card.updated = o.updated.clone();
            card.updated_by = o.updated_by.clone();
        }
        b.cards.sort_by(|x, y| x.id.cmp(&y.id));
        assert_eq!(b.cards, original.cards);
    }

    #[test]
    fn inverses_undo() {
        round_trip(Op::MoveCard {
            id: "k1".into(),
            column: "b".into(),
            before: None,
        });
        round_trip(Op::MoveCard {
            id: "k3".into(),
            column: "a".into(),
            before: Some("k1".into()),
        });
        round_trip(Op::SetCard {
            id: "k2".into(),
            patch: CardPatch {
                title: Some("to".into()),
                owner: Some(Some("Ola".into())),
                light: Some(Some(Light::Red)),
                archived: Some(true),
                ..CardPatch::default()
            },
        });
        round_trip(Op::RemoveCard { id: "k1".into() });
    }

    #[test]
    fn add_picks_the_next_free_id_and_goes_last_in_its_column() {
        let mut b = board();
        let op = Op::AddCard(NewCard {
            title: " Ny ".into(),
            column: "a".into(),
            owner: Some("".into()),
            due: None,
            light: None,
        });
        let applied = apply(&mut b, &op, &stamp()).unwrap();
        assert_eq!(applied.card, "k4");
        assert_eq!(order(&b, "a"), ["k1", "k3", "k4"]);
        let card = b.card("k4").unwrap();
        assert_eq!(card.title, "Ny");
        assert_eq!(card.owner, None);
        assert_eq!(card.updated_by.as_deref(), Some("Kari"));
        apply(&mut b, &applied.inverse, &stamp()).unwrap();
        assert!(b.card("k4").is_none());
    }

    #[test]
    fn moves_reorder_within_a_column() {
        let mut b = board();
        apply(
            &mut b,
            &Op::MoveCard {
                id: "k3".into(),
                column: "a".into(),
                before: Some("k1".into()),
            },
            &stamp(),
        )
        .unwrap();
        assert_eq!(order(&b, "a"), ["k3", "k1"]);
        apply(
            &mut b,
            &Op::MoveCard {
                id: "k3".into(),
                column: "a".into(),
                before: None,
            },
            &stamp(),
        )
        .unwrap();
        assert_eq!(order(&b, "a"), ["k1", "k3"]);
    }

    #[test]
    fn ops_on_missing_things_fail_without_change() {
        let mut b = board();
        let before = b.clone();
        assert_eq!(
            apply(
                &mut b,
                &Op::MoveCard {
                    id: "k9".into(),
                    column: "a".into(),
                    before: None
                },
                &stamp()
            ),
            Err(OpError::NoSuchCard("k9".into()))
        );
        assert_eq!(
            apply(
                &mut b,
                &Op::MoveCard {
                    id: "k1".into(),
                    column: "x".into(),
                    before: None
                },
                &stamp()
            ),
            Err(OpError::NoSuchColumn("x".into()))
        );
        assert_eq!(
            apply(
                &mut b,
                &Op::SetCard {
                    id: "k1".into(),
                    patch: CardPatch {
                        title: Some(" ".into()),
                        ..Default::default()
                    }
                },
                &stamp()
            ),
            Err(OpError::EmptyTitle)
        );
        assert_eq!(b, before);
    }

    #[test]
    fn next_id_ignores_other_shapes() {
        let ids = ["k1", "k10", "kx", "m3", "k"];
        assert_eq!(next_id("k", ids.into_iter()), "k11");
        assert_eq!(next_id("b", ids.into_iter()), "b1");
    }

    #[test]
    fn light_cycles_through_none() {
        let mut l = None;
        let mut seen = vec![];
        for _ in 0..4 {
            l = cycle_light(l);
            seen.push(l);
        }
        assert_eq!(
            seen,
            [
                Some(Light::Green),
                Some(Light::Yellow),
                Some(Light::Red),
                None
            ]
        );
    }
}

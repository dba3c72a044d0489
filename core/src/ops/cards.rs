//! Changes to cards: add, move, set fields, archive (a field), and the
//! removals and inserts that only undo uses. Pure; see [`super`].

use chrono::NaiveDate;

use crate::model::{A3, Benefit, Board, Card, CardRef, Cycle, Evaluation, Extra, Light};

use super::tidy::{self, clean_note};
use super::{Change, OpError, Outcome, Stamp, clean, next_id};

/// Fields of a card to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardPatch {
    pub title: Option<String>,
    pub owner: Option<Option<String>>,
    pub due: Option<Option<NaiveDate>>,
    pub light: Option<Option<Light>>,
    pub archived: Option<bool>,
    pub escalated_to: Option<Option<CardRef>>,
    pub note: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
    pub source: Option<Option<String>>,
    pub effect: Option<Option<u8>>,
    pub effort: Option<Option<u8>>,
    pub received: Option<Option<NaiveDate>>,
    pub indicator: Option<Option<String>>,
    /// The whole list of PDSA cycles ([`super::PdsaOp`] changes one).
    pub pdsa: Option<Vec<Cycle>>,
    // Boxed: they are large, and an op is moved around whole.
    pub evaluation: Option<Option<Box<Evaluation>>>,
    pub benefit: Option<Option<Box<Benefit>>>,
    pub a3: Option<Option<Box<A3>>>,
}

impl CardPatch {
    pub fn is_empty(&self) -> bool {
        *self == CardPatch::default()
    }
}

/// A field of a card that a [`CardOp::Set`] can change: the op decides the
/// kind of its change from these (a light alone is a light change), and the
/// change log names them by [`CardField::name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardField {
    Title,
    Owner,
    Due,
    Light,
    Archived,
    EscalatedTo,
    Note,
    Tags,
    Source,
    Effect,
    Effort,
    Received,
    Indicator,
    Pdsa,
    Evaluation,
    Benefit,
    A3,
}

impl CardField {
    /// The field's name in the board file and the change log.
    pub fn name(self) -> &'static str {
        match self {
            CardField::Title => "title",
            CardField::Owner => "owner",
            CardField::Due => "due",
            CardField::Light => "light",
            CardField::Archived => "archived",
            CardField::EscalatedTo => "escalated_to",
            CardField::Note => "note",
            CardField::Tags => "tags",
            CardField::Source => "source",
            CardField::Effect => "effect",
            CardField::Effort => "effort",
            CardField::Received => "received",
            CardField::Indicator => "indicator",
            CardField::Pdsa => "pdsa",
            CardField::Evaluation => "evaluation",
            CardField::Benefit => "benefit",
            CardField::A3 => "a3",
        }
    }
}

/// New card contents; the id is chosen when the op is applied to the fresh board.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewCard {
    pub title: String,
    /// The column's id; empty means the first column.
    pub column: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub light: Option<Light>,
    /// An idea's source (`ansatt`, `bruker`, `pårørende` or other text).
    pub source: Option<String>,
    /// The date an idea came in.
    pub received: Option<NaiveDate>,
}

/// A change to the cards of a board.
// `Set` is the common op and the large one (a patch of every field, the
// improvement card's grown it past the lint's limit); ops are made one per
// key press and kept a few hundred deep for undo, so boxing would only add
// an allocation to every edit.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum CardOp {
    /// Add a card at the end of its column.
    Add(NewCard),
    /// Put back a card exactly as it was (undo of a removal), before `before` if given.
    Insert {
        card: Box<Card>,
        before: Option<String>,
    },
    /// Remove a card from the file (only as the undo of an add; users archive).
    Remove { id: String },
    /// Move a card to `column`, before the card `before` (or to the column's end).
    Move {
        id: String,
        column: String,
        before: Option<String>,
    },
    /// Change some fields of a card.
    Set { id: String, patch: CardPatch },
    /// Add a copy of a card sent up from another board, linked back to it.
    AddEscalated { card: Box<Card>, from: CardRef },
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &CardOp,
    stamp: &Stamp,
) -> Result<Outcome<CardOp>, OpError> {
    match op {
        CardOp::Add(new) => {
            if new.title.trim().is_empty() {
                return Err(OpError::EmptyTitle);
            }
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
            let title = new.title.trim().to_string();
            let card = Card {
                id: id.clone(),
                title: title.clone(),
                column: column.clone(),
                owner: clean(&new.owner),
                due: new.due,
                light: new.light,
                tags: Vec::new(),
                note: None,
                goal: None,
                archived: false,
                created: Some(stamp.at.clone()),
                updated: Some(stamp.at.clone()),
                updated_by: Some(stamp.by.clone()),
                source: clean(&new.source),
                received: new.received,
                effect: None,
                effort: None,
                indicator: None,
                pdsa: Vec::new(),
                evaluation: None,
                benefit: None,
                a3: None,
                risk: None,
                deviation: None,
                escalated_to: None,
                escalated_from: None,
                extra: Extra::new(),
            };
            insert(board, card, None);
            Ok(Outcome {
                inverse: CardOp::Remove { id: id.clone() },
                change: Change::Added {
                    card: id,
                    title,
                    column,
                },
            })
        }
        CardOp::Insert { card, before } => {
            if board.card(&card.id).is_some() {
                return Err(OpError::DuplicateCard(card.id.clone()));
            }
            if board.column(&card.column).is_none() {
                return Err(OpError::NoSuchColumn(card.column.clone()));
            }
            let (id, title, column) = (card.id.clone(), card.title.clone(), card.column.clone());
            insert(board, (**card).clone(), before.as_deref());
            Ok(Outcome {
                inverse: CardOp::Remove { id: id.clone() },
                change: Change::Added {
                    card: id,
                    title,
                    column,
                },
            })
        }
        CardOp::Remove { id } => {
            let i = index_of(board, id)?;
            let before = next_in_column(board, i);
            let card = board.cards.remove(i);
            let title = card.title.clone();
            Ok(Outcome {
                inverse: CardOp::Insert {
                    card: Box::new(card),
                    before,
                },
                change: Change::Removed {
                    card: id.clone(),
                    title,
                },
            })
        }
        CardOp::Move { id, column, before } => {
            if board.column(column).is_none() {
                return Err(OpError::NoSuchColumn(column.clone()));
            }
            let i = index_of(board, id)?;
            let old_column = board.cards[i].column.clone();
            let old_before = next_in_column(board, i);
            let mut card = board.cards.remove(i);
            card.column = column.clone();
            touch(&mut card, stamp);
            let title = card.title.clone();
            insert(board, card, before.as_deref().filter(|b| b != id));
            Ok(Outcome {
                inverse: CardOp::Move {
                    id: id.clone(),
                    column: old_column.clone(),
                    before: old_before,
                },
                change: Change::Moved {
                    card: id.clone(),
                    title,
                    from: old_column,
                    to: column.clone(),
                },
            })
        }
        CardOp::Set { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            if patch
                .effect
                .flatten()
                .or(patch.effort.flatten())
                .is_some_and(|v| !(1..=3).contains(&v))
            {
                return Err(OpError::OutOfRange);
            }
            let i = index_of(board, id)?;
            let card = &mut board.cards[i];
            let mut old = CardPatch::default();
            // The fields that change: what kind of change this is, and their
            // names in the change log.
            let mut fields: Vec<CardField> = Vec::new();
            macro_rules! swap {
                ($field:ident, $kind:ident, $value:expr) => {
                    if let Some(v) = $value {
                        if card.$field != v {
                            fields.push(CardField::$kind);
                        }
                        old.$field = Some(std::mem::replace(&mut card.$field, v));
                    }
                };
            }
            swap!(
                title,
                Title,
                patch.title.as_ref().map(|t| t.trim().to_string())
            );
            swap!(owner, Owner, patch.owner.as_ref().map(clean));
            swap!(due, Due, patch.due);
            swap!(light, Light, patch.light);
            swap!(archived, Archived, patch.archived);
            swap!(escalated_to, EscalatedTo, patch.escalated_to.clone());
            swap!(note, Note, patch.note.as_ref().map(clean_note));
            swap!(
                tags,
                Tags,
                patch.tags.as_ref().map(|t| t
                    .iter()
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>())
            );
            swap!(source, Source, patch.source.as_ref().map(clean));
            swap!(effect, Effect, patch.effect);
            swap!(effort, Effort, patch.effort);
            swap!(received, Received, patch.received);
            swap!(indicator, Indicator, patch.indicator.as_ref().map(clean));
            swap!(
                pdsa,
                Pdsa,
                patch
                    .pdsa
                    .as_ref()
                    .map(|p| p.iter().map(tidy::cycle).collect::<Vec<_>>())
            );
            // The same for a field boxed in the patch and not on the card.
            macro_rules! swap_boxed {
                ($field:ident, $kind:ident) => {
                    if let Some(v) = &patch.$field {
                        let v = tidy::$field(v.as_deref());
                        if card.$field != v {
                            fields.push(CardField::$kind);
                        }
                        let was = std::mem::replace(&mut card.$field, v);
                        old.$field = Some(was.map(Box::new));
                    }
                };
            }
            swap_boxed!(evaluation, Evaluation);
            swap_boxed!(benefit, Benefit);
            swap_boxed!(a3, A3);
            touch(card, stamp);
            let (card_id, title) = (id.clone(), card.title.clone());
            let placed = patch.effect.is_some() || patch.effort.is_some();
            let (effect, effort) = (card.effect, card.effort);
            let change = match (patch.archived, patch.light) {
                _ if patch.escalated_to.as_ref().is_some_and(|t| t.is_some()) => {
                    Change::Escalated {
                        card: card_id,
                        title,
                        to_board: patch
                            .escalated_to
                            .clone()
                            .flatten()
                            .map(|r| r.board)
                            .unwrap_or_default(),
                    }
                }
                (Some(true), _) => Change::Archived {
                    card: card_id,
                    title,
                },
                (Some(false), _) => Change::Restored {
                    card: card_id,
                    title,
                },
                (None, Some(to)) if fields.iter().all(|f| *f == CardField::Light) => {
                    Change::Light {
                        card: card_id,
                        title,
                        from: old.light.flatten(),
                        to,
                    }
                }
                (None, None)
                    if placed
                        && fields
                            .iter()
                            .all(|f| matches!(f, CardField::Effect | CardField::Effort)) =>
                {
                    Change::Prioritised {
                        card: card_id,
                        title,
                        effect,
                        effort,
                    }
                }
                _ => Change::Edited {
                    card: card_id,
                    title,
                    fields: fields.iter().map(|f| f.name().to_string()).collect(),
                },
            };
            Ok(Outcome {
                inverse: CardOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change,
            })
        }
        CardOp::AddEscalated { card, from } => {
            let column = board
                .columns
                .first()
                .map(|c| c.id.clone())
                .ok_or_else(|| OpError::NoSuchColumn(String::new()))?;
            let id = next_id("k", board.cards.iter().map(|c| c.id.as_str()));
            let mut copy = (**card).clone();
            copy.id = id.clone();
            copy.column = column.clone();
            // The goal, if any, belongs to the other board.
            copy.goal = None;
            copy.archived = false;
            copy.escalated_to = None;
            copy.escalated_from = Some(from.clone());
            copy.created = Some(stamp.at.clone());
            touch(&mut copy, stamp);
            let title = copy.title.clone();
            insert(board, copy, None);
            Ok(Outcome {
                inverse: CardOp::Remove { id: id.clone() },
                change: Change::Added {
                    card: id,
                    title,
                    column,
                },
            })
        }
    }
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

pub(super) fn touch(card: &mut Card, stamp: &Stamp) {
    card.updated = Some(stamp.at.clone());
    card.updated_by = Some(stamp.by.clone());
}

pub(super) fn index_of(board: &Board, id: &str) -> Result<usize, OpError> {
    board
        .cards
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| OpError::NoSuchCard(id.to_string()))
}

#[cfg(test)]
#[path = "cards_improvement_tests.rs"]
mod improvement_tests;

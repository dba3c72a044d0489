//! A risk or a deviation becomes a measure card (tiltak) with one op: a new
//! card in the board's first column (or the one named), linked both ways (the
//! card's `risk` or `deviation`, the risk's or deviation's `card`). The
//! undo takes the card away and puts the old link back; the undo of that
//! puts the very card back where it was. Pure; see [`super`].

use crate::model::{Board, Card};

use super::cards::{self, index_of};
use super::{CardOp, Change, NewCard, OpError, Outcome, Stamp};

/// What a measure card is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Risk(String),
    Deviation(String),
}

/// A change that makes (or unmakes) a measure card of a risk or deviation.
#[derive(Debug, Clone, PartialEq)]
pub enum MeasureOp {
    /// Make the card, in `column` (empty: the first column).
    Make { from: Origin, column: String },
    /// Take the card `card` away and set the origin's link to `link`: the
    /// undo of making it.
    Unmake {
        from: Origin,
        card: String,
        link: Option<String>,
    },
    /// Put the card back at place `at` of the cards and link the origin to
    /// it: the undo of unmaking it.
    Remake {
        from: Origin,
        card: Box<Card>,
        at: usize,
    },
}

/// The origin's `card` link, for reading and writing.
fn link<'b>(board: &'b mut Board, from: &Origin) -> Result<&'b mut Option<String>, OpError> {
    match from {
        Origin::Risk(id) => board
            .risks
            .iter_mut()
            .find(|r| &r.id == id)
            .map(|r| &mut r.card)
            .ok_or_else(|| OpError::NoSuchRisk(id.clone())),
        Origin::Deviation(id) => board
            .deviations
            .iter_mut()
            .find(|d| &d.id == id)
            .map(|d| &mut d.card)
            .ok_or_else(|| OpError::NoSuchDeviation(id.clone())),
    }
}

fn made(from: &Origin, card: &Card) -> Change {
    let (risk, deviation) = match from {
        Origin::Risk(id) => (Some(id.clone()), None),
        Origin::Deviation(id) => (None, Some(id.clone())),
    };
    Change::MeasureMade {
        card: card.id.clone(),
        title: card.title.clone(),
        risk,
        deviation,
    }
}

pub(super) fn apply(
    board: &mut Board,
    op: &MeasureOp,
    stamp: &Stamp,
) -> Result<Outcome<MeasureOp>, OpError> {
    match op {
        MeasureOp::Make { from, column } => {
            let old = link(board, from)?.clone();
            if let Some(card) = old.as_deref().filter(|c| board.card(c).is_some()) {
                return Err(OpError::AlreadyLinked(card.to_string()));
            }
            let (title, owner) = match from {
                Origin::Risk(id) => {
                    let r = board
                        .risk(id)
                        .ok_or_else(|| OpError::NoSuchRisk(id.clone()))?;
                    (r.title.clone(), r.owner.clone())
                }
                Origin::Deviation(id) => {
                    let d = board
                        .deviation(id)
                        .ok_or_else(|| OpError::NoSuchDeviation(id.clone()))?;
                    (format!("{}: {}", d.category, d.text), None)
                }
            };
            let new = NewCard {
                title,
                column: column.clone(),
                owner,
                due: None,
                light: None,
                source: None,
                received: None,
            };
            let added = cards::apply(board, &CardOp::Add(new), stamp)?;
            let Some(id) = added.change.card().map(str::to_string) else {
                return Err(OpError::EmptyTitle);
            };
            let i = index_of(board, &id)?;
            match from {
                Origin::Risk(r) => board.cards[i].risk = Some(r.clone()),
                Origin::Deviation(d) => board.cards[i].deviation = Some(d.clone()),
            }
            *link(board, from)? = Some(id.clone());
            Ok(Outcome {
                inverse: MeasureOp::Unmake {
                    from: from.clone(),
                    card: id,
                    link: old,
                },
                change: made(from, &board.cards[i]),
            })
        }
        MeasureOp::Unmake {
            from,
            card,
            link: to,
        } => {
            link(board, from)?;
            let at = index_of(board, card)?;
            let removed = board.cards.remove(at);
            // Cannot fail: checked above, and taking a card touches no origin.
            let slot = link(board, from)?;
            *slot = to.clone();
            Ok(Outcome {
                inverse: MeasureOp::Remake {
                    from: from.clone(),
                    card: Box::new(removed.clone()),
                    at,
                },
                change: Change::Removed {
                    card: removed.id,
                    title: removed.title,
                },
            })
        }
        MeasureOp::Remake { from, card, at } => {
            if board.card(&card.id).is_some() {
                return Err(OpError::DuplicateCard(card.id.clone()));
            }
            let old = link(board, from)?.clone();
            let at = (*at).min(board.cards.len());
            board.cards.insert(at, (**card).clone());
            *link(board, from)? = Some(card.id.clone());
            Ok(Outcome {
                inverse: MeasureOp::Unmake {
                    from: from.clone(),
                    card: card.id.clone(),
                    link: old,
                },
                change: made(from, card),
            })
        }
    }
}

#[cfg(test)]
#[path = "measure_tests.rs"]
mod tests;

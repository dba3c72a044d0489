//! Changes to the risks (§3.1.1) and deviations (avvik, §3.1.2) of an
//! operations board: add, change, take away, put back (the undo). A
//! deviation's text is written with every national identity number masked
//! ([`crate::privacy::mask`]), as a card's note is when typed: the guard
//! holds whatever screen or command sends the text. Pure; see [`super`].

use chrono::NaiveDate;

use crate::model::{Board, Deviation, Extra, Risk};

use super::{Change, OpError, Outcome, Stamp, clean, next_id};

/// A new risk; its id (`ri1`, `ri2`, …) is chosen when the op is applied.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRisk {
    pub title: String,
    pub likelihood: u8,
    pub consequence: u8,
    pub owner: Option<String>,
}

/// Fields of a risk to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RiskPatch {
    pub title: Option<String>,
    pub likelihood: Option<u8>,
    pub consequence: Option<u8>,
    pub owner: Option<Option<String>>,
    pub card: Option<Option<String>>,
}

/// A change to the risks of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum RiskOp {
    /// Add a risk, last in the list.
    Add(NewRisk),
    /// Put a risk back exactly as it was at place `at` (the undo of Remove).
    Insert {
        risk: Box<Risk>,
        at: usize,
    },
    Set {
        id: String,
        patch: RiskPatch,
    },
    Remove {
        id: String,
    },
}

/// A new deviation; its id (`av1`, `av2`, …) is chosen when applied.
#[derive(Debug, Clone, PartialEq)]
pub struct NewDeviation {
    pub date: NaiveDate,
    pub category: String,
    pub text: String,
}

/// Fields of a deviation to change; `None` leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeviationPatch {
    pub date: Option<NaiveDate>,
    pub category: Option<String>,
    pub text: Option<String>,
    pub card: Option<Option<String>>,
}

/// A change to the deviations of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum DeviationOp {
    Add(NewDeviation),
    Insert {
        deviation: Box<Deviation>,
        at: usize,
    },
    Set {
        id: String,
        patch: DeviationPatch,
    },
    Remove {
        id: String,
    },
}

fn one_to_five(v: u8) -> Result<u8, OpError> {
    if (1..=5).contains(&v) {
        Ok(v)
    } else {
        Err(OpError::NotOneToFive(v))
    }
}

/// A deviation's text as written: trimmed, identity numbers masked.
fn safe_text(s: &str) -> String {
    crate::privacy::mask(s.trim()).into_owned()
}

pub(super) fn apply_risk(
    board: &mut Board,
    op: &RiskOp,
    stamp: &Stamp,
) -> Result<Outcome<RiskOp>, OpError> {
    match op {
        RiskOp::Add(new) => {
            let title = new.title.trim().to_string();
            if title.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let likelihood = one_to_five(new.likelihood)?;
            let consequence = one_to_five(new.consequence)?;
            let id = next_id("ri", board.risks.iter().map(|r| r.id.as_str()));
            board.risks.push(Risk {
                id: id.clone(),
                title: title.clone(),
                likelihood,
                consequence,
                owner: clean(&new.owner),
                card: None,
                created: Some(stamp.at.clone()),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: RiskOp::Remove { id: id.clone() },
                change: Change::RiskAdded {
                    risk: id,
                    title,
                    likelihood,
                    consequence,
                },
            })
        }
        RiskOp::Insert { risk, at } => {
            if board.risk(&risk.id).is_some() {
                return Err(OpError::DuplicateRisk(risk.id.clone()));
            }
            let at = (*at).min(board.risks.len());
            board.risks.insert(at, (**risk).clone());
            Ok(Outcome {
                inverse: RiskOp::Remove {
                    id: risk.id.clone(),
                },
                change: Change::RiskAdded {
                    risk: risk.id.clone(),
                    title: risk.title.clone(),
                    likelihood: risk.likelihood,
                    consequence: risk.consequence,
                },
            })
        }
        RiskOp::Set { id, patch } => {
            if patch.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(OpError::EmptyTitle);
            }
            patch.likelihood.map(one_to_five).transpose()?;
            patch.consequence.map(one_to_five).transpose()?;
            let r = board
                .risks
                .iter_mut()
                .find(|r| &r.id == id)
                .ok_or_else(|| OpError::NoSuchRisk(id.clone()))?;
            let mut old = RiskPatch::default();
            let mut fields: Vec<String> = Vec::new();
            macro_rules! swap {
                ($field:ident, $value:expr) => {
                    if let Some(v) = $value {
                        if r.$field != v {
                            fields.push(stringify!($field).to_string());
                        }
                        old.$field = Some(std::mem::replace(&mut r.$field, v));
                    }
                };
            }
            swap!(title, patch.title.as_ref().map(|t| t.trim().to_string()));
            swap!(likelihood, patch.likelihood);
            swap!(consequence, patch.consequence);
            swap!(owner, patch.owner.as_ref().map(clean));
            swap!(card, patch.card.as_ref().map(clean));
            Ok(Outcome {
                inverse: RiskOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change: Change::RiskChanged {
                    risk: id.clone(),
                    title: r.title.clone(),
                    likelihood: r.likelihood,
                    consequence: r.consequence,
                    fields,
                },
            })
        }
        RiskOp::Remove { id } => {
            let at = board
                .risks
                .iter()
                .position(|r| &r.id == id)
                .ok_or_else(|| OpError::NoSuchRisk(id.clone()))?;
            let risk = board.risks.remove(at);
            let title = risk.title.clone();
            Ok(Outcome {
                inverse: RiskOp::Insert {
                    risk: Box::new(risk),
                    at,
                },
                change: Change::RiskRemoved {
                    risk: id.clone(),
                    title,
                },
            })
        }
    }
}

pub(super) fn apply_deviation(
    board: &mut Board,
    op: &DeviationOp,
    stamp: &Stamp,
) -> Result<Outcome<DeviationOp>, OpError> {
    match op {
        DeviationOp::Add(new) => {
            let category = new.category.trim().to_string();
            let text = safe_text(&new.text);
            if category.is_empty() || text.is_empty() {
                return Err(OpError::EmptyTitle);
            }
            let id = next_id("av", board.deviations.iter().map(|d| d.id.as_str()));
            board.deviations.push(Deviation {
                id: id.clone(),
                date: new.date,
                category: category.clone(),
                text,
                card: None,
                created: Some(stamp.at.clone()),
                extra: Extra::new(),
            });
            Ok(Outcome {
                inverse: DeviationOp::Remove { id: id.clone() },
                change: Change::DeviationAdded {
                    deviation: id,
                    date: new.date,
                    category,
                },
            })
        }
        DeviationOp::Insert { deviation, at } => {
            if board.deviation(&deviation.id).is_some() {
                return Err(OpError::DuplicateDeviation(deviation.id.clone()));
            }
            let at = (*at).min(board.deviations.len());
            board.deviations.insert(at, (**deviation).clone());
            Ok(Outcome {
                inverse: DeviationOp::Remove {
                    id: deviation.id.clone(),
                },
                change: Change::DeviationAdded {
                    deviation: deviation.id.clone(),
                    date: deviation.date,
                    category: deviation.category.clone(),
                },
            })
        }
        DeviationOp::Set { id, patch } => {
            let text = patch.text.as_deref().map(safe_text);
            let category = patch.category.as_deref().map(|c| c.trim().to_string());
            if text.as_deref().is_some_and(str::is_empty)
                || category.as_deref().is_some_and(str::is_empty)
            {
                return Err(OpError::EmptyTitle);
            }
            let d = board
                .deviations
                .iter_mut()
                .find(|d| &d.id == id)
                .ok_or_else(|| OpError::NoSuchDeviation(id.clone()))?;
            let mut old = DeviationPatch::default();
            let mut fields: Vec<String> = Vec::new();
            macro_rules! swap {
                ($field:ident, $value:expr) => {
                    if let Some(v) = $value {
                        if d.$field != v {
                            fields.push(stringify!($field).to_string());
                        }
                        old.$field = Some(std::mem::replace(&mut d.$field, v));
                    }
                };
            }
            swap!(date, patch.date);
            swap!(category, category);
            swap!(text, text);
            swap!(card, patch.card.as_ref().map(clean));
            Ok(Outcome {
                inverse: DeviationOp::Set {
                    id: id.clone(),
                    patch: old,
                },
                change: Change::DeviationChanged {
                    deviation: id.clone(),
                    category: d.category.clone(),
                    fields,
                },
            })
        }
        DeviationOp::Remove { id } => {
            let at = board
                .deviations
                .iter()
                .position(|d| &d.id == id)
                .ok_or_else(|| OpError::NoSuchDeviation(id.clone()))?;
            let deviation = board.deviations.remove(at);
            let category = deviation.category.clone();
            Ok(Outcome {
                inverse: DeviationOp::Insert {
                    deviation: Box::new(deviation),
                    at,
                },
                change: Change::DeviationRemoved {
                    deviation: id.clone(),
                    category,
                },
            })
        }
    }
}

#[cfg(test)]
#[path = "risks_tests.rs"]
mod tests;

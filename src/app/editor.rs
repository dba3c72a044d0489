//! The editor overlay (`n`, `e`, `d`, `a`): a few text fields for a card, a
//! goal, a decision or a measurement, and turning what was typed into one op.
//! What is typed is checked here (empty title, dates, numbers) so the dialog
//! can say what is wrong and keep the text.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::event::Origin;
use super::shared::Shared;
use crate::i18n::Msg;
use tavle_core::model::Card;
use tavle_core::ops::{
    CardOp, CardPatch, DecisionOp, GoalOp, GoalPatch, IndicatorOp, NewCard, NewDecision, Op,
};

/// Which line of the editor has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Owner,
    Due,
}

/// What the editor writes.
#[derive(Debug, Clone, PartialEq)]
pub enum EditKind {
    NewCard {
        column: String,
    },
    Card {
        id: String,
    },
    /// A new decision, linked to a card or not.
    NewDecision {
        card: Option<String>,
    },
    /// A goal: title, measurable target (in the owner line), deadline.
    Goal {
        id: String,
    },
    /// A new value of an indicator: value (in the title line) and date.
    Measure {
        indicator: String,
    },
    /// A correction of a decision.
    Decision {
        id: String,
    },
}

/// The editor's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    pub kind: EditKind,
    /// The card's title or the decision's text.
    pub title: String,
    pub owner: String,
    pub due: String,
    pub field: Field,
    pub error: Option<Msg>,
}

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Stay,
    Close,
}

impl Editor {
    pub fn new(
        kind: EditKind,
        title: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    ) -> Editor {
        Editor {
            kind,
            title,
            owner: owner.unwrap_or_default(),
            due: due.map(tavle_core::dates::format_nb).unwrap_or_default(),
            field: Field::Title,
            error: None,
        }
    }

    /// Edit the title, owner and deadline of a card.
    pub fn card(card: &Card) -> Editor {
        Editor::new(
            EditKind::Card {
                id: card.id.clone(),
            },
            card.title.clone(),
            card.owner.clone(),
            card.due,
        )
    }

    fn text_mut(&mut self) -> &mut String {
        match self.field {
            Field::Title => &mut self.title,
            Field::Owner => &mut self.owner,
            Field::Due => &mut self.due,
        }
    }

    /// Handle a key; `Close` when the editor is done.
    pub fn key(&mut self, key: &KeyEvent, s: &mut Shared) -> Flow {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => return Flow::Close,
            KeyCode::Char('c') if ctrl => {
                s.quit = true;
                return Flow::Close;
            }
            KeyCode::Tab | KeyCode::Down => {
                self.field = match self.field {
                    Field::Title => Field::Owner,
                    Field::Owner => Field::Due,
                    Field::Due => Field::Title,
                };
                // A measurement has no owner line.
                if self.field == Field::Owner && matches!(self.kind, EditKind::Measure { .. }) {
                    self.field = Field::Due;
                }
            }
            KeyCode::BackTab | KeyCode::Up => {
                self.field = match self.field {
                    Field::Title => Field::Due,
                    Field::Owner => Field::Title,
                    Field::Due => Field::Owner,
                };
                if self.field == Field::Owner && matches!(self.kind, EditKind::Measure { .. }) {
                    self.field = Field::Title;
                }
            }
            KeyCode::Backspace => {
                self.text_mut().pop();
                self.error = None;
            }
            KeyCode::Char('u') if ctrl => self.text_mut().clear(),
            KeyCode::Char(c) if !ctrl => {
                self.text_mut().push(c);
                self.error = None;
            }
            KeyCode::Enter => return self.save(s),
            _ => {}
        }
        Flow::Stay
    }

    /// Stay open with `error`, the cursor on `field`.
    fn refuse(&mut self, error: Msg, field: Field) -> Flow {
        self.error = Some(error);
        self.field = field;
        Flow::Stay
    }

    /// Turn what was typed into an op and ask for it to be saved.
    fn save(&mut self, s: &mut Shared) -> Flow {
        if self.title.trim().is_empty() {
            return self.refuse(Msg::EmptyTitle, Field::Title);
        }
        let due = if self.due.trim().is_empty() {
            None
        } else {
            match tavle_core::dates::parse_due(&self.due, s.today) {
                Ok(d) => Some(d),
                Err(_) => return self.refuse(Msg::BadDue(self.due.clone()), Field::Due),
            }
        };
        let owner = Some(self.owner.trim().to_string()).filter(|o| !o.is_empty());
        let title = self.title.trim().to_string();
        let op = match &self.kind {
            EditKind::NewCard { column } => Op::Card(CardOp::Add(NewCard {
                title,
                column: column.clone(),
                owner,
                due,
                light: None,
            })),
            EditKind::Card { id } => {
                let Some(card) = s.board().and_then(|b| b.card(id)) else {
                    s.notify(Msg::CardGone(id.clone()), true);
                    return Flow::Close;
                };
                let patch = CardPatch {
                    title: (card.title != title).then_some(title),
                    owner: (card.owner != owner).then_some(owner),
                    due: (card.due != due).then_some(due),
                    ..CardPatch::default()
                };
                if patch.is_empty() {
                    return Flow::Close;
                }
                Op::Card(CardOp::Set {
                    id: id.clone(),
                    patch,
                })
            }
            EditKind::Goal { id } => {
                let Some(g) = s.board().and_then(|b| b.goal(id)) else {
                    s.notify(Msg::GoalGone(id.clone()), true);
                    return Flow::Close;
                };
                let patch = GoalPatch {
                    title: (g.title != title).then_some(title),
                    target: (g.target != owner).then_some(owner),
                    due: (g.due != due).then_some(due),
                    light: None,
                };
                if patch == GoalPatch::default() {
                    return Flow::Close;
                }
                Op::Goal(GoalOp::Set {
                    id: id.clone(),
                    patch,
                })
            }
            EditKind::Measure { indicator } => {
                let Some(value) = parse_value(&title) else {
                    return self.refuse(Msg::BadValue(title), Field::Title);
                };
                Op::Indicator(IndicatorOp::Measure {
                    indicator: indicator.clone(),
                    date: due.unwrap_or(s.today),
                    value,
                })
            }
            EditKind::NewDecision { card } => Op::Decision(DecisionOp::Add(NewDecision {
                text: title,
                owner,
                due,
                card: card.clone(),
            })),
            EditKind::Decision { id } => {
                let Some(d) = s
                    .board()
                    .and_then(|b| b.decisions.iter().find(|d| &d.id == id))
                else {
                    s.notify(Msg::DecisionGone(id.clone()), true);
                    return Flow::Close;
                };
                if d.text == title && d.owner == owner && d.due == due {
                    return Flow::Close;
                }
                Op::Decision(DecisionOp::Correct {
                    id: id.clone(),
                    text: title,
                    owner,
                    due,
                })
            }
        };
        s.apply(vec![op], Origin::Edit);
        Flow::Close
    }
}

/// A number as people type it: `6,2` or `6.2`, with spaces, an optional `%`.
pub fn parse_value(s: &str) -> Option<f64> {
    let t: String = s
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

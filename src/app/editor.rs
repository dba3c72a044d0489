//! The editor overlay (`n`, `e`, `d`, `a`, `+`): a form of text fields for a
//! card, a goal, a decision, a measurement or an idea taken in
//! ([`super::intake`]), and turning what was typed into one op. What is
//! typed is checked here (empty title, dates, numbers, 1–3) so the dialog
//! can say what is wrong and keep the text. The dialog never loses
//! typing: when the board cannot be written it stays open and says why; Esc
//! asks once before it throws away more than a few words.

use super::request::Requests;
use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::event::Origin;
pub use super::form::{EditKind, Editor, Field, FormField};
use super::shared::Shared;
use crate::i18n::Msg;
use tavle_core::dates::DateFor;
use tavle_core::ops::{
    CardOp, CardPatch, DecisionOp, GoalOp, GoalPatch, IndicatorOp, NewCard, NewDecision, Op,
};

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Stay,
    Close,
}

/// More words than this are not thrown away on one Esc.
const FEW_WORDS: usize = 3;

impl Editor {
    /// Handle a key; `Close` when the editor is done.
    pub fn key(&mut self, key: &KeyEvent, s: &Shared, rq: &mut Requests) -> Flow {
        if matches!(self.kind, EditKind::Intake { .. })
            && let Some(flow) = super::intake::key(self, key, s.lang())
        {
            return flow;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        if key.code != KeyCode::Esc {
            self.confirm_discard = false;
        }
        match key.code {
            KeyCode::Esc => {
                if self.typed_words() > FEW_WORDS && !self.confirm_discard {
                    self.confirm_discard = true;
                    return Flow::Stay;
                }
                return Flow::Close;
            }
            KeyCode::Char('c') if ctrl => {
                rq.quit();
                return Flow::Close;
            }
            KeyCode::Char('s') if ctrl => return self.save(s, rq),
            KeyCode::Enter if ctrl || alt => return self.save(s, rq),
            KeyCode::Tab => self.step(1),
            KeyCode::BackTab => self.step(-1),
            _ => {
                let Some(f) = self.fields.get_mut(self.focus) else {
                    return Flow::Close;
                };
                if f.input.key(key) {
                    if key.code != KeyCode::Left
                        && key.code != KeyCode::Right
                        && key.code != KeyCode::Home
                        && key.code != KeyCode::End
                    {
                        self.error = None;
                    }
                    return Flow::Stay;
                }
                match key.code {
                    KeyCode::Enter => return self.save(s, rq),
                    KeyCode::Down => self.step(1),
                    KeyCode::Up => self.step(-1),
                    _ => {}
                }
            }
        }
        Flow::Stay
    }

    /// Text pasted into the field with the cursor.
    pub fn paste(&mut self, text: &str) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.input.paste(text);
            self.error = None;
        }
    }

    fn step(&mut self, delta: isize) {
        let n = self.fields.len().max(1) as isize;
        self.focus = (self.focus as isize + delta).rem_euclid(n) as usize;
    }

    /// Stay open with `error`, the cursor on `field`.
    fn refuse(&mut self, error: Msg, field: Field) -> Flow {
        self.error = Some(error);
        self.focus_on(field);
        Flow::Stay
    }

    fn optional(&self, field: Field) -> Option<String> {
        Some(self.get(field)).filter(|t| !t.is_empty())
    }

    /// A date field: empty is none; else a date as people type them, read
    /// by what the field is for. A measurement's date ([`Field::Date`]) is
    /// a day that has been: `man` is the last Monday, and a day after today
    /// is refused with a message in the field. Every other date is a
    /// deadline: `man` is the next Monday.
    fn date(&self, field: Field, today: NaiveDate) -> Result<Option<NaiveDate>, Msg> {
        let text = self.get(field);
        if text.is_empty() {
            return Ok(None);
        }
        if field == Field::Date {
            return tavle_core::dates::parse(&text, today, DateFor::Past)
                .map(Some)
                .map_err(|e| Msg::for_day(&text, &e));
        }
        tavle_core::dates::parse(&text, today, DateFor::Deadline)
            .map(Some)
            .map_err(|_| Msg::BadDue(text))
    }

    /// A 1–3 field: empty is none.
    fn scale(&self, field: Field) -> Result<Option<u8>, Msg> {
        let text = self.get(field);
        if text.is_empty() {
            return Ok(None);
        }
        match text.parse::<u8>() {
            Ok(v @ 1..=3) => Ok(Some(v)),
            _ => Err(Msg::OneToThree),
        }
    }

    /// Turn what was typed into an op and ask for it to be saved. When the
    /// board cannot be written now, stay open and say why: Enter tries again.
    fn save(&mut self, s: &Shared, rq: &mut Requests) -> Flow {
        if self.kind == EditKind::NewBoard {
            return super::new_board::save(self, s, rq);
        }
        if matches!(self.kind, EditKind::Routine { .. }) {
            return super::routine_offer::save(self, s, rq);
        }
        if matches!(self.kind, EditKind::Intake { .. }) {
            return super::intake::save(self, s, rq);
        }
        if let Some(flow) = super::operations::risks::form::save(self, s, rq) {
            return flow;
        }
        if let Some(flow) = super::operations::deadlines::form::save(self, s, rq) {
            return flow;
        }
        if matches!(self.kind, EditKind::StaffCount { .. } | EditKind::NewShift) {
            return super::operations::staffing_form::save(self, s, rq);
        }
        let ops = super::prepare::form_ops(self, s).or_else(|| super::pdsa_form::form_ops(self, s));
        if let Some(ops) = ops {
            return match ops {
                Err((e, field)) => self.refuse(e, field),
                Ok(ops) if ops.is_empty() => Flow::Close,
                Ok(ops) => {
                    // A cycle saved with "adapt" says the next step.
                    let next = super::pdsa_form::notice(self, s, &ops);
                    let flow = self.send(s, rq, ops);
                    if let (Flow::Close, Some(msg)) = (flow, next) {
                        rq.notify(msg, false);
                    }
                    flow
                }
            };
        }
        let first = self.fields.first().map(|f| f.field).unwrap_or(Field::Title);
        if self.get(first).is_empty() {
            return self.refuse(Msg::EmptyTitle, first);
        }
        let due_field = if matches!(self.kind, EditKind::Measure { .. }) {
            Field::Date
        } else {
            Field::Due
        };
        let due = match self.date(due_field, s.today()) {
            Ok(d) => d,
            Err(e) => return self.refuse(e, due_field),
        };
        let op = match self.op(s, rq, due) {
            Ok(Some(op)) => op,
            Ok(None) => return Flow::Close,
            Err((e, field)) => return self.refuse(e, field),
        };
        self.send(s, rq, vec![op])
    }

    /// Save `ops`, or stay open and say why the board cannot be written now.
    fn send(&mut self, s: &Shared, rq: &mut Requests, ops: Vec<Op>) -> Flow {
        if let Some(why) = s.why_read_only() {
            self.error = Some(why);
            return Flow::Stay;
        }
        rq.apply_form(s, ops, Origin::Edit, self.clone());
        Flow::Close
    }

    /// The op for what was typed: `None` when nothing changed.
    fn op(
        &self,
        s: &Shared,
        _rq: &mut Requests,
        due: Option<NaiveDate>,
    ) -> Result<Option<Op>, (Msg, Field)> {
        let title = self.get(self.fields.first().map_or(Field::Title, |f| f.field));
        let owner = self.optional(Field::Owner);
        Ok(Some(match &self.kind {
            EditKind::NewCard { column } => Op::Card(CardOp::Add(NewCard {
                title,
                column: column.clone(),
                owner,
                due,
                light: None,
                source: None,
                received: None,
            })),
            EditKind::Card { id } => {
                let effect = self.scale(Field::Effect).map_err(|e| (e, Field::Effect))?;
                let effort = self.scale(Field::Effort).map_err(|e| (e, Field::Effort))?;
                if s.board().and_then(|b| b.card(id)).is_none() {
                    return Err((Msg::CardGone(id.clone()), Field::Title));
                }
                let tags = self
                    .get(Field::Tags)
                    .split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect();
                let ch = |f| self.changed(f);
                let patch = CardPatch {
                    title: ch(Field::Title).then_some(title),
                    owner: ch(Field::Owner).then_some(owner),
                    due: ch(Field::Due).then_some(due),
                    note: ch(Field::Note).then(|| self.optional(Field::Note)),
                    tags: ch(Field::Tags).then_some(tags),
                    source: ch(Field::Source).then(|| self.optional(Field::Source)),
                    effect: ch(Field::Effect).then_some(effect),
                    effort: ch(Field::Effort).then_some(effort),
                    ..CardPatch::default()
                };
                if patch.is_empty() {
                    return Ok(None);
                }
                Op::Card(CardOp::Set {
                    id: id.clone(),
                    patch,
                })
            }
            EditKind::Goal { id } => {
                if s.board().and_then(|b| b.goal(id)).is_none() {
                    return Err((Msg::GoalGone(id.clone()), Field::Title));
                }
                let ch = |f| self.changed(f);
                let patch = GoalPatch {
                    title: ch(Field::Title).then_some(title),
                    target: ch(Field::Target).then(|| self.optional(Field::Target)),
                    due: ch(Field::Due).then_some(due),
                    light: None,
                };
                if patch == GoalPatch::default() {
                    return Ok(None);
                }
                Op::Goal(GoalOp::Set {
                    id: id.clone(),
                    patch,
                })
            }
            EditKind::Measure { indicator } => {
                let value = match tavle_core::number::read(&title) {
                    Ok(value) => value,
                    Err(e) => return Err((Msg::for_value(&title, &e), Field::Value)),
                };
                Op::Indicator(IndicatorOp::Measure {
                    indicator: indicator.clone(),
                    date: due.unwrap_or(s.today()),
                    value,
                })
            }
            EditKind::NewDecision { .. } => {
                // The card is what the user typed in its field, never the selection.
                let typed = self.get(Field::Card);
                let card = match s.board().map(|b| super::meeting::card_choice(b, &typed)) {
                    Some(Err(e)) => return Err((e, Field::Card)),
                    Some(Ok(card)) => card.map(|c| c.id.clone()),
                    None => None,
                };
                Op::Decision(DecisionOp::Add(NewDecision {
                    text: title,
                    owner,
                    due,
                    card,
                }))
            }
            // The meeting screen's dialogs are saved by `prepare::form_ops`.
            EditKind::MeetingGoal
            | EditKind::MeetingLength
            | EditKind::AgendaItem { .. }
            | EditKind::Guest
            | EditKind::Role(_)
            | EditKind::NewBoard
            | EditKind::Routine { .. }
            | EditKind::Intake { .. } => return Ok(None),
            // Saved by `operations::risks::form`, `operations::deadlines::form`
            // and `operations::staffing_form`.
            EditKind::Risk { .. }
            | EditKind::Deviation { .. }
            | EditKind::Event { .. }
            | EditKind::StaffCount { .. }
            | EditKind::NewShift => {
                return Ok(None);
            }
            // Saved by `pdsa_form::form_ops`.
            EditKind::Cycle { .. } | EditKind::Evaluation { .. } | EditKind::Benefit { .. } => {
                return Ok(None);
            }
            EditKind::NewColumn { .. } | EditKind::Column { .. } => {
                return super::columns::op(self, s);
            }
            EditKind::Decision { id } => {
                if s.board()
                    .and_then(|b| b.decisions.iter().find(|d| &d.id == id))
                    .is_none()
                {
                    return Err((Msg::DecisionGone(id.clone()), Field::Text));
                }
                if !self.changed(Field::Text)
                    && !self.changed(Field::Owner)
                    && !self.changed(Field::Due)
                {
                    return Ok(None);
                }
                Op::Decision(DecisionOp::Correct {
                    id: id.clone(),
                    text: title,
                    owner,
                    due,
                })
            }
        }))
    }
}

#[cfg(test)]
#[path = "editor_tests.rs"]
mod more_tests;

//! The editor overlay (`n`, `e`, `d`, `a`): a form of text fields for a card,
//! a goal, a decision or a measurement, and turning what was typed into one
//! op. What is typed is checked here (empty title, dates, numbers, 1–3) so the
//! dialog can say what is wrong and keep the text. The dialog never loses
//! typing: when the board cannot be written it stays open and says why; Esc
//! asks once before it throws away more than a few words.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::event::Origin;
use super::field::TextField;
use super::shared::Shared;
use crate::i18n::{Label, Msg};
use tavle_core::model::Card;
use tavle_core::ops::{
    CardOp, CardPatch, DecisionOp, GoalOp, GoalPatch, IndicatorOp, NewCard, NewDecision, Op,
};

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
    /// A goal: title, measurable target, deadline.
    Goal {
        id: String,
    },
    /// A new value of an indicator: value and date.
    Measure {
        indicator: String,
    },
    /// A correction of a decision.
    Decision {
        id: String,
    },
}

/// What a field of the form holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    /// A decision's text.
    Text,
    Owner,
    Due,
    Note,
    Tags,
    Source,
    Effect,
    Effort,
    /// A goal's measurable target.
    Target,
    /// A measurement's value.
    Value,
    /// A measurement's date.
    Date,
}

impl Field {
    /// The label's catalogue entry.
    pub fn label(self) -> Label {
        match self {
            Field::Title => Label::Title,
            Field::Text => Label::Decision,
            Field::Owner => Label::Owner,
            Field::Due => Label::Due,
            Field::Note => Label::Note,
            Field::Tags => Label::Tags,
            Field::Source => Label::Source,
            Field::Effect => Label::Effect,
            Field::Effort => Label::Effort,
            Field::Target => Label::Measurable,
            Field::Value => Label::Value,
            Field::Date => Label::Date,
        }
    }
}

/// One field of the form: what it is, what was there, and what is there now.
#[derive(Debug, Clone, PartialEq)]
pub struct FormField {
    pub field: Field,
    /// The text it started with, to tell typed text from what was there.
    pub original: String,
    pub input: TextField,
}

/// The editor's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    pub kind: EditKind,
    pub fields: Vec<FormField>,
    /// The field with the cursor.
    pub focus: usize,
    pub error: Option<Msg>,
    /// Esc was pressed once on text that would be lost: a second Esc throws it away.
    pub confirm_discard: bool,
}

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Stay,
    Close,
}

/// More words than this are not thrown away on one Esc.
const FEW_WORDS: usize = 3;

fn date_text(d: Option<NaiveDate>) -> String {
    d.map(tavle_core::dates::format_nb).unwrap_or_default()
}

impl Editor {
    /// A form of `fields` with their starting text.
    pub fn form(kind: EditKind, fields: Vec<(Field, String)>) -> Editor {
        Editor {
            kind,
            fields: fields
                .into_iter()
                .map(|(field, text)| FormField {
                    field,
                    input: if field == Field::Note {
                        TextField::lines(&text)
                    } else {
                        TextField::line(&text)
                    },
                    original: text,
                })
                .collect(),
            focus: 0,
            error: None,
            confirm_discard: false,
        }
    }

    /// Title (or decision text), owner and deadline.
    pub fn new(
        kind: EditKind,
        title: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    ) -> Editor {
        let first = match kind {
            EditKind::NewDecision { .. } | EditKind::Decision { .. } => Field::Text,
            _ => Field::Title,
        };
        let second = match kind {
            EditKind::Goal { .. } => Field::Target,
            _ => Field::Owner,
        };
        Editor::form(
            kind,
            vec![
                (first, title),
                (second, owner.unwrap_or_default()),
                (Field::Due, date_text(due)),
            ],
        )
    }

    /// Every field of a card: title, owner, deadline, note (several lines),
    /// tags, source, effect and effort.
    pub fn card(card: &Card) -> Editor {
        let num = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
        Editor::form(
            EditKind::Card {
                id: card.id.clone(),
            },
            vec![
                (Field::Title, card.title.clone()),
                (Field::Owner, card.owner.clone().unwrap_or_default()),
                (Field::Due, date_text(card.due)),
                (Field::Note, card.note.clone().unwrap_or_default()),
                (Field::Tags, card.tags.join(", ")),
                (Field::Source, card.source.clone().unwrap_or_default()),
                (Field::Effect, num(card.effect)),
                (Field::Effort, num(card.effort)),
            ],
        )
    }

    /// A new value of an indicator, dated `today` unless changed.
    pub fn measure(indicator: String, today: NaiveDate) -> Editor {
        Editor::form(
            EditKind::Measure { indicator },
            vec![
                (Field::Value, String::new()),
                (Field::Date, date_text(Some(today))),
            ],
        )
    }

    /// Put the cursor in the field that holds `field`.
    pub fn focus_on(&mut self, field: Field) {
        if let Some(i) = self.fields.iter().position(|f| f.field == field) {
            self.focus = i;
        }
    }

    /// The text of `field` (trimmed), or empty when the form has no such field.
    pub fn get(&self, field: Field) -> String {
        self.fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.input.text().trim().to_string())
            .unwrap_or_default()
    }

    /// Whether `field` is in the form and was changed.
    fn changed(&self, field: Field) -> bool {
        self.fields
            .iter()
            .any(|f| f.field == field && !f.input.unchanged(&f.original))
    }

    /// Words typed that would be lost if the dialog closed now.
    fn typed_words(&self) -> usize {
        self.fields
            .iter()
            .filter(|f| !f.input.unchanged(&f.original))
            .map(|f| f.input.text().split_whitespace().count())
            .sum()
    }

    /// Handle a key; `Close` when the editor is done.
    pub fn key(&mut self, key: &KeyEvent, s: &mut Shared) -> Flow {
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
                s.quit = true;
                return Flow::Close;
            }
            KeyCode::Char('s') if ctrl => return self.save(s),
            KeyCode::Enter if ctrl || alt => return self.save(s),
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
                    KeyCode::Enter => return self.save(s),
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

    /// A date field: empty is none; else a date as people type them.
    fn date(&self, field: Field, today: NaiveDate) -> Result<Option<NaiveDate>, Msg> {
        let text = self.get(field);
        if text.is_empty() {
            return Ok(None);
        }
        tavle_core::dates::parse_due(&text, today)
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
    fn save(&mut self, s: &mut Shared) -> Flow {
        let first = self.fields.first().map(|f| f.field).unwrap_or(Field::Title);
        if self.get(first).is_empty() {
            return self.refuse(Msg::EmptyTitle, first);
        }
        let due_field = if matches!(self.kind, EditKind::Measure { .. }) {
            Field::Date
        } else {
            Field::Due
        };
        let due = match self.date(due_field, s.today) {
            Ok(d) => d,
            Err(e) => return self.refuse(e, due_field),
        };
        let op = match self.op(s, due) {
            Ok(Some(op)) => op,
            Ok(None) => return Flow::Close,
            Err((e, field)) => return self.refuse(e, field),
        };
        if let Some(why) = s.why_read_only() {
            self.error = Some(why);
            return Flow::Stay;
        }
        s.apply_form(vec![op], Origin::Edit, self.clone());
        Flow::Close
    }

    /// The op for what was typed: `None` when nothing changed.
    fn op(&self, s: &mut Shared, due: Option<NaiveDate>) -> Result<Option<Op>, (Msg, Field)> {
        let title = self.get(self.fields.first().map_or(Field::Title, |f| f.field));
        let owner = self.optional(Field::Owner);
        Ok(Some(match &self.kind {
            EditKind::NewCard { column } => Op::Card(CardOp::Add(NewCard {
                title,
                column: column.clone(),
                owner,
                due,
                light: None,
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
                let Some(value) = tavle_core::number::parse(&title) else {
                    return Err((Msg::BadValue(title), Field::Value));
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

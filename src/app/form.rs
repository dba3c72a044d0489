//! The editor's form as data: what it edits ([`EditKind`]), its fields with
//! the text they started with and the text they hold now, which one has the
//! cursor, and what is wrong. No keys and no saving here (that is
//! [`super::editor`]), so the shared state can hold a form to open again.

use chrono::NaiveDate;

use super::field::TextField;
use crate::i18n::{Label, Msg};
use tavle_core::model::Card;

/// What the editor writes.
#[derive(Debug, Clone, PartialEq)]
pub enum EditKind {
    NewCard {
        column: String,
    },
    Card {
        id: String,
    },
    /// A new decision: about the card typed in its card field, or (left
    /// empty) the meeting as a whole. `card` is the card selected where the
    /// dialog was opened, offered in the dialog, never linked unasked.
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
    /// The meeting's goal (empty: none).
    MeetingGoal,
    /// The meeting's length in minutes (empty: the default).
    MeetingLength,
    /// An agenda item: title and time box. `item`: the item edited; without
    /// it a new item, to go at place `at` (`None`: last).
    AgendaItem {
        item: Option<tavle_core::ops::ItemRef>,
        at: Option<usize>,
    },
    /// A guest to tick present at the running meeting.
    Guest,
    /// A new column, before the column `before` (at the end when `None`).
    NewColumn {
        before: Option<String>,
    },
    /// A column's title and WIP limit.
    Column {
        id: String,
    },
    /// A new board of the folder: its kind and name.
    NewBoard,
    /// Who holds one of the improvement team's roles.
    Role(tavle_core::model::Role),
    /// A routine (seed 000): `id` the one changed, none for a new one;
    /// `card` the improvement it came from.
    Routine {
        id: Option<String>,
        card: Option<String>,
    },
    /// An idea taken in on an improvement board (`+`): where it came
    /// from, the day it came in and its text, into the column `column`.
    Intake {
        column: String,
    },
    /// A PDSA cycle of the card `card`: the one at place `cycle` (from 0),
    /// or a new one when `None` ([`super::pdsa_form`]).
    Cycle {
        card: String,
        cycle: Option<usize>,
    },
    /// The evaluation questions of the card `card`.
    Evaluation {
        card: String,
    },
    /// The benefit plan of the card `card`.
    Benefit {
        card: String,
    },
    /// A risk (`id`: the one changed; none for a new one): title,
    /// likelihood, consequence, owner (`operations::risks::form`).
    Risk {
        id: Option<String>,
    },
    /// A deviation: date, category, text (`operations::risks::form`).
    Deviation {
        id: Option<String>,
    },
    /// An event of the annual wheel: week, title, role
    /// (`operations::deadlines::form`).
    Event {
        id: Option<String>,
    },
    /// How many are present on a shift today (`planned`: how many are
    /// planned), on an operations board (`operations::staffing_form`).
    StaffCount {
        shift: String,
        planned: bool,
    },
    /// A new shift of the board's staffing.
    NewShift,
}

impl EditKind {
    /// Whether the first field may be left empty (it then removes a value).
    pub fn may_be_empty(&self) -> bool {
        matches!(
            self,
            EditKind::MeetingGoal
                | EditKind::MeetingLength
                | EditKind::Role(_)
                | EditKind::StaffCount { .. }
        )
    }
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
    /// The meeting's goal.
    Goal,
    /// A time box in minutes.
    Minutes,
    /// An agenda item's title.
    Item,
    /// A guest's name.
    Name,
    /// The card a new decision is about: empty for the meeting as a whole.
    Card,
    /// A column's WIP limit.
    Wip,
    /// The kind of a new board: forbedring or drift.
    Kind,
    /// The improvement team's leader (a new board, the team's roles).
    TeamLeader,
    /// The improvement team's measurement lead.
    MeasurementLead,
    /// A routine's purpose, content, meeting arenas, follow-up and
    /// yearly revision date.
    Purpose,
    Content,
    Arenas,
    FollowUp,
    Revision,
    /// The day an idea came in.
    Received,
    /// A field of a PDSA cycle, an evaluation or a benefit plan.
    Pdsa(crate::i18n::PdsaLabel),
    /// A field of a risk, a deviation or an annual-wheel event.
    Ops(crate::i18n::OpsLabel),
    /// How many people (the staffing of a shift).
    Count,
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
            Field::Goal => Label::Goal,
            Field::Minutes => Label::Minutes,
            Field::Item => Label::Item,
            Field::Name => Label::Name,
            Field::Card => Label::Card,
            Field::Wip => Label::Wip,
            Field::Kind => Label::Kind,
            Field::TeamLeader => Label::TeamLeader,
            Field::MeasurementLead => Label::MeasurementLead,
            Field::Purpose => Label::Purpose,
            Field::Content => Label::Content,
            Field::Arenas => Label::Arenas,
            Field::FollowUp => Label::FollowUp,
            Field::Revision => Label::Revision,
            Field::Received => Label::Received,
            Field::Pdsa(l) => Label::Pdsa(l),
            Field::Ops(l) => Label::Ops(l),
            Field::Count => Label::Count,
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
    pub(crate) fn changed(&self, field: Field) -> bool {
        self.fields
            .iter()
            .any(|f| f.field == field && !f.input.unchanged(&f.original))
    }

    /// Words typed that would be lost if the dialog closed now.
    pub(super) fn typed_words(&self) -> usize {
        self.fields
            .iter()
            .filter(|f| !f.input.unchanged(&f.original))
            .map(|f| f.input.text().split_whitespace().count())
            .sum()
    }
}

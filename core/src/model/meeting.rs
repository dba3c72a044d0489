//! The board meeting (tavlemøte) in the file: its time box, goal, agenda
//! and team, and the state of a meeting under way. Part of [`super`].

use schemars::JsonSchema;
use serde::{Serialize, Serializer};

use super::{Extra, Timestamp};

/// The board meeting (tavlemøte).
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Meeting {
    /// Time box in minutes (default 15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 1440))]
    pub minutes: Option<u64>,
    /// What the meeting is for, shown through the whole meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// Agenda items in order: a text, or `{"title": …, "minutes": …}` for an item with its own time box.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// The board's team: the names offered when the facilitator ticks who is
    /// present (beside the cards' owners and earlier attendance).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<String>,
    /// The meeting under way, shared by every screen on the folder; absent between meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running: Option<Running>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Meeting {
    /// The time box in minutes (15 unless the board says otherwise).
    pub fn time_box(&self) -> u64 {
        self.minutes.unwrap_or(15)
    }
}

/// One agenda item (dagsorden-punkt).
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaItem {
    pub title: String,
    /// Its own time box in minutes, if it has one.
    pub minutes: Option<u64>,
    pub extra: Extra,
}

impl JsonSchema for AgendaItem {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AgendaItem".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An agenda item: a text, or an object with its own time box in minutes.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "title": { "type": "string" },
                        "minutes": { "type": "integer", "minimum": 1, "maximum": 1440 }
                    },
                    "required": ["title"]
                }
            ]
        })
    }
}

impl AgendaItem {
    pub fn new(title: &str) -> AgendaItem {
        AgendaItem {
            title: title.to_string(),
            minutes: None,
            extra: Extra::new(),
        }
    }
}

/// A plain item is written as a plain string, as people write agendas by hand.
impl Serialize for AgendaItem {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.minutes.is_none() && self.extra.is_empty() {
            return s.serialize_str(&self.title);
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("title", &self.title)?;
        if let Some(min) = self.minutes {
            m.serialize_entry("minutes", &min)?;
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// The state of a meeting under way.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Running {
    /// When the meeting started.
    pub started: Timestamp,
    /// The current agenda item, counted from 0.
    #[serde(default)]
    pub item: u64,
    /// When the current agenda item started.
    pub item_started: Timestamp,
    /// Who takes part, as entered by the facilitator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

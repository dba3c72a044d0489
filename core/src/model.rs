//! The board model: what one board file holds (format v1, see `docs/format.md`).
//!
//! Pure data: no terminal, no files. Every struct keeps the fields it does not know
//! in `extra`, so a load–save round trip never drops what another tool wrote.
//! Field order here is the key order in saved files.

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

/// The newest format version this program reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// Fields a struct does not know, kept in file order.
pub type Extra = Map<String, Value>;

/// One board: a `*.json` file in the boards folder; the file stem is its id.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "tavle board, format v1")]
pub struct Board {
    /// Format version. This program knows version 1.
    #[schemars(range(min = 1))]
    pub tavle: u64,
    /// The board's name as shown on screen.
    pub title: String,
    /// `drift` (operations board) or `forbedring` (improvement board).
    pub kind: Kind,
    /// The unit (enhet) that owns the board, e.g. "Hjemmetjenesten sone nord".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The board meeting: time box, goal and agenda.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Meeting>,
    /// Columns, left to right.
    #[serde(default)]
    pub columns: Vec<Column>,
    /// Cards (measures, tasks, ideas), in display order within each column.
    #[serde(default)]
    pub cards: Vec<Card>,
    /// Goals and sub-goals that cards serve.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// Indicators measured over time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// Decisions logged in board meetings, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Bookkeeping: the revisions of this file, newest first — the id of
    /// the content of each save (see `revision`), so that the common
    /// ancestor of two versions of a board is found from the two files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// The two kinds of board (Kvalitetshåndbok §4.1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Driftstavle: status against goals, resources, risk, measures, deadlines, owners.
    Drift,
    /// Forbedringstavle: ideas that are prioritised, tested (PDSA) and made standard.
    Forbedring,
}

impl Kind {
    pub const NAMES: &'static [&'static str] = &["drift", "forbedring"];

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "drift" => Some(Kind::Drift),
            "forbedring" => Some(Kind::Forbedring),
            _ => None,
        }
    }
}

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

/// A column on the board.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Column {
    /// Unique within the board; cards refer to it.
    pub id: String,
    pub title: String,
    /// Work-in-progress limit: the most cards that should stand here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub wip: Option<u64>,
    /// Cards here count as finished. When no column says so, the last column does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// Traffic light (trafikklys) of a measure.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Light {
    /// On track.
    Green,
    /// At risk.
    Yellow,
    /// Off track.
    Red,
}

impl Light {
    pub const NAMES: &'static [&'static str] = &["green", "yellow", "red"];

    pub fn parse(s: &str) -> Option<Light> {
        match s {
            "green" => Some(Light::Green),
            "yellow" => Some(Light::Yellow),
            "red" => Some(Light::Red),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        Light::NAMES[self as usize]
    }

    /// The shape that tells the lights apart without colour.
    pub fn glyph(self) -> &'static str {
        match self {
            Light::Green => "●",
            Light::Yellow => "▲",
            Light::Red => "■",
        }
    }
}

/// A card: a measure (tiltak), task or idea.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Card {
    /// Unique within the board.
    pub id: String,
    pub title: String,
    /// The id of the column the card stands in.
    pub column: String,
    /// Who is responsible (ansvarlig).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Deadline (frist), `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Traffic light.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub light: Option<Light>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The id of the goal this measure serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// Archived cards stay in the file but are hidden; they can be restored.
    #[serde(default, skip_serializing_if = "is_false")]
    pub archived: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// Who made the last change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Improvement boards: where the idea came from: `ansatt`, `bruker`, `pårørende` or free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Improvement boards: expected effect, 1 (low) to 3 (high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    pub effect: Option<u8>,
    /// Improvement boards: effort needed, 1 (low) to 3 (high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    pub effort: Option<u8>,
    /// This card was sent up to another board (tiered huddles): the copy there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalated_to: Option<CardRef>,
    /// This card is a copy sent up from another board: the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalated_from: Option<CardRef>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// A card on another board of the same folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CardRef {
    /// The board id (file name without `.json`).
    pub board: String,
    /// The card id on that board.
    pub card: String,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The kind of goal (Kvalitetshåndbok §3.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GoalType {
    /// Effektmål: the lasting change we want.
    Effekt,
    /// Resultatmål: what the work delivers.
    Resultat,
    /// Prosessmål: how we work together.
    Prosess,
}

impl GoalType {
    pub const NAMES: &'static [&'static str] = &["effekt", "resultat", "prosess"];

    pub fn parse(s: &str) -> Option<GoalType> {
        match s {
            "effekt" => Some(GoalType::Effekt),
            "resultat" => Some(GoalType::Resultat),
            "prosess" => Some(GoalType::Prosess),
            _ => None,
        }
    }
}

/// A goal (mål) or sub-goal (delmål).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Goal {
    pub id: String,
    pub title: String,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<GoalType>,
    /// The measurable target, e.g. "Under 5 % sykefravær innen 1.6.2027".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The id of the goal this is a sub-goal of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// A traffic light set by hand; without it the goal shows the worst light of its measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub light: Option<Light>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// Which direction of an indicator is an improvement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Higher,
    Lower,
}

impl Better {
    pub const NAMES: &'static [&'static str] = &["higher", "lower"];

    pub fn parse(s: &str) -> Option<Better> {
        match s {
            "higher" => Some(Better::Higher),
            "lower" => Some(Better::Lower),
            _ => None,
        }
    }
}

/// An indicator (indikator) and its measurements.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Indicator {
    pub id: String,
    pub title: String,
    /// Unit of the values, e.g. "%" or "per 1000 liggedøgn".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Target value (måltall).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_opt_number"
    )]
    pub target: Option<f64>,
    /// Whether higher or lower values are better.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    /// Measurements, oldest first.
    #[serde(default)]
    pub values: Vec<Measurement>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// One measurement of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Measurement {
    pub date: NaiveDate,
    #[serde(serialize_with = "ser_number")]
    pub value: f64,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// A decision (beslutning) logged in a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Decision {
    pub id: String,
    /// When it was decided.
    pub at: Timestamp,
    pub text: String,
    /// Who follows it up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The id of the card it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    /// Who logged it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// The follow-up is done.
    #[serde(default, skip_serializing_if = "is_false")]
    pub done: bool,
    /// When it was marked done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_at: Option<Timestamp>,
    /// Earlier wordings, oldest first: a correction is recorded, not a silent rewrite.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Decision {
    /// A follow-up: a decision someone must act on by a date.
    pub fn is_follow_up(&self) -> bool {
        self.owner.as_deref().is_some_and(|o| !o.trim().is_empty()) && self.due.is_some()
    }
}

/// What a decision said before it was corrected, and when it was corrected.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Correction {
    /// When the correction was made.
    pub at: Timestamp,
    /// Who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// The text before the correction.
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// An RFC 3339 time with offset. The text is kept as written, so that a
/// `Z` is not rewritten as `+00:00` on save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    raw: String,
    at: DateTime<FixedOffset>,
}

impl Timestamp {
    /// Parse RFC 3339 (`2026-11-24T08:15:00+01:00`).
    pub fn parse(s: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(s).ok().map(|at| Timestamp {
            raw: s.to_string(),
            at,
        })
    }

    /// A timestamp for `at`, written with seconds precision.
    pub fn from_datetime(at: DateTime<FixedOffset>) -> Timestamp {
        Timestamp {
            raw: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            at,
        }
    }

    pub fn at(&self) -> DateTime<FixedOffset> {
        self.at
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "RFC 3339 time with offset, e.g. 2026-11-24T08:15:00+01:00"
        })
    }
}

/// Write whole numbers without a fractional part (`6`, not `6.0`), so hand-written
/// values are not churned on save.
fn ser_number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

fn ser_opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => ser_number(v, s),
        None => s.serialize_none(),
    }
}

impl Board {
    /// The column cards count as finished in: the first marked `done`, else the last.
    pub fn done_column(&self) -> Option<&Column> {
        self.columns
            .iter()
            .find(|c| c.done == Some(true))
            .or_else(|| self.columns.last())
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn column(&self, id: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.id == id)
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// Whether the card stands in a column that counts as finished.
    pub fn is_done(&self, card: &Card) -> bool {
        match self.columns.iter().find(|c| c.id == card.column) {
            Some(col) if col.done == Some(true) => true,
            Some(col) => {
                !self.columns.iter().any(|c| c.done == Some(true))
                    && self.columns.last().map(|l| &l.id) == Some(&col.id)
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests;

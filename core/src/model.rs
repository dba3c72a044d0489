//! The board model: what one board file holds (format v1, see `docs/format.md`).
//!
//! Pure data: no terminal, no files. Every struct keeps the fields it does not know
//! in `extra`, so a load–save round trip never drops what another tool wrote.
//! Field order here is the key order in saved files.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

mod improvement;
mod meeting;
mod operations;
mod time;

pub use improvement::{
    A3, Benefit, BenefitKind, Cycle, CycleDecision, Evaluation, IdeaSource, Role, Routine,
};
pub use meeting::{AgendaItem, Meeting, Running};
pub use operations::{
    DEFAULT_SHIFTS, Deviation, Made, Risk, StaffEntry, Staffing, WheelEvent, WheelRole,
};
pub use time::Timestamp;

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
    /// Improvement boards: the team leader (teamleder), who chairs the
    /// team's status meetings (seed 001).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_leader: Option<String>,
    /// Improvement boards: the measurement lead (måleansvarlig), who
    /// collects and presents the indicators (seed 001).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurement_lead: Option<String>,
    /// The panels the board screen shows and their order, by name
    /// (`goals`, `staffing`, `risks`, `measures`, `deadlines`); empty means
    /// the kind's own (see [`crate::layout`]). A name tavle does not know is kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub panels: Vec<String>,
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
    /// Routines that improvements became, each with its yearly revision date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routines: Vec<Routine>,
    /// Operations boards: the shifts and, per date and shift, planned and present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staffing: Option<Staffing>,
    /// Risks, each with likelihood and consequence 1–5.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// Deviations (avvik) registered, in the order they came in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deviations: Vec<Deviation>,
    /// The annual wheel (årshjul): recurring events by ISO week.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wheel: Vec<WheelEvent>,
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
    /// Improvement boards: the date the idea came in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<NaiveDate>,
    /// Improvement boards: expected effect, 1 (low) to 3 (high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    pub effect: Option<u8>,
    /// Improvement boards: effort needed, 1 (low) to 3 (high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    pub effort: Option<u8>,
    /// Improvement boards: the id of an indicator of this board whose run
    /// chart shows the improvement's effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// Improvement boards: the PDSA cycles run so far, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pdsa: Vec<Cycle>,
    /// Improvement boards: the answers to the evaluation questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Evaluation>,
    /// Improvement boards: the kind of benefit and the plan to realise it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefit: Option<Benefit>,
    /// Improvement boards: what the A3 one-pager adds to the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a3: Option<A3>,
    /// The id of the risk this measure card was made of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<String>,
    /// The id of the deviation this measure card was made of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deviation: Option<String>,
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
    /// How often a value is due (the measurement lead's round): `week`,
    /// `month`, `quarter`, `year`, or a number of days as `"14 days"`.
    /// Kept as written, so a value this tavle does not read is not lost;
    /// `tavle check` warns about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<String>,
    /// Who measures it; empty: the board's `measurement_lead`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured_by: Option<String>,
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

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn routine(&self, id: &str) -> Option<&Routine> {
        self.routines.iter().find(|r| r.id == id)
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

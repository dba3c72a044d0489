//! What an improvement board (forbedringstavle) keeps beside the cards: the
//! routines an improvement became (seed 000), a card's PDSA cycles, its
//! evaluation, benefit plan and A3, and the words of the idea's source and
//! the team's roles (seed 001). Part of [`super`]; pure data, like the rest.
//!
//! Every struct keeps the fields it does not know in `extra`, so a round
//! trip through an older or newer tavle drops nothing.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Extra, Timestamp};

/// A routine (rutine): a change that works, made the new standard practice
/// with the template of seed 000. Kept in the board file, in `routines`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Routine {
    /// Unique among the board's routines.
    pub id: String,
    /// The routine's name.
    pub title: String,
    /// Hensikt: what the routine contributes to, and why it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Konkret innhold: the practice, methods, models and approaches to follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Møtearenaer: where and how practitioners share their experience.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arenas: Option<String>,
    /// Oppfølging: who in the leadership and resource group follows status
    /// and challenges, and how the routine is developed further.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// The date of the yearly revision (årlig revisjon), `YYYY-MM-DD`.
    pub revision: NaiveDate,
    /// The id of the improvement card the routine came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    /// When the routine was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Timestamp>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// One PDSA cycle (planlegge – gjennomføre – evaluere – korrigere) of an
/// improvement card: the plan and its prediction before the test, what was
/// measured and the result after it, and the decision taken.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Cycle {
    /// Plan: what will be tested, by whom, where and when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// What we expect to happen, written before the test starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prediction: Option<String>,
    /// When the test started (Do).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<NaiveDate>,
    /// What was measured (Study).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<String>,
    /// What the measurements showed, against the prediction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// What was decided (Act): adopt, adapt or abandon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<CycleDecision>,
    /// When the cycle ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<NaiveDate>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// What a PDSA cycle decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CycleDecision {
    /// Keep the change as it is (ta i bruk).
    Adopt,
    /// Change it and test again (juster).
    Adapt,
    /// Drop it (forkast).
    Abandon,
}

impl CycleDecision {
    pub const NAMES: &'static [&'static str] = &["adopt", "adapt", "abandon"];

    pub fn parse(s: &str) -> Option<CycleDecision> {
        match s {
            "adopt" => Some(CycleDecision::Adopt),
            "adapt" => Some(CycleDecision::Adapt),
            "abandon" => Some(CycleDecision::Abandon),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        CycleDecision::NAMES[self as usize]
    }
}

/// The evaluation of an improvement (seed 000's questions), asked when the
/// card moves into Evaluere and kept with the card.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Evaluation {
    /// What was the problem?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// What was decided?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<String>,
    /// What was done?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<String>,
    /// Who was told?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub told: Option<String>,
    /// What effect was seen?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<String>,
    /// What remains?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remains: Option<String>,
    /// How is it shared with others?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// The benefit (gevinst) an improvement is to bring, and the plan to
/// realise it (Kvalitetshåndbok §3.4.2).
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Benefit {
    /// The kind of benefit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BenefitKind>,
    /// Who realises the benefit (gevinstansvarlig).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<NaiveDate>,
    /// How the benefit is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// The three kinds of benefit of §3.4.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BenefitKind {
    /// Unngåtte kostnader.
    AvoidedCost,
    /// Spart tid.
    TimeSaved,
    /// Økt kvalitet.
    BetterQuality,
}

impl BenefitKind {
    pub const NAMES: &'static [&'static str] = &["avoided-cost", "time-saved", "better-quality"];

    pub fn parse(s: &str) -> Option<BenefitKind> {
        match s {
            "avoided-cost" => Some(BenefitKind::AvoidedCost),
            "time-saved" => Some(BenefitKind::TimeSaved),
            "better-quality" => Some(BenefitKind::BetterQuality),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        BenefitKind::NAMES[self as usize]
    }
}

/// What an A3 one-pager needs beyond the card: the current situation, the
/// root cause with its five whys, and the goal. The problem, the measures,
/// the plan and the result come from the card's evaluation, its PDSA
/// cycles and the card itself.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct A3 {
    /// The current situation (nåsituasjon).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// The root cause (rotårsak).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_cause: Option<String>,
    /// The answers to "why?", asked up to five times, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub whys: Vec<String>,
    /// The goal of the improvement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// Where an idea came from, as a card's `source` says it: one of the three
/// known sources, or any other text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdeaSource {
    /// `ansatt` (nynorsk `tilsett`): a member of staff.
    Ansatt,
    /// `bruker` (nynorsk `brukar`): a patient or user.
    Bruker,
    /// `pårørende` (nynorsk `pårørande`): a relative.
    Parorende,
    /// Any other text, as written (trimmed).
    Other(String),
}

impl IdeaSource {
    /// The known sources as the file writes them.
    pub const NAMES: &'static [&'static str] = &["ansatt", "bruker", "pårørende"];

    /// The source a card's `source` text names; `None` for an empty text.
    /// Case does not matter, and the nynorsk words and `parorende`
    /// (written without æøå) are known too.
    pub fn parse(s: &str) -> Option<IdeaSource> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        Some(match s.to_lowercase().as_str() {
            "ansatt" | "tilsett" => IdeaSource::Ansatt,
            "bruker" | "brukar" => IdeaSource::Bruker,
            "pårørende" | "parorende" | "pårørande" | "parorande" => IdeaSource::Parorende,
            _ => IdeaSource::Other(s.to_string()),
        })
    }

    /// The text to write in the file: the bokmål key of a known source, the
    /// text itself of another.
    pub fn as_str(&self) -> &str {
        match self {
            IdeaSource::Ansatt => "ansatt",
            IdeaSource::Bruker => "bruker",
            IdeaSource::Parorende => "pårørende",
            IdeaSource::Other(s) => s,
        }
    }
}

/// A role in the improvement team (seed 001), kept on the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Teamleder: chairs the team's short status meetings and sends the reports.
    TeamLeader,
    /// Måleansvarlig: collects, documents, analyses and presents the measurements.
    MeasurementLead,
}

impl Role {
    /// The role's key in the board file.
    pub fn name(self) -> &'static str {
        match self {
            Role::TeamLeader => "team_leader",
            Role::MeasurementLead => "measurement_lead",
        }
    }
}

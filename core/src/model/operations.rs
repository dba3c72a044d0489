//! What an operations board (driftstavle, §4.1.4) keeps beside its cards:
//! today's staffing per shift (bemanning), risks with likelihood and
//! consequence (§3.1.1), deviations (avvik, §3.1.2) and the annual wheel
//! (årshjul, seed 001) of recurring events by ISO week. Part of [`super`];
//! pure data. The rules on them are in [`crate::operations`].
//!
//! Every struct keeps the fields it does not know in `extra`, so a round
//! trip through an older or newer tavle drops nothing.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{Board, Extra, Role, Timestamp};

impl Board {
    pub fn risk(&self, id: &str) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    pub fn deviation(&self, id: &str) -> Option<&Deviation> {
        self.deviations.iter().find(|d| d.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&WheelEvent> {
        self.wheel.iter().find(|e| e.id == id)
    }
}

/// The shifts a board has when its file names none.
pub const DEFAULT_SHIFTS: &[&str] = &["dag", "kveld", "natt"];

/// Staffing (bemanning): the board's shifts and, per date and shift, how
/// many were planned and how many are present.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
pub struct Staffing {
    /// The shifts in the order of the day; empty means `dag`, `kveld`, `natt`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shifts: Vec<String>,
    /// One entry per date and shift, in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<StaffEntry>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Staffing {
    /// The board's shifts: its own, or `dag`, `kveld`, `natt`.
    pub fn shift_names(&self) -> Vec<String> {
        if self.shifts.is_empty() {
            DEFAULT_SHIFTS.iter().map(|s| s.to_string()).collect()
        } else {
            self.shifts.clone()
        }
    }

    /// The entry of one date and shift.
    pub fn entry(&self, date: NaiveDate, shift: &str) -> Option<&StaffEntry> {
        self.days
            .iter()
            .find(|e| e.date == date && e.shift == shift)
    }
}

/// The staffing of one shift on one date.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct StaffEntry {
    pub date: NaiveDate,
    /// The shift's name, one of the board's shifts.
    pub shift: String,
    /// How many are planned on the shift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<u32>,
    /// How many are present; absent means as planned (no one reported missing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<u32>,
    /// Who is on the shift, if the board writes names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub who: Vec<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl StaffEntry {
    /// The merge id of an entry: its date and shift, `2026-12-04/dag`.
    pub fn key(&self) -> String {
        format!("{}/{}", self.date, self.shift)
    }
}

/// A risk (risiko, Kvalitetshåndbok §3.1.1): what can go wrong, how likely
/// it is and how bad it would be, each 1–5.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Risk {
    /// Unique among the board's risks.
    pub id: String,
    pub title: String,
    /// Sannsynlighet, 1 (very unlikely) to 5 (very likely).
    #[schemars(range(min = 1, max = 5))]
    pub likelihood: u8,
    /// Konsekvens, 1 (negligible) to 5 (very serious).
    #[schemars(range(min = 1, max = 5))]
    pub consequence: u8,
    /// Who follows the risk up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The id of the measure card made of this risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Timestamp>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// A deviation (avvik, §3.1.2): an event that was registered. The text
/// holds no personal data: a national identity number is masked.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Deviation {
    /// Unique among the board's deviations.
    pub id: String,
    /// The day it happened.
    pub date: NaiveDate,
    /// The kind of deviation, e.g. "fall", "legemiddel", "HMS".
    pub category: String,
    /// What happened, in a few words, without personal data.
    pub text: String,
    /// The id of the measure card made of this deviation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Timestamp>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// Who owns an event of the annual wheel (seed 001): the local leader or one
/// of the team's two roles ([`Role`]). A role of its own, since the board
/// names no leader the way it names the team leader and measurement lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WheelRole {
    /// Leder (lokal ledelse).
    Leader,
    /// Teamleder.
    TeamLeader,
    /// Måleansvarlig.
    MeasurementLead,
}

impl WheelRole {
    pub const NAMES: &'static [&'static str] = &["leader", "team_leader", "measurement_lead"];

    pub fn parse(s: &str) -> Option<WheelRole> {
        match s {
            "leader" => Some(WheelRole::Leader),
            "team_leader" => Some(WheelRole::TeamLeader),
            "measurement_lead" => Some(WheelRole::MeasurementLead),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        WheelRole::NAMES[self as usize]
    }

    /// The team role of the board it is, if it is one.
    pub fn team_role(self) -> Option<Role> {
        match self {
            WheelRole::Leader => None,
            WheelRole::TeamLeader => Some(Role::TeamLeader),
            WheelRole::MeasurementLead => Some(Role::MeasurementLead),
        }
    }
}

/// A recurring yearly event of the annual wheel (årshjul), by ISO week:
/// "uke 37 – samling 1".
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct WheelEvent {
    /// Unique among the wheel's events.
    pub id: String,
    /// The ISO week, 1–53 (week 53 only in years that have one).
    #[schemars(range(min = 1, max = 53))]
    pub week: u8,
    pub title: String,
    /// Who owns the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<WheelRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The cards the event became, one per (ISO week-)year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub made: Vec<Made>,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// The card an annual-wheel event became in one year.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Made {
    /// The ISO week-year.
    pub year: i32,
    /// The card's id.
    pub card: String,
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

#[cfg(test)]
#[path = "operations_tests.rs"]
mod tests;

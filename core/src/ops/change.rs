//! What an op did, as data: the change log and the minutes are made from it.

use chrono::NaiveDate;

use crate::model::{CycleDecision, Light, Role};

/// An element a merge (or its undo) took away from the board, as the change
/// log keeps it: `kind` is `column`, `card`, `goal`, `indicator`,
/// `decision` or `routine`; `title` is its title (a decision's text) at the time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Gone {
    pub kind: String,
    pub id: String,
    pub title: String,
}

impl Gone {
    /// The change-log form of an element a merge removed.
    pub fn of(n: &crate::merge::Named) -> Option<Gone> {
        use crate::merge::Element;
        let (kind, id) = match &n.element {
            Element::Column(id) => ("column", id),
            Element::Card(id) => ("card", id),
            Element::Goal(id) => ("goal", id),
            Element::Indicator(id) => ("indicator", id),
            Element::Decision(id) => ("decision", id),
            Element::Routine(id) => ("routine", id),
            Element::Risk(id) => ("risk", id),
            Element::Deviation(id) => ("deviation", id),
            Element::Event(id) => ("event", id),
            Element::StaffDay(id) => ("staffing", id),
            Element::Staffing | Element::Board | Element::Meeting | Element::Value { .. } => {
                return None;
            }
        };
        Some(Gone {
            kind: kind.to_string(),
            id: id.clone(),
            title: n.title.clone(),
        })
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What an op did, as data: the history log and the minutes are made from it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    Added {
        card: String,
        title: String,
        column: String,
    },
    Removed {
        card: String,
        title: String,
    },
    Moved {
        card: String,
        title: String,
        from: String,
        to: String,
    },
    Archived {
        card: String,
        title: String,
    },
    Restored {
        card: String,
        title: String,
    },
    Light {
        card: String,
        title: String,
        from: Option<Light>,
        to: Option<Light>,
    },
    Edited {
        card: String,
        title: String,
        /// The fields that changed (`title`, `owner`, `due`, `note`, …); empty
        /// in logs written before tavle recorded them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        fields: Vec<String>,
    },
    Decided {
        decision: String,
        text: String,
    },
    Escalated {
        card: String,
        title: String,
        to_board: String,
    },
    GoalChanged {
        goal: String,
        title: String,
    },
    Measured {
        indicator: String,
        date: NaiveDate,
        value: Option<f64>,
    },
    Corrected {
        decision: String,
        text: String,
    },
    FollowedUp {
        decision: String,
        text: String,
        done: bool,
    },
    /// A sync client's conflict copy (`copy`, its file name) was merged into
    /// the board: how many cards, decisions and indicator values it brought,
    /// how many conflicts the user settled, and every element the merge took
    /// away from the board (`removed`, with titles). `undone`: the merge was
    /// undone and the board put back as it was (the copy stays where the
    /// merge moved it); `removed` then lists what the undo took away.
    Merged {
        copy: String,
        #[serde(default)]
        cards: usize,
        #[serde(default)]
        decisions: usize,
        #[serde(default)]
        values: usize,
        #[serde(default)]
        chosen: usize,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        removed: Vec<Gone>,
        /// Fields of elements both had that the merge changed (a move, a
        /// light, an owner, a wording; see `merge::changed`).
        #[serde(default, skip_serializing_if = "is_zero")]
        changed: usize,
        /// Elements of the copy that got a fresh id (two with one id).
        #[serde(default, skip_serializing_if = "is_zero")]
        renamed: usize,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        undone: bool,
    },
    MeetingStarted,
    /// The meeting ended; carries what the minutes need after the running state is gone.
    MeetingEnded {
        started: String,
        attendees: Vec<String>,
        /// The change log could not be written during the meeting: its list
        /// of changes may be incomplete (absent in older logs: complete).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        incomplete: bool,
    },
    Meeting,
    /// The meeting's goal was set, changed or removed (`to` absent).
    MeetingGoal {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
    },
    /// The meeting's length in minutes was set (`to` absent: the default, 15).
    MeetingLength {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<u64>,
    },
    /// An agenda item was added at `place` (from 0), with its own time box if any.
    AgendaAdded {
        title: String,
        place: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        minutes: Option<u64>,
    },
    /// The agenda item at `place` was removed.
    AgendaRemoved {
        title: String,
        place: usize,
    },
    /// The agenda item at `place` was renamed.
    AgendaRenamed {
        from: String,
        to: String,
        place: usize,
    },
    /// An agenda item moved from place `from` to place `to`.
    AgendaMoved {
        title: String,
        from: usize,
        to: usize,
    },
    /// An agenda item got its own time box (`to`), or lost it.
    AgendaTimeBox {
        title: String,
        place: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<u64>,
    },
    /// Someone was ticked present (or unticked) at the running meeting;
    /// `guest`: ticked as a guest, not one of the board's team.
    Attended {
        name: String,
        present: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        guest: bool,
    },
    /// A column was added (or put back by an undo).
    ColumnAdded {
        column: String,
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wip: Option<u64>,
    },
    /// A column was taken away (the undo of adding it).
    ColumnRemoved {
        column: String,
        title: String,
    },
    /// A column was renamed (`renamed_from` its old title) or its WIP limit
    /// changed (`wip`); `title` is its title after.
    ColumnChanged {
        column: String,
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        renamed_from: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wip: Option<Limit>,
    },
    /// A column moved from place `from` to place `to` (counted from 1);
    /// `order` is the column ids left to right after the move.
    ColumnMoved {
        column: String,
        title: String,
        from: usize,
        to: usize,
        #[serde(default)]
        order: Vec<String>,
    },
    /// An idea was placed in the priority matrix (or taken out of it):
    /// its effect and effort after the change.
    Prioritised {
        card: String,
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effect: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effort: Option<u8>,
    },
    /// A PDSA cycle was started on a card (or put back by an undo); `cycle`
    /// is its number, counted from 1.
    CycleStarted {
        card: String,
        title: String,
        cycle: usize,
    },
    /// Fields of a card's PDSA cycle `cycle` (from 1) changed; `decision`
    /// is the decision when one was taken by the change.
    CycleChanged {
        card: String,
        title: String,
        cycle: usize,
        fields: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decision: Option<CycleDecision>,
    },
    /// A card's PDSA cycle `cycle` (from 1) was taken away (the undo of
    /// starting it).
    CycleRemoved {
        card: String,
        title: String,
        cycle: usize,
    },
    /// A routine was made (from the card `card`, if any), with its revision
    /// date; or put back by an undo.
    RoutineAdded {
        routine: String,
        title: String,
        revision: NaiveDate,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        card: Option<String>,
    },
    /// Fields of a routine changed (`revision`, `purpose`, …); `title` is
    /// its title after.
    RoutineChanged {
        routine: String,
        title: String,
        fields: Vec<String>,
    },
    /// A routine was taken away.
    RoutineRemoved {
        routine: String,
        title: String,
    },
    /// Someone was named to a role of the improvement team, or the role
    /// left empty (`to` absent).
    RoleSet {
        role: Role,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
    },
    /// The staffing of one shift on one date after the change: how many
    /// planned and how many present (absent: as planned), or neither when
    /// the entry was taken away (the undo of making it).
    StaffSet {
        date: NaiveDate,
        shift: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        planned: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        present: Option<u32>,
    },
    /// The board's shifts, before and after.
    ShiftsSet {
        from: Vec<String>,
        to: Vec<String>,
    },
    /// `count` staffing entries of days gone by were taken out of the file.
    StaffRolledOff {
        count: usize,
    },
    /// `count` staffing entries were put back (the undo of rolling them off).
    StaffPutBack {
        count: usize,
    },
    /// A risk was added (or put back by an undo).
    RiskAdded {
        risk: String,
        title: String,
        likelihood: u8,
        consequence: u8,
    },
    /// Fields of a risk changed; likelihood and consequence after.
    RiskChanged {
        risk: String,
        title: String,
        likelihood: u8,
        consequence: u8,
        fields: Vec<String>,
    },
    RiskRemoved {
        risk: String,
        title: String,
    },
    /// A deviation was registered (or put back by an undo).
    DeviationAdded {
        deviation: String,
        date: NaiveDate,
        category: String,
    },
    DeviationChanged {
        deviation: String,
        category: String,
        fields: Vec<String>,
    },
    DeviationRemoved {
        deviation: String,
        category: String,
    },
    /// A measure card was made of a risk or a deviation (or put back by an
    /// undo); its undo is a card [`Change::Removed`].
    MeasureMade {
        card: String,
        title: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        risk: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deviation: Option<String>,
    },
    /// An event was added to the annual wheel (or put back by an undo).
    EventAdded {
        event: String,
        title: String,
        week: u8,
    },
    EventChanged {
        event: String,
        title: String,
        week: u8,
        fields: Vec<String>,
    },
    EventRemoved {
        event: String,
        title: String,
    },
    /// An annual-wheel event became the card `card` in its week `week` of
    /// the ISO week-year `year`; its undo is a card [`Change::Removed`].
    EventCard {
        event: String,
        title: String,
        year: i32,
        week: u32,
        card: String,
    },
}

/// A WIP limit before and after a change; `None` is no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Limit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<u64>,
}

impl Change {
    /// Improvement work (forbedringsarbeid): a placing in the priority
    /// matrix, a PDSA cycle started, changed or removed, a routine made,
    /// changed or removed, a team role set, or a card's evaluation, benefit
    /// plan, indicator, cycles or A3 written. The minutes and "since last
    /// time" list these with their own words.
    pub fn is_improvement(&self) -> bool {
        match self {
            Change::Prioritised { .. }
            | Change::CycleStarted { .. }
            | Change::CycleChanged { .. }
            | Change::CycleRemoved { .. }
            | Change::RoutineAdded { .. }
            | Change::RoutineChanged { .. }
            | Change::RoutineRemoved { .. }
            | Change::RoleSet { .. } => true,
            Change::Edited { fields, .. } => fields.iter().any(|f| {
                matches!(
                    f.as_str(),
                    "evaluation" | "benefit" | "indicator" | "pdsa" | "a3"
                )
            }),
            _ => false,
        }
    }

    /// A change to the operations board's staffing, risks, deviations or
    /// annual wheel ([`crate::operations`]): the minutes and the history
    /// word these their own way.
    pub fn is_operations(&self) -> bool {
        matches!(
            self,
            Change::StaffSet { .. }
                | Change::ShiftsSet { .. }
                | Change::StaffRolledOff { .. }
                | Change::StaffPutBack { .. }
                | Change::RiskAdded { .. }
                | Change::RiskChanged { .. }
                | Change::RiskRemoved { .. }
                | Change::DeviationAdded { .. }
                | Change::DeviationChanged { .. }
                | Change::DeviationRemoved { .. }
                | Change::MeasureMade { .. }
                | Change::EventAdded { .. }
                | Change::EventChanged { .. }
                | Change::EventRemoved { .. }
                | Change::EventCard { .. }
        )
    }

    /// The card the change is about, if it is about a card.
    pub fn card(&self) -> Option<&str> {
        match self {
            Change::Added { card, .. }
            | Change::Removed { card, .. }
            | Change::Moved { card, .. }
            | Change::Archived { card, .. }
            | Change::Restored { card, .. }
            | Change::Light { card, .. }
            | Change::Edited { card, .. }
            | Change::Prioritised { card, .. }
            | Change::CycleStarted { card, .. }
            | Change::CycleChanged { card, .. }
            | Change::CycleRemoved { card, .. }
            | Change::MeasureMade { card, .. }
            | Change::EventCard { card, .. } => Some(card),
            _ => None,
        }
    }
}

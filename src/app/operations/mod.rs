//! The operations board's panels (driftstavle, §4.1.4): goals and
//! indicators, today's staffing, risks and deviations, and deadlines with
//! the annual wheel — each a [`PanelComponent`] of the board screen, beside
//! the measures (the board's columns). Which panels a board shows, and in
//! what order, is [`tavle_core::layout::panels`]; one key per panel gives
//! it the keyboard (`I`, `s`, `r`, `f`; `v` gives it back to the measures),
//! and every panel's table holds those keys too, so the standup goes from
//! panel to panel with one key each.

pub mod deadlines;
pub mod goals;
pub mod risks;
pub mod staffing;
pub mod staffing_form;

use super::keymap::{Binding, Cmd, Hint, Key, bind, ch};
use super::panels::PanelComponent;
use super::shared::Shared;
use tavle_core::layout::{self, PanelKind};

/// A panel's key table: its own rows, then the keys that give the keyboard
/// to each panel (the same on the board and in every panel).
#[macro_export]
macro_rules! ops_keys {
    ($($row:expr),* $(,)?) => {
        &[
            $($row,)*
            $crate::app::operations::focus_row(tavle_core::layout::PanelKind::Goals),
            $crate::app::operations::focus_row(tavle_core::layout::PanelKind::Staffing),
            $crate::app::operations::focus_row(tavle_core::layout::PanelKind::Risks),
            $crate::app::operations::focus_row(tavle_core::layout::PanelKind::Measures),
            $crate::app::operations::focus_row(tavle_core::layout::PanelKind::Deadlines),
        ]
    };
}

const GOALS: &[Key] = &[ch('I', "I")];
const STAFFING: &[Key] = &[ch('s', "s")];
const RISKS: &[Key] = &[ch('r', "r")];
const MEASURES: &[Key] = &[ch('v', "v")];
const DEADLINES: &[Key] = &[ch('f', "f")];

/// The row whose key gives `kind` the keyboard.
pub const fn focus_row(kind: PanelKind) -> Binding {
    match kind {
        PanelKind::Goals => bind(GOALS, Cmd::Focus(kind), false),
        PanelKind::Staffing => bind(STAFFING, Cmd::Focus(kind), true),
        PanelKind::Risks => bind(RISKS, Cmd::Focus(kind), true),
        PanelKind::Measures => bind(MEASURES, Cmd::Focus(kind), false),
        PanelKind::Deadlines => bind(DEADLINES, Cmd::Focus(kind), true),
    }
}

/// The operations panels of the board screen.
#[derive(Debug, Default)]
pub struct OpsPanels {
    pub goals: goals::GoalsPanel,
    pub staffing: staffing::StaffingPanel,
    pub risks: risks::RisksPanel,
    pub deadlines: deadlines::DeadlinesPanel,
}

impl OpsPanels {
    /// The panels, for the screen's list of panels.
    pub fn all(&self) -> [&dyn PanelComponent; 4] {
        [&self.goals, &self.staffing, &self.risks, &self.deadlines]
    }

    pub fn all_mut(&mut self) -> [&mut dyn PanelComponent; 4] {
        [
            &mut self.goals,
            &mut self.staffing,
            &mut self.risks,
            &mut self.deadlines,
        ]
    }

    /// The panel of `kind`; none for the measures (the screen's columns).
    pub fn get_mut(&mut self, kind: PanelKind) -> Option<&mut dyn PanelComponent> {
        match kind {
            PanelKind::Goals => Some(&mut self.goals),
            PanelKind::Staffing => Some(&mut self.staffing),
            PanelKind::Risks => Some(&mut self.risks),
            PanelKind::Deadlines => Some(&mut self.deadlines),
            PanelKind::Measures => None,
        }
    }

    /// The panel that has the keyboard; the measures when none has it.
    pub fn focused(&self) -> PanelKind {
        if self.goals.focused() {
            PanelKind::Goals
        } else if self.staffing.focused() {
            PanelKind::Staffing
        } else if self.risks.focused() {
            PanelKind::Risks
        } else if self.deadlines.focused() {
            PanelKind::Deadlines
        } else {
            PanelKind::Measures
        }
    }

    /// Give the keyboard to `kind` (the measures: to none of them).
    pub fn focus(&mut self, kind: PanelKind, s: &Shared) {
        for k in PanelKind::ALL {
            if let Some(p) = self.get_mut(k) {
                p.set_focus(k == kind, s);
            }
        }
    }
}

/// Whether the focus key of `kind` does anything on the board shown: the
/// board shows the panel, beside at least one other (a board of columns
/// alone has nothing to move the keyboard between).
pub fn can_focus(s: &Shared, kind: PanelKind) -> bool {
    let shown = s.board().map(layout::panels).unwrap_or_default();
    shown.len() > 1 && shown.contains(&kind)
}

/// Keep out of `hints` the keys of panels the board does not show, so an
/// improvement board's hint bar stays as it was.
pub fn shown_only(hints: &mut Vec<Hint>, s: &Shared) {
    hints.retain(|h| match h.binding.cmd {
        Cmd::Focus(kind) => can_focus(s, kind),
        _ => true,
    });
}

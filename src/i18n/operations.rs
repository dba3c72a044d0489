//! The operations board's words (issue 22): the change log's staffing,
//! risk, deviation and annual-wheel changes in words, for a card's history,
//! the minutes and "since last time"; a risk's level; and why an op on them
//! was refused, for the notice line.

use super::Lang;
use tavle_core::dates::format_nb;
use tavle_core::operations::risks::{Level, level};
use tavle_core::ops::Change;

/// Why an op on the staffing, risks, deviations or wheel was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpsMsg {
    ShiftGone(String),
    ShiftExists(String),
    /// A staffing entry (date/shift) is there already.
    StaffExists(String),
    BelowZero,
    RiskGone(String),
    RiskExists(String),
    NotOneToFive(u8),
    DeviationGone(String),
    DeviationExists(String),
    /// The measure card (its id) is made already.
    AlreadyLinked(String),
    EventGone(String),
    EventExists(String),
    NoSuchWeek(u8),
    /// The event (its id) has its card for the year already.
    AlreadyMade(String, i32),
    NotMade(String, i32),
    /// A panel's key on a board that does not show the panel.
    PanelNotShown(tavle_core::layout::PanelKind),
    /// One fewer present on a shift (its name) with no figures today.
    StaffUnknown(String),
    /// A count typed that is no whole number from 0 (the text).
    BadCount(String),
}

/// The text of an [`OpsMsg`].
pub fn ops_msg(lang: Lang, m: &OpsMsg) -> String {
    match m {
        OpsMsg::PanelNotShown(kind) => panel_not_shown(lang, *kind),
        OpsMsg::StaffUnknown(s) => super::staffing::staff_unknown(lang, s),
        OpsMsg::BadCount(t) => super::staffing::bad_count(lang, t),
        OpsMsg::ShiftGone(s) => f!(lang, "ops-msg-shift-gone", shift = s),
        OpsMsg::ShiftExists(s) => f!(lang, "ops-msg-shift-exists", shift = s),
        OpsMsg::StaffExists(s) => f!(lang, "ops-msg-staff-exists", entry = s),
        OpsMsg::BelowZero => s!(lang, "ops-msg-below-zero").into(),
        OpsMsg::RiskGone(id) => f!(lang, "ops-msg-risk-gone", risk = id),
        OpsMsg::RiskExists(id) => f!(lang, "ops-msg-risk-exists", risk = id),
        OpsMsg::NotOneToFive(v) => f!(lang, "ops-msg-one-to-five", value = v.to_string()),
        OpsMsg::DeviationGone(id) => f!(lang, "ops-msg-deviation-gone", deviation = id),
        OpsMsg::DeviationExists(id) => f!(lang, "ops-msg-deviation-exists", deviation = id),
        OpsMsg::AlreadyLinked(card) => f!(lang, "ops-msg-already-linked", card = card),
        OpsMsg::EventGone(id) => f!(lang, "ops-msg-event-gone", event = id),
        OpsMsg::EventExists(id) => f!(lang, "ops-msg-event-exists", event = id),
        OpsMsg::NoSuchWeek(w) => f!(lang, "ops-msg-no-such-week", week = w.to_string()),
        OpsMsg::AlreadyMade(id, year) => f!(
            lang,
            "ops-msg-already-made",
            event = id,
            year = year.to_string()
        ),
        OpsMsg::NotMade(id, year) => f!(
            lang,
            "ops-msg-not-made",
            event = id,
            year = year.to_string()
        ),
    }
}

/// The heading of the operations changes in the minutes.
pub fn ops_minutes_heading(lang: Lang) -> &'static str {
    s!(lang, "ops-minutes-heading")
}

/// A risk's level in words: lav, middels, høy.
pub fn risk_level(lang: Lang, l: Level) -> &'static str {
    match l {
        Level::Low => s!(lang, "ops-level-low"),
        Level::Medium => s!(lang, "ops-level-medium"),
        Level::High => s!(lang, "ops-level-high"),
    }
}

/// A change to the staffing, risks, deviations or annual wheel in words;
/// `None` for every other change. Every variant has its own words.
pub fn operations_change(lang: Lang, change: &Change) -> Option<String> {
    Some(match change.clone() {
        Change::StaffSet {
            date,
            shift,
            planned,
            present,
        } => {
            let date = format_nb(date);
            match (planned, present.or(planned)) {
                (Some(p), Some(n)) if n < p => f!(
                    lang,
                    "ops-staff-missing",
                    shift = shift,
                    date = date,
                    present = n,
                    planned = p,
                    missing = p.saturating_sub(n)
                ),
                (Some(p), Some(n)) => f!(
                    lang,
                    "ops-staff-set",
                    shift = shift,
                    date = date,
                    present = n,
                    planned = p
                ),
                (None, Some(n)) => f!(
                    lang,
                    "ops-staff-present",
                    shift = shift,
                    date = date,
                    present = n
                ),
                _ => f!(lang, "ops-staff-cleared", shift = shift, date = date),
            }
        }
        Change::ShiftsSet { to, .. } => f!(lang, "ops-shifts-set", shifts = to.join(", ")),
        Change::StaffRolledOff { count } => {
            f!(lang, "ops-staff-rolled-off", count = count)
        }
        Change::StaffPutBack { count } => {
            f!(lang, "ops-staff-put-back", count = count)
        }
        Change::RiskAdded {
            title,
            likelihood,
            consequence,
            ..
        } => f!(
            lang,
            "ops-risk-added",
            title = title,
            likelihood = likelihood,
            consequence = consequence,
            level = level_word(lang, likelihood, consequence)
        ),
        Change::RiskChanged {
            title,
            likelihood,
            consequence,
            fields,
            ..
        } => f!(
            lang,
            "ops-risk-changed",
            title = title,
            fields = fields.join(", "),
            likelihood = likelihood,
            consequence = consequence,
            level = level_word(lang, likelihood, consequence)
        ),
        Change::RiskRemoved { title, .. } => f!(lang, "ops-risk-removed", title = title),
        Change::DeviationAdded { date, category, .. } => f!(
            lang,
            "ops-deviation-added",
            date = format_nb(date),
            category = category
        ),
        Change::DeviationChanged {
            category, fields, ..
        } => f!(
            lang,
            "ops-deviation-changed",
            category = category,
            fields = fields.join(", ")
        ),
        Change::DeviationRemoved { category, .. } => {
            f!(lang, "ops-deviation-removed", category = category)
        }
        Change::MeasureMade {
            title,
            risk,
            deviation,
            ..
        } => match (risk, deviation) {
            (Some(r), _) => f!(lang, "ops-measure-from-risk", risk = r, title = title),
            (None, Some(d)) => {
                f!(
                    lang,
                    "ops-measure-from-deviation",
                    deviation = d,
                    title = title
                )
            }
            (None, None) => f!(lang, "ops-measure-made", title = title),
        },
        Change::EventAdded { title, week, .. } => {
            f!(lang, "ops-event-added", title = title, week = week)
        }
        Change::EventChanged {
            title,
            week,
            fields,
            ..
        } => f!(
            lang,
            "ops-event-changed",
            title = title,
            week = week,
            fields = fields.join(", ")
        ),
        Change::EventRemoved { title, .. } => f!(lang, "ops-event-removed", title = title),
        Change::EventCard {
            title,
            week,
            year,
            card,
            ..
        } => f!(
            lang,
            "ops-event-card",
            title = title,
            week = week,
            year = year.to_string(),
            card = card
        ),
        _ => return None,
    })
}

fn level_word(lang: Lang, likelihood: u8, consequence: u8) -> &'static str {
    level(likelihood, consequence).map_or("–", |l| risk_level(lang, l))
}

#[cfg(test)]
#[path = "operations_tests.rs"]
mod tests;

/// A panel's title on the board screen ("Bemanning").
pub fn panel_title(lang: Lang, kind: tavle_core::layout::PanelKind) -> String {
    use tavle_core::layout::PanelKind;
    match kind {
        PanelKind::Goals => s!(lang, "ops-panel-goals"),
        PanelKind::Staffing => s!(lang, "ops-panel-staffing"),
        PanelKind::Risks => s!(lang, "ops-panel-risks"),
        PanelKind::Measures => s!(lang, "ops-panel-measures"),
        PanelKind::Deadlines => s!(lang, "ops-panel-deadlines"),
    }
    .into()
}

/// The notice when a panel's key is pressed on a board that does not show it.
pub fn panel_not_shown(lang: Lang, kind: tavle_core::layout::PanelKind) -> String {
    f!(
        lang,
        "ops-panel-not-shown",
        panel = panel_title(lang, kind),
        name = kind.as_str()
    )
}

/// The `?` overlay's text for the operations panels' keys, by command id.
pub(super) fn cmd_help_ops(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "focus-goals" => s!(lang, "cmd-help-focus-goals"),
        "focus-staffing" => s!(lang, "cmd-help-focus-staffing"),
        "focus-risks" => s!(lang, "cmd-help-focus-risks"),
        "focus-measures" => s!(lang, "cmd-help-focus-measures"),
        "focus-deadlines" => s!(lang, "cmd-help-focus-deadlines"),
        _ => return super::staffing::staff_cmd_help(lang, id),
    })
}

/// The hint bar's word for the operations panels' keys, by command id.
pub(super) fn cmd_hint_ops(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "focus-goals" => s!(lang, "cmd-hint-focus-goals"),
        "focus-staffing" => s!(lang, "cmd-hint-focus-staffing"),
        "focus-risks" => s!(lang, "cmd-hint-focus-risks"),
        "focus-measures" => s!(lang, "cmd-hint-focus-measures"),
        "focus-deadlines" => s!(lang, "cmd-hint-focus-deadlines"),
        _ => return super::staffing::staff_cmd_hint(lang, id),
    })
}

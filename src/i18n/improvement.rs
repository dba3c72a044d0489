//! The improvement work of the change log in words: an idea placed in the
//! priority matrix, a PDSA cycle started, changed or removed, a routine
//! made, changed or removed, a team role set, a card's evaluation, benefit
//! plan or indicator written — for the card's history, "since last time",
//! `tavle status --since` and the minutes, one wording for all of them.

use super::Lang;
use super::pdsa::{PdsaLabel, decision_word, pdsa_label};
use tavle_core::dates::format_nb;
use tavle_core::model::Role;
use tavle_core::ops::Change;

/// The names of a cycle's fields as the change log writes them, in words.
fn cycle_fields_words(lang: Lang, fields: &[String]) -> String {
    let word = |f: &str| match f {
        "plan" => pdsa_label(lang, PdsaLabel::Plan).to_lowercase(),
        "prediction" => pdsa_label(lang, PdsaLabel::Prediction).to_lowercase(),
        "started" => pdsa_label(lang, PdsaLabel::Started).to_lowercase(),
        "measured" => pdsa_label(lang, PdsaLabel::Measured).to_lowercase(),
        "result" => pdsa_label(lang, PdsaLabel::Result).to_lowercase(),
        "decision" => pdsa_label(lang, PdsaLabel::Decision).to_lowercase(),
        "ended" => pdsa_label(lang, PdsaLabel::Ended).to_lowercase(),
        other => other.to_string(),
    };
    fields
        .iter()
        .map(|f| word(f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a cycle change did to the card, without the card's name: the card
/// screen's history says it so, "since last time" and the minutes put the
/// card's title before it.
pub fn cycle_change(lang: Lang, change: &Change) -> Option<String> {
    Some(match change {
        Change::CycleStarted { cycle, .. } => f!(lang, "history-cycle-started", cycle = cycle),
        Change::CycleChanged {
            cycle,
            fields,
            decision,
            ..
        } => {
            let fields = cycle_fields_words(lang, fields);
            let line = f!(
                lang,
                "history-cycle-changed",
                cycle = cycle,
                fields = fields
            );
            match decision {
                Some(d) => format!("{line} ({})", decision_word(lang, *d)),
                None => line,
            }
        }
        Change::CycleRemoved { cycle, .. } => f!(lang, "history-cycle-removed", cycle = cycle),
        _ => return None,
    })
}

/// A role of the improvement team in words.
pub fn role_word(lang: Lang, r: Role) -> &'static str {
    match r {
        Role::TeamLeader => s!(lang, "pdsa-role-team-leader"),
        Role::MeasurementLead => s!(lang, "pdsa-role-measurement-lead"),
    }
}

/// Whether a change is improvement work, by the core's one rule: what
/// "since last time" and the minutes list with [`improvement_change`].
pub fn is_improvement(change: &Change) -> bool {
    change.is_improvement()
}

/// An improvement change in words, with the card's or routine's title: a
/// placing in the priority matrix, a cycle started, changed or removed, a
/// routine made, changed or removed, a role set, a card's evaluation,
/// benefit plan or indicator written. `None` for every other change (the
/// minutes word those their own way). Every variant of those kinds has its
/// own words: none falls through to an empty or generic line.
pub fn improvement_change(lang: Lang, change: &Change) -> Option<String> {
    Some(match change {
        Change::Prioritised {
            title,
            effect,
            effort,
            ..
        } => {
            let value = |v: &Option<u8>| v.map_or_else(|| "–".to_string(), |v| v.to_string());
            let (effect, effort) = (value(effect), value(effort));
            let what = f!(
                lang,
                "history-prioritised",
                effect = effect,
                effort = effort
            );
            format!("{title}: {what}")
        }
        Change::CycleStarted { title, .. }
        | Change::CycleChanged { title, .. }
        | Change::CycleRemoved { title, .. } => {
            format!("{title}: {}", cycle_change(lang, change)?)
        }
        Change::RoutineAdded {
            title, revision, ..
        } => f!(
            lang,
            "pdsa-routine-added",
            title = title,
            revision = format_nb(*revision)
        ),
        Change::RoutineChanged { title, fields, .. } => {
            let fields = fields.join(", ");
            f!(lang, "pdsa-routine-changed", title = title, fields = fields)
        }
        Change::RoutineRemoved { title, .. } => f!(lang, "pdsa-routine-removed", title = title),
        Change::RoleSet { role, to, .. } => {
            let role = role_word(lang, *role);
            match to {
                Some(to) => f!(lang, "pdsa-role-set", role = role, name = to),
                None => f!(lang, "pdsa-role-empty", role = role),
            }
        }
        Change::Edited { title, fields, .. } => {
            let mut said = Vec::new();
            for f in fields {
                said.push(match f.as_str() {
                    "evaluation" => s!(lang, "pdsa-edited-evaluation"),
                    "benefit" => s!(lang, "pdsa-edited-benefit"),
                    "indicator" => s!(lang, "pdsa-edited-indicator"),
                    "pdsa" => s!(lang, "pdsa-edited-cycles"),
                    "a3" => s!(lang, "pdsa-edited-a3"),
                    _ => continue,
                });
            }
            if said.is_empty() {
                return None;
            }
            format!("{title}: {}", said.join(", "))
        }
        _ => return None,
    })
}

//! The form of an annual-wheel event: week (1–53), title and owner role
//! (1 leder, 2 teamleder, 3 måleansvarlig, or the word in any of the
//! three languages; empty: none). The editor's form ([`Editor`] with
//! [`EditKind::Event`]): this module makes it, reads what was typed into
//! one op, and says what the role field takes. No I/O.

use super::super::super::editor::{EditKind, Editor, Field, Flow};
use super::super::super::event::Origin;
use super::super::super::request::Requests;
use super::super::super::shared::Shared;
use crate::i18n::{self, Lang, Msg, OpsLabel, PanelMsg, PanelWord};
use tavle_core::model::{WheelEvent, WheelRole};
use tavle_core::ops::{EventPatch, NewEvent, Op, WheelOp};

pub const WEEK: Field = Field::Ops(OpsLabel::Week);
pub const ROLE: Field = Field::Ops(OpsLabel::Role);

const ROLES: [WheelRole; 3] = [
    WheelRole::Leader,
    WheelRole::TeamLeader,
    WheelRole::MeasurementLead,
];

/// The form of a new event (`None`; `week` offered) or of `event`.
pub fn event(lang: Lang, event: Option<&WheelEvent>, week: u32) -> Editor {
    Editor::form(
        EditKind::Event {
            id: event.map(|e| e.id.clone()),
        },
        vec![
            (WEEK, event.map_or(week, |e| u32::from(e.week)).to_string()),
            (
                Field::Title,
                event.map(|e| e.title.clone()).unwrap_or_default(),
            ),
            (
                ROLE,
                event
                    .and_then(|e| e.role)
                    .map(|r| i18n::wheel_role(lang, r).to_string())
                    .unwrap_or_default(),
            ),
        ],
    )
}

/// The role typed: its digit (1–3), its word in any language, or its name
/// in the file; `Ok(None)` for an empty field.
pub fn role(typed: &str) -> Result<Option<WheelRole>, PanelMsg> {
    let unknown = || PanelMsg::UnknownRole(typed.trim().to_string());
    let t = typed.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    if let Ok(n) = t.parse::<usize>() {
        return n
            .checked_sub(1)
            .and_then(|i| ROLES.get(i))
            .copied()
            .map(Some)
            .ok_or_else(unknown);
    }
    if let Some(r) = WheelRole::parse(&t) {
        return Ok(Some(r));
    }
    for &lang in Lang::ALL {
        for r in ROLES {
            if i18n::wheel_role(lang, r).to_lowercase() == t {
                return Ok(Some(r));
            }
        }
    }
    Err(unknown())
}

/// The op of the form; `Ok(None)` when nothing changed.
fn op(ed: &Editor, s: &Shared, id: Option<&String>) -> Result<Option<Op>, (Msg, Field)> {
    let typed = ed.get(WEEK);
    let week = match typed.parse::<u8>() {
        Ok(w @ 1..=53) => w,
        _ => return Err((Msg::Panel(PanelMsg::NotAWeek(typed)), WEEK)),
    };
    let title = ed.get(Field::Title);
    if title.is_empty() {
        return Err((Msg::EmptyTitle, Field::Title));
    }
    let typed = ed.get(ROLE);
    let role = role(&typed).map_err(|e| (Msg::Panel(e), ROLE))?;
    let Some(id) = id else {
        return Ok(Some(Op::Wheel(WheelOp::Add(NewEvent {
            week,
            title,
            role,
            note: None,
        }))));
    };
    let Some(old) = s.board().and_then(|b| b.event(id)) else {
        let msg = Msg::Ops(i18n::OpsMsg::EventGone(id.clone()));
        return Err((msg, Field::Title));
    };
    let patch = EventPatch {
        week: (week != old.week).then_some(week),
        title: ed.changed(Field::Title).then_some(title),
        role: (role != old.role).then_some(role),
        note: None,
    };
    if patch == EventPatch::default() {
        return Ok(None);
    }
    Ok(Some(Op::Wheel(WheelOp::Set {
        id: id.clone(),
        patch,
    })))
}

/// Enter in an event's form: `None` for any other form.
pub fn save(ed: &mut Editor, s: &Shared, rq: &mut Requests) -> Option<Flow> {
    let EditKind::Event { id } = &ed.kind else {
        return None;
    };
    Some(match op(ed, s, id.as_ref()) {
        Err((e, field)) => {
            ed.error = Some(e);
            ed.focus_on(field);
            Flow::Stay
        }
        Ok(None) => Flow::Close,
        Ok(Some(op)) => {
            if let Some(why) = s.why_read_only() {
                ed.error = Some(why);
                return Some(Flow::Stay);
            }
            rq.apply_form(s, vec![op], Origin::Edit, ed.clone());
            Flow::Close
        }
    })
}

/// The notes under an event's form, `(warning, text)`: the roles, while
/// the cursor is in the role field.
pub fn notes(ed: &Editor, s: &Shared) -> Vec<(bool, String)> {
    let on_role = ed.fields.get(ed.focus).is_some_and(|f| f.field == ROLE);
    if matches!(ed.kind, EditKind::Event { .. }) && on_role {
        vec![(
            false,
            i18n::panel_word(s.lang(), PanelWord::Roles).to_string(),
        )]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_is_read_from_its_digit_its_word_in_any_language_or_its_file_name() {
        assert_eq!(role(""), Ok(None));
        assert_eq!(role("1"), Ok(Some(WheelRole::Leader)));
        assert_eq!(role("3"), Ok(Some(WheelRole::MeasurementLead)));
        assert_eq!(role("Teamleder"), Ok(Some(WheelRole::TeamLeader)));
        assert_eq!(role("måleansvarleg"), Ok(Some(WheelRole::MeasurementLead)));
        assert_eq!(role("team leader"), Ok(Some(WheelRole::TeamLeader)));
        assert_eq!(
            role("measurement_lead"),
            Ok(Some(WheelRole::MeasurementLead))
        );
        assert_eq!(role("4"), Err(PanelMsg::UnknownRole("4".into())));
        assert_eq!(role("0"), Err(PanelMsg::UnknownRole("0".into())));
        assert_eq!(role("sjef"), Err(PanelMsg::UnknownRole("sjef".into())));
    }
}

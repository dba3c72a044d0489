//! The staffing panel's dialogs: a number typed for how many are present
//! or planned on a shift today (empty: present as planned, planned not
//! known), and the name of a new shift. They are the editor's forms
//! ([`Editor`], [`EditKind::StaffCount`], [`EditKind::NewShift`]); this file
//! turns what was typed into the op, with yesterday's figures rolled off in
//! the same save ([`super::staffing::ops_for`]).

use crate::app::editor::{EditKind, Editor, Field, Flow};
use crate::app::event::Origin;
use crate::app::request::Requests;
use crate::app::shared::Shared;
use crate::i18n::{Msg, OpsMsg};
use tavle_core::ops::{Op, StaffingOp};

/// How many are present (`planned`: planned) on `shift` today; `now` what
/// the panel shows now, offered in the field.
pub fn count(shift: String, planned: bool, now: Option<u32>) -> Editor {
    Editor::form(
        EditKind::StaffCount { shift, planned },
        vec![(Field::Count, now.map(|n| n.to_string()).unwrap_or_default())],
    )
}

/// The name of a new shift.
pub fn new_shift() -> Editor {
    Editor::form(EditKind::NewShift, vec![(Field::Name, String::new())])
}

/// A count as typed: a whole number from 0, or nothing.
pub fn read_count(text: &str) -> Result<Option<u32>, Msg> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u32>()
        .map(Some)
        .map_err(|_| Msg::Ops(OpsMsg::BadCount(text.to_string())))
}

/// Save the dialog: the op for what was typed, or stay open and say why.
pub fn save(ed: &mut Editor, s: &Shared, rq: &mut Requests) -> Flow {
    let op = match &ed.kind {
        EditKind::StaffCount { shift, planned } => {
            let n = match read_count(&ed.get(Field::Count)) {
                Ok(n) => n,
                Err(e) => {
                    ed.error = Some(e);
                    return Flow::Stay;
                }
            };
            let (date, shift) = (s.today(), shift.clone());
            if *planned {
                StaffingOp::SetPlanned {
                    date,
                    shift,
                    planned: n,
                }
            } else {
                StaffingOp::SetPresent {
                    date,
                    shift,
                    present: n,
                }
            }
        }
        EditKind::NewShift => {
            let name = ed.get(Field::Name);
            if name.is_empty() {
                ed.error = Some(Msg::EmptyTitle);
                return Flow::Stay;
            }
            StaffingOp::AddShift { name, at: None }
        }
        _ => return Flow::Stay,
    };
    if let Some(why) = s.why_read_only() {
        ed.error = Some(why);
        return Flow::Stay;
    }
    let ops = match (&op, s.board()) {
        // A new shift is no change of today's figures: nothing rolls off.
        (StaffingOp::AddShift { .. }, _) | (_, None) => vec![Op::Staffing(op)],
        (_, Some(board)) => super::staffing::ops_for(board, s.today(), op),
    };
    rq.apply_form(s, ops, Origin::Edit, ed.clone());
    Flow::Close
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_a_whole_number_from_nought_or_nothing() {
        assert_eq!(read_count(""), Ok(None));
        assert_eq!(read_count(" 0 "), Ok(Some(0)));
        assert_eq!(read_count("7"), Ok(Some(7)));
        for bad in ["-1", "2,5", "fem", "1 2"] {
            assert_eq!(
                read_count(bad),
                Err(Msg::Ops(OpsMsg::BadCount(bad.into()))),
                "{bad}"
            );
        }
    }
}

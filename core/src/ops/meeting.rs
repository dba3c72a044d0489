//! Changes to the running meeting: start, end, agenda item, attendees. These
//! are shared state of the room, not edits, so undo does not offer them.
//! Pure; see [`super`].

use crate::model::{Board, Extra, Running};

use super::{Change, OpError, Outcome, Stamp};

/// A change to the meeting of a board.
#[derive(Debug, Clone, PartialEq)]
pub enum MeetingOp {
    /// Start the meeting now; if another screen already started it, join it.
    Start,
    /// End the meeting.
    End,
    /// Go to agenda item `item` (from 0), which starts now.
    SetItem { item: u64 },
    /// Set who takes part in the running meeting.
    SetAttendees(Vec<String>),
    /// Put the meeting state back as it was (undo of the meeting ops).
    SetRunning(Option<Box<Running>>),
}

/// Apply `op` to `board`; on error the board is unchanged.
pub(super) fn apply(
    board: &mut Board,
    op: &MeetingOp,
    stamp: &Stamp,
) -> Result<Outcome<MeetingOp>, OpError> {
    match op {
        MeetingOp::Start => {
            let running = board.meeting.as_ref().and_then(|m| m.running.clone());
            if running.is_some() {
                // Someone else started it a moment ago: join their meeting.
                return Ok(Outcome {
                    inverse: MeetingOp::SetRunning(running.map(Box::new)),
                    change: Change::Meeting,
                });
            }
            let old = set_running(
                board,
                Some(Running {
                    started: stamp.at.clone(),
                    item: 0,
                    item_started: stamp.at.clone(),
                    attendees: Vec::new(),
                    extra: Extra::new(),
                }),
            );
            Ok(Outcome {
                inverse: MeetingOp::SetRunning(old),
                change: Change::MeetingStarted,
            })
        }
        MeetingOp::End => {
            let Some(old) = set_running(board, None) else {
                return Err(OpError::NoMeeting);
            };
            let change = Change::MeetingEnded {
                started: old.started.as_str().to_string(),
                attendees: old.attendees.clone(),
                incomplete: log_incomplete(&old),
            };
            Ok(Outcome {
                inverse: MeetingOp::SetRunning(Some(old)),
                change,
            })
        }
        MeetingOp::SetItem { item } => {
            let items = board.meeting.as_ref().map_or(0, |m| m.agenda.len() as u64);
            let old = board
                .meeting
                .as_ref()
                .and_then(|m| m.running.clone())
                .map(Box::new);
            let r = running_mut(board)?;
            r.item = (*item).min(items.saturating_sub(1));
            r.item_started = stamp.at.clone();
            Ok(Outcome {
                inverse: MeetingOp::SetRunning(old),
                change: Change::Meeting,
            })
        }
        MeetingOp::SetAttendees(people) => {
            let old = board
                .meeting
                .as_ref()
                .and_then(|m| m.running.clone())
                .map(Box::new);
            let r = running_mut(board)?;
            r.attendees = people
                .iter()
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            Ok(Outcome {
                inverse: MeetingOp::SetRunning(old),
                change: Change::Meeting,
            })
        }
        MeetingOp::SetRunning(running) => {
            let old = set_running(board, running.as_deref().cloned());
            Ok(Outcome {
                inverse: MeetingOp::SetRunning(old),
                change: Change::Meeting,
            })
        }
    }
}

fn set_running(board: &mut Board, running: Option<Running>) -> Option<Box<Running>> {
    let meeting = board.meeting.get_or_insert_with(Default::default);
    std::mem::replace(&mut meeting.running, running).map(Box::new)
}

fn running_mut(board: &mut Board) -> Result<&mut Running, OpError> {
    board
        .meeting
        .as_mut()
        .and_then(|m| m.running.as_mut())
        .ok_or(OpError::NoMeeting)
}
/// The key in `meeting.running` that says a change of this meeting could not
/// be written to the change log, so its minutes may miss changes.
pub const LOG_INCOMPLETE: &str = "log_incomplete";

/// Whether the running meeting `r` missed a line of its change log.
pub fn log_incomplete(r: &Running) -> bool {
    r.extra.get(LOG_INCOMPLETE).and_then(|v| v.as_bool()) == Some(true)
}

/// Mark the running meeting of `board` as having missed a line of its change
/// log; false when no meeting runs or it is marked already (nothing to write).
pub fn mark_log_incomplete(board: &mut Board) -> bool {
    match board.meeting.as_mut().and_then(|m| m.running.as_mut()) {
        Some(r) if !log_incomplete(r) => {
            r.extra
                .insert(LOG_INCOMPLETE.to_string(), serde_json::Value::Bool(true));
            true
        }
        _ => false,
    }
}

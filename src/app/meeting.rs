//! Running the meeting from any screen: start and end it, step through the
//! agenda, record who is present, log a decision. The meeting is shared state
//! of the room (kept in the board file), so these are plain functions on
//! [`Shared`], called by every screen that offers the keys.

use super::Overlay;
use super::editor::{EditKind, Editor};
use super::event::{Effect, Origin};
use super::keymap::Cmd;
use super::shared::Shared;
use crate::i18n::Msg;
use tavle_core::ops::{MeetingOp, Op};

/// `m`, `]`, `[`, `A`: the meeting commands.
pub fn command(cmd: Cmd, s: &mut Shared) {
    match cmd {
        Cmd::Meeting => {
            if s.running().is_some() {
                if let Some(e) = s.entry() {
                    let path = e.path.clone();
                    s.out.effects.push(Effect::ReadLog {
                        path,
                        closing: true,
                    });
                }
                return;
            }
            s.apply(vec![Op::Meeting(MeetingOp::Start)], Origin::Edit);
        }
        Cmd::NextItem | Cmd::PrevItem => {
            let Some(r) = s.running() else {
                s.notify(Msg::NoMeeting, false);
                return;
            };
            let items = s
                .board()
                .and_then(|b| b.meeting.as_ref())
                .map_or(0, |m| m.agenda.len() as u64);
            if items == 0 {
                s.notify(Msg::NoAgenda, false);
                return;
            }
            let item = if cmd == Cmd::NextItem {
                (r.item + 1).min(items - 1)
            } else {
                r.item.saturating_sub(1)
            };
            if item == r.item {
                return;
            }
            s.apply(vec![Op::Meeting(MeetingOp::SetItem { item })], Origin::Edit);
        }
        Cmd::Attendees => match s.running() {
            Some(r) => {
                let text = r.attendees.join(", ");
                if s.writable() {
                    s.out.open = Some(Overlay::Attendees(text));
                }
            }
            None => s.notify(Msg::NoMeeting, false),
        },
        _ => {}
    }
}

/// `d`: log a decision, linked to `card` when one is given.
pub fn decide(s: &mut Shared, card: Option<String>) {
    if s.writable() {
        s.out.open = Some(Overlay::Editor(Editor::new(
            EditKind::NewDecision { card },
            String::new(),
            None,
            None,
        )));
    }
}

/// When the time box is used up, show the closing summary once.
pub fn time_up(s: &mut Shared, on_board: bool, idle: bool) {
    let (Some(board), Some(running)) = (s.board(), s.running()) else {
        return;
    };
    let over = tavle_core::meeting::meeting_countdown(board, running, s.wall).left <= 0;
    let key = running.started.as_str().to_string();
    if over && s.prompted.as_ref() != Some(&key) && idle && on_board {
        s.prompted = Some(key);
        if let Some(e) = s.entry() {
            let path = e.path.clone();
            s.out.effects.push(Effect::ReadLog {
                path,
                closing: true,
            });
        }
    }
}

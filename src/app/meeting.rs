//! Running the meeting from any screen: start and end it (a start shows what
//! changed since the previous meeting), step through the agenda, record who
//! is present, log a decision — for the meeting as a whole, or about a card
//! the user names. The meeting is shared state
//! of the room (kept in the board file), so these are plain functions on
//! [`Shared`], called by every screen that offers the keys.

use super::Overlay;
use super::editor::{EditKind, Editor, Field};
use super::event::{Effect, Origin};
use super::keymap::Cmd;
use super::request::{Request, Requests};
use super::shared::Shared;
use crate::i18n::{Msg, PrepMsg};
use tavle_core::model::{Board, Card};
use tavle_core::ops::{MeetingOp, Op};

/// `m`, `]`, `[`, `A`: the meeting commands.
pub fn command(cmd: Cmd, s: &Shared, rq: &mut Requests) {
    match cmd {
        Cmd::Meeting => {
            if s.running().is_some() {
                if let Some(e) = s.entry() {
                    let path = e.path.clone();
                    rq.effect(Effect::ReadLog {
                        path,
                        closing: true,
                    });
                }
                return;
            }
            // A board without its own length takes the team's (`tavle.toml`),
            // written into the board: every screen and the minutes then agree.
            let mut ops = Vec::new();
            let own = s.board().and_then(|b| b.meeting.as_ref()?.minutes);
            if let (None, Some(team)) = (own, s.meeting_minutes()) {
                ops.push(Op::Prepare(tavle_core::ops::PrepareOp::SetLength(Some(
                    team,
                ))));
            }
            ops.push(Op::Meeting(MeetingOp::Start));
            rq.apply(s, ops, Origin::Edit);
            // What has been done since last time: shown as the meeting starts.
            if let Some(path) = s.entry().map(|e| e.path.clone())
                && s.why_read_only().is_none()
            {
                rq.effect(Effect::ReadMeetingLog {
                    path,
                    show: super::since::Show::IfAny,
                });
            }
        }
        Cmd::NextItem | Cmd::PrevItem => {
            let Some(r) = s.running() else {
                rq.notify(Msg::NoMeeting, false);
                return;
            };
            let items = s
                .board()
                .and_then(|b| b.meeting.as_ref())
                .map_or(0, |m| m.agenda.len() as u64);
            if items == 0 {
                rq.notify(Msg::NoAgenda, false);
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
            rq.apply(
                s,
                vec![Op::Meeting(MeetingOp::SetItem { item })],
                Origin::Edit,
            );
        }
        Cmd::Attendees => match s.running() {
            Some(r) => {
                let text = r.attendees.join(", ");
                if rq.writable(s) {
                    rq.open(Overlay::Attendees(Box::new(super::TextField::line(&text))));
                }
            }
            None => rq.notify(Msg::NoMeeting, false),
        },
        _ => {}
    }
}

/// `d`: log a decision. It is for the meeting as a whole unless a card is
/// typed in its card field; `card` (the card selected where `d` was pressed)
/// is only offered there, never linked unasked.
pub fn decide(s: &Shared, rq: &mut Requests, card: Option<String>) {
    if rq.writable(s) {
        rq.open(Overlay::Editor(Editor::form(
            EditKind::NewDecision { card },
            vec![
                (Field::Text, String::new()),
                (Field::Owner, String::new()),
                (Field::Due, String::new()),
                (Field::Card, String::new()),
            ],
        )));
    }
}

/// The card a decision's card field names, by id or title as the command
/// line names cards (`tavle_core::names`); empty is none: the meeting as a whole.
pub fn card_choice<'b>(board: &'b Board, typed: &str) -> Result<Option<&'b Card>, Msg> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let candidates: Vec<(&str, &str)> = board
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    match tavle_core::names::resolve(typed, &candidates) {
        Ok(id) => Ok(board.card(id)),
        Err(tavle_core::names::NameError::Unknown { .. }) => {
            Err(Msg::Prep(PrepMsg::NoSuchCard(typed.to_string())))
        }
        Err(
            tavle_core::names::NameError::Ambiguous { matches }
            | tavle_core::names::NameError::SameTitle { matches, .. },
        ) => Err(Msg::Prep(PrepMsg::AmbiguousCard(
            typed.to_string(),
            matches.join(", "),
        ))),
    }
}

/// When the time box is used up, show the closing summary once.
pub fn time_up(s: &Shared, rq: &mut Requests, on_board: bool, idle: bool) {
    let (Some(board), Some(running)) = (s.board(), s.running()) else {
        return;
    };
    let over = tavle_core::meeting::meeting_countdown(board, running, s.wall()).left <= 0;
    let key = running.started.as_str().to_string();
    if over && s.prompted() != Some(key.as_str()) && idle && on_board {
        rq.push(Request::Prompted(key));
        if let Some(e) = s.entry() {
            let path = e.path.clone();
            rq.effect(Effect::ReadLog {
                path,
                closing: true,
            });
        }
    }
}

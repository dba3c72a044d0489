//! Overlays: what sits on top of a screen and takes every key until it
//! closes — the `?` help (and, `?` again, what the symbols mean), the
//! editor, the closing summary of a meeting, the attendee prompt and the
//! choice of board to send a card up to, which filters as you type
//! ([`super::picker`]) — and the meeting's read-only
//! panels, which give way to keys not their own (`since`).

use super::request::Requests;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::editor::{Editor, Flow};
use super::event::{Effect, Origin};
use super::field::TextField;
use super::picker::Picked;
use super::shared::Shared;
use tavle_core::log::Logged;
use tavle_core::ops::{MeetingOp, Op};

/// The closing summary of a meeting: the change log it is made from, and
/// how far it is scrolled (it is often taller than a laptop's screen).
#[derive(Debug, Clone, PartialEq)]
pub struct Closing {
    pub log: Vec<Logged>,
    pub scroll: super::Scroll,
}

impl Closing {
    pub fn new(log: Vec<Logged>) -> Closing {
        Closing {
            log,
            scroll: super::Scroll::default(),
        }
    }
}

/// The summary reads as its change log.
impl std::ops::Deref for Closing {
    type Target = Vec<Logged>;
    fn deref(&self) -> &Vec<Logged> {
        &self.log
    }
}

/// What is open on top of the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help,
    Editor(Editor),
    /// The closing summary of the meeting, from the change log; Enter writes the minutes.
    Closing(Closing),
    /// Typing who takes part, comma-separated.
    Attendees(Box<TextField>),
    /// Choosing the board to send the selected card up to: a list of the
    /// other boards that filters as you type.
    Escalate(super::picker::Picker),
    /// What changed since the previous meeting (a panel: see `since`).
    Since(super::since::SinceView),
    /// The previous meeting's minutes (a panel: see `since`).
    Minutes(super::since::MinutesView),
    /// The `?` overlay's second page: what each symbol on screen means.
    Symbols,
    /// A yes/no question about routines (make one of a card, remove one).
    Ask(super::routine_offer::Question),
    /// The A3 of a card (`A` on the board).
    A3(super::a3::A3View),
    /// Choosing the indicator a card follows (`i` on the card screen).
    Indicator(super::pdsa::IndicatorPick),
    /// The selected card in large letters (`z` on the board).
    Zoom(super::zoom::ZoomView),
}

impl Overlay {
    /// Handle a key; `Close` when the overlay is done. `card` is the card
    /// selected on the board, for the choices that concern it.
    pub fn key(
        &mut self,
        key: &KeyEvent,
        s: &Shared,
        rq: &mut Requests,
        card: Option<&str>,
    ) -> Flow {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            rq.quit();
            return Flow::Close;
        }
        match self {
            // `?` again turns to the symbols; any other key closes.
            Overlay::Help if key.code == KeyCode::Char('?') => {
                *self = Overlay::Symbols;
                Flow::Stay
            }
            Overlay::Help | Overlay::Symbols => Flow::Close,
            // Panels take their keys before this (`since::panel_key`).
            Overlay::Since(_) | Overlay::Minutes(_) => Flow::Close,
            Overlay::Editor(ed) => ed.key(key, s, rq),
            Overlay::Ask(q) => super::routine_offer::key(q, key, s, rq),
            Overlay::A3(view) => view.key(key),
            Overlay::Zoom(view) => view.key(key, rq),
            Overlay::Indicator(pick) => pick.key(key, s, rq),
            Overlay::Closing(c) => match key.code {
                KeyCode::Enter => {
                    if let Some(e) = s.entry()
                        && s.running().is_some()
                    {
                        let path = e.path.clone();
                        rq.effect(Effect::CloseMeeting { path });
                    }
                    Flow::Close
                }
                KeyCode::Esc | KeyCode::Char('q') => Flow::Close,
                // ↑↓, PgUp/PgDn, Home/End scroll a summary taller than the screen.
                _ => {
                    c.scroll.key(key);
                    Flow::Stay
                }
            },
            Overlay::Attendees(field) => match key.code {
                KeyCode::Esc => Flow::Close,
                KeyCode::Enter => {
                    let people = field.text().split(',').map(str::to_string).collect();
                    rq.apply(
                        s,
                        vec![Op::Meeting(MeetingOp::SetAttendees(people))],
                        Origin::Edit,
                    );
                    Flow::Close
                }
                // Editing as in every text field: cursor, words, Unicode.
                _ => {
                    field.key(key);
                    Flow::Stay
                }
            },
            Overlay::Escalate(picker) => {
                let boards = s.other_boards();
                let to = match picker.key(key, &boards) {
                    Picked::Stay => return Flow::Stay,
                    Picked::Cancel => return Flow::Close,
                    Picked::Take(i) => boards.get(i).map(|e| e.path.clone()),
                };
                if let (Some(to), Some(from), Some(card)) =
                    (to, s.entry().map(|e| e.path.clone()), card)
                {
                    rq.effect(Effect::Escalate {
                        from,
                        card: card.to_string(),
                        to,
                    });
                }
                Flow::Close
            }
        }
    }
}

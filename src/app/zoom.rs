//! `z` on the board: the selected card in large letters across the whole
//! screen (title, owner, deadline, light as glyph and word), for a room
//! reading the screen from four metres. An overlay with its own small key
//! table ([`KEYS`]: `z` or Esc closes), so `?` and the hint bar show its
//! keys while it is open. It follows the card by id: a change to the card
//! shows at once, and a card that goes closes it. No I/O.

use crossterm::event::KeyEvent;

use super::Overlay;
use super::editor::Flow;
use super::keymap::{self, Binding, Cmd, bind, ch, key};
use super::request::Requests;
use super::shared::Shared;
use crate::i18n::{Msg, RoomMsg};

/// The zoomed card's keys.
pub const KEYS: &[Binding] = &[bind(
    &[ch('z', "z"), key(crossterm::event::KeyCode::Esc, "Esc")],
    Cmd::CloseZoom,
    true,
)];

/// The zoomed card, by id.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoomView {
    pub card: String,
}

/// `z`: zoom `card` (the selected one); with none selected, a notice says
/// how to select one and nothing opens.
pub fn open(s: &Shared, rq: &mut Requests, card: Option<&str>) {
    match card.filter(|c| s.board().is_some_and(|b| b.card(c).is_some())) {
        Some(card) => rq.open(Overlay::Zoom(ZoomView {
            card: card.to_string(),
        })),
        None => rq.notify(Msg::Room(RoomMsg::NoCardToZoom), false),
    }
}

impl ZoomView {
    /// A key: `z` or Esc closes; `?` closes and opens the help; the rest
    /// do nothing while the card fills the screen (Ctrl+C quits, as in
    /// every overlay).
    pub fn key(&self, k: &KeyEvent, rq: &mut Requests) -> Flow {
        if k.code == crossterm::event::KeyCode::Char('?') {
            rq.open(Overlay::Help);
            return Flow::Close;
        }
        match keymap::lookup(KEYS, k) {
            Some(Cmd::CloseZoom) => Flow::Close,
            _ => Flow::Stay,
        }
    }
}

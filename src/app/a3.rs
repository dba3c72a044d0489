//! `A` on the board: the A3 one-pager of the selected card on screen — the
//! same document `tavle a3` prints ([`crate::report::a3`]), drawn as lines
//! and scrolled like the meeting's closing summary (↑↓, PgUp/PgDn,
//! Home/End); Esc, `q` or `A` closes it. An overlay that follows the card
//! by id, so a change to the card shows at once. No I/O.

use crossterm::event::{KeyCode, KeyEvent};

use super::editor::Flow;
use super::request::Requests;
use super::shared::Shared;
use super::{Overlay, Scroll};
use crate::i18n::Msg;

/// The A3 on screen: the card, by id, and how far it is scrolled.
#[derive(Debug, Clone, PartialEq)]
pub struct A3View {
    pub card: String,
    pub scroll: Scroll,
}

/// `A`: the A3 of `card` (the selected card), when there is one.
pub fn open(s: &Shared, rq: &mut Requests, card: Option<&str>) {
    let Some(card) = card else {
        return;
    };
    if s.board().is_some_and(|b| b.card(card).is_some()) {
        rq.open(Overlay::A3(A3View {
            card: card.to_string(),
            scroll: Scroll::default(),
        }));
    } else {
        rq.notify(Msg::CardGone(card.to_string()), true);
    }
}

impl A3View {
    /// A key: the scrolling keys scroll, Esc, `q` and `A` close.
    pub fn key(&mut self, key: &KeyEvent) -> Flow {
        match key.code {
            KeyCode::Esc | KeyCode::Char('q' | 'A') => Flow::Close,
            _ => {
                self.scroll.key(key);
                Flow::Stay
            }
        }
    }
}

//! Following escalations on screen (issue 18.3): from a card with a link,
//! one key goes to the card at the other end — its board shown, the card
//! selected, on the board or on the card screen as the jump started — and
//! Backspace (or Esc right after the jump) comes back, through a small
//! stack of where each jump left from. A board not in the folder, one that
//! cannot be read, or a card gone from it is said in a notice instead.
//!
//! The other half: when a copy sent up is finished or archived on the board
//! above by someone else while the screen is open, the origin's board hears
//! of it (`Shared::watch_links`); the origin card shows the copy's state itself, read
//! from the boards as they are (the views), with nothing written to it.
//! No I/O: the boards are the ones [`Shared`] holds.

use std::path::PathBuf;

use super::Screen;
use super::keymap::{self, Cmd};
use super::request::{Request, Requests};
use super::shared::Shared;
use crate::i18n::{LinkMsg, Msg};
use tavle_core::links::{self, Copy, Way};
use tavle_core::model::Board;

/// How many jumps back are kept.
const DEPTH: usize = 32;

/// Where a jump left from, and the board it landed on.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub path: PathBuf,
    /// The board screen or the card screen.
    pub screen: Screen,
    pub card: Option<String>,
    /// The board the jump landed on: Esc there goes back.
    pub landed: PathBuf,
}

/// The jumps to go back along, and the copies as last seen.
#[derive(Debug, Default)]
pub struct Links {
    back: Vec<Place>,
    /// Every escalated copy whose origin and board are read, with its
    /// state; `None` until first looked at (nothing is news then).
    copies: Option<Vec<Copy>>,
}

impl Links {
    /// The jumps to go back along, oldest first.
    pub fn back(&self) -> &[Place] {
        &self.back
    }

    /// A jump was made from `place`: remember it (the oldest beyond
    /// [`DEPTH`] is forgotten).
    pub(super) fn jumped(&mut self, place: Place) {
        if self.back.len() >= DEPTH {
            self.back.remove(0);
        }
        self.back.push(place);
    }

    /// The last jump was gone back along (or its board is gone).
    pub(super) fn went_back(&mut self) {
        self.back.pop();
    }

    /// Take a look at every escalated copy on `boards`, sent up from those
    /// at the indices `from` (every board with a card sent up); with `announce`,
    /// the last of those finished or archived since the last look. The
    /// first look only takes note.
    pub(super) fn look(
        &mut self,
        boards: &[(&str, &Board)],
        from: impl IntoIterator<Item = usize>,
        announce: bool,
    ) -> Option<Copy> {
        let now = links::copies_from(boards, from);
        let news: Option<Copy> = match &self.copies {
            Some(before) if announce => links::closed(before, &now).into_iter().last().cloned(),
            _ => None,
        };
        self.copies = Some(now);
        news
    }
}

/// The name of the board `id` as shown (told apart from boards with the
/// same title), or the id when it is not read.
pub fn board_name(s: &Shared, id: &str) -> String {
    let names = super::overview::board_names(s.entries());
    (s.entries().iter().zip(names))
        .find(|(e, _)| e.id == id)
        .map_or_else(|| id.to_string(), |(_, (t, a))| format!("{t}{a}"))
}

/// The key that goes back, as the key table labels it.
fn back_key() -> String {
    keymap::row(super::board::KEYS, Cmd::JumpBack)
        .map(|b| keymap::labels(b, "/"))
        .unwrap_or_default()
}

/// Jump from `card` on the current board along its link that goes `way`
/// (its only link, when it has one); `screen` is the screen the jump starts
/// on and lands on. Asks to remember the jump and to show the board and
/// the card landed on (returned), or says why not.
pub fn follow(
    s: &Shared,
    r: &mut Requests,
    screen: Screen,
    card: Option<&str>,
    way: Way,
) -> Option<tavle_core::model::Card> {
    let Some(card) = card.and_then(|id| s.board()?.card(id)) else {
        r.notify(Msg::Link(LinkMsg::NoCard), false);
        return None;
    };
    let from = card.id.clone();
    let Some((_, link)) = links::follow(card, way) else {
        r.notify(Msg::Link(LinkMsg::NoLink), false);
        return None;
    };
    let link = link.clone();
    let Some(to) = s.entries().iter().find(|e| e.id == link.board) else {
        r.notify(Msg::Link(LinkMsg::NotLoaded(link.board)), true);
        return None;
    };
    let name = board_name(s, &link.board);
    let Some(board) = to.linked() else {
        r.notify(Msg::Link(LinkMsg::Unreadable(name)), true);
        return None;
    };
    let Some(landed) = board.card(&link.card).cloned() else {
        let card = link.card;
        r.notify(Msg::Link(LinkMsg::Gone { card, board: name }), true);
        return None;
    };
    let path = s.entry().map(|e| e.path.clone())?;
    r.push(Request::Jumped(Place {
        path,
        screen,
        card: Some(from),
        landed: to.path.clone(),
    }));
    r.push(Request::Show(to.path.clone()));
    land(r, screen, &link.card);
    let key = back_key();
    r.notify(Msg::Link(LinkMsg::Jumped { board: name, key }), false);
    Some(landed)
}

/// Show `card` of the board just made current on `screen`.
fn land(r: &mut Requests, screen: Screen, card: &str) {
    if screen == Screen::Card {
        r.detail(card.to_string());
    } else {
        r.go(Screen::Board);
    }
    // The board screen keeps the card selected under the card screen too.
    r.select(card.to_string());
}

/// The hint bar's keys of `table`, with the jump's key right after `?`
/// when `card` has a link, and Backspace's when there is a jump to go back
/// from: rows the table keeps out of the hint bar otherwise.
pub fn with_hints(
    table: &'static [keymap::Binding],
    card: Option<&tavle_core::model::Card>,
    s: &Shared,
) -> Vec<keymap::Hint> {
    let mut hints = keymap::hints(table);
    let linked = card.is_some_and(|c| !links::of(c).is_empty());
    for (cmd, shown) in [
        (Cmd::JumpBack, !s.links().back().is_empty()),
        (Cmd::FollowLink, linked),
    ] {
        if let Some(binding) = keymap::row(table, cmd).filter(|_| shown) {
            let word = cmd.id();
            hints.insert(0, keymap::Hint { binding, word });
        }
    }
    hints
}

/// Whether the last jump landed on the board shown: Esc then goes back.
pub fn just_jumped(s: &Shared) -> bool {
    let here = s.entry().map(|e| &e.path);
    s.links()
        .back()
        .last()
        .is_some_and(|p| Some(&p.landed) == here)
}

/// Back to where the last jump left from, on the screen it left from.
pub fn back(s: &Shared, r: &mut Requests) {
    let Some(place) = s.links().back().last() else {
        r.notify(Msg::Link(LinkMsg::NothingBack), false);
        return;
    };
    r.push(Request::JumpedBack);
    let Some(to) = s.entries().iter().find(|e| e.path == place.path) else {
        let id = crate::folder::store::board_id(&place.path);
        r.notify(Msg::Link(LinkMsg::BackGone(id)), true);
        return;
    };
    r.push(Request::Show(to.path.clone()));
    let on = to.linked();
    let shown = (place.card.as_ref()).filter(|c| on.is_some_and(|b| b.card(c).is_some()));
    match shown {
        Some(card) => land(r, place.screen, card),
        None => r.go(Screen::Board),
    }
}

//! Following escalations on screen (issue 18.3): from a card with a link,
//! one key goes to the card at the other end — its board shown, the card
//! selected, on the board or on the card screen as the jump started — and
//! Backspace (or Esc right after the jump) comes back, through a small
//! stack of where each jump left from. A board not in the folder, one that
//! cannot be read, or a card gone from it is said in a notice instead.
//!
//! The other half: when a copy sent up is finished or archived on the board
//! above by someone else while the screen is open, the origin's board hears
//! of it ([`watch`]); the origin card shows the copy's state itself, read
//! from the boards as they are (the views), with nothing written to it.
//! No I/O: the boards are the ones [`Shared`] holds.

use std::path::PathBuf;

use super::Screen;
use super::keymap::{self, Cmd};
use super::shared::Shared;
use crate::i18n::{LinkMsg, Msg};
use tavle_core::links::{self, Copy, Way};

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
    pub back: Vec<Place>,
    /// Every escalated copy whose origin and board are read, with its
    /// state; `None` until first looked at (nothing is news then).
    copies: Option<Vec<Copy>>,
}

/// The name of the board `id` as shown (told apart from boards with the
/// same title), or the id when it is not read.
pub fn board_name(s: &Shared, id: &str) -> String {
    let names = super::overview::board_names(&s.entries);
    (s.entries.iter().zip(names))
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
/// on and lands on. The id of the card landed on, or `None` with a notice.
pub fn follow(s: &mut Shared, screen: Screen, card: Option<&str>, way: Way) -> Option<String> {
    let Some(card) = card.and_then(|id| s.board()?.card(id)) else {
        s.notify(Msg::Link(LinkMsg::NoCard), false);
        return None;
    };
    let from = card.id.clone();
    let Some((_, link)) = links::follow(card, way) else {
        s.notify(Msg::Link(LinkMsg::NoLink), false);
        return None;
    };
    let link = link.clone();
    let Some(i) = s.entries.iter().position(|e| e.id == link.board) else {
        s.notify(Msg::Link(LinkMsg::NotLoaded(link.board)), true);
        return None;
    };
    let name = board_name(s, &link.board);
    let Some(board) = s.entries[i].board.as_ref() else {
        s.notify(Msg::Link(LinkMsg::Unreadable(name)), true);
        return None;
    };
    if board.card(&link.card).is_none() {
        let card = link.card;
        s.notify(Msg::Link(LinkMsg::Gone { card, board: name }), true);
        return None;
    }
    let path = s.entry().map(|e| e.path.clone())?;
    if s.links.back.len() >= DEPTH {
        s.links.back.remove(0);
    }
    s.links.back.push(Place {
        path,
        screen,
        card: Some(from),
        landed: s.entries[i].path.clone(),
    });
    s.current = i;
    land(s, screen, &link.card);
    let key = back_key();
    s.notify(Msg::Link(LinkMsg::Jumped { board: name, key }), false);
    Some(link.card)
}

/// Show `card` of the current board on `screen`.
fn land(s: &mut Shared, screen: Screen, card: &str) {
    if screen == Screen::Card {
        s.out.detail = Some(card.to_string());
    } else {
        s.out.go = Some(Screen::Board);
    }
    // The board screen keeps the card selected under the card screen too.
    s.out.select = Some(card.to_string());
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
        (Cmd::JumpBack, !s.links.back.is_empty()),
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
    s.links.back.last().is_some_and(|p| Some(&p.landed) == here)
}

/// Back to where the last jump left from, on the screen it left from.
pub fn back(s: &mut Shared) {
    let Some(place) = s.links.back.pop() else {
        s.notify(Msg::Link(LinkMsg::NothingBack), false);
        return;
    };
    let Some(i) = s.entries.iter().position(|e| e.path == place.path) else {
        let id = crate::folder::store::board_id(&place.path);
        s.notify(Msg::Link(LinkMsg::BackGone(id)), true);
        return;
    };
    s.current = i;
    let shown = (place.card).filter(|c| s.board().is_some_and(|b| b.card(c).is_some()));
    match shown {
        Some(card) => land(s, place.screen, &card),
        None => s.out.go = Some(Screen::Board),
    }
}

/// Take a look at every escalated copy; with `announce`, say which were
/// finished or archived since the last look (someone else did it, on the
/// board above). The first look only takes note.
pub fn watch(s: &mut Shared, announce: bool) {
    let boards: Vec<(&str, &tavle_core::model::Board)> = (s.entries.iter())
        .filter_map(|e| Some((e.id.as_str(), e.board.as_deref()?)))
        .collect();
    let now = links::copies(&boards);
    let news: Vec<Copy> = match &s.links.copies {
        Some(before) if announce => links::closed(before, &now).into_iter().cloned().collect(),
        _ => Vec::new(),
    };
    s.links.copies = Some(now);
    if let Some(c) = news.last() {
        let msg = LinkMsg::Closed {
            title: c.title.clone(),
            board: board_name(s, &c.copy.0),
            origin: board_name(s, &c.origin.0),
            state: c.state,
        };
        s.notify(Msg::Link(msg), false);
    }
}

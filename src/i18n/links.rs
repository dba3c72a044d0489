//! The words of following escalations and of long lists: notices about
//! jumping along a link and back ([`LinkMsg`]), what a copy's state says on
//! its origin card (finished or archived on the board above), the keys that
//! jump, page and scroll, and the pickers that filter as you type. Only
//! words: when to show them belongs to the app, the layout to the views.

use super::Lang;
use tavle_core::links::State;

/// Notices about links between boards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkMsg {
    /// The selected card has no link to another board.
    NoLink,
    /// No card is selected.
    NoCard,
    /// The link's board is not in this folder (or not read).
    NotLoaded(String),
    /// The link's board is there but cannot be read.
    Unreadable(String),
    /// The board is there, the card is not.
    Gone { card: String, board: String },
    /// Jumped to a card on `board`: how to come back.
    Jumped { board: String, key: String },
    /// Back pressed with nowhere to go back to.
    NothingBack,
    /// The place to go back to is on a board that is gone.
    BackGone(String),
    /// The copy of `title` sent up from `origin` was finished (or archived)
    /// on `board` by someone else.
    Closed {
        title: String,
        board: String,
        origin: String,
        state: State,
    },
}

/// The text of a [`LinkMsg`].
pub fn link_msg(lang: Lang, m: &LinkMsg) -> String {
    match m {
        LinkMsg::NoLink => s!(lang, "link-none").into(),
        LinkMsg::NoCard => s!(lang, "link-no-card").into(),
        LinkMsg::NotLoaded(board) => f!(lang, "link-not-loaded", board = board),
        LinkMsg::Unreadable(board) => f!(lang, "link-unreadable", board = board),
        LinkMsg::Gone { card, board } => f!(lang, "link-gone", card = card, board = board),
        LinkMsg::Jumped { board, key } => f!(lang, "link-jumped", board = board, key = key),
        LinkMsg::NothingBack => s!(lang, "link-nothing-back").into(),
        LinkMsg::BackGone(board) => f!(lang, "link-back-gone", board = board),
        LinkMsg::Closed {
            title,
            board,
            origin,
            state,
        } => match state {
            State::Archived => f!(
                lang,
                "link-closed-archived",
                title = title,
                board = board,
                origin = origin
            ),
            _ => f!(
                lang,
                "link-closed-finished",
                title = title,
                board = board,
                origin = origin
            ),
        },
    }
}

/// What a linked copy's state says on the card at the other end:
/// `✓ ferdig på Helsefellesskap`, `arkivert på Helsefellesskap`; `None`
/// while it is open (the line then shows its light and column).
pub fn link_state(lang: Lang, state: State, board: &str) -> Option<String> {
    match state {
        State::Open => None,
        State::Finished => Some(f!(lang, "link-state-finished", board = board)),
        State::Archived => Some(f!(lang, "link-state-archived", board = board)),
    }
}

/// The link's card cannot be shown: its board is not read, or the card is gone.
pub fn link_missing(lang: Lang) -> &'static str {
    s!(lang, "link-state-missing")
}

/// Words of long lists and pickers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListWord {
    /// The owner filter's list of names while it is typed.
    Owners,
    /// Nothing matches what is typed.
    NoMatch,
    /// The keys of a picker that filters as it is typed.
    PickerKeys,
    /// The keys of the owner filter while it is typed.
    OwnerKeys,
    /// The keys of the responsibilities panel.
    PanelKeys,
}

pub fn list_word(lang: Lang, w: ListWord) -> &'static str {
    match w {
        ListWord::Owners => s!(lang, "list-owners"),
        ListWord::NoMatch => s!(lang, "list-no-match"),
        ListWord::PickerKeys => s!(lang, "list-picker-keys"),
        ListWord::OwnerKeys => s!(lang, "list-owner-keys"),
        ListWord::PanelKeys => s!(lang, "list-panel-keys"),
    }
}

/// A person in the owner list: `Kari Nilsen · 3 kort · 1 oppfølging`.
pub fn owner_line(lang: Lang, name: &str, cards: usize, follow_ups: usize) -> String {
    f!(
        lang,
        "list-owner-line",
        name = name,
        cards = cards,
        follow = follow_ups
    )
}

/// What the keys of this topic do, for the `?` overlay, by command id.
pub(super) fn cmd_help_links(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "follow-link" => s!(lang, "cmd-help-follow-link"),
        "follow-origin" => s!(lang, "cmd-help-follow-origin"),
        "jump-back" => s!(lang, "cmd-help-jump-back"),
        "first" => s!(lang, "cmd-help-first"),
        "last" => s!(lang, "cmd-help-last"),
        "page-up" => s!(lang, "cmd-help-page-up"),
        "page-down" => s!(lang, "cmd-help-page-down"),
        "panel-up" => s!(lang, "cmd-help-panel-up"),
        "panel-down" => s!(lang, "cmd-help-panel-down"),
        _ => return None,
    })
}

/// The hint bar's word for the keys of this topic, by command id.
pub(super) fn cmd_hint_links(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "follow-link" => s!(lang, "cmd-hint-follow-link"),
        "jump-back" => s!(lang, "cmd-hint-jump-back"),
        _ => return None,
    })
}

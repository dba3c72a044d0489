//! Panels: parts of a screen with the shape of a screen — their own state,
//! key table and update, and a view in `ui/` — so that a screen can be a
//! layout of panels. A panel takes the keyboard when the screen gives it
//! (its key toggles it); while it has it, the screen's key table, hints and
//! updates are the panel's, and the global keys still work (less those the
//! panel leaves out). A panel reads the shared state and returns requests
//! the way screens do ([`Requests`]), and asks its screen for what belongs
//! to the screen by returning an [`Ask`]. No I/O.
//!
//! # Adding a panel
//!
//! 1. A module in `src/app/` with the panel's state (`#[derive(Default)]`),
//!    its `KEYS` table and `impl PanelComponent`; a `no_two_actions_share_a_key`
//!    test beside it, as in [`super::panel`].
//! 2. A field for it in the screen's state, listed in the screen's
//!    `panels()` and `panels_mut()` (see `BoardScreen`), and a row in the
//!    screen's key table whose command toggles it.
//! 3. Its view: a function in `src/ui/` that draws it from the app state,
//!    called from the screen's view where the layout places it.
//! 4. Its words in the three catalogues (`i18n/*/tavle.ftl`): each command's
//!    `cmd-help-…` and, for a hint, `cmd-hint-…`.
//!
//! `tests/global_keys.rs` then checks that the global keys work while it has
//! the keyboard, and the key-clash test covers its table against the globals.

use super::global::HintsAt;
use super::keymap::{Binding, Cmd};
use super::request::Requests;
use super::shared::Shared;

/// What a panel asks of the screen it is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Nothing more.
    Nothing,
    /// Show or hide the big meeting clock (the screen's).
    BigClock,
}

/// A panel: state, key table and update, like a screen ([`super::Component`]).
pub trait PanelComponent {
    /// The key table while the panel has the keyboard.
    fn keys(&self) -> &'static [Binding];
    /// Whether the panel has the keyboard.
    fn focused(&self) -> bool;
    /// Take the keyboard, or give it back.
    fn toggle(&mut self, s: &Shared);
    /// Take the keyboard (`true`) or give it back, whichever it has now.
    fn set_focus(&mut self, on: bool, s: &Shared) {
        if self.focused() != on {
            self.toggle(s);
        }
    }
    /// Where the global keys go in the hint bar while the panel has the keyboard.
    fn hints_at(&self) -> HintsAt {
        HintsAt::End
    }
    /// The global commands not in force while it has the keyboard: by
    /// default the board tabs, which would take the board from under it.
    fn left_out(&self) -> &'static [Cmd] {
        &[Cmd::NextBoard, Cmd::PrevBoard]
    }
    /// A command from its key table: what it asks of its screen, and what
    /// it asks of the app (as a screen does, [`Requests`]).
    fn update(&mut self, cmd: Cmd, s: &Shared) -> (Ask, Requests);
    /// The boards changed: keep the selection on something that exists.
    fn refresh(&mut self, _s: &Shared) {}
}

//! Requests: what a screen, panel or overlay asks for while it handles a
//! key. Screens read the shared state (`&Shared`) and never write it: they
//! return [`Requests`], and the app hands each to the owner of that part of
//! the state (`Shared::carry_out`) — the boards, the undo history, the
//! notice, the jumps along links — or keeps it for itself (another screen,
//! an overlay). So every change of shared state has one writer, and a
//! screen's whole effect can be read off what it returns.

use std::path::PathBuf;

use super::editor::Editor;
use super::event::{Effect, Origin};
use super::links::Place;
use super::shared::Shared;
use super::{Overlay, Screen};
use crate::i18n::Msg;
use tavle_core::ops::Op;

/// One thing asked for.
#[derive(Debug)]
pub enum Request {
    /// Save `ops` to the board at `path` (shown at once, saved by the
    /// worker); `form`: the dialog they were typed in, opened again with
    /// its text when the save is refused.
    Apply {
        path: PathBuf,
        ops: Vec<Op>,
        origin: Origin,
        form: Option<Box<Editor>>,
    },
    /// Save a merge to the board at `path` like `Apply`, if the conflict
    /// copy at `copy` still has `fingerprint`; then move the copy away.
    /// The op is boxed: an op is large (a card edit carries every field).
    Merge {
        path: PathBuf,
        op: Box<Op>,
        copy: PathBuf,
        fingerprint: u64,
    },
    /// The merge saved as `seq` is over (saved or refused).
    MergeDone(u64),
    /// The conflict copy at this path was merged and moved out of the folder.
    CopyGone(PathBuf),
    /// Undo or redo the latest step.
    UndoRedo(Origin),
    /// A message at the bottom of the screen.
    Notify { msg: Msg, error: bool },
    /// Disk work for the worker.
    Effect(Effect),
    /// Show this screen.
    Go(Screen),
    /// Open this overlay.
    Open(Overlay),
    /// Select this card on the board screen.
    Select(String),
    /// Show this card on the card detail screen.
    Detail(String),
    /// Select this indicator on the indicators screen.
    Indicator(String),
    /// Make the board at this path the current one.
    Show(PathBuf),
    /// Show the next (or previous) board in the overview's order.
    StepBoard(isize),
    /// Sort the boards worst first, counting what this owner is responsible for.
    SortBoards(String),
    /// A jump along a link: remember where it left from, to go back.
    Jumped(Place),
    /// The last jump was gone back along: forget it.
    JumpedBack,
    /// The time-up summary of the meeting that started at this time was shown.
    Prompted(String),
    /// Colour the screen with the next theme, and say which.
    CycleTheme,
    /// End the app.
    Quit,
}

/// What a component asks for, in order.
#[derive(Debug, Default)]
#[must_use = "requests are what the screen wants done: return them to the app"]
pub struct Requests(pub Vec<Request>);

impl Requests {
    pub fn new() -> Requests {
        Requests::default()
    }

    /// What `ask` asks for: the way a component's trait methods call the
    /// helper that does the work with `&mut Requests`.
    pub fn of(ask: impl FnOnce(&mut Requests)) -> Requests {
        let mut rq = Requests::new();
        ask(&mut rq);
        rq
    }

    pub fn push(&mut self, r: Request) {
        self.0.push(r);
    }

    /// Add what another part asked for, after this part's own requests.
    pub fn extend(&mut self, other: Requests) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn notify(&mut self, msg: Msg, error: bool) {
        self.push(Request::Notify { msg, error });
    }

    pub fn go(&mut self, screen: Screen) {
        self.push(Request::Go(screen));
    }

    pub fn open(&mut self, overlay: Overlay) {
        self.push(Request::Open(overlay));
    }

    pub fn select(&mut self, card: String) {
        self.push(Request::Select(card));
    }

    pub fn detail(&mut self, card: String) {
        self.push(Request::Detail(card));
    }

    pub fn indicator(&mut self, id: String) {
        self.push(Request::Indicator(id));
    }

    pub fn effect(&mut self, effect: Effect) {
        self.push(Request::Effect(effect));
    }

    pub fn quit(&mut self) {
        self.push(Request::Quit);
    }

    /// Whether the current board may be written; asks for a notice saying
    /// why not when it may not.
    pub fn writable(&mut self, s: &Shared) -> bool {
        match s.why_read_only() {
            Some(msg) => {
                self.notify(msg, true);
                false
            }
            None => true,
        }
    }

    /// Ask for `ops` to be saved to the current board, when it may be written.
    pub fn apply(&mut self, s: &Shared, ops: Vec<Op>, origin: Origin) {
        let Some(path) = s.entry().map(|e| e.path.clone()) else {
            return;
        };
        if self.writable(s) {
            let form = None;
            self.push(Request::Apply {
                path,
                ops,
                origin,
                form,
            });
        }
    }

    /// [`Requests::apply`] for an edit typed in a dialog: when the save is
    /// refused, the dialog opens again with the text and the reason.
    pub fn apply_form(&mut self, s: &Shared, ops: Vec<Op>, origin: Origin, form: Editor) {
        let Some(path) = s.entry().map(|e| e.path.clone()) else {
            return;
        };
        let form = Some(Box::new(form));
        self.push(Request::Apply {
            path,
            ops,
            origin,
            form,
        });
    }
}

//! What every screen shares: the boards, the language, the clock as of the
//! current event, the notice at the bottom, the undo history, and the outbox
//! through which a screen asks for disk work, another screen or an overlay.
//! No I/O and no clock reads here: both come in with the events. What the
//! watcher saw is taken in by `files`; conflict copies and the versions kept for merges by `copies`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::entry::Entry;
use super::event::{Effect, Origin};
use super::form::Editor;
use super::{Overlay, Screen};
use crate::folder::store::{Saved, UpdateError};
use crate::i18n::{FolderMsg, Lang, Msg, SyncMsg};
use tavle_core::model::{Board, FORMAT_VERSION, Running};
use tavle_core::ops::Op;

/// How long cards changed by someone else stay highlighted.
pub const HIGHLIGHT_FOR: Duration = Duration::from_secs(8);
/// How long a board file may be missing before it counts as deleted
/// (a sync client's delete-then-write must not flash a "deleted" notice).
pub const MISSING_GRACE: Duration = Duration::from_secs(2);
/// How long a notice stays on screen.
pub const NOTICE_FOR: Duration = Duration::from_secs(6);

/// A message at the bottom of the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub msg: Msg,
    pub error: bool,
    pub until: Instant,
}

/// An undoable step: the op that reverses it, on which board file.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub path: PathBuf,
    pub op: Op,
}

/// An edit sent to the worker and not yet saved: shown at once, on top of
/// the file as last read, so the next key sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub seq: u64,
    pub path: PathBuf,
    pub ops: Vec<Op>,
    pub origin: Origin,
    /// The dialog the edit was typed in: opened again with its text when
    /// the save is refused, so no typing is lost.
    pub form: Option<Box<Editor>>,
}

/// What screens ask for while handling a key; the app carries it out after.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Disk work for the runtime.
    pub effects: Vec<Effect>,
    /// Show this screen.
    pub go: Option<Screen>,
    /// Open this overlay.
    pub open: Option<Overlay>,
    /// Select this card on the board screen.
    pub select: Option<String>,
    /// Show this card on the card detail screen.
    pub detail: Option<String>,
}

/// The state every screen shares.
pub struct Shared {
    pub lang: Lang,
    /// The folder shown, for the title bar.
    pub dir: PathBuf,
    pub entries: Vec<Entry>,
    /// Sync clients' conflict copies of the boards: read like boards, but
    /// never listed, counted, reached by Tab or opened (see `copies::regroup`).
    pub copies: Vec<Entry>,
    /// Index into `entries` of the board shown or selected.
    pub current: usize,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    pub notice: Option<Notice>,
    /// How the folder is watched, for the status line.
    pub watching: Msg,
    /// The watcher stopped: the screen may be out of date.
    pub watch_stopped: bool,
    /// Today's date, for due dates and new edits; set by the runtime.
    pub today: NaiveDate,
    /// The instant of the event being handled.
    pub now: Instant,
    /// The wall clock as of the last event.
    pub wall: DateTime<FixedOffset>,
    pub quit: bool,
    /// The signal that ended the app, if one did (the exit code says so).
    pub signal: Option<i32>,
    /// The meeting (by start time) whose time-up summary was already shown.
    pub prompted: Option<String>,
    /// Edits sent to the worker and not yet saved, oldest first.
    pub pending: Vec<Pending>,
    /// The last save number handed out.
    pub seq: u64,
    /// Undo and redo pressed while the step they concern was still being
    /// saved: carried out, in order, once the saves in flight are done.
    pub deferred: Vec<Origin>,
    /// A save waits for this lock holder (`None` inside: the holder is unknown).
    pub waiting: Option<(PathBuf, Option<crate::folder::lock::Holder>)>,
    /// Cards someone else changed on the current board in the event being
    /// handled, before the change: a selection that loses its card then says so.
    pub outside: Vec<String>,
    /// Requests from the screens, carried out by the app after each event.
    pub out: Outbox,
    /// Jumps along links between boards to go back along, and the escalated
    /// copies as last seen (`links`).
    pub links: super::links::Links,
}

impl Shared {
    pub fn new(
        lang: Lang,
        dir: PathBuf,
        entries: Vec<Entry>,
        today: NaiveDate,
        now: Instant,
    ) -> Shared {
        let mut s = Shared {
            lang,
            dir,
            entries,
            copies: Vec::new(),
            current: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            notice: None,
            watching: Msg::WatchNotify,
            watch_stopped: false,
            today,
            now,
            wall: today
                .and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .fixed_offset(),
            quit: false,
            signal: None,
            prompted: None,
            pending: Vec::new(),
            seq: 0,
            waiting: None,
            deferred: Vec::new(),
            outside: Vec::new(),
            out: Outbox::default(),
            links: super::links::Links::default(),
        };
        s.regroup_copies();
        s.start_revisions();
        s
    }

    pub fn entry(&self) -> Option<&Entry> {
        self.entries.get(self.current)
    }

    pub fn board(&self) -> Option<&Board> {
        self.entry()?.board.as_deref()
    }

    /// The running meeting of the current board, if any.
    pub fn running(&self) -> Option<&Running> {
        self.board()?.meeting.as_ref()?.running.as_ref()
    }

    pub fn notify(&mut self, msg: Msg, error: bool) {
        self.notice = Some(Notice {
            msg,
            error,
            until: self.now + NOTICE_FOR,
        });
    }

    /// Whether the current board may be written; says why not on screen.
    pub fn writable(&mut self) -> bool {
        match self.why_read_only() {
            Some(msg) => {
                self.notify(msg, true);
                false
            }
            None => true,
        }
    }

    /// Why the current board cannot be written now, if it cannot.
    pub fn why_read_only(&self) -> Option<Msg> {
        let Some(e) = self.entry() else {
            return Some(Msg::BoardMissing);
        };
        if let Some(p) = &e.broken {
            Some(Msg::FileBroken(p.line, p.col))
        } else if let Some(v) = e
            .board
            .as_ref()
            .map(|b| b.tavle)
            .filter(|v| *v > FORMAT_VERSION)
        {
            Some(Msg::NewerFormat(v))
        } else if e.missing_since.is_some() {
            Some(Msg::BoardMissing)
        } else if let crate::folder::store::Access::ReadOnly(why) = e.access {
            Some(Msg::Folder(FolderMsg::read_only(&e.path, why)))
        } else {
            None
        }
    }

    /// Ask for `ops` to be saved to the current board, when it may be written.
    pub fn apply(&mut self, ops: Vec<Op>, origin: Origin) {
        let Some(path) = self.entry().map(|e| e.path.clone()) else {
            return;
        };
        if self.writable() {
            self.send(path, ops, origin, None);
        }
    }

    /// [`Shared::apply`] for an edit typed in a dialog: when the save is
    /// refused, the dialog opens again with the text and the reason.
    pub fn apply_form(&mut self, ops: Vec<Op>, origin: Origin, form: Editor) {
        let Some(path) = self.entry().map(|e| e.path.clone()) else {
            return;
        };
        self.send(path, ops, origin, Some(Box::new(form)));
    }

    /// Hand `ops` to the worker and show them at once: the screen does not wait
    /// for the disk, and the next key is computed from what is shown.
    fn send(&mut self, path: PathBuf, ops: Vec<Op>, origin: Origin, form: Option<Box<Editor>>) {
        self.seq += 1;
        let seq = self.seq;
        self.pending.push(Pending {
            seq,
            path: path.clone(),
            ops: ops.clone(),
            origin,
            form,
        });
        self.reapply(&path);
        self.out.effects.push(Effect::Apply {
            path,
            ops,
            origin,
            seq,
        });
    }

    /// What the board at `path` shows: its last saved version with the edits in
    /// flight applied on top. An edit that no longer applies is left out here;
    /// the worker's result will say why.
    pub(super) fn reapply(&mut self, path: &Path) {
        let ops: Vec<&Op> = self
            .pending
            .iter()
            .filter(|p| p.path == path)
            .flat_map(|p| &p.ops)
            .collect();
        let stamp = tavle_core::ops::Stamp {
            at: tavle_core::model::Timestamp::from_datetime(self.wall),
            by: String::new(),
        };
        if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
            // Nothing pending: the board on screen is the saved one, shared.
            e.board = match (&e.saved, ops.is_empty()) {
                (Some(saved), false) => {
                    let mut b = Board::clone(saved);
                    for op in ops {
                        let _ = tavle_core::ops::apply(&mut b, op, &stamp);
                    }
                    Some(Arc::new(b))
                }
                (saved, _) => saved.clone(),
            };
        }
    }

    /// Show the next (or previous) board in the overview's order.
    pub fn step_board(&mut self, delta: isize) {
        let n = self.entries.len();
        if n == 0 {
            return;
        }
        self.current = (self.current as isize + delta).rem_euclid(n as isize) as usize;
    }

    /// Worst boards first (red, then overdue, then yellow), counting only what
    /// `owner` is responsible for when given; the current board stays current.
    pub fn sort_entries(&mut self, owner: &str) {
        let current = self.entry().map(|e| e.path.clone());
        // Boards that do not parse go first of all: they need someone now.
        let today = self.today;
        let owner = Some(owner).filter(|o| !o.trim().is_empty());
        let key = |e: &Entry| match &e.board {
            Some(b) => {
                let c = tavle_core::plan::counts(b, today, owner);
                (
                    e.broken.is_none(),
                    std::cmp::Reverse(tavle_core::plan::badness(&c)),
                )
            }
            None => (false, std::cmp::Reverse((0, 0, 0))),
        };
        self.entries
            .sort_by_cached_key(|e| (key(e), e.path.clone()));
        if let Some(p) = current {
            self.current = self.entries.iter().position(|e| e.path == p).unwrap_or(0);
        }
        self.current = self.current.min(self.entries.len().saturating_sub(1));
    }

    /// The boards a card can be sent up to: every other readable board.
    pub fn other_boards(&self) -> Vec<&Entry> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(i, e)| *i != self.current && e.board.is_some() && !e.read_only())
            .map(|(_, e)| e)
            .collect()
    }

    /// Undo or redo the latest step, on whichever board it was made. When a
    /// step is still being saved, its undo is not known yet: wait for it.
    pub fn undo_redo(&mut self, origin: Origin) {
        let feeds = |p: &Pending| match origin {
            Origin::Undo => p.origin != Origin::Undo,
            _ => p.origin == Origin::Undo,
        };
        if !self.deferred.is_empty() || self.pending.iter().any(feeds) {
            self.deferred.push(origin);
            return;
        }
        let stack = if origin == Origin::Undo {
            &mut self.undo
        } else {
            &mut self.redo
        };
        let Some(step) = stack.pop() else {
            self.notify(
                if origin == Origin::Undo {
                    Msg::NothingToUndo
                } else {
                    Msg::NothingToRedo
                },
                false,
            );
            return;
        };
        // Undo may concern another board than the one shown: go there.
        if let Some(i) = self.entries.iter().position(|e| e.path == step.path) {
            self.current = i;
        }
        if let Op::Card(tavle_core::ops::CardOp::Move { id, .. }) = &step.op {
            self.out.select = Some(id.clone());
        }
        self.send(step.path, vec![step.op], origin, None);
    }

    /// When the app next needs to wake up without an event (to end a highlight,
    /// a notice, or a missing-file grace period, or to tick the meeting clock).
    pub fn next_deadline(&self) -> Option<Instant> {
        let highlights = self
            .entries
            .iter()
            .flat_map(|e| e.highlights.values().map(|h| h.until));
        let missing = self
            .entries
            .iter()
            .filter_map(|e| e.missing_since.map(|t| t + MISSING_GRACE));
        let notice = self.notice.as_ref().map(|n| n.until);
        // A running meeting's countdown changes every second.
        let second = self.running().map(|_| {
            self.now
                + Duration::from_millis(
                    1000 - u64::from(self.wall.timestamp_subsec_millis().min(999)),
                )
        });
        (highlights.chain(missing).chain(notice).chain(second)).min()
    }

    /// Take in the result of saving ops: the board as now on disk, and the
    /// inverse ops on the undo (or redo) stack.
    pub fn applied(
        &mut self,
        path: &Path,
        origin: Origin,
        seq: u64,
        result: Result<Saved, UpdateError>,
    ) {
        let form = self
            .pending
            .iter()
            .position(|p| p.seq == seq)
            .and_then(|i| self.pending.remove(i).form);
        if self.waiting.as_ref().is_some_and(|(p, _)| p == path) {
            self.waiting = None;
        }
        match result {
            Ok(saved) => {
                // Say what the key did; an error about the log below wins.
                if let Some(did) =
                    super::notices::confirm(self.lang, origin, &saved.applied, &saved.board)
                {
                    self.notify(Msg::Did(did), false);
                }
                if let Some(err) = &saved.log_error {
                    let reason = crate::i18n::fs_error(
                        self.lang,
                        &err.kind,
                        &err.path.display().to_string(),
                    );
                    self.notify(Msg::LogFailed(reason), true);
                }
                if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
                    e.wrote(saved.fingerprint);
                    e.fingerprint = saved.fingerprint;
                    e.saved = Some(Arc::new(saved.board));
                    e.broken = None;
                    e.missing_since = None;
                    e.problems.clear();
                }
                self.reapply(path);
                // A card is selected on the board shown only: a copy sent
                // up to another board must not select its namesake here.
                let shown = self.entry().is_some_and(|e| e.path == path);
                for a in saved.applied.into_iter().rev() {
                    if let Some(card) = a.change.card()
                        && origin != Origin::Edit
                        && shown
                    {
                        self.out.select = Some(card.to_string());
                    }
                    if let tavle_core::ops::Change::Added { card, .. } = &a.change
                        && origin == Origin::Edit
                        && shown
                    {
                        self.out.select = Some(card.clone());
                    }
                    if let tavle_core::ops::Change::Merged {
                        copy, undone: true, ..
                    } = &a.change
                    {
                        // The copy is not brought back: say where it is.
                        self.notify(Msg::Sync(SyncMsg::Unmerged(copy.clone())), false);
                    }
                    if !a.inverse.undoable() {
                        continue;
                    }
                    let step = Step {
                        path: path.to_path_buf(),
                        op: a.inverse,
                    };
                    match origin {
                        Origin::Edit => self.undo.push(step),
                        Origin::Undo => self.redo.push(step),
                        Origin::Redo => self.undo.push(step),
                    }
                }
                if origin == Origin::Edit {
                    self.redo.clear();
                }
            }
            Err(e) => {
                self.reapply(path);
                let msg = Msg::from(e);
                match form {
                    Some(mut form) => {
                        form.error = Some(msg);
                        self.out.open = Some(super::Overlay::Editor(*form));
                    }
                    None => self.notify(msg, true),
                }
            }
        }
        if self.pending.is_empty() {
            for origin in std::mem::take(&mut self.deferred) {
                self.undo_redo(origin);
            }
        }
    }
}

//! Taking in what the worker says of a save: the board as now on disk, the
//! steps that reverse it for the undo history, the card the step concerns,
//! and on a refused save the reason (or the dialog it was typed in, opened
//! again). Part of the boards' owner.

use std::path::Path;
use std::sync::Arc;

use super::{Shared, Step};
use crate::app::event::Origin;
use crate::folder::store::{Saved, UpdateError};
use crate::i18n::{Msg, SyncMsg};

impl Shared {
    /// Take in the result of saving ops: the board as now on disk, and the
    /// inverse ops on the undo (or redo) stack.
    pub fn applied(
        &mut self,
        path: &Path,
        origin: Origin,
        seq: Option<u64>,
        result: Result<Saved, UpdateError>,
    ) {
        let form = self
            .pending
            .iter()
            .position(|p| Some(p.seq) == seq)
            .and_then(|i| self.pending.remove(i).form);
        if self.waiting.as_ref().is_some_and(|(p, _)| p == path) {
            self.waiting = None;
        }
        match result {
            Ok(saved) => {
                // Say what the key did; an error about the log below wins.
                if let Some(did) =
                    crate::app::notices::confirm(self.lang, origin, &saved.applied, &saved.board)
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
                self.take_deferred(path);
                // A card is selected on the board shown only: a copy sent
                // up to another board must not select its namesake here.
                let shown = self.entry().is_some_and(|e| e.path == path);
                let mut reverse = Vec::new();
                for a in saved.applied.into_iter().rev() {
                    if let Some(card) = a.change.card()
                        && origin != Origin::Edit
                        && shown
                    {
                        self.out.select = Some(card.to_string());
                    }
                    // A card added, or made of a risk, a deviation or a
                    // wheel event: the new card is selected.
                    if let tavle_core::ops::Change::Added { card, .. }
                    | tavle_core::ops::Change::MeasureMade { card, .. }
                    | tavle_core::ops::Change::EventCard { card, .. } = &a.change
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
                    if a.inverse.undoable() {
                        reverse.push(a.inverse);
                    }
                }
                if !reverse.is_empty() {
                    let step = Step {
                        path: path.to_path_buf(),
                        ops: reverse,
                    };
                    self.history.saved(origin, step);
                }
                if origin == Origin::Edit {
                    self.history.edited();
                }
            }
            Err(e) => {
                self.reapply(path);
                self.take_deferred(path);
                let msg = Msg::from(e);
                match form {
                    Some(mut form) => {
                        form.error = Some(msg);
                        self.out.open = Some(crate::app::Overlay::Editor(*form));
                    }
                    None => self.notify(msg, true),
                }
            }
        }
        self.run_deferred();
    }
}

//! Edits in flight: what a screen asked to save is shown at once, on top of
//! the board as last read, and goes to the worker as an effect; undo and
//! redo take the latest step off the history and send it the same way.
//! Part of the boards' owner (see `Shared`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Pending, Shared};
use crate::app::editor::Editor;
use crate::app::event::{Effect, Origin};
use crate::i18n::Msg;
use tavle_core::model::Board;
use tavle_core::ops::Op;

impl Shared {
    /// Hand `ops` to the worker and show them at once: the screen does not wait
    /// for the disk, and the next key is computed from what is shown.
    pub(super) fn send(
        &mut self,
        path: PathBuf,
        ops: Vec<Op>,
        origin: Origin,
        form: Option<Box<Editor>>,
    ) {
        let seq = self.hold(&path, ops.clone(), origin, form);
        self.out.effects.push(Effect::Apply {
            path,
            ops,
            origin,
            seq,
        });
    }

    /// Hand a merge to the worker like any save (shown at once, undone by
    /// `u`), with the copy to move once it is saved.
    pub(super) fn send_merge(&mut self, path: PathBuf, op: Op, copy: PathBuf, fingerprint: u64) {
        let seq = self.hold(&path, vec![op.clone()], Origin::Edit, None);
        self.out.effects.push(Effect::Merge {
            path,
            ops: vec![op],
            copy,
            fingerprint,
            seq,
        });
    }

    /// Keep `ops` as in flight on the board at `path`, shown at once; their
    /// save number.
    pub(super) fn hold(
        &mut self,
        path: &Path,
        ops: Vec<Op>,
        origin: Origin,
        form: Option<Box<Editor>>,
    ) -> u64 {
        self.seq += 1;
        let seq = self.seq;
        let path = path.to_path_buf();
        self.pending.push(Pending {
            seq,
            path: path.clone(),
            ops,
            origin,
            form,
        });
        self.reapply(&path);
        seq
    }

    /// The merge with `seq` is over: a merge the worker refused before saving is
    /// still pending here. Undo pressed meanwhile is carried out now.
    pub(super) fn merge_done(&mut self, seq: u64) {
        if let Some(i) = self.pending.iter().position(|p| p.seq == seq) {
            let p = self.pending.remove(i);
            self.reapply(&p.path);
            self.run_deferred();
        }
    }

    /// The copy at `copy` is gone from the folder: no longer a copy of anything.
    pub(super) fn forget_copy(&mut self, copy: &Path) {
        self.copies.retain(|e| e.path != copy);
        for e in &mut self.entries {
            e.copies.retain(|c| c.path != copy);
        }
    }

    /// Undo and redo pressed while saves were in flight, once none are.
    pub(super) fn run_deferred(&mut self) {
        if self.pending.is_empty() {
            for origin in self.history.take_deferred() {
                self.undo_redo(origin);
            }
        }
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
            let shown = match (&e.saved, ops.is_empty()) {
                (Some(saved), false) => {
                    let mut b = Board::clone(saved);
                    for op in ops {
                        let _ = tavle_core::ops::apply(&mut b, op, &stamp);
                    }
                    Some(Arc::new(b))
                }
                (saved, _) => saved.clone(),
            };
            // A board held in brief stays so until a version of it comes
            // back whole (a save to it, such as a card sent up to it).
            e.brief = e.brief && e.saved.is_none();
            if !e.brief {
                e.show(shown);
            }
        }
    }

    /// Undo or redo the latest step, on whichever board it was made. When a
    /// step is still being saved, its undo is not known yet: wait for it.
    pub(super) fn undo_redo(&mut self, origin: Origin) {
        let feeds = |p: &Pending| match origin {
            Origin::Undo => p.origin != Origin::Undo,
            _ => p.origin == Origin::Undo,
        };
        if self.history.waiting() || self.pending.iter().any(feeds) {
            self.history.defer(origin);
            return;
        }
        let Some(step) = self.history.pop(origin) else {
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
        for op in &step.ops {
            if let Op::Card(tavle_core::ops::CardOp::Move { id, .. }) = op {
                self.out.select = Some(id.clone());
            }
        }
        self.send(step.path, step.ops, origin, None);
    }
}

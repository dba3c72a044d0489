//! The folder's first reading, a batch at a time: a region's 10,000 boards
//! take seconds to read, and the room must not wait for the last one to
//! see the first. The runtime's loader reads the files on both cores and
//! hands them in as [`Loaded`] batches; the overview shows what has come,
//! in its order, and says how far the reading is. Part of the boards'
//! owner (see `Shared`).
//!
//! A file the watcher reported before its batch came is taken from the
//! watcher: the loader started reading after the watcher started, so the
//! watcher's reading is never the older one.

use std::collections::HashSet;
use std::path::PathBuf;

use super::Shared;
use crate::app::entry::Entry;
use crate::app::event::Effect;

/// How far the first reading of the folder has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Files read so far.
    pub read: usize,
    /// Files listed when the reading began.
    pub total: usize,
    /// Nobody has pressed a key yet: the selection may follow the worst
    /// board as more boards come in ("start on the worst board").
    pub untouched: bool,
}

/// Boards read at the start, handed in by the runtime's loader.
#[derive(Debug)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    /// Files listed when the reading began.
    pub total: usize,
}

impl Shared {
    /// The folder's first reading begins: `total` files to read.
    pub fn start_loading(&mut self, total: usize) {
        self.loading = (total > 0).then_some(Progress {
            read: 0,
            total,
            untouched: true,
        });
    }

    /// How far the first reading has come; `None` once every file is read.
    pub fn loading(&self) -> Option<Progress> {
        self.loading
    }

    /// Someone pressed a key: the selection is theirs from now on.
    pub(crate) fn touched(&mut self) {
        if let Some(p) = &mut self.loading {
            p.untouched = false;
        }
    }

    /// Take in a batch of the first reading; whether the selection may
    /// move to the worst board (nobody has pressed a key yet).
    pub(crate) fn loaded(&mut self, batch: Loaded) -> bool {
        let read = batch.entries.len();
        // By path in a set: one batch against 10,000 boards, not pairwise.
        let known: HashSet<PathBuf> = (self.entries.iter().chain(&self.copies))
            .map(|e| e.path.clone())
            .collect();
        let mut fresh = Vec::new();
        for e in batch.entries {
            if !known.contains(&e.path) {
                fresh.push(e);
            }
        }
        for e in &mut fresh {
            // Every version read is kept by revision, as at the start.
            e.keep = None;
            if e.saved.is_some() {
                let (path, fingerprint) = (e.path.clone(), e.fingerprint);
                self.out
                    .effects
                    .push(Effect::KeepRevision { path, fingerprint });
            }
        }
        self.entries.extend(fresh);
        let p = self.loading.get_or_insert(Progress {
            read: 0,
            total: batch.total,
            untouched: false,
        });
        p.read += read;
        let follow = p.untouched;
        if p.read >= p.total {
            self.loading = None;
        }
        // A conflict copy and its board may come in different batches.
        self.regroup_copies();
        follow
    }
}

//! Which files of the folder are sync clients' conflict copies, and the bases
//! the app keeps for merging them. A copy is read like a board but never
//! listed, counted, reached by Tab or opened: the app holds it apart from the
//! boards, and the board it is a copy of lists it (for the banner and `c`).
//! The rule is the core's (`tavle_core::conflicts::copies_in`), re-decided
//! whenever the folder changes. No I/O: writing a base is an [`Effect`] for
//! the worker (`folder::base` says why the base is what it is).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::entry::{CopyFile, Entry};
use super::event::Effect;
use super::shared::Shared;
use crate::i18n::{Msg, SyncMsg};

/// How long a change from outside waits before it becomes the base: a sync
/// client that loses a conflict may put the other side's version in place a
/// moment before it writes the copy, and that version must not become the
/// ancestor of the very copy it conflicts with.
pub const BASE_SETTLE: Duration = Duration::from_secs(10);

/// Whether the board's file, as last read, may be kept as its base now: it
/// parses and no conflict copy lies beside it (see `folder::base`).
pub fn may_be_base(e: &Entry) -> bool {
    e.saved.is_some() && e.broken.is_none() && e.missing_since.is_none() && e.copies.is_empty()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Re-decide which files are sync conflict copies, by the one rule
/// (`tavle_core::conflicts::copies_in` over every file's name, and for the
/// ambiguous names the shared history of the last good versions): copies go to `copies`, never
/// listed, counted or opened; the others stay in `entries`, in order, and each
/// lists its copies (a copy of a copy counts for the board at the root). A
/// copy gone from the folder is forgotten at once. Returns the files that are
/// copies now and were not before.
pub fn regroup(entries: &mut Vec<Entry>, copies: &mut Vec<Entry>) -> Vec<PathBuf> {
    let was: HashSet<PathBuf> = copies.iter().map(|e| e.path.clone()).collect();
    let mut all: Vec<Entry> = entries.drain(..).chain(copies.drain(..)).collect();
    all.retain(|e| !(was.contains(&e.path) && e.missing_since.is_some()));
    let names: Vec<String> = all.iter().map(|e| file_name(&e.path)).collect();
    let index = |name: &str| names.iter().position(|n| n == name);
    let kin = |name: &str| {
        let board = all[index(name)?].saved.as_deref()?;
        Some(tavle_core::conflicts::Kin::of(board))
    };
    let mut original: HashMap<usize, (usize, tavle_core::conflicts::Source)> = HashMap::new();
    for f in tavle_core::conflicts::copies_in(&names, kin) {
        if let (Some(c), Some(o)) = (index(f.copy), index(&f.name.original)) {
            original.insert(c, (o, f.name.source));
        }
    }
    for e in &mut all {
        e.copies.clear();
    }
    let mut found: Vec<(usize, usize)> = original.iter().map(|(c, (o, _))| (*c, *o)).collect();
    found.sort_unstable();
    for (c, o) in found {
        // Names only get longer from original to copy, so this ends; the
        // bound is for safety's sake.
        let mut root = o;
        for _ in 0..all.len() {
            match original.get(&root) {
                Some((next, _)) => root = *next,
                None => break,
            }
        }
        let source = original[&c].1.clone();
        let copy = CopyFile {
            path: all[c].path.clone(),
            name: names[c].clone(),
            source,
        };
        all[root].copies.push(copy);
    }
    for e in &mut all {
        e.copies.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let mut new = Vec::new();
    for (i, e) in all.into_iter().enumerate() {
        if original.contains_key(&i) {
            if !was.contains(&e.path) {
                new.push(e.path.clone());
            }
            copies.push(e);
        } else {
            entries.push(e);
        }
    }
    new
}

impl Shared {
    /// Re-decide which files are conflict copies; the board on view stays on
    /// view (when it turned out to be a copy, its original is shown). Returns
    /// the files that became copies.
    pub fn regroup_copies(&mut self) -> Vec<PathBuf> {
        let current = self.entry().map(|e| e.path.clone());
        let new = regroup(&mut self.entries, &mut self.copies);
        let at = |p: &Path| {
            (self.entries.iter().position(|e| e.path == p)).or_else(|| {
                (self.entries.iter()).position(|e| e.copies.iter().any(|c| c.path == p))
            })
        };
        self.current = current
            .and_then(|p| at(&p))
            .unwrap_or(0)
            .min(self.entries.len().saturating_sub(1));
        new
    }

    /// What was loaded at start came from outside: the base of a later merge.
    pub(super) fn start_bases(&mut self) {
        for e in self.entries.iter().filter(|e| may_be_base(e)) {
            self.out.effects.push(Effect::WriteBase {
                path: e.path.clone(),
                fingerprint: e.fingerprint,
            });
        }
    }

    /// Changes from outside that have settled become bases (see [`BASE_SETTLE`]).
    pub(super) fn settle_bases(&mut self) {
        let now = self.now;
        for e in &mut self.entries {
            if let Some((_, fingerprint)) = e.base_due.filter(|(t, _)| *t <= now) {
                e.base_due = None;
                if may_be_base(e) && e.fingerprint == fingerprint {
                    let path = e.path.clone();
                    self.out
                        .effects
                        .push(Effect::WriteBase { path, fingerprint });
                }
            }
        }
    }

    /// Say which files appeared: each of `added` (new to the app) that is a
    /// board, then each of `copies` (files that became conflict copies) with
    /// its board — last, so it stays on screen: it needs someone to merge it.
    pub(super) fn announce(&mut self, added: &[PathBuf], copies: Vec<PathBuf>) {
        for path in added.iter().filter(|p| !copies.contains(p)) {
            let id = crate::folder::store::board_id(path);
            self.notify(Msg::BoardAdded(id), false);
        }
        for copy in copies {
            let board = self
                .entries
                .iter()
                .find(|e| e.copies.iter().any(|c| c.path == copy));
            if let Some(b) = board {
                let board = b.id.clone();
                let copy = copy.file_name().map(|n| n.to_string_lossy().into_owned());
                let copy = copy.unwrap_or_default();
                self.notify(Msg::Sync(SyncMsg::CopyFound { copy, board }), true);
            }
        }
    }
}

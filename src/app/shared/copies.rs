//! Which files of the folder are sync clients' conflict copies, and the
//! versions the app keeps for merging them. A copy is read like a board but
//! never listed, counted, reached by Tab or opened: the app holds it apart
//! from the boards, and the board it is a copy of lists it (for the banner
//! and `c`). The rule is the core's (`tavle_core::conflicts::copies_in`),
//! re-decided whenever the folder changes. No I/O: keeping a version is an
//! [`Effect`] for the worker (`folder::revs` says why any version may be kept).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::Shared;
use crate::app::entry::{CopyFile, Entry};
use crate::app::event::Effect;
use crate::i18n::{Msg, SyncMsg};

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

/// What the last look for copies saw: how many files, and every name
/// that has a part in a possible copy (the copy's or its original's, before
/// any check of their contents).
#[derive(Debug)]
pub(super) struct Looked {
    files: usize,
    involved: HashSet<String>,
}

impl Shared {
    /// Whether looking for copies again is needless after the contents of
    /// the boards at `changed` changed (no file came or went): the same
    /// files as at the last look, none of them with a part in a copy. Only
    /// the contents of a copy and its original decide whether it is one.
    pub(super) fn copies_unchanged(&self, changed: &[PathBuf]) -> bool {
        let Some(looked) = &self.copy_names else {
            return false;
        };
        looked.files == self.entries.len() + self.copies.len()
            && (changed.iter()).all(|p| !looked.involved.contains(&file_name(p)))
    }

    /// Re-decide which files are conflict copies; the board on view stays on
    /// view (when it turned out to be a copy, its original is shown). Returns
    /// the files that became copies.
    pub fn regroup_copies(&mut self) -> Vec<PathBuf> {
        let current = self.entry().map(|e| e.path.clone());
        let new = regroup(&mut self.entries, &mut self.copies);
        let names: Vec<String> = (self.entries.iter().chain(&self.copies))
            .map(|e| file_name(&e.path))
            .collect();
        let involved = (tavle_core::conflicts::copies_of(&names).into_iter())
            .flat_map(|f| [f.copy.to_string(), f.name.original])
            .collect();
        self.copy_names = Some(Looked {
            files: names.len(),
            involved,
        });
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

    /// What was loaded at start came from outside: kept by revision, so a
    /// later merge finds it as a common ancestor (`folder::revs`).
    pub(super) fn start_revisions(&mut self) {
        for e in self.entries.iter_mut().filter(|e| e.saved.is_some()) {
            e.keep = None;
            let (path, fingerprint) = (e.path.clone(), e.fingerprint);
            self.out
                .effects
                .push(Effect::KeepRevision { path, fingerprint });
        }
    }

    /// Versions taken in from outside are kept by revision at once: a
    /// version is kept under its content's id, so keeping one can never
    /// make a wrong ancestor (the copies' own versions are not kept).
    pub(super) fn keep_revisions(&mut self) {
        for e in &mut self.entries {
            if let Some(fingerprint) = e.keep.take()
                && e.saved.is_some()
                && e.fingerprint == fingerprint
            {
                let path = e.path.clone();
                self.out
                    .effects
                    .push(Effect::KeepRevision { path, fingerprint });
            }
        }
        for e in &mut self.copies {
            e.keep = None;
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

//! Taking in what the watcher saw: a board file changed, appeared or went
//! missing, the folder rescanned, the watcher failed or stopped; and letting
//! highlights, notices and missing boards expire as the clock moves on.
//! Another person's change is highlighted card by card; our own saves, seen
//! by the watcher before the worker reports them, are not.
//!
//! No I/O and no clock reads: the analyses and the instant come in with the
//! events. A board that goes missing must never vanish at once (a sync
//! client's delete-then-write), nor the one on screen at all.

use std::path::{Path, PathBuf};

use super::{HIGHLIGHT_FOR, MISSING_GRACE, Shared};
use crate::app::Screen;
use crate::app::entry::{Entry, Highlight, author, changed_cards, stamped_by};
use crate::folder::watch::{FileChange, WatchEvent};
use crate::i18n::{FolderMsg, Msg};

impl Shared {
    /// End highlights and notices whose time is up; drop boards gone for good,
    /// except `keep`, the board on screen: it stays, read-only, with a banner,
    /// so keys never go to another board by themselves.
    pub fn expire(&mut self, keep: Option<&Path>) {
        let now = self.now;
        for e in &mut self.entries {
            e.highlights.retain(|_, h| h.until > now);
        }
        self.notices.expire(now);
        let current = self.entry().map(|e| e.path.clone());
        let gone: Vec<PathBuf> = self
            .entries
            .iter()
            .filter(|e| e.missing_since.is_some_and(|t| t + MISSING_GRACE <= now))
            .filter(|e| Some(e.path.as_path()) != keep)
            .map(|e| e.path.clone())
            .collect();
        let regroup = !gone.is_empty();
        for path in gone {
            let id = crate::folder::store::board_id(&path);
            self.entries.retain(|e| e.path != path);
            self.notify(Msg::BoardDeleted(id), true);
        }
        if regroup {
            // A copy whose board is gone is a board of its own now: a
            // version from outside, kept by revision like every other, so
            // a later copy of it merges three-way.
            let were: Vec<PathBuf> = self.copies.iter().map(|e| e.path.clone()).collect();
            self.regroup_copies();
            for e in self.entries.iter_mut().filter(|e| were.contains(&e.path)) {
                e.keep = Some(e.fingerprint);
            }
            self.keep_revisions();
        }
        // The same board stays current, wherever it now stands in the list.
        self.current = current
            .and_then(|p| self.entries.iter().position(|e| e.path == p))
            .unwrap_or(0)
            .min(self.entries.len().saturating_sub(1));
        if self.entries.is_empty() {
            self.out.go = Some(Screen::Overview);
        }
    }

    /// Take in what the watcher saw.
    pub fn files(&mut self, w: WatchEvent) {
        let mut added = Vec::new();
        // Boards whose contents alone changed: the copies may stay as they are.
        let mut contents: Option<Vec<PathBuf>> = None;
        match w {
            WatchEvent::Changed(changes) => {
                if (changes.iter()).all(|c| matches!(c, FileChange::Present { .. })) {
                    contents = Some(changes.iter().map(|c| c.path().to_path_buf()).collect());
                }
                added.extend(changes.into_iter().filter_map(|c| self.file_change(c)));
            }
            WatchEvent::Rescanned(changes) => {
                let listed: Vec<PathBuf> = changes.iter().map(|c| c.path().to_path_buf()).collect();
                let now = self.now;
                for e in self.entries.iter_mut().chain(&mut self.copies) {
                    if !listed.contains(&e.path) && e.missing_since.is_none() {
                        e.missing_since = Some(now);
                    }
                }
                added.extend(changes.into_iter().filter_map(|c| self.file_change(c)));
            }
            WatchEvent::Error(e) => self.notify(Msg::WatchError(e), true),
            WatchEvent::Skipped(skipped) => {
                if let Some(first) = skipped.into_iter().next() {
                    self.notify(Msg::Folder(first.into()), true);
                }
            }
            WatchEvent::Stopped(reason) => {
                // The status line no longer says the folder is followed.
                let msg = Msg::Folder(FolderMsg::WatchStopped(reason));
                self.notices.stopped(msg.clone());
                self.notify(msg, true);
            }
        }
        let copies = match contents {
            Some(changed) if added.is_empty() && self.copies_unchanged(&changed) => Vec::new(),
            _ => self.regroup_copies(),
        };
        self.keep_revisions();
        self.announce(&added, copies);
    }

    /// Take in one file's change; the path of a file not known before.
    fn file_change(&mut self, change: FileChange) -> Option<PathBuf> {
        let current = self.entry().map(|e| e.path.clone());
        let mut outside = Vec::new();
        let mut added = None;
        match change {
            FileChange::Missing { path } => {
                let now = self.now;
                if let Some(e) = self.known(&path) {
                    e.missing_since.get_or_insert(now);
                }
            }
            FileChange::Present { path, analysis } => {
                let until = self.now + HIGHLIGHT_FOR;
                let seen = self.wall;
                // With our own saves in flight, the watcher may report one of
                // them before the worker does: not someone else's change, and
                // its edits are already drawn on top of the last reading
                // (drawn twice, an edit that adds, like a PDSA cycle, would
                // show twice). Taken in when the worker has answered.
                let saving = self.pending.iter().any(|p| p.path == path);
                match self.known(&path) {
                    Some(e) => {
                        let ours = e.own.contains(&analysis.fingerprint);
                        // A chmod changes the access, not the bytes: take it in.
                        if (e.fingerprint == analysis.fingerprint || ours)
                            && e.missing_since.is_none()
                            && e.access == analysis.access
                        {
                            // Our own write, or a touch: nothing new to show.
                            return None;
                        }
                        if saving {
                            e.deferred = Some(Box::new(analysis));
                            return None;
                        }
                        let before = e.saved.clone();
                        let brief = e.summary_arc();
                        e.absorb(analysis);
                        if e.broken.is_none() {
                            // From outside: kept by revision, for later merges.
                            e.keep = Some(e.fingerprint);
                        }
                        let changed = match (&before, &brief, &e.saved) {
                            (Some(old), _, Some(new)) => changed_cards(old, new)
                                .into_iter()
                                .map(|id| {
                                    let by = author(old.card(&id), new.card(&id));
                                    (id, by)
                                })
                                .collect(),
                            // Held in brief: its summary tells what changed.
                            (None, Some(old), Some(new)) => (old.changed_in(new).into_iter())
                                .map(|(id, stamped)| {
                                    let by = new.card(&id).and_then(|c| stamped_by(stamped, c));
                                    (id, by)
                                })
                                .collect(),
                            _ => Vec::new(),
                        };
                        for (id, by) in changed {
                            e.highlights
                                .insert(id.clone(), Highlight { until, by, seen });
                            if Some(&*e.path) == current.as_deref() {
                                outside.push(id);
                            }
                        }
                        self.reapply(&path);
                    }
                    None => {
                        let mut e = Entry::from_analysis(path.clone(), analysis);
                        e.keep = Some(e.fingerprint);
                        self.entries.push(e);
                        added = Some(path);
                    }
                }
            }
        }
        self.outside.extend(outside);
        added
    }

    /// The worker has answered a save to `path`: a reading of the file taken
    /// meanwhile is taken in now, unless it was our own write or more of
    /// our saves to it are still in flight.
    pub(super) fn take_deferred(&mut self, path: &Path) {
        if self.pending.iter().any(|p| p.path == path) {
            return;
        }
        let Some(e) = self.known(path) else {
            return;
        };
        let Some(analysis) = e.deferred.take().map(|a| *a) else {
            return;
        };
        let path = path.to_path_buf();
        self.file_change(FileChange::Present { path, analysis });
    }

    /// The board or conflict copy at `path`, if known.
    fn known(&mut self, path: &Path) -> Option<&mut Entry> {
        (self.entries.iter_mut().chain(&mut self.copies)).find(|e| e.path == path)
    }
}

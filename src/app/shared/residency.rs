//! Which boards are held in full and which in brief: in a large folder (a
//! region's 10,000 boards, issue 24) only the board shown, those with edits
//! in flight and the few shown last are held as parsed boards; every other
//! is held as its summary ([`tavle_core::summary::Summary`]), which is all
//! the overview, the owners' view, the links and the round read. A board
//! held in brief is read again when it is opened: the worker reads it
//! ([`Effect::ReadBoard`]) and [`Shared::read_back`] takes it in. Part of
//! the boards' owner (see `Shared`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::Shared;
use crate::app::entry::Entry;
use crate::app::event::Effect;
use crate::folder::store::Analysis;
use crate::folder::watch::{FileChange, WatchEvent};

/// A folder with more boards than this holds those not open in brief.
pub const KEEP_FULL: usize = 500;
/// How many boards shown last stay in full (Tab back and forth, a round
/// of the wallboard's last stops).
const RECENT: usize = 8;

impl Shared {
    /// Hold boards not open in brief from more than `n` boards on (tests
    /// lower it to see a small folder behave as a large one).
    pub fn set_keep_full(&mut self, n: usize) {
        self.keep_full = n;
    }

    /// Whether boards not open are held in brief: the folder is large.
    pub fn in_brief(&self) -> bool {
        self.entries.len() > self.keep_full
    }

    /// After every event: the board shown is held in full (asked of the
    /// worker when it is held in brief), and in a large folder every board
    /// neither shown, nor shown lately, nor being saved is held in brief.
    pub(crate) fn settle_residency(&mut self) {
        let current = self.entry().map(|e| e.path.clone());
        if let Some(p) = &current {
            if self.recent.first() != Some(p) {
                self.recent.retain(|r| r != p);
                self.recent.insert(0, p.clone());
                self.recent.truncate(RECENT);
            }
            let i = self.current;
            if let Some(e) = self.entries.get_mut(i)
                && e.brief
                && !e.reading
            {
                e.reading = true;
                let path = e.path.clone();
                self.out.effects.push(Effect::ReadBoard { path });
            }
        }
        if !self.in_brief() {
            return;
        }
        // Boards a card was sent up to: held in full, so the state of every
        // copy is known (a copy need not link back).
        let up: HashSet<String> = (self.entries.iter())
            .filter_map(|e| e.summary().filter(|s| s.sends_up()))
            .flat_map(|s| s.slim().cards.iter())
            .filter_map(|c| c.escalated_to.as_ref().map(|l| l.board.clone()))
            .collect();
        let keep = |e: &Entry, recent: &[PathBuf], pending: &[super::Pending]| {
            up.contains(&e.id)
                || recent.contains(&e.path)
                || pending.iter().any(|q| q.path == e.path)
        };
        for e in &mut self.entries {
            if e.brief && up.contains(&e.id) && !e.reading {
                e.reading = true;
                let path = e.path.clone();
                self.out.effects.push(Effect::ReadBoard { path });
            }
            if !e.brief && !keep(e, &self.recent, &self.pending) {
                e.let_go();
            }
        }
    }

    /// The worker read a board held in brief, to show it: the same bytes
    /// are simply held in full again; other bytes are a change from
    /// outside, taken in as the watcher's would be.
    pub(crate) fn read_back(&mut self, path: &Path, analysis: Analysis) {
        let Some(e) = self.entries.iter_mut().find(|e| e.path == path) else {
            return;
        };
        e.reading = false;
        if e.fingerprint == analysis.fingerprint && analysis.board.is_some() {
            e.absorb(analysis);
            return;
        }
        let change = FileChange::Present {
            path: path.to_path_buf(),
            analysis,
        };
        self.files(WatchEvent::Changed(vec![change]));
    }
}

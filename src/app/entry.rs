//! One board file as the app knows it: the last version that parsed, the
//! problems of the file as it is now, and what the screen marks on it (cards
//! changed by someone else, a file gone missing, the sync clients' conflict
//! copies of it). Data and small rules only.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::folder::store::{Access, Analysis, Located};
use tavle_core::diag::Severity;
use tavle_core::model::{Board, FORMAT_VERSION};
use tavle_core::summary::Summary;

/// A conflict copy of a board, as the board's entry knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyFile {
    pub path: PathBuf,
    /// Its file name.
    pub name: String,
    /// Which sync client made it, and what its name says (device, who, when).
    pub source: tavle_core::conflicts::Source,
}

/// One board file as the app knows it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub path: PathBuf,
    /// What the screen shows: the file's last good version with the edits
    /// still being saved applied on top (see `Shared::carry_out`). The
    /// same allocation as `saved` while nothing is being saved, so a folder
    /// of large boards is held once, not twice.
    pub board: Option<Arc<Board>>,
    /// The last version of the file that parsed; stays on screen while the
    /// file is broken.
    pub saved: Option<Arc<Board>>,
    /// The board shown, in brief: there whenever a version of the file
    /// parsed, also when the full board was let go (`brief`). Everything
    /// read across boards (the overview, owners, links, the round) reads it.
    summary: Option<Arc<Summary>>,
    /// Held in brief only: the full board (`board`, `saved`) was let go, as
    /// a large folder's boards not open are; read again when opened.
    pub brief: bool,
    /// The worker was asked to read the full board (it is held in brief
    /// and was opened); cleared by the reading.
    pub(crate) reading: bool,
    /// Problems of the file as it is now (errors and warnings).
    pub problems: Vec<Located>,
    /// The file does not parse now: its first error. The board is read-only.
    pub broken: Option<Located>,
    /// Fingerprint of the file's bytes as last seen.
    pub fingerprint: u64,
    /// Whether the file may be written (a link out of the folder, no write
    /// permission …), as last seen.
    pub access: Access,
    /// The file is a symbolic link (a conflict copy that is one is never merged).
    pub linked: bool,
    /// Since when the file has been missing.
    pub missing_since: Option<Instant>,
    /// Cards changed by someone else, highlighted for a while.
    pub highlights: HashMap<String, Highlight>,
    /// Fingerprints of our own recent writes: the watcher reports them too,
    /// sometimes after a later write of ours, and they are nothing new.
    pub own: std::collections::VecDeque<u64>,
    /// The sync clients' conflict copies of this board, by name (see
    /// [`super::copies::regroup`]).
    pub copies: Vec<CopyFile>,
    /// A version from outside was taken in: its bytes (fingerprint) are to
    /// be kept by revision, for later merges (`folder::revs`).
    pub keep: Option<u64>,
    /// A reading of the file taken while a save of ours to it was in flight:
    /// it may be that save, which the board shown already holds (its edits
    /// are drawn on top of the last reading until the worker answers), so it
    /// is taken in once the answer has come, unless it was that save.
    /// Boxed: rare, and a large folder holds 10,000 entries.
    pub deferred: Option<Box<Analysis>>,
    /// The board's place in the overview's order, worked out for the board
    /// shown now (see [`Entry::badness`]): one board changed among 10,000
    /// must not cost counting the cards of all of them again.
    rank: Option<Rank>,
}

/// [`Entry::badness`] as last worked out, and what for: the board's
/// summary (held weakly, so one let go is neither kept alive nor mistaken
/// for a new one at the same address), the day and the owner counted for.
#[derive(Debug, Clone)]
struct Rank {
    summary: std::sync::Weak<Summary>,
    today: NaiveDate,
    owner: Option<String>,
    badness: (usize, usize, usize),
}

impl Entry {
    pub fn from_analysis(path: PathBuf, a: Analysis) -> Entry {
        let mut e = Entry {
            id: crate::folder::store::board_id(&path),
            path,
            board: None,
            saved: None,
            summary: None,
            brief: false,
            reading: false,
            problems: Vec::new(),
            broken: None,
            fingerprint: 0,
            access: Access::Writable,
            linked: false,
            missing_since: None,
            highlights: HashMap::new(),
            own: std::collections::VecDeque::new(),
            copies: Vec::new(),
            keep: None,
            deferred: None,
            rank: None,
        };
        e.absorb(a);
        e
    }

    /// Take in a new reading of the file; keeps the last good board when it is broken.
    pub(crate) fn absorb(&mut self, a: Analysis) {
        self.fingerprint = a.fingerprint;
        self.access = a.access;
        self.linked = a.linked;
        self.missing_since = None;
        self.reading = false;
        self.broken = match a.board {
            Some(_) => None,
            None => a
                .problems
                .iter()
                .find(|p| p.severity == Severity::Error)
                .cloned(),
        };
        if let Some(b) = a.board {
            let b = Arc::new(b);
            self.saved = Some(Arc::clone(&b));
            self.brief = false;
            self.show(Some(b));
        }
        self.problems = a.problems;
    }

    /// Show `board` (the saved version with the edits in flight on top),
    /// and keep its summary with it.
    pub(crate) fn show(&mut self, board: Option<Arc<Board>>) {
        let same = match (&self.board, &board) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        if (!same || self.summary.is_none())
            && let Some(b) = &board
        {
            self.summary = Some(Arc::new(Summary::of(b)));
        }
        self.board = board;
    }

    /// Take `board` as the file's version read (`None`: it never parsed),
    /// shown with its summary: for tests that make entries by hand.
    #[cfg(test)]
    pub(crate) fn replace(&mut self, board: Option<Arc<Board>>) {
        self.saved = board.clone();
        self.brief = false;
        if board.is_none() {
            self.summary = None;
        }
        self.show(board);
    }

    /// The board shown, in brief; `None` when no version of the file parsed.
    pub fn summary(&self) -> Option<&Summary> {
        self.summary.as_deref()
    }

    /// The board as links between boards read it: the full board when it
    /// is held in full, else its summary's cards sent up or copied (a
    /// large folder holds every board a card was sent up to in full, see
    /// `Shared::settle_residency`, so a copy without its back link is seen).
    pub fn linked(&self) -> Option<&Board> {
        self.board
            .as_deref()
            .or_else(|| Some(self.summary()?.slim()))
    }

    /// The summary as held: its address is the version of the board shown
    /// (a new version is a new summary), for caches across boards.
    pub(crate) fn summary_rc(&self) -> Option<&Arc<Summary>> {
        self.summary.as_ref()
    }

    /// The summary itself, shared, to keep beside a new version.
    pub(crate) fn summary_arc(&self) -> Option<Arc<Summary>> {
        self.summary.clone()
    }

    /// Let the full board go and keep it in brief only (a large folder's
    /// boards not open): refused while it has anything that needs the full
    /// board (a reading waiting for a save, copies to merge).
    pub(crate) fn let_go(&mut self) -> bool {
        if self.brief || self.saved.is_none() || self.deferred.is_some() || !self.copies.is_empty()
        {
            return self.brief;
        }
        self.board = None;
        self.saved = None;
        self.brief = true;
        self.rank = None;
        true
    }

    /// How bad the board shown is, for the overview's order (red, overdue,
    /// yellow: [`tavle_core::plan::badness`] of its counts on `today`, of
    /// `owner`'s cards when given); none for a file that never parsed.
    /// Counted once per board, day and owner, then taken from the cache.
    pub(crate) fn badness(
        &mut self,
        today: NaiveDate,
        owner: Option<&str>,
    ) -> Option<(usize, usize, usize)> {
        let summary = self.summary.as_ref()?;
        if let Some(r) = &self.rank
            && r.today == today
            && r.owner.as_deref() == owner
            && std::ptr::eq(r.summary.as_ptr(), Arc::as_ptr(summary))
        {
            return Some(r.badness);
        }
        let badness = tavle_core::plan::badness(&summary.counts(today, owner));
        self.rank = Some(Rank {
            summary: Arc::downgrade(summary),
            today,
            owner: owner.map(str::to_string),
            badness,
        });
        Some(badness)
    }

    /// Whether a card of the board shown was sent up to another board (has
    /// `escalated_to`): only those boards' cards are read to follow the
    /// copies.
    pub(crate) fn sends_up(&self) -> bool {
        self.summary.as_ref().is_some_and(|s| s.sends_up())
    }

    /// Remember a fingerprint of a file we wrote.
    pub(crate) fn wrote(&mut self, fingerprint: u64) {
        const KEEP: usize = 32;
        if self.own.len() == KEEP {
            self.own.pop_front();
        }
        self.own.push_back(fingerprint);
    }

    /// Whether edits are refused: broken, newer format, gone, or not ours to write.
    pub fn read_only(&self) -> bool {
        self.broken.is_some()
            || self.missing_since.is_some()
            || matches!(self.access, Access::ReadOnly(_))
            || self
                .summary()
                .is_none_or(|s| s.slim().tavle > FORMAT_VERSION)
    }

    /// The latest `updated` of any card or decision: when the board last changed, and by whom.
    pub fn last_change(&self) -> Option<(DateTime<FixedOffset>, Option<&str>)> {
        self.summary()?.last_change()
    }
}

/// A card someone else changed, marked on screen for a while.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub until: Instant,
    /// Who changed it and when, when tavle recorded it; `None` when the
    /// file was edited some other way.
    pub by: Option<(String, DateTime<FixedOffset>)>,
    /// When this screen saw the change.
    pub seen: DateTime<FixedOffset>,
}

/// Who changed a card between two versions, and when: known only when the
/// change came through tavle (it stamps `updated` and `updated_by`). An
/// edit in Notepad leaves the old stamp, so the author is unknown.
pub fn author(
    old: Option<&tavle_core::model::Card>,
    new: Option<&tavle_core::model::Card>,
) -> Option<(String, DateTime<FixedOffset>)> {
    let new = new?;
    stamped_by(tavle_core::summary::stamped(old, new), new)
}

/// Who changed `new` and when, when its stamp is new ([`author`]).
pub fn stamped_by(
    stamped: tavle_core::summary::Stamped,
    new: &tavle_core::model::Card,
) -> Option<(String, DateTime<FixedOffset>)> {
    let by = new
        .updated_by
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())?;
    let at = new.updated.as_ref()?.at();
    stamped.0.then(|| (by.to_string(), at))
}

pub use tavle_core::summary::changed_cards;

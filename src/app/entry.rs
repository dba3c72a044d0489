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
    pub deferred: Option<Analysis>,
    /// The board's place in the overview's order, worked out for the board
    /// shown now (see [`Entry::badness`]): one board changed among 10,000
    /// must not cost counting the cards of all of them again.
    rank: Option<Rank>,
    /// Whether the board shown has a card sent up to another board
    /// ([`Entry::sends_up`]), and for which board (held weakly).
    sends_up: Option<(std::sync::Weak<Board>, bool)>,
}

/// [`Entry::badness`] as last worked out, and what for: the board (held
/// weakly, so a board let go is neither kept alive nor mistaken for a new
/// one at the same address), the day and the owner counted for.
#[derive(Debug, Clone)]
struct Rank {
    board: std::sync::Weak<Board>,
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
            sends_up: None,
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
            self.board = Some(Arc::clone(&b));
            self.saved = Some(b);
        }
        self.problems = a.problems;
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
        let board = self.board.as_ref()?;
        if let Some(r) = &self.rank
            && r.today == today
            && r.owner.as_deref() == owner
            && std::ptr::eq(r.board.as_ptr(), Arc::as_ptr(board))
        {
            return Some(r.badness);
        }
        let badness = tavle_core::plan::badness(&tavle_core::plan::counts(board, today, owner));
        self.rank = Some(Rank {
            board: Arc::downgrade(board),
            today,
            owner: owner.map(str::to_string),
            badness,
        });
        Some(badness)
    }

    /// Whether a card of the board shown was sent up to another board (has
    /// `escalated_to`): only those boards' cards are read to follow the
    /// copies. Worked out once per board.
    pub(crate) fn sends_up(&mut self) -> bool {
        let Some(board) = self.board.as_ref() else {
            return false;
        };
        if let Some((b, yes)) = &self.sends_up
            && std::ptr::eq(b.as_ptr(), Arc::as_ptr(board))
        {
            return *yes;
        }
        let yes = board.cards.iter().any(|c| c.escalated_to.is_some());
        self.sends_up = Some((Arc::downgrade(board), yes));
        yes
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
            || self.board.as_ref().is_none_or(|b| b.tavle > FORMAT_VERSION)
    }

    /// The latest `updated` of any card or decision: when the board last changed, and by whom.
    pub fn last_change(&self) -> Option<(DateTime<FixedOffset>, Option<&str>)> {
        let b = self.board.as_ref()?;
        let cards = b.cards.iter().filter_map(|c| {
            c.updated
                .as_ref()
                .map(|u| (u.at(), c.updated_by.as_deref()))
        });
        let decisions = b.decisions.iter().map(|d| (d.at.at(), d.owner.as_deref()));
        cards.chain(decisions).max_by_key(|(at, _)| *at)
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
    let stamped = new.updated.is_some() && old.map(|o| &o.updated) != Some(&new.updated);
    let by = new
        .updated_by
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())?;
    let at = new.updated.as_ref()?.at();
    stamped.then(|| (by.to_string(), at))
}

/// Ids of cards that differ between two versions of a board (new or changed).
pub fn changed_cards(old: &Board, new: &Board) -> Vec<String> {
    new.cards
        .iter()
        .filter(|c| old.card(&c.id) != Some(*c))
        .map(|c| c.id.clone())
        .collect()
}

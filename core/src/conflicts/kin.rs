//! Whether two board files share history: the evidence an ambiguous name
//! (`NAME-HOST.json`, `NAME (1).json`, `NAME - Kopi.json`) needs before the
//! file is held back as a conflict copy.
//!
//! A title proves nothing: two units call their boards "Drift", and a file
//! planted beside a real board with that board's title would otherwise make
//! the real board look like its copy and hide it from the leaders' report.
//! What two versions of one board share is the work done on it before they
//! parted: cards (by id, with the same creation time when both have one) and
//! decisions (by id and the time they were made). Two files share history
//! when they have the same title and at least one such piece of work in
//! common.
//!
//! Columns, goals and indicators do not count: they come from templates, so
//! unrelated boards made from one template share them. (A kept base is
//! judged by the revision histories instead: `crate::revision`.)
//!
//! Pure: boards in, a yes or no out.

use std::collections::{HashMap, HashSet};

use crate::model::Board;

/// What a board file is, for telling a copy from a board: its title and the
/// work it holds (see the module doc).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kin {
    title: String,
    /// Card id → its creation time, when it has one.
    cards: HashMap<String, Option<String>>,
    /// Decision id → when it was made.
    decisions: HashSet<(String, String)>,
}

impl Kin {
    /// The kin of `board`.
    pub fn of(board: &Board) -> Kin {
        let mut kin = Kin {
            title: board.title.trim().to_string(),
            ..Kin::default()
        };
        for c in &board.cards {
            let created = c.created.as_ref().map(|t| t.as_str().to_string());
            kin.cards.entry(c.id.clone()).or_insert(created);
        }
        for d in &board.decisions {
            kin.decisions
                .insert((d.id.clone(), d.at.as_str().to_string()));
        }
        kin
    }

    /// Some work in common: a card with one id (made at the same time, when
    /// both say when) or a decision with one id made at the same time.
    pub fn shares_work(&self, other: &Kin) -> bool {
        let same_card = self.cards.iter().any(|(id, t)| match other.cards.get(id) {
            Some(u) => t.is_none() || u.is_none() || t == u,
            None => false,
        });
        same_card || !self.decisions.is_disjoint(&other.decisions)
    }

    /// The same title and some work in common: what an ambiguous name needs
    /// to be taken for a copy.
    pub fn shares_history(&self, other: &Kin) -> bool {
        self.title == other.title && self.shares_work(other)
    }
}

//! A board in brief: what the overview, the owner's view, the links between
//! boards and the round need of a board that is not open, kept in a few
//! kilobytes instead of the tens a parsed board takes. A region's 10,000
//! boards (issue 24) are held as summaries; a board is parsed in full only
//! when it is opened.
//!
//! A summary keeps the board's own parts that are small and that the
//! rules across boards read (columns, goals, indicators, decisions,
//! routines, the meeting) as a board with no cards but those sent up or
//! copied from another board ([`Summary::slim`]), and of every card what
//! its status and the overview's row take ([`CardDigest`]). Its counts,
//! next deadline and cards of an owner come from the same rules as a full
//! board's ([`plan::status_of`], [`plan::tally`], [`owner::matches`]); the
//! tests hold the two side by side.

use std::hash::Hasher;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::model::{Board, Card, Light};
use crate::{owner, plan};

mod rank;
pub use rank::RankFacts;

/// What a summary keeps of one card.
#[derive(Debug, Clone, PartialEq)]
pub struct CardDigest {
    /// Where its title stands in [`Summary`]'s titles (start, end).
    title: (u32, u32),
    /// Index into [`Summary::owners`].
    owner: Option<u16>,
    pub due: Option<NaiveDate>,
    pub light: Option<Light>,
    /// Index into the board's columns; `None` for a column the board does not have.
    pub column: Option<u16>,
    /// Stands in a done column ([`Board::is_done`]).
    pub done: bool,
    pub archived: bool,
    /// A fingerprint of the card's id and one of all its content, to tell
    /// which cards a new version of the board changed.
    id: u64,
    content: u64,
    /// A fingerprint of its `updated` stamp (0: none), to tell an edit
    /// tavle stamped from one made some other way.
    updated: u64,
}

/// A board in brief (see the module's doc).
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    slim: Board,
    cards: Box<[CardDigest]>,
    /// Every card's title, one after another (one allocation, not 40).
    titles: Box<str>,
    /// The cards' owners, each once (cards name them by index).
    owners: Box<[Box<str>]>,
    last_change: Option<(DateTime<FixedOffset>, Option<Box<str>>)>,
    sends_up: bool,
}

/// Feeds what is written into a hasher: a card's JSON fingerprinted without
/// being kept.
struct HashWriter(std::collections::hash_map::DefaultHasher);

impl std::io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn hash_str(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(s.as_bytes());
    h.finish()
}

/// A fingerprint of a card's `updated` stamp as written; 0 when it has
/// none (the low bit set on every stamp keeps a stamp from reading as none;
/// `^ 1` would do as well but for one hash in 2⁶⁴).
fn updated_hash(card: &Card) -> u64 {
    card.updated
        .as_ref()
        .map_or(0, |u| hash_str(u.as_str()) | 1)
}

/// A fingerprint of everything a card holds, as it would be saved.
fn content_hash(card: &Card) -> u64 {
    let mut w = HashWriter(std::collections::hash_map::DefaultHasher::new());
    // Writing into a hasher cannot fail; a card that cannot be written
    // (it can always) would count as changed every time, never as same.
    if serde_json::to_writer(&mut w, card).is_err() {
        return u64::MAX;
    }
    w.0.finish()
}

/// The latest `updated` of any card or decision: when the board last
/// changed, and by whom.
pub fn last_change(b: &Board) -> Option<(DateTime<FixedOffset>, Option<&str>)> {
    let cards = b.cards.iter().filter_map(|c| {
        c.updated
            .as_ref()
            .map(|u| (u.at(), c.updated_by.as_deref()))
    });
    let decisions = b.decisions.iter().map(|d| (d.at.at(), d.owner.as_deref()));
    cards.chain(decisions).max_by_key(|(at, _)| *at)
}

/// Ids of cards that differ between two versions of a board (new or changed).
pub fn changed_cards(old: &Board, new: &Board) -> Vec<String> {
    new.cards
        .iter()
        .filter(|c| old.card(&c.id) != Some(*c))
        .map(|c| c.id.clone())
        .collect()
}

impl Summary {
    /// The summary of `board`.
    pub fn of(board: &Board) -> Summary {
        let mut owners: Vec<Box<str>> = Vec::new();
        let mut owner_index = |name: Option<&String>| -> Option<u16> {
            let name = name?;
            if let Some(i) = owners.iter().position(|o| **o == **name) {
                return u16::try_from(i).ok();
            }
            owners.push(name.as_str().into());
            u16::try_from(owners.len() - 1).ok()
        };
        let mut titles = String::with_capacity(board.cards.iter().map(|c| c.title.len()).sum());
        let mut span = |t: &str| {
            let start = u32::try_from(titles.len()).unwrap_or(u32::MAX);
            titles.push_str(t);
            (start, u32::try_from(titles.len()).unwrap_or(u32::MAX))
        };
        let cards: Box<[CardDigest]> = (board.cards.iter())
            .map(|c| CardDigest {
                title: span(&c.title),
                owner: owner_index(c.owner.as_ref()),
                due: c.due,
                light: c.light,
                column: (board.columns.iter())
                    .position(|col| col.id == c.column)
                    .and_then(|i| u16::try_from(i).ok()),
                done: board.is_done(c),
                archived: c.archived,
                id: hash_str(&c.id),
                content: content_hash(c),
                updated: updated_hash(c),
            })
            .collect();
        let last_change = last_change(board).map(|(at, by)| (at, by.map(Box::from)));
        let slim = Board {
            tavle: board.tavle,
            title: board.title.clone(),
            kind: board.kind,
            unit: board.unit.clone(),
            team_leader: board.team_leader.clone(),
            measurement_lead: board.measurement_lead.clone(),
            panels: Vec::new(),
            meeting: board.meeting.clone(),
            columns: board.columns.clone(),
            cards: (board.cards.iter())
                .filter(|c| c.escalated_to.is_some() || c.escalated_from.is_some())
                .cloned()
                .collect(),
            goals: board.goals.clone(),
            indicators: board.indicators.clone(),
            decisions: board.decisions.clone(),
            routines: board.routines.clone(),
            staffing: None,
            risks: Vec::new(),
            deviations: Vec::new(),
            wheel: Vec::new(),
            revisions: Vec::new(),
            extra: Default::default(),
        };
        let mut s = Summary {
            sends_up: board.cards.iter().any(|c| c.escalated_to.is_some()),
            slim,
            cards,
            titles: titles.into(),
            owners: owners.into(),
            last_change,
        };
        s.slim.columns.shrink_to_fit();
        s
    }

    /// The board without its cards, but for those sent up to another board
    /// or copied from one: its title, kind, unit, columns, goals,
    /// indicators, decisions, routines and meeting, for the rules across
    /// boards that read those. Not the board: never shown as one, never saved.
    pub fn slim(&self) -> &Board {
        &self.slim
    }

    /// Every card in brief, in the board's order.
    pub fn cards(&self) -> &[CardDigest] {
        &self.cards
    }

    /// The title of a card.
    pub fn title(&self, card: &CardDigest) -> &str {
        let (start, end) = card.title;
        self.titles
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// The owner of a card, as written.
    pub fn owner(&self, card: &CardDigest) -> Option<&str> {
        card.owner
            .and_then(|i| self.owners.get(usize::from(i)))
            .map(|o| &**o)
    }

    /// Whether a card is `query`'s ([`owner::matches`]; any card when
    /// `None`), for every card at once: the owner rule asked once
    /// per name the board has (a few), not once per card (ordering 10,000
    /// boards for an owner filter asks it of every card).
    fn owned_by(&self, query: Option<&str>) -> impl Fn(&CardDigest) -> bool + use<> {
        let names: Vec<bool> = (self.owners.iter())
            .map(|o| owner::matches(Some(o), query))
            .collect();
        let nobody = owner::matches(None, query);
        move |c: &CardDigest| match c.owner {
            Some(i) => names.get(usize::from(i)).copied().unwrap_or(false),
            None => nobody,
        }
    }

    /// The card's status on `today` ([`plan::status_of`]).
    pub fn status(&self, card: &CardDigest, today: NaiveDate) -> plan::Status {
        plan::status_of(card.done, card.due, card.light, today)
    }

    /// [`plan::counts`] of the board.
    pub fn counts(&self, today: NaiveDate, owner: Option<&str>) -> plan::Counts {
        let owned = self.owned_by(owner);
        let cards = (self.cards.iter())
            .filter(|c| !c.archived && owned(c))
            .map(|c| self.status(c, today));
        let mut c = plan::tally(cards);
        if owner.is_none() {
            c.overdue += crate::improvement::overdue_count(&self.slim, today);
        }
        c
    }

    /// The active cards of `owner` (any when `None`) in each column, left to right.
    pub fn per_column(&self, owner: Option<&str>) -> Vec<usize> {
        let mut n = vec![0; self.slim.columns.len()];
        let owned = self.owned_by(owner);
        for c in self.cards.iter().filter(|c| !c.archived && owned(c)) {
            if let Some(slot) = c.column.and_then(|i| n.get_mut(usize::from(i))) {
                *slot += 1;
            }
        }
        n
    }

    /// The soonest deadline of an open card of `owner` (overdue included),
    /// the first in the board's order among equals: [`plan::next_deadlines`]'s first.
    pub fn next_deadline(&self, today: NaiveDate, owner: Option<&str>) -> Option<&CardDigest> {
        let mut best: Option<&CardDigest> = None;
        let owned = self.owned_by(owner);
        for c in self
            .cards
            .iter()
            .filter(|c| !c.archived && c.due.is_some() && owned(c) && !self.status(c, today).done)
        {
            if best.is_none_or(|b| c.due < b.due) {
                best = Some(c);
            }
        }
        best
    }

    /// The open cards of the person ([`owner::cards`]), in board order.
    pub fn owner_cards(&self, query: &str, today: NaiveDate) -> Vec<&CardDigest> {
        let owned = self.owned_by(Some(query));
        (self.cards.iter())
            .filter(|c| !c.archived && owned(c) && !self.status(c, today).done)
            .collect()
    }

    /// When the board last changed, and by whom ([`last_change`]).
    pub fn last_change(&self) -> Option<(DateTime<FixedOffset>, Option<&str>)> {
        (self.last_change.as_ref()).map(|(at, by)| (*at, by.as_deref()))
    }

    /// Whether a card was sent up to another board (`escalated_to`).
    pub fn sends_up(&self) -> bool {
        self.sends_up
    }

    /// The cards of `new` that are new or differ from this version
    /// ([`changed_cards`] of the board this summarises and `new`), each with
    /// whether its `updated` stamp changed too (see [`Stamped`]).
    pub fn changed_in(&self, new: &Board) -> Vec<(String, Stamped)> {
        let old: std::collections::HashMap<u64, (u64, u64)> = (self.cards.iter())
            .map(|c| (c.id, (c.content, c.updated)))
            .collect();
        (new.cards.iter())
            .filter_map(|c| {
                let was = old.get(&hash_str(&c.id));
                if was.map(|w| w.0) == Some(content_hash(c)) {
                    return None;
                }
                let stamped = c.updated.is_some() && was.map(|w| w.1) != Some(updated_hash(c));
                Some((c.id.clone(), Stamped(stamped)))
            })
            .collect()
    }
}

/// Whether a changed card's `updated` stamp is new: the change came
/// through tavle, which stamps who and when ([`stamped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamped(pub bool);

/// Whether `new` carries an `updated` stamp that `old` (the card before,
/// if it was there) did not: the one rule behind who changed a card.
pub fn stamped(old: Option<&Card>, new: &Card) -> Stamped {
    Stamped(new.updated.is_some() && old.map(|o| &o.updated) != Some(&new.updated))
}

#[cfg(test)]
mod tests;

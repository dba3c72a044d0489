//! What is worked out across all the boards for every frame — the names
//! that tell boards apart, the widths of the overview's columns — kept from
//! frame to frame and brought up to date by the boards that changed: a
//! region's 10,000 boards must not cost folding 10,000 titles on every frame
//! and every outside edit.
//!
//! Each board's part comes from a small function of that one board
//! ([`Same::part`], [`Widest::part`]) and is added to a tally; the tally
//! answers what depends on all of them (how many boards share a title, the
//! widest unit). Which boards changed is seen by the identity of each
//! entry's board: a board taken in anew is a new `Arc`, and the `Weak` kept
//! of each board counted keeps its address from being reused while it is
//! counted (nor can it be changed in place: `Arc::get_mut` refuses while a
//! `Weak` is held). So comparing the entries' board addresses, in order,
//! with those last seen finds every change: a pass over 10,000 addresses
//! when nothing changed, and one board's part worked out when one changed
//! (a board moving in the order only moves its count).

use std::cell::{Ref, RefCell};
use std::collections::hash_map::Entry as Slot;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Weak};

use crate::app::entry::Entry;
use tavle_core::model::Board;
use tavle_core::names::boards::Apart;
use tavle_core::names::fold;
use tavle_core::summary::Summary;

/// A value over all the boards, made of each board's part.
trait Tally {
    type Part;
    /// One board's part (`None`: a file that never parsed).
    fn part(&self, board: Option<&Board>) -> Self::Part;
    fn add(&mut self, part: &Self::Part);
    fn remove(&mut self, part: &Self::Part);
}

/// A board counted: kept alive as an address, its part, and how many
/// entries hold it (one, unless an entry was cloned).
struct Counted<P> {
    _alive: Option<Weak<Summary>>,
    part: P,
    present: usize,
}

/// A tally kept up to date with the entries.
struct Kept<T: Tally> {
    tally: T,
    /// The entries' board addresses as last seen, in their order.
    seen: Vec<usize>,
    known: HashMap<usize, Counted<T::Part>>,
}

/// An entry's board as an identity (0 for none): its summary, made anew
/// for every new version of the board shown, held in full or in brief.
fn address(e: &Entry) -> usize {
    e.summary_rc().map_or(0, |b| Arc::as_ptr(b).addr())
}

impl<T: Tally> Kept<T> {
    fn new(tally: T) -> Self {
        Kept {
            tally,
            seen: Vec::new(),
            known: HashMap::new(),
        }
    }

    /// Take in what changed in `entries` since the last look.
    fn sync(&mut self, entries: &[Entry]) {
        let Kept { tally, seen, known } = self;
        let mut dropped = Vec::new();
        let mut changed = false;
        for i in 0..entries.len().max(seen.len()) {
            let old = seen.get(i).copied();
            let new = entries.get(i);
            if old == new.map(address) {
                continue;
            }
            changed = true;
            if let Some(c) = old.and_then(|a| known.get_mut(&a)) {
                tally.remove(&c.part);
                c.present = c.present.saturating_sub(1);
                if c.present == 0 {
                    dropped.extend(old);
                }
            }
            if let Some(e) = new {
                let c = match known.entry(address(e)) {
                    Slot::Occupied(o) => o.into_mut(),
                    Slot::Vacant(v) => v.insert(Counted {
                        _alive: e.summary_rc().map(Arc::downgrade),
                        part: tally.part(e.summary().map(Summary::slim)),
                        present: 0,
                    }),
                };
                c.present += 1;
                tally.add(&c.part);
            }
        }
        for a in dropped {
            if known.get(&a).is_some_and(|c| c.present == 0) {
                known.remove(&a);
            }
        }
        if changed {
            *seen = entries.iter().map(address).collect();
        }
    }

    /// The part of `e`, a board of the entries last synced.
    fn part(&self, e: &Entry) -> Option<&T::Part> {
        self.known.get(&address(e)).map(|c| &c.part)
    }
}

/// How many boards share each title as shown in `room` cells, and each
/// title and unit (the counts of [`tavle_core::names::boards::apart_within`]).
struct Same {
    room: usize,
    titles: HashMap<String, usize>,
    units: HashMap<(String, String), usize>,
}

/// A board's title as compared in `room` cells, and its unit, folded.
type Keys = (String, Option<String>);

fn bump<K: std::hash::Hash + Eq>(map: &mut HashMap<K, usize>, key: K, up: bool) {
    if up {
        *map.entry(key).or_default() += 1;
    } else if let Slot::Occupied(mut o) = map.entry(key) {
        *o.get_mut() -= 1;
        if *o.get() == 0 {
            o.remove();
        }
    }
}

impl Same {
    fn count(&mut self, (title, unit): &Keys, up: bool) {
        bump(&mut self.titles, title.clone(), up);
        if let Some(u) = unit {
            bump(&mut self.units, (title.clone(), u.clone()), up);
        }
    }
}

impl Tally for Same {
    type Part = Keys;

    fn part(&self, board: Option<&Board>) -> Keys {
        let title = board.map_or("", |b| b.title.as_str());
        let unit = board.and_then(|b| b.unit.as_deref());
        (
            fold(&tavle_core::text::fit(title.trim(), self.room)),
            unit.map(fold),
        )
    }

    fn add(&mut self, part: &Keys) {
        self.count(part, true);
    }

    fn remove(&mut self, part: &Keys) {
        self.count(part, false);
    }
}

/// The widest of what the overview's columns hold, over all the boards.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Widths {
    /// Cells for the card counts per column (`3·0·12`): two per column.
    pub cards: usize,
    /// Cells for the indicators' sparklines, ten each less the last space.
    pub indicators: usize,
    /// Cells of the widest unit.
    pub unit: usize,
}

/// Each width's values, counted (a board let go takes its width with it).
#[derive(Default)]
struct Widest {
    cards: BTreeMap<usize, usize>,
    indicators: BTreeMap<usize, usize>,
    unit: BTreeMap<usize, usize>,
}

fn tick(map: &mut BTreeMap<usize, usize>, at: usize, up: bool) {
    if up {
        *map.entry(at).or_default() += 1;
    } else if let Some(n) = map.get_mut(&at) {
        *n -= 1;
        if *n == 0 {
            map.remove(&at);
        }
    }
}

impl Widest {
    fn count(&mut self, part: &Option<(usize, usize, Option<usize>)>, up: bool) {
        if let Some((cards, indicators, unit)) = *part {
            tick(&mut self.cards, cards, up);
            tick(&mut self.indicators, indicators, up);
            if let Some(u) = unit {
                tick(&mut self.unit, u, up);
            }
        }
    }
}

impl Tally for Widest {
    type Part = Option<(usize, usize, Option<usize>)>;

    fn part(&self, board: Option<&Board>) -> Self::Part {
        board.map(|b| {
            (
                b.columns.len() * 2,
                (b.indicators.len() * 10).saturating_sub(1),
                b.unit.as_deref().map(tavle_core::text::width),
            )
        })
    }

    fn add(&mut self, part: &Self::Part) {
        self.count(part, true);
    }

    fn remove(&mut self, part: &Self::Part) {
        self.count(part, false);
    }
}

/// How many rooms' names are kept: the overview's, the picker's and the
/// top bar's (whole titles) may all be drawn in one frame.
const ROOMS: usize = 3;

/// The values across the boards, kept (the overview's state holds one).
#[derive(Default)]
pub struct Across {
    /// Most recently used first.
    same: RefCell<Vec<Kept<Same>>>,
    widest: RefCell<Option<Kept<Widest>>>,
}

impl std::fmt::Debug for Across {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Across").finish_non_exhaustive()
    }
}

/// The names of `entries` told apart in a room, read one board at a time.
pub struct Names<'a> {
    kept: Ref<'a, Kept<Same>>,
    entries: &'a [Entry],
}

impl Across {
    /// The names of `entries` with titles shown in at most `room` cells
    /// (`None`: whole), as [`super::board_names_within`] and
    /// [`super::board_names`] give them.
    pub fn names<'a>(&'a self, entries: &'a [Entry], room: Option<usize>) -> Names<'a> {
        let room = room.unwrap_or(usize::MAX);
        {
            let mut same = self.same.borrow_mut();
            let at = same.iter().position(|k| k.tally.room == room);
            let mut kept = match at {
                Some(i) => same.remove(i),
                None => Kept::new(Same {
                    room,
                    titles: HashMap::new(),
                    units: HashMap::new(),
                }),
            };
            kept.sync(entries);
            same.insert(0, kept);
            same.truncate(ROOMS);
        }
        Names {
            kept: Ref::map(self.same.borrow(), |s| &s[0]),
            entries,
        }
    }

    /// The widest of what the overview's columns hold, over `entries`.
    pub fn widths(&self, entries: &[Entry]) -> Widths {
        let mut widest = self.widest.borrow_mut();
        let kept = widest.get_or_insert_with(|| Kept::new(Widest::default()));
        kept.sync(entries);
        let max = |m: &BTreeMap<usize, usize>| m.last_key_value().map_or(0, |(w, _)| *w);
        Widths {
            cards: max(&kept.tally.cards),
            indicators: max(&kept.tally.indicators),
            unit: max(&kept.tally.unit),
        }
    }
}

impl Names<'_> {
    /// What tells `entries[i]` apart from the boards with its title.
    pub fn apart(&self, i: usize) -> Option<Apart> {
        let e = self.entries.get(i)?;
        let (title, unit) = self.kept.part(e)?;
        let same = &self.kept.tally;
        let file = || {
            (e.path.file_name()).map_or_else(|| e.id.clone(), |n| n.to_string_lossy().into_owned())
        };
        if title.is_empty() {
            return Some(Apart::File(file()));
        }
        if same.titles.get(title).copied().unwrap_or(0) < 2 {
            return Some(Apart::Title);
        }
        let unit = unit.as_ref().filter(|u| !u.is_empty());
        let shown = e.summary().and_then(|b| b.slim().unit.as_deref());
        Some(match (unit, shown) {
            (Some(u), Some(shown))
                if same.units.get(&(title.clone(), u.clone())).copied() == Some(1) =>
            {
                Apart::Unit(shown.trim().to_string())
            }
            _ => Apart::File(file()),
        })
    }

    /// `entries[i]`'s name as shown: `(title, what tells it apart)`, as
    /// [`super::board_names`] makes it.
    pub fn get(&self, i: usize) -> Option<(String, String)> {
        let e = self.entries.get(i)?;
        let title = e.summary().map_or("", |b| b.slim().title.as_str()).trim();
        Some(match self.apart(i)? {
            Apart::Title => (title.to_string(), String::new()),
            Apart::File(f) if title.is_empty() => (f, String::new()),
            Apart::Unit(x) | Apart::File(x) => (title.to_string(), format!(" ({x})")),
        })
    }
}

#[cfg(test)]
#[path = "across_tests.rs"]
mod tests;

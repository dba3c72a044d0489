//! The boards' order and selection: which board is current, the next one
//! on Tab, the worst first, where a card can be sent up, when the screen
//! next needs to wake up, and what became of escalated copies. Part of the
//! boards' owner (see `Shared`).

use std::cmp::Ordering;
use std::path::Path;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

use super::{MISSING_GRACE, Shared};
use crate::app::entry::Entry;
use crate::i18n::Msg;
use tavle_core::model::Board;
use tavle_core::summary::Summary;

impl Shared {
    /// Make the board at `path` the current one, if it is listed.
    pub(super) fn show(&mut self, path: &Path) {
        if let Some(i) = self.entries.iter().position(|e| e.path == path) {
            self.current = i;
        }
    }

    /// Show the next (or previous) board in the overview's order.
    pub(super) fn step_board(&mut self, delta: isize) {
        let n = self.entries.len();
        if n == 0 {
            return;
        }
        self.current = (self.current as isize + delta).rem_euclid(n as isize) as usize;
    }

    /// Worst boards first (red, then overdue, then yellow), counting only what
    /// `owner` is responsible for when given; the current board stays current.
    pub fn sort_entries(&mut self, owner: &str) {
        let current = self.current;
        // Boards that do not parse go first of all: they need someone now.
        let today = self.today;
        let owner = Some(owner).filter(|o| !o.trim().is_empty());
        // Each board's counts come from its cache unless the board changed,
        // and the list is nearly in order already (one board changed): a
        // stable sort over the keys takes that in a pass or two.
        let keys: Vec<Key> = (self.entries)
            .iter_mut()
            .map(|e| match e.badness(today, owner) {
                Some(b) => rank_key(e.broken.is_none(), b),
                None => rank_key(false, (0, 0, 0)),
            })
            .collect();
        let entries = &self.entries;
        // Ties by path, compared as bytes: the boards are the files of one
        // folder, so this is the order of their file names, and it costs no
        // walk through the paths' components (10,000 boards, every change).
        let path = |i: usize| entries[i].path.as_os_str().as_encoded_bytes();
        let cmp = |a: usize, b: usize| (keys[a].cmp(&keys[b])).then_with(|| path(a).cmp(path(b)));
        // The boards whose board or key changed since the last sort go in
        // among the others, which are still in order: the tied paths of
        // 10,000 boards are not compared again for one board changed.
        let order = match self.sorted.changed(entries, &keys) {
            Some(changed) => merge_in(entries.len(), &changed, cmp),
            None => {
                let mut order: Vec<usize> = (0..entries.len()).collect();
                order.sort_by(|&a, &b| cmp(a, b));
                order
            }
        };
        permute(&mut self.entries, &order);
        self.sorted.after(&self.entries, &order, &keys);
        // The same board stays current, wherever it now stands.
        self.current = order.iter().position(|&i| i == current).unwrap_or(0);
        self.current = self.current.min(self.entries.len().saturating_sub(1));
    }

    /// The boards a card can be sent up to: every other readable board.
    pub fn other_boards(&self) -> Vec<&Entry> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(i, e)| *i != self.current && e.summary().is_some() && !e.read_only())
            .map(|(_, e)| e)
            .collect()
    }

    /// When the app next needs to wake up without an event (to end a highlight,
    /// a notice, or a missing-file grace period, or to tick the meeting clock).
    pub fn next_deadline(&self) -> Option<Instant> {
        let highlights = self
            .entries
            .iter()
            .flat_map(|e| e.highlights.values().map(|h| h.until));
        let missing = self
            .entries
            .iter()
            .filter_map(|e| e.missing_since.map(|t| t + MISSING_GRACE));
        let notice = self.notices.notice().map(|n| n.until);
        // A running meeting's countdown changes every second.
        let second = self.running().map(|_| {
            self.now
                + Duration::from_millis(
                    1000 - u64::from(self.wall.timestamp_subsec_millis().min(999)),
                )
        });
        (highlights.chain(missing).chain(notice).chain(second)).min()
    }
}

/// What the boards are sorted by: readable first, then worst first.
/// A board's place in the worst-first order, before its path breaks ties.
pub type Key = (bool, std::cmp::Reverse<(usize, usize, usize)>);

/// The [`Key`] of a board: `readable` (a board that does not parse goes
/// first of all), then the worst first by [`tavle_core::plan::badness`].
/// The start's reading order (`tui::loader`) ranks boards by it too.
pub fn rank_key(readable: bool, badness: (usize, usize, usize)) -> Key {
    (readable, std::cmp::Reverse(badness))
}

/// More boards changed than this since the last sort: sort them all.
const FEW: usize = 32;

/// The entries as last sorted: each one's board (held weakly, so its
/// address is not reused while held) and the key it was sorted by.
#[derive(Debug, Default)]
pub struct Sorted(Vec<(Option<Weak<Summary>>, Key)>);

impl Sorted {
    /// The entries that are not where the last sort left them with the
    /// same board and key (a file not read is always counted changed), in
    /// their order; `None` when there are more than [`FEW`] or the number
    /// of entries changed.
    fn changed(&self, entries: &[Entry], keys: &[Key]) -> Option<Vec<usize>> {
        if self.0.len() != entries.len() {
            return None;
        }
        let mut changed = Vec::new();
        for (i, (e, (was, key))) in entries.iter().zip(&self.0).enumerate() {
            let same = match (e.summary_rc(), was) {
                (Some(b), Some(w)) => std::ptr::eq(w.as_ptr(), Arc::as_ptr(b)),
                _ => false,
            };
            if !same || keys.get(i) != Some(key) {
                changed.push(i);
                if changed.len() > FEW {
                    return None;
                }
            }
        }
        Some(changed)
    }

    /// Take note of the order made: `entries` are sorted now, `order[i]`
    /// the index before of the one at `i`. What was noted of a board that
    /// kept its place in the list is moved along, not made again (making
    /// a `Weak` touches the board's allocation: 10,000 of them).
    fn after(&mut self, entries: &[Entry], order: &[usize], keys: &[Key]) {
        let mut before: Vec<Option<(Option<Weak<Summary>>, Key)>> =
            std::mem::take(&mut self.0).into_iter().map(Some).collect();
        self.0 = (entries.iter().zip(order))
            .map(|(e, &i)| {
                let key = keys
                    .get(i)
                    .copied()
                    .unwrap_or((false, std::cmp::Reverse((0, 0, 0))));
                match before.get_mut(i).and_then(Option::take) {
                    Some((Some(w), k))
                        if k == key
                            && e.summary_rc()
                                .is_some_and(|b| std::ptr::eq(w.as_ptr(), Arc::as_ptr(b))) =>
                    {
                        (Some(w), key)
                    }
                    _ => (e.summary_rc().map(Arc::downgrade), key),
                }
            })
            .collect();
    }
}

/// The order of `0..n` when the indices `changed` go in among the others,
/// which are in order already: each by a binary search.
fn merge_in(n: usize, changed: &[usize], cmp: impl Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut moved = changed.to_vec();
    moved.sort_by(|&a, &b| cmp(a, b));
    let mut is_moved = vec![false; n];
    for &i in changed {
        if let Some(m) = is_moved.get_mut(i) {
            *m = true;
        }
    }
    let kept: Vec<usize> = (0..n).filter(|&i| !is_moved[i]).collect();
    let mut order = Vec::with_capacity(n);
    let mut from = 0;
    for x in moved {
        let at = from + kept[from..].partition_point(|&k| cmp(k, x) == Ordering::Less);
        order.extend_from_slice(&kept[from..at]);
        order.push(x);
        from = at;
    }
    order.extend_from_slice(&kept[from..]);
    order
}

/// Put `items` in `order` (`order[i]`: the index of the item to stand at
/// `i`), in place: one board moved among 10,000 swaps the boards between its
/// old and its new place, not the whole list taken apart and put together.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len().min(items.len()) {
        if done[start] {
            continue;
        }
        // Follow the cycle through `start`: each place takes the item that
        // goes there, the one it held moves on along the cycle.
        let mut at = start;
        loop {
            done[at] = true;
            let from = order[at];
            if from == start || from >= items.len() || done[from] {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

impl Shared {
    /// Take a look at every escalated copy; with `announce`, say which were
    /// finished or archived since the last look (someone else did it, on the
    /// board above). The first look only takes note.
    pub fn watch_links(&mut self, announce: bool) {
        let (boards, from): (Vec<(&str, &Board)>, Vec<bool>) = (self.entries.iter())
            .filter_map(|e| Some(((e.id.as_str(), e.linked()?), e.sends_up())))
            .unzip();
        let from = (from.iter().enumerate()).filter_map(|(i, up)| up.then_some(i));
        let news = self.links.look(&boards, from, announce);
        if let Some(c) = news {
            let msg = crate::i18n::LinkMsg::Closed {
                title: c.title.clone(),
                board: crate::app::links::board_name(self, &c.copy.0),
                origin: crate::app::links::board_name(self, &c.origin.0),
                state: c.state,
            };
            self.notify(Msg::Link(msg), false);
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// `merge_in` gives the order a full sort gives, when the boards not
        /// changed are in order: the changed ones get new keys anywhere.
        #[test]
        fn merge_in_is_a_full_sort(
            mut keys in prop::collection::vec(0..8u8, 1..60),
            changes in prop::collection::vec((any::<prop::sample::Index>(), 0..8u8), 0..6),
        ) {
            keys.sort();
            let mut changed = Vec::new();
            for (at, key) in changes {
                let i = at.index(keys.len());
                keys[i] = key;
                if !changed.contains(&i) {
                    changed.push(i);
                }
            }
            changed.sort();
            // Ties by index, as the boards' by path.
            let cmp = |a: usize, b: usize| keys[a].cmp(&keys[b]).then(a.cmp(&b));
            let mut want: Vec<usize> = (0..keys.len()).collect();
            want.sort_by(|&a, &b| cmp(a, b));
            prop_assert_eq!(super::merge_in(keys.len(), &changed, cmp), want);
        }

        /// `permute` puts each item where the order says, as building a
        /// new list from the order does.
        #[test]
        fn permute_puts_items_in_the_order(keys in prop::collection::vec(0..6u8, 0..40)) {
            let mut order: Vec<usize> = (0..keys.len()).collect();
            order.sort_by_key(|&i| keys[i]);
            let want: Vec<(u8, usize)> = order.iter().map(|&i| (keys[i], i)).collect();
            let mut items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            super::permute(&mut items, &order);
            prop_assert_eq!(items, want);
        }
    }
}

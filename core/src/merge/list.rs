//! Merging a list of elements by key (cards by id, values by date, …): which
//! elements the result holds, and in which order.
//!
//! Pure. The rules for one kind of element (what to do with an element only one
//! side has, how two versions of it merge) come in as [`Rules`]; this module
//! only decides membership and order, and never looks inside an element.
//!
//! # Order
//! The order must not depend on which side is `board` and which is `copy`, so
//! that merging either way gives one board. The rule:
//! 1. The elements both sides have keep the order both sides agree on. If the
//!    sides disagree and the base is known, an element counts as *moved* on a side
//!    when it is not in a longest common subsequence of the base order and that
//!    side's order. Elements neither side moved keep the base order; a moved
//!    element goes with the side that moved it, as an addition does (step 2).
//!    When both sides moved the same element, or there is no base, the order of
//!    the shared elements is one conflict (`field` = the list), except:
//!    - for lists whose order only follows time (decisions, values,
//!      corrections, unknown keys), the lexicographically smaller order of
//!      keys is taken;
//!    - for cards, an order alone is never asked (a card's column is a field
//!      of its own, asked when it differs): the order of the side that edited
//!      last one of the cards whose neighbours differ between the two orders
//!      is taken (a move stamps the card's `updated`), and on equal times the
//!      lexicographically smaller order of ids. Either way the result does not
//!      depend on which side is `board`.
//! 2. An element in the result that only one side placed (added, moved, or kept
//!    from one side) goes right after the nearest element before it, in that
//!    side's list, that is already placed by step 1; elements with no such
//!    element go first.
//! 3. Where elements from both sides (or the base) land at the same place, their
//!    runs are interleaved by a time key (creation time, date) and then by their
//!    JSON text, which is the same whichever side they came from.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::cx::{Cx, text};
use super::{Path, Side};

/// How to merge one kind of element.
pub(super) trait Rules<T> {
    /// Where a disagreement about the order is reported.
    fn at(&self) -> Path;
    /// Whether such a disagreement is a conflict to ask about.
    fn ask_order(&self) -> bool;
    /// When an element was last edited (a sortable time), for a list whose
    /// order is not asked: the side that edited last settles it.
    fn edited(&self, _x: &T) -> Option<String> {
        None
    }
    /// The identity of an element within its list.
    fn key(&self, x: &T) -> String;
    /// A time key: elements placed at the same spot are interleaved by it.
    fn tie(&self, x: &T) -> String;
    /// Merge the two sides' versions of one element (with its base, if known).
    fn both(&self, cx: &mut Cx<'_>, base: Option<&T>, board: &T, copy: &T) -> T;
    /// An element only `side` has; the base's version, if it had one.
    fn one(&self, cx: &mut Cx<'_>, base: Option<&T>, x: &T, side: Side) -> Option<T>;
    /// An element only the base has (removed on both sides).
    fn base_only(&self, cx: &mut Cx<'_>, base: &T) -> Option<T>;
}

/// Who places an element in the result's order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Shared,
    Board,
    Copy,
    Base,
}

/// Merge `board` and `copy` (and their base list, if known).
pub(super) fn merge<T: Clone + Serialize>(
    cx: &mut Cx<'_>,
    r: &impl Rules<T>,
    base: Option<&[T]>,
    board: &[T],
    copy: &[T],
) -> Vec<T> {
    let kb = keys(board, r);
    let kc = keys(copy, r);
    let ko = base.map(|b| keys(b, r)).unwrap_or_default();
    let index = |ks: &[String]| -> HashMap<String, usize> {
        ks.iter().enumerate().map(|(i, k)| (k.clone(), i)).collect()
    };
    let (ib, ic, io) = (index(&kb), index(&kc), index(&ko));

    // Which elements the result holds, visited in the board's order first so
    // that conflicts come in the order the user sees the board.
    let mut seen = HashSet::new();
    let visit: Vec<&String> = kb
        .iter()
        .chain(&kc)
        .chain(&ko)
        .filter(|k| seen.insert(*k))
        .collect();
    let mut merged: HashMap<&str, (T, Owner)> = HashMap::new();
    for k in visit {
        let o = io.get(k).and_then(|&i| base.map(|b| &b[i]));
        let entry = match (ib.get(k).map(|&i| &board[i]), ic.get(k).map(|&i| &copy[i])) {
            (Some(a), Some(b)) => Some((r.both(cx, o, a, b), Owner::Shared)),
            (Some(a), None) => r.one(cx, o, a, Side::Board).map(|v| (v, Owner::Board)),
            (None, Some(b)) => r.one(cx, o, b, Side::Copy).map(|v| (v, Owner::Copy)),
            (None, None) => o.and_then(|o| r.base_only(cx, o)).map(|v| (v, Owner::Base)),
        };
        if let Some(e) = entry {
            merged.insert(k.as_str(), e);
        }
    }

    let edited = |list: &[T], ks: &[String]| -> HashMap<String, String> {
        (ks.iter().zip(list))
            .filter_map(|(k, x)| Some((k.clone(), r.edited(x)?)))
            .collect()
    };
    let times = [edited(board, &kb), edited(copy, &kc)];
    let order = order(cx, r, base.is_some(), [&kb, &kc, &ko], &times, &mut merged);
    order
        .into_iter()
        .filter_map(|k| merged.remove(k).map(|(v, _)| v))
        .collect()
}

/// The keys of a list; a key repeated in a hand-edited file gets a suffix (U+0000, count) so
/// no element is lost, and a U+0000 in a key is doubled: `k1\u{0}2` is never a second `k1`.
fn keys<T>(list: &[T], r: &impl Rules<T>) -> Vec<String> {
    let mut count: HashMap<String, usize> = HashMap::new();
    list.iter()
        .map(|x| {
            let k = r.key(x).replace('\u{0}', "\u{0}\u{0}");
            let n = count.entry(k.clone()).or_default();
            *n += 1;
            if *n == 1 { k } else { format!("{k}\u{0}{n}") }
        })
        .collect()
}

/// The merged order of the keys in `merged` (see the module doc). May turn
/// shared elements into one side's, when that side moved them.
fn order<'k, T: Serialize>(
    cx: &mut Cx<'_>,
    r: &impl Rules<T>,
    three_way: bool,
    [kb, kc, ko]: [&'k Vec<String>; 3],
    [eb, ec]: &[HashMap<String, String>; 2],
    merged: &mut HashMap<&'k str, (T, Owner)>,
) -> Vec<&'k str> {
    let shared = |ks: &'k [String], merged: &HashMap<&'k str, (T, Owner)>| -> Vec<&'k str> {
        let keep = |k: &&str| merged.get(k).is_some_and(|e| e.1 == Owner::Shared);
        ks.iter().map(String::as_str).filter(keep).collect()
    };
    let (sb, sc) = (shared(kb, merged), shared(kc, merged));
    let skeleton: Vec<&str> = if sb == sc {
        sb
    } else {
        let in_base: HashSet<&str> = ko.iter().map(String::as_str).collect();
        let in_shared: HashSet<&str> = sb.iter().copied().collect();
        let so: Vec<&str> = ko
            .iter()
            .map(String::as_str)
            .filter(|k| in_shared.contains(k))
            .collect();
        let moves = (three_way && sb.iter().all(|k| in_base.contains(k))).then(|| {
            let (lb, lc) = (lcs(&so, &sb), lcs(&so, &sc));
            (lb, lc)
        });
        match moves {
            Some((lb, lc)) if sb.iter().all(|k| lb.contains(k) || lc.contains(k)) => {
                for k in &sb {
                    let owner = if !lb.contains(k) {
                        Owner::Board
                    } else if !lc.contains(k) {
                        Owner::Copy
                    } else {
                        continue;
                    };
                    if let Some(e) = merged.get_mut(k) {
                        e.1 = owner;
                    }
                }
                so.into_iter()
                    .filter(|k| lb.contains(k) && lc.contains(k))
                    .collect()
            }
            _ if r.ask_order() => {
                let base = three_way.then_some(&so);
                match cx.ask(r.at(), base, &sb, &sc) {
                    Side::Board => sb,
                    Side::Copy => sc,
                }
            }
            _ => match later(&sb, &sc, eb, ec) {
                std::cmp::Ordering::Greater => sb,
                std::cmp::Ordering::Less => sc,
                std::cmp::Ordering::Equal => sb.min(sc),
            },
        }
    };

    // Runs of elements placed by one side, after the skeleton element before them.
    let placed: HashSet<&str> = skeleton.iter().copied().collect();
    let mut runs: HashMap<Option<&str>, [Vec<&str>; 3]> = HashMap::new();
    for (side, (list, owner)) in [(kb, Owner::Board), (kc, Owner::Copy), (ko, Owner::Base)]
        .into_iter()
        .enumerate()
    {
        let mut anchor = None;
        for k in list.iter().map(String::as_str) {
            if placed.contains(k) {
                anchor = Some(k);
            } else if merged.get(k).is_some_and(|e| e.1 == owner) {
                runs.entry(anchor).or_default()[side].push(k);
            }
        }
    }
    let sort_key = |k: &str| {
        merged
            .get(k)
            .map(|(v, _)| (r.tie(v), text(v)))
            .unwrap_or_default()
    };
    let mut out = Vec::with_capacity(merged.len());
    for anchor in std::iter::once(None).chain(skeleton.iter().map(|k| Some(*k))) {
        if let Some(k) = anchor {
            out.push(k);
        }
        if let Some(rs) = runs.remove(&anchor) {
            out.extend(interleave(rs, &sort_key));
        }
    }
    out
}

/// Which of two orders of the same keys was edited later: the latest edit
/// time (`eb` for `sb`, `ec` for `sc`) among the keys whose neighbours
/// differ between the orders — the moved elements and where they left and
/// landed. Symmetric: swapping the sides reverses the answer.
fn later(
    sb: &[&str],
    sc: &[&str],
    eb: &HashMap<String, String>,
    ec: &HashMap<String, String>,
) -> std::cmp::Ordering {
    fn around<'s>(s: &[&'s str], k: &str) -> (Option<&'s str>, Option<&'s str>) {
        let i = s.iter().position(|x| *x == k);
        let before = i.and_then(|i| i.checked_sub(1)).map(|j| s[j]);
        let after = i.and_then(|i| s.get(i + 1)).copied();
        (before, after)
    }
    let differ: Vec<&str> = (sb.iter().copied())
        .filter(|k| around(sb, k) != around(sc, k))
        .collect();
    let last = |e: &HashMap<String, String>| -> Option<String> {
        differ.iter().filter_map(|k| e.get(*k)).max().cloned()
    };
    last(eb).cmp(&last(ec))
}

/// Merge runs by repeatedly taking the head with the smallest sort key, so the
/// result does not depend on which run came from which side.
fn interleave<'k>(
    runs: [Vec<&'k str>; 3],
    sort_key: &dyn Fn(&str) -> (String, String),
) -> Vec<&'k str> {
    let keyed = runs.map(|r| r.into_iter().map(|k| (k, sort_key(k))).collect::<Vec<_>>());
    let mut at = [0usize; 3];
    let mut out = Vec::new();
    while let Some(r) = (0..3)
        .filter(|&r| at[r] < keyed[r].len())
        .min_by(|&x, &y| keyed[x][at[x]].1.cmp(&keyed[y][at[y]].1))
    {
        out.push(keyed[r][at[r]].0);
        at[r] += 1;
    }
    out
}

/// The elements of one longest common subsequence of `a` and `b`.
fn lcs<'k>(a: &[&'k str], b: &[&'k str]) -> HashSet<&'k str> {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out: HashSet<&str> = a[..pre]
        .iter()
        .chain(&a[a.len() - suf..])
        .copied()
        .collect();
    let (a, b) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let w = b.len() + 1;
    // t[i * w + j]: the length of a longest common subsequence of a[i..] and b[j..].
    let mut t = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i * w + j] = if a[i] == b[j] {
                t[(i + 1) * w + j + 1] + 1
            } else {
                t[(i + 1) * w + j].max(t[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.insert(a[i]);
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod lcs_tests {
    use super::lcs;

    /// `got` is a common subsequence of `a` and `b`: the keys of each, kept
    /// in their order, are the same list.
    fn common(a: &[&str], b: &[&str], got: &std::collections::HashSet<&str>) -> bool {
        let keep = |s: &[&str]| -> Vec<String> {
            s.iter()
                .filter(|k| got.contains(**k))
                .map(|k| k.to_string())
                .collect()
        };
        keep(a) == keep(b) && keep(a).len() == got.len()
    }

    /// Pairs whose longest common subsequence has a length counted by hand;
    /// the ends differ, so no common prefix or suffix is cut off and the
    /// table decides.
    #[test]
    fn the_longest_common_subsequence_is_found_through_the_table() {
        let cases: [(&[&str], &[&str], usize); 8] = [
            // One moved to the end: b, c, d keep their order.
            (&["a", "b", "c", "d"], &["b", "c", "d", "a"], 3),
            // One moved to the front: a, b, c.
            (&["a", "b", "c", "d"], &["d", "a", "b", "c"], 3),
            // a, c / b, c / b, d: two.
            (&["a", "b", "c", "d"], &["b", "d", "a", "c"], 2),
            // a, b, f / a, b, d / c, e, f: three, none longer.
            (
                &["a", "b", "c", "d", "e", "f"],
                &["c", "e", "a", "b", "f", "d"],
                3,
            ),
            // The longer run, a b c, over the earlier p q.
            (
                &["p", "q", "a", "b", "c", "r"],
                &["r", "a", "b", "c", "p", "q"],
                3,
            ),
            // a, c, d / a, b, d: three.
            (&["a", "b", "c", "d", "e"], &["e", "a", "c", "b", "d"], 3),
            // b, c, d: three.
            (&["a", "b", "c", "d", "e"], &["b", "e", "c", "a", "d"], 3),
            // Reversed: one key.
            (&["a", "b", "c"], &["c", "b", "a"], 1),
        ];
        for (a, b, len) in cases {
            let got = lcs(a, b);
            assert_eq!(got.len(), len, "{a:?} {b:?}: {got:?}");
            assert!(common(a, b, &got), "{a:?} {b:?}: {got:?}");
        }
    }
}

//! Ids that collide, and counting what the copy added.
//!
//! Two machines apart both add "the next card", so both may write a `k17` that
//! are different cards. Before merging, such a card of the copy gets a fresh id
//! and the copy's references to it move along; the same for decisions,
//! routines, risks, deviations and wheel events (made on screen with the
//! next free id, like cards). Pure.

use std::collections::{BTreeMap, HashSet};

use super::cx::text;
use super::{Added, Element, Renamed};
use crate::model::{Board, Card, Decision, Indicator};

/// Give the copy's colliding cards and decisions fresh ids; report each.
///
/// Two elements with one id are different when the base does not have the id
/// (both sides added it; always so without a base) and they are not the same
/// in every field but bookkeeping: an id alone never makes two elements one, whatever
/// their creation times say (two `card add` on two machines both make `k17`,
/// in the same second or with no time at all). So without a common ancestor
/// a card edited on both sides is kept twice rather than one side's edits
/// lost; the user archives the one not wanted. Fresh ids
/// are `prefix` + one more than the largest number in use with that prefix on any
/// of the three boards, handed out in the order of the old ids, so they do not
/// depend on which side is the copy.
pub(super) fn split_collisions(
    base: Option<&Board>,
    board: &Board,
    copy: &mut Board,
) -> Vec<Renamed> {
    let mut renamed = Vec::new();
    let all = |f: fn(&Board) -> Vec<&str>| -> HashSet<String> {
        base.into_iter()
            .chain([board, &*copy])
            .flat_map(f)
            .map(str::to_string)
            .collect()
    };
    let mut cards = all(|b| b.cards.iter().map(|c| c.id.as_str()).collect());
    let mut decisions = all(|b| b.decisions.iter().map(|d| d.id.as_str()).collect());
    let mut routines = all(|b| b.routines.iter().map(|r| r.id.as_str()).collect());

    let collided = colliding(
        &copy.cards,
        &board.cards,
        |c| &c.id,
        card_content,
        |id| base.is_some_and(|o| o.card(id).is_some()),
    );
    for (old, at) in collided {
        let new = fresh(&old, &mut cards);
        if let Some(c) = copy.cards.get_mut(at) {
            c.id.clone_from(&new);
        }
        // The copy's decisions about it follow it, but not one the board has
        // too (the same decision, about the card as both sides had it).
        for d in &mut copy.decisions {
            let shared = board
                .decisions
                .iter()
                .any(|b| b.id == d.id && decision_content(b) == decision_content(d));
            if d.card.as_deref() == Some(old.as_str()) && !shared {
                d.card = Some(new.clone());
            }
        }
        // So do its routines, but not one the board has as it is.
        for r in &mut copy.routines {
            let shared = board.routine(&r.id).is_some_and(|b| b == &*r);
            if r.card.as_deref() == Some(old.as_str()) && !shared {
                r.card = Some(new.clone());
            }
        }
        // And the operations board's links to it, unless the element is
        // one the board has as it is.
        for r in &mut copy.risks {
            let shared = board.risk(&r.id).is_some_and(|b| b == &*r);
            if r.card.as_deref() == Some(old.as_str()) && !shared {
                r.card = Some(new.clone());
            }
        }
        for d in &mut copy.deviations {
            let shared = board.deviation(&d.id).is_some_and(|b| b == &*d);
            if d.card.as_deref() == Some(old.as_str()) && !shared {
                d.card = Some(new.clone());
            }
        }
        for e in &mut copy.wheel {
            let shared = board.event(&e.id).is_some_and(|b| b == &*e);
            for m in e.made.iter_mut().filter(|m| m.card == old && !shared) {
                m.card.clone_from(&new);
            }
        }
        renamed.push(Renamed {
            element: Element::Card(new),
            from: old,
        });
    }

    let collided = colliding(
        &copy.decisions,
        &board.decisions,
        |d| &d.id,
        decision_content,
        |id| base.is_some_and(|o| o.decisions.iter().any(|d| d.id == id)),
    );
    for (old, at) in collided {
        let new = fresh(&old, &mut decisions);
        if let Some(d) = copy.decisions.get_mut(at) {
            d.id.clone_from(&new);
        }
        renamed.push(Renamed {
            element: Element::Decision(new),
            from: old,
        });
    }

    // A routine is all content: two with one id are one when equal.
    let collided = colliding(
        &copy.routines,
        &board.routines,
        |r| &r.id,
        text,
        |id| base.is_some_and(|o| o.routine(id).is_some()),
    );
    for (old, at) in collided {
        let new = fresh(&old, &mut routines);
        if let Some(r) = copy.routines.get_mut(at) {
            r.id.clone_from(&new);
        }
        renamed.push(Renamed {
            element: Element::Routine(new),
            from: old,
        });
    }
    super::operations::split_collisions(base, board, copy, &mut renamed);
    renamed
}

/// A card's content, for telling two cards with one id apart: everything but
/// the bookkeeping of its last edit (`updated`, `updated_by`), which the
/// merge settles by itself. Its creation time is content: two cards made at
/// different times are different cards.
fn card_content(c: &Card) -> String {
    text(&Card {
        updated: None,
        updated_by: None,
        ..c.clone()
    })
}

/// A decision's identity: when and by whom it was made and what it first
/// said (the earliest wording its corrections keep, else its text). A
/// decision corrected on one side (new wording, owner or due, each earlier
/// one kept in `corrections`), followed up or tied to another card is the
/// same decision; one that was made with other words is another.
fn decision_content(d: &Decision) -> String {
    let first = d.corrections.first().map_or(&d.text, |c| &c.text);
    text(&(&d.at, &d.by, first))
}

/// The copy's elements that are different elements from the board's of the
/// same id: not in the base, and equal in every field (`content`) to none of
/// the board's elements with that id. Each as its id and its place in `copy`,
/// sorted by id (so fresh ids do not depend on the order of the copy), then
/// by place; each gets a fresh id of its own. Comparing with each of the board's elements with the id, not
/// only the first, keeps a hand-edited file that repeats an id whole when it
/// meets itself: its second `k1` is the board's second `k1`, not a new card.
pub(super) fn colliding<T>(
    copy: &[T],
    board: &[T],
    id: fn(&T) -> &str,
    content: impl Fn(&T) -> String,
    in_base: impl Fn(&str) -> bool,
) -> Vec<(String, usize)> {
    let mut out: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, x) in copy.iter().enumerate() {
        let k = id(x);
        if in_base(k) {
            continue;
        }
        let mut theirs = board.iter().filter(|b| id(b) == k).map(&content).peekable();
        if theirs.peek().is_none() {
            continue;
        }
        let mine = content(x);
        if theirs.all(|t| t != mine) {
            out.entry(k.to_string()).or_default().push(i);
        }
    }
    (out.into_iter())
        .flat_map(|(k, at)| at.into_iter().map(move |i| (k.clone(), i)))
        .collect()
}

/// A new id like `old`: its non-digit prefix and one more than the largest
/// number used with that prefix. The new id is added to `used`.
pub(super) fn fresh(old: &str, used: &mut HashSet<String>) -> String {
    let prefix = old.trim_end_matches(|c: char| c.is_ascii_digit());
    let max = used
        .iter()
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    let id = format!("{prefix}{}", max.saturating_add(1));
    used.insert(id.clone());
    id
}

/// What the merged board has from the copy that the board did not have.
pub(super) fn added(board: &Board, copy: &Board, merged: &Board) -> Added {
    let new = |keys: fn(&Board) -> Vec<String>| {
        let (b, c): (HashSet<String>, HashSet<String>) = (
            keys(board).into_iter().collect(),
            keys(copy).into_iter().collect(),
        );
        keys(merged)
            .iter()
            .filter(|k| !b.contains(*k) && c.contains(*k))
            .count()
    };
    Added {
        columns: new(|b| b.columns.iter().map(|c| c.id.clone()).collect()),
        cards: new(|b| b.cards.iter().map(|c| c.id.clone()).collect()),
        goals: new(|b| b.goals.iter().map(|g| g.id.clone()).collect()),
        indicators: new(|b| b.indicators.iter().map(|i| i.id.clone()).collect()),
        values: new(|b| {
            let value = |i: &Indicator| {
                i.values
                    .iter()
                    .map(|v| format!("{}\0{}", i.id, v.date))
                    .collect::<Vec<_>>()
            };
            b.indicators.iter().flat_map(value).collect()
        }),
        decisions: new(|b| b.decisions.iter().map(|d| d.id.clone()).collect()),
        routines: new(|b| b.routines.iter().map(|r| r.id.clone()).collect()),
        corrections: new(|b| {
            let each = |d: &Decision| {
                d.corrections
                    .iter()
                    .map(|c| format!("{}\0{}", d.id, text(c)))
                    .collect::<Vec<_>>()
            };
            b.decisions.iter().flat_map(each).collect()
        }),
    }
}

//! Counting each measure once across the organisation. A card sent up to
//! another board (tiered huddles) is copied there with `escalated_from`
//! naming the original: one measure, two cards. Each board's own counts
//! keep every card it shows; the organisation's total leaves out a copy
//! whose original is counted in the same report, so the measure is counted
//! once, at its origin. The one rule the report and the overview count by.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::model::{Board, Card};
use crate::plan::{self, Counts};

/// A card of a board, by the board's id and the card's id.
pub type Key = (String, String);

/// The organisation's counts over a set of boards.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Organisation {
    /// Each board's own counts ([`plan::counts`]), in the order given.
    pub boards: Vec<Counts>,
    /// Of each board's counts, the copies left out of [`Organisation::total`].
    pub copies: Vec<Counts>,
    /// Every measure once: the sum of `boards` less the sum of `copies`.
    pub total: Counts,
    /// The cards left out of the total, by board id and card id.
    pub left_out: HashSet<Key>,
}

/// Add one card's status to `c` as [`plan::counts`] does.
pub(super) fn add(c: &mut Counts, s: &plan::Status) {
    if s.done {
        c.done += 1;
        return;
    }
    if s.overdue {
        c.overdue += 1;
    }
    match s.light {
        Some(crate::model::Light::Red) => c.red += 1,
        Some(crate::model::Light::Yellow) => c.yellow += 1,
        Some(crate::model::Light::Green) => c.green += 1,
        None => c.none += 1,
    }
}

/// `a` less `b`.
pub(super) fn sub(a: Counts, b: Counts) -> Counts {
    Counts {
        red: a.red - b.red,
        yellow: a.yellow - b.yellow,
        green: a.green - b.green,
        none: a.none - b.none,
        done: a.done - b.done,
        overdue: a.overdue - b.overdue,
    }
}

/// The sum of two counts.
pub(super) fn plus(a: Counts, b: Counts) -> Counts {
    Counts {
        red: a.red + b.red,
        yellow: a.yellow + b.yellow,
        green: a.green + b.green,
        none: a.none + b.none,
        done: a.done + b.done,
        overdue: a.overdue + b.overdue,
    }
}

/// The cards counted on their boards (not archived; the owner's, with one),
/// by board id and card id.
fn counted<'b>(boards: &[(&str, &'b Board)], owner: Option<&str>) -> HashMap<Key, &'b Card> {
    let mut out = HashMap::new();
    for (id, b) in boards {
        for c in b
            .cards
            .iter()
            .filter(|c| !c.archived && plan::owner_matches(c, owner))
        {
            // Two cards with one id on a board: `tavle check` reports it; the
            // first is the one the board finds.
            out.entry((id.to_string(), c.id.clone())).or_insert(c);
        }
    }
    out
}

/// The counted cards that are copies of a card counted in the same report:
/// left out of the total. A copy of a copy is left out too (its origin is
/// counted on its board, though not in the total), so a measure sent up two
/// tiers is counted once, at the bottom. Copies that name each other in a
/// ring (a hand-edited file) keep the one with the smallest board and card
/// id, so the measure is still counted once.
pub fn left_out(boards: &[(&str, &Board)], owner: Option<&str>) -> HashSet<Key> {
    let cards = counted(boards, owner);
    let origin = |k: &Key| -> Option<Key> {
        let from = cards.get(k)?.escalated_from.as_ref()?;
        let o = (from.board.clone(), from.card.clone());
        cards.contains_key(&o).then_some(o)
    };
    let mut out = HashSet::new();
    for k in cards.keys() {
        if origin(k).is_none() {
            continue;
        }
        // Walk to the root; a walk that comes back to `k` is a ring.
        let mut seen = vec![k.clone()];
        let mut cur = k.clone();
        let mut ring = false;
        while let Some(o) = origin(&cur) {
            if o == *k {
                ring = true;
                break;
            }
            if seen.contains(&o) {
                break;
            }
            seen.push(o.clone());
            cur = o;
        }
        let keeps = ring && seen.iter().min() == Some(k);
        if !keeps {
            out.insert(k.clone());
        }
    }
    out
}

/// The counts of `boards` (each with its id) for `today`, with `owner`'s
/// cards only when given: each board's own, and the organisation's with
/// each measure once ([`left_out`]).
pub fn organisation(
    boards: &[(&str, &Board)],
    today: NaiveDate,
    owner: Option<&str>,
) -> Organisation {
    let left_out = left_out(boards, owner);
    let mut org = Organisation::default();
    for (id, b) in boards {
        let own = plan::counts(b, today, owner);
        let mut copies = Counts::default();
        for c in b
            .cards
            .iter()
            .filter(|c| !c.archived && plan::owner_matches(c, owner))
            .filter(|c| left_out.contains(&(id.to_string(), c.id.clone())))
        {
            add(&mut copies, &plan::card_status(b, c, today));
        }
        org.total = plus(org.total, sub(own, copies));
        org.boards.push(own);
        org.copies.push(copies);
    }
    org.left_out = left_out;
    org
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(cards: &str) -> Board {
        let text = format!(
            r#"{{"tavle":1,"title":"T","kind":"drift",
              "columns":[{{"id":"a","title":"A"}},{{"id":"f","title":"F","done":true}}],
              "cards":[{cards}]}}"#
        );
        crate::analyze::analyze_text(&text).0.unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn a_copy_is_counted_once_at_its_origin() {
        let unit = board(
            r#"{"id":"k1","title":"Fall","column":"a","light":"red","escalated_to":{"board":"top","card":"t1"}},
               {"id":"k2","title":"Eget","column":"a","light":"green"}"#,
        );
        let top = board(
            r#"{"id":"t1","title":"Fall","column":"a","light":"yellow","escalated_from":{"board":"unit","card":"k1"}},
               {"id":"t2","title":"Kopi av en som er borte","column":"a","light":"red","escalated_from":{"board":"unit","card":"k9"}}"#,
        );
        let org = organisation(&[("unit", &unit), ("top", &top)], today(), None);
        // Each board shows its own cards.
        assert_eq!((org.boards[1].yellow, org.boards[1].red), (1, 1));
        // t1 is left out of the total; t2's origin is not in the report.
        assert_eq!(org.copies[1].yellow, 1);
        assert_eq!(org.copies[1].red, 0);
        assert_eq!(
            (org.total.red, org.total.yellow, org.total.green),
            (2, 0, 1)
        );
        assert_eq!(
            org.left_out,
            HashSet::from([("top".to_string(), "t1".to_string())])
        );
        // Without the origin's board in the report the copy counts.
        let alone = organisation(&[("top", &top)], today(), None);
        assert_eq!((alone.total.red, alone.total.yellow), (1, 1));
    }

    #[test]
    fn two_tiers_and_a_ring_still_count_once() {
        let a = board(r#"{"id":"a1","title":"X","column":"a","light":"red"}"#);
        let b = board(
            r#"{"id":"b1","title":"X","column":"a","light":"red","escalated_from":{"board":"a","card":"a1"}}"#,
        );
        let c = board(
            r#"{"id":"c1","title":"X","column":"a","light":"red","escalated_from":{"board":"b","card":"b1"}}"#,
        );
        let org = organisation(&[("a", &a), ("b", &b), ("c", &c)], today(), None);
        assert_eq!(org.total.red, 1);
        assert_eq!(org.left_out.len(), 2);
        // A ring of two copies naming each other: one of them counts.
        let x = board(
            r#"{"id":"x1","title":"R","column":"a","light":"red","escalated_from":{"board":"y","card":"y1"}}"#,
        );
        let y = board(
            r#"{"id":"y1","title":"R","column":"a","light":"red","escalated_from":{"board":"x","card":"x1"}}"#,
        );
        let org = organisation(&[("x", &x), ("y", &y)], today(), None);
        assert_eq!(org.total.red, 1);
        assert_eq!(
            org.left_out,
            HashSet::from([("y".to_string(), "y1".to_string())])
        );
    }

    #[test]
    fn with_an_owner_a_copy_of_someone_elses_card_counts() {
        let a = board(r#"{"id":"a1","title":"X","column":"a","owner":"Ola","light":"red"}"#);
        let b = board(
            r#"{"id":"b1","title":"X","column":"a","owner":"Kari","light":"red","escalated_from":{"board":"a","card":"a1"}}"#,
        );
        let boards = [("a", &a), ("b", &b)];
        assert_eq!(organisation(&boards, today(), Some("kari")).total.red, 1);
        assert_eq!(organisation(&boards, today(), None).total.red, 1);
        assert_eq!(organisation(&boards, today(), Some("ola")).total.red, 1);
    }
}

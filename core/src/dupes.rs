//! Cards and decisions that share an id in one board file — what a clean
//! `git merge` of two `card add` on two clones leaves, or a hand edit — and
//! giving each but the first a fresh id, keeping what refers to them right.
//!
//! While a board has such ids it is opened read-only: every edit names a
//! card or a decision by its id, so a key press on one could reach the
//! other. `tavle check --fix` (and `tavle fmt`) renumber them.
//!
//! Pure: a board in, the ids (or the renumbering) out.

use std::collections::HashSet;

use crate::model::Board;

/// The ids more than one card or decision of `board` has, cards first, each
/// once, in file order.
pub fn duplicate_ids(board: &Board) -> Vec<String> {
    let mut out = Vec::new();
    for ids in [
        board
            .cards
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        board.decisions.iter().map(|d| d.id.as_str()).collect(),
    ] {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) && !out.iter().any(|o: &String| o == id) {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// One id given anew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    /// `card` or `decision`.
    pub kind: &'static str,
    pub from: String,
    pub to: String,
    /// The title of the card, the text of the decision.
    pub title: String,
}

/// Give every card and decision that repeats an id a fresh one (the first
/// keeps it): `k15` → one more than the largest `k` number in use. A
/// decision about a repeated card id goes with the card of that id that was
/// made last before the decision was (by `created`; a card without a
/// creation time counts as made first), so decisions stay with the card
/// they were made about.
pub fn renumber(board: &mut Board) -> Vec<Renumbered> {
    let mut out = Vec::new();
    let mut used: HashSet<String> = board.cards.iter().map(|c| c.id.clone()).collect();
    let mut seen = HashSet::new();
    for i in 0..board.cards.len() {
        let id = board.cards[i].id.clone();
        if seen.insert(id.clone()) {
            continue;
        }
        let new = fresh(&id, &mut used);
        // Decisions about this id made after this card and before the next
        // one with the same id follow it.
        let made = board.cards[i].created.as_ref().map(|t| t.at());
        let next = board.cards[i + 1..]
            .iter()
            .filter(|c| c.id == id)
            .filter_map(|c| c.created.as_ref().map(|t| t.at()))
            .min();
        if let Some(made) = made {
            for d in &mut board.decisions {
                let at = d.at.at();
                if d.card.as_deref() == Some(id.as_str())
                    && at >= made
                    && next.is_none_or(|n| at < n)
                {
                    d.card = Some(new.clone());
                }
            }
        }
        board.cards[i].id.clone_from(&new);
        out.push(Renumbered {
            kind: "card",
            from: id,
            to: new,
            title: board.cards[i].title.clone(),
        });
    }
    let mut used: HashSet<String> = board.decisions.iter().map(|d| d.id.clone()).collect();
    let mut seen = HashSet::new();
    for d in &mut board.decisions {
        if seen.insert(d.id.clone()) {
            continue;
        }
        let new = fresh(&d.id, &mut used);
        out.push(Renumbered {
            kind: "decision",
            from: std::mem::replace(&mut d.id, new.clone()),
            to: new,
            title: d.text.clone(),
        });
    }
    out
}

/// A new id like `old`: its non-digit prefix and one more than the largest
/// number in use with it; added to `used`.
fn fresh(old: &str, used: &mut HashSet<String>) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn board(text: &str) -> Board {
        crate::analyze::analyze_text(text).0.unwrap()
    }

    #[test]
    fn repeated_ids_are_found_and_given_anew_with_their_decisions() {
        let mut b = board(
            r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
            "cards":[
              {"id":"k15","title":"Fra Anne","column":"a","created":"2026-11-30T09:00:00+01:00"},
              {"id":"k15","title":"Fra Bjørn","column":"a","created":"2026-11-30T09:00:30+01:00"},
              {"id":"k2","title":"Annet","column":"a"}],
            "decisions":[
              {"id":"b4","at":"2026-11-30T09:00:10+01:00","text":"Om Annes","card":"k15"},
              {"id":"b4","at":"2026-11-30T09:00:40+01:00","text":"Om Bjørns","card":"k15"}]}"#,
        );
        assert_eq!(duplicate_ids(&b), ["k15", "b4"]);
        let done = renumber(&mut b);
        assert_eq!(
            done.iter()
                .map(|r| (r.kind, r.from.as_str(), r.to.as_str()))
                .collect::<Vec<_>>(),
            [("card", "k15", "k16"), ("decision", "b4", "b5")]
        );
        assert!(duplicate_ids(&b).is_empty());
        let about: Vec<(&str, Option<&str>)> = b
            .decisions
            .iter()
            .map(|d| (d.text.as_str(), d.card.as_deref()))
            .collect();
        assert_eq!(
            about,
            [("Om Annes", Some("k15")), ("Om Bjørns", Some("k16"))]
        );
        assert_eq!(b.card("k16").unwrap().title, "Fra Bjørn");
    }
}

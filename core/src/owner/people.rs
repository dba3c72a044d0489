//! Whose names the owner filter offers while it is typed: every person who
//! is responsible for something across the boards — an open card or a
//! decision — with how many open cards and open follow-ups they have, for
//! the names that match what is typed ([`super::matches`], the one rule for
//! who a name means). One name once, whatever its case or spaces, spelled
//! as first seen; in Norwegian alphabetical order (æ, ø, å after z).
//! Pure and wordless.

use chrono::NaiveDate;

use crate::meeting::name_order;
use crate::ops::same_person;
use crate::summary::Summary;

/// A person the owner filter can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Their open cards ([`super::cards`]) on every board.
    pub cards: usize,
    /// Their open follow-ups on every board.
    pub follow_ups: usize,
}

/// The people responsible for something on `boards` whose name matches
/// `query` (everyone for a blank query).
pub fn people(boards: &[&Summary], query: &str, today: NaiveDate) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let mut add = |name: &str, cards: usize, follow_ups: usize| {
        let name = name.trim();
        if name.is_empty() || !super::matches(Some(name), Some(query)) {
            return;
        }
        match out.iter_mut().find(|p| same_person(&p.name, name)) {
            Some(p) => {
                p.cards += cards;
                p.follow_ups += follow_ups;
            }
            None => out.push(Person {
                name: name.to_string(),
                cards,
                follow_ups,
            }),
        }
    };
    for board in boards {
        for card in board.cards() {
            let Some(owner) = board.owner(card) else {
                continue;
            };
            // Open cards only: the filter lists nothing else of a card.
            let open = !card.archived && !board.status(card, today).done;
            if open {
                add(owner, 1, 0);
            }
        }
        for d in &board.slim().decisions {
            if let Some(owner) = d.owner.as_deref() {
                add(owner, 0, usize::from(d.is_follow_up() && !d.done));
            }
        }
    }
    out.sort_by_cached_key(|p| name_order(&p.name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::Board;

    fn board(json: &str) -> Board {
        crate::analyze::analyze_text(json).0.unwrap()
    }

    #[test]
    fn every_responsible_person_once_with_open_work_counted_in_norwegian_order() {
        let a = board(
            r#"{"tavle":1,"title":"A","kind":"drift",
              "columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
              "cards":[{"id":"k1","title":"1","column":"a","owner":"Kari Nilsen"},
                       {"id":"k2","title":"2","column":"a","owner":" kari nilsen"},
                       {"id":"k3","title":"3","column":"f","owner":"Åse"},
                       {"id":"k4","title":"4","column":"a","owner":"Ola","archived":true},
                       {"id":"k5","title":"5","column":"a","owner":"Zara"}],
              "decisions":[{"id":"b1","text":"x","at":"2026-11-20T09:00:00+01:00",
                            "owner":"Øystein","due":"2026-12-01"},
                           {"id":"b2","text":"y","at":"2026-11-20T09:00:00+01:00",
                            "owner":"Åse"}]}"#,
        );
        let b = board(
            r#"{"tavle":1,"title":"B","kind":"drift",
              "columns":[{"id":"a","title":"A"},{"id":"z","title":"Z"}],
              "cards":[{"id":"k1","title":"1","column":"a","owner":"KARI NILSEN"}]}"#,
        );
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let (a, b) = (Summary::of(&a), Summary::of(&b));
        let all = people(&[&a, &b], "", today);
        let p = |name: &str, cards, follow_ups| Person {
            name: name.into(),
            cards,
            follow_ups,
        };
        assert_eq!(
            all,
            [
                p("Kari Nilsen", 3, 0),
                p("Zara", 1, 0),
                p("Øystein", 0, 1),
                // A finished card is not counted; a decision still names her.
                p("Åse", 0, 0),
            ]
        );
        // What is typed narrows the names by the owner filter's rule.
        let names = |q| -> Vec<String> {
            people(&[&a, &b], q, today)
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(names("nil"), ["Kari Nilsen"]);
        // å is a letter of its own, not an a.
        assert_eq!(names("a"), ["Kari Nilsen", "Zara"]);
        assert_eq!(names("å"), ["Åse"]);
        assert!(names("ola").is_empty(), "an archived card only");
    }
}

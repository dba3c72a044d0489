//! A summary against the full board, side by side: for random boards
//! (columns with and without a done column, cards in columns the board
//! lacks, owners written in other cases, deadlines around today, archived
//! cards, routines past their revision, decisions, cards sent up), every
//! number and card a summary gives equals what the rules give for the
//! parsed board itself, on several days and for several owners.

use super::*;
use crate::analyze::analyze_text;

/// A small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 = (self.0)
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % n
    }
}

const OWNERS: [&str; 6] = ["Kari", "kari nilsen", " Ola ", "Åse", "", "Siri"];
const LIGHTS: [&str; 4] = ["red", "yellow", "green", ""];
const QUERIES: [Option<&str>; 5] = [None, Some("kari"), Some("Ola"), Some("ÅSE"), Some("x")];

fn day(d: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default() + chrono::Duration::days(d)
}

/// A random board as text.
fn board_text(rng: &mut Rng, with_done: bool) -> String {
    let n_cols = 2 + rng.next(3);
    let columns: Vec<String> = (0..n_cols)
        .map(|i| {
            let done = if with_done && i == 1 {
                r#","done":true"#
            } else {
                ""
            };
            format!(r#"{{"id":"c{i}","title":"Kolonne {i}"{done}}}"#)
        })
        .collect();
    let cards: Vec<String> = (0..rng.next(25))
        .map(|i| {
            let mut f = vec![
                format!(r#""id":"k{i}""#),
                format!(r#""title":"Tiltak {}""#, rng.next(7)),
                // Now and then a column the board does not have.
                format!(r#""column":"c{}""#, rng.next(n_cols + 1)),
            ];
            let owner = OWNERS[rng.next(OWNERS.len())];
            if !owner.is_empty() {
                f.push(format!(r#""owner":"{owner}""#));
            }
            if rng.next(3) > 0 {
                f.push(format!(r#""due":"{}""#, day(rng.next(40) as i64)));
            }
            let light = LIGHTS[rng.next(LIGHTS.len())];
            if !light.is_empty() {
                f.push(format!(r#""light":"{light}""#));
            }
            if rng.next(6) == 0 {
                f.push(r#""archived":true"#.into());
            }
            if rng.next(4) == 0 {
                f.push(format!(
                    r#""updated":"2026-11-{:02}T08:{:02}:00+01:00","updated_by":"{}""#,
                    1 + rng.next(28),
                    rng.next(60),
                    ["Kari", "Ola"][rng.next(2)]
                ));
            }
            if rng.next(8) == 0 {
                f.push(r#""escalated_to":{"board":"over","card":"k9"}"#.into());
            }
            if rng.next(5) == 0 {
                f.push(format!(r#""note":"Notat {}""#, rng.next(3)));
            }
            format!("{{{}}}", f.join(","))
        })
        .collect();
    let routines: Vec<String> = (0..rng.next(3))
        .map(|i| {
            format!(
                r#"{{"id":"r{i}","title":"Rutine {i}","revision":"{}"}}"#,
                day(rng.next(40) as i64)
            )
        })
        .collect();
    let decisions: Vec<String> = (0..rng.next(3))
        .map(|i| {
            format!(
                r#"{{"id":"b{i}","at":"2026-11-{:02}T09:00:00+01:00","text":"Vedtak","owner":"Ola"}}"#,
                1 + rng.next(28)
            )
        })
        .collect();
    format!(
        r#"{{"tavle":1,"title":"Tavle","kind":"forbedring","columns":[{}],"cards":[{}],
            "routines":[{}],"decisions":[{}]}}"#,
        columns.join(","),
        cards.join(","),
        routines.join(","),
        decisions.join(",")
    )
}

fn boards(seed: u64, n: usize) -> Vec<Board> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|i| {
            let text = board_text(&mut rng, i % 2 == 0);
            let (board, problems) = analyze_text(&text);
            board.unwrap_or_else(|| panic!("{text}\n{problems:?}"))
        })
        .collect()
}

#[test]
fn counts_deadlines_and_owners_cards_equal_the_full_boards() {
    for b in boards(7, 200) {
        let s = Summary::of(&b);
        for d in [0, 10, 20, 45] {
            let today = day(d);
            for q in QUERIES {
                assert_eq!(
                    s.counts(today, q),
                    plan::counts(&b, today, q),
                    "{q:?} {today}"
                );
                let want = plan::next_deadlines(&b, today, q, 1)
                    .first()
                    .map(|c| (c.title.clone(), c.due));
                let got = s
                    .next_deadline(today, q)
                    .map(|c| (s.title(c).to_string(), c.due));
                assert_eq!(got, want, "{q:?} {today}");
                if let Some(q) = q {
                    let want: Vec<&str> = (owner::cards(&b, q, today).iter())
                        .map(|c| c.title.as_str())
                        .collect();
                    let got: Vec<&str> = (s.owner_cards(q, today).iter())
                        .map(|c| s.title(c))
                        .collect();
                    assert_eq!(got, want, "{q} {today}");
                }
            }
        }
    }
}

#[test]
fn cards_per_column_and_the_last_change_equal_the_full_boards() {
    for b in boards(11, 200) {
        let s = Summary::of(&b);
        for q in QUERIES {
            // Counted here the way the overview counted from the board.
            let want: Vec<usize> = (b.columns.iter())
                .map(|col| {
                    (b.cards.iter())
                        .filter(|c| {
                            !c.archived
                                && c.column == col.id
                                && owner::matches(c.owner.as_deref(), q)
                        })
                        .count()
                })
                .collect();
            assert_eq!(s.per_column(q), want, "{q:?}");
        }
        assert_eq!(s.last_change(), last_change(&b));
        let sends = b.cards.iter().any(|c| c.escalated_to.is_some());
        assert_eq!(s.sends_up(), sends);
        // The slim board keeps exactly the linked cards, and no text of the others.
        let linked: Vec<&str> = (b.cards.iter())
            .filter(|c| c.escalated_to.is_some() || c.escalated_from.is_some())
            .map(|c| c.id.as_str())
            .collect();
        let kept: Vec<&str> = s.slim().cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(kept, linked);
        assert_eq!(s.cards().len(), b.cards.len());
    }
}

#[test]
fn the_cards_a_new_version_changed_are_those_the_full_boards_give() {
    let mut rng = Rng(3);
    for old in boards(5, 150) {
        let s = Summary::of(&old);
        let mut new = old.clone();
        // Change, add and remove a few cards, in ways the digest does not show.
        for _ in 0..rng.next(4) {
            let n = new.cards.len();
            if n == 0 {
                break;
            }
            let i = rng.next(n);
            match rng.next(5) {
                0 => new.cards[i].note = Some(format!("Endret {}", rng.next(99))),
                // Changed through tavle: a new stamp.
                4 => {
                    let at = format!("2026-12-0{}T10:00:00+01:00", 1 + rng.next(8));
                    new.cards[i].updated = crate::model::Timestamp::parse(&at);
                    new.cards[i].title = format!("Nytt {}", rng.next(9));
                }
                1 => new.cards[i].tags.push("ny".into()),
                2 => {
                    let mut c = new.cards[i].clone();
                    c.id = format!("ny{}", rng.next(999));
                    new.cards.push(c);
                }
                _ => {
                    new.cards.remove(i);
                }
            }
        }
        let mut got = s.changed_in(&new);
        let mut want: Vec<(String, Stamped)> = changed_cards(&old, &new)
            .into_iter()
            .map(|id| {
                let was = old.card(&id);
                let now = new.card(&id).unwrap_or_else(|| panic!("{id}"));
                (id.clone(), stamped(was, now))
            })
            .collect();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        want.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got, want);
    }
}

#[test]
fn a_summary_is_far_smaller_than_the_board() {
    // Measured by what each holds on the heap, roughly: the board's cards
    // alone are over a kilobyte each as structs.
    let b = boards(13, 1).remove(0);
    let card = std::mem::size_of::<Card>();
    let digest = std::mem::size_of::<CardDigest>();
    assert!(
        digest * 8 < card,
        "a digest of {digest} bytes against {card}"
    );
    let s = Summary::of(&b);
    assert!(s.slim().cards.len() <= b.cards.len());
}

#[test]
fn the_last_change_is_the_latest_stamp_of_a_card_or_decision_with_who() {
    let text = r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
      "cards":[{"id":"k1","title":"a","column":"a","updated":"2026-11-20T08:00:00+01:00","updated_by":"Kari"},
               {"id":"k2","title":"b","column":"a","updated":"2026-11-22T07:00:00+00:00","updated_by":"Ola"},
               {"id":"k3","title":"c","column":"a"}],
      "decisions":[{"id":"d1","at":"2026-11-21T09:00:00+01:00","text":"x","owner":"Siri"}]}"#;
    let b = analyze_text(text).0.unwrap_or_else(|| panic!("{text}"));
    let s = Summary::of(&b);
    let want = DateTime::parse_from_rfc3339("2026-11-22T07:00:00+00:00").unwrap_or_default();
    assert_eq!(s.last_change(), Some((want, Some("Ola"))));
    assert_eq!(last_change(&b), Some((want, Some("Ola"))));
    // A decision later than every card: the decision's owner.
    let later = text.replace("2026-11-21T09:00:00+01:00", "2026-11-23T09:00:00+01:00");
    let b = analyze_text(&later).0.unwrap_or_else(|| panic!("{later}"));
    let at = DateTime::parse_from_rfc3339("2026-11-23T09:00:00+01:00").unwrap_or_default();
    assert_eq!(Summary::of(&b).last_change(), Some((at, Some("Siri"))));
    // Nothing stamped: none.
    let none = r#"{"tavle":1,"title":"T","kind":"drift","columns":[],"cards":[]}"#;
    let b = analyze_text(none).0.unwrap_or_else(|| panic!("{none}"));
    assert_eq!(Summary::of(&b).last_change(), None);
}

/// The rank facts taken on one day give, on that day and every later one,
/// the counts the summary (and so the full board) gives; before their day
/// they give nothing. Deadlines and revision dates fall on both sides of
/// the day and of every day asked.
#[test]
fn rank_facts_give_the_summarys_counts_on_their_day_and_after() {
    let mut dated = 0;
    for b in boards(29, 200) {
        let s = Summary::of(&b);
        for taken in [0, 10, 20, 39] {
            let facts = RankFacts::of(&s, day(taken));
            dated += facts.dated.len() + facts.revisions.len();
            assert_eq!(facts.counts(day(taken - 1)), None);
            for later in [0, 1, 7, 15, 30, 45] {
                let today = day(taken + later);
                assert_eq!(
                    facts.counts(today),
                    Some(s.counts(today, None)),
                    "{} taken {taken}, asked {later} days later",
                    b.title
                );
            }
        }
    }
    // Not a vacuous test: many deadlines were still to come.
    assert!(dated > 1000, "{dated}");
}

//! Properties of merging a board with a conflict copy: two replicas edited apart
//! from one base, with random edits, merge to the same board whichever is taken
//! as the board, and lose no addition, decision or value.
//!
//! `PROPTEST_CASES` scales the number of cases (128 by default).

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::json;

use tavle::merge::{Conflict, Element, Merge, Path, Side, merge, resolve};
use tavle::model::{Board, Goal, Light, Timestamp};
use tavle::ops::{
    self, CardOp, CardPatch, DecisionOp, IndicatorOp, NewCard, NewDecision, Op, Stamp,
};

const WORDS: [&str; 5] = ["Ring", "Skriv", "Følg opp", "Bestill", "Mål"];

/// One edit, with indices taken modulo what the board has when it is applied.
#[derive(Debug, Clone)]
enum Edit {
    AddCard {
        title: usize,
        column: usize,
    },
    Move {
        card: usize,
        column: usize,
        before: Option<usize>,
    },
    Archive {
        card: usize,
        archived: bool,
    },
    Retitle {
        card: usize,
        title: usize,
    },
    Relight {
        card: usize,
        light: usize,
    },
    Decide {
        text: usize,
        card: Option<usize>,
    },
    Correct {
        decision: usize,
        text: usize,
    },
    Measure {
        day: u32,
        value: u8,
    },
    AddGoal {
        title: usize,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = || 0..8usize;
    prop_oneof![
        4 => (i(), i()).prop_map(|(title, column)| Edit::AddCard { title, column }),
        2 => (i(), i(), proptest::option::of(i())).prop_map(|(card, column, before)| Edit::Move { card, column, before }),
        1 => (i(), any::<bool>()).prop_map(|(card, archived)| Edit::Archive { card, archived }),
        2 => (i(), i()).prop_map(|(card, title)| Edit::Retitle { card, title }),
        2 => (i(), i()).prop_map(|(card, light)| Edit::Relight { card, light }),
        2 => (i(), proptest::option::of(i())).prop_map(|(text, card)| Edit::Decide { text, card }),
        1 => (i(), i()).prop_map(|(decision, text)| Edit::Correct { decision, text }),
        2 => (0..6u32, 0..4u8).prop_map(|(day, value)| Edit::Measure { day, value }),
        1 => i().prop_map(|title| Edit::AddGoal { title }),
    ]
}

fn start() -> Board {
    let text = json!({
        "tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "ny", "title": "Nytt"}, {"id": "pagar", "title": "Pågår"}, {"id": "ferdig", "title": "Ferdig"}],
        "cards": [], "x-tool": {"v": 1},
        "indicators": [{"id": "i-fall", "title": "Fall", "values": []}]
    });
    tavle::folder::store::analyze_text(&text.to_string())
        .0
        .unwrap()
}

/// Apply `edits` as `who`; every edit gets its own time, `hour` apart per replica,
/// as two machines never stamp the same second.
fn apply(board: &mut Board, edits: &[Edit], who: &str, hour: u32) {
    for (n, e) in edits.iter().enumerate() {
        let at = format!("2026-11-24T{hour:02}:{:02}:{:02}+01:00", n / 60, n % 60);
        let stamp = Stamp {
            at: Timestamp::parse(&at).unwrap(),
            by: who.to_string(),
        };
        let card = |i: usize| {
            board
                .cards
                .get(i % board.cards.len().max(1))
                .map(|c| c.id.clone())
        };
        let column = |i: usize| board.columns[i % board.columns.len()].id.clone();
        let op = match e {
            Edit::AddCard { title, column: c } => Some(Op::Card(CardOp::Add(NewCard {
                title: format!("{} {n}", WORDS[title % WORDS.len()]),
                column: column(*c),
                owner: None,
                due: None,
                light: None,
                source: None,
                received: None,
            }))),
            Edit::Move {
                card: c,
                column: col,
                before,
            } => card(*c).map(|id| {
                Op::Card(CardOp::Move {
                    id,
                    column: column(*col),
                    before: before.and_then(card),
                })
            }),
            Edit::Archive { card: c, archived } => card(*c).map(|id| {
                Op::Card(CardOp::Set {
                    id,
                    patch: CardPatch {
                        archived: Some(*archived),
                        ..CardPatch::default()
                    },
                })
            }),
            Edit::Retitle { card: c, title } => card(*c).map(|id| {
                Op::Card(CardOp::Set {
                    id,
                    patch: CardPatch {
                        title: Some(WORDS[title % WORDS.len()].to_string()),
                        ..CardPatch::default()
                    },
                })
            }),
            Edit::Relight { card: c, light } => card(*c).map(|id| {
                Op::Card(CardOp::Set {
                    id,
                    patch: CardPatch {
                        light: Some(
                            [
                                None,
                                Some(Light::Green),
                                Some(Light::Yellow),
                                Some(Light::Red),
                            ][light % 4],
                        ),
                        ..CardPatch::default()
                    },
                })
            }),
            Edit::Decide { text, card: c } => Some(Op::Decision(DecisionOp::Add(NewDecision {
                text: format!("{} {n}", WORDS[text % WORDS.len()]),
                owner: None,
                due: None,
                card: c.and_then(card),
            }))),
            Edit::Correct { decision, text } => board
                .decisions
                .get(decision % board.decisions.len().max(1))
                .map(|d| {
                    Op::Decision(DecisionOp::Correct {
                        id: d.id.clone(),
                        text: format!("{} {who}", WORDS[text % WORDS.len()]),
                        owner: None,
                        due: None,
                    })
                }),
            Edit::Measure { day, value } => Some(Op::Indicator(IndicatorOp::Measure {
                indicator: "i-fall".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 1 + day).unwrap(),
                value: f64::from(*value) / 2.0,
            })),
            Edit::AddGoal { title } => {
                let id = format!("g{}", title % WORDS.len());
                if board.goal(&id).is_none() {
                    board.goals.push(Goal {
                        id,
                        title: format!("{} ({who})", WORDS[title % WORDS.len()]),
                        kind: None,
                        target: None,
                        due: None,
                        parent: None,
                        light: None,
                        extra: Default::default(),
                    });
                }
                None
            }
        };
        if let Some(op) = op {
            // An edit that does not fit the board (no such column) is skipped,
            // as the app would refuse it.
            let _ = ops::apply(board, &op, &stamp);
        }
    }
}

/// A symmetric choice: the lexicographically smaller JSON value.
fn smaller(c: &Conflict) -> Side {
    let text = |v: &serde_json::Value| serde_json::to_string(v).unwrap();
    if text(&c.board) <= text(&c.copy) {
        Side::Board
    } else {
        Side::Copy
    }
}

/// The board as text, with each pair of colliding elements named so that the one
/// with the smaller content keeps the old id, and a decision about either of two
/// colliding cards naming the old id: which side's element kept it (and so which
/// of the two a decision both sides have names) is the one thing allowed to
/// depend on the order of the merge.
fn canonical(m: &Merge) -> String {
    let mut b = resolve(m, smaller);
    for r in &m.renamed {
        let (new, old) = (id(&r.element), r.from.clone());
        match r.element {
            Element::Card(_) => {
                let content = |id: &str| {
                    b.cards.iter().find(|c| c.id == id).map(|c| {
                        let mut c = c.clone();
                        c.id.clear();
                        serde_json::to_string(&c).unwrap()
                    })
                };
                if content(&new) < content(&old) {
                    let swap = |s: &mut String| {
                        if *s == new {
                            *s = old.clone()
                        } else if *s == old {
                            *s = new.clone()
                        }
                    };
                    b.cards.iter_mut().for_each(|c| swap(&mut c.id));
                }
                // A decision about the card is about both versions of it:
                // which one it names follows which kept the old id.
                for d in b.decisions.iter_mut().filter_map(|d| d.card.as_mut()) {
                    if *d == new {
                        *d = old.clone();
                    }
                }
            }
            _ => {
                let content = |id: &str| {
                    b.decisions.iter().find(|d| d.id == id).map(|d| {
                        let mut d = d.clone();
                        d.id.clear();
                        serde_json::to_string(&d).unwrap()
                    })
                };
                if content(&new) < content(&old) {
                    for d in &mut b.decisions {
                        if d.id == new {
                            d.id = old.clone();
                        } else if d.id == old {
                            d.id = new.clone();
                        }
                    }
                }
            }
        }
    }
    serde_json::to_string(&b).unwrap()
}

fn id(e: &Element) -> String {
    match e {
        Element::Card(id) | Element::Decision(id) => id.clone(),
        other => panic!("only cards and decisions are renamed, not {other:?}"),
    }
}

fn paths(m: &Merge) -> Vec<Path> {
    let mut p: Vec<Path> = m.conflicts.iter().map(|c| c.at.clone()).collect();
    p.sort();
    p
}

/// Nothing `side` added to `base` (or `base` had) is missing from `merged`.
fn keeps_everything(base: &Board, side: &Board, merged: &Board) -> Result<(), TestCaseError> {
    for c in side.cards.iter().filter(|c| base.card(&c.id).is_none()) {
        // Every card gets its own creation time, so it finds its card even renamed.
        prop_assert!(
            merged.cards.iter().any(|m| m.created == c.created),
            "card {} lost",
            c.id
        );
    }
    for d in &side.decisions {
        let born = base.decisions.iter().find(|b| b.id == d.id);
        let found = merged.decisions.iter().find(|m| m.at == d.at);
        prop_assert!(found.is_some(), "decision {} lost", d.id);
        for c in d
            .corrections
            .iter()
            .filter(|c| born.is_none_or(|b| !b.corrections.contains(c)))
        {
            prop_assert!(
                found.is_some_and(|m| m.corrections.contains(c)),
                "correction of {} lost",
                d.id
            );
        }
    }
    for d in &base.decisions {
        prop_assert!(
            merged.decisions.iter().any(|m| m.id == d.id),
            "decision {} from base lost",
            d.id
        );
    }
    for g in side.goals.iter().filter(|g| base.goal(&g.id).is_none()) {
        prop_assert!(merged.goal(&g.id).is_some(), "goal {} lost", g.id);
    }
    for from in [side, base] {
        for v in &from.indicators[0].values {
            prop_assert!(
                merged.indicators[0].values.iter().any(|m| m.date == v.date),
                "value of {} lost",
                v.date
            );
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(128)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn merging_either_way_gives_one_board_and_loses_nothing(
        setup in prop::collection::vec(edit(), 0..16),
        left in prop::collection::vec(edit(), 0..12),
        right in prop::collection::vec(edit(), 0..12),
    ) {
        let mut base = start();
        apply(&mut base, &setup, "Anne", 7);
        let (mut a, mut b) = (base.clone(), base.clone());
        apply(&mut a, &left, "Kari", 8);
        apply(&mut b, &right, "Per", 9);

        for with_base in [Some(&base), None] {
            let (ab, ba) = (merge(with_base, &a, &b), merge(with_base, &b, &a));
            prop_assert_eq!(canonical(&ab), canonical(&ba));
            prop_assert_eq!(paths(&ab), paths(&ba));
            for m in [&ab, &ba] {
                let merged = resolve(m, smaller);
                keeps_everything(&base, &a, &merged)?;
                keeps_everything(&base, &b, &merged)?;
            }
        }
    }

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other_side(
        setup in prop::collection::vec(edit(), 0..16),
        edits in prop::collection::vec(edit(), 0..12),
    ) {
        let mut base = start();
        apply(&mut base, &setup, "Anne", 7);
        let mut a = base.clone();
        apply(&mut a, &edits, "Kari", 8);
        for (x, y) in [(&base, &a), (&a, &base)] {
            let m = merge(Some(&base), x, y);
            prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
            prop_assert_eq!(&m.merged, &a);
        }
        for x in [&base, &a] {
            let m = merge(Some(x), x, x);
            prop_assert_eq!(&m.merged, x);
            prop_assert!(m.conflicts.is_empty() && m.kept_edits.is_empty() && m.renamed.is_empty());
        }
    }
}

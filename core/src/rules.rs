//! Rules a well-formed board must follow beyond its schema: ids are unique,
//! references point at something, goals form a tree; and warnings for measures
//! that are not SMART (no owner, no deadline, no measurable target), and for
//! an improvement card's indicator or a routine's card that is not there,
//! for an indicator's frequency (`every`) that tavle does not read, and for
//! an operations board's risks, deviations, wheel and staffing
//! ([`operations`]).

use std::collections::{HashMap, HashSet};

use crate::diag::{DiagKind, Diagnostic, IdKind, Location};
use crate::model::Board;

mod operations;

fn at(pointer: String) -> Location {
    Location::Pointer(pointer)
}

/// Every reference and SMART problem in `board`, in file order of the lists.
pub fn validate(board: &Board) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let columns = unique_ids(
        &mut out,
        IdKind::Column,
        "columns",
        board.columns.iter().map(|c| c.id.as_str()),
    );
    let cards = unique_ids(
        &mut out,
        IdKind::Card,
        "cards",
        board.cards.iter().map(|c| c.id.as_str()),
    );
    let goals = unique_ids(
        &mut out,
        IdKind::Goal,
        "goals",
        board.goals.iter().map(|g| g.id.as_str()),
    );
    let indicators = unique_ids(
        &mut out,
        IdKind::Indicator,
        "indicators",
        board.indicators.iter().map(|i| i.id.as_str()),
    );
    unique_ids(
        &mut out,
        IdKind::Decision,
        "decisions",
        board.decisions.iter().map(|d| d.id.as_str()),
    );
    operations::validate(board, &cards, &mut out);
    unique_ids(
        &mut out,
        IdKind::Routine,
        "routines",
        board.routines.iter().map(|r| r.id.as_str()),
    );

    if board.columns.is_empty() && !board.cards.is_empty() {
        out.push(Diagnostic::error(at(String::new()), DiagKind::NoColumns));
    }

    for (i, card) in board.cards.iter().enumerate() {
        // An error like a card in a missing column: the screen cannot show
        // the card for what it is (an empty frame nobody can name in the
        // meeting), and every edit path refuses an empty title.
        if card.title.trim().is_empty() {
            out.push(Diagnostic::error(
                at(format!("/cards/{i}/title")),
                DiagKind::EmptyTitle {
                    card: card.id.clone(),
                },
            ));
        }
        if !columns.contains(card.column.as_str()) {
            out.push(Diagnostic::error(
                at(format!("/cards/{i}/column")),
                DiagKind::UnknownColumn {
                    id: card.column.clone(),
                },
            ));
        }
        // A warning, not an error: the card works without its run chart.
        if let Some(ind) = &card.indicator
            && !indicators.contains(ind.as_str())
        {
            out.push(Diagnostic::warning(
                at(format!("/cards/{i}/indicator")),
                DiagKind::UnknownIndicator { id: ind.clone() },
            ));
        }
        if let Some(goal) = &card.goal {
            if !goals.contains(goal.as_str()) {
                out.push(Diagnostic::error(
                    at(format!("/cards/{i}/goal")),
                    DiagKind::UnknownGoal { id: goal.clone() },
                ));
            }
            // A measure that serves a goal must say who and by when (SMART).
            if !card.archived && !board.is_done(card) {
                if card.owner.as_deref().is_none_or(|o| o.trim().is_empty()) {
                    out.push(Diagnostic::warning(
                        at(format!("/cards/{i}")),
                        DiagKind::NoOwner {
                            card: card.id.clone(),
                        },
                    ));
                }
                if card.due.is_none() {
                    out.push(Diagnostic::warning(
                        at(format!("/cards/{i}")),
                        DiagKind::NoDue {
                            card: card.id.clone(),
                        },
                    ));
                }
            }
        }
    }

    for (i, goal) in board.goals.iter().enumerate() {
        if let Some(parent) = &goal.parent {
            if !goals.contains(parent.as_str()) {
                out.push(Diagnostic::error(
                    at(format!("/goals/{i}/parent")),
                    DiagKind::UnknownParent { id: parent.clone() },
                ));
            } else if in_cycle(board, i) {
                out.push(Diagnostic::error(
                    at(format!("/goals/{i}/parent")),
                    DiagKind::GoalCycle {
                        id: goal.id.clone(),
                    },
                ));
            }
        }
        if goal.target.as_deref().is_none_or(|t| t.trim().is_empty()) {
            out.push(Diagnostic::warning(
                at(format!("/goals/{i}")),
                DiagKind::NoTarget {
                    goal: goal.id.clone(),
                },
            ));
        }
    }

    for (i, ind) in board.indicators.iter().enumerate() {
        if ind.values.windows(2).any(|w| w[1].date < w[0].date) {
            out.push(Diagnostic::warning(
                at(format!("/indicators/{i}/values")),
                DiagKind::ValuesOutOfOrder,
            ));
        }
        // A warning: the indicator works, only the round leaves it out.
        if let Some(every) = &ind.every
            && crate::round::Every::parse(every).is_none()
        {
            out.push(Diagnostic::warning(
                at(format!("/indicators/{i}/every")),
                DiagKind::BadEvery {
                    value: every.clone(),
                },
            ));
        }
    }

    for (i, d) in board.decisions.iter().enumerate() {
        if let Some(card) = &d.card
            && !cards.contains(card.as_str())
        {
            out.push(Diagnostic::error(
                at(format!("/decisions/{i}/card")),
                DiagKind::UnknownCard { id: card.clone() },
            ));
        }
    }

    // The card a routine came from is a note of its history: a warning.
    for (i, r) in board.routines.iter().enumerate() {
        if let Some(card) = &r.card
            && !cards.contains(card.as_str())
        {
            out.push(Diagnostic::warning(
                at(format!("/routines/{i}/card")),
                DiagKind::UnknownCard { id: card.clone() },
            ));
        }
    }

    for (i, col) in board.columns.iter().enumerate() {
        if let Some(limit) = col.wip {
            let count = board
                .cards
                .iter()
                .filter(|c| !c.archived && c.column == col.id)
                .count();
            if count as u64 > limit {
                out.push(Diagnostic::warning(
                    at(format!("/columns/{i}/wip")),
                    DiagKind::WipExceeded {
                        column: col.id.clone(),
                        count,
                        limit,
                    },
                ));
            }
        }
    }
    out
}

/// A warning at every national identity number in a board file's text
/// (see [`crate::privacy`]), wherever it stands: a title, a note, a key or
/// a value, written with escapes or not ([`crate::privacy::json`]), at the
/// byte where it starts in the file. Boards are shared on a screen in the
/// staff room and in a synced folder; personal numbers do not belong
/// there. The diagnostic keeps only the masked number, on one line.
pub fn identity_numbers(text: &str) -> Vec<Diagnostic> {
    crate::privacy::json::find(text)
        .into_iter()
        .map(|f| {
            Diagnostic::warning(
                Location::Offset(f.at.start),
                DiagKind::IdentityNumber { masked: f.masked },
            )
        })
        .collect()
}

/// Report duplicate and empty ids of one list; returns the set of ids.
fn unique_ids<'b>(
    out: &mut Vec<Diagnostic>,
    kind: IdKind,
    list: &str,
    ids: impl Iterator<Item = &'b str>,
) -> HashSet<&'b str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            out.push(Diagnostic::error(
                at(format!("/{list}/{i}/id")),
                DiagKind::EmptyId,
            ));
        } else if !seen.insert(id) {
            out.push(Diagnostic::error(
                at(format!("/{list}/{i}/id")),
                DiagKind::DuplicateId {
                    kind,
                    id: id.to_string(),
                },
            ));
        }
    }
    seen
}

/// Whether following `parent` links from goal `start` comes back to it.
fn in_cycle(board: &Board, start: usize) -> bool {
    let index: HashMap<&str, usize> = board
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id.as_str(), i))
        .collect();
    let mut cur = start;
    for _ in 0..board.goals.len() {
        match board.goals[cur]
            .parent
            .as_deref()
            .and_then(|p| index.get(p))
        {
            Some(&next) if next == start => return true,
            Some(&next) => cur = next,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{decode, json};

    fn board(text: &str) -> Board {
        let (b, d) = decode::decode_board(&json::parse(text).unwrap());
        assert!(d.is_empty(), "{d:?}");
        b.unwrap()
    }

    fn kinds(text: &str) -> Vec<DiagKind> {
        validate(&board(text)).into_iter().map(|d| d.kind).collect()
    }

    const HEAD: &str = r#""tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"},{"id":"b","title":"B","wip":1}]"#;

    #[test]
    fn a_clean_board_has_no_findings() {
        let text = format!(
            r#"{{{HEAD},"goals":[{{"id":"g","title":"G","target":"50 %"}}],"cards":[{{"id":"1","title":"x","column":"a","goal":"g","owner":"Ola","due":"2026-12-01"}}]}}"#
        );
        assert_eq!(kinds(&text), vec![]);
    }

    #[test]
    fn references_must_resolve() {
        let text = format!(
            r#"{{{HEAD},"cards":[{{"id":"1","title":"x","column":"zz"}},{{"id":"1","title":"y","column":"a","goal":"nope"}}],"decisions":[{{"id":"d","at":"2026-11-24T08:00:00+01:00","text":"t","card":"9"}}]}}"#
        );
        let k = kinds(&text);
        assert!(k.contains(&DiagKind::UnknownColumn { id: "zz".into() }));
        assert!(k.contains(&DiagKind::DuplicateId {
            kind: IdKind::Card,
            id: "1".into()
        }));
        assert!(k.contains(&DiagKind::UnknownGoal { id: "nope".into() }));
        assert!(k.contains(&DiagKind::UnknownCard { id: "9".into() }));
    }

    #[test]
    fn goal_parents_must_exist_and_not_loop() {
        let text = format!(
            r#"{{{HEAD},"goals":[{{"id":"a","title":"A","target":"t","parent":"b"}},{{"id":"b","title":"B","target":"t","parent":"a"}},{{"id":"c","title":"C","target":"t","parent":"x"}}]}}"#
        );
        let k = kinds(&text);
        assert!(k.contains(&DiagKind::GoalCycle { id: "a".into() }));
        assert!(k.contains(&DiagKind::UnknownParent { id: "x".into() }));
    }

    #[test]
    fn smart_warnings_skip_finished_and_archived_measures() {
        let text = format!(
            r#"{{{HEAD},"goals":[{{"id":"g","title":"G"}}],"cards":[{{"id":"1","title":"x","column":"a","goal":"g"}},{{"id":"2","title":"y","column":"b","goal":"g"}},{{"id":"3","title":"z","column":"a","goal":"g","archived":true}}]}}"#
        );
        let k = kinds(&text);
        assert_eq!(
            k,
            vec![
                DiagKind::NoOwner { card: "1".into() },
                DiagKind::NoDue { card: "1".into() },
                DiagKind::NoTarget { goal: "g".into() },
            ]
        );
    }

    #[test]
    fn wip_limit_counts_active_cards() {
        let text = format!(
            r#"{{{HEAD},"cards":[{{"id":"1","title":"x","column":"b"}},{{"id":"2","title":"y","column":"b"}}]}}"#
        );
        assert_eq!(
            kinds(&text),
            vec![DiagKind::WipExceeded {
                column: "b".into(),
                count: 2,
                limit: 1
            }]
        );
    }

    #[test]
    fn a_card_without_a_title_is_an_error() {
        let text = format!(
            r#"{{{HEAD},"cards":[{{"id":"1","title":"  ","column":"a"}},{{"id":"2","title":"ok","column":"a"}}]}}"#
        );
        let found = validate(&board(&text));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, DiagKind::EmptyTitle { card: "1".into() });
        assert_eq!(found[0].severity, crate::diag::Severity::Error);
        assert_eq!(found[0].at, Location::Pointer("/cards/0/title".into()));
    }

    #[test]
    fn an_improvement_cards_indicator_and_a_routines_card_must_be_there() {
        let text = format!(
            r#"{{{HEAD},"indicators":[{{"id":"fall","title":"Fall","values":[]}}],
              "cards":[{{"id":"1","title":"x","column":"a","indicator":"fal"}},
                       {{"id":"2","title":"y","column":"a","indicator":"fall"}}],
              "routines":[{{"id":"r1","title":"R","revision":"2027-01-01","card":"2"}},
                          {{"id":"r2","title":"S","revision":"2027-01-01","card":"9"}},
                          {{"id":"r1","title":"T","revision":"2027-01-01"}}]}}"#
        );
        let found: Vec<(crate::diag::Severity, Location, DiagKind)> = validate(&board(&text))
            .into_iter()
            .map(|d| (d.severity, d.at, d.kind))
            .collect();
        use crate::diag::Severity::{Error, Warning};
        assert_eq!(
            found,
            vec![
                (
                    Error,
                    Location::Pointer("/routines/2/id".into()),
                    DiagKind::DuplicateId {
                        kind: IdKind::Routine,
                        id: "r1".into()
                    }
                ),
                (
                    Warning,
                    Location::Pointer("/cards/0/indicator".into()),
                    DiagKind::UnknownIndicator { id: "fal".into() }
                ),
                (
                    Warning,
                    Location::Pointer("/routines/1/card".into()),
                    DiagKind::UnknownCard { id: "9".into() }
                ),
            ]
        );
    }

    #[test]
    fn identity_numbers_are_found_and_only_the_masked_form_is_kept() {
        // 01020312345 is not valid; build one that is from the check digits.
        let mut d = vec![0u8, 1, 0, 2, 0, 3, 1, 2, 3];
        let (k1, k2) = (0..1000u32)
            .find_map(|i| {
                d[6..9].copy_from_slice(&[(i / 100) as u8, (i / 10 % 10) as u8, (i % 10) as u8]);
                crate::privacy::check_digits(&d)
            })
            .unwrap();
        d.extend([k1, k2]);
        let n: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        let text = format!("{{\"title\": \"Ring {n}\", \"x\": \"47 12 34 56 78\"}}");
        let found = identity_numbers(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].at, Location::Offset(text.find(&n).unwrap()));
        assert_eq!(found[0].severity, crate::diag::Severity::Warning);
        let DiagKind::IdentityNumber { masked } = &found[0].kind else {
            panic!("{found:?}");
        };
        assert_eq!(masked, &format!("******{}", &n[6..]));
        assert!(identity_numbers("{\"title\": \"Ring 47 12 34 56 78\"}").is_empty());
    }
}

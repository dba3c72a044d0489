//! The improvement work of a meeting in the minutes and in "since last
//! time": per card, the PDSA cycles started or changed (number, result,
//! decision, as the card detail words them), the evaluation answers given
//! behind their questions, the benefit plan; then routines made and roles
//! set. Every improvement change has its words ([`i18n::improvement_change`]);
//! none is left out or said as a bare "changed".

use super::{Block, Inline, card, text, word};
use crate::i18n::{self, Lang, PdsaWord};
use tavle_core::model::Board;
use tavle_core::ops::Change;

/// The heading and the blocks of `changes` (the improvement work of the
/// scope, in order) on `board`; nothing when there was none.
pub fn section(lang: Lang, board: &Board, changes: &[Change]) -> Vec<Block> {
    let blocks = blocks(lang, board, changes);
    if blocks.is_empty() {
        return blocks;
    }
    let mut out = vec![Block::Heading(
        2,
        vec![word(i18n::pdsa_word(lang, PdsaWord::MinutesHeading))],
    )];
    out.extend(blocks);
    out
}

/// The cards the changes are about, in the order they were first changed.
fn cards<'c>(changes: &[&'c Change]) -> Vec<&'c str> {
    let mut ids: Vec<&str> = Vec::new();
    for c in changes {
        if let Some(id) = c.card()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

fn blocks(lang: Lang, board: &Board, changes: &[Change]) -> Vec<Block> {
    let changes: Vec<&Change> = changes.iter().filter(|c| c.is_improvement()).collect();
    let mut out = Vec::new();
    for id in cards(&changes) {
        let mine: Vec<&Change> = (changes.iter().copied())
            .filter(|c| c.card() == Some(id))
            .collect();
        let Some(c) = board.card(id) else {
            // Gone from the board: what the log says, in words.
            for ch in mine {
                if let Some(line) = i18n::improvement_change(lang, ch) {
                    out.push(Block::Bullet(vec![text(&line)]));
                }
            }
            continue;
        };
        let name = || {
            let mut line = card(&c.title, &c.id);
            line.push(word(": "));
            line
        };
        // Each cycle started or changed, once, as it stands now.
        let mut cycles: Vec<usize> = Vec::new();
        for ch in &mine {
            match ch {
                Change::CycleStarted { cycle, .. } | Change::CycleChanged { cycle, .. }
                    if !cycles.contains(cycle) =>
                {
                    cycles.push(*cycle);
                }
                _ => {}
            }
        }
        cycles.sort_unstable();
        let total = c.pdsa.len();
        for n in &cycles {
            if let Some(cycle) = n.checked_sub(1).and_then(|i| c.pdsa.get(i)) {
                let mut line = name();
                line.push(text(&i18n::cycle_line(lang, *n, total, cycle)));
                out.push(Block::Bullet(line));
            }
        }
        let mut said_prioritised = false;
        for ch in mine.iter().rev() {
            let line = match ch {
                // A cycle taken away, or started and taken away again.
                Change::CycleRemoved { cycle, .. } if *cycle > total => {
                    i18n::improvement_change(lang, ch)
                }
                Change::CycleStarted { cycle, .. } | Change::CycleChanged { cycle, .. }
                    if *cycle > total =>
                {
                    i18n::improvement_change(lang, ch)
                }
                Change::Prioritised { .. } if !said_prioritised => {
                    said_prioritised = true;
                    i18n::improvement_change(lang, ch)
                }
                _ => None,
            };
            if let Some(line) = line {
                out.push(Block::Bullet(vec![text(&line)]));
            }
        }
        let edited = |field: &str| {
            mine.iter().any(|ch| {
                matches!(ch, Change::Edited { fields, .. } if fields.iter().any(|f| f == field))
            })
        };
        if edited("evaluation") {
            let answers = (c.evaluation.as_ref())
                .map(|e| i18n::evaluation_answers(lang, e))
                .unwrap_or_default();
            let mut head = name();
            head.push(Inline::Strong(
                i18n::pdsa_word(lang, PdsaWord::Evaluation).to_string(),
            ));
            out.push(Block::Bullet(head));
            for (q, a) in answers {
                out.push(Block::Bullet(vec![
                    Inline::Em(q.to_string()),
                    word(" "),
                    text(&a),
                ]));
            }
        }
        if edited("benefit") {
            let mut line = name();
            line.push(word(format!(
                "{}: ",
                i18n::pdsa_word(lang, PdsaWord::Benefit)
            )));
            let plan = (c.benefit.as_ref())
                .map(|b| i18n::benefit_line(lang, b))
                .filter(|l| !l.is_empty());
            match plan {
                Some(plan) => line.push(text(&plan)),
                None => line.push(word(i18n::pdsa_word(lang, PdsaWord::NoBenefit))),
            }
            out.push(Block::Bullet(line));
        }
        for field in ["indicator", "pdsa", "a3"] {
            let last = mine.iter().rev().find(
                |ch| matches!(ch, Change::Edited { fields, .. } if fields.iter().any(|f| f == field)),
            );
            if let Some(line) = last.and_then(|ch| {
                let Change::Edited { card, title, .. } = ch else {
                    return None;
                };
                i18n::improvement_change(
                    lang,
                    &Change::Edited {
                        card: card.clone(),
                        title: title.clone(),
                        fields: vec![field.to_string()],
                    },
                )
            }) {
                out.push(Block::Bullet(vec![text(&line)]));
            }
        }
    }
    // Routines and roles: about the board, not a card.
    for ch in changes.iter().filter(|c| c.card().is_none()) {
        if let Some(line) = i18n::improvement_change(lang, ch) {
            out.push(Block::Bullet(vec![text(&line)]));
        }
    }
    out
}

//! The PDSA card's three forms — a cycle (plan, prediction, started,
//! measured, result, decision, ended), the evaluation questions and the
//! benefit plan — filled from the card, and what was typed turned into one
//! op. The rule of the PDSA card is kept here: a cycle is not marked
//! started without a prediction (the form says so and does not save). The
//! editor ([`super::editor`]) does the typing and the saving.

use chrono::NaiveDate;

use super::editor::{EditKind, Editor, Field};
use super::shared::Shared;
use crate::i18n::{self, Lang, Msg, PdsaLabel as L, PdsaMsg};
use tavle_core::dates::{DateFor, format_nb};
use tavle_core::model::{Benefit, Card, Cycle, CycleDecision, Evaluation};
use tavle_core::ops::{CardOp, CardPatch, CyclePatch, Op, PdsaOp};

/// The fields of a cycle, in the order of the circle.
const CYCLE: [L; 7] = [
    L::Plan,
    L::Prediction,
    L::Started,
    L::Measured,
    L::Result,
    L::Decision,
    L::Ended,
];

/// The fields of a benefit plan.
const BENEFIT: [L; 4] = [L::Kind, L::Who, L::By, L::How];

fn date(d: Option<NaiveDate>) -> String {
    d.map(format_nb).unwrap_or_default()
}

fn text(t: &Option<String>) -> String {
    t.clone().unwrap_or_default()
}

/// The form of the card's cycle at place `at` (from 0), or of a new one.
pub fn cycle(lang: Lang, card: &Card, at: Option<usize>) -> Editor {
    let empty = Cycle::default();
    let c = at.and_then(|i| card.pdsa.get(i)).unwrap_or(&empty);
    let value = |l: L| match l {
        L::Plan => text(&c.plan),
        L::Prediction => text(&c.prediction),
        L::Started => date(c.started),
        L::Measured => text(&c.measured),
        L::Result => text(&c.result),
        L::Decision => c
            .decision
            .map(|d| {
                let w = i18n::decision_word(lang, d);
                w.split_once(' ').map_or(w.clone(), |(_, w)| w.to_string())
            })
            .unwrap_or_default(),
        _ => date(c.ended),
    };
    let mut ed = Editor::form(
        EditKind::Cycle {
            card: card.id.clone(),
            cycle: at.filter(|&i| i < card.pdsa.len()),
        },
        CYCLE.iter().map(|&l| (Field::Pdsa(l), value(l))).collect(),
    );
    // A cycle under way is filled in from where it stands: the first empty
    // field after the plan and the prediction.
    if let Some(first) = (ed.fields.iter())
        .position(|f| f.original.is_empty())
        .filter(|_| at.is_some())
    {
        ed.focus = first;
    }
    ed
}

/// The evaluation questions, with the answers given before.
pub fn evaluation(card: &Card) -> Editor {
    let e = card.evaluation.clone().unwrap_or_default();
    let answers = [
        &e.problem, &e.decided, &e.done, &e.told, &e.effect, &e.remains, &e.share,
    ];
    Editor::form(
        EditKind::Evaluation {
            card: card.id.clone(),
        },
        (L::QUESTIONS.iter().zip(answers))
            .map(|(&l, a)| (Field::Pdsa(l), text(a)))
            .collect(),
    )
}

/// The benefit plan: kind, who, by when, how it is measured.
pub fn benefit(lang: Lang, card: &Card) -> Editor {
    let b = card.benefit.clone().unwrap_or_default();
    let value = |l: L| match l {
        L::Kind => b
            .kind
            .map(|k| i18n::benefit_kind_word(lang, k).to_string())
            .unwrap_or_default(),
        L::Who => text(&b.who),
        L::By => date(b.by),
        _ => text(&b.how),
    };
    Editor::form(
        EditKind::Benefit {
            card: card.id.clone(),
        },
        BENEFIT
            .iter()
            .map(|&l| (Field::Pdsa(l), value(l)))
            .collect(),
    )
}

type Refused = (Msg, Field);

fn opt(ed: &Editor, l: L) -> Option<String> {
    Some(ed.get(Field::Pdsa(l))).filter(|t| !t.is_empty())
}

/// A day that has been (started, ended), as people type it.
fn past(ed: &Editor, l: L, today: NaiveDate) -> Result<Option<NaiveDate>, Refused> {
    let Some(t) = opt(ed, l) else {
        return Ok(None);
    };
    tavle_core::dates::parse(&t, today, DateFor::Past)
        .map(Some)
        .map_err(|e| (Msg::for_day(&t, &e), Field::Pdsa(l)))
}

/// The ops of a PDSA form: `None` for the editor's other forms; `Ok` with
/// no op when nothing changed.
pub fn form_ops(ed: &Editor, s: &Shared) -> Option<Result<Vec<Op>, Refused>> {
    let (EditKind::Cycle { card, .. } | EditKind::Evaluation { card } | EditKind::Benefit { card }) =
        &ed.kind
    else {
        return None;
    };
    let Some(c) = s.board().and_then(|b| b.card(card)) else {
        let first = ed.fields.first().map_or(Field::Title, |f| f.field);
        return Some(Err((Msg::CardGone(card.clone()), first)));
    };
    Some(match &ed.kind {
        EditKind::Cycle { cycle, .. } => cycle_ops(ed, s, c, *cycle),
        EditKind::Evaluation { .. } => Ok(evaluation_ops(ed, c)),
        _ => benefit_ops(ed, s, c),
    })
}

fn cycle_ops(ed: &Editor, s: &Shared, card: &Card, at: Option<usize>) -> Result<Vec<Op>, Refused> {
    let today = s.today();
    let started = past(ed, L::Started, today)?;
    let ended = past(ed, L::Ended, today)?;
    let decision = match opt(ed, L::Decision) {
        None => None,
        Some(t) => match i18n::parse_decision(s.lang(), &t) {
            Some(d) => Some(d),
            None => {
                return Err((Msg::Pdsa(PdsaMsg::BadDecision(t)), Field::Pdsa(L::Decision)));
            }
        },
    };
    // The rule of the PDSA card: the prediction is written before the test.
    let prediction = opt(ed, L::Prediction);
    if started.is_some() && prediction.is_none() {
        return Err((
            Msg::Pdsa(PdsaMsg::PredictionFirst),
            Field::Pdsa(L::Prediction),
        ));
    }
    if let (Some(a), Some(b)) = (started, ended)
        && b < a
    {
        return Err((
            Msg::Pdsa(PdsaMsg::EndedBeforeStarted),
            Field::Pdsa(L::Ended),
        ));
    }
    let new = Cycle {
        plan: opt(ed, L::Plan),
        prediction,
        started,
        measured: opt(ed, L::Measured),
        result: opt(ed, L::Result),
        decision,
        ended,
        ..Cycle::default()
    };
    let Some(n) = at else {
        if new == Cycle::default() {
            return Ok(Vec::new());
        }
        return Ok(vec![Op::Pdsa(PdsaOp::Start {
            card: card.id.clone(),
            cycle: Box::new(new),
        })]);
    };
    if n >= card.pdsa.len() {
        return Err((Msg::CycleGone(card.id.clone(), n + 1), Field::Pdsa(L::Plan)));
    }
    let ch = |l: L| ed.changed(Field::Pdsa(l));
    let patch = CyclePatch {
        plan: ch(L::Plan).then(|| new.plan.clone()),
        prediction: ch(L::Prediction).then(|| new.prediction.clone()),
        started: ch(L::Started).then_some(started),
        measured: ch(L::Measured).then(|| new.measured.clone()),
        result: ch(L::Result).then(|| new.result.clone()),
        decision: ch(L::Decision).then_some(decision),
        ended: ch(L::Ended).then_some(ended),
    };
    if patch == CyclePatch::default() {
        return Ok(Vec::new());
    }
    Ok(vec![Op::Pdsa(PdsaOp::Set {
        card: card.id.clone(),
        cycle: n,
        patch,
    })])
}

fn evaluation_ops(ed: &Editor, card: &Card) -> Vec<Op> {
    let old = card.evaluation.clone().unwrap_or_default();
    let a = |l| opt(ed, l);
    let new = Evaluation {
        problem: a(L::Problem),
        decided: a(L::Decided),
        done: a(L::Done),
        told: a(L::Told),
        effect: a(L::Seen),
        remains: a(L::Remains),
        share: a(L::Share),
        extra: old.extra.clone(),
    };
    if new == old {
        return Vec::new();
    }
    let value = (new != Evaluation::default()).then(|| Box::new(new));
    vec![set(card, |p| p.evaluation = Some(value))]
}

fn benefit_ops(ed: &Editor, s: &Shared, card: &Card) -> Result<Vec<Op>, Refused> {
    let old = card.benefit.clone().unwrap_or_default();
    let kind = match opt(ed, L::Kind) {
        None => None,
        Some(t) => Some(
            i18n::parse_benefit_kind(&t)
                .ok_or((Msg::Pdsa(PdsaMsg::BadKind(t)), Field::Pdsa(L::Kind)))?,
        ),
    };
    let by = match opt(ed, L::By) {
        None => None,
        Some(t) => {
            let d = tavle_core::dates::parse(&t, s.today(), DateFor::Deadline)
                .map_err(|_| (Msg::BadDue(t.clone()), Field::Pdsa(L::By)))?;
            // A benefit is realised by a day to come (an old one may stay).
            if d < s.today() && ed.changed(Field::Pdsa(L::By)) {
                return Err((Msg::Pdsa(PdsaMsg::ByPast(format_nb(d))), Field::Pdsa(L::By)));
            }
            Some(d)
        }
    };
    let new = Benefit {
        kind,
        who: opt(ed, L::Who),
        by,
        how: opt(ed, L::How),
        extra: old.extra.clone(),
    };
    if new == old {
        return Ok(Vec::new());
    }
    let value = (new != Benefit::default()).then(|| Box::new(new));
    Ok(vec![set(card, |p| p.benefit = Some(value))])
}

/// The op that changes the fields of `card` `fill` sets.
fn set(card: &Card, fill: impl FnOnce(&mut CardPatch)) -> Op {
    let mut patch = CardPatch::default();
    fill(&mut patch);
    Op::Card(CardOp::Set {
        id: card.id.clone(),
        patch,
    })
}

/// What to say after `ops` of the form `ed` are saved: after an "adapt",
/// that a new cycle is the next step.
pub fn notice(ed: &Editor, s: &Shared, ops: &[Op]) -> Option<Msg> {
    let EditKind::Cycle { card, cycle } = &ed.kind else {
        return None;
    };
    let count = s.board()?.card(card)?.pdsa.len();
    let adapted = ops.iter().any(|op| match op {
        Op::Pdsa(PdsaOp::Start { cycle, .. }) => cycle.decision == Some(CycleDecision::Adapt),
        Op::Pdsa(PdsaOp::Set { patch, .. }) => patch.decision == Some(Some(CycleDecision::Adapt)),
        _ => false,
    });
    // The number of this cycle, from 1; the next one follows it.
    let this = cycle.map_or(count + 1, |n| n + 1);
    adapted.then(|| Msg::Pdsa(PdsaMsg::AdaptNext(this + 1)))
}

#[cfg(test)]
#[path = "pdsa_form_tests.rs"]
mod more_tests;

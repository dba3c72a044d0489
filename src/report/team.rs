//! The reports a learning network asks of an improvement team (seed 001),
//! as a [`Doc`]: the status report — the team with its team leader and
//! measurement lead, the goals, the measures (cards) with their PDSA
//! cycles, the indicators with their latest values and signals, and the
//! routines made — and the final report, which adds what was achieved,
//! the benefit and what is kept. `tavle report` writes it as Markdown.
//! Words and layout only; lights, signals and overdue dates are the
//! core's rules.

use chrono::NaiveDate;

use super::a3::{benefit_word, decision_word};
use super::routine::deadline;
use crate::i18n::{self, A3Word as W, Lang, PlanWord};
use crate::minutes::{Block, Doc, Inline};
use tavle_core::model::{Board, Card, CycleDecision};

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Status,
    Final,
}

fn word(s: impl Into<String>) -> Inline {
    Inline::Word(s.into())
}

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

fn heading(level: u8, s: &str) -> Block {
    Block::Heading(level, vec![word(s)])
}

fn none(s: &str) -> Block {
    Block::Para(vec![Inline::Em(s.to_string())])
}

/// A role's holder, or that nobody is named.
fn person(lang: Lang, name: Option<&str>) -> Vec<Inline> {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => vec![text(n)],
        None => vec![Inline::Em(i18n::a3_word(lang, W::NotSet).into())],
    }
}

/// The cards the report is about: every card not archived, in board order.
fn measures(board: &Board) -> Vec<&Card> {
    board.cards.iter().filter(|c| !c.archived).collect()
}

/// One cycle in a line: `Syklus 1: plan — Forventet: … — Resultat: … — Beslutning: ta i bruk`.
fn cycle_line(lang: Lang, n: usize, c: &tavle_core::model::Cycle) -> Vec<Inline> {
    let w = |x| i18n::a3_word(lang, x);
    let mut parts = vec![word(format!("{}: ", i18n::a3_cycle(lang, n)))];
    let mut first = true;
    let mut add = |parts: &mut Vec<Inline>, label: Option<&str>, value: Vec<Inline>| {
        if !first {
            parts.push(word(" — "));
        }
        first = false;
        if let Some(l) = label {
            parts.push(word(format!("{l}: ")));
        }
        parts.extend(value);
    };
    if let Some(p) = c.plan.as_deref() {
        add(&mut parts, None, vec![text(p)]);
    }
    if let Some(p) = c.prediction.as_deref() {
        add(&mut parts, Some(w(W::Prediction)), vec![text(p)]);
    }
    if let Some(m) = c.measured.as_deref() {
        add(&mut parts, Some(w(W::Measured)), vec![text(m)]);
    }
    if let Some(r) = c.result.as_deref() {
        add(&mut parts, Some(w(W::Outcome)), vec![text(r)]);
    }
    if let Some(d) = c.decision {
        add(
            &mut parts,
            Some(w(W::Decision)),
            vec![word(decision_word(lang, d))],
        );
    }
    parts
}

/// An indicator in a line: latest value and date, target, median, signals.
fn indicator_line(lang: Lang, ind: &tavle_core::model::Indicator) -> Vec<Inline> {
    let w = |x| i18n::a3_word(lang, x);
    let r = tavle_core::status::indicator_report(ind);
    let num = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| i18n::number(lang, v));
    let mut parts = vec![text(&ind.title), word(": ")];
    let when = r
        .latest_date
        .map(|d| format!(" ({})", tavle_core::dates::format_nb(d)))
        .unwrap_or_default();
    parts.push(word(format!(
        "{} {}{when} · {} {} · {} {}",
        w(W::Latest),
        num(r.latest),
        w(W::Target),
        num(r.target),
        w(W::Median),
        num(r.median),
    )));
    let signals = if r.too_few {
        i18n::plan_word(lang, PlanWord::TooFew).to_string()
    } else if r.signals.is_empty() {
        i18n::plan_word(lang, PlanWord::NoSignal).to_string()
    } else {
        (r.signals.iter())
            .map(|s| i18n::signal_text(lang, s))
            .collect::<Vec<_>>()
            .join("; ")
    };
    parts.push(word(format!(" — {signals}")));
    parts
}

/// The report `which` of `board` for `today`.
pub fn document(lang: Lang, board: &Board, today: NaiveDate, which: Which) -> Doc {
    let w = |x| i18n::a3_word(lang, x);
    let title = match which {
        Which::Status => w(W::StatusReport),
        Which::Final => w(W::FinalReport),
    };
    let mut b = vec![Block::Heading(
        1,
        vec![word(format!("{title}: ")), text(&board.title)],
    )];
    b.push(Block::Field(w(W::Team), vec![text(&board.title)]));
    if let Some(unit) = &board.unit {
        b.push(Block::Field(w(W::Unit), vec![text(unit)]));
    }
    b.push(Block::Field(
        w(W::TeamLeader),
        person(lang, board.team_leader.as_deref()),
    ));
    b.push(Block::Field(
        w(W::MeasurementLead),
        person(lang, board.measurement_lead.as_deref()),
    ));
    b.push(Block::Field(
        w(W::Date),
        vec![word(format!(
            "{} ({} {})",
            tavle_core::dates::format_nb(today),
            i18n::ui(lang, i18n::Ui::Week),
            tavle_core::dates::iso_week(today)
        ))],
    ));

    b.push(heading(2, w(W::Goals)));
    let goals: Vec<_> = board.goals.iter().collect();
    let card_goals: Vec<(&Card, &String)> = (measures(board).into_iter())
        .filter_map(|c| Some((c, c.a3.as_ref()?.goal.as_ref()?)))
        .collect();
    if goals.is_empty() && card_goals.is_empty() {
        b.push(none(w(W::NoGoals)));
    }
    for g in goals {
        let mut parts = vec![text(&g.title)];
        if let Some(t) = &g.target {
            parts.push(word(" — "));
            parts.push(text(t));
        }
        b.push(Block::Bullet(parts));
    }
    for (c, goal) in card_goals {
        b.push(Block::Bullet(vec![
            text(goal),
            word(" ("),
            text(&c.title),
            word(")"),
        ]));
    }

    b.push(heading(2, w(W::MeasuresCycles)));
    let cards = measures(board);
    if cards.is_empty() {
        b.push(none(w(W::NoMeasures)));
    }
    for c in &cards {
        let column = board
            .column(&c.column)
            .map_or(c.column.as_str(), |col| col.title.as_str());
        b.push(Block::Heading(
            3,
            vec![
                text(&c.title),
                word(" — "),
                text(column),
                word(format!(", {}", i18n::team_cycles(lang, c.pdsa.len()))),
            ],
        ));
        if let Some(o) = &c.owner {
            b.push(Block::Field(w(W::Owner), vec![text(o)]));
        }
        for (i, cy) in c.pdsa.iter().enumerate() {
            b.push(Block::Bullet(cycle_line(lang, i + 1, cy)));
        }
    }

    b.push(heading(2, w(W::Indicators)));
    if board.indicators.is_empty() {
        b.push(none(w(W::NoIndicators)));
    }
    for ind in &board.indicators {
        b.push(Block::Bullet(indicator_line(lang, ind)));
    }

    b.push(heading(2, w(W::Routines)));
    if board.routines.is_empty() {
        b.push(none(w(W::NoRoutines)));
    }
    for r in &board.routines {
        let overdue = tavle_core::improvement::is_revision_overdue(r, today);
        let mut parts = vec![
            text(&r.title),
            word(format!(
                " — {}: ",
                i18n::routine_word(lang, i18n::RoutineWord::ColRevision)
            )),
        ];
        parts.extend(deadline(lang, r.revision, today, overdue));
        b.push(Block::Bullet(parts));
    }

    if which == Which::Final {
        final_sections(lang, board, &cards, &mut b);
    }
    Doc { blocks: b }
}

/// What the final report adds: what was achieved (finished measures and
/// the effect seen), the benefit, and what is kept (the routines, and the
/// changes a cycle decided to adopt).
fn final_sections(lang: Lang, board: &Board, cards: &[&Card], b: &mut Vec<Block>) {
    let w = |x| i18n::a3_word(lang, x);
    b.push(heading(2, w(W::Achieved)));
    let achieved: Vec<&&Card> = (cards.iter())
        .filter(|c| board.is_done(c) || c.evaluation.as_ref().is_some_and(|e| e.effect.is_some()))
        .collect();
    if achieved.is_empty() {
        b.push(none(w(W::NothingAchieved)));
    }
    for c in achieved {
        let mut parts = vec![text(&c.title)];
        if let Some(e) = c.evaluation.as_ref().and_then(|e| e.effect.as_deref()) {
            parts.push(word(format!(" — {}: ", w(W::Effect))));
            parts.push(text(e));
        }
        b.push(Block::Bullet(parts));
    }

    b.push(heading(2, w(W::Benefits)));
    let with_benefit: Vec<&&Card> = cards.iter().filter(|c| c.benefit.is_some()).collect();
    if with_benefit.is_empty() {
        b.push(none(w(W::NoBenefits)));
    }
    for c in with_benefit {
        let Some(ben) = &c.benefit else { continue };
        let mut parts = vec![text(&c.title)];
        if let Some(k) = ben.kind {
            parts.push(word(format!(" — {}", benefit_word(lang, k))));
        }
        if let Some(who) = &ben.who {
            parts.push(word(format!(", {}: ", w(W::BenefitWho))));
            parts.push(text(who));
        }
        if let Some(by) = ben.by {
            parts.push(word(format!(
                ", {}: {}",
                w(W::BenefitBy),
                tavle_core::dates::format_nb(by)
            )));
        }
        if let Some(how) = &ben.how {
            parts.push(word(format!(", {}: ", w(W::BenefitHow))));
            parts.push(text(how));
        }
        b.push(Block::Bullet(parts));
    }

    b.push(heading(2, w(W::Kept)));
    let adopted: Vec<&&Card> = (cards.iter())
        .filter(|c| {
            c.pdsa
                .iter()
                .any(|cy| cy.decision == Some(CycleDecision::Adopt))
        })
        .collect();
    if adopted.is_empty() && board.routines.is_empty() {
        b.push(none(w(W::NothingKept)));
    }
    for r in &board.routines {
        b.push(Block::Bullet(vec![
            word(format!(
                "{}: ",
                i18n::routine_word(lang, i18n::RoutineWord::Doc)
            )),
            text(&r.title),
        ]));
    }
    for c in adopted {
        b.push(Block::Bullet(vec![
            text(&c.title),
            word(format!(" — {}", w(W::Adopt))),
        ]));
    }
}

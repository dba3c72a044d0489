//! The A3 one-pager of an improvement card, as a [`Doc`]: the problem (its
//! title and description), the current situation, the root cause with the
//! five whys, the goal, the measures (the decisions about the card), the
//! plan (each PDSA cycle's plan and prediction), the result (what was
//! measured, the result and the decision of each cycle), the linked
//! indicator's run chart as text (its values beside the median, the
//! signals), and the benefit. `tavle a3` writes it as Markdown and the
//! board's `A` shows it on screen, from the same document. Words and
//! layout only: what a signal or an overdue date is, the core decides.

use chrono::NaiveDate;

use super::routine::{deadline, paragraphs};
use crate::i18n::{self, A3Word as W, Lang, PlanWord};
use crate::minutes::{Block, Doc, Inline};
use tavle_core::model::{BenefitKind, Board, Card, CycleDecision, Indicator};

fn word(s: impl Into<String>) -> Inline {
    Inline::Word(s.into())
}

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

fn heading(level: u8, s: &str) -> Block {
    Block::Heading(level, vec![word(s)])
}

/// What a cycle decided, in words.
pub(crate) fn decision_word(lang: Lang, d: CycleDecision) -> &'static str {
    i18n::a3_word(
        lang,
        match d {
            CycleDecision::Adopt => W::Adopt,
            CycleDecision::Adapt => W::Adapt,
            CycleDecision::Abandon => W::Abandon,
        },
    )
}

/// A kind of benefit, in words.
pub(crate) fn benefit_word(lang: Lang, k: BenefitKind) -> &'static str {
    i18n::a3_word(
        lang,
        match k {
            BenefitKind::AvoidedCost => W::AvoidedCost,
            BenefitKind::TimeSaved => W::TimeSaved,
            BenefitKind::BetterQuality => W::BetterQuality,
        },
    )
}

/// A field from the board, only when it says something.
fn field(out: &mut Vec<Block>, label: &'static str, value: Option<&str>) {
    if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
        out.push(Block::Field(label, vec![text(v)]));
    }
}

/// A date field, only when there is a date.
fn date_field(out: &mut Vec<Block>, label: &'static str, value: Option<NaiveDate>) {
    if let Some(d) = value {
        out.push(Block::Field(
            label,
            vec![word(tavle_core::dates::format_nb(d))],
        ));
    }
}

/// The indicator's run chart as text: the median and the target, every
/// value with its week and whether it lies above or below the median, and
/// the non-random signals in words (or that there are too few points).
pub(crate) fn run_chart(lang: Lang, ind: &Indicator, level: u8) -> Vec<Block> {
    let w = |x| i18n::a3_word(lang, x);
    let reading = tavle_core::runchart::read(ind);
    let chart = &reading.chart;
    let num = |v: Option<f64>| v.map_or_else(|| "–".to_string(), |v| i18n::number(lang, v));
    let mut b = vec![Block::Heading(
        level,
        vec![word(format!("{}: ", w(W::RunChart))), text(&ind.title)],
    )];
    b.push(Block::Field(w(W::Median), vec![word(num(chart.median))]));
    if ind.target.is_some() {
        b.push(Block::Field(w(W::Target), vec![word(num(ind.target))]));
    }
    for (date, v) in &reading.series {
        let side = match chart.median {
            Some(m) if *v > m => format!(" ▲ {}", w(W::Above)),
            Some(m) if *v < m => format!(" ▼ {}", w(W::Below)),
            Some(_) => format!(" = {}", w(W::OnMedian)),
            None => String::new(),
        };
        b.push(Block::Bullet(vec![word(format!(
            "{} {} ({}): {}{side}",
            i18n::ui(lang, i18n::Ui::Week),
            tavle_core::dates::iso_week(*date),
            tavle_core::dates::format_nb(*date),
            i18n::number(lang, *v),
        ))]));
    }
    let signals = if chart.too_few {
        i18n::plan_word(lang, PlanWord::TooFew).to_string()
    } else if reading.signals.is_empty() {
        i18n::plan_word(lang, PlanWord::NoSignal).to_string()
    } else {
        (reading.signals.iter())
            .map(|s| i18n::signal_text(lang, s))
            .collect::<Vec<_>>()
            .join("; ")
    };
    b.push(Block::Field(w(W::Signals), vec![word(signals)]));
    b
}

/// The A3 of `card` on `board`, for `today`.
pub fn document(lang: Lang, board: &Board, card: &Card, today: NaiveDate) -> Doc {
    let w = |x| i18n::a3_word(lang, x);
    let a3 = card.a3.clone().unwrap_or_default();
    let eval = card.evaluation.clone().unwrap_or_default();
    let mut b = vec![Block::Heading(
        1,
        vec![word(format!("{}: ", w(W::Title))), text(&card.title)],
    )];
    b.push(Block::Field(w(W::Board), vec![text(&board.title)]));
    let column = board.column(&card.column).map(|c| c.title.as_str());
    field(&mut b, w(W::Column), column);
    field(&mut b, w(W::Owner), card.owner.as_deref());
    if let Some(due) = card.due {
        let done = board.is_done(card);
        let overdue = tavle_core::plan::is_overdue(Some(due), today, done);
        b.push(Block::Field(w(W::Due), deadline(lang, due, today, overdue)));
    }

    b.push(heading(2, w(W::Problem)));
    b.push(Block::Para(vec![text(&card.title)]));
    if let Some(note) = card.note.as_deref().filter(|n| !n.trim().is_empty()) {
        b.extend(paragraphs(lang, Some(note)));
    }
    field(&mut b, w(W::Description), eval.problem.as_deref());

    b.push(heading(2, w(W::Current)));
    b.extend(paragraphs(lang, a3.current.as_deref()));

    b.push(heading(2, w(W::RootCause)));
    b.extend(paragraphs(lang, a3.root_cause.as_deref()));
    let whys: Vec<&String> = a3.whys.iter().filter(|y| !y.trim().is_empty()).collect();
    if !whys.is_empty() {
        b.push(heading(3, w(W::Whys)));
        for (i, y) in whys.iter().enumerate() {
            b.push(Block::Numbered(i + 1, vec![text(y)]));
        }
    }

    b.push(heading(2, w(W::Goal)));
    let served = card.goal.as_deref().and_then(|g| board.goal(g));
    if a3.goal.is_none() && served.is_none() {
        b.extend(paragraphs(lang, None));
    }
    if let Some(goal) = &a3.goal {
        b.extend(paragraphs(lang, Some(goal)));
    }
    if let Some(g) = served {
        let mut parts = vec![text(&g.title)];
        if let Some(t) = &g.target {
            parts.push(word(" — "));
            parts.push(text(t));
        }
        b.push(Block::Bullet(parts));
    }

    b.push(heading(2, w(W::Measures)));
    let decided: Vec<_> = (board.decisions.iter())
        .filter(|d| d.card.as_deref() == Some(card.id.as_str()))
        .collect();
    for d in &decided {
        let mut parts = vec![text(&d.text)];
        if let Some(o) = &d.owner {
            parts.push(word(format!(" — {}: ", w(W::Owner))));
            parts.push(text(o));
        }
        if let Some(due) = d.due {
            parts.push(word(format!(
                ", {}: {}",
                w(W::Due),
                tavle_core::dates::format_nb(due)
            )));
        }
        b.push(Block::Check(d.done, parts));
    }
    field(&mut b, w(W::Measures), eval.done.as_deref());
    if decided.is_empty() && eval.done.is_none() {
        b.extend(paragraphs(lang, None));
    }

    b.push(heading(2, w(W::Plan)));
    if card.pdsa.is_empty() {
        b.push(Block::Para(vec![word(w(W::NoCycles))]));
    }
    for (i, c) in card.pdsa.iter().enumerate() {
        b.push(heading(3, &i18n::a3_cycle(lang, i + 1)));
        field(&mut b, w(W::PlanField), c.plan.as_deref());
        field(&mut b, w(W::Prediction), c.prediction.as_deref());
        date_field(&mut b, w(W::Started), c.started);
    }

    b.push(heading(2, w(W::Result)));
    if card.pdsa.is_empty() {
        b.push(Block::Para(vec![word(w(W::NoCycles))]));
    }
    for (i, c) in card.pdsa.iter().enumerate() {
        b.push(heading(3, &i18n::a3_cycle(lang, i + 1)));
        field(&mut b, w(W::Measured), c.measured.as_deref());
        field(&mut b, w(W::Outcome), c.result.as_deref());
        if let Some(d) = c.decision {
            b.push(Block::Field(
                w(W::Decision),
                vec![word(decision_word(lang, d))],
            ));
        }
        date_field(&mut b, w(W::Ended), c.ended);
    }
    field(&mut b, w(W::Effect), eval.effect.as_deref());
    field(&mut b, w(W::Remains), eval.remains.as_deref());

    let indicator =
        (card.indicator.as_deref()).and_then(|id| board.indicators.iter().find(|i| i.id == id));
    match indicator {
        Some(ind) => b.extend(run_chart(lang, ind, 2)),
        None => {
            b.push(heading(2, w(W::RunChart)));
            b.push(Block::Para(vec![word(w(W::NoIndicator))]));
        }
    }

    b.push(heading(2, w(W::Benefit)));
    match &card.benefit {
        Some(ben) => {
            if let Some(k) = ben.kind {
                b.push(Block::Field(
                    w(W::BenefitKind),
                    vec![word(benefit_word(lang, k))],
                ));
            }
            field(&mut b, w(W::BenefitWho), ben.who.as_deref());
            date_field(&mut b, w(W::BenefitBy), ben.by);
            field(&mut b, w(W::BenefitHow), ben.how.as_deref());
        }
        None => b.extend(paragraphs(lang, None)),
    }
    Doc { blocks: b }
}

//! Words of an improvement card's PDSA work: its cycles (plan, prediction,
//! started, measured, result, decision, ended), the evaluation questions of
//! Kvalitetshåndbok §5.1.1, the benefit plan of §3.4.2 and the indicator it
//! follows — and the one wording of each that the card detail and the
//! minutes both use, so the screen and the record say the same. Also the
//! words of the improvement changes in the change log (a cycle started, a
//! routine made, a role set), for "since last time" and the minutes.

use super::Lang;
use tavle_core::dates::format_nb;
use tavle_core::model::{Benefit, BenefitKind, Cycle, CycleDecision, Evaluation};

/// The labels of the PDSA, evaluation and benefit fields (the editor's and
/// the card detail's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdsaLabel {
    Plan,
    Prediction,
    Started,
    Measured,
    Result,
    Decision,
    Ended,
    /// The seven evaluation questions, in the seed's order.
    Problem,
    Decided,
    Done,
    Told,
    Seen,
    Remains,
    Share,
    /// The benefit plan.
    Kind,
    Who,
    By,
    How,
}

impl PdsaLabel {
    /// The evaluation questions, in order.
    pub const QUESTIONS: [PdsaLabel; 7] = [
        PdsaLabel::Problem,
        PdsaLabel::Decided,
        PdsaLabel::Done,
        PdsaLabel::Told,
        PdsaLabel::Seen,
        PdsaLabel::Remains,
        PdsaLabel::Share,
    ];
}

/// The short label of a field (fits the editor's label column).
pub fn pdsa_label(lang: Lang, l: PdsaLabel) -> &'static str {
    use PdsaLabel as L;
    match l {
        L::Plan => s!(lang, "pdsa-plan"),
        L::Prediction => s!(lang, "pdsa-prediction"),
        L::Started => s!(lang, "pdsa-started"),
        L::Measured => s!(lang, "pdsa-measured"),
        L::Result => s!(lang, "pdsa-result"),
        L::Decision => s!(lang, "pdsa-decision"),
        L::Ended => s!(lang, "pdsa-ended"),
        L::Problem => s!(lang, "pdsa-q-problem"),
        L::Decided => s!(lang, "pdsa-q-decided"),
        L::Done => s!(lang, "pdsa-q-done"),
        L::Told => s!(lang, "pdsa-q-told"),
        L::Seen => s!(lang, "pdsa-q-seen"),
        L::Remains => s!(lang, "pdsa-q-remains"),
        L::Share => s!(lang, "pdsa-q-share"),
        L::Kind => s!(lang, "pdsa-benefit-kind"),
        L::Who => s!(lang, "pdsa-benefit-who"),
        L::By => s!(lang, "pdsa-benefit-by"),
        L::How => s!(lang, "pdsa-benefit-how"),
    }
}

/// What the field asks, in full, shown under the form while the cursor is
/// in it: the evaluation questions as the seed words them, what a date
/// means, the words a decision or a kind is typed with, the prediction rule.
pub fn pdsa_ask(lang: Lang, l: PdsaLabel) -> &'static str {
    use PdsaLabel as L;
    match l {
        L::Plan => s!(lang, "pdsa-ask-plan"),
        L::Prediction => s!(lang, "pdsa-ask-prediction"),
        L::Started => s!(lang, "pdsa-ask-started"),
        L::Measured => s!(lang, "pdsa-ask-measured"),
        L::Result => s!(lang, "pdsa-ask-result"),
        L::Decision => s!(lang, "pdsa-ask-decision"),
        L::Ended => s!(lang, "pdsa-ask-ended"),
        L::Problem => s!(lang, "pdsa-ask-problem"),
        L::Decided => s!(lang, "pdsa-ask-decided"),
        L::Done => s!(lang, "pdsa-ask-done"),
        L::Told => s!(lang, "pdsa-ask-told"),
        L::Seen => s!(lang, "pdsa-ask-seen"),
        L::Remains => s!(lang, "pdsa-ask-remains"),
        L::Share => s!(lang, "pdsa-ask-share"),
        L::Kind => s!(lang, "pdsa-ask-kind"),
        L::Who => s!(lang, "pdsa-ask-who"),
        L::By => s!(lang, "pdsa-ask-by"),
        L::How => s!(lang, "pdsa-ask-how"),
    }
}

/// Headings and other words of the card detail, the forms and the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdsaWord {
    Cycles,
    NoCycles,
    NewCycle,
    Evaluation,
    NoEvaluation,
    Benefit,
    NoBenefit,
    BenefitForm,
    Indicator,
    NoIndicator,
    /// The picker's title and its first row (unlink).
    LinkIndicator,
    Unlink,
    PickerKeys,
    /// Minutes: the heading of the improvement work done in the meeting.
    MinutesHeading,
    /// The card's signals in words: none yet.
    NoSignal,
}

pub fn pdsa_word(lang: Lang, w: PdsaWord) -> &'static str {
    use PdsaWord as W;
    match w {
        W::Cycles => s!(lang, "pdsa-cycles"),
        W::NoCycles => s!(lang, "pdsa-no-cycles"),
        W::NewCycle => s!(lang, "pdsa-new-cycle"),
        W::Evaluation => s!(lang, "pdsa-evaluation"),
        W::NoEvaluation => s!(lang, "pdsa-no-evaluation"),
        W::Benefit => s!(lang, "pdsa-benefit"),
        W::NoBenefit => s!(lang, "pdsa-no-benefit"),
        W::BenefitForm => s!(lang, "pdsa-benefit-form"),
        W::Indicator => s!(lang, "pdsa-indicator"),
        W::NoIndicator => s!(lang, "pdsa-no-indicator"),
        W::LinkIndicator => s!(lang, "pdsa-link-indicator"),
        W::Unlink => s!(lang, "pdsa-unlink"),
        W::PickerKeys => s!(lang, "pdsa-picker-keys"),
        W::MinutesHeading => s!(lang, "pdsa-minutes-heading"),
        W::NoSignal => s!(lang, "pdsa-no-signal"),
    }
}

/// `Syklus 2 av 3`.
pub fn cycle_of(lang: Lang, n: usize, total: usize) -> String {
    f!(lang, "pdsa-cycle-of", n = n, total = total)
}

/// The form's title for cycle `n` (from 1).
pub fn cycle_title(lang: Lang, n: usize) -> String {
    f!(lang, "pdsa-cycle-title", n = n)
}

/// A decision in words with its glyph, never colour alone: `✓ ta i bruk`,
/// `↻ juster`, `✗ forkast`.
pub fn decision_word(lang: Lang, d: CycleDecision) -> String {
    let (glyph, word) = match d {
        CycleDecision::Adopt => ("✓", s!(lang, "pdsa-adopt")),
        CycleDecision::Adapt => ("↻", s!(lang, "pdsa-adapt")),
        CycleDecision::Abandon => ("✗", s!(lang, "pdsa-abandon")),
    };
    format!("{glyph} {word}")
}

/// The decision typed in a form: the word of the UI language (any of the
/// three languages' words, or its first letter, or the file's English
/// name); `None` when nothing fits. An empty text is no decision yet.
pub fn parse_decision(lang: Lang, text: &str) -> Option<CycleDecision> {
    let t = tavle_core::names::fold(text);
    for d in [
        CycleDecision::Adopt,
        CycleDecision::Adapt,
        CycleDecision::Abandon,
    ] {
        let mut words: Vec<String> = Lang::ALL
            .iter()
            .map(|&l| {
                let w = decision_word(l, d);
                tavle_core::names::fold(w.split_once(' ').map_or(w.as_str(), |(_, w)| w))
            })
            .collect();
        words.push(d.as_str().to_string());
        let own = &words[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)];
        if words.contains(&t) || own.chars().next().is_some_and(|c| t == c.to_string()) {
            return Some(d);
        }
    }
    None
}

/// A kind of benefit in words: `Spart tid`.
pub fn benefit_kind_word(lang: Lang, k: BenefitKind) -> &'static str {
    match k {
        BenefitKind::AvoidedCost => s!(lang, "pdsa-kind-avoided-cost"),
        BenefitKind::TimeSaved => s!(lang, "pdsa-kind-time-saved"),
        BenefitKind::BetterQuality => s!(lang, "pdsa-kind-better-quality"),
    }
}

/// The kind typed in a form: the words of any language, its first word, or
/// the number of §3.4.2's list (1–3), or the file's name.
pub fn parse_benefit_kind(text: &str) -> Option<BenefitKind> {
    let t = tavle_core::names::fold(text);
    let kinds = [
        BenefitKind::AvoidedCost,
        BenefitKind::TimeSaved,
        BenefitKind::BetterQuality,
    ];
    for (i, k) in kinds.into_iter().enumerate() {
        if t == (i + 1).to_string() || t == k.as_str() {
            return Some(k);
        }
        for &l in Lang::ALL {
            let w = tavle_core::names::fold(benefit_kind_word(l, k));
            let first = w.split_whitespace().next().unwrap_or_default().to_string();
            if !t.is_empty() && (t == w || t == first) {
                return Some(k);
            }
        }
    }
    None
}

/// One cycle's fields in order, with their labels: the card detail lists
/// them and the minutes pick from them. Empty fields are left out.
pub fn cycle_fields(lang: Lang, c: &Cycle) -> Vec<(&'static str, String)> {
    let l = |x| pdsa_label(lang, x);
    let mut out = Vec::new();
    let mut text = |label, v: &Option<String>| {
        if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
            out.push((label, v.to_string()));
        }
    };
    text(l(PdsaLabel::Plan), &c.plan);
    text(l(PdsaLabel::Prediction), &c.prediction);
    if let Some(d) = c.started {
        out.push((l(PdsaLabel::Started), format_nb(d)));
    }
    let mut text = |label, v: &Option<String>| {
        if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
            out.push((label, v.to_string()));
        }
    };
    text(l(PdsaLabel::Measured), &c.measured);
    text(l(PdsaLabel::Result), &c.result);
    if let Some(d) = c.decision {
        out.push((l(PdsaLabel::Decision), decision_word(lang, d)));
    }
    if let Some(d) = c.ended {
        out.push((l(PdsaLabel::Ended), format_nb(d)));
    }
    out
}

/// A cycle in one line, as the minutes record it: `Syklus 2 av 2 —
/// resultat: …; beslutning: ✓ ta i bruk`, or where it stands when no
/// result is in yet.
pub fn cycle_line(lang: Lang, n: usize, total: usize, c: &Cycle) -> String {
    let fields = cycle_fields(lang, c);
    let pick = |labels: &[PdsaLabel]| -> Vec<String> {
        let wanted: Vec<&str> = labels.iter().map(|&l| pdsa_label(lang, l)).collect();
        (fields.iter())
            .filter(|(label, _)| wanted.contains(label))
            .map(|(label, value)| format!("{}: {value}", label.to_lowercase()))
            .collect()
    };
    let mut parts = pick(&[PdsaLabel::Result, PdsaLabel::Decision]);
    if parts.is_empty() {
        parts = pick(&[PdsaLabel::Prediction, PdsaLabel::Started]);
    }
    let head = cycle_of(lang, n, total);
    if parts.is_empty() {
        head
    } else {
        format!("{head} — {}", parts.join("; "))
    }
}

/// After an "adapt": the natural next step is a new cycle (`c`).
pub fn adapt_next(lang: Lang, next: usize) -> String {
    f!(lang, "pdsa-adapt-next", n = next)
}

/// The evaluation's answers given, each behind its question as the seed
/// asks it.
pub fn evaluation_answers(lang: Lang, e: &Evaluation) -> Vec<(&'static str, String)> {
    let answers = [
        &e.problem, &e.decided, &e.done, &e.told, &e.effect, &e.remains, &e.share,
    ];
    (PdsaLabel::QUESTIONS.iter().zip(answers))
        .filter_map(|(&q, a)| {
            let a = a.as_deref().filter(|a| !a.trim().is_empty())?;
            Some((pdsa_ask(lang, q), a.to_string()))
        })
        .collect()
}

/// The benefit plan's fields with their labels, the kind first; empty
/// fields left out. The card detail lists them, the minutes join them
/// ([`benefit_line`]).
pub fn benefit_fields(lang: Lang, b: &Benefit) -> Vec<(&'static str, String)> {
    let l = |x| pdsa_label(lang, x);
    let mut out = Vec::new();
    if let Some(k) = b.kind {
        out.push((l(PdsaLabel::Kind), benefit_kind_word(lang, k).to_string()));
    }
    if let Some(w) = b.who.as_deref().filter(|w| !w.trim().is_empty()) {
        out.push((l(PdsaLabel::Who), w.to_string()));
    }
    if let Some(d) = b.by {
        out.push((l(PdsaLabel::By), format_nb(d)));
    }
    if let Some(h) = b.how.as_deref().filter(|h| !h.trim().is_empty()) {
        out.push((l(PdsaLabel::How), h.to_string()));
    }
    out
}

/// The benefit plan in one line: `gevinsttype: Spart tid, ansvarlig: Kari,
/// innen: 01.03.2027, måles slik: …`. Empty when nothing is set.
pub fn benefit_line(lang: Lang, b: &Benefit) -> String {
    (benefit_fields(lang, b).iter())
        .map(|(label, value)| format!("{}: {value}", label.to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the form refuses, and the notice after an "adapt".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdsaMsg {
    /// A start date without a prediction: the rule of the PDSA card.
    PredictionFirst,
    BadDecision(String),
    BadKind(String),
    /// The benefit's "by" is a day that has been.
    ByPast(String),
    /// The cycle ended before it started.
    EndedBeforeStarted,
    /// Saved with "adapt": start the next cycle.
    AdaptNext(usize),
    /// `p` on a card without a cycle.
    NoCycle,
    /// `i` on a board without indicators.
    NoIndicators,
}

pub fn pdsa_msg(lang: Lang, m: &PdsaMsg) -> String {
    match m {
        PdsaMsg::PredictionFirst => s!(lang, "pdsa-msg-prediction-first").into(),
        PdsaMsg::BadDecision(t) => f!(lang, "pdsa-msg-bad-decision", text = t),
        PdsaMsg::BadKind(t) => f!(lang, "pdsa-msg-bad-kind", text = t),
        PdsaMsg::ByPast(d) => f!(lang, "pdsa-msg-by-past", date = d),
        PdsaMsg::EndedBeforeStarted => s!(lang, "pdsa-msg-ended-before-started").into(),
        PdsaMsg::AdaptNext(n) => adapt_next(lang, *n),
        PdsaMsg::NoCycle => s!(lang, "pdsa-msg-no-cycle").into(),
        PdsaMsg::NoIndicators => s!(lang, "pdsa-msg-no-indicators").into(),
    }
}

/// The `?` words of the card screen's PDSA keys.
pub(super) fn cmd_help_pdsa(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "pdsa-new" => s!(lang, "cmd-help-pdsa-new"),
        "pdsa-edit" => s!(lang, "cmd-help-pdsa-edit"),
        "pdsa-evaluate" => s!(lang, "cmd-help-pdsa-evaluate"),
        "pdsa-indicator" => s!(lang, "cmd-help-pdsa-indicator"),
        "pdsa-benefit" => s!(lang, "cmd-help-pdsa-benefit"),
        _ => return None,
    })
}

/// The hint bar's words of the same keys.
pub(super) fn cmd_hint_pdsa(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "pdsa-new" => s!(lang, "cmd-hint-pdsa-new"),
        "pdsa-edit" => s!(lang, "cmd-hint-pdsa-edit"),
        "pdsa-evaluate" => s!(lang, "cmd-hint-pdsa-evaluate"),
        _ => return None,
    })
}

#[cfg(test)]
#[path = "pdsa_tests.rs"]
mod tests;

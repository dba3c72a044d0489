//! The status of every board in a folder, for the leadership group's report
//! (`tavle status`): worst first, honest traffic-light counts, overdue
//! measures, next deadlines and indicator signals. The JSON form is a stable
//! contract, documented in `docs/status.md`; `format` changes if it ever breaks.

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{self, Lang, PlanWord};
use crate::model::{Board, Kind, Light};
use crate::plan::{self, Counts};
use crate::runchart::{self, Signal};
use crate::text::markdown_inline as md;

/// The version of the JSON shape.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this JSON shape.
    pub format: u32,
    /// The day the statuses are computed for (deadlines before it are overdue).
    pub date: NaiveDate,
    /// Only cards with this owner are counted, when given.
    pub owner: Option<String>,
    /// Worst first.
    pub boards: Vec<BoardReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardReport {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub unit: Option<String>,
    /// Why the board could not be read (`file:line:col: message`); then nothing else is filled in.
    pub error: Option<String>,
    pub counts: Counts,
    /// Open cards with the nearest deadlines (overdue first), at most five.
    pub next_deadlines: Vec<CardReport>,
    pub indicators: Vec<IndicatorReport>,
    /// With an owner filter: every open card of that owner on this board.
    pub responsible: Vec<CardReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardReport {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    /// The honest light: red when overdue.
    pub light: Option<Light>,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorReport {
    pub id: String,
    pub title: String,
    pub unit: Option<String>,
    pub latest: Option<f64>,
    pub target: Option<f64>,
    pub meets_target: Option<bool>,
    pub median: Option<f64>,
    pub points: usize,
    /// Fewer than 10 points: no signals are read.
    pub too_few: bool,
    pub signals: Vec<SignalReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignalReport {
    /// `shift` or `trend`.
    pub kind: &'static str,
    /// `above`/`below` for a shift, `rising`/`falling` for a trend.
    pub direction: &'static str,
    pub points: usize,
}

fn card_report(board: &Board, c: &crate::model::Card, today: NaiveDate) -> CardReport {
    let s = plan::card_status(board, c, today);
    CardReport {
        id: c.id.clone(),
        title: c.title.clone(),
        owner: c.owner.clone(),
        due: c.due,
        light: s.light,
        overdue: s.overdue,
    }
}

/// The report of one readable board.
pub fn board_report(id: &str, board: &Board, today: NaiveDate, owner: Option<&str>) -> BoardReport {
    let responsible = match owner {
        Some(o) => board
            .cards
            .iter()
            .filter(|c| {
                !c.archived
                    && plan::owner_matches(c, Some(o))
                    && !plan::card_status(board, c, today).done
            })
            .map(|c| card_report(board, c, today))
            .collect(),
        None => Vec::new(),
    };
    BoardReport {
        id: id.to_string(),
        title: board.title.clone(),
        kind: board.kind,
        unit: board.unit.clone(),
        error: None,
        counts: plan::counts(board, today, owner),
        next_deadlines: plan::next_deadlines(board, today, owner, 5)
            .into_iter()
            .map(|c| card_report(board, c, today))
            .collect(),
        indicators: board
            .indicators
            .iter()
            .map(|ind| {
                let rc = runchart::of(ind);
                IndicatorReport {
                    id: ind.id.clone(),
                    title: ind.title.clone(),
                    unit: ind.unit.clone(),
                    latest: rc.latest,
                    target: ind.target,
                    meets_target: rc.meets_target,
                    median: rc.median,
                    points: ind.values.len(),
                    too_few: rc.too_few,
                    signals: rc
                        .signals
                        .iter()
                        .map(|s| match s {
                            Signal::Shift { above, len, .. } => SignalReport {
                                kind: "shift",
                                direction: if *above { "above" } else { "below" },
                                points: *len,
                            },
                            Signal::Trend { rising, len, .. } => SignalReport {
                                kind: "trend",
                                direction: if *rising { "rising" } else { "falling" },
                                points: *len,
                            },
                        })
                        .collect(),
                }
            })
            .collect(),
        responsible,
    }
}

/// The report of a board file that could not be read.
pub fn broken_report(id: &str, error: String) -> BoardReport {
    BoardReport {
        id: id.to_string(),
        title: id.to_string(),
        kind: Kind::Drift,
        unit: None,
        error: Some(error),
        counts: Counts::default(),
        next_deadlines: Vec::new(),
        indicators: Vec::new(),
        responsible: Vec::new(),
    }
}

/// Sort worst first: unreadable boards, then most red, most overdue, most yellow; then by id.
pub fn sort(boards: &mut [BoardReport]) {
    boards.sort_by(|a, b| {
        let key = |r: &BoardReport| {
            (
                r.error.is_none(),
                std::cmp::Reverse(plan::badness(&r.counts)),
            )
        };
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
}

fn light_word(lang: Lang, l: Option<Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), i18n::light_name(lang, l)),
        None => "–".into(),
    }
}

fn num(lang: Lang, v: Option<f64>) -> String {
    v.map(|v| i18n::number(lang, v))
        .unwrap_or_else(|| "–".into())
}

fn signals_text(lang: Lang, ind: &IndicatorReport) -> String {
    if ind.too_few {
        return i18n::plan_word(lang, PlanWord::TooFew).to_string();
    }
    if ind.signals.is_empty() {
        return i18n::plan_word(lang, PlanWord::NoSignal).to_string();
    }
    ind.signals
        .iter()
        .map(|s| {
            let (kind, dir) = match (s.kind, s.direction) {
                ("shift", "above") => (PlanWord::Shift, PlanWord::Above),
                ("shift", _) => (PlanWord::Shift, PlanWord::Below),
                (_, "rising") => (PlanWord::Trend, PlanWord::Rising),
                _ => (PlanWord::Trend, PlanWord::Falling),
            };
            format!(
                "{}: {} {} {}",
                i18n::plan_word(lang, kind),
                s.points,
                i18n::plan_word(lang, PlanWord::Points),
                i18n::plan_word(lang, dir)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn target_text(lang: Lang, ind: &IndicatorReport) -> &'static str {
    match ind.meets_target {
        Some(true) => i18n::plan_word(lang, PlanWord::MeetsTarget),
        Some(false) => i18n::plan_word(lang, PlanWord::MissesTarget),
        None => "",
    }
}

fn due_text(lang: Lang, c: &CardReport, today: NaiveDate) -> String {
    c.due
        .map(|d| {
            let rel = i18n::due(lang, crate::dates::describe_due(d, today), d);
            format!("{} ({rel})", crate::dates::format_nb(d))
        })
        .unwrap_or_default()
}

/// The report as plain text for a terminal or an e-mail.
pub fn text(lang: Lang, r: &Report) -> String {
    use std::fmt::Write;
    let sanitize = |s: &str| crate::text::sanitize(s).into_owned();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} ({} {}){}",
        i18n::status_word(lang, i18n::StatusWord::Title),
        crate::dates::format_nb(r.date),
        i18n::ui(lang, i18n::Ui::Week),
        crate::dates::iso_week(r.date),
        r.owner
            .as_ref()
            .map(|o| format!(" — {}: {}", i18n::ui(lang, i18n::Ui::Owner), sanitize(o)))
            .unwrap_or_default()
    );
    for b in &r.boards {
        let _ = writeln!(out);
        let _ = writeln!(out, "{} ({})", sanitize(&b.title), b.id);
        if let Some(e) = &b.error {
            let _ = writeln!(out, "  ⚠ {}", sanitize(e));
            continue;
        }
        let c = &b.counts;
        let _ = writeln!(
            out,
            "  ■ {} {}  ▲ {} {}  ● {} {}  ✓ {} {}  ⚠ {} {}",
            c.red,
            i18n::light_name(lang, Light::Red),
            c.yellow,
            i18n::light_name(lang, Light::Yellow),
            c.green,
            i18n::light_name(lang, Light::Green),
            c.done,
            i18n::status_word(lang, i18n::StatusWord::Done),
            c.overdue,
            i18n::status_word(lang, i18n::StatusWord::Overdue),
        );
        let list = if r.owner.is_some() {
            &b.responsible
        } else {
            &b.next_deadlines
        };
        if !list.is_empty() {
            let _ = writeln!(
                out,
                "  {}:",
                i18n::status_word(
                    lang,
                    if r.owner.is_some() {
                        i18n::StatusWord::Responsible
                    } else {
                        i18n::StatusWord::Next
                    }
                )
            );
        }
        for card in list {
            let _ = writeln!(
                out,
                "    {} {} — {}{}",
                light_word(lang, card.light),
                sanitize(&card.title),
                card.owner.as_deref().map(sanitize).unwrap_or_default(),
                card.due
                    .map(|_| format!(", {}", due_text(lang, card, r.date)))
                    .unwrap_or_default()
            );
        }
        for ind in &b.indicators {
            let _ = writeln!(
                out,
                "  {}: {} {} {} {} ({}: {}) {} — {}",
                i18n::status_word(lang, i18n::StatusWord::Indicator),
                sanitize(&ind.title),
                i18n::plan_word(lang, PlanWord::Latest),
                num(lang, ind.latest),
                ind.unit.as_deref().map(sanitize).unwrap_or_default(),
                i18n::plan_word(lang, PlanWord::TargetLine),
                num(lang, ind.target),
                target_text(lang, ind),
                signals_text(lang, ind)
            );
        }
    }
    out
}

/// The report as Markdown, for the minutes of the leadership group.
pub fn markdown(lang: Lang, r: &Report) -> String {
    use i18n::StatusWord as S;
    use std::fmt::Write;
    let w = |x| i18n::status_word(lang, x);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} {} ({} {})\n",
        w(S::Title),
        crate::dates::format_nb(r.date),
        i18n::ui(lang, i18n::Ui::Week),
        crate::dates::iso_week(r.date)
    );
    if let Some(o) = &r.owner {
        let _ = writeln!(out, "**{}:** {}\n", i18n::ui(lang, i18n::Ui::Owner), md(o));
    }
    let _ = writeln!(
        out,
        "| {} | ■ {} | ▲ {} | ● {} | ✓ {} | ⚠ {} |",
        i18n::ui(lang, i18n::Ui::Board),
        i18n::light_name(lang, Light::Red),
        i18n::light_name(lang, Light::Yellow),
        i18n::light_name(lang, Light::Green),
        w(S::Done),
        w(S::Overdue)
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: |");
    for b in &r.boards {
        match &b.error {
            Some(e) => {
                let _ = writeln!(out, "| {} | ⚠ {} | | | | |", md(&b.title), md(e));
            }
            None => {
                let c = &b.counts;
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    md(&b.title),
                    c.red,
                    c.yellow,
                    c.green,
                    c.done,
                    c.overdue
                );
            }
        }
    }
    for b in r.boards.iter().filter(|b| b.error.is_none()) {
        let list = if r.owner.is_some() {
            &b.responsible
        } else {
            &b.next_deadlines
        };
        if list.is_empty() && b.indicators.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", md(&b.title));
        if !list.is_empty() {
            let _ = writeln!(
                out,
                "**{}:**\n",
                w(if r.owner.is_some() {
                    S::Responsible
                } else {
                    S::Next
                })
            );
            for card in list {
                let _ = writeln!(
                    out,
                    "- {} {}{}{}",
                    light_word(lang, card.light),
                    md(&card.title),
                    card.owner
                        .as_deref()
                        .map(|o| format!(" — {}", md(o)))
                        .unwrap_or_default(),
                    card.due
                        .map(|_| format!(", {}", due_text(lang, card, r.date)))
                        .unwrap_or_default()
                );
            }
        }
        if !b.indicators.is_empty() {
            let _ = writeln!(
                out,
                "\n**{}:**\n",
                i18n::plan_word(lang, PlanWord::Indicators)
            );
            for ind in &b.indicators {
                let _ = writeln!(
                    out,
                    "- {}: {} {}{} ({} {}) {} — {}",
                    md(&ind.title),
                    i18n::plan_word(lang, PlanWord::Latest),
                    num(lang, ind.latest),
                    ind.unit
                        .as_deref()
                        .map(|u| format!(" {}", md(u)))
                        .unwrap_or_default(),
                    i18n::plan_word(lang, PlanWord::TargetLine),
                    num(lang, ind.target),
                    target_text(lang, ind),
                    signals_text(lang, ind)
                );
            }
        }
    }
    out
}

/// The report as pretty JSON (see `docs/status.md`).
pub fn json(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}

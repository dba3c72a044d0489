//! `tavle status` in words: the report of [`tavle_core::status`] as text for a
//! terminal and as Markdown for mail, in the user's language. Only formatting
//! here; what counts as red, overdue or a signal is decided in the core.

use chrono::NaiveDate;

use crate::i18n::{self, Lang, PlanWord};
use tavle_core::model::Light;
use tavle_core::status::{CardReport, IndicatorReport, Report};
use tavle_core::text::escape_markdown as md;

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
            let rel = i18n::due(lang, tavle_core::dates::describe_due(d, today), d);
            format!("{} ({rel})", tavle_core::dates::format_nb(d))
        })
        .unwrap_or_default()
}

/// The report as plain text for a terminal or an e-mail.
pub fn text(lang: Lang, r: &Report) -> String {
    use std::fmt::Write;
    let sanitize = |s: &str| tavle_core::text::sanitize(s).into_owned();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {} ({} {}){}",
        i18n::status_word(lang, i18n::StatusWord::Title),
        tavle_core::dates::format_nb(r.date),
        i18n::ui(lang, i18n::Ui::Week),
        tavle_core::dates::iso_week(r.date),
        r.owner
            .as_ref()
            .map(|o| format!(" — {}: {}", i18n::ui(lang, i18n::Ui::Owner), sanitize(o)))
            .unwrap_or_default()
    );
    if let Some(held) = held_back(lang, r) {
        let _ = writeln!(out, "⚠ {}", sanitize(&held));
    }
    for b in &r.boards {
        let _ = writeln!(out);
        // The id is a file name: as untrusted as the title.
        let _ = writeln!(out, "{} ({})", sanitize(&b.title), sanitize(&b.id));
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
                i18n::status_text(lang, &card.status),
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

/// What the report leaves out, in words; None when nothing.
fn held_back(lang: Lang, r: &Report) -> Option<String> {
    let files: Vec<(String, String)> = (r.held_back.iter())
        .map(|h| (h.file.clone(), h.copy_of.clone()))
        .collect();
    (!files.is_empty()).then(|| i18n::held_back(lang, &files))
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
        tavle_core::dates::format_nb(r.date),
        i18n::ui(lang, i18n::Ui::Week),
        tavle_core::dates::iso_week(r.date)
    );
    if let Some(o) = &r.owner {
        let _ = writeln!(out, "**{}:** {}\n", i18n::ui(lang, i18n::Ui::Owner), md(o));
    }
    if let Some(held) = held_back(lang, r) {
        let _ = writeln!(out, "**⚠** {}\n", md(&held));
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
                    i18n::status_text(lang, &card.status),
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

//! `tavle status` in words: the report of [`tavle_core::status`] as text for a
//! terminal and as Markdown for mail, in the user's language. Only formatting
//! here; what counts as red, overdue or a signal is decided in the core.
//! Boards that share a title are named apart by unit or file name
//! ([`tavle_core::names::boards`]); with `--owner`, the person's open
//! follow-ups and other decisions follow their cards.

use chrono::NaiveDate;

use crate::i18n::{self, Lang, OwnerWord, PlanWord};
use tavle_core::model::Light;
use tavle_core::status::{BoardReport, CardReport, DecisionReport, IndicatorReport, Report};
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
        .map(|s| i18n::signal_text(lang, s))
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
        .map(|d| deadline(lang, d, today, c.status.done))
        .unwrap_or_default()
}

/// `01.12.2026 (i morgen)`; a finished one's date alone, never "over".
fn deadline(lang: Lang, d: NaiveDate, today: NaiveDate, done: bool) -> String {
    let date = tavle_core::dates::format_nb(d);
    if done {
        date
    } else {
        format!("{date} ({})", i18n::deadline(lang, d, today, false))
    }
}

/// Each board's name, told apart from boards with the same title, and
/// whether the name already holds its file name.
fn names(r: &Report) -> Vec<(String, bool)> {
    use tavle_core::names::boards::{self, Apart, Board};
    let files: Vec<String> = r.boards.iter().map(|b| format!("{}.json", b.id)).collect();
    let named: Vec<Board> = (r.boards.iter().zip(&files))
        .map(|(b, file)| Board {
            title: &b.title,
            unit: b.unit.as_deref(),
            file,
        })
        .collect();
    (boards::apart(&named).iter().zip(&named))
        .map(|(a, b)| (boards::label(b, a), matches!(a, Apart::File(_))))
        .collect()
}

/// A decision of the person's (with `--owner`): `☐ text — frist …`.
fn decision_line(lang: Lang, d: &DecisionReport, today: NaiveDate, text: &str) -> String {
    let mark = if d.done {
        "☑"
    } else if d.overdue {
        "⚠"
    } else if d.follow_up {
        "☐"
    } else {
        "•"
    };
    let when = match d.due {
        Some(due) if d.follow_up => format!(
            " — {}: {}",
            i18n::minutes_word(lang, i18n::MinutesWord::Due),
            deadline(lang, due, today, d.done)
        ),
        _ => tavle_core::model::Timestamp::parse(&d.at)
            .map(|t| format!(" — {}", tavle_core::dates::format_nb(t.at().date_naive())))
            .unwrap_or_default(),
    };
    format!("{mark} {text}{when}")
}

/// The person's decisions on a board, under their two headings.
fn decision_parts(b: &BoardReport) -> [(OwnerWord, Vec<&DecisionReport>); 2] {
    let (open, rest) = b.decisions.iter().partition(|d| d.follow_up);
    [(OwnerWord::FollowUps, open), (OwnerWord::Decisions, rest)]
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
    for (b, (name, by_file)) in r.boards.iter().zip(names(r)) {
        let _ = writeln!(out);
        // The id is a file name: as untrusted as the title.
        if by_file {
            let _ = writeln!(out, "{}", sanitize(&name));
        } else {
            let _ = writeln!(out, "{} ({})", sanitize(&name), sanitize(&b.id));
        }
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
        for (word, list) in decision_parts(b) {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {}:", i18n::owner_word(lang, word));
            for d in list {
                let line = decision_line(lang, d, r.date, &d.text);
                let _ = writeln!(out, "    {}", sanitize(&line));
            }
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
    let names = names(r);
    for (b, (name, _)) in r.boards.iter().zip(&names) {
        match &b.error {
            Some(e) => {
                let _ = writeln!(out, "| {} | ⚠ {} | | | | |", md(name), md(e));
            }
            None => {
                let c = &b.counts;
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    md(name),
                    c.red,
                    c.yellow,
                    c.green,
                    c.done,
                    c.overdue
                );
            }
        }
    }
    for (b, (name, _)) in r.boards.iter().zip(&names) {
        if b.error.is_some() {
            continue;
        }
        let list = if r.owner.is_some() {
            &b.responsible
        } else {
            &b.next_deadlines
        };
        if list.is_empty() && b.indicators.is_empty() && b.decisions.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", md(name));
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
        for (word, list) in decision_parts(b) {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n**{}:**\n", i18n::owner_word(lang, word));
            for d in list {
                let _ = writeln!(out, "- {}", decision_line(lang, d, r.date, &md(&d.text)));
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

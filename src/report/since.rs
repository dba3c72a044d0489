//! What changed since a day, in words: per board the measures that turned
//! red, were finished or passed their deadline in the period, and the new
//! run-chart signals ([`tavle_core::changes`]). One list of parts per
//! board ([`parts`]), drawn by the text, the Markdown and the overview's
//! "since" view alike, so the three say the same.

use chrono::NaiveDate;

use crate::i18n::{self, Lang, MinutesWord, PlanWord, ReportWord};
use tavle_core::changes::{Changed, Changes, NewSignal};
use tavle_core::model::Light;
use tavle_core::status::Report;

/// One line of a board's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A list's heading, with how many it holds: `Ble røde (2)`.
    Heading(String),
    /// One measure or signal.
    Item(String),
}

/// `▲ gul`, `○ uten lys`.
fn light(lang: Lang, l: Option<Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), i18n::light_name(lang, l)),
        None => format!("○ {}", i18n::minutes_word(lang, MinutesWord::NoLight)),
    }
}

/// A measure that changed: `■ rød Tittel — Ola, 20.11.2026 (4 d over)`.
fn changed(
    lang: Lang,
    c: &Changed,
    today: NaiveDate,
    done: bool,
    esc: &dyn Fn(&str) -> String,
) -> String {
    let status = if done {
        i18n::plan_word(lang, PlanWord::Done).to_string()
    } else {
        light(lang, c.light)
    };
    let owner = c
        .owner
        .as_deref()
        .filter(|o| !o.trim().is_empty())
        .map_or_else(
            || i18n::report_word(lang, ReportWord::NoOwner).to_string(),
            esc,
        );
    let due = c
        .due
        .map(|d| format!(", {}", super::deadline(lang, d, today, done)))
        .unwrap_or_default();
    let was = match (c.added, c.from) {
        (true, _) => format!(" ({})", i18n::report_word(lang, ReportWord::Added)),
        (false, Some(from)) => format!(" ({})", i18n::report_was(lang, &light(lang, from))),
        (false, None) => String::new(),
    };
    let copy = c
        .copy_of
        .as_ref()
        .map(|o| {
            format!(
                " {}",
                i18n::report_copy_of(lang, &esc(&format!("{}/{}", o.board, o.card)))
            )
        })
        .unwrap_or_default();
    format!("{status} {} — {owner}{due}{was}{copy}", esc(&c.title))
}

/// A new signal, in the words the indicator screen uses:
/// `Sykefravær: Trend: uke 45–50 (6 fallende punkter)`.
fn signal(lang: Lang, s: &NewSignal, esc: &dyn Fn(&str) -> String) -> String {
    format!("{}: {}", esc(&s.title), i18n::signal_text(lang, &s.signal))
}

/// A board's changes as headings and items; empty when nothing changed.
pub fn parts(lang: Lang, c: &Changes, today: NaiveDate, esc: &dyn Fn(&str) -> String) -> Vec<Part> {
    let mut out = Vec::new();
    let mut list = |word: ReportWord, items: Vec<String>| {
        if !items.is_empty() {
            out.push(Part::Heading(format!(
                "{} ({})",
                i18n::report_word(lang, word),
                items.len()
            )));
            out.extend(items.into_iter().map(Part::Item));
        }
    };
    let cards = |l: &[Changed], done: bool| {
        l.iter()
            .map(|c| changed(lang, c, today, done, esc))
            .collect::<Vec<_>>()
    };
    list(ReportWord::TurnedRed, cards(&c.turned_red, false));
    list(ReportWord::Finished, cards(&c.finished, true));
    list(ReportWord::NewOverdue, cards(&c.new_overdue, false));
    list(
        ReportWord::NewSignals,
        c.signals.iter().map(|s| signal(lang, s, esc)).collect(),
    );
    // Improvement work, each change in its own words.
    let work: Vec<String> = (c.improvement.iter())
        .filter_map(|ch| i18n::improvement_change(lang, ch))
        .map(|line| esc(&line))
        .collect();
    if !work.is_empty() {
        out.push(Part::Heading(format!(
            "{} ({})",
            i18n::pdsa_word(lang, i18n::PdsaWord::MinutesHeading),
            work.len()
        )));
        out.extend(work.into_iter().map(Part::Item));
    }
    // Staffing, risks, deviations and the wheel, each in its own words.
    let ops: Vec<String> = (c.operations.iter())
        .filter_map(|ch| i18n::operations_change(lang, ch))
        .map(|line| esc(&line))
        .collect();
    if !ops.is_empty() {
        out.push(Part::Heading(format!(
            "{} ({})",
            i18n::ops_minutes_heading(lang),
            ops.len()
        )));
        out.extend(ops.into_iter().map(Part::Item));
    }
    out
}

/// The heading of changes since `day`: `Endringer siden mandag 16. november
/// 2026 (uke 47)`.
pub fn title(lang: Lang, day: NaiveDate) -> String {
    format!(
        "{} ({})",
        i18n::report_since(lang, &i18n::date_long(lang, day)),
        i18n::week_number(lang, tavle_core::dates::iso_week(day))
    )
}

/// The boards with no change, by name, for one line at the end.
fn unchanged<'r>(r: &'r Report, names: &'r [(String, bool)]) -> Vec<String> {
    (r.boards.iter().zip(names))
        .filter(|(b, _)| b.error.is_none() && b.changes.as_ref().is_none_or(Changes::is_empty))
        .map(|(b, (name, by_file))| {
            if *by_file {
                name.clone()
            } else {
                format!("{name} ({})", b.id)
            }
        })
        .collect()
}

/// One line of the changes since a day, as the text and the overview's
/// view draw them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `Endringer siden …`.
    Title(String),
    Blank,
    /// A board's name and id.
    Board(String),
    /// Why a board could not be read.
    Error(String),
    /// The board's counts now.
    Counts(String),
    /// A list's heading, with how many it holds.
    Heading(String),
    /// One measure or signal.
    Item(String),
    /// The boards without changes, or that no board changed.
    Quiet(String),
}

/// The changes since `day` of every board in `r` that has any (and every
/// board that could not be read), then one line naming the others. Every
/// text from a file is sanitized.
pub fn doc(lang: Lang, r: &Report, day: NaiveDate) -> Vec<Line> {
    let esc = |s: &str| tavle_core::text::sanitize(s).into_owned();
    let mut out = vec![Line::Title(title(lang, day))];
    let names = super::names(r);
    for (b, (name, by_file)) in r.boards.iter().zip(&names) {
        let parts = b
            .changes
            .as_ref()
            .map(|c| parts(lang, c, r.date, &esc))
            .unwrap_or_default();
        if parts.is_empty() && b.error.is_none() {
            continue;
        }
        out.push(Line::Blank);
        out.push(Line::Board(if *by_file {
            esc(name)
        } else {
            format!("{} ({})", esc(name), esc(&b.id))
        }));
        if let Some(e) = &b.error {
            out.push(Line::Error(format!("⚠ {}", esc(e))));
            continue;
        }
        out.push(Line::Counts(super::counts_line(lang, &b.counts)));
        out.extend(parts.into_iter().map(|p| match p {
            Part::Heading(h) => Line::Heading(format!("{h}:")),
            Part::Item(i) => Line::Item(i),
        }));
    }
    let quiet = unchanged(r, &names);
    out.push(Line::Blank);
    if quiet.len() == r.boards.len() {
        out.push(Line::Quiet(i18n::changes_none(
            lang,
            &tavle_core::dates::format_nb(day),
        )));
    } else if !quiet.is_empty() {
        out.push(Line::Quiet(esc(&i18n::report_unchanged(
            lang,
            &quiet.join(", "),
        ))));
    }
    out
}

/// The text form with `--since`: the boards with changes, then one line
/// naming those without.
pub fn text(lang: Lang, r: &Report, day: NaiveDate, out: &mut String) {
    use std::fmt::Write;
    out.push('\n');
    for line in doc(lang, r, day) {
        let _ = match line {
            Line::Blank => writeln!(out),
            Line::Title(t) | Line::Board(t) | Line::Quiet(t) => writeln!(out, "{t}"),
            Line::Error(t) | Line::Counts(t) | Line::Heading(t) => writeln!(out, "  {t}"),
            Line::Item(t) => writeln!(out, "    {t}"),
        };
    }
}

/// The Markdown form with `--since`.
pub fn markdown(lang: Lang, r: &Report, day: NaiveDate, out: &mut String) {
    use std::fmt::Write;
    use tavle_core::text::escape_markdown as md;
    let _ = writeln!(out, "## {}", title(lang, day));
    let names = super::names(r);
    for (b, (name, by_file)) in r.boards.iter().zip(&names) {
        let parts = b
            .changes
            .as_ref()
            .map(|c| parts(lang, c, r.date, &md))
            .unwrap_or_default();
        if parts.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "\n### {}\n",
            super::markdown::board_name(name, *by_file, &b.id)
        );
        for p in parts {
            match p {
                Part::Heading(h) => writeln!(out, "\n**{h}:**\n"),
                Part::Item(i) => writeln!(out, "- {i}"),
            }
            .unwrap_or(());
        }
    }
    let quiet = unchanged(r, &names);
    if !quiet.is_empty() {
        let list: Vec<String> = quiet.iter().map(|q| md(q)).collect();
        let _ = writeln!(out, "\n{}", i18n::report_unchanged(lang, &list.join(", ")));
    }
}

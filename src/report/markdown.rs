//! `tavle status --format markdown`, for the minutes of the leadership
//! group: the organisation's total, one table with a row per board, then a
//! section per board naming every red and overdue measure, every other
//! deadline, the goals, open follow-ups and indicators — complete, nothing
//! folded. Texts from the files are escaped ([`escape_markdown`]), so the
//! table stays whole and nothing becomes a link or a heading.

use std::fmt::Write;

use crate::i18n::{self, Lang, MinutesWord, PlanWord, ReportWord};
use tavle_core::model::Light;
use tavle_core::status::Report;
use tavle_core::text::escape_markdown as md;

/// A board's name with its id, unless the name is its file name already.
pub(super) fn board_name(name: &str, by_file: bool, id: &str) -> String {
    if by_file {
        md(name)
    } else {
        format!("{} ({})", md(name), md(id))
    }
}

/// The report as Markdown, for the minutes of the leadership group.
pub fn markdown(lang: Lang, r: &Report) -> String {
    use i18n::StatusWord as S;
    let w = |x| i18n::status_word(lang, x);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", super::title(lang, r));
    for (word, value) in super::filters(lang, r) {
        let _ = writeln!(out, "**{word}:** {}\n", md(value));
    }
    if let Some(held) = super::held_back(lang, r) {
        let _ = writeln!(out, "**⚠** {}\n", md(&held));
    }
    let (total, notes) = super::total_lines(lang, r);
    // The total's word is the paragraph's bold lead.
    match total.split_once(": ") {
        Some((lead, rest)) => {
            let _ = writeln!(out, "**{lead}:** {rest}\n");
        }
        None => {
            let _ = writeln!(out, "{total}\n");
        }
    }
    for n in notes {
        let _ = writeln!(out, "{}\n", md(&n));
    }
    let _ = writeln!(
        out,
        "| {} | ■ {} | ▲ {} | ● {} | ○ {} | ✓ {} | ⚠ {} |",
        i18n::ui(lang, i18n::Ui::Board),
        i18n::light_name(lang, Light::Red),
        i18n::light_name(lang, Light::Yellow),
        i18n::light_name(lang, Light::Green),
        i18n::minutes_word(lang, MinutesWord::NoLight),
        w(S::Done),
        w(S::Overdue)
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    let names = super::names(r);
    for (b, (name, by_file)) in r.boards.iter().zip(&names) {
        let name = board_name(name, *by_file, &b.id);
        match &b.error {
            Some(e) => {
                let _ = writeln!(out, "| {name} | ⚠ {} | | | | | |", md(e));
            }
            None => {
                let c = &b.counts;
                let _ = writeln!(
                    out,
                    "| {name} | {} | {} | {} | {} | {} | {} |",
                    c.red, c.yellow, c.green, c.none, c.done, c.overdue
                );
            }
        }
    }
    if let Some(day) = r.since {
        out.push('\n');
        super::since::markdown(lang, r, day, &mut out);
        return out;
    }
    for (b, (name, by_file)) in r.boards.iter().zip(&names) {
        if b.error.is_some() {
            continue;
        }
        board(lang, r, b, &board_name(name, *by_file, &b.id), &mut out);
    }
    out
}

/// One board's section; none for a board with nothing to list.
fn board(
    lang: Lang,
    r: &Report,
    b: &tavle_core::status::BoardReport,
    name: &str,
    out: &mut String,
) {
    use i18n::StatusWord as S;
    let esc = |s: &str| md(s);
    let rest = if r.owner.is_some() {
        super::responsible_rest(b)
    } else {
        b.next_deadlines.iter().collect()
    };
    let decisions = super::decision_parts(lang, b);
    if b.red.is_empty()
        && rest.is_empty()
        && b.goals.is_empty()
        && b.indicators.is_empty()
        && b.revisions.is_empty()
        && decisions.iter().all(|(_, l)| l.is_empty())
    {
        return;
    }
    let _ = writeln!(out, "\n## {name}\n");
    if !b.goals.is_empty() {
        let _ = writeln!(out, "**{}:**\n", i18n::report_word(lang, ReportWord::Goals));
        for g in &b.goals {
            let indent = "  ".repeat(g.depth);
            let _ = writeln!(out, "{indent}- {}", super::goal_line(lang, g, r.date, &esc));
        }
        out.push('\n');
    }
    let lists = [
        (
            i18n::report_word(lang, ReportWord::Red),
            b.red.iter().collect(),
        ),
        (
            i18n::status_word(
                lang,
                if r.owner.is_some() {
                    S::Responsible
                } else {
                    S::Next
                },
            ),
            rest,
        ),
    ];
    for (word, list) in lists {
        let list: Vec<&tavle_core::status::CardReport> = list;
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "**{word} ({}):**\n", list.len());
        for c in list {
            let _ = writeln!(out, "- {}", super::card_line(lang, c, r.date, &esc));
        }
        out.push('\n');
    }
    if !b.revisions.is_empty() {
        let word = i18n::routine_word(lang, i18n::RoutineWord::ScreenTitle);
        let _ = writeln!(out, "**{word} ({}):**\n", b.revisions.len());
        for rev in &b.revisions {
            let _ = writeln!(out, "- {}", super::revision_line(lang, rev, r.date, &esc));
        }
        out.push('\n');
    }
    for (word, list) in decisions {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "**{word} ({}):**\n", list.len());
        for d in list {
            let line = super::decision_line(lang, d, r.date, &md(&d.text), &esc);
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
    if !b.indicators.is_empty() {
        let _ = writeln!(
            out,
            "**{}:**\n",
            i18n::plan_word(lang, PlanWord::Indicators)
        );
        for ind in &b.indicators {
            let _ = writeln!(out, "- {}", super::indicator_line(lang, ind, &esc));
        }
        out.push('\n');
    }
    // One blank line between sections, not two.
    while out.ends_with("\n\n") {
        out.pop();
    }
}

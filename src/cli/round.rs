//! `tavle round [--dir DIR] [--who NAME] [--format text|markdown|json]`:
//! the measurement lead's round (måleansvarlig, seed 001) — every indicator
//! of every board in the folder whose next value is due today (from its
//! `every` and its last value; one never measured is due), grouped by
//! board, with who measures it, its last value and when it was due. The
//! rule is the core's ([`tavle_core::round`]); this file reads the folder
//! (conflict copies left out, as everywhere) and words the result.
//!
//! The exit code is 0 whether anything is due or not: a script asks the
//! JSON what is due. It writes nothing and prints only through [`Io`]: the
//! text and Markdown line by line through `sanitize` (Markdown escaped
//! besides), the JSON through `json_safe`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::{CliError, Exit, Io, copies};
use crate::folder::store;
use crate::i18n::{self, Lang, RoundWord as W};
use tavle_core::model::Board;
use tavle_core::round::{self, Due, Every};
use tavle_core::text::escape_markdown as md;

/// One board of the folder, read.
struct Read {
    id: String,
    file: String,
    board: Board,
}

/// The boards of `dir` that read as boards, in the folder's order, the
/// conflict copies left out; a warning for each file that does not read.
fn boards(dir: &Path, io: &mut Io) -> Result<Vec<Read>, CliError> {
    let files = super::check::files_of(dir)?.boards;
    let analysed: Vec<(PathBuf, store::Analysis)> = files
        .into_iter()
        .map(|f| {
            let a = store::analyze(&f);
            (f, a)
        })
        .collect();
    let listed: Vec<(PathBuf, Option<&Board>)> = analysed
        .iter()
        .map(|(p, a)| (p.clone(), a.board.as_ref()))
        .collect();
    let left_out = copies::confirmed(&listed);
    let mut read = Vec::new();
    for (path, a) in analysed {
        if left_out.iter().any(|c| c.path == path) {
            continue;
        }
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match a.board {
            Some(board) => read.push(Read {
                id: store::board_id(&path),
                file,
                board,
            }),
            None => io.warn(&format!(
                "tavle: {}",
                i18n::round_unreadable(io.lang, &path.display().to_string())
            )),
        }
    }
    Ok(read)
}

/// Run `tavle round`.
pub fn run(dir: &Path, who: Option<&str>, format: &str, now: super::Now, io: &mut Io) -> Exit {
    if !dir.exists() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    let read = match boards(dir, io) {
        Ok(r) => r,
        Err(e) => return io.fail(e),
    };
    let today = now.today();
    let who = who.map(str::trim).filter(|w| !w.is_empty());
    let found = round::across(read.iter().map(|r| (r, &r.board)), today, who);
    let lang = io.lang;
    match format {
        "json" => io.json(&json_text(&found, today)),
        "markdown" => io.print(&markdown(lang, &found, today, who)),
        _ => io.print(&text(lang, &found, today, who)),
    }
    Exit::Ok
}

fn count(found: &[(&Read, Vec<Due<'_>>)]) -> usize {
    found.iter().map(|(_, d)| pending(d).count()).sum()
}

/// What is still to measure: a value of today is there already for the rest.
fn pending<'a, 'b>(items: &'a [Due<'b>]) -> impl Iterator<Item = &'a Due<'b>> {
    items.iter().filter(|d| d.done.is_none())
}

fn who_text(lang: Lang, d: &Due<'_>) -> String {
    d.who.map_or_else(
        || i18n::round_word(lang, W::NoOne).to_string(),
        str::to_string,
    )
}

fn last(d: &Due<'_>) -> Option<(NaiveDate, f64)> {
    d.last.map(|m| (m.date, m.value))
}

/// A board's heading: its title with its file.
fn heading(r: &Read) -> String {
    format!("{} ({})", r.board.title, r.file)
}

/// The round as text: a heading, then per board its due indicators, one a line.
fn text(
    lang: Lang,
    found: &[(&Read, Vec<Due<'_>>)],
    today: NaiveDate,
    who: Option<&str>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {}",
        i18n::round_title(lang, today),
        i18n::round_count(lang, count(found))
    );
    if let Some(who) = who {
        let _ = writeln!(out, "{}", i18n::round_who(lang, who));
    }
    for (r, items) in found {
        if pending(items).next().is_none() {
            continue;
        }
        let _ = writeln!(out, "\n{}", heading(r));
        for d in pending(items) {
            let _ = writeln!(
                out,
                "  {} · {} · {} · {} · {}",
                d.indicator.title,
                i18n::every(lang, d.every),
                who_text(lang, d),
                i18n::round_last(lang, last(d), d.indicator.unit.as_deref()),
                i18n::round_due(lang, d.due),
            );
        }
    }
    out
}

/// The round as Markdown: a table per board, every text from a file escaped.
fn markdown(
    lang: Lang,
    found: &[(&Read, Vec<Due<'_>>)],
    today: NaiveDate,
    who: Option<&str>,
) -> String {
    let w = |x| i18n::round_word(lang, x);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", i18n::round_title(lang, today));
    if let Some(who) = who {
        let _ = writeln!(out, "{}\n", md(&i18n::round_who(lang, who)));
    }
    let _ = writeln!(out, "{}", i18n::round_count(lang, count(found)));
    for (r, items) in found {
        if pending(items).next().is_none() {
            continue;
        }
        let _ = writeln!(out, "\n## {}\n", md(&heading(r)));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            w(W::ColIndicator),
            w(W::ColEvery),
            w(W::ColWho),
            w(W::ColLast),
            w(W::ColDue)
        );
        let _ = writeln!(out, "| --- | --- | --- | --- | --- |");
        for d in pending(items) {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                md(&d.indicator.title),
                i18n::every(lang, d.every),
                md(&who_text(lang, d)),
                md(&i18n::round_last(
                    lang,
                    last(d),
                    d.indicator.unit.as_deref()
                )),
                i18n::round_due(lang, d.due),
            );
        }
    }
    out
}

/// `every` as the file writes it: `week`, `14 days`.
fn every_key(e: Every) -> String {
    match e {
        Every::Week => "week".into(),
        Every::Month => "month".into(),
        Every::Quarter => "quarter".into(),
        Every::Year => "year".into(),
        Every::Days(1) => "1 day".into(),
        Every::Days(n) => format!("{n} days"),
    }
}

/// The round as JSON, for scripts: the day, and per board its due indicators.
fn json_text(found: &[(&Read, Vec<Due<'_>>)], today: NaiveDate) -> String {
    let boards: Vec<Value> = found
        .iter()
        .filter(|(_, items)| pending(items).next().is_some())
        .map(|(r, items)| {
            let indicators: Vec<Value> = pending(items)
                .map(|d| {
                    json!({
                        "id": d.indicator.id,
                        "title": d.indicator.title,
                        "unit": d.indicator.unit,
                        "every": every_key(d.every),
                        "who": d.who,
                        "due": d.due.map(|x| x.to_string()),
                        "last": d.last.map(|m| json!({"date": m.date.to_string(), "value": m.value})),
                    })
                })
                .collect();
            json!({"board": r.id, "title": r.board.title, "file": r.file, "indicators": indicators})
        })
        .collect();
    let doc = json!({"date": today.to_string(), "count": count(found), "boards": boards});
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

//! `tavle status [DIR] [--format text|markdown|json|html] [--owner NAME]
//! [--unit UNIT] [--board BOARD] [--since DATE] [--all] [--out FILE
//! [--watch]]`: the status of every board
//! in a folder for the leadership group, the organisation's total first,
//! then worst board first, from the core's report ([`tavle_core::status`]),
//! in words by [`crate::report`]. A conflict copy a sync client left is
//! never counted as a board (the same rule as `tavle check` and the screen),
//! and every format names the files it held back. `--since` reads each
//! board's change log and tells what changed from that day on
//! ([`tavle_core::changes`]). `html` is the status page for those not in the
//! room ([`crate::report::html`]); `--out` writes any form to a file instead
//! of stdout (through the folder layer: atomically, no more readable than
//! the boards), and `--watch` keeps that file current ([`super::status_watch`]).
//! A run reads the folder board by board on every core and keeps only each
//! board's part of the report ([`stream`]: a region's 10,000 boards are
//! never held at once); `--watch` reads whole boards ([`read`],
//! [`report_of`]), to stand in for one caught halfway through an edit.
//!
//! It must not print except through [`Io`]:
//! the text and Markdown forms line by line through `sanitize`, the JSON
//! through `json_safe` (still valid JSON, the same data), the page built from
//! sanitized and escaped text; a file gets the same bytes.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use std::time::Duration;

use super::{CliError, Exit, Io, copies, lookup};
use crate::folder::{page, store};
use crate::i18n::{self, Lang, Msg};
use crate::report::html;
use tavle_core::dates::DateFor;
use tavle_core::log::Logged;
use tavle_core::status::{self, Asked, Input, Report};

mod stream;
#[cfg(test)]
mod tests;

/// What `tavle status` was asked for, as typed.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    pub format: &'a str,
    pub owner: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub board: Option<&'a str>,
    pub since: Option<&'a str>,
    /// Nothing folded in the text.
    pub all: bool,
    /// Write to this file instead of stdout.
    pub out: Option<&'a Path>,
    /// Keep `out` current as the boards change.
    pub watch: bool,
}

/// Every board file in `dir` (or the one file `dir` names), read.
pub fn read(dir: &Path) -> Result<Vec<(PathBuf, store::Analysis)>, CliError> {
    let files = super::check::files_of(dir)?.boards;
    Ok(files
        .into_iter()
        .map(|f| {
            let a = store::analyze(&f);
            (f, a)
        })
        .collect())
}

/// Why a board file that does not parse cannot be read:
/// `file:line:col: message`; empty when it has no problem.
pub fn problem(file: &Path, a: &store::Analysis, lang: Lang) -> String {
    problem_of(file, &a.problems, lang)
}

/// [`problem`] of a file with these `problems`, in the order of the file.
fn problem_of(file: &Path, problems: &[store::Located], lang: Lang) -> String {
    problems
        .first()
        .map(|p| {
            format!(
                "{}:{}:{}: {}",
                file.display(),
                p.line,
                p.col,
                i18n::diag(lang, &p.kind).0
            )
        })
        .unwrap_or_default()
}

/// The report of every board file [`read`] but the conflict copies, as
/// `asked` (its `board` already an id), and the copies left out.
pub fn report_of(
    analysed: &[(PathBuf, store::Analysis)],
    today: chrono::NaiveDate,
    asked: &Asked,
    lang: Lang,
) -> (Report, Vec<copies::Copy>) {
    let files: Vec<(PathBuf, Option<&tavle_core::model::Board>)> = analysed
        .iter()
        .map(|(p, a)| (p.clone(), a.board.as_ref()))
        .collect();
    let left_out = copies::confirmed(&files);
    // Owned first: the inputs borrow them.
    let mut read: Vec<(String, &store::Analysis, Vec<Logged>, String)> = Vec::new();
    for (file, a) in analysed {
        if left_out.iter().any(|c| c.path == *file) {
            continue;
        }
        let id = store::board_id(file);
        let log = match (&a.board, asked.since) {
            (Some(_), Some(_)) => crate::folder::log::read(file),
            _ => Vec::new(),
        };
        read.push((id, a, log, problem(file, a, lang)));
    }
    let inputs: Vec<Input> = read
        .iter()
        .map(|(id, a, log, error)| match &a.board {
            Some(board) => Input::Board { id, board, log },
            None => Input::Broken { id, error },
        })
        .collect();
    let held_back = left_out
        .iter()
        .map(|c| status::HeldBack {
            file: c
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            copy_of: c.original.clone(),
        })
        .collect();
    (status::report(&inputs, today, asked, held_back), left_out)
}

/// What was typed, read: `--since` as a day that has been, `--board` as
/// the id of the board it names ([`lookup::board`]).
pub(super) fn asked(
    dir: &Path,
    o: &Options<'_>,
    now: DateTime<FixedOffset>,
) -> Result<Asked, CliError> {
    let today = now.date_naive();
    let since = match o.since {
        None => None,
        Some(d) => Some(
            tavle_core::dates::parse(d, today, DateFor::Past)
                .map_err(|e| CliError::Day(Msg::for_day(d, &e)))?,
        ),
    };
    let board = match o.board {
        None => None,
        Some(b) => Some(store::board_id(&lookup::board(b, dir)?)),
    };
    Ok(Asked {
        owner: o.owner.map(str::to_string),
        unit: o
            .unit
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_string),
        board,
        since: since.map(|d| (d, now)),
    })
}

/// How often the browser reloads a page `--watch` keeps current, in seconds.
pub const REFRESH_SECS: u32 = 30;

/// The report of `analysed` in `o.format`, before [`Io`] makes it safe,
/// and whether it is JSON. `stale`: boards shown as they last read well
/// (`--watch`), by id, with why not now.
pub(super) fn render(
    analysed: &[(PathBuf, store::Analysis)],
    r: &Report,
    o: &Options<'_>,
    lang: Lang,
    now: DateTime<FixedOffset>,
    stale: &std::collections::BTreeMap<String, String>,
) -> (String, bool) {
    let charts = match o.format {
        "html" => {
            let ids: Vec<(String, &tavle_core::model::Board)> = analysed
                .iter()
                .filter_map(|(p, a)| a.board.as_ref().map(|b| (store::board_id(p), b)))
                .collect();
            html::charts(ids.iter().map(|(id, b)| (id.as_str(), *b)))
        }
        _ => html::Charts::new(),
    };
    render_with(r, &charts, o, lang, now, stale)
}

/// [`render`] with the page's run charts, by board id and indicator id.
fn render_with(
    r: &Report,
    charts: &html::Charts,
    o: &Options<'_>,
    lang: Lang,
    now: DateTime<FixedOffset>,
    stale: &std::collections::BTreeMap<String, String>,
) -> (String, bool) {
    match o.format {
        "json" => (status::json(r), true),
        "markdown" => (crate::report::markdown(lang, r), false),
        "html" => {
            let page = html::Page {
                lang,
                report: r,
                charts,
                updated: now,
                refresh: o.watch.then_some(REFRESH_SECS),
                stale,
            };
            (html::html(&page), false)
        }
        _ => (crate::report::text(lang, r, o.all), false),
    }
}

/// Write what [`render`] made to `out`, made safe as [`Io`] prints it, no
/// more readable than the board files `boards`.
pub(super) fn write(
    out: &Path,
    (text, json): &(String, bool),
    boards: &[PathBuf],
) -> Result<(), crate::folder::safe_fs::FsError> {
    let safe = if *json {
        super::out::json_safe(text)
    } else {
        super::out::safe_lines(text)
    };
    page::write(out, safe.as_bytes(), page::perms_for(boards))
}

/// The words for a page that could not be written.
pub(super) fn not_written(lang: Lang, e: &crate::folder::safe_fs::FsError) -> String {
    let reason = i18n::fs_error(lang, &e.kind, &e.path.display().to_string());
    format!("tavle: {}", i18n::page_not_written(lang, &reason))
}

/// Run `tavle status`; with `--watch`, [`super::status_watch::run`].
pub fn run(
    dir: &Path,
    o: Options<'_>,
    clock: super::Clock,
    poll: Option<Duration>,
    io: &mut Io,
) -> Exit {
    let lang = io.lang;
    if !dir.exists() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    if let Some(out) = o.out
        && page::is_board_of(out, dir)
    {
        let file = out.display().to_string();
        io.warn(&format!("tavle: {}", i18n::page_out_is_board(lang, &file)));
        return Exit::Usage;
    }
    let now = clock.read().time();
    let asked = match asked(dir, &o, now) {
        Ok(a) => a,
        Err(e) => return io.fail(e),
    };
    if o.watch {
        return super::status_watch::run(dir, &o, &asked, clock, poll, io);
    }
    // Board by board: a region's folder is never held whole.
    let html = o.format == "html";
    let (r, charts, files) = match stream::report(dir, now.date_naive(), &asked, lang, html) {
        Ok(read) => read,
        Err(e) => return io.fail(e),
    };
    let rendered = render_with(&r, &charts, &o, lang, now, &Default::default());
    // Freeing 10,000 boards' reports takes a tenth of a second: done on
    // another core while the output is written (or here, if no thread).
    let freeing = std::thread::Builder::new().spawn(move || drop((r, charts)));
    let exit = match o.out {
        None if rendered.1 => {
            io.json(&rendered.0);
            Exit::Ok
        }
        None => {
            io.print(&rendered.0);
            Exit::Ok
        }
        Some(out) => match write(out, &rendered, &files) {
            Ok(()) => Exit::Ok,
            Err(e) => {
                io.warn(&not_written(lang, &e));
                Exit::Problems
            }
        },
    };
    if let Ok(freeing) = freeing {
        let _ = freeing.join();
    }
    exit
}

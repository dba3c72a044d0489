//! `tavle status [DIR] [--format text|markdown|json] [--owner NAME] [--unit
//! UNIT] [--board BOARD] [--since DATE] [--all]`: the status of every board
//! in a folder for the leadership group, the organisation's total first,
//! then worst board first, from the core's report ([`tavle_core::status`]),
//! in words by [`crate::report`]. A conflict copy a sync client left is
//! never counted as a board (the same rule as `tavle check` and the screen),
//! and every format names the files it held back. `--since` reads each
//! board's change log and tells what changed from that day on
//! ([`tavle_core::changes`]).
//!
//! It must not write anything, and must not print except through [`Io`]:
//! the text and Markdown forms line by line through `sanitize`, the JSON
//! through `json_safe` (still valid JSON, the same data).

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::{CliError, Exit, Io, copies, lookup};
use crate::folder::store;
use crate::i18n::{self, Lang, Msg};
use tavle_core::dates::DateFor;
use tavle_core::log::Logged;
use tavle_core::status::{self, Asked, Input, Report};

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
}

/// The report of every board file in `dir` but the conflict copies, as
/// `asked` (its `board` already an id), and the copies left out.
pub fn report(
    dir: &Path,
    today: chrono::NaiveDate,
    asked: &Asked,
    lang: Lang,
) -> Result<(Report, Vec<copies::Copy>), CliError> {
    let files = super::check::files_of(dir)?.boards;
    let analysed: Vec<(PathBuf, store::Analysis)> = files
        .into_iter()
        .map(|f| (f.clone(), store::analyze(&f)))
        .collect();
    let files: Vec<(PathBuf, Option<&tavle_core::model::Board>)> = analysed
        .iter()
        .map(|(p, a)| (p.clone(), a.board.as_ref()))
        .collect();
    let left_out = copies::confirmed(&files);
    // Owned first: the inputs borrow them.
    let mut read: Vec<(String, &store::Analysis, Vec<Logged>, String)> = Vec::new();
    for (file, a) in &analysed {
        if left_out.iter().any(|c| c.path == *file) {
            continue;
        }
        let id = store::board_id(file);
        let log = match (&a.board, asked.since) {
            (Some(_), Some(_)) => crate::folder::log::read(file),
            _ => Vec::new(),
        };
        let error = a
            .problems
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
            .unwrap_or_default();
        read.push((id, a, log, error));
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
    Ok((status::report(&inputs, today, asked, held_back), left_out))
}

/// What was typed, read: `--since` as a day that has been, `--board` as
/// the id of the board it names ([`lookup::board`]).
fn asked(dir: &Path, o: &Options<'_>, now: DateTime<FixedOffset>) -> Result<Asked, CliError> {
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

/// Run `tavle status`.
pub fn run(dir: &Path, o: Options<'_>, now: super::Now, io: &mut Io) -> Exit {
    let lang = io.lang;
    if !dir.exists() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    let now = now.time();
    let asked = match asked(dir, &o, now) {
        Ok(a) => a,
        Err(e) => return io.fail(e),
    };
    let (r, _) = match report(dir, now.date_naive(), &asked, lang) {
        Ok(r) => r,
        Err(e) => return io.fail(e),
    };
    match o.format {
        "json" => io.json(&status::json(&r)),
        "markdown" => io.print(&crate::report::markdown(lang, &r)),
        _ => io.print(&crate::report::text(lang, &r, o.all)),
    }
    Exit::Ok
}

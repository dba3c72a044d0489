//! `tavle status [DIR|FILE] [--format text|markdown|json] [--owner NAME]`:
//! the status of every board in a folder (or of one board file) for the
//! leadership group, worst first, from the core's report
//! ([`tavle_core::status`]), in words by [`crate::report`]. A conflict copy a sync client left is never counted
//! as a board (the same rule as `tavle check` and the screen), and every
//! format names the files it held back.
//!
//! It must not write anything, and must not print except through [`Io`]:
//! the text and Markdown forms line by line through `sanitize`, the JSON
//! through `json_safe` (still valid JSON, the same data).

use std::path::{Path, PathBuf};

use super::{CliError, Exit, Io, copies};
use crate::folder::store;
use crate::i18n::{self, Lang};
use tavle_core::status::{self, Report};

/// The report of every board file in `dir` (or of the one file `dir` is)
/// but the conflict copies, and the copies left out.
pub fn report(
    dir: &Path,
    today: chrono::NaiveDate,
    owner: Option<&str>,
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
    let mut boards = Vec::new();
    for (file, a) in &analysed {
        if left_out.iter().any(|c| c.path == *file) {
            continue;
        }
        let id = store::board_id(file);
        match &a.board {
            Some(b) => boards.push(status::board_report(&id, b, today, owner)),
            None => {
                let msg = a.problems.first().map(|p| {
                    format!(
                        "{}:{}:{}: {}",
                        file.display(),
                        p.line,
                        p.col,
                        i18n::diag(lang, &p.kind).0
                    )
                });
                boards.push(status::broken_report(&id, msg.unwrap_or_default()));
            }
        }
    }
    if owner.is_some() {
        // "What am I responsible for?": boards where the person has no card
        // and no decision are noise.
        boards.retain(|b| {
            b.error.is_some()
                || b.counts != tavle_core::plan::Counts::default()
                || !b.decisions.is_empty()
        });
        for b in &mut boards {
            b.indicators.clear();
        }
    }
    status::sort(&mut boards);
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
    let report = Report {
        format: status::FORMAT,
        date: today,
        owner: owner.map(str::to_string),
        boards,
        held_back,
    };
    Ok((report, left_out))
}

/// Run `tavle status`.
pub fn run(dir: &Path, format: &str, owner: Option<&str>, io: &mut Io) -> Exit {
    let lang = io.lang;
    if !dir.exists() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    let today = chrono::Local::now().date_naive();
    let (r, _) = match report(dir, today, owner, lang) {
        Ok(r) => r,
        Err(e) => return io.fail(e),
    };
    match format {
        "json" => io.json(&status::json(&r)),
        "markdown" => io.print(&crate::report::markdown(lang, &r)),
        _ => io.print(&crate::report::text(lang, &r)),
    }
    Exit::Ok
}

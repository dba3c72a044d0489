//! `tavle fmt [--check]`: rewrite board files that parse cleanly into the
//! canonical layout (keeping BOM and line endings), under the board's lock
//! and through the same safe save as every edit: a link inside the folder
//! is rewritten at its target, a link out of the folder or a file the user
//! may not write is left alone, and so is a file with errors or in a newer
//! format.
//!
//! It must not write a board any other way than `store::rewrite`, and must
//! not print except through [`Io`].

use std::path::Path;

use super::check::{file_warning, files_of};
use super::{Exit, Io};
use crate::folder::store;
use crate::i18n::{self, Msg};
use tavle_core::diag::Severity;

/// Run `tavle fmt` on a folder or a file.
pub fn run(path: &Path, check_only: bool, io: &mut Io) -> Exit {
    let lang = io.lang;
    let listing = match files_of(path) {
        Ok(listing) => listing,
        Err(e) => return io.fail(e),
    };
    let mut exit = Exit::Ok;
    for s in &listing.skipped {
        io.warn(&file_warning(lang, &s.path, &i18n::skip_why(lang, &s.why)));
        exit = Exit::Problems;
    }
    for file in &listing.boards {
        let name = file.display().to_string();
        let outcome = if check_only {
            needs_fmt(file)
        } else {
            let mut renumbered = Vec::new();
            let outcome = store::rewrite(file, store::LOCK_WAIT, |board, fresh| {
                // Shared ids are reference errors: renumbered, then checked again.
                renumbered = tavle_core::dupes::renumber(board);
                let errors = if renumbered.is_empty() {
                    fresh.problems.to_vec()
                } else {
                    store::analyze_text(&store::to_text(board, fresh.style)).1
                };
                if let Some(e) = errors.iter().find(|p| p.severity == Severity::Error) {
                    return Err(store::UpdateError::Broken(e.clone()));
                }
                Ok(store::to_text(board, fresh.style) != original(fresh.text, fresh.style))
            })
            .map(|r| r.written);
            say_renumbered(io, file, &renumbered, &outcome);
            outcome
        };
        match outcome {
            Ok(false) => {}
            Ok(true) => {
                io.say(&i18n::fmt_changed(lang, &name, check_only));
                if check_only {
                    exit = Exit::Problems;
                }
            }
            Err(store::UpdateError::Broken(_) | store::UpdateError::ReadOnly(_)) => {
                io.warn(&i18n::fmt_skipped(lang, &name));
                exit = Exit::Problems;
            }
            Err(e) => {
                let m = i18n::msg(lang, &Msg::from(e));
                io.warn(&format!("{name}: {m}"));
                exit = Exit::Problems;
            }
        }
    }
    exit
}

/// Give the cards and decisions of the boards at `path` that share an id one
/// each (`tavle check --fix`), saying what was renumbered.
pub fn fix_ids(path: &Path, io: &mut Io) {
    let Ok(listing) = files_of(path) else {
        return;
    };
    for file in &listing.boards {
        let twice = store::analyze(file)
            .board
            .is_some_and(|b| !tavle_core::dupes::duplicate_ids(&b).is_empty());
        if !twice {
            continue;
        }
        let mut renumbered = Vec::new();
        let outcome = store::rewrite(file, store::LOCK_WAIT, |board, _| {
            renumbered = tavle_core::dupes::renumber(board);
            Ok(!renumbered.is_empty())
        })
        .map(|r| r.written);
        say_renumbered(io, file, &renumbered, &outcome);
        if let Err(e) = outcome {
            let m = i18n::msg(io.lang, &Msg::from(e));
            io.warn(&format!("{}: {m}", file.display()));
        }
    }
}

/// What a renumbering that was saved gave anew, a line each.
fn say_renumbered(
    io: &mut Io,
    file: &Path,
    renumbered: &[tavle_core::dupes::Renumbered],
    outcome: &Result<bool, store::UpdateError>,
) {
    if !matches!(outcome, Ok(true)) {
        return;
    }
    for r in renumbered {
        let line = i18n::check_fixed(io.lang, r.kind, &r.from, &r.to, &r.title);
        io.say(&format!("{}: {line}", file.display()));
    }
}

/// The file's text as it is on disk (with its BOM).
fn original(text: &str, style: store::TextStyle) -> String {
    if style.bom {
        format!("\u{FEFF}{text}")
    } else {
        text.to_string()
    }
}

/// Whether `tavle fmt` would rewrite the file (for `--check`, without a lock).
fn needs_fmt(file: &Path) -> Result<bool, store::UpdateError> {
    let (text, style) = store::read_text(file).map_err(store::UpdateError::Broken)?;
    let (board, problems) = store::analyze_text(&text);
    if let Some(e) = problems.iter().find(|p| p.severity == Severity::Error) {
        return Err(store::UpdateError::Broken(e.clone()));
    }
    let Some(board) = board.filter(|b| b.tavle <= tavle_core::model::FORMAT_VERSION) else {
        return Err(store::UpdateError::ReadOnly(0));
    };
    Ok(store::to_text(&board, style) != original(&text, style))
}

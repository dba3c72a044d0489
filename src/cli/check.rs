//! `tavle check`: validate every board file in a folder and print each problem
//! the way a compiler does, `path:line:col: error: message`. Odd entries named
//! like boards (a FIFO, a broken link) and temp files left by saves that did
//! not finish are listed as warnings; nothing odd is ever opened.

use std::io::Write;
use std::path::Path;

use crate::diag::Severity;
use crate::folder::store::{self, Located};
use crate::folder::{board_fs as folder_fs, safe_fs};
use crate::i18n::{self, Lang};
use crate::text::sanitize;

/// Exit codes of `tavle check`.
pub const EXIT_OK: i32 = 0;
pub const EXIT_PROBLEMS: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

/// Write one problem (and its hint) in compiler style.
pub fn write_problem(
    out: &mut impl Write,
    lang: Lang,
    path: &str,
    p: &Located,
) -> std::io::Result<()> {
    let (message, hint) = i18n::diag(lang, &p.kind);
    writeln!(
        out,
        "{}:{}:{}: {}: {}",
        sanitize(path),
        p.line,
        p.col,
        i18n::severity(lang, p.severity == Severity::Error),
        sanitize(&message)
    )?;
    if let Some(hint) = hint {
        writeln!(out, "  = {}: {}", i18n::hint_label(lang), sanitize(&hint))?;
    }
    Ok(())
}

/// Write a warning about a whole file (no line): `path: warning: message`.
fn write_file_warning(out: &mut impl Write, lang: Lang, path: &Path, message: &str) {
    let _ = writeln!(
        out,
        "{}: {}: {}",
        sanitize(&path.display().to_string()),
        i18n::severity(lang, false),
        sanitize(message)
    );
}

/// The board files named by a folder or file argument, with the odd entries
/// skipped, or the usage error (already written).
fn files_of(path: &Path, lang: Lang, err: &mut impl Write) -> Result<store::Listing, i32> {
    let shown = path.display().to_string();
    let usage = |err: &mut dyn Write, m: String| {
        let _ = writeln!(err, "tavle: {}", sanitize(&m));
        EXIT_USAGE
    };
    if path.is_dir() {
        return store::list_boards(path).map_err(|e| {
            usage(
                err,
                i18n::cannot_list(lang, &shown, &i18n::fs_reason(lang, &e.kind)),
            )
        });
    }
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Err(usage(err, i18n::no_such_path(lang, &shown)));
    };
    // A file named on the command line is examined before it is opened, too.
    match folder_fs::entry(dir, name) {
        folder_fs::Entry::Board => Ok(store::Listing {
            boards: vec![path.to_path_buf()],
            skipped: Vec::new(),
        }),
        folder_fs::Entry::Skipped(why) => Ok(store::Listing {
            boards: Vec::new(),
            skipped: vec![store::Skipped {
                path: path.to_path_buf(),
                why,
            }],
        }),
        folder_fs::Entry::Other | folder_fs::Entry::Missing => {
            Err(usage(err, i18n::no_such_path(lang, &shown)))
        }
    }
}

/// Run the check on a folder or a single file; returns the exit code.
pub fn run(
    path: &Path,
    strict: bool,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let shown = path.display().to_string();
    let listing = match files_of(path, lang, err) {
        Ok(listing) => listing,
        Err(code) => return code,
    };
    let files = &listing.boards;
    if files.is_empty() && listing.skipped.is_empty() {
        let _ = writeln!(
            err,
            "tavle: {}",
            sanitize(&i18n::no_board_files(lang, &shown))
        );
    }
    let (mut errors, mut warnings) = (0, 0);
    for s in &listing.skipped {
        warnings += 1;
        write_file_warning(out, lang, &s.path, &i18n::skip_why(lang, &s.why));
    }
    if path.is_dir()
        && let Ok(folder) = safe_fs::Folder::open(path)
    {
        for l in folder_fs::leftovers(&folder, None) {
            warnings += 1;
            let text = i18n::leftover_temp(lang, l.age.as_secs() / 60, l.removable());
            write_file_warning(out, lang, &l.path, &text);
        }
    }
    for file in files {
        let analysis = store::analyze(file);
        let name = file.display().to_string();
        for p in &analysis.problems {
            match p.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            let _ = write_problem(out, lang, &name, p);
        }
    }
    let _ = writeln!(
        out,
        "{}",
        i18n::check_summary(lang, files.len(), errors, warnings)
    );
    // A file named on the command line that cannot be read as one is a problem.
    let odd_argument = !path.is_dir() && !listing.skipped.is_empty();
    if errors > 0 || (strict && warnings > 0) || odd_argument {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}

/// `tavle fmt`: rewrite files that parse cleanly into the canonical layout
/// (keeping BOM and line endings), under the board's lock and through the
/// same safe save as every edit: a link inside the folder is rewritten at
/// its target, a link out of the folder or a file the user may not write is
/// left alone; never touch a file with errors or a newer format.
pub fn fmt(
    path: &Path,
    check_only: bool,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let listing = match files_of(path, lang, err) {
        Ok(listing) => listing,
        Err(code) => return code,
    };
    let mut code = EXIT_OK;
    for s in &listing.skipped {
        write_file_warning(err, lang, &s.path, &i18n::skip_why(lang, &s.why));
        code = EXIT_PROBLEMS;
    }
    for file in &listing.boards {
        let name = file.display().to_string();
        let outcome = if check_only {
            needs_fmt(file)
        } else {
            store::rewrite(file, store::LOCK_WAIT, |board, fresh| {
                if let Some(e) = fresh
                    .problems
                    .iter()
                    .find(|p| p.severity == Severity::Error)
                {
                    return Err(store::UpdateError::Broken(e.clone()));
                }
                Ok(store::to_text(board, fresh.style) != original(fresh.text, fresh.style))
            })
            .map(|r| r.written)
        };
        match outcome {
            Ok(false) => {}
            Ok(true) => {
                let _ = writeln!(
                    out,
                    "{}",
                    sanitize(&i18n::fmt_changed(lang, &name, check_only))
                );
                if check_only {
                    code = EXIT_PROBLEMS;
                }
            }
            Err(store::UpdateError::Broken(_) | store::UpdateError::ReadOnly(_)) => {
                let _ = writeln!(err, "{}", sanitize(&i18n::fmt_skipped(lang, &name)));
                code = EXIT_PROBLEMS;
            }
            Err(e) => {
                let m = i18n::msg(lang, &i18n::Msg::from(e));
                let _ = writeln!(err, "{name}: {}", sanitize(&m));
                code = EXIT_PROBLEMS;
            }
        }
    }
    code
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
    let Some(board) = board.filter(|b| b.tavle <= crate::model::FORMAT_VERSION) else {
        return Err(store::UpdateError::ReadOnly(0));
    };
    Ok(store::to_text(&board, style) != original(&text, style))
}

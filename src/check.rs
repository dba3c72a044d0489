//! `tavle check`: validate every board file in a folder and print each problem
//! the way a compiler does, `path:line:col: error: message`.

use std::io::Write;
use std::path::Path;

use crate::diag::Severity;
use crate::i18n::{self, Lang};
use crate::store::{self, Located};
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

/// Run the check on a folder or a single file; returns the exit code.
pub fn run(
    path: &Path,
    strict: bool,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let shown = path.display().to_string();
    let files = if path.is_dir() {
        match store::board_files(path) {
            Ok(files) => files,
            Err(e) => {
                let _ = writeln!(
                    err,
                    "tavle: {}",
                    sanitize(&i18n::cannot_list(lang, &shown, &e.to_string()))
                );
                return EXIT_USAGE;
            }
        }
    } else if path.is_file() {
        vec![path.to_path_buf()]
    } else {
        let _ = writeln!(
            err,
            "tavle: {}",
            sanitize(&i18n::no_such_path(lang, &shown))
        );
        return EXIT_USAGE;
    };
    if files.is_empty() {
        let _ = writeln!(
            err,
            "tavle: {}",
            sanitize(&i18n::no_board_files(lang, &shown))
        );
    }
    let (mut errors, mut warnings) = (0, 0);
    for file in &files {
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
    if errors > 0 || (strict && warnings > 0) {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}

/// The board files named by a folder or file argument, or the usage error.
fn files_of(path: &Path, lang: Lang, err: &mut impl Write) -> Result<Vec<std::path::PathBuf>, i32> {
    let shown = path.display().to_string();
    if path.is_dir() {
        store::board_files(path).map_err(|e| {
            let _ = writeln!(
                err,
                "tavle: {}",
                sanitize(&i18n::cannot_list(lang, &shown, &e.to_string()))
            );
            EXIT_USAGE
        })
    } else if path.is_file() {
        Ok(vec![path.to_path_buf()])
    } else {
        let _ = writeln!(
            err,
            "tavle: {}",
            sanitize(&i18n::no_such_path(lang, &shown))
        );
        Err(EXIT_USAGE)
    }
}

/// `tavle fmt`: rewrite files that parse cleanly into the canonical layout
/// (keeping BOM and line endings); never touch a file with errors or a newer format.
pub fn fmt(
    path: &Path,
    check_only: bool,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let files = match files_of(path, lang, err) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let mut code = EXIT_OK;
    for file in &files {
        let name = file.display().to_string();
        let Ok((text, style)) = store::read_text(file) else {
            let _ = writeln!(err, "{}", sanitize(&i18n::fmt_skipped(lang, &name)));
            code = EXIT_PROBLEMS;
            continue;
        };
        let (board, problems) = store::analyze_text(&text);
        let clean = !problems.iter().any(|p| p.severity == Severity::Error);
        let Some(board) = board.filter(|b| clean && b.tavle <= crate::model::FORMAT_VERSION) else {
            let _ = writeln!(err, "{}", sanitize(&i18n::fmt_skipped(lang, &name)));
            code = EXIT_PROBLEMS;
            continue;
        };
        let canonical = store::to_text(&board, style);
        let original = if style.bom {
            format!("\u{FEFF}{text}")
        } else {
            text
        };
        if canonical != original {
            let _ = writeln!(
                out,
                "{}",
                sanitize(&i18n::fmt_changed(lang, &name, check_only))
            );
            if check_only {
                code = EXIT_PROBLEMS;
            } else if let Err(e) = store::write_atomic(file, canonical.as_bytes()) {
                let _ = writeln!(err, "{name}: {e}");
                code = EXIT_PROBLEMS;
            }
        }
    }
    code
}

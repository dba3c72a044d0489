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

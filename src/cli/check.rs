//! `tavle check`: validate every board file in a folder (or one file) and
//! print each problem the way a compiler does, `path:line:col: error:
//! message`, with a hint where one helps. It says what the screen does with
//! a file: besides the schema and the rules, an identity number in the file
//! (at its position, masked), a conflict copy left by a sync client, odd
//! entries named like boards (a FIFO, a broken link) and temp files of saves
//! that did not finish; nothing odd is ever opened.
//!
//! A board in a newer format than this tavle knows stays an **error** (the
//! decoder reports it so): the screen shows it, read-only, but this tavle
//! cannot vouch for what it does not know, will not save an edit to it and
//! `tavle fmt` leaves it alone — "0 errors" would claim a check that was not
//! made. The message says it opens read-only until tavle is upgraded.
//!
//! Measurements on one date twice, or dated after today, are warnings at
//! the first such value (`tavle_core::measurements`): a run chart would
//! mislead with them, but the board works. Like every warning they fail the
//! check only with `--strict`.
//!
//! It must not write anything, and must not print except through [`Io`].

use std::path::{Path, PathBuf};

use super::{CliError, Exit, Io, copies, words};
use crate::folder::store::{self, Located};
use crate::folder::{board_fs, safe_fs};
use crate::i18n::{self, Lang};
use chrono::NaiveDate;
use tavle_core::diag::Severity;
use tavle_core::model::Board;

/// One problem (and its hint) in compiler style, two lines at most.
pub fn problem_text(lang: Lang, path: &str, p: &Located) -> String {
    let (message, hint) = i18n::diag(lang, &p.kind);
    let mut text = format!(
        "{path}:{}:{}: {}: {message}\n",
        p.line,
        p.col,
        i18n::severity(lang, p.severity == Severity::Error),
    );
    if let Some(hint) = hint {
        text.push_str(&format!("  = {}: {hint}\n", i18n::hint_label(lang)));
    }
    text
}

/// A warning about a whole file (no line): `path: warning: message`.
pub fn file_warning(lang: Lang, path: &Path, message: &str) -> String {
    format!(
        "{}: {}: {message}",
        path.display(),
        i18n::severity(lang, false)
    )
}

/// The board files named by a folder or file argument, with the odd
/// entries skipped.
pub fn files_of(path: &Path) -> Result<store::Listing, CliError> {
    let no_such = || CliError::NoSuchPath(path.to_path_buf());
    if path.is_dir() {
        return store::list_boards(path).map_err(|e| CliError::CannotList {
            path: path.to_path_buf(),
            kind: e.kind,
        });
    }
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Err(no_such());
    };
    // A file named on the command line is examined before it is opened, too.
    match board_fs::entry(dir, name) {
        board_fs::Entry::Board => Ok(store::Listing {
            boards: vec![path.to_path_buf()],
            skipped: Vec::new(),
        }),
        board_fs::Entry::Skipped(why) => Ok(store::Listing {
            boards: Vec::new(),
            skipped: vec![store::Skipped {
                path: path.to_path_buf(),
                why,
            }],
        }),
        board_fs::Entry::Other | board_fs::Entry::Missing => Err(no_such()),
    }
}

/// Measurements of `board` on one date twice or after `today`, each as a
/// warning with its hint (two lines): at the first such value's line and
/// column when the file's `text` is given, else for the whole file.
pub fn value_doubts(
    lang: Lang,
    path: &Path,
    board: &Board,
    text: Option<&str>,
    today: NaiveDate,
) -> Vec<String> {
    let root = text.and_then(|t| tavle_core::json::parse(t).ok());
    tavle_core::measurements::doubts(board, today)
        .iter()
        .map(|f| {
            let title = (board.indicators.get(f.indicator)).map_or("", |i| i.title.as_str());
            let (message, hint) = i18n::values_doubt(lang, title, &f.doubt);
            let place = match (text, &root) {
                (Some(text), Some(root)) => {
                    let at = root.locate(&f.pointer()).span.start;
                    let (line, col) = tavle_core::json::line_col(text, at);
                    format!("{}:{line}:{col}", path.display())
                }
                _ => path.display().to_string(),
            };
            format!(
                "{place}: {}: {message}\n  = {}: {hint}\n",
                i18n::severity(lang, false),
                i18n::hint_label(lang)
            )
        })
        .collect()
}

/// Every problem in one board file, in the order of the file, its board
/// when it reads as one, and its text when it is text.
fn examine(file: &Path) -> (Vec<Located>, Option<Board>, Option<String>) {
    let bytes = match store::read_board(file) {
        Ok(read) => read.bytes,
        Err(problem) => return (vec![problem], None, None),
    };
    let text = store::decode_text(bytes.clone()).ok().map(|(text, _)| text);
    // Identity numbers are looked for in the text as written, wherever they
    // stand (a title, a note, a key, a broken line); the screen masks them.
    let numbers: Vec<Located> = match &text {
        Some(text) => tavle_core::rules::identity_numbers(text)
            .into_iter()
            .map(|d| {
                let offset = match d.at {
                    tavle_core::diag::Location::Offset(o) => o,
                    _ => 0,
                };
                let (line, col) = tavle_core::json::line_col(text, offset);
                Located {
                    line,
                    col,
                    severity: d.severity,
                    kind: d.kind,
                }
            })
            .collect(),
        None => Vec::new(),
    };
    let analysis = store::analyze_bytes(bytes);
    let mut problems = analysis.problems;
    problems.extend(numbers);
    problems.sort_by_key(|p| (p.line, p.col));
    (problems, analysis.board, text)
}

/// Run the check on a folder or a single file.
pub fn run(path: &Path, strict: bool, now: super::Now, io: &mut Io) -> Exit {
    let lang = io.lang;
    let listing = match files_of(path) {
        Ok(listing) => listing,
        Err(e) => return io.fail(e),
    };
    let files = &listing.boards;
    if files.is_empty() && listing.skipped.is_empty() {
        io.warn(&format!(
            "tavle: {}",
            i18n::no_board_files(lang, &path.display().to_string())
        ));
    }
    let (mut errors, mut warnings) = (0, 0);
    for s in &listing.skipped {
        warnings += 1;
        io.say(&file_warning(lang, &s.path, &i18n::skip_why(lang, &s.why)));
    }
    if path.is_dir()
        && let Ok(folder) = safe_fs::Folder::open(path)
    {
        for l in board_fs::leftovers(&folder, None) {
            warnings += 1;
            let text = i18n::leftover_temp(lang, l.age.as_secs() / 60, l.removable());
            io.say(&file_warning(lang, &l.path, &text));
        }
    }
    let today = now.today();
    let mut boards: Vec<(PathBuf, Option<Board>)> = Vec::with_capacity(files.len());
    for file in files {
        let (problems, board, text) = examine(file);
        let name = file.display().to_string();
        for p in &problems {
            match p.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            io.print(&problem_text(lang, &name, p));
        }
        if let Some(b) = &board {
            for doubt in value_doubts(lang, file, b, text.as_deref(), today) {
                warnings += 1;
                io.print(&doubt);
            }
        }
        boards.push((file.clone(), board));
    }
    let found = if path.is_dir() {
        let files: Vec<(PathBuf, Option<&Board>)> = boards
            .iter()
            .map(|(p, b)| (p.clone(), b.as_ref()))
            .collect();
        copies::confirmed(&files)
    } else {
        let board_of = |p: &Path| store::analyze(p).board;
        boards
            .first()
            .and_then(|(p, b)| copies::of_file(p, b.as_ref(), board_of))
            .into_iter()
            .collect()
    };
    for c in &found {
        warnings += 1;
        let linked = board_fs::locate_board(&c.path).is_ok_and(|f| f.linked);
        let text = if linked {
            words::conflict_copy_link(lang, &c.original, &c.source)
        } else {
            words::conflict_copy(lang, &c.original, &c.source)
        };
        io.say(&file_warning(lang, &c.path, &text));
    }
    // A change log's conflict copies: the minutes miss them until merged.
    for file in files
        .iter()
        .filter(|f| !found.iter().any(|c| c.path == **f))
    {
        for copy in crate::folder::log::copies(file) {
            warnings += 1;
            let text = words::log_copy(lang, &store::board_id(file));
            io.say(&file_warning(lang, &copy, &text));
        }
    }
    io.say(&i18n::check_summary(lang, files.len(), errors, warnings));
    // A file named on the command line that cannot be read as one is a problem.
    let odd_argument = !path.is_dir() && !listing.skipped.is_empty();
    if errors > 0 || (strict && warnings > 0) || odd_argument {
        Exit::Problems
    } else {
        Exit::Ok
    }
}

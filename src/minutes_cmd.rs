//! The minutes (referat) of a board's meeting: made from the board and its
//! change log, printed by `tavle minutes` and written when a meeting ends.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::check::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::i18n::{self, Lang, Msg};
use crate::model::Board;
use crate::{history, meeting, store};

/// The minutes of `date` for the board file at `path`, as Markdown.
pub fn markdown(path: &Path, board: &Board, date: NaiveDate, lang: Lang) -> String {
    let log = history::read(path);
    let summary = meeting::summary(board, &log, date);
    crate::minutes::minutes(lang, board, &store::board_id(path), &summary)
}

/// Write the minutes of `date` beside the board (in `referater/`).
pub fn write(path: &Path, board: &Board, date: NaiveDate, lang: Lang) -> Result<PathBuf, String> {
    let text = markdown(path, board, date, lang);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    store::write_minutes(dir, date, &store::board_id(path), &text).map_err(|e| e.to_string())
}

/// `tavle minutes BOARD [--date D]`: print the minutes to stdout.
pub fn run(
    board: &str,
    dir: &Path,
    date: Option<&str>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let fail = |err: &mut dyn Write, m: Msg, code| {
        let _ = writeln!(
            err,
            "tavle: {}",
            crate::text::sanitize(&i18n::msg(lang, &m))
        );
        code
    };
    let Some(path) = crate::card_cmd::resolve_board(board, dir) else {
        return fail(err, Msg::NoSuchBoard(board.to_string()), EXIT_USAGE);
    };
    let today = chrono::Local::now().date_naive();
    let date = match date {
        None => today,
        Some(d) => match crate::dates::parse_due(d, today) {
            Ok(d) => d,
            Err(_) => return fail(err, Msg::BadDue(d.to_string()), EXIT_USAGE),
        },
    };
    let analysis = store::analyze(&path);
    let Some(b) = analysis.board else {
        let p = analysis.problems.first();
        return fail(
            err,
            Msg::FileBroken(p.map_or(1, |p| p.line), p.map_or(1, |p| p.col)),
            EXIT_PROBLEMS,
        );
    };
    let _ = write!(out, "{}", markdown(&path, &b, date, lang));
    EXIT_OK
}

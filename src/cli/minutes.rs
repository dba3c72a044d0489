//! The minutes (referat) of a board's meeting: made from the board and its
//! change log, printed by `tavle minutes` and written when a meeting ends.
//! Which meeting is the core's rule ([`meeting::scope`]); this file reads the
//! log, reads the clock and writes.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::check::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::folder::{log as history, store};
use crate::i18n::{self, Lang, Msg};
use crate::meeting::{self, Scope};
use crate::model::Board;

fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

/// The minutes of `scope` for the board file at `path`, as Markdown.
pub fn markdown_of(path: &Path, board: &Board, scope: &Scope, lang: Lang) -> String {
    let log = history::read(path);
    let summary = meeting::summary(board, &log, scope);
    crate::minutes::minutes(lang, board, &store::board_id(path), &summary)
}

/// The minutes of the last meeting of `date` (or of the whole day, when it
/// had none) for the board file at `path`, as Markdown.
pub fn markdown(path: &Path, board: &Board, date: NaiveDate, lang: Lang) -> String {
    let log = history::read(path);
    let scope = meeting::scope(&log, date, None, now()).unwrap_or(Scope::Day(date));
    markdown_of(path, board, &scope, lang)
}

/// Write the minutes of the meeting that just ended (the last that ended on
/// `date`) beside the board, in `referater/`: that meeting and nothing else.
pub fn write(path: &Path, board: &Board, date: NaiveDate, lang: Lang) -> Result<PathBuf, String> {
    let log = history::read(path);
    let scope = match meeting::last_ended(&log, date) {
        Some(span) => Scope::Meeting(span),
        None => meeting::scope(&log, date, None, now()).unwrap_or(Scope::Day(date)),
    };
    let text = markdown_of(path, board, &scope, lang);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    store::write_minutes(dir, date, &store::board_id(path), &text).map_err(|e| e.to_string())
}

/// `tavle minutes BOARD [--date D] [--meeting N]`: print the minutes of
/// meeting N of the day (default: the day's last; a day with no meeting: the
/// whole day) to stdout.
pub fn run(
    board: &str,
    dir: &Path,
    date: Option<&str>,
    meeting_no: Option<u64>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let say = |err: &mut dyn Write, text: &str, code| {
        let _ = writeln!(err, "tavle: {}", crate::text::sanitize(text));
        code
    };
    let fail = |err: &mut dyn Write, m: Msg, code| say(err, &i18n::msg(lang, &m), code);
    let Some(path) = crate::card_cmd::resolve_board(board, dir) else {
        return fail(err, Msg::NoSuchBoard(board.to_string()), EXIT_USAGE);
    };
    let now = now();
    let today = now.date_naive();
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
    let log = history::read(&path);
    let scope = match meeting::scope(&log, date, meeting_no, now) {
        Ok(s) => s,
        Err(e) => {
            let text =
                i18n::no_such_meeting(lang, e.asked, e.count, &crate::dates::format_nb(date));
            return say(err, &text, EXIT_USAGE);
        }
    };
    let summary = meeting::summary(&b, &log, &scope);
    let text = crate::minutes::minutes(lang, &b, &store::board_id(&path), &summary);
    let _ = write!(out, "{text}");
    EXIT_OK
}

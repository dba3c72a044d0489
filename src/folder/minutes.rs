//! Writing the minutes (referat) of a meeting beside its board, in
//! `referater/YYYY-MM-DD-BOARD.md`: the storage worker does it when a
//! meeting ends on the screen. Also the minutes' text for `tavle minutes`,
//! so the file and the printout are made the same way.
//!
//! The text is built by [`crate::minutes`] from the core's summary of the
//! board and its change log; which meeting is the core's rule
//! ([`meeting::scope`]). This file reads the log and writes the file
//! ([`store::write_minutes`]: never over another file, never through a
//! link). It must not read the clock (the caller passes `now`) or print.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::folder::safe_fs::FsError;
use crate::folder::{log as history, store};
use crate::i18n::Lang;
use tavle_core::meeting::{self, Scope};
use tavle_core::model::Board;

/// The minutes of `scope` for the board file at `path`, as Markdown. Every
/// line has been through [`tavle_core::text::sanitize`]: the file is opened in
/// terminals and editors, and a title from the board must not drive them.
pub fn text(path: &Path, board: &Board, scope: &Scope, lang: Lang) -> String {
    let log = history::read(path);
    let summary = meeting::summary(board, &log, scope);
    let markdown = crate::minutes::minutes(lang, board, &store::board_id(path), &summary);
    safe_lines(&markdown)
}

/// `text` with each line sanitized and the line ends kept.
pub fn safe_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        out.push_str(&tavle_core::text::sanitize(body));
        out.push_str(end);
    }
    out
}

/// Write the minutes of the meeting that just ended beside the board file at
/// `path`; the path written. `ended` is that meeting as the save that ended it
/// knows it (start, attendees, whether its log is incomplete) — the log may
/// not hold its end when the log could not be written; without it, the last
/// meeting that ended on `date`, else the day's meeting at `now`, else the day.
pub fn write(
    path: &Path,
    board: &Board,
    ended: Option<meeting::Span>,
    date: NaiveDate,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> Result<PathBuf, FsError> {
    let log = history::read(path);
    let scope = match ended.or_else(|| meeting::last_ended(&log, date)) {
        Some(span) => Scope::Meeting(span),
        None => meeting::scope(&log, date, None, now).unwrap_or(Scope::Day(date)),
    };
    let text = text(path, board, &scope, lang);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let perms = crate::folder::board_fs::locate_board(path)?;
    let perms = perms.folder.perms_beside(&perms.name);
    store::write_minutes(dir, date, &store::board_id(path), &text, perms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_sanitized_and_line_ends_stay() {
        let text = "# Tittel\u{1b}]0;x\u{7}\n\n- a\u{202e}b\nslutt";
        let safe = safe_lines(text);
        assert_eq!(safe.lines().count(), text.lines().count());
        assert!(!safe.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{safe:?}");
        assert!(safe.ends_with("slutt"));
        assert!(safe.starts_with("# Tittel␛]0;x␇\n\n"));
    }

    #[test]
    fn minutes_are_written_beside_the_board_and_never_over_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        let text = r#"{"tavle":1,"title":"Tavle \u001b[2J","kind":"drift","columns":[{"id":"a","title":"A"}]}"#;
        std::fs::write(&path, text).unwrap();
        let board = store::analyze(&path).board.unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T10:00:00+01:00").unwrap();
        let first = write(&path, &board, None, date, now, Lang::Nb).unwrap();
        let second = write(&path, &board, None, date, now, Lang::Nb).unwrap();
        assert_eq!(first, dir.path().join("referater/2026-11-24-b.md"));
        assert_eq!(second, dir.path().join("referater/2026-11-24-b-2.md"));
        let written = std::fs::read_to_string(&first).unwrap();
        assert!(written.contains("Tavle"), "{written}");
        assert!(!written.contains('\u{1b}'), "{written:?}");
    }
}

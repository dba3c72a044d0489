//! The previous meeting's minutes (referat) of a board, to open from the
//! meeting screen: "what has been done since last time?" starts from what
//! was agreed then. The file is the one written when that meeting ended, in
//! `referater/YYYY-MM-DD-BOARD.md` (a second meeting of a day `-2.md`, …); a
//! meeting that ended without one (its end was written by another program)
//! gets its minutes made now from the board and the change log, and says so.
//!
//! The `referater` folder is shared like the board folder: a link or a FIFO
//! in it is never opened, a file is read with a bound, and every line comes
//! back through [`tavle_core::text::sanitize`]. Reads only; no clock (the
//! caller passes the time the previous meeting must have ended before).

use std::ffi::OsStr;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::folder::safe_fs::{Folder, FsError};
use crate::folder::{log as history, minutes, store};
use crate::i18n::Lang;
use tavle_core::meeting::{self, Scope};

/// Minutes larger than this are not shown (they are a few kilobytes).
const READ_LIMIT: u64 = 1024 * 1024;

/// The previous meeting's minutes, as found.
#[derive(Debug, Clone, PartialEq)]
pub enum Previous {
    /// The minutes file (its name in `referater/`), every line sanitized.
    File { name: String, text: String },
    /// No file for the previous meeting: its minutes made now from the board
    /// and the change log (the day it started), every line sanitized.
    Made { date: NaiveDate, text: String },
    /// The board has had no meeting and has no minutes.
    None,
    /// The minutes could not be read.
    Failed(FsError),
}

/// The date and number of a minutes file of board `id` by its name:
/// `2026-11-24-id.md` is meeting 1 of that day, `2026-11-24-id-2.md` meeting 2.
pub fn parse_name(name: &str, id: &str) -> Option<(NaiveDate, u32)> {
    let stem = name.strip_suffix(".md")?;
    let date = NaiveDate::parse_from_str(stem.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = stem.get(10..)?.strip_prefix('-')?.strip_prefix(id)?;
    if rest.is_empty() {
        return Some((date, 1));
    }
    let n = rest.strip_prefix('-')?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((date, n.parse().ok()?))
}

/// The previous meeting's minutes of the board file at `path`: the meeting
/// that ended last before `before` (the start of the meeting under way, or now).
pub fn read(path: &Path, before: DateTime<FixedOffset>, lang: Lang) -> Previous {
    let log = history::read(path);
    let prev = meeting::previous(&log, before);
    let id = store::board_id(path);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // The minutes of a meeting are dated by the day it ended (or started).
    let earliest = prev.as_ref().map(|p| p.start.date_naive());
    match newest_file(dir, &id, earliest) {
        Ok(Some(found)) => return found,
        Ok(None) => {}
        Err(e) => return Previous::Failed(e),
    }
    let Some(prev) = prev else {
        return Previous::None;
    };
    let Some(board) = store::analyze(path).board else {
        return Previous::None;
    };
    Previous::Made {
        date: prev.start.date_naive(),
        text: minutes::text(path, &board, &Scope::Meeting(prev), lang),
    }
}

/// The newest minutes file of board `id` in `dir/referater` dated
/// `earliest` or later (any date when `None`), that names the board.
fn newest_file(
    dir: &Path,
    id: &str,
    earliest: Option<NaiveDate>,
) -> Result<Option<Previous>, FsError> {
    let folder = match Folder::open(dir).and_then(|f| f.sub(OsStr::new("referater"), false)) {
        Ok(f) => f,
        Err(e) if e.kind == crate::folder::safe_fs::FsErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let mut files: Vec<((NaiveDate, u32), String)> = folder
        .names()?
        .into_iter()
        .filter_map(|n| {
            let name = n.to_str()?.to_string();
            let key = parse_name(&name, id)?;
            Some((key, name))
        })
        .filter(|((date, _), _)| earliest.is_none_or(|e| *date >= e))
        .collect();
    files.sort();
    // The board is named in its minutes as `(`id`)`: a file of a board whose
    // id ends in `-2` is not this board's second meeting.
    let names_board = format!("(`{id}`)");
    for (_, name) in files.into_iter().rev() {
        let Ok((bytes, _)) = folder.read(OsStr::new(&name), false, READ_LIMIT) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        if text.contains(&names_board) {
            return Ok(Some(Previous::File {
                text: minutes::safe_lines(&text),
                name,
            }));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_give_the_date_and_the_meeting_of_the_day() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(parse_name("2026-11-24-nord.md", "nord"), Some((d, 1)));
        assert_eq!(parse_name("2026-11-24-nord-3.md", "nord"), Some((d, 3)));
        assert_eq!(parse_name("2026-11-24-nord-x.md", "nord"), None);
        assert_eq!(parse_name("2026-11-24-nord-.md", "nord"), None);
        assert_eq!(parse_name("2026-11-24-sor.md", "nord"), None);
        assert_eq!(parse_name("2026-13-24-nord.md", "nord"), None);
        assert_eq!(parse_name("2026-11-24-nord.txt", "nord"), None);
        assert_eq!(parse_name("2026-11-24nord.md", "nord"), None);
    }
}
#[cfg(test)]
#[path = "previous_tests.rs"]
mod more_tests;

//! `tavle minutes BOARD [--date D] [--meeting N]`: print the minutes of
//! meeting N of the day (default: the day's last; a day with no meeting:
//! the whole day) as Markdown, made the same way as the file the screen
//! writes when a meeting ends ([`crate::folder::minutes`]).
//!
//! It must not write anything, and must not print except through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io, lookup};
use crate::folder::log as history;
use tavle_core::meeting;

/// Run `tavle minutes`.
pub fn run(
    board: &str,
    dir: &Path,
    date: Option<&str>,
    meeting_no: Option<u64>,
    io: &mut Io,
) -> Exit {
    match print(board, dir, date, meeting_no, io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

fn print(
    board: &str,
    dir: &Path,
    date: Option<&str>,
    meeting_no: Option<u64>,
    io: &mut Io,
) -> Result<(), CliError> {
    let path = lookup::board(board, dir)?;
    let now = chrono::Local::now().fixed_offset();
    let today = now.date_naive();
    let date = match date {
        None => today,
        Some(d) => {
            tavle_core::dates::parse_due(d, today).map_err(|_| CliError::BadDue(d.into()))?
        }
    };
    let b = lookup::read(&path)?;
    let log = history::read(&path);
    let scope =
        meeting::scope(&log, date, meeting_no, now).map_err(|e| CliError::NoSuchMeeting {
            asked: e.asked,
            count: e.count,
            date,
        })?;
    io.print(&crate::folder::minutes::text(&path, &b, &scope, io.lang));
    Ok(())
}

//! `tavle minutes BOARD [--date D] [--meeting N] [--anyway]`: print the
//! minutes of meeting N of the day (default: the day's last) as Markdown,
//! made the same way as the file the screen writes when a meeting ends
//! ([`crate::folder::minutes`]). The date is a day that has been (`fre` is
//! the last Friday). A day on which no meeting ran is refused, naming the
//! days that had one: minutes are never written for a meeting that did not
//! happen. With `--anyway` such a day gives the day's changes, headed as a
//! day and not as a meeting.
//!
//! It must not write anything, and must not print except through [`Io`].

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{CliError, Exit, Io, lookup};
use crate::folder::log as history;
use crate::i18n::Msg;
use tavle_core::dates::DateFor;
use tavle_core::log::Logged;
use tavle_core::meeting;

/// Which minutes `tavle minutes` was asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    /// `--date`, as typed.
    pub date: Option<&'a str>,
    /// `--meeting N`.
    pub meeting: Option<u64>,
    /// `--anyway`: a day without a meeting gives the day's changes.
    pub anyway: bool,
}

/// Run `tavle minutes`.
pub fn run(board: &str, dir: &Path, asked: Asked<'_>, now: super::Now, io: &mut Io) -> Exit {
    match print(board, dir, asked, now.time(), io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

/// The days on which a meeting of `log` started, latest first.
fn meeting_days(log: &[Logged], now: DateTime<FixedOffset>) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = log
        .iter()
        .filter_map(|l| l.time().map(|t| t.at().date_naive()))
        .collect();
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    days.retain(|d| !meeting::meetings(log, *d, now).is_empty());
    days
}

fn print(
    board: &str,
    dir: &Path,
    asked: Asked<'_>,
    now: DateTime<FixedOffset>,
    io: &mut Io,
) -> Result<(), CliError> {
    let path = lookup::board(board, dir)?;
    let today = now.date_naive();
    let date = match asked.date {
        None => today,
        Some(d) => tavle_core::dates::parse(d, today, DateFor::Past)
            .map_err(|e| CliError::Day(Msg::for_day(d, &e)))?,
    };
    let b = lookup::read(&path)?;
    let log = history::read(&path);
    let meeting_no = asked.meeting;
    if meeting_no.is_none() && !asked.anyway && meeting::meetings(&log, date, now).is_empty() {
        return Err(CliError::NoMeetingThatDay {
            date,
            days: meeting_days(&log, now),
        });
    }
    let scope =
        meeting::scope(&log, date, meeting_no, now).map_err(|e| CliError::NoSuchMeeting {
            asked: e.asked,
            count: e.count,
            date,
        })?;
    io.print(&crate::folder::minutes::text(&path, &b, &scope, io.lang));
    Ok(())
}

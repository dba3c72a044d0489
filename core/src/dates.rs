//! Dates as people type and read them at a tavlemøte: parsing what a
//! facilitator or a measurement lead types ("fre", "uke 49", "1.12", "i går",
//! "+2u") into a date, by what the date is for ([`DateFor`]: a deadline
//! looks ahead, a measurement or a meeting looks back), and describing a due
//! date relative to today as data for the i18n catalogue.
//!
//! Pure domain code: no I/O and no clock reads; `today` is always passed in.
//! Nothing here panics on any input: all date arithmetic is checked. The
//! forms themselves are read in `read`.

mod read;

use chrono::{Datelike, NaiveDate, Weekday};

/// What a typed date is for, which decides what a word without a year or
/// a week means: the next such day, or the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFor {
    /// A deadline (frist): `fre` is the next Friday on or after today, `1.12`
    /// the next 1 December, `uke 49` the Friday of the next week 49.
    Deadline,
    /// A day that has been: a measurement's date or a meeting's. `man` is the
    /// last Monday on or before today, `1.12` the last 1 December that has
    /// come, `uke 49` the Monday of the last week 49 that has begun. A date
    /// after today is refused ([`DateError::Future`]): nothing was measured
    /// and no meeting ran on a day that has not come.
    Past,
}

/// Why a typed date could not be turned into a date.
///
/// Data only, with no `Display`: the words live in the i18n catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing but whitespace was typed.
    Empty,
    /// The text matches none of the accepted forms.
    Unrecognised,
    /// The form was recognised but names no real date (`31.2`), or the result
    /// falls outside the calendar chrono can represent (`+99999999999`).
    InvalidDate,
    /// `uke N` with N outside 1..=52, or 53 in a year that has only 52 weeks.
    WeekOutOfRange,
    /// A day after today, for a date that must have been ([`DateFor::Past`]).
    Future(NaiveDate),
}

/// Parse a date as people type it, for `purpose`.
///
/// Case is ignored, as is whitespace around the input. Accepted forms, in
/// bokmål, nynorsk and English whatever the screen's language (the table is
/// in `docs/format.md`, "Dates you can type"):
///
/// - ISO `2026-12-01` (month and day may be written with one digit).
/// - Norwegian day-first dates with `.` or `/` (not mixed): `1.12`, `1.12.2026`,
///   `1.12.26` (a two-digit year means 2000+yy), `1/12`, `1/12/2026`; a trailing
///   dot (`1.12.`) is allowed. Without a year it is the nearest such date on
///   the side `purpose` looks at: for a deadline in December `3.1` means
///   January next year, for a measurement in January `30.12` means December
///   last year; `29.2` is the next (or last) leap day.
/// - Weekday names, full or abbreviated to at least three letters:
///   `mandag`/`man`, `tirsdag`/`tir`/`tirs`, `onsdag`/`ons`,
///   `torsdag`/`tor`/`tors`, `fredag`/`fre`, `lørdag`/`lør`,
///   `søndag`/`søn`; nynorsk `måndag`/`mån`, `tysdag`/`tys`,
///   `laurdag`/`lau`, `sundag`/`sun`; `monday`/`mon` … `sunday`/`sun`. A
///   deadline's weekday is the next on or after today, a past day's the last
///   on or before today: either way `fre` typed on a Friday is today.
/// - Days: `i dag`/`idag`/`today`, `i går`/`yesterday`,
///   `i forgårs`/`i førgår`, `i morgen`/`i morgon`/`tomorrow`,
///   `i overmorgen`/`i overmorgon`.
/// - Weeks: `forrige uke`/`førre veke`/`last week`, `denne uka`/`denne
///   veka`/`this week`, `neste uke`/`neste veke`/`next week`.
/// - Counts from today: `+3d` or `+3` (days), `-1d` or `-1` (a day back),
///   `+2u`/`+2w` (weeks), `+1m`/`-1m` (calendar months, clamped to the
///   month's end: `+1m` from 31 January is the last day of February); the
///   unit may be written out (`-2 dager`, `+3 veker`, `+1 month`). `+0` is
///   today.
/// - ISO week: `uke 49`, `u49`, `veke 49`, `v49`, `week 49`, `w49`, optionally
///   with a year (`uke 49 2027`, two-digit years meaning 2000+yy). A
///   deadline's week is its Friday, since a deadline "in week 49" is the end
///   of the work week; a past day's week is its Monday. Without a year the
///   week is in today's ISO week-year, or for a deadline the next one if that
///   week has passed, for a past day the last one if it has not begun; the
///   current week is always this one.
///
/// For [`DateFor::Past`] every form, an explicit date too, must name today
/// or a day before it, else [`DateError::Future`].
pub fn parse(input: &str, today: NaiveDate, purpose: DateFor) -> Result<NaiveDate, DateError> {
    let date = parse_any(input, today, purpose)?;
    if purpose == DateFor::Past && date > today {
        return Err(DateError::Future(date));
    }
    Ok(date)
}

/// Parse what a facilitator types as a deadline: [`parse`] for
/// [`DateFor::Deadline`].
pub fn parse_due(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse(input, today, DateFor::Deadline)
}

fn parse_any(input: &str, today: NaiveDate, purpose: DateFor) -> Result<NaiveDate, DateError> {
    let text = input.trim().to_lowercase();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    // Why compact: "i dag", "idag" and "i  dag" should all mean the same.
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(result) = read::word(&compact, today, purpose) {
        return result;
    }
    if let Some(result) = read::signed(&compact, today) {
        return result;
    }
    if let Some(weekday) = read::weekday(&text) {
        return read::nearest_weekday(weekday, today, purpose);
    }
    if let Some(result) = read::week(&text, today, purpose) {
        return result;
    }
    if text.contains('-') {
        return read::iso(&text);
    }
    if text.contains('.') || text.contains('/') {
        return read::day_month(&text, today, purpose);
    }
    Err(DateError::Unrecognised)
}

/// How a due date reads on the board, relative to today — as data, so the
/// words can live in the i18n catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Past: overdue by n days (n >= 1; saturates at `u32::MAX`).
    Overdue(u32),
    /// Due today.
    Today,
    /// Due tomorrow.
    Tomorrow,
    /// Within the next 6 days (2..=6 days ahead): say the weekday.
    ThisWeek(Weekday),
    /// 7..=56 days (up to 8 weeks) ahead, so always within the same or next ISO
    /// week-year: say the ISO week (and the date when shown in full).
    Week(u32),
    /// More than 8 weeks ahead: the date itself.
    Later(NaiveDate),
}

/// Describe `due` relative to `today`: [`Due::Overdue`] before today, then
/// [`Due::Today`], [`Due::Tomorrow`], [`Due::ThisWeek`] for 2..=6 days ahead,
/// [`Due::Week`] for 7..=56 days ahead, and [`Due::Later`] beyond that.
pub fn describe_due(due: NaiveDate, today: NaiveDate) -> Due {
    // Cannot overflow: the whole chrono calendar spans far fewer than i64::MAX days.
    let days = due.signed_duration_since(today).num_days();
    match days {
        i64::MIN..=-1 => Due::Overdue(u32::try_from(days.unsigned_abs()).unwrap_or(u32::MAX)),
        0 => Due::Today,
        1 => Due::Tomorrow,
        2..=6 => Due::ThisWeek(due.weekday()),
        7..=56 => Due::Week(iso_week(due)),
        _ => Due::Later(due),
    }
}

/// ISO week number of a date (Norwegians schedule by week: "uke 47").
///
/// Note that this is the week within the ISO week-year, which can differ from
/// the calendar year: 2027-01-01 is in week 53 (of 2026).
pub fn iso_week(d: NaiveDate) -> u32 {
    d.iso_week().week()
}

/// `22.11.2026`, the Norwegian way of writing a date.
///
/// Day and month are zero-padded (`01.12.2026`) so dates line up in columns;
/// the result is accepted back by [`parse_due`].
pub fn format_nb(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month(), d.year())
}

#[cfg(test)]
mod new_year;
#[cfg(test)]
mod tests;

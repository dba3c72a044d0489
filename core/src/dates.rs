//! Deadlines as people type and read them at a tavlemøte: parsing what a
//! facilitator types ("fre", "uke 49", "1.12", "+2u") into a date, and
//! describing a due date relative to today as data for the i18n catalogue.
//!
//! Pure domain code: no I/O and no clock reads; `today` is always passed in.
//! Nothing here panics on any input: all date arithmetic is checked.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Why a typed deadline could not be turned into a date.
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
}

/// Parse what a facilitator types as a deadline.
///
/// Case is ignored, as is whitespace around the input. Accepted forms:
///
/// - ISO `2026-12-01` (month and day may be written with one digit).
/// - Norwegian day-first dates with `.` or `/` (not mixed): `1.12`, `1.12.2026`,
///   `1.12.26` (a two-digit year means 2000+yy), `1/12`, `1/12/2026`; a trailing
///   dot (`1.12.`) is allowed. Without a year it is the next such date on or
///   after today, so in December `3.1` means January next year and `29.2` means
///   the next leap day.
/// - Weekday names, bokmål, nynorsk or English, full or abbreviated to at
///   least three letters: `mandag`/`man`, `tirsdag`/`tir`/`tirs`,
///   `onsdag`/`ons`, `torsdag`/`tor`/`tors`, `fredag`/`fre`, `lørdag`/`lør`,
///   `søndag`/`søn`; `måndag`/`mån`, `tysdag`/`tys`, `laurdag`/`lau`,
///   `sundag`/`sun`; `monday`/`mon` … `sunday`/`sun`. A weekday means its next occurrence *on or
///   after* today: `fre` typed on a Friday is today, because "by Friday" said on
///   a Friday means the end of this day, not a week later.
/// - `i dag`/`idag`/`today`, `i morgen`/`i morgon`/`imorgen`/`tomorrow`,
///   `i overmorgen`/`i overmorgon`/`overmorgen` (the day after tomorrow).
/// - Relative: `+3d` or `+3` (days), `+2u` or `+2w` (weeks), `+1m` (calendar
///   months, clamped to the month's end: `+1m` from 31 January is the last day of
///   February). `+0` is today.
/// - ISO week: `uke 49`, `u49`, `veke 49`, `v49`, `week 49`, `w49`, optionally with a year
///   (`uke 49 2027`, two-digit years meaning 2000+yy). The result is the Friday
///   of that week, since a deadline "in week 49" is the end of the work week.
///   Without a year the week is in today's ISO week-year, or the next one if
///   that week has already passed; the current week counts as not passed, even
///   if its Friday is.
pub fn parse_due(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = input.trim().to_lowercase();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    // Why compact: "i dag", "idag" and "i  dag" should all mean the same.
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();

    match compact.as_str() {
        "idag" | "today" => return Ok(today),
        "imorgen" | "imorgon" | "tomorrow" => return add_days(today, 1),
        "iovermorgen" | "overmorgen" | "iovermorgon" | "overmorgon" => return add_days(today, 2),
        _ => {}
    }
    if let Some(rest) = compact.strip_prefix('+') {
        return parse_relative(rest, today);
    }
    if let Some(weekday) = parse_weekday(&text) {
        return next_weekday(weekday, today);
    }
    if let Some(result) = parse_week(&text, today) {
        return result;
    }
    if text.contains('-') {
        return parse_iso(&text);
    }
    if text.contains('.') || text.contains('/') {
        return parse_day_month(&text, today);
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

// Input vocabulary for the parser, not display text (display goes through the
// i18n catalogue, whose short names this table must accept: tests/i18n.rs
// checks). Bokmål, nynorsk and English, since people type the form they
// speak whatever the screen's language. Any prefix of at least three letters
// is accepted; the three-letter prefixes that are shared ("ons", "tor",
// "fre", "sun") name the same day in every language, so a prefix names at
// most one day.
const WEEKDAY_NAMES: [(&str, Weekday); 18] = [
    ("mandag", Weekday::Mon),
    ("tirsdag", Weekday::Tue),
    ("onsdag", Weekday::Wed),
    ("torsdag", Weekday::Thu),
    ("fredag", Weekday::Fri),
    ("lørdag", Weekday::Sat),
    ("søndag", Weekday::Sun),
    ("måndag", Weekday::Mon),
    ("tysdag", Weekday::Tue),
    ("laurdag", Weekday::Sat),
    ("sundag", Weekday::Sun),
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

// Longest first, so "uke49" is not read as "u" + "ke49". `veke`/`v` is nynorsk.
const WEEK_WORDS: [&str; 6] = ["week", "veke", "uke", "u", "v", "w"];

fn add_days(d: NaiveDate, n: u64) -> Result<NaiveDate, DateError> {
    d.checked_add_days(Days::new(n))
        .ok_or(DateError::InvalidDate)
}

/// `s` if it is a non-empty run of ASCII digits (so `parse` sees no sign).
fn digits(s: &str) -> Option<&str> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
}

/// A year written with 2 digits (2000+yy) or 4 digits.
fn year(s: &str) -> Option<i32> {
    let s = digits(s)?;
    let n: i32 = s.parse().ok()?;
    match s.len() {
        2 => Some(2000 + n),
        4 => Some(n),
        _ => None,
    }
}

/// A day or month written with 1 or 2 digits.
fn small(s: &str) -> Option<u32> {
    let s = digits(s)?;
    if s.len() > 2 {
        return None;
    }
    s.parse().ok()
}

/// After the `+`: a count and an optional unit `d`, `u`/`w` or `m`.
fn parse_relative(rest: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let split = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (number, unit) = rest.split_at(split);
    if number.is_empty() {
        return Err(DateError::Unrecognised);
    }
    // All digits: a failed parse can only mean overflow, i.e. far beyond any calendar.
    let n: u32 = number.parse().map_err(|_| DateError::InvalidDate)?;
    match unit {
        "" | "d" => add_days(today, u64::from(n)),
        "u" | "w" => add_days(today, u64::from(n) * 7),
        "m" => today
            .checked_add_months(Months::new(n))
            .ok_or(DateError::InvalidDate),
        _ => Err(DateError::Unrecognised),
    }
}

fn parse_weekday(text: &str) -> Option<Weekday> {
    if text.chars().count() < 3 {
        return None;
    }
    WEEKDAY_NAMES
        .iter()
        .find(|(name, _)| name.starts_with(text))
        .map(|&(_, w)| w)
}

/// The first `weekday` on or after `today`.
fn next_weekday(weekday: Weekday, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let ahead = (weekday.num_days_from_monday() + 7 - today.weekday().num_days_from_monday()) % 7;
    add_days(today, u64::from(ahead))
}

/// `None` if `text` does not start like a week (`uke`, `u`, `week`, `w` then a
/// number), so other forms can be tried.
fn parse_week(text: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let rest = WEEK_WORDS.iter().find_map(|word| text.strip_prefix(word))?;
    let mut parts = rest.split_whitespace();
    let week_text = digits(parts.next()?)?;
    let year_text = parts.next();
    if parts.next().is_some() {
        return Some(Err(DateError::Unrecognised));
    }
    // All digits: too long to parse is just a very large week number.
    let week: u32 = match week_text.parse() {
        Ok(w) if (1..=53).contains(&w) => w,
        _ => return Some(Err(DateError::WeekOutOfRange)),
    };
    let iso_year = match year_text {
        Some(y) => match year(y) {
            Some(y) => y,
            None => return Some(Err(DateError::Unrecognised)),
        },
        None => {
            let current = today.iso_week();
            if week < current.week() {
                match current.year().checked_add(1) {
                    Some(y) => y,
                    None => return Some(Err(DateError::InvalidDate)),
                }
            } else {
                current.year()
            }
        }
    };
    Some(NaiveDate::from_isoywd_opt(iso_year, week, Weekday::Fri).ok_or(DateError::WeekOutOfRange))
}

/// `yyyy-mm-dd`.
fn parse_iso(text: &str) -> Result<NaiveDate, DateError> {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(DateError::Unrecognised);
    };
    let y = digits(y)
        .filter(|y| y.len() == 4)
        .and_then(|y| y.parse().ok());
    match (y, small(m), small(d)) {
        (Some(y), Some(m), Some(d)) => {
            NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::InvalidDate)
        }
        _ => Err(DateError::Unrecognised),
    }
}

/// `d.m`, `d.m.yy`, `d.m.yyyy`, or the same with `/`.
fn parse_day_month(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let sep = match (text.contains('.'), text.contains('/')) {
        (true, false) => '.',
        (false, true) => '/',
        _ => return Err(DateError::Unrecognised),
    };
    let mut parts: Vec<&str> = text.split(sep).collect();
    // Why: Norwegians often end a date with a dot ("den 1.12.").
    if sep == '.' && parts.len() == 3 && parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    match parts.as_slice() {
        [d, m] => {
            let (Some(d), Some(m)) = (small(d), small(m)) else {
                return Err(DateError::Unrecognised);
            };
            next_day_month(d, m, today)
        }
        [d, m, y] => {
            let (Some(d), Some(m), Some(y)) = (small(d), small(m), year(y)) else {
                return Err(DateError::Unrecognised);
            };
            NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::InvalidDate)
        }
        _ => Err(DateError::Unrecognised),
    }
}

/// The first day `d` of month `m` on or after `today`.
fn next_day_month(d: u32, m: u32, today: NaiveDate) -> Result<NaiveDate, DateError> {
    // Why 8 years: 29 February can be that far apart (2096 → 2104).
    for ahead in 0..=8 {
        let Some(y) = today.year().checked_add(ahead) else {
            break;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            && date >= today
        {
            return Ok(date);
        }
    }
    Err(DateError::InvalidDate)
}

#[cfg(test)]
mod tests;

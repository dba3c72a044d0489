//! The forms of [`super::parse`], one function each: the fixed words
//! (`i dag`, `i går`, `forrige uke` …), signed counts (`-1d`, `+3u`),
//! weekday names, ISO weeks, ISO dates and Norwegian day-first dates. Each
//! form that names a day without saying which one (a weekday, a week, a
//! day and month) asks [`DateFor`] whether the next or the last is meant.
//!
//! Input vocabulary only: the words users read are in the catalogue.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{DateError, DateFor};

/// A fixed word for a day relative to today, or for a week relative to this
/// week.
#[derive(Debug, Clone, Copy)]
enum Word {
    /// Today plus (or minus) this many days.
    Day(i8),
    /// This week plus (or minus) this many weeks: Monday of it for a day
    /// that has been, Friday for a deadline (like `uke 49`).
    Week(i8),
}

// Compared with all whitespace removed, so "i  går" and "igår" are "i går".
// Bokmål, nynorsk and English, since people type the form they speak
// whatever the screen's language.
const WORDS: [(&str, Word); 32] = [
    ("idag", Word::Day(0)),
    ("today", Word::Day(0)),
    ("igår", Word::Day(-1)),
    ("yesterday", Word::Day(-1)),
    ("iforgårs", Word::Day(-2)),
    ("forgårs", Word::Day(-2)),
    ("iførgår", Word::Day(-2)),
    ("iførgårs", Word::Day(-2)),
    ("førgår", Word::Day(-2)),
    ("thedaybeforeyesterday", Word::Day(-2)),
    ("imorgen", Word::Day(1)),
    ("imorgon", Word::Day(1)),
    ("tomorrow", Word::Day(1)),
    ("iovermorgen", Word::Day(2)),
    ("overmorgen", Word::Day(2)),
    ("iovermorgon", Word::Day(2)),
    ("overmorgon", Word::Day(2)),
    ("thedayaftertomorrow", Word::Day(2)),
    ("forrigeuke", Word::Week(-1)),
    ("iforrigeuke", Word::Week(-1)),
    ("forrigeuka", Word::Week(-1)),
    ("førreveke", Word::Week(-1)),
    ("iførreveke", Word::Week(-1)),
    ("lastweek", Word::Week(-1)),
    ("denneuka", Word::Week(0)),
    ("denneuken", Word::Week(0)),
    ("denneveka", Word::Week(0)),
    ("thisweek", Word::Week(0)),
    ("nesteuke", Word::Week(1)),
    ("nesteuka", Word::Week(1)),
    ("nesteveke", Word::Week(1)),
    ("nextweek", Word::Week(1)),
];

// Any prefix of at least three letters is accepted; the three-letter
// prefixes that are shared ("ons", "tor", "fre", "sun") name the same day in
// every language, so a prefix names at most one day. The catalogue's short
// names must be among them (tests/i18n.rs checks).
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

/// The unit after a signed count: days, weeks or calendar months.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Days,
    Weeks,
    Months,
}

// After the count, as typed without spaces: `+3d`, `-2 uker`, `+1 month`.
const UNITS: [(&str, Unit); 26] = [
    ("", Unit::Days),
    ("d", Unit::Days),
    ("dag", Unit::Days),
    ("dager", Unit::Days),
    ("dagar", Unit::Days),
    ("day", Unit::Days),
    ("days", Unit::Days),
    ("u", Unit::Weeks),
    ("uke", Unit::Weeks),
    ("uker", Unit::Weeks),
    ("v", Unit::Weeks),
    ("veke", Unit::Weeks),
    ("veker", Unit::Weeks),
    ("vekor", Unit::Weeks),
    ("w", Unit::Weeks),
    ("week", Unit::Weeks),
    ("weeks", Unit::Weeks),
    ("m", Unit::Months),
    ("mnd", Unit::Months),
    ("måned", Unit::Months),
    ("måneder", Unit::Months),
    ("månad", Unit::Months),
    ("månader", Unit::Months),
    ("månadar", Unit::Months),
    ("month", Unit::Months),
    ("months", Unit::Months),
];

/// A fixed word (`compact`: lowercase, no whitespace), if it is one.
pub(super) fn word(
    compact: &str,
    today: NaiveDate,
    purpose: DateFor,
) -> Option<Result<NaiveDate, DateError>> {
    let (_, w) = WORDS.iter().find(|(text, _)| *text == compact)?;
    Some(match *w {
        Word::Day(n) => shift_days(today, i64::from(n)),
        Word::Week(n) => shift_days(today, 7 * i64::from(n))
            .and_then(|d| week_day(d.iso_week().year(), d.iso_week().week(), purpose)),
    })
}

/// `+N` or `-N` with an optional unit (`compact`: lowercase, no whitespace,
/// the sign first), if it starts with a sign.
pub(super) fn signed(compact: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    let (back, rest) = match compact.as_bytes().first()? {
        b'+' => (false, &compact[1..]),
        b'-' => (true, &compact[1..]),
        _ => return None,
    };
    let split = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (number, unit) = rest.split_at(split);
    if number.is_empty() {
        return Some(Err(DateError::Unrecognised));
    }
    let Some(&(_, unit)) = UNITS.iter().find(|(text, _)| *text == unit) else {
        return Some(Err(DateError::Unrecognised));
    };
    // All digits: a failed parse can only mean overflow, i.e. far beyond any calendar.
    let Ok(n) = number.parse::<u32>() else {
        return Some(Err(DateError::InvalidDate));
    };
    let days = |k: u64| {
        if back {
            today.checked_sub_days(Days::new(k))
        } else {
            today.checked_add_days(Days::new(k))
        }
    };
    let date = match unit {
        Unit::Days => days(u64::from(n)),
        Unit::Weeks => days(u64::from(n) * 7),
        Unit::Months if back => today.checked_sub_months(Months::new(n)),
        Unit::Months => today.checked_add_months(Months::new(n)),
    };
    Some(date.ok_or(DateError::InvalidDate))
}

/// A weekday name (at least three letters of one), if it is one.
pub(super) fn weekday(text: &str) -> Option<Weekday> {
    if text.chars().count() < 3 {
        return None;
    }
    WEEKDAY_NAMES
        .iter()
        .find(|(name, _)| name.starts_with(text))
        .map(|&(_, w)| w)
}

/// The `weekday` nearest today on the side `purpose` looks at: the first on
/// or after today for a deadline, the last on or before today for a day
/// that has been. Either way, today's own weekday is today.
pub(super) fn nearest_weekday(
    weekday: Weekday,
    today: NaiveDate,
    purpose: DateFor,
) -> Result<NaiveDate, DateError> {
    let (want, now) = (
        weekday.num_days_from_monday(),
        today.weekday().num_days_from_monday(),
    );
    match purpose {
        DateFor::Deadline => shift_days(today, i64::from((want + 7 - now) % 7)),
        DateFor::Past => shift_days(today, -i64::from((now + 7 - want) % 7)),
    }
}

/// `None` if `text` does not start like a week (`uke`, `u`, `veke`, `v`,
/// `week`, `w` then a number), so other forms can be tried.
pub(super) fn week(
    text: &str,
    today: NaiveDate,
    purpose: DateFor,
) -> Option<Result<NaiveDate, DateError>> {
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
            // The current week is neither passed nor to come: it is this one.
            let current = today.iso_week();
            let other = match purpose {
                DateFor::Deadline if week < current.week() => current.year().checked_add(1),
                DateFor::Past if week > current.week() => current.year().checked_sub(1),
                _ => Some(current.year()),
            };
            match other {
                Some(y) => y,
                None => return Some(Err(DateError::InvalidDate)),
            }
        }
    };
    Some(week_day(iso_year, week, purpose))
}

/// The day that stands for ISO week `week` of `iso_year`: its Friday for a
/// deadline (the end of the work week), its Monday for a day that has been
/// (the week has begun).
fn week_day(iso_year: i32, week: u32, purpose: DateFor) -> Result<NaiveDate, DateError> {
    let day = match purpose {
        DateFor::Deadline => Weekday::Fri,
        DateFor::Past => Weekday::Mon,
    };
    NaiveDate::from_isoywd_opt(iso_year, week, day).ok_or(DateError::WeekOutOfRange)
}

/// `yyyy-mm-dd`.
pub(super) fn iso(text: &str) -> Result<NaiveDate, DateError> {
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
pub(super) fn day_month(
    text: &str,
    today: NaiveDate,
    purpose: DateFor,
) -> Result<NaiveDate, DateError> {
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
            nearest_day_month(d, m, today, purpose)
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

/// Day `d` of month `m` nearest today on the side `purpose` looks at: the
/// first on or after today for a deadline, the last on or before for a day
/// that has been.
fn nearest_day_month(
    d: u32,
    m: u32,
    today: NaiveDate,
    purpose: DateFor,
) -> Result<NaiveDate, DateError> {
    // Why 8 years: 29 February can be that far apart (2096 → 2104).
    for years in 0..=8 {
        let y = match purpose {
            DateFor::Deadline => today.year().checked_add(years),
            DateFor::Past => today.year().checked_sub(years),
        };
        let Some(y) = y else {
            break;
        };
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            let on_the_side = match purpose {
                DateFor::Deadline => date >= today,
                DateFor::Past => date <= today,
            };
            if on_the_side {
                return Ok(date);
            }
        }
    }
    Err(DateError::InvalidDate)
}

fn shift_days(d: NaiveDate, n: i64) -> Result<NaiveDate, DateError> {
    let days = Days::new(n.unsigned_abs());
    if n < 0 {
        d.checked_sub_days(days)
    } else {
        d.checked_add_days(days)
    }
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

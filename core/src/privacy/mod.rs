//! The personal-data guard: finds text that looks like a Norwegian national
//! identity number (fødselsnummer, D-number, H-number or a synthetic test number)
//! so that every place that shows or exports board text can mask it, and
//! `tavle check` can warn about it.
//!
//! Pure text in, ranges or masked text out: no files, no terminal, no clock. This
//! module never decides *where* masking happens; the callers do, and nothing here
//! changes text unless `mask` is called on it.
//!
//! # What counts as a number
//! Eleven digits `DDMMYY IIIKK` whose last two are check digits under the
//! mod-11 rule (weights 3 7 6 1 8 9 4 5 2 for the first, 5 4 3 2 7 6 5 4 3 2
//! for the second; a remainder of 0 gives 0 and a result of 10 means the
//! number cannot exist), written the ways people and programs write them
//! ([`scan`]):
//! - all eleven together: `01020312345`;
//! - date part and individual number apart: `010203 12345`, with any spaces
//!   (several, no-break, thin, narrow no-break, figure), one dash, dot, slash
//!   or underscore (`010203-12345`, `010203.12345`), or a line break
//!   (`010203⏎12345`, a note typed over two lines);
//! - the date written as a date: `01.02.03 12345`, `01/02/03-12345`,
//!   `01-02-03 12345`, `01 02 03 12345`;
//! - thousands groups, as a number format prints a value: `41 020 312 345`,
//!   `41.020.312.345`.
//!
//! The digits may be of any script (full-width `０１０２…`, mathematical
//! `𝟎𝟏𝟎𝟐…`, Arabic-Indic), and invisible characters anywhere inside (a
//! zero-width space, a soft hyphen, a variation selector) are read past, as
//! the eye does ([`chars`]). The eleven digits must be a whole run: a digit
//! right before or after means a longer number, such as a 12-digit reference,
//! and it is left alone. Letters next to the digits do not stop a match:
//! `ID01020312345` still holds a number. A grouping that is none of the above
//! (an account number `1234.56.78903`, a case id `2026/12345`) is not read as
//! one, even when its digits would pass.
//!
//! A number *value* ([`mask_value`], [`mask_number`]: an indicator value, a
//! number in JSON) counts when its whole part is such a number, or is one
//! whose leading zero was lost (`1020312345` for `01020312345`, as a
//! spreadsheet or a JSON number makes of it).
//!
//! About one in eleven random numbers passes each check, so phone numbers
//! with country code and account numbers almost always fail and are left
//! alone. The date part must also be plausible, which removes most of the
//! remaining chance hits:
//! - day 01–31: an ordinary fødselsnummer;
//! - day 41–71: a D-number (day + 40), given to people who are not registered as
//!   living in Norway, such as seasonal workers — common among staff and patients;
//! - month 01–12: ordinary;
//! - month 41–52: an H-number (month + 40), a help number the health services give
//!   a patient whose identity is not (yet) known — exactly the setting of many
//!   boards;
//! - month 81–92: a synthetic number (month + 80) from the national test data
//!   service, found in test and training boards and sample files; masking them too
//!   means a training board looks like the real thing.
//!
//! The day is not checked against the month (31.02 passes): the guard errs
//! towards masking.

use std::borrow::Cow;
use std::ops::Range;

mod chars;
pub mod json;
#[cfg(test)]
mod rates;
mod scan;
#[cfg(test)]
mod tests;

/// The byte ranges in `text` of every number that looks like a national
/// identity number, in order. A range runs from the first digit to the
/// last and covers the separators and invisible characters between.
pub fn find(text: &str) -> Vec<Range<usize>> {
    scan::find(text)
}

/// `text` with the date part of every number [`find`] reports replaced by `*`:
/// `01020312345` → `******12345`, `01.02.03 12345` → `**.**.** 12345`. The
/// separators and the last five digits stay as written; invisible characters
/// among the date digits go with them. Borrowed when nothing matched, so
/// calling it on every string is cheap.
pub fn mask(text: &str) -> Cow<'_, str> {
    let found = find(text);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in found {
        out.push_str(&text[at..r.start]);
        star_digits(&text[r.clone()], 6, &mut out);
        at = r.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// `s` onto `out` with its first `n` digits as `*` and the invisible
/// characters among them left out; the rest as it is.
fn star_digits(s: &str, n: usize, out: &mut String) {
    if s.len() > n && s.as_bytes()[..n].iter().all(u8::is_ascii_digit) {
        // The common case, `01020312345`: no need to read it char by char.
        out.extend(std::iter::repeat_n('*', n));
        out.push_str(&s[n..]);
        return;
    }
    let mut starred = 0;
    for c in s.chars() {
        if starred < n && chars::digit(c).is_some() {
            out.push('*');
            starred += 1;
        } else if !(starred < n && chars::invisible(c)) {
            out.push(c);
        }
    }
}

/// How many digits the whole part of `v` has when it is an identity number
/// as a value: 11, or 10 when its leading zero was lost (`1020312345`).
pub fn identity_value(v: f64) -> Option<usize> {
    let whole = v.abs().trunc();
    if !(1e9..1e11).contains(&whole) {
        return None;
    }
    // In range, so a whole number of at most eleven digits: exact in f64.
    let mut n = whole as u64;
    let mut d = [0u8; 11];
    for x in d.iter_mut().rev() {
        *x = (n % 10) as u8;
        n /= 10;
    }
    valid(&d).then_some(if whole >= 1e10 { 11 } else { 10 })
}

/// `shown`, the way the value `v` is written for the reader (`1020312345`,
/// `41020312345,5`), masked when `v` is an identity number: every digit of
/// the whole part but the last five as `*`. Otherwise `shown`
/// through [`mask`].
pub fn mask_value(v: f64, shown: &str) -> Cow<'_, str> {
    match identity_value(v) {
        Some(whole) => {
            let mut out = String::with_capacity(shown.len());
            star_digits(shown, whole - 5, &mut out);
            Cow::Owned(out)
        }
        None => mask(shown),
    }
}

/// A number as JSON writes it (`41020312345`, `41020312345.0`,
/// `4.1020312345e10`, `-1020312345`): its value written out in full and
/// masked ([`mask_value`]) when it is an identity number, else `None`.
pub fn mask_number(token: &str) -> Option<String> {
    let numeric = token
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'));
    let starts = token
        .bytes()
        .next()
        .is_some_and(|b| b == b'-' || b.is_ascii_digit());
    if !numeric || !starts {
        return None;
    }
    let v: f64 = token.parse().ok()?;
    identity_value(v)?;
    // Below 1e11 in size, so the whole part fits an i64 exactly.
    let plain = if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    };
    Some(mask_value(v, &plain).into_owned())
}

/// Whether eleven digits have a plausible date part and valid check digits.
pub fn valid(d: &[u8]) -> bool {
    d.len() == 11 && plausible_date(d) && check_digits(&d[..9]) == Some((d[9], d[10]))
}

/// The two check digits for the first nine digits, or `None` when the number
/// cannot exist (a check digit would be 10).
pub fn check_digits(d: &[u8]) -> Option<(u8, u8)> {
    const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    if d.len() != 9 {
        return None;
    }
    let k1 = control(d.iter().zip(W1).map(|(&x, w)| u32::from(x) * w).sum())?;
    let k2 = control(
        d.iter()
            .chain(std::iter::once(&k1))
            .zip(W2)
            .map(|(&x, w)| u32::from(x) * w)
            .sum(),
    )?;
    Some((k1, k2))
}

fn control(sum: u32) -> Option<u8> {
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => u8::try_from(k).ok(),
    }
}

fn plausible_date(d: &[u8]) -> bool {
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    matches!(day, 1..=31 | 41..=71) && matches!(month, 1..=12 | 41..=52 | 81..=92)
}

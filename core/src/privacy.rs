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
//! Eleven ASCII digits `DDMMYY IIIKK` that form a whole run of digits (a digit
//! right before or after means it is part of a longer number, such as a 12-digit
//! reference, and is left alone), optionally with one ASCII space or one no-break
//! space (U+00A0) between the sixth and seventh digit, as people write it
//! (`010203 12345`). Letters next to the digits do not stop a match: `ID01020312345`
//! still holds a number. The last two digits are check digits under the mod-11 rule
//! (weights 3 7 6 1 8 9 4 5 2 for the first, 5 4 3 2 7 6 5 4 3 2 for the second; a
//! remainder of 0 gives 0 and a result of 10 means the number cannot exist). About
//! one in eleven random 11-digit numbers passes each check, so phone numbers with
//! country code and account numbers almost always fail and are left alone.
//!
//! The date part must also be plausible, which removes most of the remaining
//! chance hits:
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

/// The byte ranges in `text` of every number that looks like a national
/// identity number, in order. A range covers the digits and the separator.
pub fn find(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let first = run_end(bytes, i);
        let len = first - i;
        if len == 11 {
            if valid(&digits(&bytes[i..first])) {
                found.push(i..first);
            }
        } else if len == 6
            && let Some(sep) = separator(&bytes[first..])
        {
            let start = first + sep;
            let end = run_end(bytes, start);
            if end - start == 5 {
                let mut d = digits(&bytes[i..first]);
                d.extend(digits(&bytes[start..end]));
                if valid(&d) {
                    found.push(i..end);
                    i = end;
                    continue;
                }
            }
        }
        i = first;
    }
    found
}

/// `text` with the date part of every number [`find`] reports replaced by `*`:
/// `01020312345` → `******12345`, `010203 12345` → `****** 12345`. Borrowed when
/// nothing matched, so calling it on every string is cheap.
pub fn mask(text: &str) -> Cow<'_, str> {
    let found = find(text);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in found {
        out.push_str(&text[at..r.start]);
        // The first six bytes of a match are always the six ASCII date digits.
        out.push_str("******");
        out.push_str(&text[r.start + 6..r.end]);
        at = r.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
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

fn run_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|b| !b.is_ascii_digit())
        .map_or(bytes.len(), |n| from + n)
}

/// The length of the one separator allowed between date part and individual
/// number, if `rest` starts with one.
fn separator(rest: &[u8]) -> Option<usize> {
    match rest {
        [b' ', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        _ => None,
    }
}

fn digits(bytes: &[u8]) -> Vec<u8> {
    bytes.iter().map(|b| b - b'0').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid numbers made from the rule, never real ones: for a spread of dates
    /// in each allowed range and a spread of individual numbers, every
    /// combination whose check digits exist.
    fn generated() -> Vec<String> {
        let mut out = Vec::new();
        let days = [1u8, 9, 15, 28, 31, 41, 55, 71];
        let months = [1u8, 6, 12, 41, 47, 52, 81, 86, 92];
        for (n, (&day, &month)) in days
            .iter()
            .flat_map(|d| months.iter().map(move |m| (d, m)))
            .enumerate()
        {
            let year = (n * 7 % 100) as u8;
            for individual in (0u16..1000).step_by(37) {
                let mut d = vec![
                    day / 10,
                    day % 10,
                    month / 10,
                    month % 10,
                    year / 10,
                    year % 10,
                ];
                d.extend([
                    (individual / 100) as u8,
                    (individual / 10 % 10) as u8,
                    (individual % 10) as u8,
                ]);
                if let Some((k1, k2)) = check_digits(&d) {
                    d.extend([k1, k2]);
                    out.push(d.iter().map(|x| char::from(b'0' + x)).collect());
                }
            }
        }
        out
    }

    #[test]
    fn every_generated_number_is_found_and_masked() {
        let numbers = generated();
        assert!(numbers.len() > 1000, "too few numbers generated");
        for n in &numbers {
            let text = format!("Pasient {n} har fått time.");
            assert_eq!(find(&text), vec![8..19], "{n}");
            assert_eq!(
                mask(&text),
                format!("Pasient ******{} har fått time.", &n[6..])
            );
        }
    }

    #[test]
    fn every_single_digit_change_that_breaks_a_check_digit_is_left_alone() {
        let mut broken = 0;
        for n in generated().iter().step_by(5) {
            let d = digits(n.as_bytes());
            for pos in 0..11 {
                for new in 0..10u8 {
                    let mut e = d.clone();
                    e[pos] = new;
                    if new == d[pos] || check_digits(&e[..9]) == Some((e[9], e[10])) {
                        continue;
                    }
                    broken += 1;
                    let s: String = e.iter().map(|x| char::from(b'0' + x)).collect();
                    assert!(find(&s).is_empty(), "{s} (from {n})");
                    assert!(matches!(mask(&s), Cow::Borrowed(_)));
                }
            }
        }
        assert!(broken > 10_000);
    }

    #[test]
    fn a_space_or_no_break_space_after_the_date_part_is_allowed_and_kept() {
        let n = &generated()[3];
        let spaced = format!("fnr {} {}", &n[..6], &n[6..]);
        assert_eq!(find(&spaced), vec![4..16]);
        assert_eq!(mask(&spaced), format!("fnr ****** {}", &n[6..]));
        let nbsp = format!("{}\u{a0}{}.", &n[..6], &n[6..]);
        assert_eq!(find(&nbsp), vec![0..13]);
        assert_eq!(mask(&nbsp), format!("******\u{a0}{}.", &n[6..]));
        // Two spaces, a dash or a space elsewhere are not the written form.
        for other in [
            format!("{}  {}", &n[..6], &n[6..]),
            format!("{}-{}", &n[..6], &n[6..]),
            format!("{} {}", &n[..5], &n[5..]),
        ] {
            assert!(find(&other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_run_of_digits_is_the_boundary_not_letters() {
        let n = &generated()[10];
        assert_eq!(find(&format!("ID{n}")), vec![2..13]);
        assert_eq!(find(&format!("{n}x")), vec![0..11]);
        assert_eq!(find(&format!("({n})")), vec![1..12]);
        assert!(find(&format!("1{n}")).is_empty());
        assert!(find(&format!("{n}0")).is_empty());
        assert!(find(&format!("{}1 {}", &n[..6], &n[6..])).is_empty());
        assert!(find(&format!("{} {}9", &n[..6], &n[6..])).is_empty());
        // Two numbers side by side, separated by a comma, are both found.
        let m = &generated()[20];
        let both = format!("{n},{m}");
        assert_eq!(find(&both), vec![0..11, 12..23]);
        assert_eq!(mask(&both), format!("******{},******{}", &n[6..], &m[6..]));
    }

    #[test]
    fn implausible_dates_are_not_numbers_even_with_valid_check_digits() {
        // Day 00, 32–40, 72+; month 00, 13–40, 53–80, 93+.
        for (day, month) in [
            (0u8, 1u8),
            (32, 1),
            (40, 1),
            (72, 1),
            (1, 0),
            (1, 13),
            (1, 40),
            (1, 53),
            (1, 80),
            (1, 93),
        ] {
            let mut hits = 0;
            for individual in 0u16..200 {
                let mut d = vec![day / 10, day % 10, month / 10, month % 10, 8, 5];
                d.extend([
                    (individual / 100) as u8,
                    (individual / 10 % 10) as u8,
                    (individual % 10) as u8,
                ]);
                if let Some((k1, k2)) = check_digits(&d) {
                    d.extend([k1, k2]);
                    let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
                    hits += 1;
                    assert!(find(&s).is_empty(), "{s}");
                }
            }
            assert!(hits > 100);
        }
    }

    #[test]
    fn phone_and_account_numbers_that_fail_the_check_are_left_alone() {
        for text in [
            "Ring 47 12345678 eller +4712345678",
            "Konto 1234.56.78903",
            "Konto 12345678903",
            "Ordrenr 010203123456",
        ] {
            assert!(find(text).is_empty(), "{text}");
            assert!(matches!(mask(text), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn text_without_a_number_is_borrowed_unchanged() {
        for text in ["", "Fallrisiko æøå 😀", "3,4 per 1000 liggedøgn", "12345"] {
            assert!(matches!(mask(text), Cow::Borrowed(t) if t == text));
        }
    }

    /// Scans 1 MB of board-like text with numbers in it; run with
    /// `cargo test --release --lib privacy -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn scanning_a_megabyte_is_fast() {
        let n = &generated()[0];
        let line = format!("Tiltak 17: ring 47 12 34 56 78, konto 1234.56.78903, pasient {n}.\n");
        let text = line.repeat(1_000_000 / line.len() + 1);
        let start = std::time::Instant::now();
        let found = find(&text);
        let masked = mask(&text);
        let took = start.elapsed();
        assert_eq!(found.len(), text.len() / line.len());
        assert_eq!(masked.len(), text.len());
        println!("{} bytes: find + mask in {took:?}", text.len());
    }
}

//! The guard's rules one by one: check digits, plausible dates, what joins
//! and what ends a number, number values, and numbers in a board file as
//! written (JSON escapes). The rates over every form are in `rates.rs`.

use std::borrow::Cow;

use super::rates::{generated, in_script};
use super::*;

fn digits(s: &str) -> Vec<u8> {
    s.bytes().map(|b| b - b'0').collect()
}

fn text_of(d: &[u8]) -> String {
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

/// A valid number that starts with 0 (day 01–09), so it loses a digit as a value.
fn leading_zero() -> String {
    generated()
        .into_iter()
        .find(|n| n.starts_with('0'))
        .unwrap()
}

/// A valid number that does not start with 0, so it can be a JSON number.
fn no_leading_zero() -> String {
    generated()
        .into_iter()
        .find(|n| n.starts_with('4'))
        .unwrap()
}

#[test]
fn every_generated_number_is_found_and_masked() {
    let numbers = generated();
    assert!(numbers.len() > 1000, "too few numbers generated");
    for n in &numbers {
        assert!(valid(&digits(n)), "{n}");
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
        let d = digits(n);
        for pos in 0..11 {
            for new in 0..10u8 {
                let mut e = d.clone();
                e[pos] = new;
                if new == d[pos] || check_digits(&e[..9]) == Some((e[9], e[10])) {
                    continue;
                }
                broken += 1;
                let s = text_of(&e);
                let spaced = format!("{} {}", &s[..6], &s[6..]);
                for t in [s.clone(), spaced, in_script(&s, '０')] {
                    assert!(find(&t).is_empty(), "{t} (from {n})");
                    assert!(matches!(mask(&t), Cow::Borrowed(_)));
                }
            }
        }
    }
    assert!(broken > 10_000);
}

#[test]
fn a_digit_of_any_script_next_to_it_makes_a_longer_number() {
    let n = &generated()[10];
    let (a, b) = n.split_at(6);
    assert_eq!(find(&format!("ID{n}")), vec![2..13]);
    assert_eq!(find(&format!("{n}x")), vec![0..11]);
    assert_eq!(find(&format!("({n})")), vec![1..12]);
    for longer in [
        format!("1{n}"),
        format!("{n}0"),
        format!("{a}1 {b}"),
        format!("{a} {b}9"),
        format!("７{n}"),
        format!("{n}𝟎"),
        format!("{n}\u{200B}5"),
        format!("3\u{AD}{a} {b}"),
    ] {
        assert!(find(&longer).is_empty(), "{longer:?}");
    }
    // Two numbers side by side, separated by a comma, are both found.
    let m = &generated()[20];
    let both = format!("{n},{m}");
    assert_eq!(find(&both), vec![0..11, 12..23]);
    assert_eq!(mask(&both), format!("******{},******{}", &n[6..], &m[6..]));
}

#[test]
fn separators_that_are_not_how_numbers_are_written_are_not_joined() {
    let n = &generated()[3];
    let (a, b) = n.split_at(6);
    let (dd, mm, yy) = (&n[..2], &n[2..4], &n[4..6]);
    for other in [
        format!("{a}--{b}"),
        format!("{a}-.{b}"),
        format!("{a}\n\n{b}"),
        format!("{a}{}{b}", " ".repeat(9)),
        format!("{a},{b}"),
        format!("{a}:{b}"),
        format!("{a}x{b}"),
        // Groupings that are not the number's: 5+6, 4+7, 3+3+3+2, 4.2.5.
        format!("{} {}", &n[..5], &n[5..]),
        format!("{} {}", &n[..4], &n[4..]),
        format!("{} {} {} {}", &n[..3], &n[3..6], &n[6..9], &n[9..]),
        format!("{}.{}.{}", &n[..4], &n[4..6], &n[6..]),
        // A date written with two different marks, or with `_`.
        format!("{dd}.{mm}-{yy} {b}"),
        format!("{dd}_{mm}_{yy} {b}"),
    ] {
        assert!(find(&other).is_empty(), "{other:?}");
    }
}

#[test]
fn thousands_groups_inside_a_longer_grouped_number_are_left_alone() {
    let n = no_leading_zero();
    let g = format!("{} {} {} {}", &n[..2], &n[2..5], &n[5..8], &n[8..]);
    assert_eq!(find(&g), vec![0..g.len()]);
    assert_eq!(
        mask(&format!("{g} kr")),
        format!("** *** *{} {} kr", &n[6..8], &n[8..])
    );
    assert!(find(&format!("7 {g}")).is_empty());
    assert!(find(&format!("{g} 123")).is_empty());
    // Another separator before or after is another number next to it.
    assert_eq!(find(&format!("7.{g}")), vec![2..2 + g.len()]);
}

#[test]
fn a_number_over_two_lines_is_masked_on_both() {
    let n = &generated()[7];
    for br in ["\n", "\r\n", "\u{2028}", " \n  "] {
        let note = format!("Ring pårørende til\n{}{br}{} i dag", &n[..6], &n[6..]);
        let masked = mask(&note);
        assert_eq!(
            masked,
            format!("Ring pårørende til\n******{br}{} i dag", &n[6..])
        );
        // The lines the screen shows hold no date digits.
        assert!(masked.lines().all(|l| !l.contains(&n[..6])));
    }
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
                let s = text_of(&d);
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
    for text in [
        "",
        "Fallrisiko æøå 😀",
        "3,4 per 1000 liggedøgn",
        "12345",
        "٣ ٤",
    ] {
        assert!(matches!(mask(text), Cow::Borrowed(t) if t == text));
    }
}

#[test]
fn a_number_value_is_masked_with_or_without_its_leading_zero() {
    let n = no_leading_zero();
    let v: f64 = n.parse().unwrap();
    assert_eq!(identity_value(v), Some(11));
    assert_eq!(identity_value(-v), Some(11));
    assert_eq!(identity_value(v + 0.5), Some(11));
    assert_eq!(mask_value(v, &n), format!("******{}", &n[6..]));
    assert_eq!(
        mask_value(v + 0.5, &format!("{n},5")),
        format!("******{},5", &n[6..])
    );
    let z = leading_zero();
    let w: f64 = z.parse().unwrap();
    assert_eq!(identity_value(w), Some(10));
    assert_eq!(mask_value(w, &z[1..]), format!("*****{}", &z[6..]));
    // A value whose digits fail the check, or that has more digits, is shown.
    assert_eq!(identity_value(v + 1.0), None);
    assert_eq!(identity_value(v * 10.0), None);
    assert_eq!(identity_value(12.5), None);
    assert_eq!(identity_value(f64::NAN), None);
    assert!(matches!(mask_value(6.2, "6,2"), Cow::Borrowed("6,2")));
}

#[test]
fn a_json_number_is_read_by_its_value_in_any_notation() {
    let n = no_leading_zero();
    let shown = format!("******{}", &n[6..]);
    let exp = format!("{}.{}e10", &n[..1], &n[1..]);
    for token in [
        n.clone(),
        format!("{n}.0"),
        exp.clone(),
        exp.replace('e', "E+"),
    ] {
        assert_eq!(mask_number(&token), Some(shown.clone()), "{token}");
    }
    assert_eq!(mask_number(&format!("-{n}")), Some(format!("-{shown}")));
    assert_eq!(mask_number(&format!("{n}.5")), Some(format!("{shown}.5")));
    let z = leading_zero();
    assert_eq!(mask_number(&z[1..]), Some(format!("*****{}", &z[6..])));
    for other in [
        format!("{n}0"),
        format!("0.{n}"),
        "6.2".to_string(),
        "1e400".into(),
        "inf".into(),
        "NaN".into(),
        "\"x\"".into(),
        String::new(),
    ] {
        assert_eq!(mask_number(&other), None, "{other}");
    }
}

#[test]
fn a_board_file_is_read_through_its_escapes() {
    let n = no_leading_zero();
    let (a, b) = n.split_at(6);
    let shown = format!("******{b}");
    let escaped_first = format!("\\u00{:x}{}", 0x30 + (n.as_bytes()[0] - b'0'), &n[1..]);
    let math: String = in_script(&n, '𝟎')
        .encode_utf16()
        .map(|u| format!("\\u{u:04x}"))
        .collect();
    for (value, want) in [
        (n.clone(), shown.clone()),
        (escaped_first, shown.clone()),
        (format!("{a}\\n{b}"), format!("******\u{240A}{b}")),
        (format!("{a}\\r\\n{b}"), format!("******\u{240A}{b}")),
        (format!("{}\\u200b{}", &n[..3], &n[3..]), shown.clone()),
        (format!("\\\" {n}"), shown.clone()),
        (math, format!("******{}", in_script(b, '𝟎'))),
    ] {
        let text = format!("{{\"title\": \"Ring {value}\", \"x\": \"47 12 34 56 78\"}}");
        let found = json::find(&text);
        let at = text.find(&format!("Ring {value}")).unwrap() + 5;
        let offset = if value.starts_with("\\\"") {
            at + 3
        } else {
            at
        };
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].at.start, offset, "{text}");
        assert_eq!(found[0].masked, want, "{text}");
        assert!(!found[0].masked.contains('\n'));
    }
}

#[test]
fn a_board_file_number_value_is_found_by_its_value_but_not_in_a_fraction() {
    let n = no_leading_zero();
    let z = leading_zero();
    let text = format!(
        "{{\"values\": [{n}, 4.{}e10, -{}, 0.{n}, {n}7, {}]}}",
        &n[1..],
        &z[1..],
        &n[1..]
    );
    let found: Vec<_> = json::find(&text)
        .into_iter()
        .map(|f| (text[f.at].to_string(), f.masked))
        .collect();
    let shown = format!("******{}", &n[6..]);
    assert_eq!(
        found,
        vec![
            (n.clone(), shown.clone()),
            (format!("4.{}e10", &n[1..]), shown),
            (format!("-{}", &z[1..]), format!("-*****{}", &z[6..])),
        ]
    );
    // A broken file: an unclosed string, and a number outside any string.
    let broken = format!(
        "{{\"title\": \"ok\" ID {} {} \"note\": \"{n}",
        &n[..6],
        &n[6..]
    );
    let found = json::find(&broken);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].at.start, broken.find(&n[..6]).unwrap());
    assert_eq!(found[1].at.start, broken.rfind(&n).unwrap());
}

/// Scans 1 MB of board-like text with numbers in it; run with
/// `cargo test --release -p tavle-core --lib privacy -- --ignored --nocapture`.
#[test]
#[ignore]
#[allow(
    clippy::disallowed_methods,
    reason = "an ignored timing run, not domain code"
)]
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

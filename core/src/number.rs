//! One number parser for every place a person types or pastes a value: the
//! indicator screen, `tavle measure add` and CSV import. Norwegian and English
//! habits both: `6,2` and `6.2`, digit groups of three (`1 234,5`), a trailing
//! `%`, Excel's `1,5E-05`. Anything ambiguous or cut off is refused rather
//! than guessed: `1 23` may be two values run together, `6,` a cut-off paste.
//! Pure: text in, number out, no panics on any input.

/// Characters Norwegian tools put between thousands: a space, a no-break space
/// (Excel with Norwegian locale) or a narrow no-break space (newer locales).
const THOUSANDS: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// Parse a value: `6.2`, `6,2`, `-1`, `1 234,5`, `12,5 %`, `1,5E-05`.
///
/// Validated by hand before handing it to `f64::from_str`, which would also
/// take `inf` and `NaN`, and which knows nothing of decimal commas or digit
/// groups. Thousands groups must have three digits, so `1 23` (perhaps two
/// values run together) is refused. A value with both `,` and `.`, or several
/// of them, is refused as ambiguous: `1.234,5` and `1,234.5` mean different
/// things in different locales.
pub fn parse(s: &str) -> Option<f64> {
    let s = s.trim();
    let s = s.strip_suffix('%').map_or(s, str::trim_end);
    let (sign, s) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(s)),
    };
    // Excel writes very small or large numbers in scientific form (`1,5E-05`).
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let (int_part, frac_part) = match mantissa.split_once([',', '.']) {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };

    let is_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mut groups = int_part.split(THOUSANDS);
    let first = groups.next().unwrap_or_default();
    let mut int_digits = first.to_owned();
    let mut grouped = false;
    for group in groups {
        if group.len() != 3 || !is_digits(group) {
            return None;
        }
        grouped = true;
        int_digits.push_str(group);
    }
    if !is_digits(first) || (grouped && !(1..=3).contains(&first.len())) {
        return None;
    }
    let frac_digits = frac_part.unwrap_or_default();
    if !is_digits(frac_digits) || (int_digits.is_empty() && frac_digits.is_empty()) {
        return None;
    }
    if frac_part.is_some_and(str::is_empty) {
        // `6,` is more likely a cut-off paste than a whole number.
        return None;
    }

    let mut normalised = format!("{sign}{int_digits}");
    if !frac_digits.is_empty() {
        normalised.push('.');
        normalised.push_str(frac_digits);
    }
    if let Some(exponent) = exponent {
        let unsigned = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
        if unsigned.is_empty() || !is_digits(unsigned) {
            return None;
        }
        normalised.push('e');
        normalised.push_str(exponent);
    }
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {

    #[test]
    fn values() {
        let ok = [
            ("6.2", 6.2),
            ("6,2", 6.2),
            ("-1", -1.0),
            ("+3", 3.0),
            ("0,5", 0.5),
            (",5", 0.5),
            ("-1 234,5", -1234.5),
            ("1\u{202f}000", 1000.0),
            ("1,5E-05", 1.5e-5),
            ("2e3", 2000.0),
        ];
        for (text, want) in ok {
            assert_eq!(crate::number::parse(text), Some(want), "{text}");
        }
        let bad = [
            "",
            "%",
            "-",
            "6,",
            "1.234,5",
            "1,234.5",
            "1.234.567",
            "1 23",
            "12 34,5",
            "1234 567",
            "- 1",
            "inf",
            "NaN",
            "infinity",
            "1e",
            "1e999",
            "0x10",
            "6,2x",
            "٣",
        ];
        for text in bad {
            assert_eq!(crate::number::parse(text), None, "{text}");
        }
    }
}

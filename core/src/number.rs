//! One number parser for every place a person types or pastes a value: the
//! indicator screen, `tavle measure add` and CSV import. Norwegian and English
//! habits both: `6,2` and `6.2`, digit groups of three (`1 234,5`), a trailing
//! `%`, Excel's `1,5E-05`, a minus typed as `-` or as the Unicode minus `−`
//! (U+2212, which Word and web pages put in). Anything ambiguous or cut off is
//! refused rather than guessed: `1.234` and `1,234` may be a thousand and more
//! or a little over one, `1 23` may be two values run together, `6,` a
//! cut-off paste. Pure: text in, number out, no panics on any input.

/// Characters Norwegian tools put between thousands: a space, a no-break space
/// (Excel with Norwegian locale) or a narrow no-break space (newer locales).
const THOUSANDS: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The signs a negative value starts with: the hyphen-minus of a keyboard and
/// the Unicode minus sign.
const MINUS: [char; 2] = ['-', '\u{2212}'];

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number as tavle reads them.
    NotANumber,
    /// One `.` or `,` with exactly three digits after it and one to three
    /// before (`1.234`, `-12,500`): a thousands separator in one locale and a
    /// decimal mark in another, so either reading would be a guess.
    Ambiguous(Ambiguous),
}

/// The parts of an ambiguous value, to say what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ambiguous {
    /// `-` when the value was negative, else empty.
    pub sign: &'static str,
    /// The one to three digits before the mark.
    pub whole: String,
    /// The mark as written, `.` or `,`.
    pub mark: char,
    /// The three digits after it.
    pub three: String,
}

impl Ambiguous {
    /// The value read as thousands, without a separator: `1234`.
    pub fn as_thousands(&self) -> String {
        format!("{}{}{}", self.sign, self.whole, self.three)
    }

    /// The value read as thousands, grouped with a space: `1 234`.
    pub fn as_grouped(&self) -> String {
        format!("{}{} {}", self.sign, self.whole, self.three)
    }

    /// The value read as a decimal, written so it cannot be taken for
    /// thousands: a fourth decimal (`1.2340`), with the mark as written.
    pub fn as_decimal(&self) -> String {
        format!("{}{}{}{}0", self.sign, self.whole, self.mark, self.three)
    }
}

/// Parse a value: `6.2`, `6,2`, `-1`, `−1`, `1 234,5`, `12,5 %`, `1,5E-05`;
/// `None` for anything [`read`] refuses.
pub fn parse(s: &str) -> Option<f64> {
    read(s).ok()
}

/// Read a value, saying why it was refused: [`NumberError::Ambiguous`] for
/// `1.234` and `1,234`, [`NumberError::NotANumber`] for anything else.
///
/// Validated by hand before handing it to `f64::from_str`, which would also
/// take `inf` and `NaN`, and which knows nothing of decimal commas or digit
/// groups. Thousands groups must have three digits, so `1 23` (perhaps two
/// values run together) is refused. A value with both `,` and `.`, or several
/// of them, is refused: `1.234,5` and `1,234.5` mean different things in
/// different locales. A grouped value (`1 234,567`), one with a leading zero
/// (`0,125`), four or more digits before the mark (`1234,567`) or an exponent
/// (`1,234E+05`) is not ambiguous: a thousands separator would not stand there.
pub fn read(s: &str) -> Result<f64, NumberError> {
    let not = NumberError::NotANumber;
    let s = s.trim();
    let s = s.strip_suffix('%').map_or(s, str::trim_end);
    let (sign, s) = match s.strip_prefix(MINUS) {
        Some(rest) => ("-", rest),
        None => ("", s.strip_prefix('+').unwrap_or(s)),
    };
    // Excel writes very small or large numbers in scientific form (`1,5E-05`).
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let (int_part, mark, frac_part) = match mantissa.find([',', '.']) {
        Some(at) => (
            &mantissa[..at],
            mantissa[at..].chars().next(),
            mantissa.get(at + 1..),
        ),
        None => (mantissa, None, None),
    };

    let is_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mut groups = int_part.split(THOUSANDS);
    let first = groups.next().unwrap_or_default();
    let mut int_digits = first.to_owned();
    let mut grouped = false;
    for group in groups {
        if group.len() != 3 || !is_digits(group) {
            return Err(not);
        }
        grouped = true;
        int_digits.push_str(group);
    }
    if !is_digits(first) || (grouped && !(1..=3).contains(&first.len())) {
        return Err(not);
    }
    let frac_digits = frac_part.unwrap_or_default();
    if !is_digits(frac_digits) || (int_digits.is_empty() && frac_digits.is_empty()) {
        return Err(not);
    }
    if frac_part.is_some_and(str::is_empty) {
        // `6,` is more likely a cut-off paste than a whole number.
        return Err(not);
    }

    let mut normalised = format!("{sign}{int_digits}");
    if !frac_digits.is_empty() {
        normalised.push('.');
        normalised.push_str(frac_digits);
    }
    if let Some(exponent) = exponent {
        let (exp_sign, unsigned) = match exponent.strip_prefix(MINUS) {
            Some(rest) => ("-", rest),
            None => ("", exponent.strip_prefix('+').unwrap_or(exponent)),
        };
        if unsigned.is_empty() || !is_digits(unsigned) {
            return Err(not);
        }
        normalised.push('e');
        normalised.push_str(exp_sign);
        normalised.push_str(unsigned);
    }
    let value = normalised
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or(NumberError::NotANumber)?;
    match mark {
        Some(mark)
            if exponent.is_none()
                && !grouped
                && (1..=3).contains(&first.len())
                && !first.starts_with('0')
                && frac_digits.len() == 3 =>
        {
            Err(NumberError::Ambiguous(Ambiguous {
                sign,
                whole: first.to_owned(),
                mark,
                three: frac_digits.to_owned(),
            }))
        }
        _ => Ok(value),
    }
}

#[cfg(test)]
mod tests {
    use super::{Ambiguous, NumberError, read};

    #[test]
    fn values() {
        let ok = [
            ("6.2", 6.2),
            ("6,2", 6.2),
            ("12,5", 12.5),
            ("12.5", 12.5),
            ("-1", -1.0),
            ("\u{2212}1", -1.0),
            ("\u{2212}12,5 %", -12.5),
            ("+3", 3.0),
            ("0,5", 0.5),
            (",5", 0.5),
            ("-1 234,5", -1234.5),
            ("1 234", 1234.0),
            ("1\u{a0}234", 1234.0),
            ("1\u{202f}000", 1000.0),
            ("1 234,567", 1234.567),
            ("0,125", 0.125),
            ("0.125", 0.125),
            ("1234,567", 1234.567),
            ("1,2340", 1.234),
            ("1,23", 1.23),
            ("1,5E-05", 1.5e-5),
            ("1,5E\u{2212}05", 1.5e-5),
            ("1,234E+05", 123_400.0),
            ("2e3", 2000.0),
        ];
        for (text, want) in ok {
            assert_eq!(crate::number::parse(text), Some(want), "{text}");
        }
        let bad = [
            "",
            "%",
            "-",
            "\u{2212}",
            "6,",
            "1.234,5",
            "1,234.5",
            "1.234.567",
            "1 23",
            "12 34,5",
            "1234 567",
            "- 1",
            "\u{2212} 1",
            "--1",
            "-\u{2212}1",
            "\u{2013}1",
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
            assert_eq!(read(text), Err(NumberError::NotANumber), "{text}");
        }
    }

    #[test]
    fn a_mark_before_three_digits_is_refused_with_both_readings() {
        let cases = [
            ("1.234", "1234", "1 234", "1.2340"),
            ("1,234", "1234", "1 234", "1,2340"),
            ("12,500", "12500", "12 500", "12,5000"),
            ("999.999 %", "999999", "999 999", "999.9990"),
            ("-1.234", "-1234", "-1 234", "-1.2340"),
            ("\u{2212}1,000", "-1000", "-1 000", "-1,0000"),
        ];
        for (text, thousands, grouped, decimal) in cases {
            let Err(NumberError::Ambiguous(a)) = read(text) else {
                panic!("{text} was not refused as ambiguous: {:?}", read(text));
            };
            assert_eq!(
                (
                    a.as_thousands().as_str(),
                    a.as_grouped().as_str(),
                    a.as_decimal().as_str()
                ),
                (thousands, grouped, decimal),
                "{text}"
            );
        }
        // What the message tells the user to write is read as meant.
        let a = Ambiguous {
            sign: "",
            whole: "1".into(),
            mark: ',',
            three: "234".into(),
        };
        assert_eq!(read(&a.as_thousands()), Ok(1234.0));
        assert_eq!(read(&a.as_grouped()), Ok(1234.0));
        assert_eq!(read(&a.as_decimal()), Ok(1.234));
    }
}

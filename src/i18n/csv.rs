//! Words of the measurement lead's data (issue 18.6): what a CSV file was
//! read as (Windows-1252, UTF-16) or why it could not be and how to save it
//! as UTF-8, a value that can be read two ways, two rows for one date, a
//! stored measurement echoed with its date and value (and the value it
//! replaced), the import's count, and measurements in a board on one date
//! twice or after today.
//!
//! Plain data only, like the rest of the catalogue: dates arrive as the
//! strings `dates::format_nb` makes, values as [`exact_number`] writes them.

use chrono::NaiveDate;
use tavle_core::csv_import::encoding::{Encoding, EncodingError};
use tavle_core::number::{Ambiguous, NumberError};

use super::{Lang, Msg};

/// A value exactly as stored, in the language's decimal mark: `12,5`,
/// `1,2345`, `-3`. Unlike [`super::number`] it never rounds, because it
/// confirms what was stored. Identity numbers are masked as everywhere.
pub fn exact_number(lang: Lang, v: f64) -> String {
    // `Display` of f64 is the shortest text that reads back as the same value.
    let s = format!("{v}");
    let s = match s!(lang, "decimal-separator") {
        "." => s,
        sep => s.replace('.', sep),
    };
    tavle_core::privacy::mask_value(v, &s).into_owned()
}

/// The note that a CSV file was converted; `None` for UTF-8, which is read
/// as it is.
pub fn csv_read_as(lang: Lang, file: &str, encoding: Encoding) -> Option<String> {
    match encoding {
        Encoding::Utf8 => None,
        Encoding::Windows1252 => Some(f!(lang, "csv-read-windows-1252", file = file)),
        Encoding::Utf16 => Some(f!(lang, "csv-read-utf16", file = file)),
    }
}

/// Why a CSV file could not be read as text, and how to save it as UTF-8.
pub fn csv_encoding_error(lang: Lang, file: &str, e: &EncodingError) -> String {
    let why = match *e {
        EncodingError::BrokenUtf8 { line } => f!(
            lang,
            "csv-broken-utf8",
            file = file,
            line = line.to_string()
        ),
        EncodingError::BrokenUtf16 { line } => {
            f!(
                lang,
                "csv-broken-utf16",
                file = file,
                line = line.to_string()
            )
        }
        EncodingError::Utf16WithoutBom => f!(lang, "csv-utf16-without-bom", file = file),
        EncodingError::NotWindows1252 { byte, line } => f!(
            lang,
            "csv-not-windows-1252",
            file = file,
            byte = format!("0x{byte:02X}"),
            line = line.to_string()
        ),
    };
    format!("{why}; {}", s!(lang, "csv-how-to-save"))
}

/// A value that can be read as thousands or as a decimal, with what to
/// write for each.
pub fn ambiguous_value(lang: Lang, text: &str, a: &Ambiguous) -> String {
    f!(
        lang,
        "csv-ambiguous",
        text = text,
        thousands = a.as_thousands(),
        grouped = a.as_grouped(),
        decimal = a.as_decimal()
    )
}

impl Msg {
    /// What to say about `text`, typed as a value, that
    /// [`tavle_core::number::read`] refused with `error`.
    pub fn for_value(text: &str, error: &NumberError) -> Msg {
        match error {
            NumberError::NotANumber => Msg::BadValue(text.to_string()),
            NumberError::Ambiguous(a) => Msg::AmbiguousValue(text.to_string(), a.clone()),
        }
    }
}

/// A measurement stored: `Lagret Sykefravær 30.11.2026: 12,5 (erstattet
/// 11)`. Values as [`exact_number`] writes them.
pub fn stored(
    lang: Lang,
    indicator: &str,
    date: NaiveDate,
    value: &str,
    old: Option<&str>,
) -> String {
    let date = tavle_core::dates::format_nb(date);
    match old {
        Some(old) => f!(
            lang,
            "csv-stored-replaced",
            indicator = indicator,
            date = date,
            value = value,
            old = old
        ),
        None => f!(
            lang,
            "csv-stored",
            indicator = indicator,
            date = date,
            value = value
        ),
    }
}

/// A row whose value the board already had on that date.
pub fn unchanged(lang: Lang, indicator: &str, date: NaiveDate, value: &str) -> String {
    f!(
        lang,
        "csv-unchanged",
        indicator = indicator,
        date = tavle_core::dates::format_nb(date),
        value = value
    )
}

/// A row that repeats the row on line `first`.
pub fn csv_repeat(lang: Lang, first: usize) -> String {
    f!(lang, "csv-repeat", first = first.to_string())
}

/// Rows that give one indicator different values on one date: each line
/// with its value.
pub fn csv_conflict(lang: Lang, indicator: &str, date: NaiveDate, rows: &[(usize, f64)]) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|(line, v)| {
            f!(
                lang,
                "csv-line-value",
                line = line.to_string(),
                value = exact_number(lang, *v)
            )
        })
        .collect();
    f!(
        lang,
        "csv-conflict",
        indicator = indicator,
        date = tavle_core::dates::format_nb(date),
        rows = rows.join("; ")
    )
}

/// The import's count: every data row is stored, unchanged or skipped.
pub fn csv_summary(
    lang: Lang,
    stored: usize,
    replaced: usize,
    unchanged: usize,
    skipped: usize,
) -> String {
    f!(
        lang,
        "csv-summary",
        stored = stored,
        replaced = replaced,
        unchanged = unchanged,
        skipped = skipped
    )
}

/// Dates with their values: `02.11.2026 (6,2 / 6,2); 09.11.2026 (1 / 2)`.
fn dated(lang: Lang, dates: &[(NaiveDate, Vec<f64>)]) -> String {
    dates
        .iter()
        .map(|(d, values)| {
            let values: Vec<String> = values.iter().map(|v| exact_number(lang, *v)).collect();
            format!(
                "{} ({})",
                tavle_core::dates::format_nb(*d),
                values.join(" / ")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A doubt about an indicator's values in a board, and the hint for it.
pub fn values_doubt(
    lang: Lang,
    indicator: &str,
    doubt: &tavle_core::measurements::Doubt,
) -> (String, &'static str) {
    use tavle_core::measurements::Doubt;
    match doubt {
        Doubt::SameDate(dates) => (
            f!(
                lang,
                "values-same-date",
                indicator = indicator,
                count = dates.len(),
                dates = dated(lang, dates)
            ),
            s!(lang, "values-same-date-hint"),
        ),
        Doubt::Future(values) => {
            let dates: Vec<(NaiveDate, Vec<f64>)> =
                values.iter().map(|(d, v)| (*d, vec![*v])).collect();
            (
                f!(
                    lang,
                    "values-future",
                    indicator = indicator,
                    count = values.len(),
                    dates = dated(lang, &dates)
                ),
                s!(lang, "values-future-hint"),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_numbers_are_not_rounded() {
        assert_eq!(exact_number(Lang::Nb, 1.2345), "1,2345");
        assert_eq!(exact_number(Lang::En, 1.2345), "1.2345");
        assert_eq!(exact_number(Lang::Nn, -12.5), "-12,5");
        assert_eq!(exact_number(Lang::Nb, 11.0), "11");
    }
}

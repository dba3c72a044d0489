//! Importing indicator values from CSV: the measurement lead pastes an export
//! from Norwegian Excel, Visma BI or Questback with the columns
//! `indicator,date,value`.
//!
//! Norwegian Excel writes `;` as separator and a decimal comma (`6,2`), other
//! tools write `,` or tab and a decimal point, so the separator is detected and
//! both decimal marks are accepted.
//!
//! Pure domain code: it takes bytes or text and returns data, with no I/O. The
//! file's bytes become text in [`encoding`] (UTF-8, or Windows-1252 and UTF-16
//! converted); [`parse`] reads the rows; [`plan`] decides, row by row, what
//! the import stores into a board. Every bad row is reported with the line
//! number a user sees in a text editor, so the caller can refuse to write
//! anything until the file is clean (or skip the bad rows when the user asks
//! for that). Nothing here panics on any input.

use chrono::NaiveDate;

use crate::dates::{DateError, DateFor};
use crate::number::{Ambiguous, NumberError};

pub mod encoding;
pub mod plan;

/// One good row: an indicator value on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based line of the input text where the row starts.
    pub line: usize,
    /// The indicator name, trimmed and never empty.
    pub indicator: String,
    /// The date the value was measured.
    pub date: NaiveDate,
    /// The value, with any trailing `%` ignored (`12,5 %` is `12.5`).
    pub value: f64,
}

/// Why a row could not be imported.
///
/// Data only, with no `Display`: the words live in the i18n catalogue. The
/// strings carry the offending (trimmed) field, so a message can quote it.
#[derive(Debug, Clone, PartialEq)]
pub enum RowError {
    /// Not three fields (found n).
    FieldCount { found: usize },
    /// The indicator field is empty.
    EmptyIndicator,
    /// The date is not one [`crate::dates::parse`] reads (YYYY-MM-DD,
    /// DD.MM.YYYY, D/M/YYYY, DD.MM.YY = 20YY, and the words people type).
    BadDate(String),
    /// The value is not a number (accepts `6.2`, `6,2`, `-1`, `−1`, `1 234,5`
    /// with a space or no-break space as thousands separator, a trailing `%`
    /// is allowed and ignored).
    BadValue(String),
    /// The value could be read two ways (`1.234`, `1,234`): the field as
    /// written, and its parts for saying what to write instead.
    AmbiguousValue(String, Ambiguous),
    /// The CSV itself could not be read at this line (quote error…). The string
    /// is a short technical description in English, not meant for translation.
    Malformed(String),
    /// The date is after today: nothing was measured on a day to come. The
    /// field as written, and the day it means.
    FutureDate(String, NaiveDate),
}

/// A row that could not be imported.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    /// 1-based line of the input text, counted as a text editor counts them.
    pub line: usize,
    /// What is wrong with the row.
    pub error: RowError,
    /// The raw text of the line, for messages.
    pub text: String,
}

/// Parse CSV text. Detects the separator from the first non-empty line: `;`
/// if it contains one, else tab if it contains one, else `,`.
///
/// A UTF-8 BOM is ignored. A first line whose third field is not a number and
/// whose second is not a date is a header and is skipped (e.g.
/// `indicator;date;value` or `indikator;dato;verdi`); both fields must contain
/// a letter, so a data row with a broken date and value on line 1 is reported
/// rather than silently dropped. Empty lines, and lines whose fields are all
/// empty (Excel writes `;;` for an empty sheet row), are skipped. Fields are
/// trimmed. Quoted fields work (`"6,2"` with `,` separator). Empty fields after
/// the third are ignored, because Excel adds them when a neighbouring column
/// was ever used.
///
/// Line numbers are 1-based lines of the input text (as a user sees them in a
/// text editor), including the header line; `\n`, `\r\n` and a lone `\r` each
/// end a line.
///
/// A quoted field may not span lines: an indicator, date or value never
/// contains a line break, and an unclosed quote would otherwise swallow every
/// following row into one field. Such a row is reported as
/// [`RowError::Malformed`] and reading resumes on the next line, so the rows
/// after it are still checked and reported.
///
/// Dates are read as a measurement's ([`DateFor::Past`]): `1.12` is the last
/// 1 December, `fre` the last Friday, `i går` yesterday, counted from
/// `today`; a date after `today` is a bad row ([`RowError::FutureDate`]).
pub fn parse(text: &str, today: NaiveDate) -> (Vec<Row>, Vec<BadRow>) {
    // Excel's "CSV UTF-8" export starts with a BOM. It contains no line break,
    // so dropping it leaves the line numbers unchanged.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = Lines::new(text);
    let mut builder = csv::ReaderBuilder::new();
    builder
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All);

    let mut rows = Vec::new();
    let mut bad = Vec::new();
    let mut seen_first = false;
    let mut record = csv::StringRecord::new();
    // Byte offset where the current reader starts. Reading restarts at a later
    // line after a row that spans lines; every restart moves strictly forward,
    // so the loop ends.
    let mut offset = 0;

    'restart: while let Some(rest) = text.get(offset..).filter(|r| !r.is_empty()) {
        let mut reader = builder.from_reader(rest.as_bytes());
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break 'restart,
                Ok(true) => {}
                Err(err) => {
                    // With `&str` input and flexible records the csv crate has
                    // no error left to report, but if one appears it must
                    // become a bad row rather than a panic or an endless loop.
                    let at = err
                        .position()
                        .map_or_else(|| reader.position().byte(), csv::Position::byte);
                    let start = skip_line_breaks(text, offset.saturating_add(to_usize(at)));
                    let line = lines.line_of(start);
                    bad.push(lines.bad(line, RowError::Malformed(err.to_string())));
                    seen_first = true;
                    offset = lines.start_of_next(line);
                    continue 'restart;
                }
            }

            // The csv crate reports the position *before* any empty lines it
            // skipped, so both the record's line and byte are found from the
            // text itself rather than from `position().line()`.
            let at = record.position().map_or(0, csv::Position::byte);
            let start = skip_line_breaks(text, offset.saturating_add(to_usize(at)));
            let end = offset.saturating_add(to_usize(reader.position().byte()));
            let line = lines.line_of(start);
            let raw = text
                .get(start..end)
                .unwrap_or_default()
                .trim_end_matches(['\r', '\n']);

            if raw.contains(['\r', '\n']) {
                bad.push(lines.bad(
                    line,
                    RowError::Malformed("a quote opened on this line is not closed on it".into()),
                ));
                seen_first = true;
                offset = lines.start_of_next(line);
                continue 'restart;
            }
            // A correctly quoted line has an even number of quotes: a pair
            // around each quoted field and doubled quotes inside it. The csv
            // crate quietly keeps a stray quote as text, which would end up in
            // an indicator name.
            if raw.matches('"').count() % 2 == 1 {
                bad.push(lines.bad(line, RowError::Malformed("unbalanced quote".into())));
                seen_first = true;
                continue;
            }
            if record.iter().all(str::is_empty) {
                continue;
            }
            if !seen_first {
                seen_first = true;
                if is_header(&record, today) {
                    continue;
                }
            }
            match check_row(&record, today) {
                Ok((indicator, date, value)) => rows.push(Row {
                    line,
                    indicator,
                    date,
                    value,
                }),
                Err(error) => bad.push(lines.bad(line, error)),
            }
        }
    }
    (rows, bad)
}

/// The separator of the first non-empty line: `;` if it has one, else tab if
/// it has one, else `,`. Norwegian Excel uses `;` because `,` is its decimal
/// mark, so a `;` is the strongest hint.
fn detect_delimiter(text: &str) -> u8 {
    let first = text
        .split(['\r', '\n'])
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    if first.contains(';') {
        b';'
    } else if first.contains('\t') {
        b'\t'
    } else {
        b','
    }
}

/// Whether the first record is a header such as `indicator;date;value`.
///
/// Besides the date and value not parsing, both must contain a letter: a first
/// data row like `Sykefravær;24/11/2026;6,2x` is then reported as bad instead
/// of being skipped without a word.
fn is_header(record: &csv::StringRecord, today: NaiveDate) -> bool {
    let has_letter = |s: &str| s.chars().any(char::is_alphabetic);
    match (record.get(1), record.get(2)) {
        (Some(date), Some(value)) => {
            matches!(
                crate::dates::parse(date, today, DateFor::Past),
                Err(DateError::Unrecognised | DateError::Empty)
            ) && crate::number::parse(value).is_none()
                && has_letter(date)
                && has_letter(value)
        }
        _ => false,
    }
}

/// Check one record's fields, reporting the first problem found.
fn check_row(
    record: &csv::StringRecord,
    today: NaiveDate,
) -> Result<(String, NaiveDate, f64), RowError> {
    let used = (0..record.len())
        .rev()
        .find(|&i| record.get(i).is_some_and(|f| !f.is_empty()))
        .map_or(0, |i| i + 1);
    if record.len() < 3 || used > 3 {
        return Err(RowError::FieldCount {
            found: record.len(),
        });
    }
    let (indicator, date, value) = (&record[0], &record[1], &record[2]);
    if indicator.is_empty() {
        return Err(RowError::EmptyIndicator);
    }
    let date = match crate::dates::parse(date, today, DateFor::Past) {
        Ok(d) => d,
        Err(DateError::Future(d)) => return Err(RowError::FutureDate(date.to_owned(), d)),
        Err(_) => return Err(RowError::BadDate(date.to_owned())),
    };
    let value = crate::number::read(value).map_err(|e| match e {
        NumberError::NotANumber => RowError::BadValue(value.to_owned()),
        NumberError::Ambiguous(a) => RowError::AmbiguousValue(value.to_owned(), a),
    })?;
    Ok((indicator.to_owned(), date, value))
}

/// Convert a csv byte position; one that does not fit is past the text's end
/// anyway, and the slicing with `get` then yields nothing instead of panicking.
fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// The first byte at or after `at` that is not a line break: where a record
/// really starts once the empty lines before it are passed.
fn skip_line_breaks(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at.min(bytes.len());
    while bytes.get(i).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
        i += 1;
    }
    i
}

/// Where each line of the text starts, to turn byte offsets into the line
/// numbers an editor shows.
struct Lines<'a> {
    text: &'a str,
    /// Byte offset of the start of each line; the first is always 0.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            // `\r\n` ends one line, at its `\n`; a lone `\r` (old Mac Excel)
            // ends one too, as the csv crate and editors treat it.
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        Self { text, starts }
    }

    /// The 1-based line containing byte `at`.
    fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).max(1)
    }

    /// The byte offset where the line after 1-based `line` starts, or the end
    /// of the text if it is the last line.
    fn start_of_next(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.text.len())
    }

    /// The text of 1-based `line`, without its line break.
    fn text_of(&self, line: usize) -> &'a str {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let end = self.start_of_next(line);
        self.text
            .get(start..end)
            .unwrap_or_default()
            .trim_end_matches(['\r', '\n'])
    }

    fn bad(&self, line: usize, error: RowError) -> BadRow {
        BadRow {
            line,
            error,
            text: self.text_of(line).to_owned(),
        }
    }
}

#[cfg(test)]
mod tests;

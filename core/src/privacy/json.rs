//! Identity numbers in a board file as written, for `tavle check`: a JSON
//! string may spell a number with escapes (`\u0031`, `\n` between the date
//! part and the rest, `\u200b` inside, `\ud835\udfce` for `𝟎`), so each
//! string is read as the decoded text the screen shows and every number in
//! it is reported at the place in the file where it starts. Outside the
//! strings, a JSON number is read as a value ([`super::mask_number`]) and
//! the rest, such as a broken line, as text.
//!
//! Tolerant: a file that is not JSON is still read this way (an unclosed
//! string runs to the end), so a number in a broken file is found too.

use std::ops::Range;

/// One identity number in a file: where it is written (bytes of the file
/// text, escapes included) and how to show it (masked, one line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub at: Range<usize>,
    pub masked: String,
}

/// Every identity number in the JSON `text`, in file order.
pub fn find(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let next = text[at..].find('"').map_or(text.len(), |p| at + p);
        outside(text, at..next, &mut out);
        if next == text.len() {
            break;
        }
        at = string(text, next, &mut out);
    }
    out
}

/// Numbers in the text between strings: JSON numbers by value, anything
/// else as text, except digits in the fraction or exponent of a number.
fn outside(text: &str, span: Range<usize>, out: &mut Vec<Found>) {
    let part = &text[span.clone()];
    let mut hits: Vec<Found> = super::find(part)
        .into_iter()
        .filter(|r| !in_fraction(part, r.start))
        .map(|r| Found {
            masked: one_line(&super::mask(&part[r.clone()])),
            at: span.start + r.start..span.start + r.end,
        })
        .collect();
    let bytes = part.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts = (bytes[i] == b'-' || bytes[i].is_ascii_digit())
            && (i == 0 || !is_number_byte(bytes[i - 1]));
        if !starts {
            i += 1;
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(|&b| !is_number_byte(b))
            .map_or(bytes.len(), |n| i + n);
        let at = span.start + i..span.start + end;
        if let Some(masked) = super::mask_number(&part[i..end])
            && !hits
                .iter()
                .any(|h| h.at.start < at.end && at.start < h.at.end)
        {
            hits.push(Found { at, masked });
        }
        i = end;
    }
    hits.sort_by_key(|h| h.at.start);
    out.extend(hits);
}

fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
}

/// Whether the digits at `at` come after a `.` or an exponent in the same
/// number (`0.41020312345`): the fraction of a value is not a number of its own.
fn in_fraction(part: &str, at: usize) -> bool {
    let run = part.as_bytes()[..at]
        .iter()
        .rev()
        .take_while(|&&b| is_number_byte(b));
    let (mut mark, mut digit) = (false, false);
    for &b in run {
        mark |= matches!(b, b'.' | b'e' | b'E');
        digit |= b.is_ascii_digit();
    }
    mark && digit
}

/// Decode the string literal that starts at `start` (its `"`), report the
/// numbers in it, and return where the text after it starts.
fn string(text: &str, start: usize, out: &mut Vec<Found>) -> usize {
    let mut decoded = String::new();
    // For each byte of `decoded`, where the character it belongs to is
    // written in the file.
    let mut from: Vec<usize> = Vec::new();
    let mut push = |decoded: &mut String, c: char, raw: usize| {
        decoded.push(c);
        from.extend(std::iter::repeat_n(raw, c.len_utf8()));
    };
    let rest = &text[start + 1..];
    let mut chars = rest.char_indices().peekable();
    let mut end = text.len();
    while let Some((off, c)) = chars.next() {
        let raw = start + 1 + off;
        match c {
            '"' => {
                end = raw;
                break;
            }
            '\\' => {
                let Some((_, e)) = chars.next() else { break };
                let simple = match e {
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'b' => Some('\u{8}'),
                    'f' => Some('\u{c}'),
                    'u' => None,
                    other => Some(other),
                };
                match simple {
                    Some(c) => push(&mut decoded, c, raw),
                    None => {
                        let c = unicode_escape(rest, off, &mut chars);
                        push(&mut decoded, c, raw);
                    }
                }
            }
            c => push(&mut decoded, c, raw),
        }
    }
    for r in super::find(&decoded) {
        out.push(Found {
            at: from[r.start]..from.get(r.end).copied().unwrap_or(end),
            masked: one_line(&super::mask(&decoded[r])),
        });
    }
    (end + 1).min(text.len())
}

/// The character of a `\uXXXX` escape whose backslash is at `off` in `rest`
/// (the `u` already taken from `chars`), a surrogate pair read as one; the
/// hex digits are taken from `chars`. A broken escape is U+FFFD.
fn unicode_escape(
    rest: &str,
    off: usize,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
) -> char {
    let hex = |at: usize| {
        rest.get(at..at + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    let Some(hi) = hex(off + 2) else {
        return '\u{FFFD}';
    };
    chars.nth(3);
    if (0xD800..0xDC00).contains(&hi)
        && rest.get(off + 6..off + 8) == Some("\\u")
        && let Some(lo) = hex(off + 8)
        && (0xDC00..0xE000).contains(&lo)
    {
        chars.nth(5);
        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
        return char::from_u32(c).unwrap_or('\u{FFFD}');
    }
    char::from_u32(hi).unwrap_or('\u{FFFD}')
}

/// The masked number on one line: a line break inside it shown as `␊`, as
/// the screen shows control characters, so a warning stays one line.
fn one_line(masked: &str) -> String {
    masked
        .replace("\r\n", "\u{240A}")
        .replace('\n', "\u{240A}")
        .replace('\r', "\u{240D}")
}

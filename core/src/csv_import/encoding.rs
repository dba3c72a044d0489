//! The bytes of a CSV file as text. Norwegian Excel's "CSV (semikolondelt)"
//! is Windows-1252, not UTF-8: `æøå` are the single bytes `E6 F8 E5`. Its
//! "Unicode-tekst" is UTF-16 with a byte-order mark. A measurement lead
//! should not have to know either, so both are converted, and the caller
//! says which it was.
//!
//! The rule is one a person can check: a file that is valid UTF-8 (after an
//! optional byte-order mark) is UTF-8; a file that starts with a UTF-16
//! byte-order mark is UTF-16; anything else is Windows-1252. A Windows-1252
//! file with `æøå` is never valid UTF-8 in practice (each would have to be
//! followed by two bytes from 0x80–0xBF). What cannot be read that way is
//! refused rather than guessed: a UTF-8 byte-order mark before bytes that
//! are not UTF-8, UTF-16 without a byte-order mark or broken off, and a byte
//! that Windows-1252 has no character for (the file is in yet another code
//! page, such as the old DOS one, where `Ø` is 0x9D).
//!
//! Why a table and not a crate: Windows-1252 is Latin-1 except for the 32
//! bytes 0x80–0x9F, so a 32-entry table is the whole decoder, where
//! `encoding_rs` would add a large crate to the build for one code page.
//! Pure, no panics on any input.

/// What a file's bytes were read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark: read as it is.
    Utf8,
    /// Not UTF-8: converted from Windows-1252 (Norwegian Excel's CSV).
    Windows1252,
    /// UTF-16 with a byte-order mark (Excel's "Unicode text"), converted.
    Utf16,
}

/// Why a file's bytes could not be read as text. Lines are 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingError {
    /// It starts with UTF-8's byte-order mark, but this line is not UTF-8.
    BrokenUtf8 { line: usize },
    /// UTF-16 by its byte-order mark, but broken at this line (an odd byte
    /// at the end, or half of a character).
    BrokenUtf16 { line: usize },
    /// It looks like UTF-16 (every other byte is 0) but has no byte-order
    /// mark to say which byte comes first.
    Utf16WithoutBom,
    /// A byte Windows-1252 has no character for: another code page.
    NotWindows1252 { byte: u8, line: usize },
}

/// The text of a CSV file, and what it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    pub encoding: Encoding,
}

/// Windows-1252's characters for the bytes 0x80–0x9F; `None` for the five
/// bytes it leaves out (0x81, 0x8D, 0x8F, 0x90, 0x9D). Every other byte is
/// the Unicode character of the same number.
const HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'), // 0x80 €
    None,             // 0x81
    Some('\u{201A}'), // 0x82 ‚
    Some('\u{0192}'), // 0x83 ƒ
    Some('\u{201E}'), // 0x84 „
    Some('\u{2026}'), // 0x85 …
    Some('\u{2020}'), // 0x86 †
    Some('\u{2021}'), // 0x87 ‡
    Some('\u{02C6}'), // 0x88 ˆ
    Some('\u{2030}'), // 0x89 ‰
    Some('\u{0160}'), // 0x8A Š
    Some('\u{2039}'), // 0x8B ‹
    Some('\u{0152}'), // 0x8C Œ
    None,             // 0x8D
    Some('\u{017D}'), // 0x8E Ž
    None,             // 0x8F
    None,             // 0x90
    Some('\u{2018}'), // 0x91 ‘
    Some('\u{2019}'), // 0x92 ’
    Some('\u{201C}'), // 0x93 “
    Some('\u{201D}'), // 0x94 ”
    Some('\u{2022}'), // 0x95 •
    Some('\u{2013}'), // 0x96 –
    Some('\u{2014}'), // 0x97 —
    Some('\u{02DC}'), // 0x98 ˜
    Some('\u{2122}'), // 0x99 ™
    Some('\u{0161}'), // 0x9A š
    Some('\u{203A}'), // 0x9B ›
    Some('\u{0153}'), // 0x9C œ
    None,             // 0x9D
    Some('\u{017E}'), // 0x9E ž
    Some('\u{0178}'), // 0x9F Ÿ
];

/// Read a CSV file's bytes as text; see the module's rule.
pub fn decode(bytes: &[u8]) -> Result<Decoded, EncodingError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return match std::str::from_utf8(rest) {
            Ok(text) => Ok(Decoded {
                text: text.to_owned(),
                encoding: Encoding::Utf8,
            }),
            Err(e) => Err(EncodingError::BrokenUtf8 {
                line: line_at(rest, e.valid_up_to()),
            }),
        };
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    if looks_utf16(bytes) {
        return Err(EncodingError::Utf16WithoutBom);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
        });
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for (i, &b) in bytes.iter().enumerate() {
        let c = match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => Some(char::from(b)),
        };
        match c {
            Some(c) => text.push(c),
            None => {
                return Err(EncodingError::NotWindows1252 {
                    byte: b,
                    line: line_at(bytes, i),
                });
            }
        }
    }
    Ok(Decoded {
        text,
        encoding: Encoding::Windows1252,
    })
}

/// UTF-16 after its byte-order mark, each pair of bytes made a unit by `unit`.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<Decoded, EncodingError> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => Some(unit([*a, *b])),
        _ => None,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let broken = |text: &str| EncodingError::BrokenUtf16 {
        line: text.matches('\n').count() + 1,
    };
    // A trailing odd byte is a broken file, not a character.
    let mut odd = false;
    let whole = units.map_while(|u| {
        odd = u.is_none();
        u
    });
    for c in char::decode_utf16(whole) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => return Err(broken(&text)),
        }
    }
    if odd {
        return Err(broken(&text));
    }
    Ok(Decoded {
        text,
        encoding: Encoding::Utf16,
    })
}

/// UTF-16 without a byte-order mark: a 0 in every other byte of the start,
/// as ASCII text is in UTF-16. UTF-8 and Windows-1252 text has no 0 bytes.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    head.len() >= 4 && {
        let even = head.iter().step_by(2).filter(|b| **b == 0).count();
        let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let half = head.len() / 2;
        even * 4 >= half * 3 || odd * 4 >= half * 3
    }
}

/// The 1-based line of byte `at`, counting `\n`, `\r\n` and a lone `\r` as
/// line ends, as the CSV reader does.
fn line_at(bytes: &[u8], at: usize) -> usize {
    let head = &bytes[..at.min(bytes.len())];
    let mut line = 1;
    for (i, &b) in head.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

#[cfg(test)]
mod tests;

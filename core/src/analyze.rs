//! A board from bytes: decode the text (BOM, UTF-8, UTF-16 and empty files
//! named), parse and decode it with every problem at its line and column, and
//! write a board back as canonical text. Pure: no files, no clock; the folder
//! layer reads the bytes and writes the text.

use crate::decode::decode_board;
use crate::diag::{DiagKind, Diagnostic, Location, Severity};
use crate::json::{self, Node, line_col};
use crate::model::Board;
use crate::rules;

/// How a file was written, so that saving keeps it that way (a Notepad user's
/// CRLF file stays CRLF and does not show every line changed in a diff).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextStyle {
    pub bom: bool,
    pub crlf: bool,
}

/// A diagnostic resolved to a 1-based line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    pub kind: DiagKind,
}

pub fn whole_file(kind: DiagKind) -> Located {
    Located {
        line: 1,
        col: 1,
        severity: Severity::Error,
        kind,
    }
}

/// The text of a file's bytes; see [`read_text`].
pub fn decode_text(mut bytes: Vec<u8>) -> Result<(String, TextStyle), Located> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(&bytes) {
        return Err(whole_file(DiagKind::Utf16));
    }
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    if bom {
        bytes.drain(..3);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(whole_file(DiagKind::Empty));
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let crlf = text.contains("\r\n");
            Ok((text, TextStyle { bom, crlf }))
        }
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..good]);
            let (line, col) = line_col(&prefix, good);
            Err(Located {
                line,
                col,
                severity: Severity::Error,
                kind: DiagKind::NotUtf8,
            })
        }
    }
}

/// UTF-16 without a byte-order mark: NUL bytes in every other position of the start.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64)];
    head.len() >= 4 && {
        let even = head.iter().step_by(2).filter(|b| **b == 0).count();
        let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let half = head.len() / 2;
        even * 4 >= half * 3 || odd * 4 >= half * 3
    }
}

/// Parse, decode and validate a board from its text.
pub fn analyze_text(text: &str) -> (Option<Board>, Vec<Located>) {
    let root = match json::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let hunks = crate::gitconflict::hunks(text);
            // git's markers: one problem naming every region, at the first.
            let ((line, col), kind) = match hunks.first() {
                Some(h) => ((h.first, 1), DiagKind::GitConflict { hunks }),
                None => (line_col(text, e.offset), DiagKind::Syntax(e.kind)),
            };
            return (
                None,
                vec![Located {
                    line,
                    col,
                    severity: Severity::Error,
                    kind,
                }],
            );
        }
    };
    let (board, mut diags) = decode_board(&root);
    if let Some(b) = &board {
        diags.extend(rules::validate(b));
    }
    let mut problems: Vec<Located> = diags.into_iter().map(|d| locate(text, &root, d)).collect();
    problems.sort_by_key(|p| (p.line, p.col));
    (board, problems)
}

fn locate(text: &str, root: &Node, d: Diagnostic) -> Located {
    let offset = match &d.at {
        Location::File => 0,
        Location::Offset(o) => *o,
        Location::Pointer(p) => root.locate(p).span.start,
    };
    let (line, col) = line_col(text, offset);
    Located {
        line,
        col,
        severity: d.severity,
        kind: d.kind,
    }
}

/// The canonical text of a board: 2-space indented JSON in the model's key
/// order, a final newline, and the original file's BOM and line endings.
pub fn to_text(board: &Board, style: TextStyle) -> String {
    // Serialising plain data into a String cannot fail; an empty string would
    // be caught by the caller's size check rather than written.
    let mut text = serde_json::to_string_pretty(board).unwrap_or_default();
    text.push('\n');
    if style.crlf {
        text = text.replace('\n', "\r\n");
    }
    if style.bom {
        text.insert(0, '\u{FEFF}');
    }
    text
}

/// A cheap fingerprint of a file's bytes, to recognise our own writes and to
/// tell a real change from a touch when polling.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_detected_and_stripped() {
        let (text, style) = decode_text(b"\xEF\xBB\xBF{\r\n}\r\n".to_vec()).unwrap();
        assert_eq!(text, "{\r\n}\r\n");
        assert!(style.bom && style.crlf);
    }

    #[test]
    fn encodings_are_named() {
        assert_eq!(
            decode_text(b"\xFF\xFE{\0}\0".to_vec()).unwrap_err().kind,
            DiagKind::Utf16
        );
        assert_eq!(
            decode_text(b"{\0\"\0a\0\"\0:\0\x31\0}\0".to_vec())
                .unwrap_err()
                .kind,
            DiagKind::Utf16
        );
        assert_eq!(
            decode_text(b"  \n".to_vec()).unwrap_err().kind,
            DiagKind::Empty
        );
        let e = decode_text(b"{\n  \"title\": \"Bl\xE5b\xE6r\"}".to_vec()).unwrap_err();
        assert_eq!((e.kind, e.line, e.col), (DiagKind::NotUtf8, 2, 15));
    }
}

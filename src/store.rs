//! Board files on disk: read with guards (size, encoding, BOM), analyse with
//! precise positions, and write back without churn.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::decode::decode_board;
use crate::diag::{DiagKind, Diagnostic, Location, Severity};
use crate::json::{self, Node, line_col};
use crate::model::{Board, FORMAT_VERSION};
use crate::rules;

/// Larger files are refused without being read.
pub const MAX_FILE_SIZE: u64 = 20 * 1024 * 1024;

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

/// Everything known about one board file after reading it.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The board, when it has no syntax or schema errors (reference errors and
    /// warnings may remain in `problems`).
    pub board: Option<Board>,
    /// Every problem, in the order of the file.
    pub problems: Vec<Located>,
    pub style: TextStyle,
    /// [`fingerprint`] of the file's bytes (0 when it could not be read).
    pub fingerprint: u64,
}

impl Analysis {
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// Whether the file's format is newer than this program: never write it.
    pub fn read_only(&self) -> bool {
        self.board
            .as_ref()
            .is_some_and(|b| b.tavle > FORMAT_VERSION)
    }
}

fn whole_file(kind: DiagKind) -> Located {
    Located {
        line: 1,
        col: 1,
        severity: Severity::Error,
        kind,
    }
}

/// Read a board file as text, refusing what is too large, empty, UTF-16 or not
/// UTF-8 without reading more than needed. Strips a UTF-8 byte-order mark.
pub fn read_text(path: &Path) -> Result<(String, TextStyle), Located> {
    read_bytes(path).and_then(decode_text)
}

/// Read a file's bytes, refusing one over [`MAX_FILE_SIZE`] without reading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Located> {
    let io_err = |e: io::Error| whole_file(DiagKind::Io(e.to_string()));
    let file = File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    if size > MAX_FILE_SIZE {
        return Err(whole_file(DiagKind::TooLarge {
            size,
            limit: MAX_FILE_SIZE,
        }));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // The file may grow while we read it: never take more than the limit.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(whole_file(DiagKind::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_SIZE,
        }));
    }
    Ok(bytes)
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
            let (line, col) = line_col(text, e.offset);
            return (
                None,
                vec![Located {
                    line,
                    col,
                    severity: Severity::Error,
                    kind: DiagKind::Syntax(e.kind),
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

/// Read and analyse one board file.
pub fn analyze(path: &Path) -> Analysis {
    match read_bytes(path) {
        Ok(bytes) => analyze_bytes(bytes),
        Err(problem) => Analysis {
            board: None,
            problems: vec![problem],
            style: TextStyle::default(),
            fingerprint: 0,
        },
    }
}

/// Analyse a board file's bytes.
pub fn analyze_bytes(bytes: Vec<u8>) -> Analysis {
    let fingerprint = fingerprint(&bytes);
    match decode_text(bytes) {
        Ok((text, style)) => {
            let (board, problems) = analyze_text(&text);
            Analysis {
                board,
                problems,
                style,
                fingerprint,
            }
        }
        Err(problem) => Analysis {
            board: None,
            problems: vec![problem],
            style: TextStyle::default(),
            fingerprint,
        },
    }
}

/// The board files of a folder (`*.json`, not hidden), sorted by name.
pub fn board_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_board = !name.starts_with('.')
            && path.extension().is_some_and(|e| e == "json")
            && entry.file_type().map(|t| !t.is_dir()).unwrap_or(false);
        if is_board {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The board id of a file: its stem.
pub fn board_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
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

/// Replace `path` with `bytes` so that a reader sees either the old or the new
/// file, never a half-written one: write a temp file in the same folder, fsync,
/// rename over the target, fsync the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        if let Ok(d) = File::open(dir) {
            // Not every filesystem can fsync a folder; the rename is done either way.
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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

/// A cheap fingerprint of a file's bytes, to recognise our own writes and to
/// tell a real change from a touch when polling.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// What [`update`] wrote.
#[derive(Debug, Clone)]
pub struct Saved {
    /// The board as now on disk.
    pub board: Board,
    /// One entry per op, in order.
    pub applied: Vec<crate::ops::Applied>,
    /// Fingerprint of the bytes written.
    pub fingerprint: u64,
}

/// Why [`update`] wrote nothing.
#[derive(Debug)]
pub enum UpdateError {
    Lock(crate::lock::LockError),
    /// The file cannot be read or does not parse now: it is never written.
    Broken(Located),
    /// The file's format is newer than this program: it is never written.
    ReadOnly(u64),
    /// The op no longer applies (say, the card was deleted elsewhere).
    Op(crate::ops::OpError),
    Io(io::Error),
}

/// How long a script's edit waits for another writer's lock. Writers hold it
/// for milliseconds; a long wait only matters when many scripts write at once.
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long an edit from the screen waits, so a stuck lock cannot freeze the room.
pub const UI_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// Apply `ops` to the board file at `path` safely: take the lock, re-read the
/// file, apply every op to what is there *now*, write a temp file, fsync,
/// rename, release. All ops apply or none is written.
pub fn update(
    path: &Path,
    ops: &[crate::ops::Op],
    stamp: &crate::ops::Stamp,
) -> Result<Saved, UpdateError> {
    update_waiting(path, ops, stamp, LOCK_WAIT)
}

/// [`update`], waiting at most `wait` for the lock.
pub fn update_waiting(
    path: &Path,
    ops: &[crate::ops::Op],
    stamp: &crate::ops::Stamp,
    wait: std::time::Duration,
) -> Result<Saved, UpdateError> {
    let _lock = crate::lock::acquire(path, wait).map_err(UpdateError::Lock)?;
    let (text, style) = read_text(path).map_err(UpdateError::Broken)?;
    let (board, problems) = analyze_text(&text);
    let Some(mut board) = board else {
        let first = problems
            .into_iter()
            .find(|p| p.severity == Severity::Error)
            .unwrap_or_else(|| whole_file(DiagKind::Empty));
        return Err(UpdateError::Broken(first));
    };
    if board.tavle > FORMAT_VERSION {
        return Err(UpdateError::ReadOnly(board.tavle));
    }
    let mut applied = Vec::with_capacity(ops.len());
    for op in ops {
        applied.push(crate::ops::apply(&mut board, op, stamp).map_err(UpdateError::Op)?);
    }
    let out = to_text(&board, style);
    write_atomic(path, out.as_bytes()).map_err(UpdateError::Io)?;
    let logged: Vec<crate::history::Logged> = applied
        .iter()
        .map(|a| crate::history::Logged {
            at: stamp.at.as_str().to_string(),
            by: stamp.by.clone(),
            change: a.change.clone(),
        })
        .collect();
    // The board is saved; a log that cannot be written costs only a line in the minutes.
    let _ = crate::history::append(path, &logged);
    Ok(Saved {
        board,
        applied,
        fingerprint: fingerprint(out.as_bytes()),
    })
}

/// Write the minutes of a meeting to `DIR/referater/YYYY-MM-DD-BOARD.md`; a
/// second meeting the same day gets `-2`, `-3`…: a file is never overwritten.
pub fn write_minutes(
    dir: &Path,
    date: chrono::NaiveDate,
    board_id: &str,
    text: &str,
) -> io::Result<PathBuf> {
    let folder = dir.join("referater");
    fs::create_dir_all(&folder)?;
    let stem = format!("{}-{board_id}", date.format("%Y-%m-%d"));
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.md")
        } else {
            format!("{stem}-{n}.md")
        };
        let path = folder.join(name);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(text.as_bytes())?;
                f.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, stem))
}

//! Board files on disk: read with guards (size), analyse (in the core), and
//! write back safely under the board's lock.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

pub use tavle_core::analyze::{
    Located, TextStyle, analyze_text, decode_text, fingerprint, to_text, whole_file,
};
use tavle_core::diag::{DiagKind, Severity};
use tavle_core::model::{Board, FORMAT_VERSION};

/// Larger files are refused without being read.
pub const MAX_FILE_SIZE: u64 = 20 * 1024 * 1024;

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

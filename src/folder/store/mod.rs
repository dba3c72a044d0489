//! Board files on disk: read with guards (size; the text is analysed in the
//! core), and written back safely under the board's lock (`save`: the locked
//! re-read, apply and replace under every edit, and the minutes).
//!
//! The I/O functions here build on `safe_fs`: the board folder is writable
//! by others, so nothing is read through an odd file (a FIFO would block),
//! nothing is written through a link out of the folder, and a file the user
//! could not write is never replaced.

use std::io;
use std::path::{Path, PathBuf};

use crate::folder::board_fs;
pub use crate::folder::board_fs::{Listing, SkipWhy, Skipped};
use crate::folder::safe_fs::{self, FsError, FsErrorKind};
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
    /// Whether edits may be saved to this file, and if not why: for a
    /// banner on the screen, and the reason [`update`] refuses with.
    pub access: Access,
    /// The file was read through a symbolic link: a board may be one, but a
    /// conflict copy that is a link is never merged.
    pub linked: bool,
}

/// Whether a board file may be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Access {
    #[default]
    Writable,
    ReadOnly(Why),
}

/// Why a board that can be read is opened read-only: data of the core, so
/// that the catalogue can word it without importing this layer.
pub use tavle_core::access::Why;

impl From<safe_fs::Refusal> for Why {
    fn from(r: safe_fs::Refusal) -> Why {
        match r {
            safe_fs::Refusal::ReadOnlyFs => Why::ReadOnlyFs,
            safe_fs::Refusal::FolderNotWritable => Why::FolderNotWritable,
            safe_fs::Refusal::NoWritePermission => Why::NoWritePermission,
        }
    }
}

impl Access {
    /// A board's own verdict: a newer format is never written.
    fn of_board(board: Option<&Board>) -> Access {
        match board {
            Some(b) if b.tavle > FORMAT_VERSION => Access::ReadOnly(Why::NewerFormat(b.tavle)),
            Some(b) if !tavle_core::dupes::duplicate_ids(b).is_empty() => {
                Access::ReadOnly(Why::DuplicateIds)
            }
            _ => Access::Writable,
        }
    }
}

impl Analysis {
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// Whether edits are refused (see [`Analysis::access`]).
    pub fn read_only(&self) -> bool {
        self.access != Access::Writable
    }
}

/// Read a board file as text, refusing what is too large, empty, UTF-16 or not
/// UTF-8 without reading more than needed. Strips a UTF-8 byte-order mark.
pub fn read_text(path: &Path) -> Result<(String, TextStyle), Located> {
    read_bytes(path).and_then(decode_text)
}

/// Read a file's bytes, refusing one over [`MAX_FILE_SIZE`] without reading
/// it, and a FIFO, socket or device without opening it for a blocking read.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Located> {
    read_board(path).map(|r| r.bytes)
}

/// A board file as [`read_board`] read it.
#[derive(Debug, Clone)]
pub struct Read {
    pub bytes: Vec<u8>,
    /// Why it must not be written, if so.
    pub why: Option<Why>,
    /// It was read through a symbolic link.
    pub linked: bool,
}

impl Read {
    /// The analysis of what was read, with the file's own reason to be
    /// read-only and whether it is a link.
    pub fn analyze(self) -> Analysis {
        let mut analysis = analyze_bytes(self.bytes);
        if let Some(why) = self.why {
            analysis.access = Access::ReadOnly(why);
        }
        analysis.linked = self.linked;
        analysis
    }
}

/// A read failure as a problem of the whole file.
fn located(e: FsError) -> Located {
    whole_file(match e.kind {
        FsErrorKind::TooLarge { size, limit } => DiagKind::TooLarge { size, limit },
        kind => DiagKind::Io(kind),
    })
}

/// Read a board file's bytes (see [`read_bytes`]) and say why it must not
/// be written, if so: a link out of the folder (read through the link), no
/// write permission, a read-only folder or file system.
pub fn read_board(path: &Path) -> Result<Read, Located> {
    let file = board_fs::locate_board(path).map_err(located)?;
    if file.outside {
        let (bytes, _) = safe_fs::read_path(path, MAX_FILE_SIZE).map_err(located)?;
        return Ok(Read {
            bytes,
            why: Some(Why::LinkOutside),
            linked: true,
        });
    }
    let (bytes, meta) = file
        .folder
        .read(&file.name, false, MAX_FILE_SIZE)
        .map_err(located)?;
    let why = file.folder.write_refusal(&file.name, &meta).map(Why::from);
    Ok(Read {
        bytes,
        why,
        linked: file.linked,
    })
}

/// Read and analyse one board file.
pub fn analyze(path: &Path) -> Analysis {
    match read_board(path) {
        Ok(read) => read.analyze(),
        Err(problem) => unreadable(problem),
    }
}

/// The analysis of a file that is there but cannot be read.
pub fn unreadable(problem: Located) -> Analysis {
    Analysis {
        board: None,
        problems: vec![problem],
        style: TextStyle::default(),
        fingerprint: 0,
        access: Access::Writable,
        linked: false,
    }
}

/// Analyse a board file's bytes.
pub fn analyze_bytes(bytes: Vec<u8>) -> Analysis {
    let fingerprint = fingerprint(&bytes);
    match decode_text(bytes) {
        Ok((text, style)) => {
            let (board, problems) = analyze_text(&text);
            Analysis {
                access: Access::of_board(board.as_ref()),
                board,
                problems,
                style,
                fingerprint,
                linked: false,
            }
        }
        Err(problem) => Analysis {
            fingerprint,
            ..unreadable(problem)
        },
    }
}

/// The board files of a folder (`*.json`, not hidden, regular files or
/// links to them), sorted by name. FIFOs, sockets, devices and broken links
/// are left out; [`list_boards`] says which.
pub fn board_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    Ok(list_boards(dir)?.boards)
}

/// The board files of a folder and the odd entries named like boards that
/// were skipped (to warn about).
pub fn list_boards(dir: &Path) -> Result<Listing, FsError> {
    board_fs::list_boards(dir)
}

pub use crate::folder::board_fs::board_id;

pub mod many;
mod save;

pub use save::{
    Fresh, LOCK_WAIT, Rewritten, Saved, UI_LOCK_WAIT, UpdateError, rewrite, update, update_waiting,
    write_atomic, write_minutes, write_new,
};
#[cfg(test)]
#[path = "mod_tests.rs"]
mod more_tests;

//! The change log of a board: one JSON line per change, in
//! `.tavle/BOARD.log.jsonl` beside the board files. It is written under the
//! board's lock by every edit (screen or script), so the minutes can say what
//! was added, moved, archived and re-lit today, whoever did it.
//!
//! The folder is writable by others: a `.tavle` that is a link or not a
//! folder is refused, and the log is appended to without following a link
//! planted at its name (a colleague's file is never appended to).

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use crate::folder::board_fs;
use crate::folder::safe_fs::{Folder, FsError, FsErrorKind};

pub use tavle_core::log::Logged;

/// The log file of the board file at `board`.
pub fn log_path(board: &Path) -> PathBuf {
    let dir = board.parent().unwrap_or(Path::new("."));
    let id = board_fs::board_id(board);
    dir.join(".tavle").join(format!("{id}.log.jsonl"))
}

/// The log is read from its end when it grows beyond this; the minutes need today's lines.
const READ_LIMIT: u64 = 16 * 1024 * 1024;

/// The log's name in `.tavle/` for the board file named `board`.
fn log_name(board: &OsStr) -> OsString {
    let id = board_fs::board_id(Path::new(board));
    OsString::from(format!("{id}.log.jsonl"))
}

/// Append changes to the log of `board` (call with the board's lock held).
/// A linked board inside the folder logs beside its target.
pub fn append(board: &Path, entries: &[Logged]) -> Result<(), FsError> {
    let file = board_fs::locate_board(board)?;
    if file.outside {
        return Err(FsError::new(FsErrorKind::OutsideFolder, board));
    }
    append_in(&file.folder, &file.name, entries)
}

/// Append changes to the log of board file `board` in `folder`.
pub fn append_in(folder: &Folder, board: &OsStr, entries: &[Logged]) -> Result<(), FsError> {
    let text = tavle_core::log::lines(entries);
    if text.is_empty() {
        return Ok(());
    }
    let perms = folder.perms_beside(board);
    let dir = folder.sub(OsStr::new(".tavle"), true)?;
    // One write per batch, so a reader never sees half a line from us; the
    // log is no more readable than the board it tells about.
    dir.append(&log_name(board), text.as_bytes(), perms)
}

/// Every readable entry of the log of `board`, oldest first. Lines that do
/// not parse (a newer tavle, a torn line after a crash) are skipped; a log
/// that is a link, a FIFO or in a linked `.tavle` is not read.
pub fn read(board: &Path) -> Vec<Logged> {
    let Ok(file) = board_fs::locate_board(board) else {
        return Vec::new();
    };
    let Ok(dir) = file.folder.sub(OsStr::new(".tavle"), false) else {
        return Vec::new();
    };
    let Ok((bytes, cut)) = dir.read_tail(&log_name(&file.name), READ_LIMIT) else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    // A log read from the middle starts with the end of a line: skip it.
    let whole = if cut {
        text.split_once('\n').map_or("", |(_, rest)| rest)
    } else {
        &text
    };
    tavle_core::log::parse(whole)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use tavle_core::ops::Change;

    #[test]
    fn appends_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        let e = Logged {
            at: "2026-11-24T09:00:00+01:00".into(),
            by: "Kari".into(),
            change: Change::Moved {
                card: "k1".into(),
                title: "Kort".into(),
                from: "a".into(),
                to: "b".into(),
            },
        };
        append(&board, std::slice::from_ref(&e)).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(log_path(&board))
            .unwrap()
            .write_all(b"{\"torn\n")
            .unwrap();
        append(&board, std::slice::from_ref(&e)).unwrap_or(());
        let read = read(&board);
        assert_eq!(read.first(), Some(&e));
        assert!(log_path(&board).starts_with(dir.path().join(".tavle")));
    }

    fn entry() -> Logged {
        Logged {
            at: "2026-11-24T09:00:00+01:00".into(),
            by: "Kari".into(),
            change: Change::Archived {
                card: "k1".into(),
                title: "Kort".into(),
            },
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_link_is_never_appended_to() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let victim = home.path().join("notes.txt");
        std::fs::write(&victim, "mine\n").unwrap();
        let board = dir.path().join("b.json");
        std::fs::create_dir(dir.path().join(".tavle")).unwrap();
        symlink(&victim, log_path(&board)).unwrap();
        let e = append(&board, &[entry()]).unwrap_err();
        assert_eq!(e.kind, FsErrorKind::Symlink);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine\n");
        assert!(read(&board).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_tavle_folder_is_refused() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        symlink(home.path(), dir.path().join(".tavle")).unwrap();
        assert_eq!(
            append(&board, &[entry()]).unwrap_err().kind,
            FsErrorKind::Symlink
        );
        assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
        // Not a folder at all.
        let other = tempfile::tempdir().unwrap();
        std::fs::write(other.path().join(".tavle"), "").unwrap();
        let e = append(&other.path().join("b.json"), &[entry()]).unwrap_err();
        assert_ne!(e.kind, FsErrorKind::Symlink);
    }

    #[test]
    fn a_long_log_is_read_from_its_end() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        append(&board, &[entry()]).unwrap();
        let folder = Folder::open(&dir.path().join(".tavle")).unwrap();
        let (bytes, cut) = folder.read_tail(OsStr::new("b.log.jsonl"), 10).unwrap();
        assert!(cut && bytes.len() == 10);
    }
}

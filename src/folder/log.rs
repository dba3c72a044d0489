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
use crate::folder::safe_fs::{Folder, FsError, FsErrorKind, Replace};
use crate::folder::store::{LOCK_WAIT, UpdateError};

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

/// The conflict copies of the change log of board file `board` in `.tavle/`
/// (a sync client's copy of `BOARD.log.jsonl`, named as it names a board's:
/// `BOARD.log.sync-conflict-….jsonl`, `BOARD.log (conflicted copy ….jsonl`, …).
pub fn copies_in(dir: &Folder, board: &OsStr) -> Vec<OsString> {
    let log = log_name(board).to_string_lossy().into_owned();
    let Some(original) = log.strip_suffix(".jsonl").map(|s| format!("{s}.json")) else {
        return Vec::new();
    };
    let mut found: Vec<OsString> = dir
        .names()
        .unwrap_or_default()
        .into_iter()
        .filter(|n| {
            let n = n.to_string_lossy();
            let Some(stem) = n.strip_suffix(".jsonl") else {
                return false;
            };
            tavle_core::conflicts::candidates(&format!("{stem}.json"))
                .iter()
                .any(|c| c.original == original && !c.needs_same_board)
        })
        .collect();
    found.sort();
    found
}

/// The conflict copies of the change log of the board at `board`.
pub fn copies(board: &Path) -> Vec<PathBuf> {
    let Ok(file) = board_fs::locate_board(board) else {
        return Vec::new();
    };
    let Ok(dir) = file.folder.sub(OsStr::new(".tavle"), false) else {
        return Vec::new();
    };
    copies_in(&dir, &file.name)
        .into_iter()
        .map(|n| dir.join(&n))
        .collect()
}

/// Merge every conflict copy of the change log of the board at `board` into
/// the log — every line of each, in order of time, none twice
/// (`tavle_core::log::union`) — under the board's lock, so no save appends
/// meanwhile; the log is replaced whole (no more readable than the board)
/// and each copy is moved to `.tavle/merged/`. How many copies were merged.
/// Done when the board's own conflict copies are merged, so the minutes
/// list what both sides did.
pub fn merge_copies(board: &Path) -> Result<usize, UpdateError> {
    let fs = UpdateError::Fs;
    let file = board_fs::locate_board(board).map_err(fs)?;
    if file.outside {
        return Err(fs(FsError::new(FsErrorKind::OutsideFolder, board)));
    }
    let Ok(dir) = file.folder.sub(OsStr::new(".tavle"), false) else {
        return Ok(0);
    };
    let found = copies_in(&dir, &file.name);
    if found.is_empty() {
        return Ok(0);
    }
    let lock = crate::folder::lock::acquire_in(&file.folder, &file.name, LOCK_WAIT)
        .map_err(|e| UpdateError::Lock(Box::new(e)))?;
    let name = log_name(&file.name);
    let read = |n: &OsStr| -> Result<Vec<u8>, FsError> {
        match dir.read(n, false, MERGE_LIMIT) {
            Ok((bytes, _)) => Ok(bytes),
            Err(e) if e.kind == FsErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    };
    let mut texts = vec![read(&name).map_err(fs)?];
    for copy in &found {
        texts.push(read(copy).map_err(fs)?);
    }
    let strings: Vec<String> = texts
        .iter()
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect();
    let refs: Vec<&str> = strings.iter().map(String::as_str).collect();
    let merged = tavle_core::log::union(&refs);
    let perms = file.folder.perms_beside(&file.name);
    dir.replace(&name, merged.as_bytes(), Some(perms), || lock.verify())
        .map_err(|e| match e {
            Replace::Fs(e) => fs(e),
            Replace::Verify(e) => UpdateError::Lock(Box::new(e)),
        })?;
    drop(lock);
    // Every line is in the log now: the copies are kept, never deleted.
    let merged_dir = dir.sub(OsStr::new("merged"), true).map_err(fs)?;
    for (copy, bytes) in found.iter().zip(texts.iter().skip(1)) {
        crate::folder::copies::keep_bytes(&merged_dir, copy, bytes, perms).map_err(fs)?;
        dir.remove(copy).map_err(fs)?;
    }
    Ok(found.len())
}

/// A log larger than this is not merged whole (its copies stay, reported).
const MERGE_LIMIT: u64 = 64 * 1024 * 1024;

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
#[cfg(test)]
#[path = "log_tests.rs"]
mod more_tests;

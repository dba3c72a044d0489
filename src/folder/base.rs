//! The *base* of a board: `.tavle/base/BOARD.json`, the last version of the
//! board that came to this machine **from outside** — what it loaded at start,
//! or a change by someone else it took in — and never one of its own saves.
//!
//! Why that version: a conflict copy is the other machine's version of the
//! board, made from what that machine had. What this machine last received
//! from outside is something the other side had too; what this machine saved
//! itself since is not known over there yet. So the base is a common ancestor
//! of the board here and of a copy made on another machine after it, which is
//! what a three-way merge (`tavle_core::merge`) needs to tell "changed on one
//! side" from "changed on both". An older base is still a common ancestor,
//! only a less recent one; a base that is missing or does not parse means a
//! two-way merge, where every difference is asked.
//!
//! One exception keeps it honest: an outside change that arrives while a
//! conflict copy of the board lies beside it may be the other side of that
//! very conflict (a sync client renames the local version to the copy and
//! puts the remote one in its place), so the app does not move the base then.
//!
//! The base is written by the worker, never on the UI thread, and only when
//! the board's bytes are still those the app saw (their fingerprint): the
//! bytes are copied as they are, not re-serialised. Everything goes through
//! `safe_fs`: a `.tavle` or `base` that is a link is refused, and a link
//! planted at the base's name is replaced, never followed. This module does
//! not decide *when* to write; the app does. The base is no more readable
//! than the board (`safe_fs::Perms::beside`), from its first byte.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use crate::folder::board_fs;
use crate::folder::safe_fs::{Folder, FsError, Perms, Replace};
use crate::folder::store::{self, MAX_FILE_SIZE};
use tavle_core::model::Board;

/// The sub-folders of the board folder the base lives in.
const DIRS: [&str; 2] = [".tavle", "base"];

/// Where the base of the board file at `board` is kept.
pub fn path(board: &Path) -> PathBuf {
    let dir = board.parent().unwrap_or(Path::new("."));
    DIRS.iter()
        .fold(dir.to_path_buf(), |p, d| p.join(d))
        .join(name(board))
}

/// The base's file name: the board id, so a board opened through a link has
/// its base under the name the folder shows.
fn name(board: &Path) -> OsString {
    OsString::from(format!("{}.json", store::board_id(board)))
}

/// The folder that holds the bases, made when `create`.
fn folder(board: &Path, create: bool) -> Result<Folder, FsError> {
    let mut f = Folder::open(board.parent().unwrap_or(Path::new(".")))?;
    for d in DIRS {
        f = f.sub(OsStr::new(d), create)?;
    }
    Ok(f)
}

/// The base of the board at `board`, when there is one that parses.
pub fn read(board: &Path) -> Option<Board> {
    let (bytes, _) = folder(board, false)
        .ok()?
        .read(&name(board), false, MAX_FILE_SIZE)
        .ok()?;
    store::analyze_bytes(bytes).board
}

/// What [`keep`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// The base now holds the board's bytes.
    Written,
    /// The base held them already.
    Same,
    /// The board's bytes are no longer those the app saw: nothing written.
    Stale,
    /// The board is a link out of the folder: its base is not kept here.
    Outside,
}

/// Make the base of the board at `board` a byte-for-byte copy of the board,
/// if the board's bytes still have `fingerprint` (what the app saw).
pub fn keep(board: &Path, fingerprint: u64) -> Result<Kept, FsError> {
    let file = board_fs::locate_board(board)?;
    if file.outside {
        return Ok(Kept::Outside);
    }
    let (bytes, meta) = file.folder.read(&file.name, false, MAX_FILE_SIZE)?;
    if store::fingerprint(&bytes) != fingerprint {
        return Ok(Kept::Stale);
    }
    let perms = Perms::beside(&meta);
    let dir = folder(board, true)?;
    let name = name(board);
    match dir.read(&name, false, MAX_FILE_SIZE) {
        Ok((old, _)) if old == bytes => return Ok(Kept::Same),
        // Missing, a link or an odd file: replaced below (a link by a file).
        Ok(_) | Err(_) => {}
    }
    dir.replace(&name, &bytes, Some(perms), || Ok::<(), FsError>(()))
        .map_err(|e| match e {
            Replace::Fs(e) | Replace::Verify(e) => e,
        })?;
    Ok(Kept::Written)
}

/// A base for tests and tools: write `bytes` as the base of `board`.
pub fn write(board: &Path, bytes: &[u8]) -> Result<(), FsError> {
    let file = board_fs::locate_board(board)?;
    let perms = file.folder.perms_beside(&file.name);
    let dir = folder(board, true)?;
    dir.replace(&name(board), bytes, Some(perms), || Ok::<(), FsError>(()))
        .map_err(|e| match e {
            Replace::Fs(e) | Replace::Verify(e) => e,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::folder::safe_fs::FsErrorKind;

    const BOARD: &str =
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

    #[test]
    fn kept_only_when_the_bytes_are_those_seen() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        assert_eq!(read(&board), None, "no base yet");
        let seen = store::fingerprint(BOARD.as_bytes());
        assert_eq!(keep(&board, seen).unwrap(), Kept::Written);
        assert_eq!(std::fs::read_to_string(path(&board)).unwrap(), BOARD);
        assert_eq!(read(&board).unwrap().title, "T");
        assert_eq!(keep(&board, seen).unwrap(), Kept::Same);
        std::fs::write(&board, BOARD.replace("\"T\"", "\"U\"")).unwrap();
        assert_eq!(keep(&board, seen).unwrap(), Kept::Stale);
        assert_eq!(read(&board).unwrap().title, "T", "the base is untouched");
    }

    #[test]
    fn a_base_that_does_not_parse_is_no_base() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        write(&board, b"{ not json").unwrap();
        assert_eq!(read(&board), None);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_never_followed() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        let seen = store::fingerprint(BOARD.as_bytes());
        // A link planted at the base's name is replaced, its target untouched.
        let victim = home.path().join("notes.txt");
        std::fs::write(&victim, "mine").unwrap();
        std::fs::create_dir_all(path(&board).parent().unwrap()).unwrap();
        symlink(&victim, path(&board)).unwrap();
        assert_eq!(read(&board), None, "a link is not read");
        assert_eq!(keep(&board, seen).unwrap(), Kept::Written);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
        assert!(
            !std::fs::symlink_metadata(path(&board))
                .unwrap()
                .is_symlink()
        );
        // A linked `.tavle` is refused.
        let other = tempfile::tempdir().unwrap();
        let board = other.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        symlink(home.path(), other.path().join(".tavle")).unwrap();
        assert_eq!(keep(&board, seen).unwrap_err().kind, FsErrorKind::Symlink);
        assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 1);
    }
}

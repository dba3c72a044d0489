//! Versions of a board kept by revision: `.tavle/revs/BOARD/ID.json`, the
//! content of each revision of the board this machine saved, replaced or
//! read, under its own id (`tavle_core::revision`). A merge takes as common
//! ancestor the newest revision both files' histories name whose content is
//! kept here, or one of the two files itself when the other descends from
//! it; so the base is known, never guessed from what one machine happened to
//! see last.
//!
//! A kept version proves its id (the id is its content's fingerprint): one
//! that does not — cut short by a crash, planted, or synced from another
//! machine in a wrong state — is never used, and is replaced the next time
//! that revision is kept. So it does not matter which machine kept what, or
//! whether a sync client carries `.tavle/revs/` too: every file here is
//! either the true content of its id or ignored.
//!
//! Written without fsync (a lost version costs only a more careful merge),
//! exclusively, never through a link, no more readable than the board;
//! only the newest [`KEEP`] per board stay. Reads are bounded like boards.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::Path;

use crate::folder::board_fs;
use crate::folder::safe_fs::{Folder, FsError, FsErrorKind, NodeKind};
use crate::folder::store::{self, MAX_FILE_SIZE};
use tavle_core::model::Board;
use tavle_core::revision;

/// How many versions of one board are kept.
pub const KEEP: usize = 64;

/// The folder of the versions of board file `board` in `folder`, made when `create`.
fn dir(folder: &Folder, board: &OsStr, create: bool) -> Result<Folder, FsError> {
    let id = OsString::from(board_fs::board_id(Path::new(board)));
    folder
        .sub(OsStr::new(".tavle"), create)?
        .sub(OsStr::new("revs"), create)?
        .sub(&id, create)
}

fn file_name(id: &str) -> OsString {
    OsString::from(format!("{id}.json"))
}

/// The kept version with revision `id`, if it is there and proves its id.
fn read_one(dir: &Folder, id: &str) -> Option<Board> {
    let (bytes, _) = dir.read(&file_name(id), false, MAX_FILE_SIZE).ok()?;
    let board = store::analyze_bytes(bytes).board?;
    (revision::id(&board) == id).then_some(board)
}

/// Keep `bytes` (a board file's, whose content has revision `id`) as a
/// version, in `folder` beside board file `name`; nothing when a file of
/// that size is kept already (a wrong one is never used, see [`read`]).
pub fn keep_in(folder: &Folder, name: &OsStr, id: &str, bytes: &[u8]) -> Result<(), FsError> {
    let perms = folder.perms_beside(name);
    let dir = dir(folder, name, true)?;
    let file = file_name(id);
    match dir.stat(&file, false)? {
        Some(m) if m.kind == NodeKind::File && m.len == bytes.len() as u64 => return Ok(()),
        // Cut short, planted or not ours: replaced (a link is removed, never followed).
        Some(_) => dir.remove(&file)?,
        None => {}
    }
    match dir.create_private(&file, perms) {
        Ok(mut f) => {
            if let Err(e) = f.write_all(bytes) {
                let _ = dir.remove(&file);
                return Err(FsError::io(&e, dir.join(&file)));
            }
        }
        // Kept by another writer just now.
        Err(e) if e.kind == FsErrorKind::AlreadyExists => return Ok(()),
        Err(e) => return Err(e),
    }
    prune(&dir);
    Ok(())
}

/// Remove all but the newest [`KEEP`] versions.
fn prune(dir: &Folder) {
    let Ok(names) = dir.names() else { return };
    if names.len() <= KEEP {
        return;
    }
    let mut aged: Vec<(std::time::SystemTime, OsString)> = names
        .into_iter()
        .filter_map(|n| {
            let m = dir.stat(&n, false).ok()??;
            Some((m.modified.unwrap_or(std::time::UNIX_EPOCH), n))
        })
        .collect();
    aged.sort();
    let extra = aged.len().saturating_sub(KEEP);
    for (_, n) in aged.into_iter().take(extra) {
        let _ = dir.remove(&n);
    }
}

/// What [`keep`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// The version is kept, under this id.
    Kept(String),
    /// The board's bytes are no longer those the app saw: nothing kept.
    Stale,
    /// The board is a link out of the folder, or does not parse: nothing kept.
    Not,
}

/// Keep the board file at `board` as a version, if its bytes still have
/// `fingerprint` (what the app saw): for the app, which keeps what it loads
/// and what it takes in from outside.
pub fn keep(board: &Path, fingerprint: u64) -> Result<Kept, FsError> {
    let file = board_fs::locate_board(board)?;
    if file.outside {
        return Ok(Kept::Not);
    }
    let (bytes, _) = file.folder.read(&file.name, false, MAX_FILE_SIZE)?;
    if store::fingerprint(&bytes) != fingerprint {
        return Ok(Kept::Stale);
    }
    let Some(parsed) = store::analyze_bytes(bytes.clone()).board else {
        return Ok(Kept::Not);
    };
    let id = revision::id(&parsed);
    keep_in(&file.folder, &file.name, &id, &bytes)?;
    Ok(Kept::Kept(id))
}

/// The kept versions of the board at `board` among `ids`, in that order
/// (each proving its id): for the merge screen, which picks per copy.
pub fn read(board: &Path, ids: &[String]) -> Vec<Board> {
    let Ok(file) = board_fs::locate_board(board) else {
        return Vec::new();
    };
    let Ok(dir) = dir(&file.folder, &file.name, false) else {
        return Vec::new();
    };
    ids.iter().filter_map(|id| read_one(&dir, id)).collect()
}

/// The common ancestor of `now` (the board at `board`) and `copy`: the
/// newest revision both histories name whose content is known — one of the
/// two boards itself, or a version kept here (`revision::ancestor`).
pub fn ancestor(board: &Path, now: &Board, copy: &Board) -> Option<Board> {
    let kept = read(board, &revision::common(now, copy));
    revision::ancestor(now, copy, &kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(title: &str) -> (Board, Vec<u8>) {
        let text = format!(
            r#"{{"tavle":1,"title":"{title}","kind":"drift","columns":[{{"id":"a","title":"A"}}],"cards":[]}}"#
        );
        let b = store::analyze_bytes(text.clone().into_bytes())
            .board
            .unwrap();
        (b, text.into_bytes())
    }

    #[test]
    fn a_version_is_kept_under_its_id_and_found_only_when_it_proves_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        let (t, bytes) = board("T");
        std::fs::write(&path, &bytes).unwrap();
        let seen = store::fingerprint(&bytes);
        let id = revision::id(&t);
        assert_eq!(keep(&path, seen).unwrap(), Kept::Kept(id.clone()));
        assert_eq!(
            read(&path, std::slice::from_ref(&id)),
            std::slice::from_ref(&t)
        );
        // A file at an id that is not its content's is never used, and is
        // replaced when that version is kept again.
        let (u, u_bytes) = board("U");
        let kept = dir.path().join(".tavle/revs/b").join(format!("{id}.json"));
        std::fs::write(&kept, &u_bytes[..u_bytes.len() - 1]).unwrap();
        assert!(read(&path, std::slice::from_ref(&id)).is_empty());
        assert_eq!(keep(&path, seen).unwrap(), Kept::Kept(id.clone()));
        assert_eq!(
            read(&path, std::slice::from_ref(&id)),
            std::slice::from_ref(&t)
        );
        // A stale fingerprint keeps nothing.
        std::fs::write(&path, &u_bytes).unwrap();
        assert_eq!(keep(&path, seen).unwrap(), Kept::Stale);
        assert!(read(&path, &[revision::id(&u)]).is_empty());
    }

    #[test]
    fn only_the_newest_versions_stay() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        let name = OsStr::new("b.json");
        std::fs::write(dir.path().join("b.json"), "{}").unwrap();
        for i in 0..(KEEP + 5) {
            let (b, bytes) = board(&format!("T{i}"));
            keep_in(&folder, name, &revision::id(&b), &bytes).unwrap();
        }
        let n = std::fs::read_dir(dir.path().join(".tavle/revs/b"))
            .unwrap()
            .count();
        assert_eq!(n, KEEP);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_never_followed() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        let (t, bytes) = board("T");
        std::fs::write(&path, &bytes).unwrap();
        let id = revision::id(&t);
        std::fs::create_dir_all(dir.path().join(".tavle/revs/b")).unwrap();
        let victim = home.path().join("notes.txt");
        std::fs::write(&victim, "mine").unwrap();
        let at = dir.path().join(".tavle/revs/b").join(format!("{id}.json"));
        symlink(&victim, &at).unwrap();
        assert!(
            read(&path, std::slice::from_ref(&id)).is_empty(),
            "a link is not read"
        );
        assert_eq!(
            keep(&path, store::fingerprint(&bytes)).unwrap(),
            Kept::Kept(id)
        );
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
        assert!(!std::fs::symlink_metadata(&at).unwrap().is_symlink());
        let other = tempfile::tempdir().unwrap();
        let path = other.path().join("b.json");
        std::fs::write(&path, &bytes).unwrap();
        symlink(home.path(), other.path().join(".tavle")).unwrap();
        let e = keep(&path, store::fingerprint(&bytes)).unwrap_err();
        assert_eq!(e.kind, FsErrorKind::Symlink);
    }
}
#[cfg(test)]
#[path = "revs_tests.rs"]
mod more_tests;

//! Conflict copies on disk: the copies of one board in its folder (by the one
//! rule in `tavle_core::conflicts`, for `tavle merge`), and moving a merged
//! copy out of the way into `.tavle/merged/`, where it is kept, never deleted.
//!
//! The folder is writable by others: the copy is read without following a
//! link or opening a FIFO, only a copy whose bytes are still those that were
//! merged is moved, and `.tavle/merged/` is never a link. A move is a write
//! there (a new file, never over one) and then the removal of the name here,
//! because the primitives rename only within one held folder. Deciding what
//! is a copy from names and titles is the core's; the screen's list of copies
//! is the app's.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::folder::safe_fs::{Folder, FsError, FsErrorKind};
use crate::folder::store::{self, Analysis, MAX_FILE_SIZE};
use tavle_core::conflicts::{self, Source};

/// A conflict copy of a board, read.
#[derive(Debug, Clone)]
pub struct FoundCopy {
    pub path: PathBuf,
    /// Its file name.
    pub name: String,
    /// Which sync client made it, and what it put in the name.
    pub source: Source,
    pub analysis: Analysis,
}

/// The conflict copies of the board file at `board`, in name order, each read
/// once. The ambiguous kinds (`NAME-HOST.json`, `NAME (1).json`) count only
/// with the same title as the board, as everywhere else.
pub fn copies_of(board: &Path, board_title: Option<&str>) -> Result<Vec<FoundCopy>, FsError> {
    let dir = board.parent().unwrap_or(Path::new("."));
    let Some(board_name) = board.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(Vec::new());
    };
    let listing = store::list_boards(dir)?;
    let names: Vec<String> = listing
        .boards
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    let mut found = Vec::new();
    for f in conflicts::copies_of(&names) {
        if f.name.original != board_name {
            continue;
        }
        let path = dir.join(f.copy);
        let analysis = store::analyze(&path);
        let title = analysis.board.as_ref().map(|b| b.title.as_str());
        if conflicts::confirm(&f.name, board_title, title) {
            found.push(FoundCopy {
                path,
                name: f.copy.to_string(),
                source: f.name.source,
                analysis,
            });
        }
    }
    Ok(found)
}

/// Why a copy was not moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoveError {
    /// The copy's bytes are not those that were merged (someone changed it):
    /// it stays where it is, to be merged again.
    Changed,
    Fs(FsError),
}

impl From<FsError> for MoveError {
    fn from(e: FsError) -> MoveError {
        MoveError::Fs(e)
    }
}

/// Whether the copy at `copy` still has the bytes with `fingerprint`.
pub fn unchanged(copy: &Path, fingerprint: u64) -> Result<bool, FsError> {
    let (folder, name) = open(copy)?;
    let (bytes, _) = folder.read(&name, false, MAX_FILE_SIZE)?;
    Ok(store::fingerprint(&bytes) == fingerprint)
}

fn open(copy: &Path) -> Result<(Folder, OsString), FsError> {
    let name = copy
        .file_name()
        .ok_or_else(|| FsError::new(FsErrorKind::NotFound, copy))?;
    let folder = Folder::open(copy.parent().unwrap_or(Path::new(".")))?;
    Ok((folder, name.to_os_string()))
}

/// Move the conflict copy at `copy` into `.tavle/merged/` beside it, when its
/// bytes still have `fingerprint`; a name taken there gets `-2`, `-3`… before
/// `.json`. Returns where it now is.
pub fn move_to_merged(copy: &Path, fingerprint: u64) -> Result<PathBuf, MoveError> {
    let (folder, name) = open(copy)?;
    let (bytes, _) = folder.read(&name, false, MAX_FILE_SIZE)?;
    if store::fingerprint(&bytes) != fingerprint {
        return Err(MoveError::Changed);
    }
    let merged = folder
        .sub(OsStr::new(".tavle"), true)?
        .sub(OsStr::new("merged"), true)?;
    let kept = keep_in(&merged, &name, &bytes)?;
    // Changed while it was being kept: leave it here too, to be merged again.
    let (now, _) = folder.read(&name, false, MAX_FILE_SIZE)?;
    if now != bytes {
        return Err(MoveError::Changed);
    }
    folder.remove(&name)?;
    Ok(kept)
}

/// Write `bytes` as a new file in `folder` named `name`, or `STEM-N.json`
/// when that is taken; never over an existing file.
fn keep_in(folder: &Folder, name: &OsStr, bytes: &[u8]) -> Result<PathBuf, FsError> {
    let text = name.to_string_lossy();
    let stem = text.strip_suffix(".json").unwrap_or(&text);
    for n in 1..1000 {
        let candidate = if n == 1 {
            name.to_os_string()
        } else {
            OsString::from(format!("{stem}-{n}.json"))
        };
        match folder.create_new(&candidate, 0o666) {
            Ok(mut f) => {
                let path = folder.join(&candidate);
                f.write_all(bytes)
                    .and_then(|()| f.sync_all())
                    .map_err(|e| FsError::io(&e, &path))?;
                return Ok(path);
            }
            Err(e) if e.kind == FsErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(FsError::new(FsErrorKind::AlreadyExists, folder.join(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOARD: &str = r#"{"tavle":1,"title":"Drift","kind":"drift","columns":[]}"#;
    const COPY: &str = "b.sync-conflict-20261130-101500-ABCD123.json";

    #[test]
    fn copies_are_found_by_the_one_rule() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        for name in ["b.json", COPY, "b (1).json", "b-LAPTOP.json", "c.json"] {
            std::fs::write(dir.path().join(name), BOARD).unwrap();
        }
        // Same name shape, another board: not a copy.
        std::fs::write(
            dir.path().join("b-nord.json"),
            BOARD.replace("Drift", "Drift nord"),
        )
        .unwrap();
        let found = copies_of(&board, Some("Drift")).unwrap();
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["b (1).json", "b-LAPTOP.json", COPY]);
        assert!(matches!(found[2].source, Source::Syncthing { .. }));
    }

    #[test]
    fn a_copy_is_moved_and_kept_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join(COPY);
        let fp = store::fingerprint(BOARD.as_bytes());
        for n in ["", "-2"] {
            std::fs::write(&copy, BOARD).unwrap();
            let to = move_to_merged(&copy, fp).unwrap();
            assert!(!copy.exists());
            let want = COPY.replace(".json", &format!("{n}.json"));
            assert_eq!(to, dir.path().join(".tavle/merged").join(want));
            assert_eq!(std::fs::read_to_string(&to).unwrap(), BOARD);
        }
        std::fs::write(&copy, "{}").unwrap();
        assert_eq!(move_to_merged(&copy, fp), Err(MoveError::Changed));
        assert!(copy.exists(), "a changed copy stays");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_never_followed() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let copy = dir.path().join(COPY);
        std::fs::write(&copy, BOARD).unwrap();
        symlink(home.path(), dir.path().join(".tavle")).unwrap();
        let fp = store::fingerprint(BOARD.as_bytes());
        let e = move_to_merged(&copy, fp).unwrap_err();
        assert_eq!(
            e,
            MoveError::Fs(FsError::new(
                FsErrorKind::Symlink,
                dir.path().join(".tavle")
            ))
        );
        assert!(copy.exists());
        assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
        // A copy that is a link is not read through.
        let other = tempfile::tempdir().unwrap();
        let victim = home.path().join("v.json");
        std::fs::write(&victim, BOARD).unwrap();
        symlink(&victim, other.path().join(COPY)).unwrap();
        assert!(move_to_merged(&other.path().join(COPY), fp).is_err());
        assert!(victim.exists());
    }
}

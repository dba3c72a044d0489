//! Conflict copies on disk: the copies of one board in its folder (by the one
//! rule in `tavle_core::conflicts`, for `tavle merge`), and merging one into
//! its board as one step that happens whole or not at all ([`merge_copy`]):
//! the copy is kept in `.tavle/merged/` first, then the board is saved, and
//! only then is the copy's name removed from the folder.
//!
//! The folder is writable by others: a copy is read without following a link
//! or opening a FIFO (a copy that is a link, inside the folder or out of it,
//! or is not a regular file is reported and never merged), only a copy whose
//! bytes are still those that were merged is removed, `.tavle/merged/` is
//! never a link, and what is kept there is no more readable than the board.
//! A move is a write there (a new file, never over one) and then the removal
//! of the name here, because the primitives rename only within one held
//! folder. Deciding what is a copy is the core's; the screen's list of
//! copies is the app's.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::folder::board_fs;
use crate::folder::safe_fs::{Folder, FsError, FsErrorKind, Perms};
use crate::folder::store::{self, Analysis, MAX_FILE_SIZE};
use tavle_core::conflicts::{self, Kin, Source};
use tavle_core::model::Board;

/// A conflict copy of a board, read.
#[derive(Debug, Clone)]
pub struct FoundCopy {
    pub path: PathBuf,
    /// Its file name.
    pub name: String,
    /// Which sync client made it, and what it put in the name.
    pub source: Source,
    /// What was read, without following a link.
    pub analysis: Analysis,
    /// The copy is a link or not a regular file: reported, never merged.
    pub refused: Option<FsError>,
}

/// The conflict copies of the board file at `board` (whose board is `now`),
/// in name order, each read once without following a link. The ambiguous
/// kinds (`NAME-HOST.json`, `NAME (1).json`) count only when they share
/// history with the board, as everywhere else. A copy with an unmistakable
/// name that is a link, a FIFO or a device is listed with `refused`.
pub fn copies_of(board: &Path, now: Option<&Board>) -> Result<Vec<FoundCopy>, FsError> {
    let dir = board.parent().unwrap_or(Path::new("."));
    let Some(board_name) = board.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(Vec::new());
    };
    let folder = Folder::open(dir)?;
    let listing = store::list_boards(dir)?;
    let paths = (listing.boards.iter()).chain(listing.skipped.iter().map(|s| &s.path));
    let mut names: Vec<String> = paths
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut found = Vec::new();
    for f in conflicts::copies_of(&names) {
        if f.name.original != board_name {
            continue;
        }
        let name = OsString::from(f.copy);
        let (analysis, refused) = match folder.read(&name, false, MAX_FILE_SIZE) {
            Ok((bytes, _)) => (store::analyze_bytes(bytes), None),
            Err(e) if matches!(e.kind, FsErrorKind::Symlink | FsErrorKind::NotRegular(_)) => (
                store::unreadable(tavle_core::analyze::whole_file(
                    tavle_core::diag::DiagKind::Io(e.kind.clone()),
                )),
                Some(e),
            ),
            Err(e) => (
                store::unreadable(tavle_core::analyze::whole_file(
                    tavle_core::diag::DiagKind::Io(e.kind),
                )),
                None,
            ),
        };
        let kin = analysis.board.as_ref().map(Kin::of);
        if conflicts::confirm(&f.name, now.map(Kin::of).as_ref(), kin.as_ref()) {
            found.push(FoundCopy {
                path: dir.join(f.copy),
                name: f.copy.to_string(),
                source: f.name.source,
                analysis,
                refused,
            });
        }
    }
    Ok(found)
}

/// Why [`merge_copy`] merged nothing; the board and the copy are as they were.
#[derive(Debug)]
pub enum NotMerged<E> {
    /// The copy's bytes are not those that were merged (someone changed it,
    /// or it is gone): it stays where it is, to be merged again.
    Changed,
    /// The copy is a link or not a regular file: never merged.
    Refused(FsError),
    /// The copy could not be kept in `.tavle/merged/`.
    Keep(FsError),
    /// The save of the merged board failed.
    Save(E),
}

/// A merge that was saved: the board is fully merged.
#[derive(Debug)]
pub struct Merged<T> {
    /// What the save returned.
    pub saved: T,
    /// Where the copy is kept.
    pub kept: PathBuf,
    /// The copy's name is still in the folder: it changed after it was
    /// merged (`None`; a newer version, to merge again) or could not be
    /// removed (the reason). Nothing of it is lost either way.
    pub left: Option<Option<FsError>>,
}

/// Merge the conflict copy at `copy` into the board at `board` as one step:
/// check that the copy is a regular file (never through a link) that still
/// has the bytes with `fingerprint`, keep it in `.tavle/merged/` with the
/// board's permissions, run `save` (the locked save of the merged board),
/// and only when that succeeded remove the copy's name. A failure before the
/// save leaves everything as it was; a failed save removes the kept file
/// again. So a merge either did not happen, or happened whole.
pub fn merge_copy<T, E>(
    board: &Path,
    copy: &Path,
    fingerprint: u64,
    save: impl FnOnce() -> Result<T, E>,
) -> Result<Merged<T>, NotMerged<E>> {
    let (folder, name) = open(copy).map_err(NotMerged::Refused)?;
    let bytes = match folder.read(&name, false, MAX_FILE_SIZE) {
        Ok((bytes, _)) => bytes,
        Err(e) if matches!(e.kind, FsErrorKind::Symlink | FsErrorKind::NotRegular(_)) => {
            return Err(NotMerged::Refused(e));
        }
        Err(_) => return Err(NotMerged::Changed),
    };
    if store::fingerprint(&bytes) != fingerprint {
        return Err(NotMerged::Changed);
    }
    let perms = board_fs::locate_board(board)
        .map(|f| f.folder.perms_beside(&f.name))
        .map_err(NotMerged::Keep)?;
    let merged_dir = folder
        .sub(OsStr::new(".tavle"), true)
        .and_then(|t| t.sub(OsStr::new("merged"), true))
        .map_err(NotMerged::Keep)?;
    let (kept_name, kept) = keep_in(&merged_dir, &name, &bytes, perms).map_err(NotMerged::Keep)?;
    let saved = match save() {
        Ok(saved) => saved,
        Err(e) => {
            let _ = merged_dir.remove(&kept_name);
            return Err(NotMerged::Save(e));
        }
    };
    // Changed while it was being merged: a newer version stays, to be merged again.
    let left = match folder.read(&name, false, MAX_FILE_SIZE) {
        Ok((now, _)) if now == bytes => folder.remove(&name).err().map(Some),
        Ok(_) => Some(None),
        Err(e) if e.kind == FsErrorKind::NotFound => None,
        Err(e) => Some(Some(e)),
    };
    Ok(Merged { saved, kept, left })
}

fn open(copy: &Path) -> Result<(Folder, OsString), FsError> {
    let name = copy
        .file_name()
        .ok_or_else(|| FsError::new(FsErrorKind::NotFound, copy))?;
    let folder = Folder::open(copy.parent().unwrap_or(Path::new(".")))?;
    Ok((folder, name.to_os_string()))
}

/// Keep `bytes` (a merged copy of some file) in `folder` (`.tavle/merged/`)
/// as [`keep_in`] does: never over another file, with `perms`. Its path.
pub fn keep_bytes(
    folder: &Folder,
    name: &OsStr,
    bytes: &[u8],
    perms: Perms,
) -> Result<PathBuf, FsError> {
    keep_in(folder, name, bytes, perms).map(|(_, path)| path)
}

/// Write `bytes` as a new file in `folder` named `name`, or `STEM-N.json`
/// when that is taken; never over an existing file, with `perms` from the
/// first byte. Its name there and its path.
fn keep_in(
    folder: &Folder,
    name: &OsStr,
    bytes: &[u8],
    perms: Perms,
) -> Result<(OsString, PathBuf), FsError> {
    let text = name.to_string_lossy();
    let stem = text.strip_suffix(".json").unwrap_or(&text);
    for n in 1..1000 {
        let candidate = if n == 1 {
            name.to_os_string()
        } else {
            OsString::from(format!("{stem}-{n}.json"))
        };
        match folder.create_private(&candidate, perms) {
            Ok(mut f) => {
                let path = folder.join(&candidate);
                if let Err(e) = f.write_all(bytes).and_then(|()| f.sync_all()) {
                    let _ = folder.remove(&candidate);
                    return Err(FsError::io(&e, &path));
                }
                return Ok((candidate, path));
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
    use std::cell::Cell;

    const BOARD: &str = r#"{"tavle":1,"title":"Drift","kind":"drift","columns":[{"id":"a","title":"A"}],
        "cards":[{"id":"k1","title":"Ring","column":"a","created":"2026-11-02T08:00:00+01:00"}]}"#;
    const COPY: &str = "b.sync-conflict-20261130-101500-ABCD123.json";

    fn now() -> Board {
        store::analyze_bytes(BOARD.as_bytes().to_vec())
            .board
            .unwrap()
    }

    #[test]
    fn copies_are_found_by_the_one_rule() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        for name in ["b.json", COPY, "b (1).json", "b-LAPTOP.json", "c.json"] {
            std::fs::write(dir.path().join(name), BOARD).unwrap();
        }
        // Same name shape and title, nothing in common: not a copy.
        std::fs::write(
            dir.path().join("b-nord.json"),
            BOARD.replace("\"k1\"", "\"k7\""),
        )
        .unwrap();
        let found = copies_of(&board, Some(&now())).unwrap();
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["b (1).json", "b-LAPTOP.json", COPY]);
        assert!(matches!(found[2].source, Source::Syncthing { .. }));
        assert!(found.iter().all(|f| f.refused.is_none()));
    }

    #[test]
    fn a_merge_keeps_the_copy_first_and_removes_it_last() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        let copy = dir.path().join(COPY);
        let fp = store::fingerprint(BOARD.as_bytes());
        for n in ["", "-2"] {
            std::fs::write(&copy, BOARD).unwrap();
            let want = dir
                .path()
                .join(".tavle/merged")
                .join(COPY.replace(".json", &format!("{n}.json")));
            let merged = merge_copy(&board, &copy, fp, || {
                // Kept before the save, still in its place during it.
                assert_eq!(std::fs::read_to_string(&want).unwrap(), BOARD);
                assert!(copy.exists());
                Ok::<_, ()>("saved")
            })
            .unwrap();
            assert_eq!(
                (merged.saved, merged.kept, merged.left.is_none()),
                ("saved", want, true)
            );
            assert!(!copy.exists());
        }
    }

    #[test]
    fn a_failed_save_or_a_changed_copy_leaves_everything_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        let copy = dir.path().join(COPY);
        std::fs::write(&copy, BOARD).unwrap();
        let fp = store::fingerprint(BOARD.as_bytes());
        let r = merge_copy(&board, &copy, fp, || Err::<(), _>("disk full"));
        assert!(matches!(r, Err(NotMerged::Save("disk full"))));
        assert!(copy.exists());
        let merged = dir.path().join(".tavle/merged");
        assert_eq!(
            std::fs::read_dir(&merged).unwrap().count(),
            0,
            "kept file removed"
        );
        std::fs::write(&copy, "{}").unwrap();
        let called = Cell::new(false);
        let r = merge_copy(&board, &copy, fp, || {
            called.set(true);
            Ok::<_, ()>(())
        });
        assert!(matches!(r, Err(NotMerged::Changed)));
        assert!(!called.get(), "nothing saved");
        assert!(copy.exists(), "a changed copy stays");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_never_followed_and_nothing_is_saved_through_one() {
        use std::os::unix::fs::symlink;
        let fp = store::fingerprint(BOARD.as_bytes());
        let never = || -> Result<(), ()> { panic!("saved") };
        // `.tavle` is a link: refused before anything is saved.
        let dir = tempfile::tempdir().unwrap();
        let home = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        let copy = dir.path().join(COPY);
        std::fs::write(&copy, BOARD).unwrap();
        symlink(home.path(), dir.path().join(".tavle")).unwrap();
        let e = merge_copy(&board, &copy, fp, never).unwrap_err();
        assert!(matches!(
            e,
            NotMerged::Keep(FsError {
                kind: FsErrorKind::Symlink,
                ..
            })
        ));
        assert!(copy.exists());
        assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
        // A copy that is a link, into the folder or out of it: never read through.
        let other = tempfile::tempdir().unwrap();
        let board = other.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        let inside = other.path().join("c.json");
        std::fs::write(&inside, BOARD).unwrap();
        let victim = home.path().join("v.json");
        std::fs::write(&victim, BOARD).unwrap();
        for target in [&inside, &victim] {
            let link = other.path().join(COPY);
            let _ = std::fs::remove_file(&link);
            symlink(target, &link).unwrap();
            let e = merge_copy(&board, &link, fp, never).unwrap_err();
            assert!(matches!(
                e,
                NotMerged::Refused(FsError {
                    kind: FsErrorKind::Symlink,
                    ..
                })
            ));
            assert!(target.exists());
            let found = copies_of(&board, Some(&now())).unwrap();
            assert_eq!(found.len(), 1);
            assert_eq!(
                found[0].refused.as_ref().map(|e| &e.kind),
                Some(&FsErrorKind::Symlink)
            );
            assert!(
                found[0].analysis.board.is_none(),
                "not read through the link"
            );
        }
        // A FIFO named as a copy: reported, never opened for a blocking read.
        let fifo = other.path().join(COPY);
        std::fs::remove_file(&fifo).unwrap();
        // `mkfifo` the program: rustix has no mkfifoat on macOS.
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let found = copies_of(&board, Some(&now())).unwrap();
        assert!(matches!(
            found[0].refused,
            Some(FsError {
                kind: FsErrorKind::NotRegular(_),
                ..
            })
        ));
        let e = merge_copy(&board, &fifo, fp, never).unwrap_err();
        assert!(matches!(e, NotMerged::Refused(_)));
    }

    #[cfg(unix)]
    #[test]
    fn the_kept_copy_is_no_more_readable_than_the_board() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        std::fs::write(&board, BOARD).unwrap();
        std::fs::set_permissions(&board, std::fs::Permissions::from_mode(0o600)).unwrap();
        let copy = dir.path().join(COPY);
        std::fs::write(&copy, BOARD).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o644)).unwrap();
        let fp = store::fingerprint(BOARD.as_bytes());
        let merged = merge_copy(&board, &copy, fp, || Ok::<_, ()>(())).unwrap();
        let mode = std::fs::metadata(&merged.kept)
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
}
#[cfg(test)]
#[path = "copies_tests.rs"]
mod more_tests;

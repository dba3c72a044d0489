//! A fresh folder filled with new files, for `tavle demo`: the folder asked
//! for (made when missing, taken only when empty) or a new one of our own in
//! the temp directory, and each file created new in it, never through a
//! link planted at its name and never over anything there, with the
//! folder's permissions from the first byte (as `ignore` makes its files).
//! And one new board in a folder that has boards (`tavle new`, the
//! overview's new board): [`create_board`], no more readable than they are.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::folder::safe_fs::{self, Folder, FsError, FsErrorKind};
use tavle_core::analyze::{TextStyle, to_text};
use tavle_core::diag::NodeKind;
use tavle_core::model::Board;
use tavle_core::template::file_stem;

/// Why a folder could not be used.
#[derive(Debug)]
pub enum FreshError {
    /// Something is in it, or it is not a folder (a file, a broken link,
    /// a folder that cannot be read): not ours to use.
    NotEmpty(PathBuf),
    /// It could not be opened or written.
    Fs(FsError),
    /// It could not be made or reached: the OS's error, whose kind says why
    /// (a file where a folder of the path should be, …).
    Os {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl From<FsError> for FreshError {
    fn from(e: FsError) -> FreshError {
        FreshError::Fs(e)
    }
}

/// `dir` as given: made (with its parents) when missing, used when an
/// empty folder, refused when anything is in it.
pub fn prepare(dir: &Path) -> Result<Folder, FreshError> {
    match Folder::open(dir) {
        Ok(folder) => match folder.names() {
            Ok(names) if names.is_empty() => Ok(folder),
            _ => Err(FreshError::NotEmpty(dir.to_path_buf())),
        },
        Err(e) => match dir.symlink_metadata() {
            // A file, a broken link, a folder that cannot be read.
            Ok(_) => Err(FreshError::NotEmpty(dir.to_path_buf())),
            Err(_) if e.kind == FsErrorKind::NotFound => {
                let os = |error| FreshError::Os {
                    path: dir.to_path_buf(),
                    error,
                };
                std::fs::create_dir_all(dir).map_err(os)?;
                Ok(Folder::open(dir)?)
            }
            Err(error) => Err(FreshError::Os {
                path: dir.to_path_buf(),
                error,
            }),
        },
    }
}

/// A folder of our own in the temp directory, named `prefix` and a random
/// token, made new (never one that exists: another user's planted folder
/// is not reused).
pub fn new_temp(prefix: &str) -> Result<Folder, FsError> {
    new_temp_in(&std::env::temp_dir(), prefix, safe_fs::random_token)
}

/// [`new_temp`] in `base`, the names' tokens drawn from `token`: a name
/// taken is tried again with a new token (eight times), any other failure
/// is reported at once.
fn new_temp_in(
    base: &Path,
    prefix: &str,
    mut token: impl FnMut() -> String,
) -> Result<Folder, FsError> {
    let mut last = FsError::new(FsErrorKind::AlreadyExists, base);
    for _ in 0..8 {
        let dir = base.join(format!("{prefix}{}", token()));
        match std::fs::create_dir(&dir) {
            Ok(()) => return Folder::open(&dir),
            Err(e) => {
                last = FsError::io(&e, &dir);
                if e.kind() != std::io::ErrorKind::AlreadyExists {
                    break;
                }
            }
        }
    }
    Err(last)
}

/// Write each of `files` (name, text) into `folder` as a new file, synced;
/// stops at the first that fails (one whose name is taken, even by a link,
/// fails with `AlreadyExists` and nothing there is touched).
pub fn write_new(folder: &Folder, files: &[(&str, String)]) -> Result<(), FsError> {
    let perms = folder.perms_of_new();
    for (name, text) in files {
        let name = OsStr::new(name);
        let mut file = folder.create_private(name, perms)?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| FsError::io(&e, folder.join(name)))?;
    }
    Ok(())
}

/// Write `board` as a new file of the board folder `dir`, named by its
/// title ([`tavle_core::template::file_stem`]: nothing in the name can lead
/// out of the folder); the path written. Never over anything (a name that
/// is taken, even by a link, is `AlreadyExists` and nothing is touched),
/// synced, and from the first byte with the folder's permissions, no more
/// readable than the boards already there: bits none of them has are left out.
pub fn create_board(dir: &Path, board: &Board) -> Result<PathBuf, FsError> {
    let folder = Folder::open(dir)?;
    let name = format!("{}.json", file_stem(&board.title));
    let mut perms = folder.perms_of_new();
    let modes: Vec<u32> = (folder.names()?.iter())
        .filter(|n| super::board_fs::is_board_name(n))
        .filter_map(|n| folder.stat(n, false).ok().flatten())
        .filter(|m| m.kind == NodeKind::File)
        .map(|m| m.mode)
        .collect();
    if !modes.is_empty() {
        let any = modes.iter().fold(0, |all, m| all | m);
        perms.mode = (perms.mode & any) | 0o600;
    }
    let text = to_text(board, TextStyle::default());
    let mut file = folder.create_private(OsStr::new(&name), perms)?;
    let path = folder.join(OsStr::new(&name));
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| FsError::io(&e, &path))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn a_folder_is_taken_only_when_empty_or_missing() {
        let tmp = tempfile::tempdir().unwrap();
        let empty = tmp.path().join("tom");
        fs::create_dir(&empty).unwrap();
        assert!(prepare(&empty).is_ok());
        let new = tmp.path().join("ny/mappe");
        assert_eq!(prepare(&new).unwrap().path(), new);
        assert!(new.is_dir());
        fs::write(empty.join("mine.txt"), "x").unwrap();
        assert!(matches!(prepare(&empty), Err(FreshError::NotEmpty(_))));
        assert!(matches!(
            prepare(&empty.join("mine.txt")),
            Err(FreshError::NotEmpty(_))
        ));
        assert_eq!(fs::read_to_string(empty.join("mine.txt")).unwrap(), "x");
    }

    #[test]
    fn a_new_temp_folder_is_new_each_time() {
        let a = new_temp("tavle-fresh-test-").unwrap();
        let b = new_temp("tavle-fresh-test-").unwrap();
        assert_ne!(a.path(), b.path());
        assert!(a.names().unwrap().is_empty());
        fs::remove_dir(a.path()).unwrap();
        fs::remove_dir(b.path()).unwrap();
    }

    #[test]
    fn files_are_written_new_and_never_over_anything() {
        let tmp = tempfile::tempdir().unwrap();
        let folder = Folder::open(tmp.path()).unwrap();
        let files = [("a.json", "{}".to_string()), ("b.json", "[]".to_string())];
        write_new(&folder, &files).unwrap();
        assert_eq!(fs::read_to_string(tmp.path().join("b.json")).unwrap(), "[]");
        let again = write_new(&folder, &files).unwrap_err();
        assert_eq!(again.kind, FsErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(tmp.path().join("a.json")).unwrap(), "{}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_a_name_is_never_followed_and_files_take_the_folders_bits() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("delt");
        fs::create_dir(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o750)).unwrap();
        let target = tmp.path().join("elsewhere.json");
        std::os::unix::fs::symlink(&target, dir.join("a.json")).unwrap();
        let folder = Folder::open(&dir).unwrap();
        let err = write_new(&folder, &[("a.json", "{}".to_string())]).unwrap_err();
        assert_eq!(err.kind, FsErrorKind::AlreadyExists);
        assert!(!target.exists());
        write_new(&folder, &[("b.json", "{}".to_string())]).unwrap();
        let mode = fs::metadata(dir.join("b.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_board_is_no_more_readable_than_the_boards_there() {
        use std::os::unix::fs::PermissionsExt;
        let board = |title: &str| {
            let words = tavle_core::template::Words::default();
            tavle_core::template::new_board(tavle_core::model::Kind::Drift, title, &words)
        };
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let tmp = tempfile::tempdir().unwrap();
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).unwrap();
        // No boards yet: the folder's bits.
        let first = create_board(tmp.path(), &board("Første")).unwrap();
        assert_eq!(first, tmp.path().join("forste.json"));
        assert_eq!(mode(&first), 0o644);
        // The only board is private: so is the next.
        fs::set_permissions(&first, fs::Permissions::from_mode(0o600)).unwrap();
        let second = create_board(tmp.path(), &board("Andre")).unwrap();
        assert_eq!(mode(&second), 0o600);
        // Taken: refused, the file untouched.
        let before = fs::read(&first).unwrap();
        let err = create_board(tmp.path(), &board("første")).unwrap_err();
        assert_eq!(err.kind, FsErrorKind::AlreadyExists);
        assert_eq!(fs::read(&first).unwrap(), before);
    }
}
#[cfg(test)]
#[path = "fresh_tests.rs"]
mod more_tests;

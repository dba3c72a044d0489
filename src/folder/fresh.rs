//! A fresh folder filled with new files, for `tavle demo`: the folder asked
//! for (made when missing, taken only when empty) or a new one of our own in
//! the temp directory, and each file created new in it, never through a
//! link planted at its name and never over anything there, with the
//! folder's permissions from the first byte (as `ignore` makes its files).

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::folder::safe_fs::{self, Folder, FsError, FsErrorKind};

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
    let base = std::env::temp_dir();
    let mut last = FsError::new(FsErrorKind::AlreadyExists, &base);
    for _ in 0..8 {
        let dir = base.join(format!("{prefix}{}", safe_fs::random_token()));
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
}

//! Replacing a file so that a reader sees the old or the new one, never half
//! of one: [`Folder::replace`] writes a temp file beside it, fsyncs it, and
//! renames it over the file. Whatever fails before the rename removes the
//! temp file and leaves the file as it was.
//!
//! One failure keeps the temp file: on Windows a rename over a file another
//! program holds open (an editor, Excel, a sync client uploading it) fails
//! even after the platform layer has tried for half a second
//! ([`crate::platform::held_open`]). Then the new content exists nowhere
//! else on disk, so the temp file stays (the watcher and the listing skip
//! it, `tavle check` lists it) and the error names it
//! ([`FsErrorKind::HeldOpen`]); the board is unchanged, the dialog stays
//! open with the user's text, and saving again once the other program has
//! let go writes it. After this tavle has ended, a later save of that board
//! on this machine removes the kept file like any leftover (`board_fs`).

use std::ffi::{OsStr, OsString};
use std::io::{self, Write};

use super::{Folder, FsError, FsErrorKind, Perms, temp_name};
use crate::platform;

/// Why [`Folder::replace`] wrote nothing.
#[derive(Debug)]
pub enum Replace<E> {
    Fs(FsError),
    /// `verify` said no.
    Verify(E),
}

/// Removes a temp file that was not renamed into place.
struct TempGuard<'a> {
    folder: &'a Folder,
    name: &'a OsStr,
    armed: bool,
}

impl TempGuard<'_> {
    fn disarm(mut self) {
        self.armed = false;
    }
}

impl Drop for TempGuard<'_> {
    fn drop(&mut self) {
        if self.armed {
            let _ = self.folder.remove(self.name);
        }
    }
}

impl Folder {
    /// Replace `name` with `bytes` so that a reader sees the old or the new
    /// file, never half of one: a temp file made exclusively in this folder
    /// (private until it has `perms`, see [`Folder::create_private`]; with
    /// none, a new board, the umask's), written and fsynced; then `verify`
    /// (the lock is still ours, the file unchanged), rename over `name`,
    /// fsync the folder. On any failure `name` is untouched and the temp
    /// file removed, except when another program held `name` open (see the
    /// module): then the temp file is kept and the error names it.
    pub fn replace<E>(
        &self,
        name: &OsStr,
        bytes: &[u8],
        perms: Option<Perms>,
        verify: impl FnOnce() -> Result<(), E>,
    ) -> Result<(), Replace<E>> {
        let tmp = OsString::from(temp_name(name));
        let tmp_path = self.join(&tmp);
        let mut file = match perms {
            Some(perms) => self.create_private(&tmp, perms),
            None => self.create_new(&tmp, 0o666),
        }
        .map_err(Replace::Fs)?;
        let guard = TempGuard {
            folder: self,
            name: &tmp,
            armed: true,
        };
        let io = |e: io::Error| Replace::Fs(FsError::io(&e, &tmp_path));
        file.write_all(bytes).map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        verify().map_err(Replace::Verify)?;
        if let Err(e) = self.handle.rename(&tmp, name) {
            return Err(Replace::Fs(self.rename_failed(&e, name, guard)));
        }
        guard.disarm();
        self.handle.sync();
        Ok(())
    }

    /// The error of a rename of the guarded temp file over `name` that
    /// failed: the temp file is kept when another program held `name` open,
    /// and removed otherwise.
    fn rename_failed(&self, e: &io::Error, name: &OsStr, guard: TempGuard<'_>) -> FsError {
        let path = self.join(name);
        if platform::held_open(e) {
            let kept = guard.name.to_string_lossy().into_owned();
            guard.disarm();
            return FsError::new(FsErrorKind::HeldOpen { kept }, path);
        }
        drop(guard);
        FsError::io(e, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn replace_keeps_the_old_file_when_verify_says_no() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.json"), "old").unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        let r = folder.replace(OsStr::new("b.json"), b"new", None, || Err("lost"));
        assert!(matches!(r, Err(Replace::Verify("lost"))));
        assert_eq!(
            fs::read_to_string(dir.path().join("b.json")).unwrap(),
            "old"
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "temp file left"
        );
    }

    /// A rename that failed because another program held the board open
    /// (what Windows answers; made here by hand) keeps the written temp file
    /// and names it; any other failure removes it.
    #[test]
    fn a_board_held_open_keeps_the_edit_in_the_temp_file_and_says_where() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.json"), "old").unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        let name = OsStr::new("b.json");
        fn guarded<'a>(folder: &'a Folder, tmp: &'a OsStr) -> TempGuard<'a> {
            fs::write(folder.join(tmp), "new").unwrap();
            TempGuard {
                folder,
                name: tmp,
                armed: true,
            }
        }

        let tmp = OsString::from(temp_name(name));
        let sharing = platform::held_open_error(io::Error::other("sharing violation"));
        let e = folder.rename_failed(&sharing, name, guarded(&folder, &tmp));
        assert_eq!(e.path, dir.path().join("b.json"));
        assert_eq!(
            e.kind,
            FsErrorKind::HeldOpen {
                kept: tmp.to_string_lossy().into_owned()
            }
        );
        assert_eq!(fs::read_to_string(dir.path().join(&tmp)).unwrap(), "new");
        assert_eq!(fs::read_to_string(dir.path().join(name)).unwrap(), "old");

        let other = OsString::from(temp_name(name));
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        let e = folder.rename_failed(&denied, name, guarded(&folder, &other));
        assert_eq!(e.kind, FsErrorKind::PermissionDenied);
        assert!(!dir.path().join(&other).exists(), "temp file left");
        assert_eq!(fs::read_to_string(dir.path().join(name)).unwrap(), "old");
    }
}

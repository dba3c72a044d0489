//! The Windows side of [`DirHandle`]: a folder is held by its path. A file
//! is opened with `FILE_FLAG_OPEN_REPARSE_POINT`, so that the open itself
//! never follows a symbolic link or a junction, and the handle is refused
//! when it is one (a "name surrogate" reparse point: it names another
//! place). A reparse point that is the file itself (a OneDrive or other
//! cloud placeholder, a deduplicated file) is opened again normally, so its
//! provider can supply the content, and taken only when it is still the
//! same file. A sub-folder is checked with `symlink_metadata` just before
//! use; the window between check and use is the residual risk there. Names
//! Windows maps to devices (`CON.json`) are never opened.
//!
//! Only single system calls live here: nothing may decide policy or follow a
//! link inside the folder.

use super::*;
use std::fs::{self, OpenOptions};
use std::os::windows::fs::{MetadataExt, OpenOptionsExt};
use std::path::PathBuf;

use windows_sys::Win32::Storage::FileSystem::{
    FILE_ATTRIBUTE_REPARSE_POINT, FILE_FLAG_OPEN_REPARSE_POINT,
};

fn not_followed() -> io::Error {
    io::Error::other(NotFollowed)
}

/// Open `path` with `options` without following a link at its last name:
/// a symbolic link or junction there is refused; a reparse point that is
/// the file itself is opened again through its provider and must be the
/// same file. Relies on: `FILE_FLAG_OPEN_REPARSE_POINT` opens the reparse
/// point itself, and std's `is_symlink` is true for every name-surrogate
/// tag (symbolic links, junctions).
fn open_no_follow(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    let file = options
        .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT)
        .open(path)?;
    let m = file.metadata()?;
    if m.file_type().is_symlink() {
        return Err(not_followed());
    }
    if m.file_attributes() & FILE_ATTRIBUTE_REPARSE_POINT == 0 {
        return Ok(file);
    }
    let again = options.custom_flags(0).open(path)?;
    if super::windows_os::file_id(&again)? != super::windows_os::file_id(&file)? {
        // Swapped between the two opens.
        return Err(not_followed());
    }
    Ok(again)
}

impl DirHandle {
    fn at(&self, name: &OsStr) -> io::Result<PathBuf> {
        if device_name(name) {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        Ok(self.path.join(name))
    }

    pub fn open(path: &Path) -> io::Result<DirHandle> {
        if !fs::metadata(path)?.is_dir() {
            return Err(io::Error::from(io::ErrorKind::NotADirectory));
        }
        Ok(DirHandle {
            path: path.to_path_buf(),
        })
    }

    pub fn try_clone(&self) -> io::Result<DirHandle> {
        Ok(DirHandle {
            path: self.path.clone(),
        })
    }

    pub fn open_sub(&self, name: &OsStr, create: bool) -> io::Result<DirHandle> {
        let path = self.at(name)?;
        if create {
            match fs::create_dir(&path) {
                Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
                _ => {}
            }
        }
        let m = fs::symlink_metadata(&path)?;
        if m.file_type().is_symlink() {
            return Err(not_followed());
        }
        if !m.is_dir() {
            return Err(io::Error::from(io::ErrorKind::NotADirectory));
        }
        Ok(DirHandle { path })
    }

    /// Create `name`, which must not exist: `CREATE_NEW` with the reparse
    /// point flag fails on a link there, dangling or not, instead of
    /// creating its target. `mode` has no meaning here (the folder's ACL).
    pub fn create_new(&self, name: &OsStr, _mode: u32) -> io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .custom_flags(FILE_FLAG_OPEN_REPARSE_POINT)
            .open(self.at(name)?)
    }

    pub fn open_append(&self, name: &OsStr) -> io::Result<File> {
        open_no_follow(&self.at(name)?, OpenOptions::new().append(true))
    }

    pub fn open_read(&self, name: &OsStr, follow: bool) -> io::Result<File> {
        let path = self.at(name)?;
        if follow {
            File::open(path)
        } else {
            open_no_follow(&path, OpenOptions::new().read(true))
        }
    }

    pub fn stat(&self, name: &OsStr, follow: bool) -> io::Result<Meta> {
        let path = self.at(name)?;
        let m = if follow {
            fs::metadata(path)?
        } else {
            fs::symlink_metadata(path)?
        };
        Ok(meta_of(&m))
    }

    pub fn fstat(file: &File) -> io::Result<Meta> {
        Ok(meta_of(&file.metadata()?))
    }

    /// Rename `from` over `to`; while another program holds `to` open, tried
    /// again for half a second, then a [`super::held_open`] error.
    pub fn rename(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
        let (from, to) = (self.at(from)?, self.at(to)?);
        super::replace::retry_while_held(
            || super::windows_os::move_replacing(&from, &to),
            super::windows_os::busy,
            std::thread::sleep,
        )
    }

    pub fn link(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
        fs::hard_link(self.at(from)?, self.at(to)?)
    }

    pub fn remove(&self, name: &OsStr) -> io::Result<()> {
        fs::remove_file(self.at(name)?)
    }

    /// Nothing to do: each rename is written through (`MOVEFILE_WRITE_THROUGH`).
    pub fn sync(&self) {}

    pub fn names(&self) -> io::Result<Vec<OsString>> {
        fs::read_dir(&self.path)?
            .map(|e| e.map(|e| e.file_name()))
            .collect()
    }

    /// The read-only attribute decides; an access list that denies writing
    /// is found by the save itself, which then says so.
    pub fn may_write(&self, _name: &OsStr, meta: &Meta) -> io::Result<bool> {
        Ok(!meta.readonly)
    }

    /// Always yes: a folder's read-only attribute means nothing on Windows
    /// (Explorer uses it for customised folders); the access list is found
    /// by the first file made there.
    pub fn may_write_here(&self) -> io::Result<bool> {
        Ok(true)
    }

    pub fn read_only_fs(&self) -> bool {
        super::windows_os::read_only_volume(&self.path)
    }
}

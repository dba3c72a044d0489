//! The side of [`DirHandle`] for every system that is not Unix (Windows is
//! the one tavle is built for): a folder is held by its path, and each name
//! is checked with `symlink_metadata` just before a path operation, so that
//! a link is refused; the window between check and use is the residual risk.
//! Names Windows maps to devices (`CON.json`) are never opened.
//!
//! Only single system calls live here: nothing may decide policy or follow a
//! link inside the folder.

use super::*;
use std::fs::{self, OpenOptions};
use std::path::PathBuf;

fn not_followed() -> io::Error {
    io::Error::other(NotFollowed)
}

impl DirHandle {
    fn at(&self, name: &OsStr) -> io::Result<PathBuf> {
        if device_name(name) {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        Ok(self.path.join(name))
    }

    /// Refuse `name` when it is a link (checked just before use).
    fn no_link(&self, name: &OsStr) -> io::Result<PathBuf> {
        let path = self.at(name)?;
        match fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => Err(not_followed()),
            _ => Ok(path),
        }
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

    pub fn create_new(&self, name: &OsStr, _mode: u32) -> io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(self.at(name)?)
    }

    pub fn open_append(&self, name: &OsStr) -> io::Result<File> {
        OpenOptions::new().append(true).open(self.no_link(name)?)
    }

    pub fn open_read(&self, name: &OsStr, follow: bool) -> io::Result<File> {
        let path = if follow {
            self.at(name)?
        } else {
            self.no_link(name)?
        };
        File::open(path)
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

    pub fn rename(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
        fs::rename(self.at(from)?, self.at(to)?)
    }

    pub fn link(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
        fs::hard_link(self.at(from)?, self.at(to)?)
    }

    pub fn remove(&self, name: &OsStr) -> io::Result<()> {
        fs::remove_file(self.at(name)?)
    }

    pub fn sync(&self) {}

    pub fn names(&self) -> io::Result<Vec<OsString>> {
        fs::read_dir(&self.path)?
            .map(|e| e.map(|e| e.file_name()))
            .collect()
    }

    pub fn may_write(&self, _name: &OsStr, meta: &Meta) -> io::Result<bool> {
        Ok(!meta.readonly)
    }

    pub fn may_write_here(&self) -> io::Result<bool> {
        Ok(true)
    }

    pub fn read_only_fs(&self) -> bool {
        false
    }
}

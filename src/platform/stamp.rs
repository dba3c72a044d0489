//! A file's stamp: the metadata that changes when its content may have, so
//! that a polled folder reads only the files whose stamp changed (git's
//! index, rsync's and Syncthing's quick check). One `stat` per file, never an
//! open; what to make of a stamp is the watcher's business.
//!
//! Unix gives size, modification time and change time (ctime: set by every
//! write, rename over, chmod and `utimes`, and which no program can set
//! back) in nanoseconds, and the device and inode, which a save by rename
//! changes. Windows (std, stable) gives size, the last write time and the
//! creation time in 100 ns steps and the read-only attribute; its file index
//! and change time need calls std has not stabilised, so a rewrite there that
//! keeps size and last write time is left to the watcher's content re-check.

use std::fs;
use std::io;
use std::path::Path;

/// What one `stat` says about a file; equal stamps mean "probably unchanged".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileStamp {
    pub len: u64,
    /// Modification time, nanoseconds since the Unix epoch (negative before).
    pub modified_ns: i128,
    /// Unix: the inode change time (ctime), in nanoseconds. Windows: the
    /// creation time (a save by rename makes a new file).
    pub changed_ns: i128,
    /// Device and inode on Unix; `(0, 0)` on Windows.
    pub id: (u64, u64),
    /// Permission bits on Unix (a chmod changes whether it may be written);
    /// the read-only attribute on Windows.
    pub mode: u32,
}

/// The stamp of the file at `path`, through a symbolic link (a board may be
/// one: its target's stamp is what changes with its content).
pub fn file_stamp(path: &Path) -> io::Result<FileStamp> {
    Ok(stamp_of(&fs::metadata(path)?))
}

/// The stamp of std metadata.
pub fn stamp_of(m: &fs::Metadata) -> FileStamp {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
        FileStamp {
            len: m.len(),
            modified_ns: ns(m.mtime(), m.mtime_nsec()),
            changed_ns: ns(m.ctime(), m.ctime_nsec()),
            id: (m.dev(), m.ino()),
            mode: m.mode(),
        }
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::MetadataExt;
        // FILETIME: 100 ns steps since 1601; only differences matter here.
        let ns = |t: u64| i128::from(t) * 100 - 11_644_473_600 * 1_000_000_000;
        FileStamp {
            len: m.len(),
            modified_ns: ns(m.last_write_time()),
            changed_ns: ns(m.creation_time()),
            id: (0, 0),
            mode: u32::from(m.permissions().readonly()),
        }
    }
}

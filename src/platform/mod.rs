//! Every OS-specific call of the folder layer, and nothing else: this
//! machine's name and ids (`identity`), who is logged in (`account`),
//! whether a process runs, the file system's type, permissions and
//! ownership, and opening names relative to a held folder without following
//! links or blocking on a FIFO. Every `cfg(unix)` and
//! `cfg(windows)` of the folder layer is in this folder (`src/platform/`).
//!
//! It must not decide policy (what is stale, what may be written, which
//! link is inside the folder): it answers questions and makes single system
//! calls, and callers in `safe_fs`, `lock` and `store` decide.
//!
//! On Unix a folder is held open as a directory descriptor and every name in
//! it is opened with `openat` and `O_NOFOLLOW` (and `O_NONBLOCK`, so that a
//! FIFO can be recognised by `fstat` instead of hanging the `open`); a folder
//! swapped for a symbolic link after a check is therefore never followed
//! (Linux and macOS alike: both answer `ELOOP` for a link opened so). On
//! Windows a folder is held by its path; a file is opened with
//! `FILE_FLAG_OPEN_REPARSE_POINT`, so that the open itself never follows a
//! symbolic link or junction, and the handle is refused when it is one; a
//! sub-folder is checked with `symlink_metadata` before use, and the window
//! between that check and the operation is the residual risk there.
//!
//! This file is the cross-platform surface: the types, and the free
//! functions that fit no idea of their own (a small `cfg` block inside each
//! where the systems differ); `process` (host name, liveness), `fs_kind`
//! (what decides polling), `stamp` (the metadata a poll
//! compares), `modes` (permission bits and groups) and
//! `replace` (a rename over a file another program holds) are one idea
//! each. The methods of [`DirHandle`] are in `unix` (held descriptors,
//! `openat`) and `windows` (paths, reparse points); `windows_os` holds the
//! Windows API calls of the free functions; tests are in `tests`. Unix and
//! Windows are the systems tavle builds for: anything else is a compile
//! error, not a silent stub.

// I/O and the clock are this layer's job (the OS calls live here); the app and
// the views may not (.ci/lints/clippy.toml, checked by .ci/run).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io;
use std::path::Path;
use std::time::SystemTime;

use tavle_core::diag::{FsErrorKind, NodeKind};

mod account;
mod fs_kind;
mod identity;
mod modes;
mod process;
mod replace;
mod stamp;
pub use account::{cache_dir, config_dir, full_name, login_name};
pub use fs_kind::{
    WinRoot, apple_network_fs, network_fs_name, notification_name, remote_fs, windows_root,
};
pub use identity::{boot_id, machine_id, pid_namespace};
pub use modes::{keep_mode_and_group, make_private_dir, restrict, set_group, set_mode};
pub use process::{hostname, process};
pub use replace::{HELD_PAUSE, HELD_TRIES, held_open, held_open_error};
pub use stamp::{FileStamp, file_stamp, stamp_of};

// The methods of `DirHandle`, one file for each kind of system, and the
// Windows API calls behind the free functions.
#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
mod windows_os;

#[cfg(not(any(unix, windows)))]
compile_error!("tavle is built for Unix (Linux, macOS) and Windows");

/// What tavle needs to know of a file: what it is, how large, how old, which
/// file (to recognise it again), and its permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub kind: NodeKind,
    pub len: u64,
    pub modified: Option<SystemTime>,
    /// Device and inode on Unix; `(0, 0)` where the OS gives none.
    pub id: (u64, u64),
    /// Permission bits (`0o777`) on Unix; 0 elsewhere.
    pub mode: u32,
    /// Owning group on Unix.
    pub gid: Option<u32>,
    /// The Windows read-only attribute, or no write bit at all on Unix.
    pub readonly: bool,
}

/// Whether a process with some id runs on this machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Liveness {
    Alive,
    Dead,
    /// This OS gives no cheap answer: callers must assume it may run.
    Unknown,
}

/// An error for a symbolic link that was found where none is followed, on a
/// platform where the OS itself does not say so.
#[derive(Debug)]
struct NotFollowed;

impl std::fmt::Display for NotFollowed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a symbolic link where none is followed")
    }
}

impl std::error::Error for NotFollowed {}

/// The typed reason of an OS error. Folder-layer code maps every I/O error
/// through this, so that users read words from `i18n`, not the OS's English.
pub fn classify(e: &io::Error) -> FsErrorKind {
    if e.get_ref().is_some_and(|inner| inner.is::<NotFollowed>()) {
        return FsErrorKind::Symlink;
    }
    // A file held open through every try: what the OS said the last time.
    if let Some(os) = replace::inner(e) {
        return classify(os);
    }
    #[cfg(windows)]
    if let Some(code) = e.raw_os_error() {
        match code {
            // ERROR_WRITE_PROTECT: a write-protected medium.
            19 => return FsErrorKind::ReadOnlyFs,
            // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL.
            39 | 112 => return FsErrorKind::NoSpace,
            // ERROR_CANT_RESOLVE_FILENAME: too many links in a row.
            1921 => return FsErrorKind::Symlink,
            _ => {}
        }
    }
    #[cfg(unix)]
    if let Some(code) = e.raw_os_error() {
        use rustix::io::Errno;
        match Errno::from_raw_os_error(code) {
            // What `O_NOFOLLOW` answers for a link.
            Errno::LOOP => return FsErrorKind::Symlink,
            Errno::ROFS => return FsErrorKind::ReadOnlyFs,
            Errno::NOSPC | Errno::DQUOT => return FsErrorKind::NoSpace,
            Errno::ACCESS | Errno::PERM => return FsErrorKind::PermissionDenied,
            Errno::NOENT => return FsErrorKind::NotFound,
            Errno::ISDIR => return FsErrorKind::NotRegular(NodeKind::Directory),
            // A FIFO opened for writing without a reader, or a device without its hardware.
            Errno::NXIO => return FsErrorKind::NotRegular(NodeKind::Unknown),
            _ => {}
        }
    }
    match e.kind() {
        io::ErrorKind::PermissionDenied => FsErrorKind::PermissionDenied,
        io::ErrorKind::NotFound => FsErrorKind::NotFound,
        io::ErrorKind::ReadOnlyFilesystem => FsErrorKind::ReadOnlyFs,
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => FsErrorKind::NoSpace,
        io::ErrorKind::IsADirectory => FsErrorKind::NotRegular(NodeKind::Directory),
        io::ErrorKind::AlreadyExists => FsErrorKind::AlreadyExists,
        _ => FsErrorKind::Other(e.to_string()),
    }
}

/// Whether an error says the process has no terminal: what setting up raw
/// mode answers under cron or `ssh host tavle` (`ENXIO` opening `/dev/tty`,
/// `ENOTTY` from `tcgetattr`). Always false where errno does not exist.
pub fn no_terminal(e: &io::Error) -> bool {
    #[cfg(unix)]
    if let Some(code) = e.raw_os_error() {
        use rustix::io::Errno;
        let errno = Errno::from_raw_os_error(code);
        return errno == Errno::NXIO || errno == Errno::NOTTY;
    }
    let _ = e;
    false
}

/// A file's facts from std metadata (of an open file, or of a path).
pub fn meta_of(m: &std::fs::Metadata) -> Meta {
    let t = m.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        let kind = if t.is_file() {
            NodeKind::File
        } else if t.is_dir() {
            NodeKind::Directory
        } else if t.is_symlink() {
            NodeKind::Symlink
        } else if t.is_fifo() {
            NodeKind::Fifo
        } else if t.is_socket() {
            NodeKind::Socket
        } else if t.is_char_device() {
            NodeKind::CharDevice
        } else if t.is_block_device() {
            NodeKind::BlockDevice
        } else {
            NodeKind::Unknown
        };
        Meta {
            kind,
            len: m.len(),
            modified: m.modified().ok(),
            id: (m.dev(), m.ino()),
            mode: m.mode() & 0o777,
            gid: Some(m.gid()),
            readonly: m.mode() & 0o222 == 0,
        }
    }
    #[cfg(not(unix))]
    {
        let kind = if t.is_file() {
            NodeKind::File
        } else if t.is_dir() {
            NodeKind::Directory
        } else if t.is_symlink() {
            NodeKind::Symlink
        } else {
            NodeKind::Unknown
        };
        Meta {
            kind,
            len: m.len(),
            modified: m.modified().ok(),
            id: (0, 0),
            mode: 0,
            gid: None,
            readonly: m.permissions().readonly(),
        }
    }
}

/// Names Windows maps to devices in every folder (`CON.json` is the
/// console): never opened. None on other systems.
pub fn device_name(name: &OsStr) -> bool {
    #[cfg(windows)]
    {
        let name = name.to_string_lossy();
        let stem = name
            .split('.')
            .next()
            .unwrap_or("")
            .trim_end()
            .to_ascii_uppercase();
        matches!(
            stem.as_str(),
            "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
        ) || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit())
    }
    #[cfg(not(windows))]
    {
        let _ = name;
        false
    }
}

/// Open a file by path for reading without ever blocking: a FIFO opens at
/// once (and `fstat` then shows what it is). Follows links.
pub fn open_read_path(path: &Path) -> io::Result<File> {
    #[cfg(unix)]
    {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
        Ok(File::from(rustix::fs::open(path, flags, Mode::empty())?))
    }
    #[cfg(not(unix))]
    {
        if path.file_name().is_some_and(device_name) {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        File::open(path)
    }
}

/// A folder held open, whose names are opened without following links.
#[derive(Debug)]
pub struct DirHandle {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    #[cfg(windows)]
    path: std::path::PathBuf,
}

#[cfg(test)]
mod tests;

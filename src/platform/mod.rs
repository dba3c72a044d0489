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
//! swapped for a symbolic link after a check is therefore never followed. On
//! Windows, where making a symbolic link needs privileges, the same checks
//! are made with `symlink_metadata` before a path operation; the window
//! between the check and the operation is the residual risk there.
//!
//! This file is the cross-platform surface: the types, and every free
//! function with its documentation (a small `cfg` block inside each where
//! the systems differ). The methods of [`DirHandle`] are in `unix` (held
//! descriptors, `openat`) and `windows` (paths checked just before use, for
//! every system that is not Unix); tests are in `tests`.

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
mod identity;
pub use account::{config_dir, full_name, login_name};
pub use identity::{boot_id, machine_id, pid_namespace};

// The methods of `DirHandle`, one file for each kind of system.
#[cfg(unix)]
mod unix;
#[cfg(not(unix))]
mod windows;

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

/// This machine's name, as written into lock files.
pub fn hostname() -> String {
    #[cfg(unix)]
    {
        rustix::system::uname()
            .nodename()
            .to_string_lossy()
            .into_owned()
    }
    #[cfg(not(unix))]
    {
        std::env::var("COMPUTERNAME").unwrap_or_default()
    }
}

/// Whether process `pid` runs on this machine. A zombie counts as running.
pub fn process(pid: u32) -> Liveness {
    #[cfg(unix)]
    {
        use rustix::io::Errno;
        // No process can have an id beyond `pid_t`.
        let Some(pid) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        else {
            return Liveness::Dead;
        };
        match rustix::process::test_kill_process(pid) {
            Ok(()) | Err(Errno::PERM) => Liveness::Alive,
            Err(Errno::SRCH) => Liveness::Dead,
            Err(_) => Liveness::Unknown,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        Liveness::Unknown
    }
}

/// On Linux, the network/remote filesystem under `dir`, by statfs `f_type`
/// magic (see `watch::remote_fs`); None elsewhere and for local filesystems.
pub fn remote_fs(dir: &Path) -> Option<&'static str> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let stat = rustix::fs::statfs(dir).ok()?;
        // `f_type` is a signed long on most targets: the magic is its low 32 bits.
        #[allow(clippy::unnecessary_cast)]
        let magic = stat.f_type as u32;
        network_fs_name(magic)
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        let _ = dir;
        None
    }
}

/// The name of a network or cluster filesystem by its Linux superblock magic.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub fn network_fs_name(magic: u32) -> Option<&'static str> {
    Some(match magic {
        0x6969 => "nfs",
        0x517B => "smb",
        0xFF53_4D42 => "cifs",
        0xFE53_4D42 => "smb2",
        0x6573_5546 => "fuse",
        0x0102_1997 => "9p",
        0x5346_414F | 0x6B41_4653 => "afs",
        0x7375_7245 => "coda",
        0x564C => "ncp",
        0x00C3_6400 => "ceph",
        0x0BD0_0BD0 => "lustre",
        0x0116_1970 => "gfs2",
        0x7461_636F => "ocfs2",
        _ => return None,
    })
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

/// Set a new file's permission bits and group to those of the file it
/// replaces, so that a 0660 board of a team's group stays writable for the
/// team (see [`restrict`]). Nothing on Windows, where a new file inherits the
/// folder's ACL.
pub fn keep_mode_and_group(file: &File, like: &Meta) -> io::Result<()> {
    restrict(file, like.mode, like.gid)
}

/// Give a file tavle made (still private to its owner) the permission bits
/// `mode` and the group `gid`, and never more: where the group cannot be set
/// (the user is not a member of it), the group bits are cleared, so the
/// user's own group never gets what was meant for another. Also narrows an
/// existing file this user owns. Nothing on Windows, where a new file
/// inherits the folder's ACL.
pub fn restrict(file: &File, mode: u32, gid: Option<u32>) -> io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::fs::{Gid, Mode, fchmod, fchown, fstat};
        let mut mode = mode & 0o3777;
        if let Some(gid) = gid {
            let now = fstat(file)?.st_gid;
            #[allow(clippy::unnecessary_cast)]
            if now as u32 != gid && fchown(file, None, Some(Gid::from_raw(gid))).is_err() {
                mode &= !0o070;
            }
        }
        fchmod(file, Mode::from_raw_mode(mode as _))?;
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = (file, mode, gid);
        Ok(())
    }
}

/// Set the permission bits of a file tavle made (a lock file's group bits,
/// once it is in the board's group). A failure leaves the file as it was.
pub fn set_mode(file: &File, mode: u32) {
    #[cfg(unix)]
    {
        let _ = rustix::fs::fchmod(file, rustix::fs::Mode::from_raw_mode(mode));
    }
    #[cfg(not(unix))]
    {
        let _ = (file, mode);
    }
}

/// Give a file tavle made the group `gid`. Fails (EPERM) where the user is
/// not a member of that group, and always where files have no group.
pub fn set_group(file: &File, gid: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::fs::{Gid, fchown};
        Ok(fchown(file, None, Some(Gid::from_raw(gid)))?)
    }
    #[cfg(not(unix))]
    {
        let _ = (file, gid);
        Err(io::Error::from(io::ErrorKind::Unsupported))
    }
}

/// A folder held open, whose names are opened without following links.
#[derive(Debug)]
pub struct DirHandle {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    #[cfg(not(unix))]
    path: std::path::PathBuf,
}

#[cfg(test)]
mod tests;

//! Every OS-specific call of the folder layer, and nothing else: this
//! machine's name, whether a process runs, the file system's type,
//! permissions and ownership, and opening names relative to a held folder
//! without following links or blocking on a FIFO. Every `cfg(unix)` and
//! `cfg(windows)` of the folder layer is in this file.
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

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io;
use std::path::Path;
use std::time::SystemTime;

use crate::diag::{FsErrorKind, NodeKind};

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

/// The name the user logged in with, from the environment the OS sets for
/// it (`USER` on Unix, `USERNAME` on Windows); `None` when it is not set
/// or blank.
pub fn login_name() -> Option<String> {
    let var = if cfg!(windows) { "USERNAME" } else { "USER" };
    std::env::var(var).ok().filter(|v| !v.trim().is_empty())
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

/// Whether this process runs as the superuser, who may write any file: then
/// only the file's own write bits say whether it is meant to be written.
#[cfg(unix)]
fn superuser() -> bool {
    rustix::process::geteuid().is_root()
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
/// team. The group is kept only where the user may (a member of it); the
/// rest is ignored. Nothing on Windows, where a new file inherits the
/// folder's ACL.
pub fn keep_mode_and_group(file: &File, like: &Meta) -> io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::fs::{Gid, Mode, fchmod, fchown};
        if let Some(gid) = like.gid {
            // EPERM: not a member of that group; the file keeps the user's group.
            let _ = fchown(file, None, Some(Gid::from_raw(gid)));
        }
        fchmod(file, Mode::from_raw_mode(like.mode & 0o777))?;
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = (file, like);
        Ok(())
    }
}

/// Set the permission bits of a file tavle made (a lock file everyone with
/// access to the folder must be able to read).
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

/// A folder held open, whose names are opened without following links.
#[derive(Debug)]
pub struct DirHandle {
    #[cfg(unix)]
    fd: std::os::fd::OwnedFd,
    #[cfg(not(unix))]
    path: std::path::PathBuf,
}

#[cfg(unix)]
mod imp {
    use super::*;
    use rustix::fs::{AtFlags, Mode, OFlags};

    fn meta(st: &rustix::fs::Stat) -> Meta {
        use rustix::fs::FileType;
        #[allow(clippy::unnecessary_cast)]
        let mode = st.st_mode as u32;
        let kind = match FileType::from_raw_mode(mode as _) {
            FileType::RegularFile => NodeKind::File,
            FileType::Directory => NodeKind::Directory,
            FileType::Symlink => NodeKind::Symlink,
            FileType::Fifo => NodeKind::Fifo,
            FileType::Socket => NodeKind::Socket,
            FileType::CharacterDevice => NodeKind::CharDevice,
            FileType::BlockDevice => NodeKind::BlockDevice,
            _ => NodeKind::Unknown,
        };
        #[allow(clippy::unnecessary_cast)]
        let modified = u64::try_from(st.st_mtime).ok().map(|s| {
            SystemTime::UNIX_EPOCH
                + std::time::Duration::new(s, (st.st_mtime_nsec as u32).min(999_999_999))
        });
        #[allow(clippy::unnecessary_cast)]
        Meta {
            kind,
            len: st.st_size as u64,
            modified,
            id: (st.st_dev as u64, st.st_ino as u64),
            mode: mode & 0o777,
            gid: Some(st.st_gid as u32),
            readonly: mode & 0o222 == 0,
        }
    }

    const DIR: OFlags = OFlags::RDONLY
        .union(OFlags::DIRECTORY)
        .union(OFlags::CLOEXEC)
        .union(OFlags::NONBLOCK);

    impl DirHandle {
        /// Open the folder at `path`, following links: the user chose it.
        pub fn open(path: &Path) -> io::Result<DirHandle> {
            let fd = rustix::fs::open(path, DIR, Mode::empty())?;
            Ok(DirHandle { fd })
        }

        /// A second descriptor of the same folder.
        pub fn try_clone(&self) -> io::Result<DirHandle> {
            Ok(DirHandle {
                fd: self.fd.try_clone()?,
            })
        }

        /// Open the sub-folder `name`, made first when `create`; a link there is refused.
        pub fn open_sub(&self, name: &OsStr, create: bool) -> io::Result<DirHandle> {
            if create {
                match rustix::fs::mkdirat(&self.fd, name, Mode::from_raw_mode(0o777)) {
                    Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            let fd = rustix::fs::openat(&self.fd, name, DIR | OFlags::NOFOLLOW, Mode::empty())?;
            Ok(DirHandle { fd })
        }

        /// Create `name`, which must not exist (not even as a dangling link).
        pub fn create_new(&self, name: &OsStr, mode: u32) -> io::Result<File> {
            let flags = OFlags::WRONLY
                | OFlags::CREATE
                | OFlags::EXCL
                | OFlags::NOFOLLOW
                | OFlags::CLOEXEC
                | OFlags::NOCTTY;
            let fd = rustix::fs::openat(&self.fd, name, flags, Mode::from_raw_mode(mode))?;
            Ok(File::from(fd))
        }

        /// Open `name` to append, made when missing; never a link, never blocking.
        pub fn open_append(&self, name: &OsStr) -> io::Result<File> {
            let flags = OFlags::WRONLY
                | OFlags::APPEND
                | OFlags::CREATE
                | OFlags::NOFOLLOW
                | OFlags::NONBLOCK
                | OFlags::CLOEXEC
                | OFlags::NOCTTY;
            let fd = rustix::fs::openat(&self.fd, name, flags, Mode::from_raw_mode(0o666))?;
            Ok(File::from(fd))
        }

        /// Open `name` for reading without blocking; a link only when `follow`.
        pub fn open_read(&self, name: &OsStr, follow: bool) -> io::Result<File> {
            let mut flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
            if !follow {
                flags |= OFlags::NOFOLLOW;
            }
            let fd = rustix::fs::openat(&self.fd, name, flags, Mode::empty())?;
            Ok(File::from(fd))
        }

        /// What `name` is, without opening it; a link itself unless `follow`.
        pub fn stat(&self, name: &OsStr, follow: bool) -> io::Result<Meta> {
            let flags = if follow {
                AtFlags::empty()
            } else {
                AtFlags::SYMLINK_NOFOLLOW
            };
            Ok(meta(&rustix::fs::statat(&self.fd, name, flags)?))
        }

        /// The facts of an open file.
        pub fn fstat(file: &File) -> io::Result<Meta> {
            Ok(meta(&rustix::fs::fstat(file)?))
        }

        /// Rename `from` to `to` within this folder, replacing `to` (never through it).
        pub fn rename(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
            Ok(rustix::fs::renameat(&self.fd, from, &self.fd, to)?)
        }

        /// A second name `to` for `from`; fails when `to` exists.
        pub fn link(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
            Ok(rustix::fs::linkat(
                &self.fd,
                from,
                &self.fd,
                to,
                AtFlags::empty(),
            )?)
        }

        /// Remove the name `name` (a link itself, never its target).
        pub fn remove(&self, name: &OsStr) -> io::Result<()> {
            Ok(rustix::fs::unlinkat(&self.fd, name, AtFlags::empty())?)
        }

        /// Make renames and creations in this folder durable. Not every file
        /// system can; the rename is done either way.
        pub fn sync(&self) {
            let _ = rustix::fs::fsync(&self.fd);
        }

        /// The names in this folder (not `.` and `..`).
        pub fn names(&self) -> io::Result<Vec<OsString>> {
            use std::os::unix::ffi::OsStrExt;
            let mut names = Vec::new();
            for entry in rustix::fs::Dir::read_from(&self.fd)? {
                let entry = entry?;
                let name = entry.file_name().to_bytes();
                if name != b"." && name != b".." {
                    names.push(OsStr::from_bytes(name).to_os_string());
                }
            }
            Ok(names)
        }

        /// Whether this user may write the file `name` (already known to be
        /// regular). The superuser may write anything, so for them only the
        /// file's write bits count: a 0444 board is meant to stay as it is.
        pub fn may_write(&self, name: &OsStr, meta: &Meta) -> io::Result<bool> {
            if superuser() {
                return Ok(!meta.readonly);
            }
            match rustix::fs::accessat(
                &self.fd,
                name,
                rustix::fs::Access::WRITE_OK,
                AtFlags::empty(),
            ) {
                Ok(()) => Ok(true),
                Err(rustix::io::Errno::ACCESS | rustix::io::Errno::PERM) => Ok(false),
                Err(e) => Err(e.into()),
            }
        }

        /// Whether this user may create and remove names in this folder.
        pub fn may_write_here(&self) -> io::Result<bool> {
            if superuser() {
                return Ok(true);
            }
            let here = OsStr::new(".");
            match rustix::fs::accessat(
                &self.fd,
                here,
                rustix::fs::Access::WRITE_OK,
                AtFlags::empty(),
            ) {
                Ok(()) => Ok(true),
                Err(rustix::io::Errno::ACCESS | rustix::io::Errno::PERM) => Ok(false),
                Err(e) => Err(e.into()),
            }
        }

        /// Whether the file system of this folder is mounted read-only.
        pub fn read_only_fs(&self) -> bool {
            rustix::fs::fstatvfs(&self.fd)
                .is_ok_and(|s| s.f_flag.contains(rustix::fs::StatVfsMountFlags::RDONLY))
        }
    }
}

#[cfg(not(unix))]
mod imp {
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
            OpenOptions::new()
                .append(true)
                .create(true)
                .open(self.no_link(name)?)
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_an_impossible_one_does_not() {
        assert_ne!(process(std::process::id()), Liveness::Dead);
        assert_ne!(process(u32::MAX - 1), Liveness::Alive);
    }

    #[cfg(unix)]
    #[test]
    fn os_errors_get_a_kind() {
        use rustix::io::Errno;
        let kind = |e: Errno| classify(&io::Error::from_raw_os_error(e.raw_os_error()));
        assert_eq!(kind(Errno::ROFS), FsErrorKind::ReadOnlyFs);
        assert_eq!(kind(Errno::NOSPC), FsErrorKind::NoSpace);
        assert_eq!(kind(Errno::DQUOT), FsErrorKind::NoSpace);
        assert_eq!(kind(Errno::ACCESS), FsErrorKind::PermissionDenied);
        assert_eq!(kind(Errno::LOOP), FsErrorKind::Symlink);
        assert!(matches!(kind(Errno::IO), FsErrorKind::Other(_)));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_opened_without_blocking_and_seen_for_what_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.json");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::from_raw_mode(0o644),
        )
        .unwrap();
        let f = open_read_path(&fifo).unwrap();
        assert_eq!(DirHandle::fstat(&f).unwrap().kind, NodeKind::Fifo);
        let d = DirHandle::open(dir.path()).unwrap();
        assert_eq!(
            d.stat(OsStr::new("x.json"), false).unwrap().kind,
            NodeKind::Fifo
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_not_followed_where_tavle_writes() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("f"), dir.path().join("f")).unwrap();
        let d = DirHandle::open(dir.path()).unwrap();
        // Linux answers ENOTDIR here, not ELOOP: `safe_fs` names it by an lstat.
        assert!(d.open_sub(OsStr::new("sub"), true).is_err());
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
        let e = d.open_append(OsStr::new("f")).unwrap_err();
        assert_eq!(classify(&e), FsErrorKind::Symlink);
        assert!(d.create_new(OsStr::new("f"), 0o644).is_err());
        assert!(!outside.path().join("f").exists(), "wrote through a link");
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[test]
    fn network_magics_are_named() {
        assert_eq!(network_fs_name(0x6969), Some("nfs"));
        assert_eq!(network_fs_name(0xFF53_4D42), Some("cifs"));
        assert_eq!(network_fs_name(0x6573_5546), Some("fuse"));
        assert_eq!(network_fs_name(0xEF53), None); // ext4
        assert_eq!(network_fs_name(0x0102_1994), None); // tmpfs
    }
}

//! The Unix side of [`DirHandle`]: a folder held open as a directory
//! descriptor, every name in it opened with `openat` and `O_NOFOLLOW` (and
//! `O_NONBLOCK`, so that a FIFO is recognised by `fstat` instead of hanging
//! the `open`), and what a `stat` says turned into [`Meta`].
//!
//! Only single system calls live here: nothing may decide policy, follow a
//! link inside the folder, or open a name by a path built from the folder's.

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

/// Whether this process runs as the superuser, who may write any file: then
/// only the file's own write bits say whether it is meant to be written.
fn superuser() -> bool {
    rustix::process::geteuid().is_root()
}

/// Permission bits as the system's mode type: 32 bits on Linux, 16 on
/// macOS (`mode_t` is `u16` there), so only the bits a mode has (`0o7777`)
/// are passed on.
pub(super) fn mode_bits(bits: u32) -> Mode {
    #[allow(clippy::unnecessary_cast)]
    Mode::from_raw_mode((bits & 0o7777) as rustix::fs::RawMode)
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

    /// Open the sub-folder `name`, made first when `create`; a link there is
    /// refused. A folder made here is no wider than this one: made private,
    /// then given this folder's permission bits (set-group-id and sticky
    /// included) and, where the user may, its group (else no group bits).
    pub fn open_sub(&self, name: &OsStr, create: bool) -> io::Result<DirHandle> {
        let made = create
            && match rustix::fs::mkdirat(&self.fd, name, Mode::from_raw_mode(0o700)) {
                Ok(()) => true,
                Err(rustix::io::Errno::EXIST) => false,
                Err(e) => return Err(e.into()),
            };
        let fd = rustix::fs::openat(&self.fd, name, DIR | OFlags::NOFOLLOW, Mode::empty())?;
        if made {
            let parent = rustix::fs::fstat(&self.fd)?;
            #[allow(clippy::unnecessary_cast)]
            let (mode, gid) = (parent.st_mode as u32 & 0o3777, parent.st_gid as u32);
            super::restrict(&File::from(fd.try_clone()?), mode, Some(gid))?;
        }
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
        let fd = rustix::fs::openat(&self.fd, name, flags, mode_bits(mode))?;
        Ok(File::from(fd))
    }

    /// Open the existing `name` to append; never a link, never blocking.
    pub fn open_append(&self, name: &OsStr) -> io::Result<File> {
        let flags = OFlags::WRONLY
            | OFlags::APPEND
            | OFlags::NOFOLLOW
            | OFlags::NONBLOCK
            | OFlags::CLOEXEC
            | OFlags::NOCTTY;
        let fd = rustix::fs::openat(&self.fd, name, flags, Mode::empty())?;
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

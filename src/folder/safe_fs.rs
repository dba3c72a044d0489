//! The primitives of the folder layer: a board folder is writable by a whole
//! unit, so every name in it may have been planted by someone else (a link to
//! a colleague's home directory, a FIFO, a stale temp file). This module opens
//! files in a held folder without following links and without blocking, reads
//! with a bound, and replaces a file atomically keeping its mode and group.
//! Every failure is a typed [`FsError`].
//!
//! It must not know about boards, locks or languages: `folder_fs` adds the
//! rules of a board folder, `store`, `lock` and `history` build on both, and
//! `i18n` words the errors. OS calls go through `platform`.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

mod replace;
pub use replace::Replace;

pub use crate::platform::Meta;
use crate::platform::{self, DirHandle};
pub use tavle_core::diag::{FsErrorKind, NodeKind};

/// A file operation that failed: what, and on which file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FsError {
    pub kind: FsErrorKind,
    pub path: PathBuf,
}

impl FsError {
    pub fn new(kind: FsErrorKind, path: impl Into<PathBuf>) -> FsError {
        FsError {
            kind,
            path: path.into(),
        }
    }

    /// The typed form of an OS error on `path`.
    pub fn io(e: &io::Error, path: impl Into<PathBuf>) -> FsError {
        FsError::new(platform::classify(e), path)
    }
}

/// English, for logs and for callers that have no language at hand; users
/// read `i18n::fs_error`.
impl fmt::Display for FsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            FsErrorKind::ReadOnlyFs => write!(f, "{path}: read-only file system"),
            FsErrorKind::PermissionDenied => write!(f, "{path}: permission denied"),
            FsErrorKind::NoSpace => write!(f, "{path}: no space left"),
            FsErrorKind::NotFound => write!(f, "{path}: not found"),
            FsErrorKind::AlreadyExists => write!(f, "{path}: already exists"),
            FsErrorKind::NotRegular(k) => write!(f, "{path}: not a regular file ({k:?})"),
            FsErrorKind::Symlink => write!(f, "{path}: a symbolic link, not followed"),
            FsErrorKind::OutsideFolder => write!(f, "{path}: leads outside the folder"),
            FsErrorKind::TooLarge { size, limit } => {
                write!(f, "{path}: too large ({size} bytes; limit {limit})")
            }
            FsErrorKind::HeldOpen { kept } => {
                write!(f, "{path}: held open by another program; kept in {kept}")
            }
            FsErrorKind::Other(e) => write!(f, "{path}: {e}"),
        }
    }
}

impl std::error::Error for FsError {}

impl From<FsError> for io::Error {
    fn from(e: FsError) -> io::Error {
        let kind = match e.kind {
            FsErrorKind::PermissionDenied => io::ErrorKind::PermissionDenied,
            FsErrorKind::NotFound => io::ErrorKind::NotFound,
            _ => io::ErrorKind::Other,
        };
        io::Error::new(kind, e)
    }
}

/// The permissions of a file tavle writes: for the board itself its own, for
/// every file beside it (base, merged copy, change log, minutes) the
/// board's, so that nothing tavle leaves is more readable than the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Perms {
    /// Permission bits (`0o777`); meaningless where the OS has none.
    pub mode: u32,
    /// The group to give, where the user may; else the group gets nothing.
    pub gid: Option<u32>,
}

impl Perms {
    /// A board's own permissions, for the board file that replaces it.
    pub fn exact(board: &Meta) -> Perms {
        Perms {
            mode: board.mode & 0o777,
            gid: board.gid,
        }
    }

    /// For a file beside the board: the board's read and write bits (never
    /// execute), and always read and write for its owner, who must append
    /// to it again. A 0600 board leaves 0600 files, a 0660 team board files
    /// the team can read and append to, and no more.
    pub fn beside(board: &Meta) -> Perms {
        Perms {
            mode: (board.mode & 0o666) | 0o600,
            gid: board.gid,
        }
    }
}

/// A folder held open. Names in it are opened without following links, so a
/// name swapped for a link between a check and a write is never followed.
#[derive(Debug)]
pub struct Folder {
    handle: DirHandle,
    path: PathBuf,
}

impl Folder {
    /// Open the folder at `path` (the user's choice: a link to it is followed).
    pub fn open(path: &Path) -> Result<Folder, FsError> {
        let path = if path.as_os_str().is_empty() {
            Path::new(".")
        } else {
            path
        };
        let handle = DirHandle::open(path).map_err(|e| FsError::io(&e, path))?;
        Ok(Folder {
            handle,
            path: path.to_path_buf(),
        })
    }

    /// The sub-folder `name` (made when `create`); a link or a file there is refused.
    pub fn sub(&self, name: &OsStr, create: bool) -> Result<Folder, FsError> {
        let path = self.path.join(name);
        match self.handle.open_sub(name, create) {
            Ok(handle) => Ok(Folder { handle, path }),
            Err(e) => Err(self.explain(name, &e)),
        }
    }

    /// The path of `name` in this folder, for messages.
    pub fn join(&self, name: &OsStr) -> PathBuf {
        self.path.join(name)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why an operation on `name` failed: a link or an odd file by what it
    /// is (`O_NOFOLLOW` reports a link differently per OS), else the OS's reason.
    fn explain(&self, name: &OsStr, e: &io::Error) -> FsError {
        let path = self.join(name);
        match self.handle.stat(name, false) {
            Ok(m) if m.kind == NodeKind::Symlink => FsError::new(FsErrorKind::Symlink, path),
            Ok(m) if !matches!(m.kind, NodeKind::File | NodeKind::Directory) => {
                FsError::new(FsErrorKind::NotRegular(m.kind), path)
            }
            _ => FsError::io(e, path),
        }
    }

    /// The permissions for a file beside the board file `board` in this
    /// folder ([`Perms::beside`]); private to this user when the board
    /// cannot be seen (gone, or not a regular file).
    pub fn perms_beside(&self, board: &OsStr) -> Perms {
        match self.stat(board, false) {
            Ok(Some(meta)) if meta.kind == NodeKind::File => Perms::beside(&meta),
            _ => Perms {
                mode: 0o600,
                gid: None,
            },
        }
    }

    /// The permissions of a new file of this folder's own (not beside a
    /// board): the folder's read and write bits (never execute) and its
    /// group; always read and write for the owner.
    pub fn perms_of_new(&self) -> Perms {
        match self.stat(OsStr::new("."), true) {
            Ok(Some(meta)) => Perms {
                mode: (meta.mode & 0o666) | 0o600,
                gid: meta.gid,
            },
            _ => Perms {
                mode: 0o600,
                gid: None,
            },
        }
    }

    /// What `name` is, without opening it; None when there is nothing.
    pub fn stat(&self, name: &OsStr, follow: bool) -> Result<Option<Meta>, FsError> {
        match self.handle.stat(name, follow) {
            Ok(m) => Ok(Some(m)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(FsError::io(&e, self.join(name))),
        }
    }

    /// Read the regular file `name`, at most `limit` bytes, never blocking
    /// and never through a link unless `follow`.
    pub fn read(&self, name: &OsStr, follow: bool, limit: u64) -> Result<(Vec<u8>, Meta), FsError> {
        let file = self
            .handle
            .open_read(name, follow)
            .map_err(|e| self.explain(name, &e))?;
        read_bounded(file, &self.join(name), limit)
    }

    /// The last `limit` bytes of the regular file `name` (never a link),
    /// and whether the start was cut off.
    pub fn read_tail(&self, name: &OsStr, limit: u64) -> Result<(Vec<u8>, bool), FsError> {
        use std::io::{Seek, SeekFrom};
        let path = self.join(name);
        let mut file = self
            .handle
            .open_read(name, false)
            .map_err(|e| self.explain(name, &e))?;
        let meta = DirHandle::fstat(&file).map_err(|e| FsError::io(&e, &path))?;
        if meta.kind != NodeKind::File {
            return Err(FsError::new(FsErrorKind::NotRegular(meta.kind), path));
        }
        let start = meta.len.saturating_sub(limit);
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(start))
            .and_then(|_| file.take(limit).read_to_end(&mut bytes))
            .map_err(|e| FsError::io(&e, &path))?;
        Ok((bytes, start > 0))
    }

    /// Create `name` exclusively (never through a link, never over a file);
    /// `AlreadyExists` when anything at all is there.
    pub fn create_new(&self, name: &OsStr, mode: u32) -> Result<File, FsError> {
        self.handle.create_new(name, mode).map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                FsError::new(FsErrorKind::AlreadyExists, self.join(name))
            } else {
                self.explain(name, &e)
            }
        })
    }

    /// A second handle on the same folder (not the same path: the same folder).
    pub fn try_clone(&self) -> Result<Folder, FsError> {
        Ok(Folder {
            handle: self
                .handle
                .try_clone()
                .map_err(|e| FsError::io(&e, &self.path))?,
            path: self.path.clone(),
        })
    }

    /// Create `name` exclusively with `perms` from the first byte: made
    /// private to its owner, then given `perms` before anything is written
    /// (never wider first and narrowed later). On failure nothing is left.
    pub fn create_private(&self, name: &OsStr, perms: Perms) -> Result<File, FsError> {
        let file = self.create_new(name, 0o600)?;
        if let Err(e) = platform::restrict(&file, perms.mode, perms.gid) {
            let _ = self.remove(name);
            return Err(FsError::io(&e, self.join(name)));
        }
        Ok(file)
    }

    /// Append `bytes` to the regular file `name` in one write; made with
    /// `perms` when missing, and narrowed to them when this user owns it and
    /// it is more readable (made by an older tavle, or by hand).
    pub fn append(&self, name: &OsStr, bytes: &[u8], perms: Perms) -> Result<(), FsError> {
        let path = self.join(name);
        let mut file = loop {
            match self.handle.open_append(name) {
                Ok(file) => {
                    let meta = DirHandle::fstat(&file).map_err(|e| FsError::io(&e, &path))?;
                    if meta.kind != NodeKind::File {
                        return Err(FsError::new(FsErrorKind::NotRegular(meta.kind), path));
                    }
                    let wider = meta.mode & !perms.mode != 0
                        || (meta.mode & 0o070 != 0
                            && perms.gid.is_some_and(|g| meta.gid != Some(g)));
                    if wider {
                        // Not ours to change: it stays as it is.
                        let _ = platform::restrict(&file, meta.mode & perms.mode, perms.gid);
                    }
                    break file;
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    match self.create_private(name, perms) {
                        // Made, by us or by another writer just now: opened
                        // again for appending, since the new file's own
                        // handle writes at offset 0, over a line another
                        // writer may have appended in between.
                        Ok(_) => continue,
                        Err(e) if e.kind == FsErrorKind::AlreadyExists => continue,
                        Err(e) => return Err(e),
                    }
                }
                Err(e) => return Err(self.explain(name, &e)),
            }
        };
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| FsError::io(&e, &path))
    }

    /// Remove the name `name` (a link itself, never what it points to).
    pub fn remove(&self, name: &OsStr) -> Result<(), FsError> {
        self.handle
            .remove(name)
            .map_err(|e| FsError::io(&e, self.join(name)))
    }

    /// Rename within this folder, replacing `to`.
    pub fn rename(&self, from: &OsStr, to: &OsStr) -> Result<(), FsError> {
        self.handle
            .rename(from, to)
            .map_err(|e| FsError::io(&e, self.join(to)))
    }

    /// Give `from` the second name `to`; fails when `to` exists (never replaces).
    pub fn link(&self, from: &OsStr, to: &OsStr) -> Result<(), FsError> {
        self.handle
            .link(from, to)
            .map_err(|e| FsError::io(&e, self.join(to)))
    }

    /// The names in this folder.
    pub fn names(&self) -> Result<Vec<OsString>, FsError> {
        self.handle.names().map_err(|e| FsError::io(&e, &self.path))
    }

    /// Why a file here (a regular file with `meta`) must not be written, if so.
    pub fn write_refusal(&self, name: &OsStr, meta: &Meta) -> Option<Refusal> {
        if self.handle.read_only_fs() {
            return Some(Refusal::ReadOnlyFs);
        }
        if !self.handle.may_write_here().unwrap_or(true) {
            return Some(Refusal::FolderNotWritable);
        }
        if !self.handle.may_write(name, meta).unwrap_or(true) {
            return Some(Refusal::NoWritePermission);
        }
        None
    }
}

/// Why a file must not be written although it can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    ReadOnlyFs,
    FolderNotWritable,
    NoWritePermission,
}

/// Read an open file (no FIFO: it is `fstat`ed first) up to `limit` bytes.
pub fn read_bounded(file: File, path: &Path, limit: u64) -> Result<(Vec<u8>, Meta), FsError> {
    let meta = DirHandle::fstat(&file).map_err(|e| FsError::io(&e, path))?;
    if meta.kind != NodeKind::File {
        return Err(FsError::new(FsErrorKind::NotRegular(meta.kind), path));
    }
    let too_large = |size| FsError::new(FsErrorKind::TooLarge { size, limit }, path);
    if meta.len > limit {
        return Err(too_large(meta.len));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len).unwrap_or(0));
    // The file may grow while we read it: never take more than the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FsError::io(&e, path))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok((bytes, meta))
}

/// Read the file at `path` through links, never blocking on a FIFO.
pub fn read_path(path: &Path, limit: u64) -> Result<(Vec<u8>, Meta), FsError> {
    let file = platform::open_read_path(path).map_err(|e| FsError::io(&e, path))?;
    read_bounded(file, path, limit)
}

/// 128 unpredictable bits as hex: std's hasher keys come from the OS's
/// random source once per process, and every call uses new keys. Used for
/// lock nonces and temp names (which are created exclusively anyway; the
/// randomness only keeps others from occupying them in advance).
pub fn random_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut out = String::with_capacity(32);
    for _ in 0..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

/// A short tag of this machine's name for temp file names: recognisable
/// later, without putting an arbitrary host name into a file name.
pub(crate) fn host_tag(host: &str) -> String {
    // FNV-1a: the same in every process, unlike std's seeded hasher.
    let mut h: u32 = 0x811c_9dc5;
    for b in host.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// `.NAME.PID-HOST.RANDOM.tmp`: hidden (the watcher and listing skip it),
/// unpredictable, and naming its owner so that a leftover can be recognised.
pub fn temp_name(board: &OsStr) -> String {
    format!(
        ".{}.{}-{}.{}.tmp",
        board.to_string_lossy(),
        std::process::id(),
        host_tag(&platform::hostname()),
        &random_token()[..16]
    )
}

#[cfg(test)]
#[path = "safe_fs_tests.rs"]
mod tests;

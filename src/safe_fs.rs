//! The primitives of the folder layer: a board folder is writable by a whole
//! unit, so every name in it may have been planted by someone else (a link to
//! a colleague's home directory, a FIFO, a stale temp file). This module opens
//! files in a held folder without following links and without blocking, reads
//! with a bound, replaces a file atomically keeping its mode and group, lists
//! board files apart from odd entries, and finds where a linked board really
//! is. Every failure is a typed [`FsError`].
//!
//! It must not know about boards' contents, locks or languages: `store`,
//! `lock` and `history` build on it, and `i18n` words its errors. OS calls go
//! through `platform`.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

pub use crate::diag::{FsErrorKind, NodeKind};
pub use crate::platform::Meta;
use crate::platform::{self, DirHandle, Liveness};

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

    /// Append `bytes` to the regular file `name` in one write, made when missing.
    pub fn append(&self, name: &OsStr, bytes: &[u8]) -> Result<(), FsError> {
        let path = self.join(name);
        let mut file = self
            .handle
            .open_append(name)
            .map_err(|e| self.explain(name, &e))?;
        let meta = DirHandle::fstat(&file).map_err(|e| FsError::io(&e, &path))?;
        if meta.kind != NodeKind::File {
            return Err(FsError::new(FsErrorKind::NotRegular(meta.kind), path));
        }
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

    /// Replace `name` with `bytes` so that a reader sees the old or the new
    /// file, never half of one: a temp file made exclusively in this folder
    /// (with [`like`]'s mode and, where allowed, group), written and fsynced;
    /// then `verify` (the lock is still ours), rename over `name`, fsync the
    /// folder. On any failure the temp file is removed and `name` is untouched.
    pub fn replace<E>(
        &self,
        name: &OsStr,
        bytes: &[u8],
        like: Option<&Meta>,
        verify: impl FnOnce() -> Result<(), E>,
    ) -> Result<(), Replace<E>> {
        let tmp = OsString::from(temp_name(name));
        let tmp_path = self.join(&tmp);
        // Private until it has the board's mode; a new board gets the umask's.
        let mut file = self
            .create_new(&tmp, if like.is_some() { 0o600 } else { 0o666 })
            .map_err(Replace::Fs)?;
        let guard = TempGuard {
            folder: self,
            name: &tmp,
            armed: true,
        };
        let io = |e: io::Error| Replace::Fs(FsError::io(&e, &tmp_path));
        if let Some(like) = like {
            platform::keep_mode_and_group(&file, like).map_err(io)?;
        }
        file.write_all(bytes).map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        verify().map_err(Replace::Verify)?;
        self.rename(&tmp, name).map_err(Replace::Fs)?;
        guard.disarm();
        self.handle.sync();
        Ok(())
    }

    /// Temp files of the board `name` that crashed writers left (see [`Leftover`]).
    pub fn leftovers(&self, name: Option<&OsStr>) -> Vec<Leftover> {
        let Ok(names) = self.names() else {
            return Vec::new();
        };
        let now = SystemTime::now();
        let here = host_tag(&platform::hostname());
        names
            .into_iter()
            .filter_map(|n| {
                let owner = parse_temp_name(&n, name)?;
                let meta = self.stat(&n, false).ok()??;
                let age = meta
                    .modified
                    .and_then(|m| now.duration_since(m).ok())
                    .unwrap_or_default();
                let this_host = owner.host.as_deref() == Some(here.as_str());
                let dead = this_host && platform::process(owner.pid) == Liveness::Dead;
                Some(Leftover {
                    path: self.join(&n),
                    name: n,
                    pid: owner.pid,
                    this_host,
                    dead,
                    age,
                    regular: meta.kind == NodeKind::File,
                })
            })
            .filter(|l| l.age >= TEMP_STALE)
            .collect()
    }

    /// Remove the temp files of board `name` that [`Leftover::removable`] says may go.
    pub fn remove_leftovers(&self, name: &OsStr) -> usize {
        self.leftovers(Some(name))
            .into_iter()
            .filter(Leftover::removable)
            .filter(|l| self.remove(&l.name).is_ok())
            .count()
    }
}

/// Why a file must not be written although it can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    ReadOnlyFs,
    FolderNotWritable,
    NoWritePermission,
}

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

// ----- where a board file really is -----

/// A board file located: the folder that holds the real file, and its name there.
#[derive(Debug)]
pub struct BoardFile {
    pub folder: Folder,
    pub name: OsString,
    /// The board file is a link that leads out of the board folder: it may be
    /// read (through the link), never written.
    pub outside: bool,
}

impl BoardFile {
    /// The real file's path (the target of an inside link).
    pub fn path(&self) -> PathBuf {
        self.folder.join(&self.name)
    }
}

/// Where the board file at `path` really is. A link whose target (resolved
/// through every link and `..`) is inside the board folder leads to that
/// file, which is then opened through folders walked without following
/// links; a link out of the folder is marked `outside`. A FIFO, socket or
/// device is refused. A file that does not exist is located where it would be.
pub fn locate_board(path: &Path) -> Result<BoardFile, FsError> {
    let parent = path.parent().unwrap_or(Path::new(""));
    let Some(name) = path.file_name() else {
        return Err(FsError::new(FsErrorKind::NotFound, path));
    };
    let root = Folder::open(parent)?;
    let meta = root.stat(name, false)?;
    match meta.map(|m| m.kind) {
        None | Some(NodeKind::File) => Ok(BoardFile {
            folder: root,
            name: name.to_os_string(),
            outside: false,
        }),
        Some(NodeKind::Symlink) => {
            let outside = || {
                Ok(BoardFile {
                    folder: Folder::open(parent)?,
                    name: name.to_os_string(),
                    outside: true,
                })
            };
            let target = fs::canonicalize(path).map_err(|e| FsError::io(&e, path))?;
            let base = fs::canonicalize(root.path()).map_err(|e| FsError::io(&e, root.path()))?;
            let Ok(rel) = target.strip_prefix(&base) else {
                return outside();
            };
            let parts: Vec<&OsStr> = rel
                .components()
                .map(|c| match c {
                    Component::Normal(n) => Some(n),
                    _ => None,
                })
                .collect::<Option<_>>()
                .unwrap_or_default();
            let Some((last, dirs)) = parts.split_last() else {
                return outside();
            };
            let mut folder = root;
            for d in dirs {
                folder = folder.sub(d, false)?;
            }
            match folder.stat(last, false)?.map(|m| m.kind) {
                Some(NodeKind::File) => Ok(BoardFile {
                    folder,
                    name: last.to_os_string(),
                    outside: false,
                }),
                // Changed between the resolving and the walk: refuse, do not guess.
                Some(NodeKind::Symlink) => {
                    Err(FsError::new(FsErrorKind::Symlink, folder.join(last)))
                }
                Some(k) => Err(FsError::new(FsErrorKind::NotRegular(k), path)),
                None => Err(FsError::new(FsErrorKind::NotFound, path)),
            }
        }
        Some(k) => Err(FsError::new(FsErrorKind::NotRegular(k), path)),
    }
}

// ----- listing a board folder -----

/// The name of a board file: `*.json`, not hidden. Leaves out lock files
/// (`X.json.lock`) and temp files (`.X.json.….tmp`).
pub fn is_board_name(name: &OsStr) -> bool {
    !name.to_string_lossy().starts_with('.')
        && Path::new(name).extension() == Some(OsStr::new("json"))
}

/// A `*.json` entry of the folder that is not read as a board, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub why: SkipWhy,
}

/// Why an entry named like a board is skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipWhy {
    /// A FIFO, socket or device: opening it could block for ever.
    Special(NodeKind),
    /// A link to a FIFO, socket or device.
    LinkTo(NodeKind),
    /// A link that leads nowhere (or in a circle).
    BrokenLink,
    /// It could not even be examined.
    Unreadable(FsErrorKind),
}

/// What a folder holds: board files, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Board files as `dir.join(name)`, sorted by name: regular files and
    /// links to regular files (a link out of the folder is read-only).
    pub boards: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
}

/// What one name in the folder is, for the listing and the watcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Board,
    Skipped(SkipWhy),
    /// Not a board and nothing to warn about (a folder, say).
    Other,
    Missing,
}

/// Examine `dir/name` without opening it.
pub fn entry(dir: &Path, name: &OsStr) -> Entry {
    if platform::device_name(name) {
        return Entry::Skipped(SkipWhy::Special(NodeKind::CharDevice));
    }
    let path = dir.join(name);
    let kind = match fs::symlink_metadata(&path) {
        Ok(m) => platform::meta_of(&m).kind,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Entry::Missing,
        Err(e) => return Entry::Skipped(SkipWhy::Unreadable(platform::classify(&e))),
    };
    match kind {
        NodeKind::File => Entry::Board,
        NodeKind::Directory => Entry::Other,
        // `stat` follows the link without opening what it leads to.
        NodeKind::Symlink => match fs::metadata(&path) {
            Ok(m) => match platform::meta_of(&m).kind {
                NodeKind::File => Entry::Board,
                NodeKind::Directory => Entry::Other,
                k => Entry::Skipped(SkipWhy::LinkTo(k)),
            },
            Err(e) => match platform::classify(&e) {
                FsErrorKind::NotFound | FsErrorKind::Symlink => Entry::Skipped(SkipWhy::BrokenLink),
                k => Entry::Skipped(SkipWhy::Unreadable(k)),
            },
        },
        k => Entry::Skipped(SkipWhy::Special(k)),
    }
}

/// The board files of a folder, and the odd entries skipped.
pub fn list_boards(dir: &Path) -> Result<Listing, FsError> {
    let mut listing = Listing::default();
    for e in fs::read_dir(dir).map_err(|e| FsError::io(&e, dir))? {
        let name = e.map_err(|e| FsError::io(&e, dir))?.file_name();
        if !is_board_name(&name) {
            continue;
        }
        match entry(dir, &name) {
            Entry::Board => listing.boards.push(dir.join(&name)),
            Entry::Skipped(why) => listing.skipped.push(Skipped {
                path: dir.join(&name),
                why,
            }),
            Entry::Other | Entry::Missing => {}
        }
    }
    listing.boards.sort();
    listing.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(listing)
}

// ----- temp files -----

/// A temp file older than this whose writer is gone is a leftover: a save
/// holds its temp file for milliseconds.
pub const TEMP_STALE: Duration = Duration::from_secs(3 * 60);

/// A temp file of another machine (whose process cannot be asked) is removed
/// only when this old.
pub const TEMP_FOREIGN_STALE: Duration = Duration::from_secs(60 * 60);

/// A temp file of a save that did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub path: PathBuf,
    pub name: OsString,
    pub pid: u32,
    /// Made on this machine (so `dead` could be asked).
    pub this_host: bool,
    /// Its process is known to be gone.
    pub dead: bool,
    pub age: Duration,
    pub regular: bool,
}

impl Leftover {
    /// Whether the next save removes it: a dead process of this machine, or
    /// another machine's after an hour.
    pub fn removable(&self) -> bool {
        (self.this_host && self.dead) || (!self.this_host && self.age >= TEMP_FOREIGN_STALE)
    }
}

/// A short tag of this machine's name for temp file names: recognisable
/// later, without putting an arbitrary host name into a file name.
fn host_tag(host: &str) -> String {
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

struct TempOwner {
    pid: u32,
    /// None for names of older tavle versions (`.NAME.PID.tmp`).
    host: Option<String>,
}

/// The owner of a temp file name, when it is one of ours (of board `board`,
/// or of any `*.json` when None).
fn parse_temp_name(name: &OsStr, board: Option<&OsStr>) -> Option<TempOwner> {
    let name = name.to_str()?;
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let rest = match board {
        Some(b) => rest.strip_prefix(b.to_str()?)?.strip_prefix('.')?,
        None => rest.split_once(".json.")?.1,
    };
    if let Some((owner, token)) = rest.split_once('.') {
        let (pid, host) = owner.split_once('-')?;
        let ok = token.bytes().all(|b| b.is_ascii_alphanumeric())
            && host.len() == 8
            && host.bytes().all(|b| b.is_ascii_hexdigit());
        if !ok {
            return None;
        }
        return Some(TempOwner {
            pid: pid.parse().ok()?,
            host: Some(host.to_string()),
        });
    }
    Some(TempOwner {
        pid: rest.parse().ok()?,
        host: None,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognised_by_board_and_owner() {
        let n = OsString::from(temp_name(OsStr::new("b.json")));
        let owner = parse_temp_name(&n, Some(OsStr::new("b.json"))).unwrap();
        assert_eq!(owner.pid, std::process::id());
        assert_eq!(owner.host, Some(host_tag(&platform::hostname())));
        assert!(parse_temp_name(&n, Some(OsStr::new("a.json"))).is_none());
        assert!(parse_temp_name(&n, None).is_some());
        let old = parse_temp_name(OsStr::new(".b.json.123.tmp"), None).unwrap();
        assert_eq!((old.pid, old.host), (123, None));
        assert!(parse_temp_name(OsStr::new(".b.json.x-y.z.tmp"), None).is_none());
        assert_ne!(
            temp_name(OsStr::new("b.json")),
            temp_name(OsStr::new("b.json"))
        );
    }

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

    #[cfg(unix)]
    #[test]
    fn a_link_is_located_inside_or_outside_the_folder() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("arkiv")).unwrap();
        fs::write(dir.path().join("arkiv/real.json"), "{}").unwrap();
        fs::write(outside.path().join("x.json"), "{}").unwrap();
        // Inside, even by way of `..` through the folder itself.
        let name = dir
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        symlink(
            format!("../{name}/arkiv/real.json"),
            dir.path().join("a.json"),
        )
        .unwrap();
        symlink(outside.path().join("x.json"), dir.path().join("b.json")).unwrap();
        symlink("nowhere.json", dir.path().join("c.json")).unwrap();

        let a = locate_board(&dir.path().join("a.json")).unwrap();
        assert!(!a.outside);
        assert_eq!(a.name, "real.json");
        assert_eq!(a.path(), dir.path().join("arkiv").join("real.json"));
        assert!(locate_board(&dir.path().join("b.json")).unwrap().outside);
        assert_eq!(
            locate_board(&dir.path().join("c.json")).unwrap_err().kind,
            FsErrorKind::NotFound
        );
    }
}

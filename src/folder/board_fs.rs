//! The rules of a board folder, on top of the `safe_fs` primitives: where a
//! board file really is when it is a link (inside the folder: its target;
//! outside: read-only), which entries named like boards are boards and which
//! are skipped (a FIFO, a socket, a device, a broken link: never opened), and
//! how temp files are named so that those of crashed writers can be
//! recognised and removed.
//!
//! It must not read or write board contents (that is `store`) nor make OS
//! calls of its own (that is `platform`).

use std::ffi::{OsStr, OsString};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, SystemTime};

pub use crate::folder::safe_fs::temp_name;
use crate::folder::safe_fs::{Folder, FsError, host_tag};
use crate::platform::{self, Liveness};
use tavle_core::diag::{FsErrorKind, NodeKind};

// ----- where a board file really is -----

/// A board file located: the folder that holds the real file, and its name there.
#[derive(Debug)]
pub struct BoardFile {
    pub folder: Folder,
    pub name: OsString,
    /// The board file is a link that leads out of the board folder: it may be
    /// read (through the link), never written.
    pub outside: bool,
    /// The name is a symbolic link (inside or out of the folder): a board
    /// may be one, a conflict copy never is merged through one.
    pub linked: bool,
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
            linked: false,
        }),
        Some(NodeKind::Symlink) => {
            let outside = || {
                Ok(BoardFile {
                    folder: Folder::open(parent)?,
                    name: name.to_os_string(),
                    outside: true,
                    linked: true,
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
                    linked: true,
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

/// Why an entry named like a board is skipped: data of the core, so that
/// the catalogue can word it without importing this layer.
pub use tavle_core::access::SkipWhy;

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

/// Temp files in `folder` that crashed writers left, of board `name` or of
/// every board (see [`Leftover`]).
pub fn leftovers(folder: &Folder, name: Option<&OsStr>) -> Vec<Leftover> {
    let Ok(names) = folder.names() else {
        return Vec::new();
    };
    let now = SystemTime::now();
    let here = host_tag(&platform::hostname());
    names
        .into_iter()
        .filter_map(|n| {
            let owner = parse_temp_name(&n, name)?;
            let meta = folder.stat(&n, false).ok()??;
            let age = meta
                .modified
                .and_then(|m| now.duration_since(m).ok())
                .unwrap_or_default();
            let this_host = owner.host.as_deref() == Some(here.as_str());
            let dead = this_host && platform::process(owner.pid) == Liveness::Dead;
            Some(Leftover {
                path: folder.join(&n),
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
pub fn remove_leftovers(folder: &Folder, name: &OsStr) -> usize {
    leftovers(folder, Some(name))
        .into_iter()
        .filter(Leftover::removable)
        .filter(|l| folder.remove(&l.name).is_ok())
        .count()
}

/// The board id of a file: its stem.
pub fn board_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
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
#[cfg(test)]
#[path = "board_fs_tests.rs"]
mod more_tests;

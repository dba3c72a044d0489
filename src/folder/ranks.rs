//! The boards' order from the last run, remembered so that a screen that
//! starts on a region's 10,000 boards reads the boards that go first
//! before the others and shows the right first screenful at once (issue
//! 24). For every board file it keeps the file's stamp when it was read
//! (size, modification and change time to the nanosecond, device and
//! inode, mode) and its [`RankFacts`]: counts and dates, never a title, a
//! name or a card. A board whose file's stamp is not the one remembered is
//! not trusted: it is read first, as a board never seen is.
//!
//! Like git's index, a stamp taken less than [`RACY`] before the file of
//! facts was begun is not trusted either: a file written again within the
//! same tick of a coarse clock (a share's 1 or 2 seconds) could keep its
//! stamp with new content.
//!
//! The file is the user's own (in [`platform::cache_dir`], one per folder,
//! named by a hash of the folder's path), written whole by rename with
//! mode 0600, so it is never more readable than the boards; it is read as
//! any file from outside is (no link followed, size bounded), and one that
//! cannot be read or understood is as good as none.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::folder::page;
use crate::folder::safe_fs::{Folder, FsError, Perms};
use crate::platform::{self, FileStamp};
use tavle_core::diag::FsErrorKind;
use tavle_core::model::Light;
use tavle_core::plan::Counts;
use tavle_core::summary::RankFacts;

/// A stamp taken less than this before the facts were begun is not
/// trusted (nanoseconds).
pub const RACY: i64 = 2_000_000_000;
/// The format of the file; another is not read.
const FORMAT: u32 = 1;
/// A file of facts larger than this is not read (10,000 boards take ~2 MB).
const LIMIT: u64 = 64 << 20;

/// What is remembered of one board file.
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    /// Its stamp before it was read.
    pub stamp: FileStamp,
    /// Its facts; `None` for a file that was not a board (it goes first).
    pub facts: Option<RankFacts>,
}

/// The remembered boards of a folder, by file name, trusted ones only.
pub type Remembered = HashMap<String, Known>;

#[derive(Serialize, Deserialize)]
struct File {
    format: u32,
    /// The folder's path, to tell two folders with the same hash apart.
    folder: String,
    /// When reading the boards began, nanoseconds since the Unix epoch.
    begun_ns: i64,
    boards: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    name: String,
    len: u64,
    modified_ns: i64,
    changed_ns: i64,
    dev: u64,
    ino: u64,
    mode: u32,
    /// The facts' day (days from the common era); absent: not a board.
    #[serde(default)]
    day: Option<i32>,
    /// Red, yellow, green, none, done, overdue.
    #[serde(default)]
    fixed: [usize; 6],
    /// (deadline, light: 0 none, 1 green, 2 yellow, 3 red).
    #[serde(default)]
    dated: Vec<(i32, u8)>,
    #[serde(default)]
    revisions: Vec<i32>,
}

/// The name the facts of the folder `dir` are kept under in the cache
/// folder, and the folder's path as they record it.
fn place(dir: &Path) -> Option<(String, String)> {
    let folder = std::fs::canonicalize(dir).ok()?;
    let key = folder.to_string_lossy().into_owned();
    // FNV-1a: the same name on every run and every build.
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    Some((format!("ranks-{hash:016x}.json"), key))
}

/// The boards of `dir` remembered from the last run, those whose stamp
/// may be trusted; empty when there is nothing (or nothing readable).
pub fn read(dir: &Path) -> Remembered {
    platform::cache_dir().map_or_else(Remembered::new, |cache| read_in(&cache, dir))
}

/// [`read`] from the cache folder `cache`.
fn read_in(cache: &Path, dir: &Path) -> Remembered {
    let Some((name, key)) = place(dir) else {
        return Remembered::new();
    };
    let Ok(folder) = Folder::open(cache) else {
        return Remembered::new();
    };
    let Ok((bytes, _)) = folder.read(OsStr::new(&name), false, LIMIT) else {
        return Remembered::new();
    };
    let Ok(file) = serde_json::from_slice::<File>(&bytes) else {
        return Remembered::new();
    };
    if file.format != FORMAT || file.folder != key {
        return Remembered::new();
    }
    let trusted = file.begun_ns.saturating_sub(RACY);
    (file.boards.into_iter())
        .filter(|e| e.modified_ns < trusted && e.changed_ns < trusted)
        .filter_map(|e| {
            let facts = match e.day {
                None => None,
                Some(day) => Some(facts_of(day, &e)?),
            };
            let stamp = FileStamp {
                len: e.len,
                modified_ns: i128::from(e.modified_ns),
                changed_ns: i128::from(e.changed_ns),
                id: (e.dev, e.ino),
                mode: e.mode,
            };
            Some((e.name, Known { stamp, facts }))
        })
        .collect()
}

fn facts_of(day: i32, e: &Entry) -> Option<RankFacts> {
    let date = |d: i32| NaiveDate::from_num_days_from_ce_opt(d);
    let [red, yellow, green, none, done, overdue] = e.fixed;
    let dated = (e.dated.iter())
        .map(|&(d, l)| Some((date(d)?, light_of(l)?)))
        .collect::<Option<Vec<_>>>()?;
    let revisions = (e.revisions.iter())
        .map(|&d| date(d))
        .collect::<Option<Vec<_>>>()?;
    Some(RankFacts {
        day: date(day)?,
        fixed: Counts {
            red,
            yellow,
            green,
            none,
            done,
            overdue,
        },
        dated,
        revisions,
    })
}

fn light_of(n: u8) -> Option<Option<Light>> {
    match n {
        0 => Some(None),
        1 => Some(Some(Light::Green)),
        2 => Some(Some(Light::Yellow)),
        3 => Some(Some(Light::Red)),
        _ => None,
    }
}

fn light_number(l: Option<Light>) -> u8 {
    match l {
        None => 0,
        Some(Light::Green) => 1,
        Some(Light::Yellow) => 2,
        Some(Light::Red) => 3,
    }
}

/// Remember `boards` (file name and what is known of it) as the boards of
/// `dir`, read from `begun_ns` on. A name that is not UTF-8 is left out
/// (it is read first next time, as a board never seen).
pub fn write(dir: &Path, begun_ns: i64, boards: &[(String, Known)]) -> Result<(), FsError> {
    let cache = platform::cache_dir().ok_or_else(|| FsError::new(FsErrorKind::NotFound, dir))?;
    write_in(&cache, dir, begun_ns, boards)
}

/// [`write`] into the cache folder `cache`.
fn write_in(
    cache: &Path,
    dir: &Path,
    begun_ns: i64,
    boards: &[(String, Known)],
) -> Result<(), FsError> {
    let no_place = || FsError::new(FsErrorKind::NotFound, dir);
    let (name, key) = place(dir).ok_or_else(no_place)?;
    let mut entries = Vec::with_capacity(boards.len());
    for (board, known) in boards {
        let s = &known.stamp;
        let (Ok(modified_ns), Ok(changed_ns)) =
            (i64::try_from(s.modified_ns), i64::try_from(s.changed_ns))
        else {
            continue;
        };
        let days = |d: NaiveDate| d.num_days_from_ce();
        let f = known.facts.as_ref();
        entries.push(Entry {
            name: board.clone(),
            len: s.len,
            modified_ns,
            changed_ns,
            dev: s.id.0,
            ino: s.id.1,
            mode: s.mode,
            day: f.map(|f| days(f.day)),
            fixed: f.map_or([0; 6], |f| {
                let c = &f.fixed;
                [c.red, c.yellow, c.green, c.none, c.done, c.overdue]
            }),
            dated: f.map_or_else(Vec::new, |f| {
                (f.dated.iter())
                    .map(|&(d, l)| (days(d), light_number(l)))
                    .collect()
            }),
            revisions: f.map_or_else(Vec::new, |f| f.revisions.iter().map(|&d| days(d)).collect()),
        });
    }
    let file = File {
        format: FORMAT,
        folder: key,
        begun_ns,
        boards: entries,
    };
    let bytes = serde_json::to_vec(&file).map_err(|_| no_place())?;
    open_made(cache)?;
    let private = Perms {
        mode: 0o600,
        gid: None,
    };
    page::write(&cache.join(name), &bytes, private)
}

/// Open the folder `path`, made (private) with its parent when missing.
fn open_made(path: &Path) -> Result<Folder, FsError> {
    if let Ok(f) = Folder::open(path) {
        return Ok(f);
    }
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        return Err(FsError::new(FsErrorKind::NotFound, path));
    };
    open_made(parent)?.sub(name, true)
}

#[cfg(test)]
mod tests;

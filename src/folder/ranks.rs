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

/// The file's first line.
#[derive(Serialize, Deserialize)]
struct Head {
    format: u32,
    /// The folder's path, to tell two folders with the same hash apart.
    folder: String,
    /// When reading the boards began, nanoseconds since the Unix epoch.
    begun_ns: i64,
}

/// One board's line, an array: its file name; the stamp's size,
/// modification and change times, device, inode and mode; the facts' day
/// (days from the common era; `null`: not a board); the fixed counts (red,
/// yellow, green, none, done, overdue); each deadline still to come as
/// `days * 4 + light` (0 none, 1 green, 2 yellow, 3 red); the revision
/// dates still to come. An array, not an object: 10,000 boards' lines
/// are held while the boards are read, and written in one piece.
type Line = (
    String,
    u64,
    i64,
    i64,
    u64,
    u64,
    u32,
    Option<i32>,
    [usize; 6],
    Vec<i32>,
    Vec<i32>,
);

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
    let mut lines = bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty());
    let head = lines
        .next()
        .and_then(|l| serde_json::from_slice::<Head>(l).ok());
    let Some(head) = head.filter(|h| h.format == FORMAT && h.folder == key) else {
        return Remembered::new();
    };
    let trusted = head.begun_ns.saturating_sub(RACY);
    lines
        .filter_map(|l| serde_json::from_slice::<Line>(l).ok())
        .filter(|l| l.2 < trusted && l.3 < trusted)
        .filter_map(|l| {
            let facts = match l.7 {
                None => None,
                Some(day) => Some(facts_of(day, l.8, &l.9, &l.10)?),
            };
            let stamp = FileStamp {
                len: l.1,
                modified_ns: i128::from(l.2),
                changed_ns: i128::from(l.3),
                id: (l.4, l.5),
                mode: l.6,
            };
            Some((l.0, Known { stamp, facts }))
        })
        .collect()
}

fn facts_of(day: i32, fixed: [usize; 6], dated: &[i32], revisions: &[i32]) -> Option<RankFacts> {
    let date = |d: i32| NaiveDate::from_num_days_from_ce_opt(d);
    let [red, yellow, green, none, done, overdue] = fixed;
    let dated = (dated.iter())
        .map(|&n| {
            let light = light_of(u8::try_from(n.rem_euclid(4)).ok()?)?;
            Some((date(n.div_euclid(4))?, light))
        })
        .collect::<Option<Vec<_>>>()?;
    let revisions = (revisions.iter())
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

/// The line that remembers the board file `name` as `known`, its newline
/// included; `None` for a stamp out of range.
pub fn line(name: &str, known: &Known) -> Option<String> {
    let s = &known.stamp;
    let days = |d: NaiveDate| d.num_days_from_ce();
    let f = known.facts.as_ref();
    let line: Line = (
        name.to_string(),
        s.len,
        i64::try_from(s.modified_ns).ok()?,
        i64::try_from(s.changed_ns).ok()?,
        s.id.0,
        s.id.1,
        s.mode,
        f.map(|f| days(f.day)),
        f.map_or([0; 6], |f| {
            let c = &f.fixed;
            [c.red, c.yellow, c.green, c.none, c.done, c.overdue]
        }),
        f.map_or_else(Vec::new, |f| {
            (f.dated.iter())
                .map(|&(d, l)| days(d) * 4 + i32::from(light_number(l)))
                .collect()
        }),
        f.map_or_else(Vec::new, |f| f.revisions.iter().map(|&d| days(d)).collect()),
    );
    let mut text = serde_json::to_string(&line).ok()?;
    text.push('\n');
    Some(text)
}

/// The start of the file of `dir`'s facts, for boards read from
/// `begun_ns` on: each board's [`line`] is added after it, and the whole
/// is [`write`]n (10,000 boards' lines are not copied once more).
pub fn head(dir: &Path, begun_ns: i64) -> Option<Vec<u8>> {
    let (_, key) = place(dir)?;
    let head = Head {
        format: FORMAT,
        folder: key,
        begun_ns,
    };
    let mut bytes = serde_json::to_vec(&head).ok()?;
    bytes.push(b'\n');
    Some(bytes)
}

/// Remember the boards of `dir`: `bytes` is its [`head`] and the boards'
/// [`line`]s.
pub fn write(dir: &Path, bytes: &[u8]) -> Result<(), FsError> {
    let cache = platform::cache_dir().ok_or_else(|| FsError::new(FsErrorKind::NotFound, dir))?;
    write_in(&cache, dir, bytes)
}

/// [`write`] into the cache folder `cache`.
fn write_in(cache: &Path, dir: &Path, bytes: &[u8]) -> Result<(), FsError> {
    let (name, _) = place(dir).ok_or_else(|| FsError::new(FsErrorKind::NotFound, dir))?;
    open_made(cache)?;
    let private = Perms {
        mode: 0o600,
        gid: None,
    };
    page::write(&cache.join(name), bytes, private)
}

/// Open the folder `path`, made for the user alone (with its parents)
/// when missing: whatever the folder above it allows, the facts' folder
/// is not another user's to put files in.
fn open_made(path: &Path) -> Result<Folder, FsError> {
    if let Ok(f) = Folder::open(path) {
        return Ok(f);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        open_made(parent)?;
    }
    match platform::make_private_dir(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(FsError::io(&e, path)),
    }
    Folder::open(path)
}

#[cfg(test)]
mod tests;

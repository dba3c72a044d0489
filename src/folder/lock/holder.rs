//! What a lock file says and how staleness is judged: the [`Holder`] written
//! into a lock, reading a lock file without ever blocking or following a
//! link, and the verdict on a lock someone else holds (in use, breakable, or
//! stale for a person to break).
//!
//! Nothing here takes, releases or removes a lock: that is the protocol in
//! the parent module. A lock file is written by anyone, so nothing read here
//! is trusted beyond its first 4 KB and 255 characters a field, and its age
//! is the age as seen by tavle (`age`), never what its time claims.

use std::ffi::OsStr;
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Local};

use super::LockError;
use super::age::{self, Sighting};
use super::machine::{Ids, Machine, Place, place};
use crate::folder::safe_fs::{Folder, FsErrorKind, Meta, NodeKind};
use crate::platform::{self, Liveness};

/// Who holds a lock, as written in the lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub host: String,
    pub pid: u32,
    /// When it was taken (RFC 3339), as written by the holder.
    pub at: String,
    /// The holder's random nonce; None in locks of older tavle versions.
    pub nonce: Option<String>,
    /// Which machine, boot and pid namespace; None in locks of older tavle
    /// versions (they name only the host).
    pub ids: Option<Box<Ids>>,
}

/// Lock files are tiny; anything larger is not ours and is not read whole.
pub(super) const READ_LIMIT: u64 = 4096;

/// Fields longer than this are cut: the file is written by anyone.
const FIELD_LIMIT: usize = 255;

impl Holder {
    pub(super) fn me(nonce: String) -> Holder {
        Holder {
            host: platform::hostname(),
            pid: std::process::id(),
            at: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
            nonce: Some(nonce),
            ids: Some(Box::new(Ids::here().clone())),
        }
    }

    /// The lock file's text: one `key=value` a line. Older versions read the
    /// lines they know and skip the others; an id this system cannot tell is
    /// written empty, so that "unknown" is told apart from "older tavle".
    pub(super) fn to_text(&self) -> String {
        let mut text = format!("host={}\npid={}\nat={}\n", self.host, self.pid, self.at);
        if let Some(n) = &self.nonce {
            text.push_str(&format!("nonce={n}\n"));
        }
        if let Some(ids) = &self.ids {
            let v = |id: &Option<String>| id.clone().unwrap_or_default();
            text.push_str(&format!(
                "machine={}\nboot={}\npidns={}\n",
                v(&ids.machine),
                v(&ids.boot),
                v(&ids.pidns)
            ));
        }
        text
    }

    /// The holder named by a lock file's bytes; None when it names nobody
    /// (empty, cut short, garbage).
    pub(super) fn parse(bytes: &[u8]) -> Option<Holder> {
        let text = String::from_utf8_lossy(bytes);
        let field = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
                .map(|v| v.chars().take(FIELD_LIMIT).collect::<String>())
        };
        let host = field("host").filter(|h| !h.trim().is_empty())?;
        let pid = field("pid")?.trim().parse().ok().filter(|p| *p != 0)?;
        let (machine, boot, pidns) = (field("machine"), field("boot"), field("pidns"));
        let ids = (machine.is_some() || boot.is_some() || pidns.is_some()).then(|| {
            let known = |id: Option<String>| id.filter(|v| !v.trim().is_empty());
            Box::new(Ids {
                machine: known(machine),
                boot: known(boot),
                pidns: known(pidns),
            })
        });
        Some(Holder {
            host,
            pid,
            at: field("at").unwrap_or_default(),
            nonce: field("nonce").filter(|n| !n.is_empty()),
            ids,
        })
    }
}

/// A lock whose holder is gone is broken only once it is this old: a holder
/// that just finished normally, and a newcomer that just took the lock, are younger.
pub const DEAD_MIN_AGE: Duration = Duration::from_secs(1);

/// A lock that names nobody (empty, cut short, garbage: `Place::Nobody`) is
/// a crash between create and write once it is this old (a writer fills its
/// lock within microseconds); a writer and `tavle unlock` both wait for it.
/// One this user may not read is not such a lock: whose it is is unknown,
/// so it waits for [`STALE_AFTER`] like another machine's.
pub const EMPTY_MIN_AGE: Duration = Duration::from_secs(5);

/// A lock older than this looks abandoned: tavle holds a lock for the
/// milliseconds it takes to re-read and write one file. A writer breaks one
/// this old only when its holder is this machine's and the OS cannot say
/// whether it runs; otherwise a person may (`tavle unlock`, without
/// `--force` from this age on).
pub const STALE_AFTER: Duration = Duration::from_secs(30);

/// What was at the lock path when we looked.
#[derive(Debug, Clone)]
pub(super) struct Seen {
    pub(super) meta: Meta,
    pub(super) bytes: Vec<u8>,
    pub(super) holder: Option<Holder>,
    /// This user may not read it (a lock of a board of another's mode).
    pub(super) unreadable: bool,
}

impl Seen {
    /// The very same lock: same file, same time, same bytes (a new lock may
    /// reuse a freed inode number, never the nonce).
    pub(super) fn same(&self, other: &Seen) -> bool {
        self.meta.id == other.meta.id
            && self.meta.modified == other.meta.modified
            && self.meta.len == other.meta.len
            && self.bytes == other.bytes
    }

    /// How old it is as seen by tavle (see `age`).
    pub(super) fn age(&self, now: SystemTime) -> Duration {
        age::age(&self.meta, Sighting::of(&self.meta, &self.bytes), now)
    }

    /// Where its holder is.
    pub(super) fn place(&self, me: &Machine, alive: impl Fn(u32) -> Liveness) -> Place {
        place(self.holder.as_ref(), self.unreadable, me, alive)
    }
}

/// What to do about a lock someone holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// In use: wait.
    Held,
    /// Abandoned beyond doubt: break it.
    Breakable,
    /// Looks abandoned, but only a person may break it.
    Stale,
}

pub(super) fn judge(
    seen: &Seen,
    now: SystemTime,
    me: &Machine,
    alive: impl Fn(u32) -> Liveness,
) -> Verdict {
    let age = seen.age(now);
    match seen.place(me, alive) {
        Place::Here {
            alive: Liveness::Dead,
            ..
        } if age >= DEAD_MIN_AGE => Verdict::Breakable,
        // No way to ask this OS: a lock of this machine this old is a crash.
        Place::Here {
            alive: Liveness::Unknown,
            ..
        } if age >= STALE_AFTER => Verdict::Breakable,
        Place::Nobody if age >= EMPTY_MIN_AGE => Verdict::Breakable,
        Place::Nobody => Verdict::Held,
        // Alive here, elsewhere, or unreadable: only a person breaks it.
        _ if age >= STALE_AFTER => Verdict::Stale,
        _ => Verdict::Held,
    }
}

/// Look at the lock `name` without ever blocking; None when there is none.
pub(super) fn inspect(folder: &Folder, name: &OsStr) -> Result<Option<Seen>, LockError> {
    let not_regular = |kind| LockError::NotRegular {
        lock: folder.join(name),
        kind,
    };
    let Some(meta) = folder.stat(name, false).map_err(LockError::Fs)? else {
        return Ok(None);
    };
    if meta.kind != NodeKind::File {
        return Err(not_regular(meta.kind));
    }
    match folder.read(name, false, READ_LIMIT) {
        Ok((bytes, meta)) => Ok(Some(Seen {
            holder: Holder::parse(&bytes),
            meta,
            bytes,
            unreadable: false,
        })),
        Err(e) => match e.kind {
            FsErrorKind::NotFound => Ok(None),
            // Swapped for something else since the stat.
            FsErrorKind::Symlink => Err(not_regular(NodeKind::Symlink)),
            FsErrorKind::NotRegular(k) => Err(not_regular(k)),
            // Oversized or failing: a lock that names nobody, judged by its age.
            // One this user may not read names someone unknown: never broken
            // automatically (its holder may well be saving).
            kind => Ok(Some(Seen {
                meta,
                bytes: Vec::new(),
                holder: None,
                unreadable: matches!(kind, FsErrorKind::PermissionDenied),
            })),
        },
    }
}

/// The time a holder took its lock, for messages.
pub fn taken_at(h: &Holder) -> Option<DateTime<chrono::FixedOffset>> {
    DateTime::parse_from_rfc3339(&h.at).ok()
}
#[cfg(test)]
#[path = "holder_tests.rs"]
mod more_tests;

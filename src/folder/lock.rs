//! The lock of a board: a file `BOARD.json.lock` beside it, made with an
//! exclusive create. `flock` does not hold on SMB and many network shares;
//! an exclusive create does. Every writer (screen, script, `tavle fmt`)
//! holds it for the milliseconds of one re-read-and-replace.
//!
//! **The protocol.**
//! - *Taking.* Create `BOARD.json.lock` exclusively (never through a link),
//!   write `host`, `pid`, `at` and a random `nonce` into it. Lock files are
//!   read only when they are regular files, at most 4 KB, never blocking: a
//!   lock that is a FIFO, a device, a folder or a link is reported
//!   ([`LockError::NotRegular`]) and never read or removed automatically.
//! - *Judging.* A lock is stale when its holder is on this machine and its
//!   process is gone (and the lock is at least [`DEAD_MIN_AGE`] old: a
//!   holder that just finished and a newcomer are younger), or when it is
//!   empty or unreadable (a crash between create and write, a full disk) and
//!   at least [`EMPTY_MIN_AGE`] old. Those are broken automatically. A lock
//!   of another machine is never broken automatically: when it is older than
//!   [`STALE_AFTER`] it is reported as stale and `tavle unlock` breaks it.
//! - *Breaking.* Breakers are serialised by a second exclusive file,
//!   `BOARD.json.lock.break`, held for the microseconds of one check and one
//!   remove. Under it, the breaker reads the lock again and removes it only
//!   if it is the very lock it judged (same file, same bytes, still stale).
//!   So when twelve writers find the same dead lock, one removes it, one of
//!   them takes the lock, and nobody removes a lock another has just taken.
//!   A `.break` file older than [`BREAK_STALE`] is a breaker's crash: it is
//!   renamed to a unique name, checked to be that same old file (else put
//!   back with a link, which never replaces), and removed.
//! - *Holding.* A holder releases only its own lock (same file and nonce),
//!   and right before renaming its new board into place it checks that it
//!   still holds the lock ([`Lock::verify`]); if not, it writes nothing and
//!   reports the loss. An edit is reported saved only once it is in the file.
//!
//! **Residual risks**, each needing a rare coincidence:
//! - A breaker killed inside its sub-millisecond window leaves `.break`
//!   behind; for [`BREAK_STALE`] nobody can break a stale lock (saves wait,
//!   then report the lock). If its removal races with a new breaker that
//!   takes `.break` in the microseconds between the rename and the check,
//!   the new `.break` is linked back; should a third breaker take the free
//!   name in that instant too, two breakers run at once, and one of them
//!   could remove a lock the other's writer just took. That writer's
//!   [`Lock::verify`] then fails unless the loss falls between its verify
//!   and its rename (microseconds).
//! - A holder stalled for [`EMPTY_MIN_AGE`] between creating its lock and
//!   writing into it (or a machine whose clock runs far ahead of the
//!   share's) is judged crashed; its verify catches the loss afterwards.
//! - Two machines with the same host name (cloned virtual machines) judge
//!   each other's processes by the wrong process table; the verify is the
//!   safety net. A reused pid makes a dead holder look alive: the lock is
//!   then reported as busy, and as stale after [`STALE_AFTER`].
//! - `tavle unlock` breaks a lock it judges stale; a person who forces it
//!   while a writer is in its verify-to-rename window can cost that edit.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Local};

use crate::folder::board_fs;
use crate::folder::safe_fs::{self, Folder, FsError, FsErrorKind, Meta, NodeKind};
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
}

/// Lock files are tiny; anything larger is not ours and is not read whole.
const READ_LIMIT: u64 = 4096;

/// Fields longer than this are cut: the file is written by anyone.
const FIELD_LIMIT: usize = 255;

impl Holder {
    fn me(nonce: String) -> Holder {
        Holder {
            host: platform::hostname(),
            pid: std::process::id(),
            at: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
            nonce: Some(nonce),
        }
    }

    fn to_text(&self) -> String {
        let mut text = format!("host={}\npid={}\nat={}\n", self.host, self.pid, self.at);
        if let Some(n) = &self.nonce {
            text.push_str(&format!("nonce={n}\n"));
        }
        text
    }

    /// The holder named by a lock file's bytes; None when it names nobody
    /// (empty, cut short, garbage).
    fn parse(bytes: &[u8]) -> Option<Holder> {
        let text = String::from_utf8_lossy(bytes);
        let field = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
                .map(|v| v.chars().take(FIELD_LIMIT).collect::<String>())
        };
        let host = field("host").filter(|h| !h.trim().is_empty())?;
        let pid = field("pid")?.trim().parse().ok().filter(|p| *p != 0)?;
        Some(Holder {
            host,
            pid,
            at: field("at").unwrap_or_default(),
            nonce: field("nonce").filter(|n| !n.is_empty()),
        })
    }
}

/// This machine's name.
pub fn hostname() -> String {
    platform::hostname()
}

/// Why a lock could not be taken (or was lost).
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Someone else holds the lock and it does not look abandoned. `holder`
    /// is None when the lock file names nobody (yet): being written, or unreadable.
    #[error("{} is locked by {}", .board.display(), describe(.holder))]
    Busy {
        board: PathBuf,
        holder: Option<Holder>,
    },
    /// The lock looks abandoned but is not broken automatically (another
    /// machine's, or a live process's for too long): `tavle unlock` breaks it.
    #[error("{} has a stale lock left by {}", .board.display(), describe(.holder))]
    Stale {
        board: PathBuf,
        holder: Option<Holder>,
    },
    /// The lock file is a FIFO, device, folder or link: not read, not removed.
    #[error("{} is not a regular file ({kind:?})", .lock.display())]
    NotRegular { lock: PathBuf, kind: NodeKind },
    /// Our lock was broken while we held it: nothing was written.
    #[error("the lock of {} was broken while saving", .board.display())]
    Lost { board: PathBuf },
    #[error("{0}")]
    Fs(FsError),
}

fn describe(h: &Option<Holder>) -> String {
    match h {
        Some(h) => format!("{} (pid {}) since {}", h.host, h.pid, h.at),
        None => "an unknown holder".to_string(),
    }
}

/// A lock whose holder is gone is broken only once it is this old: a holder
/// that just finished normally, and a newcomer that just took the lock, are younger.
pub const DEAD_MIN_AGE: Duration = Duration::from_secs(1);

/// An empty or unreadable lock is a crash between create and write once it
/// is this old (a writer fills its lock within microseconds).
pub const EMPTY_MIN_AGE: Duration = Duration::from_secs(5);

/// A lock older than this is considered abandoned: tavle holds a lock for the
/// milliseconds it takes to re-read and write one file.
pub const STALE_AFTER: Duration = Duration::from_secs(30);

/// A `.break` file older than this is a breaker's crash (breakers hold it < 1 ms).
pub const BREAK_STALE: Duration = Duration::from_secs(5);

/// The lock file of a board file (beside it; for a linked board see [`acquire`]).
pub fn lock_path(board: &Path) -> PathBuf {
    let name = lock_name(board.file_name().unwrap_or_default());
    board.with_file_name(name)
}

fn lock_name(board: &OsStr) -> OsString {
    let mut name = board.to_os_string();
    name.push(".lock");
    name
}

fn break_name(lock: &OsStr) -> OsString {
    let mut name = lock.to_os_string();
    name.push(".break");
    name
}

/// What was at the lock path when we looked.
#[derive(Debug, Clone)]
struct Seen {
    meta: Meta,
    bytes: Vec<u8>,
    holder: Option<Holder>,
}

impl Seen {
    /// The very same lock: same file, same time, same bytes (a new lock may
    /// reuse a freed inode number, never the nonce).
    fn same(&self, other: &Seen) -> bool {
        self.meta.id == other.meta.id
            && self.meta.modified == other.meta.modified
            && self.meta.len == other.meta.len
            && self.bytes == other.bytes
    }

    fn age(&self, now: SystemTime) -> Duration {
        age(&self.meta, now)
    }
}

fn age(meta: &Meta, now: SystemTime) -> Duration {
    // A time in the future (another machine's clock) counts as new.
    meta.modified
        .and_then(|m| now.duration_since(m).ok())
        .unwrap_or_default()
}

/// What to do about a lock someone holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// In use: wait.
    Held,
    /// Abandoned beyond doubt: break it.
    Breakable,
    /// Looks abandoned, but only a person may break it.
    Stale,
}

fn judge(seen: &Seen, now: SystemTime, me: &str, alive: impl Fn(u32) -> Liveness) -> Verdict {
    let age = seen.age(now);
    match &seen.holder {
        Some(h) if h.host == me => match alive(h.pid) {
            Liveness::Dead if age >= DEAD_MIN_AGE => Verdict::Breakable,
            // No way to ask this OS: a lock of this machine this old is a crash.
            Liveness::Unknown if age >= STALE_AFTER => Verdict::Breakable,
            _ if age >= STALE_AFTER => Verdict::Stale,
            _ => Verdict::Held,
        },
        Some(_) if age >= STALE_AFTER => Verdict::Stale,
        Some(_) => Verdict::Held,
        None if age >= EMPTY_MIN_AGE => Verdict::Breakable,
        None => Verdict::Held,
    }
}

/// Look at the lock `name` without ever blocking; None when there is none.
fn inspect(folder: &Folder, name: &OsStr) -> Result<Option<Seen>, LockError> {
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
        })),
        Err(e) => match e.kind {
            FsErrorKind::NotFound => Ok(None),
            // Swapped for something else since the stat.
            FsErrorKind::Symlink => Err(not_regular(NodeKind::Symlink)),
            FsErrorKind::NotRegular(k) => Err(not_regular(k)),
            // Unreadable or oversized: a lock that names nobody, judged by its age.
            _ => Ok(Some(Seen {
                meta,
                bytes: Vec::new(),
                holder: None,
            })),
        },
    }
}

/// A held lock; dropping it removes the lock file if it is still ours.
#[derive(Debug)]
pub struct Lock {
    folder: Folder,
    name: OsString,
    nonce: String,
    id: (u64, u64),
    board: PathBuf,
}

impl Lock {
    /// Whether the lock file is still the one we made. Call right before
    /// the rename that makes a change visible.
    pub fn verify(&self) -> Result<(), LockError> {
        #[cfg(test)]
        seam::hit(seam::Point::Verify);
        if self.is_ours() {
            Ok(())
        } else {
            Err(LockError::Lost {
                board: self.board.clone(),
            })
        }
    }

    fn is_ours(&self) -> bool {
        matches!(inspect(&self.folder, &self.name), Ok(Some(s))
            if s.meta.id == self.id
                && s.holder.as_ref().and_then(|h| h.nonce.as_deref()) == Some(self.nonce.as_str()))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only our own lock: if someone broke it and took it, theirs must stay.
        if self.is_ours() {
            let _ = self.folder.remove(&self.name);
        }
    }
}

/// Take the lock of the board file at `board`, waiting up to `wait` for
/// another holder. A linked board inside the folder is locked beside its
/// target, so that every name of one file shares one lock.
pub fn acquire(board: &Path, wait: Duration) -> Result<Lock, LockError> {
    let file = board_fs::locate_board(board).map_err(LockError::Fs)?;
    acquire_in(&file.folder, &file.name, wait)
}

/// Take the lock of board `board` in `folder`; see the module doc.
pub fn acquire_in(folder: &Folder, board: &OsStr, wait: Duration) -> Result<Lock, LockError> {
    let name = lock_name(board);
    let shown = folder.join(board);
    // Cloned first, so that a lock once made is always returned (and released).
    let own = folder.try_clone().map_err(LockError::Fs)?;
    let me = platform::hostname();
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut breaks = 0;
    loop {
        match folder.create_new(&name, 0o644) {
            Ok(file) => return fill(own, name, file, shown),
            Err(e) if e.kind == FsErrorKind::AlreadyExists => {}
            Err(e) => return Err(LockError::Fs(e)),
        }
        // Someone holds it, or something is in the way. Never wait on that.
        let Some(seen) = inspect(folder, &name)? else {
            continue;
        };
        let verdict = judge(&seen, SystemTime::now(), &me, platform::process);
        // Bounded: a folder where stale locks keep appearing falls through to the wait.
        if verdict == Verdict::Breakable && breaks < 64 {
            breaks += 1;
            #[cfg(test)]
            seam::hit(seam::Point::JudgedStale);
            if break_if_same(folder, &name, &seen, &me)? {
                continue;
            }
        }
        if start.elapsed() >= wait {
            let (board, holder) = (shown, seen.holder);
            return Err(if verdict == Verdict::Held {
                LockError::Busy { board, holder }
            } else {
                LockError::Stale { board, holder }
            });
        }
        // Short, jittered pauses: a writer holds the lock for milliseconds, and
        // waiters that wake in step would keep missing it.
        let jitter = u64::from(std::process::id() ^ start.elapsed().subsec_nanos()) % 1000;
        std::thread::sleep(pause + Duration::from_micros(jitter));
        pause = (pause * 2).min(Duration::from_millis(4));
    }
}

/// Fill a lock file we just created. If the write fails (disk full), remove
/// it rather than leave others an empty lock to age.
fn fill(
    folder: Folder,
    name: OsString,
    mut file: std::fs::File,
    board: PathBuf,
) -> Result<Lock, LockError> {
    let nonce = safe_fs::random_token();
    // Readable by everyone who shares the folder, whatever the umask.
    platform::set_mode(&file, 0o644);
    let written = file
        .write_all(Holder::me(nonce.clone()).to_text().as_bytes())
        .and_then(|()| file.metadata());
    match written {
        Ok(m) => Ok(Lock {
            folder,
            name,
            nonce,
            id: platform::meta_of(&m).id,
            board,
        }),
        Err(e) => {
            let _ = folder.remove(&name);
            Err(LockError::Fs(FsError::io(&e, folder.join(&name))))
        }
    }
}

/// Under the breakers' `.break` file, remove the lock `name` if it is still
/// exactly the stale lock `judged`. True when the lock is gone (by us or by
/// another breaker); false when `.break` is busy or the lock changed.
fn break_if_same(
    folder: &Folder,
    name: &OsStr,
    judged: &Seen,
    me: &str,
) -> Result<bool, LockError> {
    let Some(_guard) = BreakGuard::take(folder, name)? else {
        return Ok(false);
    };
    match inspect(folder, name)? {
        None => Ok(true),
        Some(now)
            if now.same(judged)
                && judge(&now, SystemTime::now(), me, platform::process) == Verdict::Breakable =>
        {
            match folder.remove(name) {
                Ok(()) => Ok(true),
                Err(e) if e.kind == FsErrorKind::NotFound => Ok(true),
                Err(e) => Err(LockError::Fs(e)),
            }
        }
        Some(_) => Ok(false),
    }
}

/// The breakers' mutex, held while it lives.
struct BreakGuard<'a> {
    folder: &'a Folder,
    name: OsString,
    id: (u64, u64),
    nonce: String,
}

impl<'a> BreakGuard<'a> {
    /// Take `.break` for lock `lock`; None when another breaker has it (a
    /// crashed breaker's old `.break` is cleared on the way).
    fn take(folder: &'a Folder, lock: &OsStr) -> Result<Option<BreakGuard<'a>>, LockError> {
        let name = break_name(lock);
        match folder.create_new(&name, 0o644) {
            Ok(mut file) => {
                let nonce = safe_fs::random_token();
                let meta = file
                    .write_all(nonce.as_bytes())
                    .and_then(|()| file.metadata())
                    .map_err(|e| LockError::Fs(FsError::io(&e, folder.join(&name))))?;
                Ok(Some(BreakGuard {
                    folder,
                    name,
                    id: platform::meta_of(&meta).id,
                    nonce,
                }))
            }
            Err(e) if e.kind == FsErrorKind::AlreadyExists => {
                clear_stale_break(folder, &name);
                Ok(None)
            }
            Err(e) => Err(LockError::Fs(e)),
        }
    }
}

impl Drop for BreakGuard<'_> {
    fn drop(&mut self) {
        // Ours only: had we stalled past BREAK_STALE, the name may be another's now.
        let ours = self
            .folder
            .read(&self.name, false, READ_LIMIT)
            .is_ok_and(|(bytes, meta)| meta.id == self.id && bytes == self.nonce.as_bytes());
        if ours {
            let _ = self.folder.remove(&self.name);
        }
    }
}

/// Remove a `.break` left by a crashed breaker: rename it aside (atomic),
/// check that what moved is that same old file, else link it back (a link
/// never replaces a newer `.break`), and remove the aside name.
fn clear_stale_break(folder: &Folder, name: &OsStr) {
    let Ok(Some(old)) = folder.stat(name, false) else {
        return;
    };
    if age(&old, SystemTime::now()) < BREAK_STALE {
        return;
    }
    let mut aside = name.to_os_string();
    aside.push(format!(".{}.stale", &safe_fs::random_token()[..12]));
    if folder.rename(name, &aside).is_err() {
        return;
    }
    let moved_same = matches!(folder.stat(&aside, false), Ok(Some(m))
        if m.id == old.id && m.modified == old.modified);
    if !moved_same {
        // We moved a breaker's fresh `.break`: give it back unless a newer one is there.
        let _ = folder.link(&aside, name);
    }
    let _ = folder.remove(&aside);
}

/// What `tavle unlock` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlocked {
    /// There was no lock.
    NotLocked,
    /// A stale lock was removed; who held it, if it said.
    Broke(Option<Holder>),
    /// The lock was not a regular file (a FIFO, link…); that name was removed
    /// (never what a link points to).
    RemovedOdd(NodeKind),
}

/// Break the lock of `board` by hand (`tavle unlock`): only a stale one (see
/// the module doc; here also any lock older than [`STALE_AFTER`]). A lock in
/// use right now is refused with [`LockError::Busy`].
pub fn break_lock(board: &Path) -> Result<Unlocked, LockError> {
    let file = board_fs::locate_board(board).map_err(LockError::Fs)?;
    let (folder, name) = (&file.folder, lock_name(&file.name));
    let me = platform::hostname();
    let seen = match inspect(folder, &name) {
        Ok(Some(seen)) => seen,
        Ok(None) => return Ok(Unlocked::NotLocked),
        // A person asked: removing a name never opens or follows it.
        Err(LockError::NotRegular { kind, .. }) => {
            folder.remove(&name).map_err(LockError::Fs)?;
            return Ok(Unlocked::RemovedOdd(kind));
        }
        Err(e) => return Err(e),
    };
    if judge(&seen, SystemTime::now(), &me, platform::process) == Verdict::Held {
        return Err(LockError::Busy {
            board: file.path(),
            holder: seen.holder,
        });
    }
    // Another breaker holds `.break` for microseconds: try for a moment.
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        if let Some(_guard) = BreakGuard::take(folder, &name)? {
            return match inspect(folder, &name)? {
                Some(now) if now.same(&seen) => {
                    folder.remove(&name).map_err(LockError::Fs)?;
                    Ok(Unlocked::Broke(seen.holder))
                }
                // Broken by a writer meanwhile, or a new lock: nothing left to break.
                Some(_) | None => Ok(Unlocked::NotLocked),
            };
        }
        if Instant::now() >= deadline {
            return Err(LockError::Busy {
                board: file.path(),
                holder: seen.holder,
            });
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The time a holder took its lock, for messages.
pub fn taken_at(h: &Holder) -> Option<DateTime<chrono::FixedOffset>> {
    DateTime::parse_from_rfc3339(&h.at).ok()
}

/// Test seams: a test can pause a writer at a named point of the protocol
/// (on its own thread only).
#[cfg(test)]
pub(crate) mod seam {
    use std::cell::RefCell;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Point {
        /// A lock was judged stale; about to take `.break` and break it.
        JudgedStale,
        /// About to check that the lock is still ours before the rename.
        Verify,
    }

    type Hook = Box<dyn FnMut(Point)>;

    thread_local! {
        static HOOK: RefCell<Option<Hook>> = RefCell::new(None);
    }

    /// Call `f` at every point this thread passes.
    pub fn set(f: impl FnMut(Point) + 'static) {
        HOOK.with(|h| *h.borrow_mut() = Some(Box::new(f)));
    }

    pub fn hit(p: Point) {
        HOOK.with(|h| {
            if let Some(f) = h.borrow_mut().as_mut() {
                f(p);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::seam::{self, Point};
    use super::*;
    use std::fs;
    use std::sync::mpsc;

    const BOARD: &str =
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

    /// A lock file at `board`'s lock path with `text`, `age` old.
    fn plant(board: &Path, text: &str, age: Duration) {
        let path = lock_path(board);
        fs::write(&path, text).unwrap();
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(SystemTime::now() - age)
            .unwrap();
    }

    fn dead_holder() -> String {
        format!(
            "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=dead\n",
            hostname(),
            u32::MAX - 1
        )
    }

    fn add(title: &str) -> crate::ops::Op {
        crate::ops::Op::Card(crate::ops::CardOp::Add(crate::ops::NewCard {
            title: title.to_string(),
            column: "a".to_string(),
            owner: None,
            due: None,
            light: None,
        }))
    }

    fn stamp() -> crate::ops::Stamp {
        crate::ops::Stamp {
            at: crate::model::Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
            by: "test".into(),
        }
    }

    fn titles(board: &Path) -> Vec<String> {
        let b = crate::folder::store::analyze(board).board.unwrap();
        b.cards.iter().map(|c| c.title.clone()).collect()
    }

    fn seen(holder: Option<Holder>, age: Duration) -> Seen {
        Seen {
            meta: Meta {
                kind: NodeKind::File,
                len: 1,
                modified: Some(SystemTime::now() - age),
                id: (1, 1),
                mode: 0o644,
                gid: None,
                readonly: false,
            },
            bytes: Vec::new(),
            holder,
        }
    }

    #[test]
    fn stale_is_judged_by_holder_liveness_and_age() {
        let h = |host: &str| {
            Some(Holder {
                host: host.into(),
                pid: 7,
                at: String::new(),
                nonce: None,
            })
        };
        let now = SystemTime::now();
        let s = Duration::from_secs;
        let j = |seen: &Seen, l: Liveness| judge(seen, now, "me", |_| l);
        assert_eq!(j(&seen(h("me"), s(2)), Liveness::Dead), Verdict::Breakable);
        assert_eq!(
            j(&seen(h("me"), Duration::ZERO), Liveness::Dead),
            Verdict::Held
        );
        assert_eq!(j(&seen(h("me"), s(2)), Liveness::Alive), Verdict::Held);
        assert_eq!(j(&seen(h("me"), s(40)), Liveness::Alive), Verdict::Stale);
        assert_eq!(
            j(&seen(h("me"), s(40)), Liveness::Unknown),
            Verdict::Breakable
        );
        assert_eq!(j(&seen(h("other"), s(10)), Liveness::Dead), Verdict::Held);
        assert_eq!(j(&seen(h("other"), s(40)), Liveness::Dead), Verdict::Stale);
        assert_eq!(j(&seen(None, s(2)), Liveness::Dead), Verdict::Held);
        assert_eq!(j(&seen(None, s(6)), Liveness::Alive), Verdict::Breakable);
    }

    /// Writer A judges the crash-left lock stale and is paused there; B
    /// breaks it and takes its own lock. A must not remove B's lock, and must
    /// not report success without its card in the file.
    fn paused_breaker(
        b_holds: Duration,
        a_waits: Duration,
    ) -> (
        Result<crate::folder::store::Saved, crate::folder::store::UpdateError>,
        Vec<String>,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        fs::write(&board, BOARD).unwrap();
        plant(&board, &dead_holder(), Duration::from_secs(5));
        let (judged_tx, judged_rx) = mpsc::channel();
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let a = {
            let board = board.clone();
            std::thread::spawn(move || {
                let mut first = true;
                seam::set(move |p| {
                    if p == Point::JudgedStale && first {
                        first = false;
                        let _ = judged_tx.send(());
                        let _ = go_rx.recv();
                    }
                });
                crate::folder::store::update_waiting(&board, &[add("A")], &stamp(), a_waits)
            })
        };
        judged_rx.recv_timeout(Duration::from_secs(10)).unwrap();
        let b = acquire(&board, Duration::ZERO).unwrap();
        let b_lock = fs::read(lock_path(&board)).unwrap();
        go_tx.send(()).unwrap();
        std::thread::sleep(b_holds);
        // A has re-checked under `.break` meanwhile and left B's lock alone.
        assert_eq!(
            fs::read(lock_path(&board)).unwrap(),
            b_lock,
            "A removed B's lock"
        );
        assert!(b.verify().is_ok());
        // B writes its change the way `update` does, then releases.
        let file = board_fs::locate_board(&board).unwrap();
        let text = fs::read_to_string(&board).unwrap().replace(
            r#""cards":[]"#,
            r#""cards":[{"id":"b1","title":"B","column":"a"}]"#,
        );
        file.folder
            .replace(&file.name, text.as_bytes(), None, || b.verify())
            .unwrap();
        drop(b);
        let result = a.join().unwrap();
        let titles = titles(&board);
        assert!(!lock_path(&board).exists(), "a lock was left");
        (result, titles)
    }

    #[test]
    fn a_paused_breaker_waits_for_the_lock_another_took() {
        let (result, titles) = paused_breaker(Duration::from_millis(100), Duration::from_secs(5));
        let saved = result.unwrap();
        assert_eq!(saved.board.cards.len(), 2);
        assert_eq!(titles, ["B", "A"]);
    }

    #[test]
    fn a_paused_breaker_that_times_out_reports_failure_and_wrote_nothing() {
        let (result, titles) =
            paused_breaker(Duration::from_millis(400), Duration::from_millis(100));
        match result {
            Err(crate::folder::store::UpdateError::Lock(LockError::Busy {
                holder: Some(h),
                ..
            })) => {
                assert_eq!(h.pid, std::process::id());
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(titles, ["B"]);
    }

    #[test]
    fn a_writer_whose_lock_was_broken_before_the_rename_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        fs::write(&board, BOARD).unwrap();
        let lock = lock_path(&board);
        let theirs = "host=x\npid=1\nat=later\nnonce=theirs\n";
        let planted = lock.clone();
        seam::set(move |p| {
            if p == Point::Verify {
                // Someone (wrongly) broke our lock and took their own.
                let _ = fs::remove_file(&planted);
                let _ = fs::write(&planted, theirs);
            }
        });
        let result = crate::folder::store::update(&board, &[add("A")], &stamp());
        seam::set(|_| {});
        assert!(
            matches!(
                result,
                Err(crate::folder::store::UpdateError::Lock(
                    LockError::Lost { .. }
                ))
            ),
            "{result:?}"
        );
        assert_eq!(fs::read_to_string(&board).unwrap(), BOARD);
        assert_eq!(
            fs::read_to_string(&lock).unwrap(),
            theirs,
            "their lock was removed"
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "temp file left: {names:?}");
    }
}

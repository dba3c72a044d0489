//! The lock of a board: a file `BOARD.json.lock` beside it, made with an
//! exclusive create. `flock` does not hold on SMB and many network shares;
//! an exclusive create does. Every writer (screen, script, `tavle fmt`)
//! holds it for the milliseconds of one re-read-and-replace.
//!
//! **The protocol.**
//! - *Taking.* Create `BOARD.json.lock` exclusively (never through a link),
//!   never readable by anyone the board is not readable by (`files`: made
//!   without group bits, put in the board's group where the user may, then
//!   given the board's group read bit), and write `host`, `pid`, `at`, a
//!   random `nonce` and where the holder runs — `machine` id, `boot` id and
//!   `pidns`, its process-id namespace (`machine`). Lock files are read only
//!   when they are regular files, at most 4 KB, never blocking: a lock that
//!   is a FIFO, a device, a folder or a link is reported
//!   ([`LockError::NotRegular`]) and never read or removed automatically.
//! - *Judging.* A lock's age is its age as seen by tavle (`age`): a time in
//!   the future ages from when this process first saw that very file. A
//!   lock is stale when its holder is on this very machine (same host name,
//!   machine id, boot and pid namespace) and its process is gone (and the
//!   lock is at least [`DEAD_MIN_AGE`] old: a holder that just finished and
//!   a newcomer are younger), or when it names nobody (a crash between
//!   create and write, a full disk) and is at least [`EMPTY_MIN_AGE`] old.
//!   Those are broken automatically. A lock of another machine, container
//!   or boot, or one this user may not read, is never broken automatically:
//!   when it is older than [`STALE_AFTER`] it is reported as stale, and
//!   `tavle unlock` breaks it (`unlock` says what it may break).
//! - *Breaking.* Breakers are serialised by a second exclusive file,
//!   `BOARD.json.lock.break`, held for the microseconds of one check and one
//!   remove. Under it, the breaker reads the lock again and removes it only
//!   if it is the very lock it judged (same file, same bytes, still stale).
//!   So when twelve writers find the same dead lock, one removes it, one of
//!   them takes the lock, and nobody removes a lock another has just taken.
//!   A `.break` file older than [`BREAK_STALE`] as seen by tavle is a
//!   breaker's crash: it is renamed to a unique name, checked to be that
//!   same old file (else put back with a link, which never replaces), and
//!   removed.
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
//! - A lock of an older tavle names only the host: it is judged by the host
//!   name, so such a lock from a cloned machine or a container with the
//!   same name can be taken for dead; the verify is the safety net. So can
//!   a lock of two containers that both cannot read any id (no `/proc`).
//! - A reused pid makes a dead holder look alive: the lock is then reported
//!   as busy, as stale after [`STALE_AFTER`], and `tavle unlock --force`
//!   breaks it.
//! - A future-dated lock ages only while a process looks at it: a one-shot
//!   command gives up before it is old enough and names it stale, and
//!   `tavle unlock` clears it.
//! - `tavle unlock --force` breaks a lock that may be in use; a person who
//!   forces it while a writer is in its verify-to-rename window can cost
//!   that edit.
//!
//! This file holds the taking, holding and breaking of a lock; what a lock
//! file says and how staleness is judged live in `holder` (with `machine`
//! and `age`), how its files are made in `files`, breaking by hand in
//! `unlock`. Nothing here may read a lock file but through
//! `holder::inspect`, nor break another's lock without looking at it again
//! under `.break` (only `tavle unlock` removes an odd entry at the lock's
//! name at once).

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::folder::board_fs;
use crate::folder::safe_fs::{self, Folder, FsError, FsErrorKind, Meta, NodeKind};
use crate::platform;

mod age;
mod files;
mod holder;
mod machine;
mod unlock;

pub use self::age::FUTURE_SKEW;
pub use self::holder::{DEAD_MIN_AGE, EMPTY_MIN_AGE, Holder, STALE_AFTER, taken_at};
use self::holder::{READ_LIMIT, Seen, Verdict, inspect, judge};
pub use self::machine::{Differs, Ids, Machine, Place};
pub use self::unlock::{Found, Unlocked, break_lock};

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
    let me = Machine::here();
    let like = files::board_meta(folder, board);
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut breaks = 0;
    loop {
        match files::create(folder, &name, like.as_ref()) {
            Ok(file) => return fill(own, name, file, shown),
            Err(e) if e.kind == FsErrorKind::AlreadyExists => {}
            Err(e) => return Err(LockError::Fs(e)),
        }
        // Someone holds it, or something is in the way. Never wait on that.
        let Some(seen) = inspect(folder, &name)? else {
            continue;
        };
        let verdict = judge(&seen, SystemTime::now(), &me, platform::process);
        // Bounded: a folder where stale locks keep appearing falls through to
        // the wait. Only breaks count: a `.break` in the way is tried again
        // (once it is BREAK_STALE old as seen by tavle, it is cleared).
        if verdict == Verdict::Breakable && breaks < 64 {
            #[cfg(test)]
            seam::hit(seam::Point::JudgedStale);
            if break_if_same(folder, &name, &seen, &me, like.as_ref())? {
                breaks += 1;
                continue;
            }
        }
        if start.elapsed() >= wait {
            // A lock whose time is no measure of its age, that outlived a
            // wait, is named stale: `tavle unlock` says what it is.
            let untrusted = !wait.is_zero() && age::untrusted(&seen.meta, SystemTime::now());
            let (board, holder) = (shown, seen.holder);
            return Err(if verdict == Verdict::Held && !untrusted {
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
    me: &Machine,
    like: Option<&Meta>,
) -> Result<bool, LockError> {
    let Some(_guard) = BreakGuard::take(folder, name, like)? else {
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
    /// Take `.break` for lock `lock`, made with the mode of the board
    /// `like`; None when another breaker has it (a crashed breaker's old
    /// `.break` is cleared on the way).
    fn take(
        folder: &'a Folder,
        lock: &OsStr,
        like: Option<&Meta>,
    ) -> Result<Option<BreakGuard<'a>>, LockError> {
        let name = break_name(lock);
        match files::create(folder, &name, like) {
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
/// never replaces a newer `.break`), and remove the aside name. Its age is
/// as seen by tavle: a time in the future does not keep it for good.
fn clear_stale_break(folder: &Folder, name: &OsStr) {
    let Ok(Some(old)) = folder.stat(name, false) else {
        return;
    };
    if age::age(&old, age::Sighting::of(&old, &[]), SystemTime::now()) < BREAK_STALE {
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
        /// A lock or `.break` file was just made, before anything else was
        /// done to it (its group, its mode, its text).
        Made,
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
mod mode_tests;
#[cfg(test)]
#[path = "break_tests.rs"]
mod more_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod verdict_tests;

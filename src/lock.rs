//! A lock file beside a board, `BOARD.json.lock`, made with exclusive create.
//! `flock` does not hold on SMB and many network shares; an exclusive create
//! does. The lock holds who took it (host, process id, time) so a lock left by
//! a crash can be recognised and broken.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Local};

/// Who holds a lock, as written in the lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub host: String,
    pub pid: u32,
    /// When it was taken (RFC 3339), as written by the holder.
    pub at: String,
}

impl Holder {
    fn me() -> Holder {
        Holder {
            host: hostname(),
            pid: std::process::id(),
            at: Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
        }
    }

    fn to_text(&self) -> String {
        format!("host={}\npid={}\nat={}\n", self.host, self.pid, self.at)
    }

    fn parse(text: &str) -> Holder {
        let field = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
                .unwrap_or("")
                .to_string()
        };
        Holder {
            host: field("host"),
            pid: field("pid").parse().unwrap_or(0),
            at: field("at"),
        }
    }
}

/// This machine's name.
pub fn hostname() -> String {
    rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned()
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Someone else holds the lock and it does not look abandoned.
    #[error("locked by {} (pid {}) since {}", .0.host, .0.pid, .0.at)]
    Busy(Holder),
    /// The lock looks abandoned (a crash): it is reported, not silently taken.
    #[error("stale lock left by {} (pid {}) since {}", .0.host, .0.pid, .0.at)]
    Stale(Holder),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    /// What we wrote into the lock file, to recognise it as ours.
    text: String,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Only our own lock: if someone broke it and took it, theirs must stay.
        if fs::read_to_string(&self.path).is_ok_and(|t| t == self.text) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// A lock whose holder is gone is broken only once it is this old: a holder
/// that just finished normally, and a newcomer that just took the lock, are younger.
const DEAD_MIN_AGE: Duration = Duration::from_secs(1);

/// The file's identity and age, to tell whether the lock we looked at is still there.
fn identity(meta: &fs::Metadata) -> (u64, Option<Duration>) {
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(meta);
    #[cfg(not(unix))]
    let ino = 0;
    let age = meta
        .modified()
        .ok()
        .and_then(|m| SystemTime::now().duration_since(m).ok());
    (ino, age)
}

/// The lock file of a board file.
pub fn lock_path(board: &Path) -> PathBuf {
    let mut name = board.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    board.with_file_name(name)
}

/// A lock older than this is considered abandoned: tavle holds a lock for the
/// milliseconds it takes to re-read and write one file.
pub const STALE_AFTER: Duration = Duration::from_secs(30);

/// Take the lock of `board`, waiting up to `wait` for another holder to finish.
/// A lock left by a process of this machine that no longer runs is broken at
/// once; one older than [`STALE_AFTER`] is reported as stale.
pub fn acquire(board: &Path, wait: Duration) -> Result<Lock, LockError> {
    let path = lock_path(board);
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut f) => {
                let text = Holder::me().to_text();
                let lock = Lock {
                    path,
                    text: text.clone(),
                };
                f.write_all(text.as_bytes())?;
                return Ok(lock);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e.into()),
        }
        // Someone holds it. Is it abandoned? Read who, and which file it was.
        let seen = fs::File::open(&path).and_then(|mut f| {
            let meta = f.metadata()?;
            let mut text = String::new();
            std::io::Read::read_to_string(&mut f, &mut text)?;
            Ok((Holder::parse(&text), identity(&meta)))
        });
        let age = seen.as_ref().ok().and_then(|(_, (_, age))| *age);
        let holder = seen.as_ref().map(|(h, _)| h.clone());
        if let Ok((h, (ino, Some(age)))) = &seen
            && *age >= DEAD_MIN_AGE
            && h.host == hostname()
            && h.pid != 0
            && !process_alive(h.pid)
        {
            // Its process is gone: nobody can be writing. Break it only if it is
            // still that same old file, not a new lock taken a moment ago.
            let still = fs::metadata(&path).map(|m| identity(&m));
            if let Ok((now_ino, Some(now_age))) = still
                && now_ino == *ino
                && now_age >= DEAD_MIN_AGE
            {
                let _ = fs::remove_file(&path);
            }
            continue;
        }
        if start.elapsed() >= wait {
            let h = holder.unwrap_or(Holder {
                host: String::new(),
                pid: 0,
                at: String::new(),
            });
            return Err(if age.is_some_and(|a| a >= STALE_AFTER) {
                LockError::Stale(h)
            } else {
                LockError::Busy(h)
            });
        }
        // Short, jittered pauses: a writer holds the lock for milliseconds, and
        // waiters that wake in step would keep missing it.
        let jitter = u64::from(std::process::id() ^ start.elapsed().subsec_nanos()) % 1000;
        std::thread::sleep(pause + Duration::from_micros(jitter));
        pause = (pause * 2).min(Duration::from_millis(4));
    }
}

/// Remove a lock by hand (`tavle unlock`); returns who held it, if anyone.
pub fn break_lock(board: &Path) -> io::Result<Option<Holder>> {
    let path = lock_path(board);
    match fs::read_to_string(&path) {
        Ok(text) => {
            fs::remove_file(&path)?;
            Ok(Some(Holder::parse(&text)))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// The time a holder took its lock, for messages.
pub fn taken_at(h: &Holder) -> Option<DateTime<chrono::FixedOffset>> {
    DateTime::parse_from_rfc3339(&h.at).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusive_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        let lock = acquire(&board, Duration::ZERO).unwrap();
        assert!(lock_path(&board).exists());
        match acquire(&board, Duration::from_millis(30)) {
            Err(LockError::Busy(h)) => assert_eq!(h.pid, std::process::id()),
            other => panic!("{other:?}"),
        }
        drop(lock);
        assert!(!lock_path(&board).exists());
        assert!(acquire(&board, Duration::ZERO).is_ok());
    }

    #[test]
    fn a_dead_local_holder_is_broken_once_it_is_old() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        let dead = Holder {
            host: hostname(),
            pid: u32::MAX - 1,
            at: "2026-11-24T08:00:00+01:00".into(),
        };
        let path = lock_path(&board);
        fs::write(&path, dead.to_text()).unwrap();
        // Fresh: it may belong to a process that just finished; leave it.
        assert!(matches!(
            acquire(&board, Duration::ZERO),
            Err(LockError::Busy(_))
        ));
        let old = SystemTime::now() - Duration::from_secs(5);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        assert!(acquire(&board, Duration::ZERO).is_ok());
    }

    #[test]
    fn dropping_a_broken_lock_leaves_the_new_holders_lock() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        let mine = acquire(&board, Duration::ZERO).unwrap();
        // Someone breaks it and takes the lock.
        break_lock(&board).unwrap();
        let theirs = acquire(&board, Duration::ZERO).unwrap();
        fs::write(lock_path(&board), "host=x\npid=1\nat=later\n").unwrap();
        drop(mine);
        assert!(
            lock_path(&board).exists(),
            "our drop must not remove their lock"
        );
        drop(theirs);
    }

    #[test]
    fn an_old_foreign_lock_is_reported_stale_and_can_be_broken() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        let other = Holder {
            host: "annen-pc".into(),
            pid: 42,
            at: "2026-11-24T08:00:00+01:00".into(),
        };
        let path = lock_path(&board);
        fs::write(&path, other.to_text()).unwrap();
        let old = SystemTime::now() - Duration::from_secs(120);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        match acquire(&board, Duration::ZERO) {
            Err(LockError::Stale(h)) => assert_eq!(h, other),
            other => panic!("{other:?}"),
        }
        assert_eq!(break_lock(&board).unwrap(), Some(other));
        assert!(acquire(&board, Duration::ZERO).is_ok());
    }
}

//! Two real Syncthing instances on this machine, sharing one folder over the
//! loopback interface only: each with its own home (keys, config, database)
//! and its own folder, global and local discovery, relays, NAT, usage
//! reporting and upgrades off, each device given the other's address. The
//! REST API (plain HTTP on 127.0.0.1, header `X-API-Key`) pauses and resumes
//! the connection ("offline"), scans, and says whether a folder is idle.
//!
//! Every wait is bounded and says what it waited for when it gives up.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use super::side::{self, Side};

/// How long Syncthing may take to start and to connect.
const START: Duration = Duration::from_secs(40);
/// Pause between two looks at the REST API or the folders.
const POLL: Duration = Duration::from_millis(200);

/// The two instances. Dropping the pair ends both processes, then removes
/// their homes and folders.
pub struct Pair {
    pub a: Side,
    pub b: Side,
    /// Whether `.tavle/` is synced (no `.stignore`); otherwise each side keeps its own.
    pub sync_tavle: bool,
    // Declared last: removed after the processes have ended.
    _tmp: tempfile::TempDir,
}

/// What the pair is started with.
pub struct Setup<'a> {
    /// Whether `.tavle/` is synced too (no `.stignore`).
    pub sync_tavle: bool,
    /// Files put in side A's folder before Syncthing starts.
    pub files: &'a [(&'a str, &'a [u8])],
}

impl Pair {
    /// Start both instances, wait until they are connected and `files` are
    /// on both sides. An error says why Syncthing could not be used.
    pub fn start(setup: &Setup) -> Result<Pair, String> {
        let version = Command::new("syncthing")
            .arg("--version")
            .output()
            .map_err(|e| format!("`syncthing` is not on PATH ({e})"))?;
        if !version.status.success() {
            return Err(format!(
                "`syncthing --version` failed: {}",
                String::from_utf8_lossy(&version.stderr).trim()
            ));
        }
        // A port found free may be taken before Syncthing binds it: try again.
        let mut last = String::new();
        for _ in 0..3 {
            match Pair::try_start(setup) {
                Ok(pair) => return Ok(pair),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    fn try_start(setup: &Setup) -> Result<Pair, String> {
        let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut a = side::prepare(tmp.path(), "A", "Anne", setup.sync_tavle)?;
        let mut b = side::prepare(tmp.path(), "B", "Bjørn", setup.sync_tavle)?;
        for (name, bytes) in setup.files {
            std::fs::write(a.dir.join(name), bytes).map_err(|e| e.to_string())?;
        }
        let listen = [side::free_port()?, side::free_port()?];
        side::write_config(&a, &b, listen[0], listen[1])?;
        side::write_config(&b, &a, listen[1], listen[0])?;
        side::spawn(&mut a)?;
        side::spawn(&mut b)?;
        let pair = Pair {
            a,
            b,
            sync_tavle: setup.sync_tavle,
            _tmp: tmp,
        };
        for side in [&pair.a, &pair.b] {
            pair.wait("Syncthing to answer", START, || {
                Ok(side.rest("GET", "/rest/system/ping").is_ok())
            })?;
        }
        // Paused in the config, connected the way `resume` does it: both
        // dialling at start-up is the race `resume` explains.
        pair.resume()?;
        pair.wait_in_sync(START)?;
        Ok(pair)
    }

    /// Both sides, A first.
    pub fn sides(&self) -> [&Side; 2] {
        [&self.a, &self.b]
    }

    /// Cut the connection: each side pauses the other device. Returns when
    /// neither is connected.
    pub fn pause(&self) -> Result<(), String> {
        for (me, other) in [(&self.a, &self.b), (&self.b, &self.a)] {
            me.rest("POST", &format!("/rest/system/pause?device={}", other.id))?;
        }
        self.wait("both sides to disconnect", START, || {
            Ok(!self.a.connected_to(&self.b)? && !self.b.connected_to(&self.a)?)
        })
    }

    /// Scan both folders (so every offline edit is known), then connect again.
    ///
    /// A first, B half a second later: Syncthing 1.19 dials at once on
    /// resume, and two devices that dial each other in the same instant each
    /// wait for the other's hello until a 20 s timeout. With A resumed first,
    /// A's dial is refused by the still paused B, and B's dial a moment later
    /// is the only one.
    pub fn resume(&self) -> Result<(), String> {
        self.a.scan()?;
        self.b.scan()?;
        self.a
            .rest("POST", &format!("/rest/system/resume?device={}", self.b.id))?;
        thread::sleep(Duration::from_millis(500));
        self.b
            .rest("POST", &format!("/rest/system/resume?device={}", self.a.id))?;
        self.wait_connected(START)
    }

    fn wait_connected(&self, timeout: Duration) -> Result<(), String> {
        self.wait("both sides to connect", timeout, || {
            Ok(self.a.connected_to(&self.b)? && self.b.connected_to(&self.a)?)
        })
    }

    /// Wait until the two folders agree: Syncthing is idle on both sides,
    /// needs nothing and counts the other side complete; the files at the top
    /// of the folders (boards and copies) are the same, byte for byte; and
    /// in `.tavle/` (when it syncs) every file both sides have is the same.
    /// Files Syncthing ignores (`.stignore`, which tavle may write too) are
    /// Syncthing's to judge, so `.tavle/` files on one side only are left to
    /// its completion count. Temporary files and `.st*` are never compared.
    pub fn wait_in_sync(&self, timeout: Duration) -> Result<(), String> {
        self.a.scan()?;
        self.b.scan()?;
        self.wait("both folders to be in sync", timeout, || {
            for (me, other) in [(&self.a, &self.b), (&self.b, &self.a)] {
                let (state, need) = me.folder_state()?;
                if state != "idle" || need != 0 || !me.has_all_of(other)? {
                    return Ok(false);
                }
            }
            Ok(self.differences().is_empty())
        })
    }

    /// Where the two folders differ, as [`Pair::wait_in_sync`] compares them.
    pub fn differences(&self) -> Vec<String> {
        let (a, b) = (self.tree(&self.a), self.tree(&self.b));
        let mut out = Vec::new();
        for path in a.keys().chain(b.keys().filter(|p| !a.contains_key(*p))) {
            let top = !path.contains('/');
            match (a.get(path), b.get(path)) {
                (Some(x), Some(y)) if x != y => out.push(format!("{path} differs")),
                (Some(_), None) if top => out.push(format!("{path} only on A")),
                (None, Some(_)) if top => out.push(format!("{path} only on B")),
                _ => {}
            }
        }
        out
    }

    /// Wait until a conflict copy of `board` is on both sides and they are in sync.
    pub fn wait_for_conflict(&self, board: &str, timeout: Duration) -> Result<Vec<String>, String> {
        let stem = board.trim_end_matches(".json");
        let prefix = format!("{stem}.sync-conflict-");
        let start = Instant::now();
        self.wait("a conflict copy on both sides", timeout, || {
            Ok(self
                .sides()
                .iter()
                .all(|s| s.conflict_copies().iter().any(|n| n.starts_with(&prefix))))
        })?;
        self.wait_in_sync(timeout.saturating_sub(start.elapsed()))?;
        Ok(self.a.conflict_copies())
    }

    /// The files of `side`'s folder that sync, by path, with their bytes.
    pub fn tree(&self, side: &Side) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(&side.dir, &side.dir, self.sync_tavle, &mut out);
        out
    }

    /// Poll `ready` until it is true; an error names `what` and shows the logs.
    fn wait(
        &self,
        what: &str,
        timeout: Duration,
        mut ready: impl FnMut() -> Result<bool, String>,
    ) -> Result<(), String> {
        let start = Instant::now();
        let mut last_err = String::new();
        loop {
            match ready() {
                Ok(true) => return Ok(()),
                Ok(false) => {}
                Err(e) => last_err = e,
            }
            for side in self.sides() {
                if let Some(status) = side::side_exited(side) {
                    return Err(format!(
                        "syncthing {} exited ({status}) while waiting for {what}\n{}",
                        side.name,
                        side.log_tail(30)
                    ));
                }
            }
            if start.elapsed() > timeout {
                return Err(format!(
                    "timed out after {timeout:?} waiting for {what} (last error: {last_err})\n{}\n{}\n{}",
                    self.describe(),
                    self.a.log_tail(15),
                    self.b.log_tail(15)
                ));
            }
            thread::sleep(POLL);
        }
    }

    /// Both folders' files and Syncthing's state, for failure messages.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for side in self.sides() {
            let state = side
                .folder_state()
                .map_or_else(|e| e, |(s, n)| format!("{s}, needs {n}"));
            out.push_str(&format!("side {} ({state}):\n", side.name));
            for (path, bytes) in self.tree(side) {
                out.push_str(&format!("  {path} ({} bytes)\n", bytes.len()));
            }
        }
        out.push_str(&format!("differences: {:?}\n", self.differences()));
        out
    }
}

fn walk(root: &Path, dir: &Path, sync_tavle: bool, out: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let skipped = name.starts_with(".st")
            || name.starts_with(".syncthing.")
            || name.starts_with("~syncthing~")
            || (name == ".tavle" && dir == root && !sync_tavle);
        if skipped {
            continue;
        }
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(root, &path, sync_tavle, out);
        } else if ft.is_file() {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            out.insert(rel, std::fs::read(&path).unwrap_or_default());
        }
    }
}

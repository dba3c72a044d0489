//! The pseudo-terminal harness of the end-to-end tests: the real `tavle`
//! binary in a pty, driven by key presses and read back through a terminal
//! emulator (`vt100`). Every wait is a poll with one generous timeout;
//! nothing asserts on timing.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use serde_json::Value;

/// How long any one expected thing may take before the test fails. Long,
/// because a busy 2-core machine running other test programs beside this
/// one once took more than 10 s to show a screen; only a failing run waits
/// this long, a passing one goes on as soon as the screen shows it.
pub const TIMEOUT: Duration = Duration::from_secs(30);
/// Pause between two looks at the screen or the file.
pub const POLL: Duration = Duration::from_millis(20);
/// The sequence that leaves the alternate screen: the terminal is given back.
pub const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";

pub const HOME_CARE: &str = "hjemmetjenesten-nord.json";

// Keys as a terminal sends them.
pub const ENTER: &str = "\r";
pub const SHIFT_RIGHT: &str = "\x1b[1;2C";
pub const SPACE: &str = " ";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";

/// A copy of the shipped boards in a fresh temporary folder.
pub fn boards_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    for name in [
        "helsefellesskap-handlingsplan.json",
        HOME_CARE,
        "sykehjem-forbedring.json",
    ] {
        std::fs::copy(src.join(name), dir.path().join(name)).expect("copy board");
    }
    dir
}

/// Call `f` every [`POLL`] until it gives a value; panic with `context()` after [`TIMEOUT`].
#[track_caller]
pub fn poll_until<T>(
    what: &str,
    mut f: impl FnMut() -> Option<T>,
    context: impl Fn() -> String,
) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        if start.elapsed() > TIMEOUT {
            panic!(
                "timed out after {TIMEOUT:?} waiting for {what}\n{}",
                context()
            );
        }
        thread::sleep(POLL);
    }
}

/// The card `id` of the board file at `path`, if the file parses.
pub fn card_in_file(path: &Path, id: &str) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let board: Value = serde_json::from_str(&text).ok()?;
    board["cards"]
        .as_array()?
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
}

/// The `local_flags` of the terminal's modes (raw mode clears some of them).
pub fn local_flags(master: &dyn MasterPty) -> Option<u64> {
    master
        .get_termios()
        // `tcflag_t` is 32 bits on Linux and 64 on macOS.
        .map(
            #[allow(clippy::useless_conversion)]
            |t| u64::from(t.local_flags.bits()),
        )
}

/// The emulated screen, framed for a failure message.
pub fn dump(parser: &Mutex<vt100::Parser>) -> String {
    let screen = parser.lock().unwrap().screen().contents();
    format!("--- screen ---\n{screen}\n--------------")
}

/// `tavle` running in a pseudo-terminal, with an emulated screen.
pub struct Tui {
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for escape sequences the screen does not keep.
    pub output: Arc<Mutex<Vec<u8>>>,
    pub writer: Box<dyn Write + Send>,
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub reader: Option<JoinHandle<()>>,
    /// The terminal's modes before tavle started.
    pub modes_before: Option<u64>,
}

impl Tui {
    /// Start `tavle <arg>` in a 120×36 terminal.
    pub fn start(arg: &Path) -> Tui {
        Tui::start_sized(arg, 120, 36)
    }

    /// Start `tavle <arg>` in a terminal of `cols` × `rows`.
    pub fn start_sized(arg: &Path, cols: u16, rows: u16) -> Tui {
        Tui::start_with(&[], arg, cols, rows)
    }

    /// Start `tavle <flags…> <arg>` in a terminal of `cols` × `rows`.
    pub fn start_with(flags: &[&str], arg: &Path, cols: u16, rows: u16) -> Tui {
        Tui::start_full(flags, &[], arg, cols, rows)
    }

    /// Start `tavle <arg>` with more environment variables set.
    pub fn start_with_env(env: &[(&str, &str)], arg: &Path, cols: u16, rows: u16) -> Tui {
        Tui::start_full(&[], env, arg, cols, rows)
    }

    fn start_full(flags: &[&str], env: &[(&str, &str)], arg: &Path, cols: u16, rows: u16) -> Tui {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let modes_before = local_flags(pty.master.as_ref());
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tavle"));
        for f in flags {
            cmd.arg(f);
        }
        cmd.arg(arg);
        cmd.cwd(arg.parent().unwrap_or(arg));
        cmd.env("TAVLE_LANG", "en");
        cmd.env("TAVLE_USER", "e2e");
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // The boards' order a large folder remembers goes to a temp
        // folder, not the cache of whoever runs the tests.
        let cache = std::env::temp_dir().join(format!("tavle-e2e-cache-{}", std::process::id()));
        cmd.env("XDG_CACHE_HOME", cache);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn tavle");
        // Only the child keeps the terminal side open, so reads end when it exits.
        drop(pty.slave);

        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let reader = {
            let (parser, output) = (Arc::clone(&parser), Arc::clone(&output));
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            output.lock().unwrap().extend_from_slice(&buf[..n]);
                            parser.lock().unwrap().process(&buf[..n]);
                        }
                    }
                }
            })
        };
        let writer = pty.master.take_writer().expect("pty writer");
        Tui {
            parser,
            output,
            writer,
            master: pty.master,
            child,
            reader: Some(reader),
            modes_before,
        }
    }

    /// The text on the emulated screen now.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Type `keys` (raw bytes as the terminal would send them).
    /// Press Down until the overview's selected row (marked ▶) contains `text`.
    pub fn select_row(&mut self, text: &str) {
        for _ in 0..10 {
            let selected = self
                .screen()
                .lines()
                .any(|l| l.contains('▶') && l.contains(text));
            if selected {
                return;
            }
            let before = self.screen();
            self.send("\x1b[B");
            self.wait_until("the selection to move", |s| s != before);
        }
        panic!("no overview row with {text:?}:\n{}", self.screen());
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    /// Wait until the screen shows `text`.
    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| s.contains(text));
    }

    /// Wait until the screen no longer shows `text`.
    #[track_caller]
    pub fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |s| {
            !s.contains(text)
        });
    }

    /// Wait until `pred` holds for the screen's text.
    #[track_caller]
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) {
        poll_until(what, || pred(&self.screen()).then_some(()), || self.dump());
    }

    /// Wait until card `id` in the board file at `path` satisfies `pred`.
    #[track_caller]
    pub fn wait_for_card(&self, path: &Path, id: &str, what: &str, pred: impl Fn(&Value) -> bool) {
        poll_until(
            what,
            || card_in_file(path, id).filter(|c| pred(c)).map(|_| ()),
            || {
                format!(
                    "card {id} in the file: {}\n{}",
                    card_in_file(path, id).map_or("none".into(), |c| c.to_string()),
                    self.dump()
                )
            },
        );
    }

    /// The screen, for failure messages.
    pub fn dump(&self) -> String {
        dump(&self.parser)
    }

    /// Resize the terminal (and the emulated screen with it).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize pty");
    }

    /// Check that tavle switched the terminal to raw mode (so the check that
    /// it gave the modes back means something).
    #[track_caller]
    pub fn assert_raw_mode(&self) {
        let now = local_flags(self.master.as_ref());
        assert!(
            self.modes_before.is_some() && now != self.modes_before,
            "terminal modes unchanged while tavle runs: {now:?}"
        );
    }

    /// Wait for tavle to exit (it should be quitting already), then check that
    /// the terminal was given back: alternate screen left, modes restored.
    #[track_caller]
    pub fn wait_exit(mut self) -> ExitStatus {
        let parser = Arc::clone(&self.parser);
        let status = poll_until(
            "tavle to exit",
            || self.child.try_wait().expect("try_wait"),
            || dump(&parser),
        );
        if let Some(reader) = self.reader.take() {
            // The reader ends once the terminal side is closed; it may lag behind.
            let start = Instant::now();
            while !reader.is_finished() && start.elapsed() < TIMEOUT {
                thread::sleep(POLL);
            }
        }
        let output = self.output.lock().unwrap().clone();
        assert!(
            output
                .windows(LEAVE_ALT_SCREEN.len())
                .any(|w| w == LEAVE_ALT_SCREEN),
            "tavle did not leave the alternate screen; last output: {:?}",
            String::from_utf8_lossy(&output[output.len().saturating_sub(300)..])
        );
        assert_eq!(
            local_flags(self.master.as_ref()),
            self.modes_before,
            "terminal modes not restored after exit"
        );
        status
    }
}

impl Drop for Tui {
    /// A failed test must not leave tavle running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Start tavle directly on the home-care board and wait until it shows.
pub fn start_on_home_care(dir: &Path) -> (Tui, PathBuf) {
    let file = dir.join(HOME_CARE);
    let tui = Tui::start(&file);
    tui.wait_for("I dag");
    tui.wait_for("Bemanning i dag");
    (tui, file)
}

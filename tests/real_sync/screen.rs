//! The running screen on one side: the real `tavle` binary in a
//! pseudo-terminal on that side's board, with that side's user, driven by
//! key presses and read back through a terminal emulator (`vt100`), the way
//! `tests/e2e_pty.rs` drives it.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use serde_json::Value;

use super::Side;
use super::team::{BOARD, board_path};

/// How long one expected thing on the screen or in the file may take.
const TIMEOUT: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(50);

/// Keys as a terminal sends them.
pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const BACKSPACE: &str = "\x7f";
pub const CTRL_S: &str = "\x13";

/// `tavle` running in a pseudo-terminal, with an emulated screen.
pub struct Screen {
    side: &'static str,
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    _master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
}

impl Screen {
    /// Start `tavle BOARD` on `side` in a 120×36 terminal and wait until the
    /// board shows.
    pub fn start(side: &Side) -> Screen {
        let (cols, rows) = (120, 36);
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tavle"));
        cmd.arg(board_path(side));
        cmd.cwd(&side.dir);
        cmd.env("TAVLE_LANG", "en");
        cmd.env("TAVLE_USER", side.user);
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn tavle");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let reader = {
            let parser = Arc::clone(&parser);
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => parser.lock().unwrap().process(&buf[..n]),
                    }
                }
            })
        };
        let writer = pty.master.take_writer().expect("pty writer");
        let screen = Screen {
            side: side.name,
            parser,
            writer,
            _master: pty.master,
            child,
            reader: Some(reader),
        };
        screen.wait_for("I dag");
        screen.wait_for("watching the folder");
        screen
    }

    /// The text on the emulated screen now.
    pub fn text(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Type `keys` (raw bytes as the terminal would send them).
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    /// Wait until the screen shows `text`.
    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), || {
            self.text().contains(text)
        });
    }

    /// Wait until `ready` holds; panic with the screen after [`TIMEOUT`].
    #[track_caller]
    pub fn wait_until(&self, what: &str, mut ready: impl FnMut() -> bool) {
        let start = Instant::now();
        while !ready() {
            if start.elapsed() > TIMEOUT {
                panic!(
                    "side {}: timed out after {TIMEOUT:?} waiting for {what}\n--- screen ---\n{}\n--------------",
                    self.side,
                    self.text()
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Wait until the board file on `side` satisfies `pred`.
    #[track_caller]
    pub fn wait_for_file(&self, side: &Side, what: &str, pred: impl Fn(&Value) -> bool) {
        let path = board_path(side);
        self.wait_until(&format!("{what} in {BOARD}"), || {
            std::fs::read_to_string(&path)
                .ok()
                .and_then(|t| serde_json::from_str::<Value>(&t).ok())
                .is_some_and(|b| pred(&b))
        });
    }

    /// Quit with `q` (board, then overview) and wait for a clean exit.
    #[track_caller]
    pub fn quit(mut self) {
        self.send("q");
        self.wait_for("Overview");
        self.send("q");
        let start = Instant::now();
        loop {
            match self.child.try_wait().expect("try_wait") {
                Some(status) => {
                    assert!(
                        status.success(),
                        "side {}: tavle exited with {status:?}",
                        self.side
                    );
                    break;
                }
                None if start.elapsed() > TIMEOUT => {
                    panic!("side {}: tavle did not quit\n{}", self.side, self.text())
                }
                None => thread::sleep(POLL),
            }
        }
        if let Some(reader) = self.reader.take() {
            let start = Instant::now();
            while !reader.is_finished() && start.elapsed() < TIMEOUT {
                thread::sleep(POLL);
            }
        }
    }
}

impl Drop for Screen {
    /// A failed test must not leave tavle running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

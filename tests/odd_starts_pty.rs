//! Odd starts in a real terminal: the `tavle` binary in a pseudo-terminal,
//! read back through a terminal emulator (`vt100`).
//!
//! - SIGQUIT and SIGUSR1 give the terminal back the way SIGTERM, SIGHUP and
//!   SIGINT do (those are in `e2e_pty.rs`): raw mode off, the alternate
//!   screen left, the cursor shown, exit code 128 + the signal, and no death
//!   by the signal (SIGQUIT's default would dump core).
//! - Started from a terminal with only one of stdin and stdout a terminal
//!   (`tavle < /dev/null`, `tavle > file`): the message names that stream,
//!   exit code 2, and the terminal is never touched.
//!
//! Every wait is a poll with one generous timeout; nothing asserts on timing.
//!
//! Unix only: Unix signals, termios and a Unix pseudo-terminal.
#![cfg(unix)]

use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long any one expected thing may take before the test fails.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Pause between two looks.
const POLL: Duration = Duration::from_millis(20);
const ENTER_ALT_SCREEN: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT_SCREEN: &[u8] = b"\x1b[?1049l";
const HOME_CARE: &str = "hjemmetjenesten-nord.json";

/// A program running in a 100×30 pseudo-terminal.
struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote.
    output: Arc<Mutex<Vec<u8>>>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    /// The terminal's local modes before the program started.
    modes_before: Option<u64>,
}

/// The `local_flags` of the terminal's modes (raw mode clears some of them).
fn local_flags(master: &dyn MasterPty) -> Option<u64> {
    master
        .get_termios()
        // `tcflag_t` is 32 bits on Linux and 64 on macOS.
        .map(
            #[allow(clippy::useless_conversion)]
            |t| u64::from(t.local_flags.bits()),
        )
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

impl Pty {
    fn start(mut cmd: CommandBuilder) -> Pty {
        let (rows, cols) = (30, 100);
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let modes_before = local_flags(pty.master.as_ref());
        cmd.env("TAVLE_LANG", "en");
        cmd.env("TAVLE_USER", "odd-starts");
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
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
        Pty {
            parser,
            output,
            master: pty.master,
            child,
            reader: Some(reader),
            modes_before,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    #[track_caller]
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {text:?}; screen:\n{}",
                self.screen()
            );
            thread::sleep(POLL);
        }
    }

    /// Wait for the program to exit and for its last output; its status and
    /// every byte it wrote.
    #[track_caller]
    fn wait_exit(&mut self) -> (ExitStatus, Vec<u8>) {
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                break s;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for exit; screen:\n{}",
                self.screen()
            );
            thread::sleep(POLL);
        };
        if let Some(reader) = self.reader.take() {
            let start = Instant::now();
            while !reader.is_finished() && start.elapsed() < TIMEOUT {
                thread::sleep(POLL);
            }
        }
        let output = self.output.lock().unwrap().clone();
        (status, output)
    }

    fn modes_now(&self) -> Option<u64> {
        local_flags(self.master.as_ref())
    }
}

impl Drop for Pty {
    /// A failed test must not leave the program running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A copy of the shipped boards in a fresh temporary folder.
fn boards_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    for entry in std::fs::read_dir(&src).expect("boards") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).expect("copy");
        }
    }
    dir
}

#[test]
fn sigquit_and_sigusr1_quit_and_restore_the_terminal() {
    for (signal, code) in [("QUIT", 131), ("USR1", 138)] {
        let dir = boards_copy();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tavle"));
        cmd.arg(dir.path().join(HOME_CARE));
        cmd.cwd(dir.path());
        let mut tui = Pty::start(cmd);
        tui.wait_for("I dag");
        assert_ne!(
            tui.modes_now(),
            tui.modes_before,
            "SIG{signal}: raw mode is on while tavle runs"
        );
        let pid = tui.child.process_id().expect("pid");
        let kill = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.to_string())
            .status()
            .expect("kill");
        assert!(kill.success());
        let (status, out) = tui.wait_exit();
        assert_eq!(
            status.signal(),
            None,
            "SIG{signal} killed tavle: {status:?}"
        );
        assert_eq!(status.exit_code(), code, "SIG{signal}: {status:?}");
        assert!(
            contains(&out, LEAVE_ALT_SCREEN),
            "SIG{signal}: the alternate screen is not left"
        );
        assert_eq!(
            tui.modes_now(),
            tui.modes_before,
            "SIG{signal}: terminal modes not restored"
        );
        let last = |pat: &[u8]| out.windows(pat.len()).rposition(|w| w == pat);
        let (hide, show) = (last(b"\x1b[?25l"), last(b"\x1b[?25h"));
        assert!(show > hide, "SIG{signal}: the cursor is left hidden");
        assert!(
            !dir.path().join("core").exists(),
            "SIG{signal}: a core file was dumped"
        );
    }
}

#[test]
fn with_one_stream_redirected_the_terminal_is_not_touched_and_the_stream_is_named() {
    let dir = boards_copy();
    let out_file = dir.path().join("out.txt");
    let tavle = env!("CARGO_BIN_EXE_tavle");
    for (redirect, said) in [
        (
            "< /dev/null".to_string(),
            "tavle needs a terminal to show the boards, but standard input is not a terminal",
        ),
        (
            format!("> '{}'", out_file.display()),
            "tavle needs a terminal to show the boards, but standard output is not a terminal",
        ),
    ] {
        let mut cmd = CommandBuilder::new("sh");
        cmd.arg("-c");
        cmd.arg(format!("exec '{tavle}' . {redirect}"));
        cmd.cwd(dir.path());
        let mut pty = Pty::start(cmd);
        let (status, out) = pty.wait_exit();
        assert_eq!(status.exit_code(), 2, "{redirect}: {}", pty.screen());
        // The message may wrap on the 100-column screen: compare without line ends.
        let screen = pty.screen().replace('\n', "");
        assert!(
            screen.starts_with(&format!("tavle: {said} (cron")),
            "{redirect}: {screen}"
        );
        assert!(!screen.contains("panicked"), "{screen}");
        assert!(
            !contains(&out, ENTER_ALT_SCREEN),
            "{redirect}: the alternate screen was entered"
        );
        assert_eq!(
            pty.modes_now(),
            pty.modes_before,
            "{redirect}: modes changed"
        );
    }
    assert_eq!(
        std::fs::read(&out_file).expect("the redirect made the file"),
        b"",
        "nothing on the redirected stdout"
    );
}

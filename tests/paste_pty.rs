//! Pasted text is text (issue 17.2): the real `tavle` binary in a
//! pseudo-terminal gets text pasted into a card's title and note the way
//! terminals send it — bracketed paste with CRLF, CR or LF line ends and
//! tabs, and the plain keys of a terminal without bracketed paste — and the
//! board file it saves has the right lines and no control character.
//!
//! Every wait is a poll with one generous timeout; nothing asserts on timing.
//!
//! Unix only: bracketed paste through a Unix pseudo-terminal (the Windows
//! console types a paste as keys; `src/tui/paste.rs` tests that case).
#![cfg(unix)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use serde_json::Value;

/// How long any one expected thing may take before the test fails.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Pause between two looks at the screen or the file.
const POLL: Duration = Duration::from_millis(20);

const HOME_CARE: &str = "hjemmetjenesten-nord.json";

/// A paste as a terminal with bracketed paste on sends it.
fn bracketed(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

/// `tavle` in a pseudo-terminal, with an emulated screen.
struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    /// Kept open while tavle runs.
    _master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    _reader: JoinHandle<()>,
}

impl Tui {
    /// Start `tavle <file>` in a 120×36 terminal, in English.
    fn start(file: &Path) -> Tui {
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
        cmd.arg(file);
        cmd.cwd(file.parent().unwrap_or(file));
        cmd.env("TAVLE_LANG", "en");
        cmd.env("TAVLE_USER", "paste");
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn tavle");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let screen = Arc::clone(&parser);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                screen.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("pty writer");
        Tui {
            parser,
            writer,
            _master: pty.master,
            child,
            _reader: reader,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Write `bytes` to the terminal in one write, as a terminal sends a paste.
    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    #[track_caller]
    fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) {
        poll_until(
            what,
            || pred(&self.screen()).then_some(()),
            || self.screen(),
        );
    }

    #[track_caller]
    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| s.contains(text));
    }

    #[track_caller]
    fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |s| {
            !s.contains(text)
        });
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Call `f` every [`POLL`] until it gives a value; panic after [`TIMEOUT`].
#[track_caller]
fn poll_until<T>(what: &str, mut f: impl FnMut() -> Option<T>, context: impl Fn() -> String) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "timed out waiting for {what}\n--- now ---\n{}",
            context()
        );
        thread::sleep(POLL);
    }
}

fn read_board(path: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// The card of the board file whose field `field` satisfies `pred`.
fn card_where(path: &Path, field: &str, pred: impl Fn(&str) -> bool) -> Option<Value> {
    read_board(path)?["cards"]
        .as_array()?
        .iter()
        .find(|c| c[field].as_str().is_some_and(&pred))
        .cloned()
}

/// Every string in a JSON value, keys too.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                out.push(k.clone());
                strings(x, out);
            }
        }
        _ => {}
    }
}

/// No string of the board holds a control character (a line break in a
/// note aside) or a control picture such as ␍ or ␉ standing for one.
#[track_caller]
fn assert_no_control_symbol(path: &Path) {
    let mut all = Vec::new();
    strings(&read_board(path).expect("the board parses"), &mut all);
    for s in all {
        let bad = s
            .chars()
            .find(|&c| (c.is_control() && c != '\n') || ('\u{2400}'..='\u{2426}').contains(&c));
        assert!(bad.is_none(), "{bad:?} stored in {s:?}");
    }
}

fn board_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    let file = dir.path().join(HOME_CARE);
    std::fs::copy(src.join(HOME_CARE), &file).expect("copy board");
    (dir, file)
}

fn start(file: &Path) -> Tui {
    let tui = Tui::start(file);
    tui.wait_for("Bemanning i dag");
    tui
}

/// A new card's title, typed by pasting `sent` into the empty title field;
/// the dialog must still be open after the paste, and Enter saves. The
/// saved card is the one whose title starts with `start`.
fn paste_title(tui: &mut Tui, file: &Path, sent: &str, start: &str, title: &str) {
    tui.send("n");
    tui.wait_for("New card");
    tui.send(sent);
    tui.wait_for(title);
    // The line ends in the paste did not press Enter: still open.
    assert!(tui.screen().contains("New card"), "{}", tui.screen());
    tui.send("\r");
    tui.wait_gone("New card");
    let saved = poll_until(
        "the new card in the file",
        || card_where(file, "title", |t| t.starts_with(start)),
        || tui.screen(),
    );
    assert_eq!(saved["title"], title);
    assert_no_control_symbol(file);
}

#[test]
fn bracketed_pastes_with_every_line_end_are_one_line_in_a_title() {
    let (_dir, file) = board_copy();
    let mut tui = start(&file);
    for (eol, name) in [("\r\n", "CRLF"), ("\r", "CR"), ("\n", "LF")] {
        let sent = bracketed(&format!("Lim {name}{eol}linje to\tmed tab{eol}"));
        let start = format!("Lim {name} ");
        paste_title(
            &mut tui,
            &file,
            &sent,
            &start,
            &format!("Lim {name} linje to med tab"),
        );
    }
}

#[test]
fn keys_of_a_terminal_without_bracketed_paste_do_not_save_after_the_first_line() {
    let (_dir, file) = board_copy();
    let mut tui = start(&file);
    // CR as Enter, and LF (Ctrl+J in raw mode), written at once as a paste is.
    paste_title(
        &mut tui,
        &file,
        "Uten klammer\rlinje to\nlinje tre",
        "Uten klammer",
        "Uten klammer linje to linje tre",
    );
}

#[test]
fn a_pasted_note_keeps_its_lines_and_tabs_become_spaces() {
    let (_dir, file) = board_copy();
    let mut tui = start(&file);
    let before = card_where(&file, "title", |t| t.starts_with("Bemanning i dag"))
        .and_then(|c| c["note"].as_str().map(str::to_string))
        .expect("k1 has a note");
    tui.send("e");
    tui.wait_for("Edit card");
    // Title, owner, deadline, then the note; a new line after its text.
    tui.send("\t\t\t");
    tui.send("\r");
    tui.send(&bracketed(
        "Linje 1\rLinje 2\r\n\tpunkt\nFall\t3\u{1b}[31m\u{7}",
    ));
    tui.wait_for("punkt");
    tui.send("\x13");
    tui.wait_gone("Edit card");
    let want = format!("{before}\nLinje 1\nLinje 2\n    punkt\nFall    3[31m");
    let saved = poll_until(
        "the note in the file",
        || card_where(&file, "note", |n| n.contains("punkt")),
        || tui.screen(),
    );
    assert_eq!(saved["note"], want.as_str());
    assert_no_control_symbol(&file);
}

//! `tavle status --format html --out FILE --watch` run for real: the binary
//! watches a temporary folder by polling (`--poll`, for determinism), a
//! board is changed from outside again and again, and the page follows
//! every change — while another thread reads the page over and over and
//! never once finds half a page (every read is a whole page ending in
//! `</html>`). A board that stops parsing keeps its last good state, marked
//! on the page. The page is no more readable than the boards, and SIGTERM
//! ends the watch cleanly, leaving no temp file. Every wait polls the file
//! against a generous deadline; nothing depends on a fixed sleep. Unix
//! only: it checks permission bits and sends SIGTERM.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

mod status_page_support;
use status_page_support::parse;

const DEADLINE: Duration = Duration::from_secs(60);

fn board(title: &str, light: &str) -> String {
    serde_json::json!({
        "tavle": 1, "title": title, "kind": "drift",
        "columns": [{"id": "a", "title": "A"}, {"id": "b", "title": "B", "done": true}],
        "cards": [{"id": "k1", "title": "Kort", "column": "a", "light": light}]
    })
    .to_string()
}

/// Kills the watching tavle if a test fails before it is stopped.
struct Watching(Child);

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Wait until the page holds `want`; the page then.
fn wait_for(page: &Path, want: &str) -> String {
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(page)
            && text.contains(want)
        {
            return text;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "the page did not show {want:?} within {DEADLINE:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Read the page over and over until `stop`: every read must be a whole
/// page. The number of reads, or the first torn one.
fn reader(page: PathBuf, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Result<usize, String>> {
    std::thread::spawn(move || {
        let mut reads = 0;
        while !stop.load(Ordering::Acquire) {
            match std::fs::read_to_string(&page) {
                Ok(text) => {
                    reads += 1;
                    if !text.starts_with("<!DOCTYPE html>\n") || !text.ends_with("</html>\n") {
                        return Err(format!(
                            "a torn page of {} bytes: …{}",
                            text.len(),
                            &text[text.len().saturating_sub(40)..]
                        ));
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && reads == 0 => {}
                Err(e) => return Err(format!("the page could not be read: {e}")),
            }
        }
        Ok(reads)
    })
}

#[test]
fn the_page_follows_every_change_is_never_torn_and_stops_on_sigterm() {
    let boards = tempfile::tempdir().unwrap();
    let site = tempfile::tempdir().unwrap();
    let a = boards.path().join("avdeling.json");
    let b = boards.path().join("bydel.json");
    std::fs::write(&a, board("Runde start", "green")).unwrap();
    std::fs::write(&b, board("Bydel", "yellow")).unwrap();
    chmod(&a, 0o640);
    chmod(&b, 0o660);
    let page = site.path().join("status.html");
    let child = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["--poll", "0.1", "status"])
        .arg(boards.path())
        .args(["--format", "html", "--watch", "--out"])
        .arg(&page)
        .env("TAVLE_LANG", "en")
        .env("TAVLE_USER", "test")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut watching = Watching(child);
    let first = wait_for(&page, "Runde start");
    let parsed = parse(&first);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let refresh = parsed
        .root
        .find(|e| e.attr("http-equiv") == Some("refresh"));
    assert_eq!(refresh.len(), 1, "a page kept current reloads itself");
    // Only what both boards allow: 0640 and 0660 give 0640.
    assert_eq!(mode(&page), 0o640);

    let stop = Arc::new(AtomicBool::new(false));
    let reads = reader(page.clone(), stop.clone());
    for round in 0..8 {
        let light = ["red", "yellow", "green"][round % 3];
        std::fs::write(&a, board(&format!("Runde {round}"), light)).unwrap();
        let text = wait_for(&page, &format!("Runde {round}"));
        // The light followed the card, in the overview's row and the heading.
        let want = format!("data-light=\"{light}\"");
        let row = text
            .lines()
            .find(|l| l.starts_with("<tr data-board=\"avdeling\""))
            .unwrap();
        assert!(row.contains(&want), "{row}");
    }
    // A board that stops parsing keeps what it last held, marked.
    std::fs::write(&a, "{\"tavle\": 1, \"title\": \"halv").unwrap();
    let text = wait_for(&page, "class=\"stale\"");
    assert!(text.contains("Runde 7"), "the last good state is shown");
    // And a new board appears.
    std::fs::write(boards.path().join("ny.json"), board("Ny tavle", "red")).unwrap();
    wait_for(&page, "Ny tavle");
    stop.store(true, Ordering::Release);
    let reads = reads.join().unwrap().unwrap();
    assert!(reads > 10, "the page was read only {reads} times");

    // SIGTERM ends it between two writes: exit 0, no temp file left.
    let pid = rustix::process::Pid::from_raw(watching.0.id() as i32).unwrap();
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = watching.0.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < DEADLINE, "tavle did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    let left: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("status.html")]);
    let last = std::fs::read_to_string(&page).unwrap();
    assert!(parse(&last).errors.is_empty());
}

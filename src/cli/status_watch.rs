//! `tavle status --out FILE --watch`: keep the status page (or any form of
//! the report) current while the boards change, for a browser left open on
//! it in an office or a meeting room where the board is not. The folder is
//! watched the way the screen watches it ([`crate::folder::watch`]: the
//! OS's notification, or polling with the global `--poll` and on network
//! folders), and on every change the whole folder is read again and the
//! file rewritten atomically ([`super::status::write`]: never a half page,
//! never more readable than the boards). Also once a day has passed, so
//! that what is overdue is told for the new day.
//!
//! A board that stops parsing (a colleague is halfway through an edit, a
//! sync client is writing it) keeps the state it last read well, marked
//! on the page with why it cannot be read now; one never read well is shown
//! as broken. Runs until Ctrl+C, SIGTERM or SIGHUP (exit 0), or the folder
//! can no longer be watched (exit 1). Every moment — the page's time, the
//! report's day — is read through [`Clock`], never here.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use super::status::{self, Options};
use super::{Clock, Exit, Io};
use crate::folder::store;
use crate::folder::watch::{self, WatchEvent, WatchMode};
use crate::i18n::{self, Lang};
use tavle_core::model::Board;
use tavle_core::status::Asked;

/// What wakes the loop.
enum Wake {
    /// Something in the folder changed (or may have: a rescan).
    Changed,
    /// The watcher failed for now; it rescans when it can.
    Error(String),
    /// The watcher stopped for good.
    Stopped(String),
    /// Ctrl+C, SIGTERM or SIGHUP (Unix; elsewhere Ctrl+C ends the process).
    #[cfg_attr(not(unix), allow(dead_code))]
    Signal,
}

/// The longest the loop sleeps without a change before it looks at the
/// clock: a new day makes other deadlines overdue.
const CLOCK_CHECK: Duration = Duration::from_secs(60);

/// The boards as they last read well, by file, to stand in for a board
/// that does not parse now.
#[derive(Default)]
struct LastGood {
    boards: HashMap<PathBuf, Board>,
}

impl LastGood {
    /// Remember every board that reads well now; give each that does not
    /// its last good state (the reason it cannot be read now goes into
    /// `stale`, by id). Files gone from the folder are forgotten.
    fn fill(
        &mut self,
        analysed: &mut [(PathBuf, store::Analysis)],
        lang: Lang,
    ) -> BTreeMap<String, String> {
        self.boards
            .retain(|p, _| analysed.iter().any(|(path, _)| path == p));
        let mut stale = BTreeMap::new();
        for (path, a) in analysed.iter_mut() {
            match &a.board {
                Some(b) => {
                    self.boards.insert(path.clone(), b.clone());
                }
                None => {
                    if let Some(b) = self.boards.get(path) {
                        stale.insert(store::board_id(path), status::problem(path, a, lang));
                        a.board = Some(b.clone());
                    }
                }
            }
        }
        stale
    }
}

/// Run `tavle status … --out FILE --watch`.
pub fn run(
    dir: &Path,
    o: &Options<'_>,
    asked: &Asked,
    clock: Clock,
    poll: Option<Duration>,
    io: &mut Io,
) -> Exit {
    let lang = io.lang;
    let Some(out) = o.out else {
        // clap requires --out with --watch.
        return Exit::Usage;
    };
    let (tx, rx) = mpsc::channel::<Wake>();
    let mode = poll.map_or(WatchMode::Auto, WatchMode::Poll);
    let events = tx.clone();
    // Armed before the first page is written, so no change is missed.
    let watcher = watch::watch(dir, mode, move |e| {
        let wake = match e {
            WatchEvent::Changed(_) | WatchEvent::Rescanned(_) | WatchEvent::Skipped(_) => {
                Wake::Changed
            }
            WatchEvent::Error(e) => Wake::Error(e),
            WatchEvent::Stopped(reason) => Wake::Stopped(i18n::folder_msg(
                lang,
                &i18n::FolderMsg::WatchStopped(reason),
            )),
        };
        let _ = events.send(wake);
    });
    let _watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            io.warn(&format!(
                "tavle: {}",
                i18n::page_watch_error(lang, &e.to_string())
            ));
            return Exit::Problems;
        }
    };
    forward_signals(tx);
    io.warn(&i18n::page_watching(
        lang,
        &out.display().to_string(),
        &dir.display().to_string(),
    ));
    let mut last_good = LastGood::default();
    let mut written_for = None;
    let mut first = true;
    loop {
        let now = clock.read();
        match rewrite(dir, o, asked, now, &mut last_good, io) {
            Ok(()) => written_for = Some(now.today()),
            // A wrong path or a folder that cannot be written: say so once and stop.
            Err(()) if first => return Exit::Problems,
            // Later: said, and tried again at the next change.
            Err(()) => {}
        }
        first = false;
        // Wait for a change (taking the rest of a burst with it), a signal, or a new day.
        loop {
            let wake = match rx.recv_timeout(CLOCK_CHECK) {
                Ok(w) => w,
                Err(RecvTimeoutError::Timeout) if written_for != Some(clock.read().today()) => {
                    break;
                }
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => return Exit::Problems,
            };
            match wake {
                Wake::Changed => {
                    while let Ok(more) = rx.try_recv() {
                        if matches!(more, Wake::Signal) {
                            return Exit::Ok;
                        }
                    }
                    break;
                }
                Wake::Error(e) => {
                    io.warn(&format!("tavle: {}", i18n::page_watch_error(lang, &e)));
                }
                Wake::Stopped(said) => {
                    io.warn(&format!("tavle: {said}"));
                    return Exit::Problems;
                }
                Wake::Signal => return Exit::Ok,
            }
        }
    }
}

/// Read the folder, make the report for `now` and write it.
fn rewrite(
    dir: &Path,
    o: &Options<'_>,
    asked: &Asked,
    now: super::Now,
    last_good: &mut LastGood,
    io: &mut Io,
) -> Result<(), ()> {
    let lang = io.lang;
    let Some(out) = o.out else {
        return Err(());
    };
    let mut analysed = match status::read(dir) {
        Ok(a) => a,
        Err(e) => {
            io.fail(e);
            return Err(());
        }
    };
    let stale = last_good.fill(&mut analysed, lang);
    let (r, _) = status::report_of(&analysed, now.today(), asked, lang);
    let rendered = status::render(&analysed, &r, o, lang, now.time(), &stale);
    let boards: Vec<PathBuf> = analysed.iter().map(|(p, _)| p.clone()).collect();
    status::write(out, &rendered, &boards).map_err(|e| {
        io.warn(&status::not_written(lang, &e));
    })
}

/// Ctrl+C, SIGTERM and SIGHUP end the loop between two writes, so that a
/// page is never left half-written in its temp file. Elsewhere Ctrl+C ends
/// the process as usual (the page itself is replaced whole either way).
#[cfg(unix)]
fn forward_signals(tx: mpsc::Sender<Wake>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("tavle-status-signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                let _ = tx.send(Wake::Signal);
            }
        });
}

#[cfg(not(unix))]
fn forward_signals(_tx: mpsc::Sender<Wake>) {}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(title: &str) -> String {
        format!(
            r#"{{"tavle":1,"title":"{title}","kind":"drift","columns":[{{"id":"a","title":"A"}}]}}"#
        )
    }

    #[test]
    fn a_board_that_stops_parsing_keeps_its_last_good_state_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        std::fs::write(&path, board("Første")).unwrap();
        let mut last = LastGood::default();
        let mut analysed = status::read(dir.path()).unwrap();
        assert!(last.fill(&mut analysed, Lang::En).is_empty());

        std::fs::write(&path, "{\"tavle\":1,").unwrap();
        let mut analysed = status::read(dir.path()).unwrap();
        assert!(analysed[0].1.board.is_none(), "the file is broken now");
        let stale = last.fill(&mut analysed, Lang::En);
        let shown = analysed[0].1.board.as_ref().map(|b| b.title.as_str());
        assert_eq!(shown, Some("Første"));
        let why = stale.get("b").unwrap();
        assert!(why.starts_with(&format!("{}:1:", path.display())), "{why}");

        // A board never read well stays broken; a removed one is forgotten.
        std::fs::write(dir.path().join("c.json"), "nope").unwrap();
        std::fs::remove_file(&path).unwrap();
        let mut analysed = status::read(dir.path()).unwrap();
        let stale = last.fill(&mut analysed, Lang::En);
        assert!(stale.is_empty(), "{stale:?}");
        assert!(analysed[0].1.board.is_none());
        assert!(last.boards.is_empty());
    }
}

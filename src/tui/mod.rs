//! The runtime of the full-screen app: one loop, one channel. The input
//! thread, the folder watcher and the storage [`worker`] send [`Event`]s; the
//! loop blocks until one arrives (or until a deadline the screen needs, such as
//! the minute of the clock), hands it to [`App::update`], gives the disk work it
//! asks for to the worker, and redraws. Nothing here waits for the disk.

// I/O and the clock are this layer's job (the runtime reads the clock and the
// terminal, and its worker does the disk work); the app and the views may not
// (.ci/lints/clippy.toml, checked by .ci/run).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

mod keys;
pub mod loader;
mod paste;
mod signals;
pub mod worker;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{Local, Timelike};
use crossterm::event::{self as ct, Event as CtEvent};

use crate::app::{App, Effect, Entry, Event};
use crate::folder::store;
use crate::folder::watch::{self, Method, PollReason, WatchMode};
use crate::i18n::{Lang, Msg};
use tavle_core::ops::Stamp;

/// Load every board file of `dir`, two files at a time on two cores.
pub fn load_all(dir: &Path) -> io::Result<Vec<Entry>> {
    let files = store::board_files(dir)?;
    let load = |files: &[PathBuf]| -> Vec<Entry> {
        files
            .iter()
            .map(|p| Entry::from_analysis(p.clone(), store::analyze(p)))
            .collect()
    };
    // A second thread pays off only for a folder with much to read.
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    if bytes < 1_000_000 {
        return Ok(load(&files));
    }
    let half = files.len() / 2;
    let (a, b) = files.split_at(half);
    let (mut first, second) = std::thread::scope(|s| {
        let h = s.spawn(|| load(b));
        let first = load(a);
        (first, h.join().unwrap_or_default())
    });
    first.extend(second);
    Ok(first)
}

/// A folder with more boards than this is read in the background, batch by
/// batch ([`loader`]); a smaller one before the first frame, all at once.
const READ_AT_ONCE: usize = 64;

/// The folder and the board file named on the command line, if one was.
fn folder_and_file(path: &Path) -> (PathBuf, Option<PathBuf>) {
    if path.is_file() {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        (dir, Some(path.to_path_buf()))
    } else {
        (path.to_path_buf(), None)
    }
}

/// The app state for `path` as the runtime starts it: a small folder read
/// at once, a large one only listed (with the board named on the command
/// line read), the rest left to the [`loader`]: the files it is to read.
fn starting_app(path: &Path, lang: Lang) -> io::Result<(App, PathBuf, Vec<PathBuf>)> {
    let (dir, file) = folder_and_file(path);
    let listing = store::list_boards(&dir)?;
    let mut later = listing.boards;
    let entries = if later.len() <= READ_AT_ONCE {
        later.clear();
        load_all(&dir)?
    } else {
        let named: Vec<PathBuf> = later
            .iter()
            .filter(|p| file.as_deref() == Some(p.as_path()))
            .cloned()
            .collect();
        later.retain(|p| !named.contains(p));
        (named.into_iter())
            .map(|p| {
                let a = store::analyze(&p);
                Entry::from_analysis(p, a)
            })
            .collect()
    };
    let mut app = app_for(lang, &dir, entries, file.as_deref(), listing.skipped);
    app.shared.start_loading(later.len());
    if file.is_some() {
        app.shared.touched();
    }
    Ok((app, dir, later))
}

/// The app for the boards `entries` of `dir`, with `file` opened when one
/// was named, and the first of the odd entries named like boards that were
/// `skipped` (FIFOs, sockets, devices, broken links) said.
fn app_for(
    lang: Lang,
    dir: &Path,
    entries: Vec<Entry>,
    file: Option<&Path>,
    skipped: Vec<crate::folder::board_fs::Skipped>,
) -> App {
    let mut app = App::new(
        lang,
        dir.to_path_buf(),
        entries,
        Local::now().date_naive(),
        Instant::now(),
    );
    if let Some(f) = file {
        app.open_path(f);
    }
    if let Some(first) = skipped.into_iter().next() {
        app.shared.notify(Msg::Folder(first.into()), true);
    }
    app
}

/// The app state for `path` (a folder, or one board file to open at once).
pub fn initial_app(path: &Path, lang: Lang) -> io::Result<(App, PathBuf)> {
    let (dir, file) = folder_and_file(path);
    let entries = load_all(&dir)?;
    let skipped = store::list_boards(&dir)
        .map(|l| l.skipped)
        .unwrap_or_default();
    let app = app_for(lang, &dir, entries, file.as_deref(), skipped);
    Ok((app, dir))
}

/// How the folder is watched, for the notice; `by_settings`: a forced poll
/// came from the team's `tavle.toml`, not from `--poll`.
fn describe(method: &Method, by_settings: bool) -> Msg {
    match method {
        Method::Notify => Msg::WatchNotify,
        Method::Poll { interval, reason } => Msg::WatchPoll {
            secs: format!("{:.1}", interval.as_secs_f64()),
            reason: match reason {
                PollReason::Forced if by_settings => "tavle.toml".to_string(),
                PollReason::Forced => "--poll".to_string(),
                PollReason::NetworkFs(fs) => (*fs).to_string(),
                PollReason::NotifyFailed => crate::platform::notification_name().to_string(),
            },
        },
    }
}

/// Hand one event to the app and the disk work it asks for to the worker:
/// the one way the loop feeds the app, so no event's effects can be dropped
/// (a tick may ask to keep a merge base, see `Shared::expire`).
pub fn step(app: &mut App, worker: &worker::Worker, event: Event, now: Instant) {
    worker.send(app.update(event, now));
}

/// Time until the next minute starts, when the clock on screen changes.
fn until_next_minute() -> Duration {
    let now = Local::now();
    let secs = 60 - u64::from(now.second());
    Duration::from_secs(secs).saturating_sub(Duration::from_nanos(u64::from(
        now.nanosecond() % 1_000_000_000,
    ))) + Duration::from_millis(5)
}

/// Why the app did not run to its end.
#[derive(Debug)]
pub enum Failure {
    /// The terminal could not be set up (raw mode, the alternate screen):
    /// nothing was shown.
    Terminal(io::Error),
    /// Loading the folder, drawing or a thread of the app failed.
    Screen(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Screen(e)
    }
}

/// How the full-screen app starts: what the command line and the settings
/// files chose.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub lang: Lang,
    /// Poll the folder this often instead of waiting for change events.
    pub poll: Option<Duration>,
    /// The poll came from the team's `tavle.toml` (the notice says so).
    pub poll_by_settings: bool,
    pub theme: crate::settings::Theme,
    /// Run as a wallboard (`--wall`).
    pub wall: Option<WallOptions>,
    /// The team's meeting length, for boards without their own.
    pub meeting_minutes: Option<u64>,
    /// What was wrong in the settings files, worded: the first is shown
    /// as a notice, with how many more there are.
    pub problems: Vec<String>,
}

/// What the wallboard shows and how long each screen stays.
#[derive(Debug, Clone)]
pub struct WallOptions {
    pub screens: Vec<crate::settings::WallScreen>,
    pub interval: Duration,
}

/// Run the full-screen app until the user quits; the exit code (128 + the
/// signal when a signal ended it, else 0).
pub fn run(path: &Path, opts: &Options) -> Result<u8, Failure> {
    let (lang, poll) = (opts.lang, opts.poll);
    let (mut app, dir, later) = starting_app(path, lang)?;
    app.shared.set_theme(opts.theme);
    app.shared.set_meeting_minutes(opts.meeting_minutes);
    if let Some(w) = &opts.wall {
        let wall = crate::app::wall::Wall::new(w.screens.clone(), w.interval, Instant::now());
        app.start_wall(wall, Instant::now());
    }
    let (tx, rx) = mpsc::channel::<Event>();
    let mode = poll.map_or(WatchMode::Auto, WatchMode::Poll);
    if !dir.is_dir() {
        return Err(Failure::Screen(io::Error::new(
            io::ErrorKind::NotFound,
            dir.display().to_string(),
        )));
    }

    // A shutdown, a closed window or a stray SIGQUIT/SIGUSR1 must not leave
    // the terminal in raw mode: caught before raw mode is entered, so none
    // can come in between.
    signals::forward(tx.clone())?;
    // The first frame comes before anything else starts: the room sees the board at once.
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            restore_terminal();
            return Err(Failure::Terminal(e));
        }
    };
    // Start listening for terminal events now, before the first frame: a
    // resize (SIGWINCH) that came before the input thread would otherwise be
    // lost, and the screen would stay drawn at the old size.
    let _ = ct::poll(Duration::ZERO);
    // Pasted text arrives as one event, not as keys that could press Enter.
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableBracketedPaste);
    let worker = match worker::Worker::spawn(tx.clone(), lang, crate::folder::stamp::stamp_now) {
        Ok(w) => w,
        Err(e) => {
            restore_terminal();
            return Err(e.into());
        }
    };
    let clock = Local::now().fixed_offset();
    step(&mut app, &worker, Event::Clock(clock), Instant::now());
    if let Err(e) = terminal.draw(|f| crate::ui::render(&app, clock, f)) {
        restore_terminal();
        return Err(e.into());
    }

    let files_tx = tx.clone();
    // Kept alive for as long as the loop runs; dropping it stops watching.
    let watcher = match watch::watch(&dir, mode, move |w| {
        let _ = files_tx.send(Event::Files(w));
    }) {
        Ok(w) => w,
        Err(e) => {
            restore_terminal();
            return Err(e.into());
        }
    };
    app.shared
        .watched(describe(watcher.method(), opts.poll_by_settings));
    // A bad setting is said last, so nothing at the start covers it.
    if let Some(first) = opts.problems.first() {
        let more = opts.problems.len() - 1;
        let first = first.clone();
        app.shared.notify(Msg::Settings { first, more }, true);
    }
    // A file written between the first load and the watcher's start would be
    // missed: compare every file read before the start once more, off the
    // main thread. By path in a map: a region's 10,000 boards compared
    // pairwise took seconds of CPU. The files the loader reads, it reads
    // after the watcher started: those need no second look.
    let known: std::collections::HashMap<PathBuf, u64> = app
        .shared
        .entries()
        .iter()
        .map(|e| (e.path.clone(), e.fingerprint))
        .collect();
    let coming: std::collections::HashSet<PathBuf> = later.iter().cloned().collect();
    let brief = later.len() + app.shared.entries().len() > crate::app::KEEP_FULL;
    loader::spawn(dir.clone(), later, tx.clone(), brief, app.shared.today());
    let recheck_tx = tx.clone();
    let recheck_dir = dir.clone();
    std::thread::spawn(move || {
        let Ok(files) = store::board_files(&recheck_dir) else {
            return;
        };
        let mut changes = Vec::new();
        for f in files.into_iter().filter(|f| !coming.contains(f)) {
            let a = store::analyze(&f);
            if known.get(&f) != Some(&a.fingerprint) {
                changes.push(crate::folder::watch::FileChange::Present {
                    path: f,
                    analysis: a,
                });
            }
        }
        for p in known.keys() {
            if !p.exists() {
                changes.push(crate::folder::watch::FileChange::Missing { path: p.clone() });
            }
        }
        if !changes.is_empty() {
            let _ = recheck_tx.send(Event::Files(crate::folder::watch::WatchEvent::Changed(
                changes,
            )));
        }
    });
    std::thread::spawn(move || {
        while let Some(burst) = read_burst() {
            for ev in paste::join(burst).into_iter().filter_map(keys::app_event) {
                if tx.send(ev).is_err() {
                    return;
                }
            }
        }
    });

    // The board shown (or selected), which a polling watcher reads every round.
    let mut open: Option<PathBuf> = None;
    let result = (|| -> io::Result<()> {
        loop {
            let clock = Local::now().fixed_offset();
            step(&mut app, &worker, Event::Clock(clock), Instant::now());
            terminal.draw(|f| crate::ui::render(&app, clock, f))?;
            if app.entry().map(|e| &e.path) != open.as_ref() {
                open = app.entry().map(|e| e.path.clone());
                watcher.open(open.as_deref());
            }
            if app.shared.quit() {
                return Ok(());
            }
            let now = Instant::now();
            let mut wait = until_next_minute();
            if let Some(d) = app.next_deadline() {
                wait = wait.min(d.saturating_duration_since(now) + Duration::from_millis(1));
            }
            let first = match rx.recv_timeout(wait) {
                Ok(ev) => ev,
                Err(mpsc::RecvTimeoutError::Timeout) => Event::Tick,
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            };
            // Handle everything already waiting before drawing again.
            let mut events = vec![first];
            events.extend(rx.try_iter());
            for ev in events {
                step(&mut app, &worker, ev, Instant::now());
                if app.shared.quit() {
                    break;
                }
            }
            step(&mut app, &worker, Event::Tick, Instant::now());
        }
    })();
    restore_terminal();
    drop(watcher);
    // Saves already queued still finish: the worker thread ends after them.
    drop(worker);
    let code = result.map(|()| {
        app.shared
            .signal()
            .map_or(0, |s| u8::try_from(128 + s).unwrap_or(u8::MAX))
    })?;
    Ok(code)
}

/// The next terminal event and those that came with it: what had already
/// arrived, then whatever follows within [`paste::BURST_GAP`] of the one
/// before (a paste from a terminal without bracketed paste arrives as such a
/// burst of keys). A single key, with nothing waiting behind it, is
/// returned at once. `None` when the terminal can no longer be read.
fn read_burst() -> Option<Vec<CtEvent>> {
    let mut burst = vec![ct::read().ok()?];
    while burst.len() < paste::BURST_MAX {
        let gap = if burst.len() == 1 {
            Duration::ZERO
        } else {
            paste::BURST_GAP
        };
        if !ct::poll(gap).unwrap_or(false) {
            break;
        }
        match ct::read() {
            Ok(ev) => burst.push(ev),
            Err(_) => break,
        }
    }
    Some(burst)
}

/// Give the terminal back: no bracketed paste, raw mode off, the alternate
/// screen left, the cursor shown. Each step is tried whatever the one
/// before did, and none prints (ratatui's own `restore` would print its
/// failure in English).
pub(crate) fn restore_terminal() {
    let mut out = std::io::stdout();
    let _ = crossterm::execute!(out, crossterm::event::DisableBracketedPaste);
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(
        out,
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Perform the app's disk work at once, on this thread, and feed every result
/// back until nothing is left to do; the stamp of each edit comes from
/// `stamp` (tests pin it). The runtime uses the worker thread instead.
pub fn perform_with(app: &mut App, effects: Vec<Effect>, stamp: &dyn Fn() -> Stamp) {
    let mut queue = std::collections::VecDeque::from(effects);
    let lang = app.shared.lang();
    while let Some(effect) = queue.pop_front() {
        let events = std::cell::RefCell::new(Vec::new());
        worker::perform(effect, lang, stamp, &|ev| events.borrow_mut().push(ev));
        for ev in events.into_inner() {
            queue.extend(app.update(ev, Instant::now()));
        }
    }
}

//! What every screen shares: the boards, the language, the clock as of the
//! current event, the notice at the bottom, the undo history, and the outbox
//! in which the owners leave disk work and the screen a step concerns.
//! No I/O and no clock reads here: both come in with the events. What the
//! watcher saw is taken in by `files`; conflict copies and the versions kept for merges by `copies`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate};

mod applied;
mod copies;
mod files;
mod history;
mod loading;
mod notice;
mod order;
pub use order::{Key as RankKey, rank_key};
mod residency;
mod saving;

pub use history::History;
pub use loading::{Loaded, Progress};
pub use notice::Notices;
pub use residency::KEEP_FULL;

use super::entry::Entry;
use super::event::{Effect, Origin};
use super::form::Editor;
use super::request::{Request, Requests};
use super::{Overlay, Screen};
use crate::i18n::{FolderMsg, Lang, Msg};
use tavle_core::model::{Board, FORMAT_VERSION, Running};
use tavle_core::ops::Op;

/// How long cards changed by someone else stay highlighted.
pub const HIGHLIGHT_FOR: Duration = Duration::from_secs(8);
/// How long a board file may be missing before it counts as deleted
/// (a sync client's delete-then-write must not flash a "deleted" notice).
pub const MISSING_GRACE: Duration = Duration::from_secs(2);
/// How long a notice stays on screen.
pub const NOTICE_FOR: Duration = Duration::from_secs(6);

/// A message at the bottom of the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub msg: Msg,
    pub error: bool,
    pub until: Instant,
}

/// An undoable step: the ops that reverse one save, in the order they are
/// applied (the last op's inverse first), on which board file. One save is
/// one step: `u` takes back everything one key did, in the right order.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub path: PathBuf,
    pub ops: Vec<Op>,
}

/// An edit sent to the worker and not yet saved: shown at once, on top of
/// the file as last read, so the next key sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub seq: u64,
    pub path: PathBuf,
    pub ops: Vec<Op>,
    pub origin: Origin,
    /// The dialog the edit was typed in: opened again with its text when
    /// the save is refused, so no typing is lost.
    pub form: Option<Box<Editor>>,
}

/// What the owners ask of the app after an event: disk work, and the
/// screen, overlay or card a step concerns (undo on another board, a
/// refused dialog to open again). The app takes it after each event.
#[derive(Debug, Default)]
pub struct Outbox {
    /// Disk work for the runtime.
    pub effects: Vec<Effect>,
    /// Show this screen.
    pub go: Option<Screen>,
    /// Open this overlay.
    pub open: Option<Overlay>,
    /// Select this card on the board screen.
    pub select: Option<String>,
    /// Show this card on the card detail screen.
    pub detail: Option<String>,
    /// Select this indicator on the indicators screen.
    pub indicator: Option<String>,
}

/// The state every screen shares. Screens read it and never write it: they
/// return [`Requests`](super::Requests), carried out by
/// [`Shared::carry_out`]. Every field is private, and each part has one
/// writer: the boards (`entries`, `copies`, `current`, edits in flight) this
/// module with `files` (the watcher), `copies` (conflict copies), `saving`
/// (edits in flight, undo), `applied` (saves coming back) and `order`; the undo history
/// [`History`]; the notice and the watcher's state [`Notices`]; the jumps
/// along links [`Links`](super::links::Links); the clock the app, once per
/// event ([`Shared::begin`], [`Shared::clock`]).
pub struct Shared {
    lang: Lang,
    /// How the screen is coloured (`T` cycles).
    theme: crate::settings::Theme,
    /// The team's meeting length (`tavle.toml`), for a board without its own.
    meeting_minutes: Option<u64>,
    /// The folder shown, for the title bar.
    dir: PathBuf,
    entries: Vec<Entry>,
    /// Sync clients' conflict copies of the boards: read like boards, but
    /// never listed, counted, reached by Tab or opened (see `copies::regroup`).
    copies: Vec<Entry>,
    /// The names the last look for copies found a part in one (a copy's
    /// name or its original's), and how many files it looked at: a change
    /// to another board's contents cannot make or unmake a copy.
    copy_names: Option<copies::Looked>,
    /// Index into `entries` of the board shown or selected.
    current: usize,
    history: History,
    notices: Notices,
    /// Today's date, for due dates and new edits; set by the runtime.
    today: NaiveDate,
    /// The instant of the event being handled.
    now: Instant,
    /// The wall clock as of the last event.
    wall: DateTime<FixedOffset>,
    quit: bool,
    /// The signal that ended the app, if one did (the exit code says so).
    signal: Option<i32>,
    /// The meeting (by start time) whose time-up summary was already shown.
    prompted: Option<String>,
    /// Edits sent to the worker and not yet saved, oldest first.
    pending: Vec<Pending>,
    /// The last save number handed out.
    seq: u64,
    /// A save waits for this lock holder (`None` inside: the holder is unknown).
    waiting: Option<(PathBuf, Option<crate::folder::lock::Holder>)>,
    /// Cards someone else changed on the current board in the event being
    /// handled, before the change: a selection that loses its card then says so.
    outside: Vec<String>,
    /// What the owners ask of the app, taken after each event.
    out: Outbox,
    /// Jumps along links between boards to go back along, and the escalated
    /// copies as last seen (`links`).
    links: super::links::Links,
    /// How far the folder's first reading has come (`loading`).
    loading: Option<Progress>,
    /// From how many boards on those not open are held in brief (`residency`).
    keep_full: usize,
    /// The boards shown last, newest first: held in full (`residency`).
    recent: Vec<PathBuf>,
    /// The boards as last sorted, so that a re-sort goes by the boards
    /// that changed (`order`).
    sorted: order::Sorted,
}

impl Shared {
    pub fn new(
        lang: Lang,
        dir: PathBuf,
        entries: Vec<Entry>,
        today: NaiveDate,
        now: Instant,
    ) -> Shared {
        let mut s = Shared {
            lang,
            theme: crate::settings::Theme::default(),
            meeting_minutes: None,
            dir,
            entries,
            copies: Vec::new(),
            copy_names: None,
            current: 0,
            history: History::default(),
            notices: Notices::default(),
            today,
            now,
            wall: today
                .and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .fixed_offset(),
            quit: false,
            signal: None,
            prompted: None,
            pending: Vec::new(),
            seq: 0,
            waiting: None,
            outside: Vec::new(),
            out: Outbox::default(),
            links: super::links::Links::default(),
            loading: None,
            keep_full: residency::KEEP_FULL,
            recent: Vec::new(),
            sorted: order::Sorted::default(),
        };
        s.regroup_copies();
        s.start_revisions();
        s
    }

    // Reading: every screen and view may.

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn theme(&self) -> crate::settings::Theme {
        self.theme
    }

    /// The folder shown, for the title bar.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The boards, in the overview's order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Sync clients' conflict copies of the boards (never listed or opened).
    pub fn copies(&self) -> &[Entry] {
        &self.copies
    }

    /// Index into [`Shared::entries`] of the board shown or selected.
    pub fn current(&self) -> usize {
        self.current
    }

    pub fn entry(&self) -> Option<&Entry> {
        self.entries.get(self.current)
    }

    pub fn board(&self) -> Option<&Board> {
        self.entry()?.board.as_deref()
    }

    /// The running meeting of the current board, if any.
    pub fn running(&self) -> Option<&Running> {
        self.board()?.meeting.as_ref()?.running.as_ref()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    /// The notice on screen now, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notices.notice()
    }

    /// Today's date, as of the last event.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The instant of the event being handled.
    pub fn now(&self) -> Instant {
        self.now
    }

    /// The wall clock as of the last event.
    pub fn wall(&self) -> DateTime<FixedOffset> {
        self.wall
    }

    /// Whether the app is to end.
    pub fn quit(&self) -> bool {
        self.quit
    }

    /// The signal that ended the app, if one did.
    pub fn signal(&self) -> Option<i32> {
        self.signal
    }

    /// The meeting (by start time) whose time-up summary was already shown.
    pub fn prompted(&self) -> Option<&str> {
        self.prompted.as_deref()
    }

    /// Edits sent to the worker and not yet saved, oldest first.
    pub fn pending(&self) -> &[Pending] {
        &self.pending
    }

    /// The board a save waits for, and who holds its lock (if known).
    pub fn waiting(&self) -> Option<&(PathBuf, Option<crate::folder::lock::Holder>)> {
        self.waiting.as_ref()
    }

    /// Cards someone else changed on the current board in this event.
    pub fn outside(&self) -> &[String] {
        &self.outside
    }

    pub fn links(&self) -> &super::links::Links {
        &self.links
    }

    // Written by the app, once per event: the clock and what came with it.

    /// A new event at `now`: what the last event saw from outside is over.
    pub fn begin(&mut self, now: Instant) {
        self.now = now;
        self.outside.clear();
    }

    /// The wall clock moved on.
    pub fn clock(&mut self, wall: DateTime<FixedOffset>) {
        self.wall = wall;
        self.today = wall.date_naive();
    }

    /// A signal ends the app.
    pub fn signalled(&mut self, signal: i32) {
        self.quit = true;
        self.signal = Some(signal);
    }

    /// A save waits for the lock of the board at `path`.
    pub fn wait_for(&mut self, path: PathBuf, holder: Option<crate::folder::lock::Holder>) {
        self.waiting = Some((path, holder));
    }

    /// Say how the folder is watched (the runtime, once the watcher runs).
    pub fn watched(&mut self, how: Msg) {
        self.notices.watched(how);
    }

    /// The team's meeting length, for a board that sets none (`tavle.toml`).
    pub fn meeting_minutes(&self) -> Option<u64> {
        self.meeting_minutes
    }

    /// Take `minutes` as the team's meeting length (the runtime, at start).
    pub fn set_meeting_minutes(&mut self, minutes: Option<u64>) {
        self.meeting_minutes = minutes;
    }

    /// Colour the screen with `theme` from now on.
    pub fn set_theme(&mut self, theme: crate::settings::Theme) {
        self.theme = theme;
    }

    /// `T`: the next theme, and a notice naming it in the user's language.
    fn cycle_theme(&mut self) {
        use crate::i18n::{RoomMsg, ThemeWord};
        use crate::settings::Theme;
        self.theme = self.theme.next();
        let word = match self.theme {
            Theme::Dark => ThemeWord::Dark,
            Theme::Light => ThemeWord::Light,
            Theme::ColourSafe => ThemeWord::ColourSafe,
            Theme::Mono => ThemeWord::Mono,
        };
        self.notify(Msg::Room(RoomMsg::Theme(word)), false);
    }

    /// Speak `lang` from now on.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Show the folder as `dir` in the title bar (a test's fixed name).
    pub fn set_dir(&mut self, dir: PathBuf) {
        self.dir = dir;
    }

    /// Take the notice away.
    pub fn clear_notice(&mut self) {
        self.notices.clear();
    }

    /// The screen, overlay and card the owners asked for since the app
    /// last looked (disk work stays until [`Shared::take_effects`]).
    pub fn take_out(&mut self) -> Outbox {
        let effects = std::mem::take(&mut self.out.effects);
        std::mem::replace(
            &mut self.out,
            Outbox {
                effects,
                ..Outbox::default()
            },
        )
    }

    /// The disk work asked for since the app last looked.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.out.effects)
    }

    // The requests of the screens, each handed to the owner of its part.

    /// Carry out what a screen, panel or overlay asked for, in order.
    pub fn carry_out(&mut self, requests: Requests) {
        for r in requests.0 {
            match r {
                Request::Apply {
                    path,
                    ops,
                    origin,
                    form,
                } => self.send(path, ops, origin, form),
                Request::Merge {
                    path,
                    op,
                    copy,
                    fingerprint,
                } => self.send_merge(path, *op, copy, fingerprint),
                Request::MergeDone(seq) => self.merge_done(seq),
                Request::CopyGone(copy) => self.forget_copy(&copy),
                Request::UndoRedo(origin) => self.undo_redo(origin),
                Request::Notify { msg, error } => self.notify(msg, error),
                Request::Effect(e) => self.out.effects.push(e),
                Request::Go(screen) => self.out.go = Some(screen),
                Request::Open(overlay) => self.out.open = Some(overlay),
                Request::Select(card) => self.out.select = Some(card),
                Request::Detail(card) => self.out.detail = Some(card),
                Request::Indicator(id) => self.out.indicator = Some(id),
                Request::Show(path) => self.show(&path),
                Request::StepBoard(delta) => self.step_board(delta),
                Request::SortBoards(owner) => self.sort_entries(&owner),
                Request::Jumped(place) => self.links.jumped(place),
                Request::JumpedBack => self.links.went_back(),
                Request::Prompted(start) => self.prompted = Some(start),
                Request::CycleTheme => self.cycle_theme(),
                Request::Quit => self.quit = true,
            }
        }
    }

    pub fn notify(&mut self, msg: Msg, error: bool) {
        self.notices.show(msg, error, self.now);
    }

    /// Why the current board cannot be written now, if it cannot.
    pub fn why_read_only(&self) -> Option<Msg> {
        self.why_entry_read_only(self.entry())
    }

    /// Why the board `e` cannot be written now, if it cannot: a screen
    /// that saves to several boards (the measurement round) asks per board.
    pub fn why_entry_read_only(&self, e: Option<&Entry>) -> Option<Msg> {
        let Some(e) = e else {
            return Some(Msg::BoardMissing);
        };
        if let Some(p) = &e.broken {
            Some(Msg::FileBroken(p.line, p.col))
        } else if let Some(v) = e
            .board
            .as_ref()
            .map(|b| b.tavle)
            .filter(|v| *v > FORMAT_VERSION)
        {
            Some(Msg::NewerFormat(v))
        } else if e.missing_since.is_some() {
            Some(Msg::BoardMissing)
        } else if let crate::folder::store::Access::ReadOnly(why) = e.access {
            Some(Msg::Folder(FolderMsg::read_only(&e.path, why)))
        } else {
            None
        }
    }
}

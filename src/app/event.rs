//! What comes into the app ([`Event`]) and the disk work it asks for
//! ([`Effect`]). The runtime turns keys, file changes and the worker's results
//! into events, and hands effects to the worker. Data only.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use crossterm::event::KeyEvent;

use crate::folder::store::{Saved, UpdateError};
use crate::folder::watch::WatchEvent;
use crate::i18n::Msg;
use tavle_core::log::Logged;
use tavle_core::ops::Op;

/// Why an op was sent, so its result lands on the right stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Edit,
    Undo,
    Redo,
}

/// What comes into the app.
#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    /// The process was asked to end (SIGTERM, SIGHUP, SIGINT): quit as `q` does.
    Signal(i32),
    /// Text pasted into the terminal (bracketed paste): goes to the field being typed in.
    Paste(String),
    /// The terminal was resized: just redraw.
    Resize,
    Files(WatchEvent),
    /// A batch of the folder's first reading (the runtime reads a large
    /// folder in the background, see `Shared::loaded`).
    Loaded(Box<crate::app::shared::Loaded>),
    /// The worker applied ops to a file: `seq` of the [`Effect::Apply`] (or
    /// [`Effect::Merge`]) it was asked for, or `None` for a save it made on
    /// its own behalf (the two boards of an escalation, a meeting's end),
    /// which no edit in flight waits for.
    Applied {
        path: PathBuf,
        origin: Origin,
        seq: Option<u64>,
        result: Box<Result<Saved, UpdateError>>,
    },
    /// A save waits for another writer's lock (who, when the lock says).
    Waiting {
        path: PathBuf,
        holder: Option<crate::folder::lock::Holder>,
    },
    /// Time passed (a highlight or notice may expire, a missing file may count as deleted).
    Tick,
    /// The wall clock, for the meeting timer and due dates.
    Clock(DateTime<FixedOffset>),
    /// The change log of a board, read for the closing summary (`closing`)
    /// or for a card's history.
    Log {
        path: PathBuf,
        closing: bool,
        entries: Vec<Logged>,
    },
    /// The minutes were written (or not).
    MinutesWritten(Result<PathBuf, crate::folder::safe_fs::FsError>),
    /// A routine was written as Markdown (`w` on the routines screen): where.
    RoutineWritten(Result<PathBuf, crate::folder::safe_fs::FsError>),
    /// A card was sent up: the board id and card id of the copy (or why not).
    Escalated(Result<(String, String), Msg>),
    /// The kept versions of the board at `path` that were asked for and
    /// are there ([`Effect::ReadRevisions`]).
    Revisions {
        path: PathBuf,
        kept: Vec<tavle_core::model::Board>,
    },
    /// What became of a merge ([`Effect::Merge`] with this `seq`).
    Merged {
        path: PathBuf,
        copy: PathBuf,
        seq: u64,
        outcome: MergeOutcome,
    },
    /// The change log of a board, read for the meeting screen (the names
    /// of earlier attendance) and, as `show` says, to show what changed
    /// since the previous meeting ([`Effect::ReadMeetingLog`]).
    MeetingLog {
        path: PathBuf,
        show: super::since::Show,
        entries: Vec<Logged>,
    },
    /// The previous meeting's minutes of a board, or why there are none
    /// ([`Effect::ReadMinutes`]).
    Minutes {
        path: PathBuf,
        minutes: crate::folder::previous::Previous,
    },
    /// The change logs of the boards, read for the view of what changed
    /// since a day ([`Effect::ReadLogs`]).
    Logs {
        logs: Vec<(PathBuf, Vec<Logged>)>,
        /// The boards asked for in full, as read.
        boards: Vec<(PathBuf, tavle_core::model::Board)>,
    },
    /// A board held in brief only, read in full to be shown ([`Effect::ReadBoard`]).
    Read {
        path: PathBuf,
        analysis: Box<crate::folder::store::Analysis>,
    },
    /// A new board was written ([`Effect::NewBoard`]): its kind and path;
    /// or why not.
    BoardCreated(Result<(tavle_core::model::Kind, PathBuf), Msg>),
}

/// What became of a merge of a conflict copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeOutcome {
    /// Saved, and the copy moved to this path in `.tavle/merged/`.
    Moved(PathBuf),
    /// Saved, but the copy could not be moved: why, in words (`None`: the
    /// copy changed meanwhile).
    NotMoved(Option<String>),
    /// The copy's bytes changed since it was read: nothing was saved.
    CopyChanged,
    /// The copy is a link or not a regular file, or could not be kept in
    /// `.tavle/merged/` (why, in words): nothing was saved.
    Refused(String),
    /// The save failed (the [`Event::Applied`] before says why);
    /// `unsettled`: the board changed and has new conflicts to choose.
    NotSaved { unsettled: bool },
}

/// What the runtime should do for the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save `ops` to the board at `path`, in order with every earlier save.
    /// `seq` tells the result apart from other saves in flight.
    Apply {
        path: PathBuf,
        ops: Vec<Op>,
        origin: Origin,
        seq: u64,
    },
    /// Read the change log of a board: for the closing summary (`closing`)
    /// or for a card's history.
    ReadLog { path: PathBuf, closing: bool },
    /// End the meeting and write its minutes.
    CloseMeeting { path: PathBuf },
    /// Write the routine `routine` (its id) of `board`, the board at
    /// `path`, as Markdown beside it (`rutiner/`).
    WriteRoutine {
        path: PathBuf,
        board: Box<tavle_core::model::Board>,
        routine: String,
    },
    /// Send a card up to another board: copy it there, link both ways.
    Escalate {
        from: PathBuf,
        card: String,
        to: PathBuf,
    },
    /// Keep the board's bytes as a version for later merges, if they still
    /// have `fingerprint` (see `folder::revs`).
    KeepRevision { path: PathBuf, fingerprint: u64 },
    /// Read the kept versions `ids` of the board at `path`.
    ReadRevisions { path: PathBuf, ids: Vec<String> },
    /// Save `ops` (a merge) to the board at `path` like [`Effect::Apply`],
    /// if the conflict copy at `copy` still has `fingerprint`; then move
    /// the copy to `.tavle/merged/`.
    Merge {
        path: PathBuf,
        ops: Vec<Op>,
        copy: PathBuf,
        fingerprint: u64,
        seq: u64,
    },
    /// Read the change log of a board for the meeting screen; `show` says
    /// whether to show what changed since the previous meeting.
    ReadMeetingLog {
        path: PathBuf,
        show: super::since::Show,
    },
    /// Read the previous meeting's minutes of a board (`referater/`): of
    /// the meeting that ended last before `before`.
    ReadMinutes {
        path: PathBuf,
        before: DateTime<FixedOffset>,
    },
    /// Read the change log of every board in `paths`, for the view of what
    /// changed since a day.
    ReadLogs {
        paths: Vec<PathBuf>,
        /// Boards held in brief only: read them in full too.
        full: Vec<PathBuf>,
    },
    /// Read a board held in brief only, to show it in full ([`Event::Read`]).
    ReadBoard { path: PathBuf },
    /// Write a new board of `kind` titled `title` from its template into
    /// the folder `dir` (`folder::fresh::create_board`, as `tavle new`).
    NewBoard {
        dir: PathBuf,
        kind: tavle_core::model::Kind,
        title: String,
        /// Who holds the team's roles, when the form named them.
        roles: tavle_core::template::Roles,
    },
}

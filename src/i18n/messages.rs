//! Notices, banners and errors the program shows while it runs: `Msg` as
//! data (so the app can compare and test them) and `msg` for their words.
//! Only words: deciding when to show one is the app's and the commands' job,
//! and turning the folder layer's errors into one is the folder layer's
//! (`src/folder/messages.rs`: `impl From<UpdateError> for Msg`).

use super::Lang;

/// Messages the app shows (notices, banners, editor errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    WatchNotify,
    WatchPoll {
        secs: String,
        reason: String,
    },
    WatchError(String),
    /// A `tavle.toml` problem, already worded (file, line, column), and how
    /// many more there are.
    Settings {
        first: String,
        more: usize,
    },
    BoardAdded(String),
    BoardDeleted(String),
    BoardMissing,
    FileBroken(usize, usize),
    NewerFormat(u64),
    /// A save would make the board larger than tavle reads: nothing written.
    WouldBeTooLarge {
        size: u64,
        limit: u64,
    },
    /// Another program kept writing the board while it was being saved.
    KeptChanging,
    /// Cards or decisions share these ids: nothing saved until renumbered.
    DuplicateIds(String),
    CardGone(String),
    ColumnGone(String),
    CardExists(String),
    EmptyTitle,
    BadDue(String),
    NothingToUndo,
    NothingToRedo,
    ShowingArchived,
    HidingArchived,
    BadLight(String),
    DecisionGone(String),
    NoMeeting,
    MinutesWritten(String),
    NoAgenda,
    GoalGone(String),
    IndicatorGone(String),
    BadValue(String),
    /// A value that can be read as thousands or as a decimal (`1.234`):
    /// what was typed, and its parts for what to write instead.
    AmbiguousValue(String, tavle_core::number::Ambiguous),
    Escalated(String, String),
    NoOtherBoard,
    /// A value of the measurement round was not saved: its text is back.
    RoundNotSaved,
    AlreadyEscalated(String),
    /// Effect and effort are 1, 2 or 3.
    OneToThree,
    /// A save waits for another writer's lock: the board, and who holds it
    /// (host and process) when the lock says.
    Saving {
        board: String,
        holder: Option<(String, u32)>,
    },
    /// The edit was saved but its line in the change log was not (why, in words).
    LogFailed(String),
    /// The folder layer: file errors, locks, read-only boards, odd files.
    Folder(super::folder::FolderMsg),
    /// `n` on a board without columns.
    NoColumns,
    /// A key that does nothing on this screen.
    UnboundKey,
    /// The selected card was archived, moved away or deleted by someone else.
    CardGoneElsewhere(String),
    /// Conflict copies and merging them.
    Sync(super::sync::SyncMsg),
    /// A date for a day that has been (a measurement's), in no form tavle reads.
    BadDay(String),
    /// A date for a day that has been, after today: what was typed, and the
    /// day it means (`24.11.2026`).
    FutureDay {
        text: String,
        date: String,
    },
    /// The meeting screen: preparing the meeting, who is present.
    Prep(super::prepare::PrepMsg),
    /// The PDSA card's forms and keys.
    Pdsa(super::pdsa::PdsaMsg),
    /// A column cannot be taken away while cards stand in it.
    ColumnNotEmpty(String),
    /// A WIP limit as typed that is not a whole number from 1.
    BadLimit(String),
    /// What a key did: undo, redo, archive, restore, a follow-up done, a
    /// measurement stored (and the value it replaced).
    Did(super::views::Did),
    /// A new board from a template: made, or why not.
    NewBoard(super::new_board::NewBoardMsg),
    /// Following links between boards (escalations) and coming back.
    Link(super::links::LinkMsg),
    /// The routine (its id) is gone from the board.
    RoutineGone(String),
    /// A routine with this id is on the board already.
    RoutineExists(String),
    /// The card (its id) no longer has the PDSA cycle (its number, from 1).
    CycleGone(String, usize),
    /// Routines: one exists for the card already, one was written to a file.
    Routine(super::improve::RoutineMsg),
    /// Taking in ideas and the priority matrix.
    Intake(super::intake::IntakeMsg),
    /// The operations board's staffing, risks, deviations and wheel.
    Ops(super::operations::OpsMsg),
    /// What the risks or deadlines panel refused.
    Panel(super::ops_panels::PanelMsg),
    /// The meeting room's screen: themes, the zoomed card, the large header.
    Room(super::room::RoomMsg),
}

/// The text of a message.
pub fn msg(lang: Lang, m: &Msg) -> String {
    match m {
        Msg::WatchNotify => s!(lang, "msg-watch-notify").into(),
        Msg::WatchPoll { secs, reason } => {
            f!(lang, "msg-watch-poll", secs = secs, reason = reason)
        }
        Msg::WatchError(e) => f!(lang, "msg-watch-error", error = e),
        Msg::Settings { first, more: 0 } => first.clone(),
        Msg::Settings { first, more } => f!(lang, "msg-settings-more", first = first, more = more),
        Msg::BoardAdded(id) => f!(lang, "msg-board-added", board = id),
        Msg::BoardDeleted(id) => f!(lang, "msg-board-deleted", board = id),
        Msg::BoardMissing => s!(lang, "msg-board-missing").into(),
        Msg::FileBroken(line, col) => f!(
            lang,
            "msg-file-broken",
            line = line.to_string(),
            col = col.to_string(),
        ),
        Msg::NewerFormat(v) => f!(lang, "msg-newer-format", version = v.to_string()),
        Msg::KeptChanging => s!(lang, "msg-kept-changing").into(),
        Msg::DuplicateIds(ids) => f!(lang, "msg-duplicate-ids", ids = ids),
        Msg::WouldBeTooLarge { size, limit } => {
            let why = super::too_large(lang, *size, *limit);
            f!(lang, "msg-would-be-too-large", why = why)
        }
        Msg::CardGone(id) => f!(lang, "msg-card-gone", card = id),
        Msg::ColumnGone(id) => f!(lang, "msg-column-gone", column = id),
        Msg::CardExists(id) => f!(lang, "msg-card-exists", card = id),
        Msg::EmptyTitle => s!(lang, "msg-empty-title").into(),
        Msg::BadDue(s) => f!(lang, "msg-bad-due", text = s),
        Msg::NothingToUndo => s!(lang, "msg-nothing-to-undo").into(),
        Msg::NothingToRedo => s!(lang, "msg-nothing-to-redo").into(),
        Msg::ShowingArchived => s!(lang, "msg-showing-archived").into(),
        Msg::HidingArchived => s!(lang, "msg-hiding-archived").into(),
        Msg::BadLight(l) => f!(lang, "msg-bad-light", text = l),
        Msg::DecisionGone(id) => f!(lang, "msg-decision-gone", decision = id),
        Msg::NoMeeting => s!(lang, "msg-no-meeting").into(),
        Msg::MinutesWritten(p) => f!(lang, "msg-minutes-written", path = p),
        Msg::GoalGone(id) => f!(lang, "msg-goal-gone", goal = id),
        Msg::RoutineGone(id) => f!(lang, "msg-routine-gone", routine = id),
        Msg::RoutineExists(id) => f!(lang, "msg-routine-exists", routine = id),
        Msg::CycleGone(card, n) => f!(lang, "msg-cycle-gone", card = card, cycle = n),
        Msg::IndicatorGone(id) => f!(lang, "msg-indicator-gone", indicator = id),
        Msg::BadValue(v) => f!(lang, "msg-bad-value", text = v),
        Msg::AmbiguousValue(v, a) => f!(
            lang,
            "msg-ambiguous-value",
            text = v,
            thousands = a.as_thousands(),
            grouped = a.as_grouped(),
            decimal = a.as_decimal()
        ),
        Msg::Escalated(board, card) => f!(lang, "msg-escalated", board = board, card = card),
        Msg::NoOtherBoard => s!(lang, "msg-no-other-board").into(),
        Msg::RoundNotSaved => s!(lang, "msg-round-not-saved").into(),
        Msg::AlreadyEscalated(board) => f!(lang, "msg-already-escalated", board = board),
        Msg::NoAgenda => s!(lang, "msg-no-agenda").into(),
        Msg::OneToThree => s!(lang, "msg-one-to-three").into(),
        Msg::LogFailed(reason) => f!(lang, "msg-log-failed", reason = reason),
        Msg::Saving {
            board,
            holder: Some((host, pid)),
        } => {
            let pid = pid.to_string();
            f!(lang, "msg-saving", board = board, host = host, pid = pid)
        }
        Msg::Saving {
            board,
            holder: None,
        } => f!(lang, "msg-saving-unknown", board = board),
        Msg::Folder(m) => super::folder::folder_msg(lang, m),
        Msg::NoColumns => s!(lang, "msg-no-columns").into(),
        Msg::UnboundKey => s!(lang, "msg-unbound-key").into(),
        Msg::CardGoneElsewhere(card) => f!(lang, "msg-card-gone-elsewhere", card = card),
        Msg::Sync(m) => super::sync::sync_msg(lang, m),
        Msg::Link(m) => super::links::link_msg(lang, m),
        Msg::BadDay(text) => super::bad_day(lang, text),
        Msg::FutureDay { text, date } => super::future_day(lang, text, date),
        Msg::Prep(m) => super::prepare::prep_msg(lang, m),
        Msg::Pdsa(m) => super::pdsa::pdsa_msg(lang, m),
        Msg::ColumnNotEmpty(c) => f!(lang, "msg-column-not-empty", column = c),
        Msg::BadLimit(text) => f!(lang, "msg-bad-limit", text = text),
        Msg::Did(d) => super::views::did(lang, d),
        Msg::NewBoard(m) => super::new_board::new_board_msg(lang, m),
        Msg::Routine(m) => super::improve::routine_msg(lang, m),
        Msg::Intake(m) => super::intake::intake_msg(lang, m),
        Msg::Ops(m) => super::operations::ops_msg(lang, m),
        Msg::Panel(m) => super::ops_panels::panel_msg(lang, m),
        Msg::Room(m) => super::room::room_msg(lang, m),
    }
}

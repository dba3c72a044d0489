//! Notices, banners and errors the program shows while it runs: `Msg` as
//! data (so the app can compare and test them) and `msg` for their words.
//! Only words: deciding when to show one is the app's and the commands' job.

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
    BoardAdded(String),
    BoardDeleted(String),
    BoardMissing,
    Locked(String, u32),
    StaleLock(String, u32, String),
    SaveFailed(String),
    FileBroken(usize, usize),
    NewerFormat(u64),
    CardGone(String),
    ColumnGone(String),
    CardExists(String),
    EmptyTitle,
    BadDue(String),
    NothingToUndo,
    NothingToRedo,
    ShowingArchived,
    HidingArchived,
    NoSuchBoard(String),
    BadLight(String),
    Unlocked(String, u32),
    NotLocked,
    DecisionGone(String),
    NoMeeting,
    MinutesWritten(String),
    NoAgenda,
    GoalGone(String),
    IndicatorGone(String),
    BadValue(String),
    Escalated(String, String),
    NoOtherBoard,
    AlreadyEscalated(String),
    /// Effect and effort are 1, 2 or 3.
    OneToThree,
    /// A save waits for another writer's lock: the board, and who holds it
    /// (host and process) when the lock says.
    Saving {
        board: String,
        holder: Option<(String, u32)>,
    },
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
}

impl From<crate::folder::store::UpdateError> for Msg {
    /// What to tell the user when a save did not happen.
    fn from(e: crate::folder::store::UpdateError) -> Msg {
        use crate::folder::store::UpdateError;
        use crate::ops::OpError;
        match e {
            UpdateError::Lock(e) => Msg::Folder(super::folder::FolderMsg::from_lock(e)),
            UpdateError::Fs(e) => Msg::Folder(super::folder::FolderMsg::SaveFailed(e)),
            UpdateError::Refused { board, why } => {
                Msg::Folder(super::folder::FolderMsg::read_only(&board, why))
            }
            UpdateError::Broken(p) => Msg::FileBroken(p.line, p.col),
            UpdateError::ReadOnly(v) => Msg::NewerFormat(v),
            UpdateError::Op(OpError::NoSuchCard(id)) => Msg::CardGone(id),
            UpdateError::Op(OpError::NoSuchColumn(id)) => Msg::ColumnGone(id),
            UpdateError::Op(OpError::DuplicateCard(id)) => Msg::CardExists(id),
            UpdateError::Op(OpError::EmptyTitle) => Msg::EmptyTitle,
            UpdateError::Op(OpError::NoSuchDecision(id)) => Msg::DecisionGone(id),
            UpdateError::Op(OpError::NoMeeting) => Msg::NoMeeting,
            UpdateError::Op(OpError::NoSuchGoal(id)) => Msg::GoalGone(id),
            UpdateError::Op(OpError::NoSuchIndicator(id)) => Msg::IndicatorGone(id),
            UpdateError::Op(OpError::OutOfRange) => Msg::OneToThree,
            UpdateError::Op(OpError::MergeUnsettled(n)) => {
                Msg::Sync(super::sync::SyncMsg::BoardChanged(n))
            }
        }
    }
}

/// The text of a message.
pub fn msg(lang: Lang, m: &Msg) -> String {
    match m {
        Msg::WatchNotify => s!(lang, "msg-watch-notify").into(),
        Msg::WatchPoll { secs, reason } => {
            f!(lang, "msg-watch-poll", secs = secs, reason = reason)
        }
        Msg::WatchError(e) => f!(lang, "msg-watch-error", error = e),
        Msg::BoardAdded(id) => f!(lang, "msg-board-added", board = id),
        Msg::BoardDeleted(id) => f!(lang, "msg-board-deleted", board = id),
        Msg::BoardMissing => s!(lang, "msg-board-missing").into(),
        Msg::Locked(host, pid) => f!(lang, "msg-locked", host = host, pid = pid.to_string()),
        Msg::StaleLock(host, pid, at) => f!(
            lang,
            "msg-stale-lock",
            host = host,
            pid = pid.to_string(),
            at = at,
        ),
        Msg::SaveFailed(e) => f!(lang, "msg-save-failed", error = e),
        Msg::FileBroken(line, col) => f!(
            lang,
            "msg-file-broken",
            line = line.to_string(),
            col = col.to_string(),
        ),
        Msg::NewerFormat(v) => f!(lang, "msg-newer-format", version = v.to_string()),
        Msg::CardGone(id) => f!(lang, "msg-card-gone", card = id),
        Msg::ColumnGone(id) => f!(lang, "msg-column-gone", column = id),
        Msg::CardExists(id) => f!(lang, "msg-card-exists", card = id),
        Msg::EmptyTitle => s!(lang, "msg-empty-title").into(),
        Msg::BadDue(s) => f!(lang, "msg-bad-due", text = s),
        Msg::NothingToUndo => s!(lang, "msg-nothing-to-undo").into(),
        Msg::NothingToRedo => s!(lang, "msg-nothing-to-redo").into(),
        Msg::ShowingArchived => s!(lang, "msg-showing-archived").into(),
        Msg::HidingArchived => s!(lang, "msg-hiding-archived").into(),
        Msg::NoSuchBoard(b) => f!(lang, "msg-no-such-board", board = b),
        Msg::BadLight(l) => f!(lang, "msg-bad-light", text = l),
        Msg::Unlocked(host, pid) => f!(lang, "msg-unlocked", host = host, pid = pid.to_string()),
        Msg::NotLocked => s!(lang, "msg-not-locked").into(),
        Msg::DecisionGone(id) => f!(lang, "msg-decision-gone", decision = id),
        Msg::NoMeeting => s!(lang, "msg-no-meeting").into(),
        Msg::MinutesWritten(p) => f!(lang, "msg-minutes-written", path = p),
        Msg::GoalGone(id) => f!(lang, "msg-goal-gone", goal = id),
        Msg::IndicatorGone(id) => f!(lang, "msg-indicator-gone", indicator = id),
        Msg::BadValue(v) => f!(lang, "msg-bad-value", text = v),
        Msg::Escalated(board, card) => f!(lang, "msg-escalated", board = board, card = card),
        Msg::NoOtherBoard => s!(lang, "msg-no-other-board").into(),
        Msg::AlreadyEscalated(board) => f!(lang, "msg-already-escalated", board = board),
        Msg::NoAgenda => s!(lang, "msg-no-agenda").into(),
        Msg::OneToThree => s!(lang, "msg-one-to-three").into(),
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
    }
}

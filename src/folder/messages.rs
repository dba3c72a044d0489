//! From the folder layer's errors and findings to the catalogue's messages:
//! a lock that could not be taken, a save that did not happen, a board that
//! is read-only, a name that was skipped.
//!
//! Here rather than in the catalogue because the catalogue imports no storage
//! or locks: it words plain data (`FolderMsg` carries strings, numbers and the
//! core's enums), and this module turns paths, lock files and errors into that
//! data. Only conversions: it decides nothing and says nothing itself.

use std::path::Path;

use tavle_core::access::LockHolder;

use crate::folder::board_fs::Skipped;
use crate::folder::lock::{self, Differs, Found, Holder, LockError, Place};
use crate::folder::safe_fs::FsError;
use crate::folder::store::{self, UpdateError, Why};
use crate::i18n::{FolderMsg, LockFound, LockPlace, Msg};
use crate::platform::Liveness;
use tavle_core::ops::OpError;

use crate::i18n::OpsMsg;

/// How messages show the time a lock was taken.
const TAKEN_AT: &str = "%d.%m.%Y %H:%M";

fn board_name(path: &Path) -> String {
    store::board_id(path)
}

impl From<&Holder> for LockHolder {
    /// The part of a lock file's holder that messages name.
    fn from(h: &Holder) -> LockHolder {
        LockHolder {
            host: h.host.clone(),
            pid: h.pid,
        }
    }
}

/// What to tell the user about a lock that could not be taken or was lost.
pub fn lock_message(e: &LockError) -> Msg {
    Msg::Folder(lock_folder_msg(e))
}

fn lock_folder_msg(e: &LockError) -> FolderMsg {
    match e {
        LockError::Busy { board, holder } => FolderMsg::Locked {
            board: board_name(board),
            holder: holder.as_ref().map(LockHolder::from),
        },
        LockError::Stale { board, holder } => FolderMsg::StaleLock {
            board: board_name(board),
            holder: holder.as_ref().map(LockHolder::from),
            since: holder
                .as_ref()
                .and_then(lock::taken_at)
                .map(|t| t.format(TAKEN_AT).to_string()),
        },
        LockError::NotRegular { lock, kind } => FolderMsg::LockNotRegular {
            lock: lock.display().to_string(),
            kind: *kind,
        },
        LockError::Lost { board } => FolderMsg::LockLost {
            board: board_name(board),
        },
        LockError::Fs(e) => FolderMsg::from(e),
    }
}

/// A time of the system's clock as messages show a lock's time.
fn local_time(t: std::time::SystemTime) -> String {
    chrono::DateTime::<chrono::Local>::from(t)
        .format(TAKEN_AT)
        .to_string()
}

impl From<Place> for LockPlace {
    fn from(p: Place) -> LockPlace {
        match p {
            Place::Nobody => LockPlace::Nobody,
            Place::Unreadable => LockPlace::Unreadable,
            Place::Here {
                alive: Liveness::Dead,
                by_name_only,
            } => LockPlace::Gone { by_name_only },
            Place::Here {
                alive: Liveness::Alive,
                by_name_only,
            } => LockPlace::Running { by_name_only },
            Place::Here {
                alive: Liveness::Unknown,
                ..
            } => LockPlace::NoAnswer,
            Place::Elsewhere(Differs::Host) => LockPlace::OtherHost,
            Place::Elsewhere(Differs::Machine) => LockPlace::OtherMachine,
            Place::Elsewhere(Differs::Boot) => LockPlace::OtherBoot,
            Place::Elsewhere(Differs::PidNamespace) => LockPlace::OtherNamespace,
        }
    }
}

impl FolderMsg {
    /// What `tavle unlock` found at the lock of the board at `board`.
    pub fn lock_found(board: &Path, f: &Found) -> FolderMsg {
        FolderMsg::LockFound(Box::new(LockFound {
            board: board_name(board),
            holder: f.holder.as_ref().map(LockHolder::from),
            since: f
                .holder
                .as_ref()
                .and_then(lock::taken_at)
                .map(|t| t.format(TAKEN_AT).to_string()),
            age_secs: f.age.as_secs(),
            future: f.future.map(local_time),
            place: f.place.into(),
        }))
    }

    /// What to tell the user about a lock that could not be taken or was lost.
    pub fn from_lock(e: LockError) -> FolderMsg {
        lock_folder_msg(&e)
    }

    /// The board file at `board` may not be written, for `why`.
    pub fn read_only(board: &Path, why: Why) -> FolderMsg {
        FolderMsg::ReadOnly {
            board: board_name(board),
            why,
        }
    }
}

impl From<&FsError> for FolderMsg {
    /// A save that failed on a file operation.
    fn from(e: &FsError) -> FolderMsg {
        FolderMsg::SaveFailed {
            kind: e.kind.clone(),
            path: e.path.display().to_string(),
        }
    }
}

impl From<Skipped> for FolderMsg {
    /// A `*.json` name in the folder that is not read as a board.
    fn from(s: Skipped) -> FolderMsg {
        FolderMsg::Skipped {
            path: s.path.display().to_string(),
            why: s.why,
        }
    }
}

impl From<UpdateError> for Msg {
    /// What to tell the user when a save did not happen.
    fn from(e: UpdateError) -> Msg {
        match e {
            UpdateError::Lock(e) => lock_message(&e),
            UpdateError::Fs(e) => Msg::Folder(FolderMsg::from(&e)),
            UpdateError::Refused { board, why } => Msg::Folder(FolderMsg::read_only(&board, why)),
            UpdateError::Broken(p) => Msg::FileBroken(p.line, p.col),
            UpdateError::ReadOnly(v) => Msg::NewerFormat(v),
            UpdateError::TooLarge { size, limit } => Msg::WouldBeTooLarge { size, limit },
            UpdateError::KeptChanging => Msg::KeptChanging,
            UpdateError::DuplicateIds(ids) => Msg::DuplicateIds(ids.join(", ")),
            UpdateError::Op(OpError::NoSuchCard(id)) => Msg::CardGone(id),
            UpdateError::Op(OpError::NoSuchColumn(id)) => Msg::ColumnGone(id),
            UpdateError::Op(OpError::DuplicateCard(id)) => Msg::CardExists(id),
            UpdateError::Op(OpError::EmptyTitle) => Msg::EmptyTitle,
            UpdateError::Op(OpError::NoSuchDecision(id)) => Msg::DecisionGone(id),
            UpdateError::Op(OpError::NoMeeting) => Msg::NoMeeting,
            UpdateError::Op(OpError::NoSuchGoal(id)) => Msg::GoalGone(id),
            UpdateError::Op(OpError::NoSuchIndicator(id)) => Msg::IndicatorGone(id),
            UpdateError::Op(OpError::OutOfRange) => Msg::OneToThree,
            UpdateError::Op(OpError::ColumnNotEmpty(id)) => Msg::ColumnNotEmpty(id),
            UpdateError::Op(OpError::ZeroLimit) => Msg::BadLimit("0".into()),
            UpdateError::Op(OpError::NoSuchRoutine(id)) => Msg::RoutineGone(id),
            UpdateError::Op(OpError::DuplicateRoutine(id)) => Msg::RoutineExists(id),
            // The op names a cycle by its place; people count from 1.
            UpdateError::Op(OpError::NoSuchCycle(card, at)) => Msg::CycleGone(card, at + 1),
            UpdateError::Op(OpError::NoSuchShift(s)) => Msg::Ops(OpsMsg::ShiftGone(s)),
            UpdateError::Op(OpError::ShiftExists(s)) => Msg::Ops(OpsMsg::ShiftExists(s)),
            UpdateError::Op(OpError::DuplicateStaff(s)) => Msg::Ops(OpsMsg::StaffExists(s)),
            UpdateError::Op(OpError::CountBelowZero) => Msg::Ops(OpsMsg::BelowZero),
            UpdateError::Op(OpError::NoSuchRisk(id)) => Msg::Ops(OpsMsg::RiskGone(id)),
            UpdateError::Op(OpError::DuplicateRisk(id)) => Msg::Ops(OpsMsg::RiskExists(id)),
            UpdateError::Op(OpError::NotOneToFive(v)) => Msg::Ops(OpsMsg::NotOneToFive(v)),
            UpdateError::Op(OpError::NoSuchDeviation(id)) => Msg::Ops(OpsMsg::DeviationGone(id)),
            UpdateError::Op(OpError::DuplicateDeviation(id)) => {
                Msg::Ops(OpsMsg::DeviationExists(id))
            }
            UpdateError::Op(OpError::AlreadyLinked(card)) => Msg::Ops(OpsMsg::AlreadyLinked(card)),
            UpdateError::Op(OpError::NoSuchEvent(id)) => Msg::Ops(OpsMsg::EventGone(id)),
            UpdateError::Op(OpError::DuplicateEvent(id)) => Msg::Ops(OpsMsg::EventExists(id)),
            UpdateError::Op(OpError::NoSuchWeek(w)) => Msg::Ops(OpsMsg::NoSuchWeek(w)),
            UpdateError::Op(OpError::AlreadyMade(id, y)) => Msg::Ops(OpsMsg::AlreadyMade(id, y)),
            UpdateError::Op(OpError::NotMade(id, y)) => Msg::Ops(OpsMsg::NotMade(id, y)),
            UpdateError::Op(OpError::MergeUnsettled(n)) => {
                Msg::Sync(crate::i18n::SyncMsg::BoardChanged(n))
            }
            UpdateError::Op(OpError::NoSuchAgendaItem(title)) => {
                Msg::Prep(crate::i18n::PrepMsg::ItemGone(title))
            }
            UpdateError::Op(OpError::MinutesOutOfRange(m)) => {
                Msg::Prep(crate::i18n::PrepMsg::BadMinutes(m.to_string()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, msg};
    use std::path::PathBuf;
    use tavle_core::diag::{FsErrorKind, NodeKind};

    fn holder(at: &str) -> Holder {
        Holder {
            host: "pc-1".into(),
            pid: 42,
            at: at.into(),
            nonce: None,
            ids: None,
        }
    }

    #[test]
    fn a_lock_error_names_the_board_by_its_id_and_the_holder_by_host_and_pid() {
        let busy = LockError::Busy {
            board: PathBuf::from("/m/hjemmetjenesten.json"),
            holder: Some(holder("")),
        };
        assert_eq!(
            FolderMsg::from_lock(busy),
            FolderMsg::Locked {
                board: "hjemmetjenesten".into(),
                holder: Some(LockHolder {
                    host: "pc-1".into(),
                    pid: 42
                }),
            }
        );
        let stale = LockError::Stale {
            board: PathBuf::from("/m/b.json"),
            holder: Some(holder("2026-11-24T08:15:00.000+01:00")),
        };
        let FolderMsg::StaleLock { since, .. } = FolderMsg::from_lock(stale) else {
            panic!("not a stale lock");
        };
        assert_eq!(since.as_deref(), Some("24.11.2026 08:15"));
        // A holder whose time cannot be read is still named, without a time.
        let garbled = LockError::Stale {
            board: PathBuf::from("/m/b.json"),
            holder: Some(holder("i går")),
        };
        assert!(matches!(
            FolderMsg::from_lock(garbled),
            FolderMsg::StaleLock {
                since: None,
                holder: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn a_failed_save_carries_the_path_and_reads_in_words() {
        let e = UpdateError::Fs(FsError::new(FsErrorKind::NoSpace, "/x/b.json"));
        let m = Msg::from(e);
        assert_eq!(
            m,
            Msg::Folder(FolderMsg::SaveFailed {
                kind: FsErrorKind::NoSpace,
                path: "/x/b.json".into()
            })
        );
        assert_eq!(
            msg(Lang::En, &m),
            "could not save: /x/b.json: no space left on the disk (or the quota is used up)"
        );
        let odd = LockError::NotRegular {
            lock: PathBuf::from("/x/b.json.lock"),
            kind: NodeKind::Fifo,
        };
        assert!(msg(Lang::Nn, &lock_message(&odd)).starts_with("låsfila /x/b.json.lock er ikkje"));
    }

    #[test]
    fn a_refused_save_says_the_board_is_read_only_and_why() {
        let e = UpdateError::Refused {
            board: PathBuf::from("/x/b.json"),
            why: Why::NoWritePermission,
        };
        assert_eq!(
            msg(Lang::Nb, &Msg::from(e)),
            "tavla b er bare for lesing: du har ikke skrivetilgang til filen"
        );
        assert_eq!(Msg::from(UpdateError::ReadOnly(3)), Msg::NewerFormat(3));
    }
}
#[cfg(test)]
#[path = "messages_tests.rs"]
mod more_tests;

//! `tavle unlock BOARD`: break a lock a crashed tavle left beside a board,
//! and never one in use right now (the folder layer decides which is which:
//! `lock::break_lock`). Says whose lock it was.
//!
//! It must not remove anything but the lock, and must not print except
//! through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io, lookup};
use crate::folder::lock::{self, LockError, Unlocked};
use crate::folder::store;
use crate::i18n::{self, FolderMsg, Msg};

/// Run `tavle unlock`.
pub fn run(board: &str, dir: &Path, io: &mut Io) -> Exit {
    // A lock can outlive its board (deleted, or renamed while locked): a
    // name that finds no board still means `DIR/BOARD.json`.
    let path = lookup::board(board, dir).unwrap_or_else(|_| dir.join(format!("{board}.json")));
    let id = store::board_id(&path);
    let holder = |h: Option<lock::Holder>| h.as_ref().map(tavle_core::access::LockHolder::from);
    let done = match lock::break_lock(&path) {
        Ok(Unlocked::Broke(h)) => FolderMsg::Unlocked {
            board: id,
            holder: holder(h),
        },
        Ok(Unlocked::RemovedOdd(kind)) => FolderMsg::UnlockedOdd { board: id, kind },
        Ok(Unlocked::NotLocked) => FolderMsg::NotLocked { board: id },
        Err(LockError::Busy { holder: h, .. }) => {
            let m = FolderMsg::LockInUse {
                board: id,
                holder: holder(h),
            };
            return io.fail(CliError::Refused(Msg::Folder(m)));
        }
        Err(e) => return io.fail(CliError::Refused(Msg::Folder(FolderMsg::from_lock(e)))),
    };
    let text = i18n::msg(io.lang, &Msg::Folder(done));
    io.say(&text);
    Exit::Ok
}

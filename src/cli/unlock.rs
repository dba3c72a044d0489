//! `tavle unlock BOARD [--force]`: break a lock a crashed tavle left beside
//! a board, after saying what it found there (who, how old as seen by
//! tavle, why its holder is judged gone, running, unknown or elsewhere).
//! The folder layer decides what may be broken (`lock::break_lock`): a dead
//! or unknown holder's lock at once, another machine's once it is old, with
//! `--force` also a recent one; never a lock a process of this machine is
//! saving with right now.
//!
//! It must not remove anything but the lock, and must not print except
//! through [`Io`]: what was found goes to stderr, the outcome to stdout (or,
//! refused, to stderr with exit code 1).

use std::path::Path;

use super::{CliError, Exit, Io, lookup};
use crate::folder::lock::{self, Found, LockError, Place, Unlocked};
use crate::folder::store;
use crate::i18n::{self, FolderMsg, Msg};
use crate::platform::Liveness;

/// Run `tavle unlock`.
pub fn run(board: &str, dir: &Path, force: bool, io: &mut Io) -> Exit {
    // A lock can outlive its board (deleted, or renamed while locked): a
    // name that finds no board still means `DIR/BOARD.json`.
    let path = lookup::board(board, dir).unwrap_or_else(|_| dir.join(format!("{board}.json")));
    let id = store::board_id(&path);
    let holder = |h: Option<lock::Holder>| h.as_ref().map(tavle_core::access::LockHolder::from);
    let refuse = |io: &mut Io, m: FolderMsg| io.fail(CliError::Refused(Msg::Folder(m)));
    let found = |io: &mut Io, f: &Found| {
        let text = i18n::msg(io.lang, &Msg::Folder(FolderMsg::lock_found(&path, f)));
        for line in text.lines() {
            io.warn(line);
        }
    };
    let done = match lock::break_lock(&path, force) {
        Ok(Unlocked::Broke(f)) => {
            found(io, &f);
            FolderMsg::Unlocked {
                board: id,
                holder: holder(f.holder),
            }
        }
        Ok(Unlocked::RemovedOdd(kind)) => FolderMsg::UnlockedOdd { board: id, kind },
        Ok(Unlocked::MovedFolder { aside }) => FolderMsg::UnlockedFolder {
            board: id,
            aside: aside.display().to_string(),
        },
        Ok(Unlocked::NotLocked) => FolderMsg::NotLocked { board: id },
        Ok(Unlocked::InUse(f)) => {
            found(io, &f);
            let m = FolderMsg::LockInUse {
                board: id,
                holder: holder(f.holder),
            };
            return refuse(io, m);
        }
        Ok(Unlocked::NeedsForce(f)) => {
            found(io, &f);
            let running = match (&f.place, &f.holder) {
                (
                    Place::Here {
                        alive: Liveness::Alive,
                        ..
                    },
                    Some(h),
                ) => Some(h.pid),
                _ => None,
            };
            return refuse(io, FolderMsg::UnlockNeedsForce { board: id, running });
        }
        Err(LockError::Busy { holder: h, .. }) => {
            let m = FolderMsg::LockInUse {
                board: id,
                holder: holder(h),
            };
            return refuse(io, m);
        }
        Err(e) => return refuse(io, FolderMsg::from_lock(e)),
    };
    let text = i18n::msg(io.lang, &Msg::Folder(done));
    io.say(&text);
    Exit::Ok
}

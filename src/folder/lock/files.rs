//! How lock and `.break` files are made: exclusively, and never readable by
//! anyone the board itself is not readable by. A lock names a host, a
//! process and ids; beside a 0600 board nobody else may read it, beside a
//! 0640 board of a team's group only that team.
//!
//! A new file gets the user's (or the folder's) group, which may not be the
//! board's, so it is created without group bits — the owner's read and
//! write, and the others' read bit if the board gives it — then put in the
//! board's group where the user may, and only then given the board's group
//! read bit. So at no moment is it readable by more than the board. No
//! write or execute bit is ever given to anyone but the owner: others read
//! a lock, and break it by removing its name, which the folder's mode rules.
//!
//! Nothing here reads, judges or removes a lock.

use std::ffi::OsStr;
use std::fs::File;

use crate::folder::safe_fs::{Folder, FsError, Meta, NodeKind};
use crate::platform;

/// Without a board file (a lock of a board not made yet), as tavle always did:
/// readable by everyone the umask allows.
const NO_BOARD: u32 = 0o644;

/// The bits a lock or break file is created with: the owner's read and write
/// (tavle reads its own lock back) and the board's read bit for others.
pub(super) fn first_mode(board: Option<&Meta>) -> u32 {
    match board {
        Some(b) => 0o600 | (b.mode & 0o004),
        None => NO_BOARD,
    }
}

/// The bits added once the file is in the board's group: the board's group read bit.
pub(super) fn group_bits(board: &Meta) -> u32 {
    board.mode & 0o040
}

/// The board file `board` in `folder`, when it is a regular file, for the
/// mode of its lock.
pub(super) fn board_meta(folder: &Folder, board: &OsStr) -> Option<Meta> {
    folder
        .stat(board, false)
        .ok()
        .flatten()
        .filter(|m| m.kind == NodeKind::File)
}

/// Create `name` exclusively in `folder` with the mode of `board` (see the
/// module doc); `AlreadyExists` when anything is there.
pub(super) fn create(folder: &Folder, name: &OsStr, board: Option<&Meta>) -> Result<File, FsError> {
    let file = folder.create_new(name, first_mode(board))?;
    #[cfg(test)]
    super::seam::hit(super::seam::Point::Made);
    if let Some(board) = board {
        join_group(&file, board);
    }
    Ok(file)
}

/// Put a new file in the board's group where the user may, and then (only
/// then) give it the board's group read bit. Where the user may not, the
/// file keeps its group and no group bit.
fn join_group(file: &File, board: &Meta) {
    let Some(gid) = board.gid else {
        return;
    };
    let Ok(now) = file.metadata().map(|m| platform::meta_of(&m)) else {
        return;
    };
    if now.gid != Some(gid) && platform::set_group(file, gid).is_err() {
        return;
    }
    let bits = group_bits(board);
    if bits != 0 {
        platform::set_mode(file, now.mode | bits);
    }
}
#[cfg(test)]
#[path = "files_tests.rs"]
mod more_tests;

//! Tests of the modes lock and `.break` files are made with, from inside:
//! the mode each has in its first moment (seen through the `Made` seam,
//! before its group, mode or text are touched) and once it is filled, for
//! boards of several modes in the user's own group. Another user's view and
//! a group the user may not give are tested in `tests/lock_modes.rs`.
//!
//! Unix only; they must not leave a lock behind.

#![cfg(unix)]

use super::seam::{self, Point};
use super::*;
use std::cell::RefCell;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::rc::Rc;

/// This process's umask, from the kernel's own account of it.
fn umask() -> u32 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        // Where there is no /proc: the usual one.
        .unwrap_or(0o022)
}

/// (mode, gid) of `path`, or None when it is not there.
fn mode_of(path: &Path) -> Option<(u32, u32)> {
    fs::symlink_metadata(path)
        .ok()
        .map(|m| (m.mode() & 0o777, m.gid()))
}

#[test]
fn lock_and_break_files_are_never_readable_by_more_than_the_board_from_their_first_moment() {
    let mask = umask();
    // (board mode, mode when made, group bits added once in the board's group)
    let table = [
        (0o600, 0o600, 0o000),
        (0o640, 0o600, 0o040),
        (0o660, 0o600, 0o040),
        (0o644, 0o604, 0o040),
        (0o604, 0o604, 0o000),
    ];
    for (board_mode, made, group) in table {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        fs::write(&board, "{}").unwrap();
        fs::set_permissions(&board, fs::Permissions::from_mode(board_mode)).unwrap();
        let gid = fs::metadata(&board).unwrap().gid();
        let lock = lock_path(&board);
        let brk = dir.path().join("b.json.lock.break");
        let first: Rc<RefCell<Vec<(u32, u32)>>> = Rc::default();
        {
            let (first, lock, brk) = (first.clone(), lock.clone(), brk.clone());
            seam::set(move |p| {
                if p == Point::Made {
                    let made = mode_of(&brk).or_else(|| mode_of(&lock)).unwrap();
                    first.borrow_mut().push(made);
                }
            });
        }
        let held = acquire(&board, Duration::ZERO).unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        let like = folder.stat(OsStr::new("b.json"), false).unwrap();
        let guard = BreakGuard::take(&folder, OsStr::new("b.json.lock"), like.as_ref())
            .unwrap()
            .unwrap();
        seam::set(|_| {});
        let expect_made = (made & !mask, gid);
        assert_eq!(
            *first.borrow(),
            [expect_made, expect_made],
            "board {board_mode:o}: lock, then .break, when made"
        );
        let expect = ((made & !mask) | group, gid);
        assert_eq!(mode_of(&lock), Some(expect), "lock of {board_mode:o}");
        assert_eq!(mode_of(&brk), Some(expect), ".break of {board_mode:o}");
        drop(guard);
        drop(held);
        assert_eq!(mode_of(&brk), None);
        assert_eq!(mode_of(&lock), None);
    }
}

#[test]
fn a_lock_of_a_board_not_made_yet_is_made_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("new.json");
    let held = acquire(&board, Duration::ZERO).unwrap();
    let (mode, _) = mode_of(&lock_path(&board)).unwrap();
    assert_eq!(mode, 0o644 & !umask());
    drop(held);
}

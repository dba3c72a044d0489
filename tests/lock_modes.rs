//! Lock files as another user sees them (issue 15.1): beside a 0600 board
//! nobody else can read the lock; beside a 0640 board of a team's group the
//! team can and others cannot; and a user who may not give a file the
//! board's group gets a lock without group bits (never readable by a group
//! that is not the board's). Another user is played by `nobody` (uid 65534)
//! through processes started with another uid, so the tests need root;
//! without it they say on stderr (itself, past the harness) that they were
//! skipped.
//!
//! The mode of a lock in its first moment, before its group is set, is
//! tested from inside (`src/folder/lock/mode_tests.rs`).

#![cfg(unix)]

mod lock_support;

use std::fs;
use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use lock_support::BOARD;
use tavle::folder::lock::{acquire, lock_path};

const NOBODY: u32 = 65534;
/// A group `nobody` is not in by default; root may give files to it.
const TEAM: u32 = 100;

/// Set only for the helper's run: the board it locks.
const HELPER_BOARD: &str = "TAVLE_TEST_MODES_BOARD";

fn root() -> bool {
    rustix::process::geteuid().is_root()
}

/// Say so on stderr itself: the harness hides what `eprintln!` says.
fn skipped(test: &str, why: &str) {
    let _ = writeln!(std::io::stderr(), "SKIPPED: lock_modes::{test}: {why}");
}

const NOT_ROOT: &str = "needs root to act as another user";

/// A folder `nobody` may enter (and, with `writable`, write in).
fn folder(writable: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mode = if writable { 0o777 } else { 0o755 };
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(mode)).unwrap();
    dir
}

fn board(dir: &Path, mode: u32, gid: u32) -> std::path::PathBuf {
    let board = dir.join("b.json");
    fs::write(&board, BOARD).unwrap();
    std::os::unix::fs::chown(&board, None, Some(gid)).unwrap();
    fs::set_permissions(&board, fs::Permissions::from_mode(mode)).unwrap();
    board
}

/// Whether `nobody` in group `gid` (and no other) can read `path`.
fn can_read(path: &Path, gid: u32) -> bool {
    Command::new("cat")
        .arg(path)
        .uid(NOBODY)
        .gid(gid)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success()
}

fn mode_and_group(path: &Path) -> (u32, u32) {
    let m = fs::metadata(path).unwrap();
    (m.mode() & 0o777, m.gid())
}

#[test]
fn a_lock_beside_a_0600_board_is_not_readable_by_anyone_else() {
    if !root() {
        return skipped(
            "a_lock_beside_a_0600_board_is_not_readable_by_anyone_else",
            NOT_ROOT,
        );
    }
    let dir = folder(false);
    // Control: beside a board everyone may read, `nobody` reads the lock.
    let open = board(dir.path(), 0o644, 0);
    let held = acquire(&open, Duration::ZERO).unwrap();
    assert!(
        can_read(&lock_path(&open), NOBODY),
        "the check itself fails"
    );
    drop(held);
    let private = board(dir.path(), 0o600, 0);
    let held = acquire(&private, Duration::ZERO).unwrap();
    let lock = lock_path(&private);
    assert_eq!(mode_and_group(&lock), (0o600, 0));
    assert!(!can_read(&lock, NOBODY));
    assert!(!can_read(&lock, 0), "readable by the board's group");
    drop(held);
}

#[test]
fn a_lock_beside_a_0640_team_board_is_readable_by_that_team_only() {
    if !root() {
        return skipped(
            "a_lock_beside_a_0640_team_board_is_readable_by_that_team_only",
            NOT_ROOT,
        );
    }
    let dir = folder(false);
    let team = board(dir.path(), 0o640, TEAM);
    let held = acquire(&team, Duration::ZERO).unwrap();
    let lock = lock_path(&team);
    assert_eq!(mode_and_group(&lock), (0o640, TEAM));
    assert!(can_read(&lock, TEAM), "the team cannot read the lock");
    assert!(!can_read(&lock, NOBODY), "someone outside the team can");
    drop(held);
}

/// Run as `nobody` by the test below (a no-op anywhere else): takes the
/// lock of the board named in the environment and leaves it.
#[test]
#[ignore = "run as another user by the test below"]
fn modes_helper() {
    let Ok(board) = std::env::var(HELPER_BOARD) else {
        return;
    };
    std::mem::forget(acquire(Path::new(&board), Duration::ZERO).unwrap());
}

#[test]
fn a_user_who_may_not_give_the_boards_group_gets_a_lock_without_group_bits() {
    let test = "a_user_who_may_not_give_the_boards_group_gets_a_lock_without_group_bits";
    if !root() {
        return skipped(test, NOT_ROOT);
    }
    let dir = folder(true);
    // A team board of root's group, which `nobody` is not in.
    let board = board(dir.path(), 0o640, 0);
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(&exe)
        .args([
            "--exact",
            "modes_helper",
            "--ignored",
            "--test-threads",
            "1",
        ])
        .env(HELPER_BOARD, &board)
        .uid(NOBODY)
        .gid(NOBODY)
        .output()
        .unwrap();
    if !out.status.success() {
        // The test binary may sit where `nobody` cannot run it.
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("ermission denied") && !lock_path(&board).exists() {
            return skipped(test, &format!("`nobody` cannot run {exe:?}: {err}"));
        }
        panic!("the helper failed: {err}");
    }
    let lock = lock_path(&board);
    let m = fs::metadata(&lock).unwrap();
    assert_eq!(m.uid(), NOBODY, "the helper made the lock");
    assert_eq!(
        mode_and_group(&lock),
        (0o600, NOBODY),
        "group bits for a group that is not the board's"
    );
}

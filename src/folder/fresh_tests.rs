//! More tests of the new files of a fresh folder (the old runs' survivors).

#![cfg(unix)]

use super::*;

/// A new board takes only the bits the boards there have, but its owner
/// may always read and write it: beside a board only its owner may read
/// (0444 in a 0755 folder) it is 0644, never 0400.
#[test]
fn a_new_board_is_always_its_owners_to_read_and_write() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let old = tmp.path().join("gammel.json");
    std::fs::write(&old, "{}").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o444)).unwrap();
    let words = tavle_core::template::Words::default();
    let board = tavle_core::template::new_board(tavle_core::model::Kind::Drift, "Ny", &words);
    let path = create_board(tmp.path(), &board).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

/// The bits any of the boards has: beside a 0644 board and a 0640 board
/// (in a 0755 folder) a new board is 0644 — the others may read it, as
/// they may read one board already.
#[test]
fn a_new_board_takes_the_bits_any_board_has() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    for (name, mode) in [("a.json", 0o644), ("b.json", 0o640)] {
        let path = tmp.path().join(name);
        std::fs::write(&path, "{}").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let words = tavle_core::template::Words::default();
    let board = tavle_core::template::new_board(tavle_core::model::Kind::Drift, "Ny", &words);
    let path = create_board(tmp.path(), &board).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644);
}

/// A temp folder's name already taken is tried again with a new token,
/// and the folder made is the one with the first free name.
#[test]
fn a_temp_name_taken_is_tried_again_with_a_new_token() {
    let base = tempfile::tempdir().unwrap();
    for n in 0..3 {
        std::fs::create_dir(base.path().join(format!("t-{n}"))).unwrap();
    }
    let mut n = 0;
    let made = new_temp_in(base.path(), "t-", || {
        n += 1;
        (n - 1).to_string()
    })
    .unwrap();
    assert_eq!(made.path(), base.path().join("t-3"));
    assert_eq!(n, 4);
}

/// Any failure but a name taken is reported at once, with its own reason:
/// a base folder that is not there is not tried eight times.
#[test]
fn a_temp_folder_that_cannot_be_made_is_reported_at_once() {
    let base = tempfile::tempdir().unwrap();
    let gone = base.path().join("gone");
    let mut n = 0;
    let e = new_temp_in(&gone, "t-", || {
        n += 1;
        n.to_string()
    })
    .unwrap_err();
    assert_eq!(e.kind, FsErrorKind::NotFound);
    assert_eq!(n, 1);
    // A name taken every time: eight tries, and the reason is that.
    std::fs::create_dir(base.path().join("taken")).unwrap();
    let mut m = 0;
    let e = new_temp_in(base.path(), "", || {
        m += 1;
        "taken".to_string()
    })
    .unwrap_err();
    assert_eq!(e.kind, FsErrorKind::AlreadyExists);
    assert_eq!(m, 8);
}

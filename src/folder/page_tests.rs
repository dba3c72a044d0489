//! More tests of where a page may be written (run 16's survivors).

use super::*;

/// A folder that is not there (yet) cannot be made canonical: the paths
/// are compared as written, so a page named like a board in that very
/// folder is still one of its boards, and one in another folder is not.
#[test]
fn folders_not_there_are_compared_as_written() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("not-there");
    assert!(is_board_of(&missing.join("plan.json"), &missing));
    assert!(!is_board_of(
        &missing.join("a").join("plan.json"),
        &missing.join("b")
    ));
}

/// Boards of two groups: the page gets no group bits and only what both
/// boards give the others (here nothing: one is private). Needs a second
/// group this user may give a file (root may give any); where there is
/// none, there is nothing to test.
#[cfg(unix)]
#[test]
fn boards_of_two_groups_give_the_page_only_what_both_give() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    for (path, mode) in [(&a, 0o600), (&b, 0o644)] {
        std::fs::write(path, "{}").unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let own = std::fs::metadata(&a).unwrap().gid();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mut groups: Vec<u32> = status
        .lines()
        .find_map(|l| l.strip_prefix("Groups:"))
        .map(|g| {
            g.split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    groups.push(4242);
    if !groups
        .into_iter()
        .filter(|g| *g != own)
        .any(|g| std::os::unix::fs::chown(&b, None, Some(g)).is_ok())
    {
        return;
    }
    let perms = perms_for(&[a.clone(), b.clone()]);
    assert_eq!((perms.mode & 0o777, perms.gid), (0o600, None));
    let perms = perms_for(&[b, a]);
    assert_eq!((perms.mode & 0o777, perms.gid), (0o600, None));
}

/// The same folder reached through a sub-folder and `..` is the boards'
/// folder: the paths are compared as the folders they are, not as written.
#[test]
fn the_boards_folder_spelt_with_dot_dot_is_the_same_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let round = dir.path().join("sub").join("..");
    assert!(is_board_of(&round.join("status.json"), dir.path()));
    assert!(is_board_of(&dir.path().join("status.json"), &round));
    assert!(!is_board_of(
        &round.join("sub").join("status.json"),
        dir.path()
    ));
}

/// A FIFO where the page should go is refused, and stays: it is not
/// replaced by the page (nor opened, which would block).
#[cfg(unix)]
#[test]
fn a_fifo_at_the_page_is_refused_and_stays() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("status.html");
    let made = std::process::Command::new("mkfifo").arg(&out).status();
    assert!(made.unwrap().success(), "mkfifo {}", out.display());
    let perms = Perms {
        mode: 0o600,
        gid: None,
    };
    let e = write(&out, b"page", perms).unwrap_err();
    assert_eq!(e.kind, FsErrorKind::NotRegular(NodeKind::Fifo));
    let meta = std::fs::symlink_metadata(&out).unwrap();
    assert!(meta.file_type().is_fifo());
}

/// A board that cannot be seen as a regular file (here a folder named like
/// one) makes the page private: its bits are not a board's.
#[cfg(unix)]
#[test]
fn a_board_that_is_no_file_makes_the_page_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("odd.json");
    std::fs::create_dir(&odd).unwrap();
    std::fs::set_permissions(&odd, std::fs::Permissions::from_mode(0o755)).unwrap();
    let perms = perms_for(&[odd]);
    assert_eq!((perms.mode, perms.gid), (0o600, None));
}

//! More tests of how lock files are made (run 16's survivors).

#![cfg(unix)]

use super::*;

/// A board of a team's group (0640, a group the new file does not get by
/// itself): its lock is put in that group and only then given the group's
/// read bit. Needs a second group this user may give a file (root may give
/// any); where there is none, there is nothing to test.
#[cfg(unix)]
#[test]
fn a_lock_joins_the_boards_other_group() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    std::fs::write(&board, "{}").unwrap();
    std::fs::set_permissions(&board, std::fs::Permissions::from_mode(0o640)).unwrap();
    let own = std::fs::metadata(&board).unwrap().gid();
    // This process's groups, from the kernel's own account; 4242 for root.
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
    let Some(other) = groups
        .into_iter()
        .filter(|g| *g != own)
        .find(|g| std::os::unix::fs::chown(&board, None, Some(*g)).is_ok())
    else {
        return;
    };
    let folder = Folder::open(dir.path()).unwrap();
    let meta = board_meta(&folder, OsStr::new("b.json")).unwrap();
    assert_eq!(meta.gid, Some(other));
    drop(create(&folder, OsStr::new("b.json.lock"), Some(&meta)).unwrap());
    let lock = std::fs::metadata(dir.path().join("b.json.lock")).unwrap();
    assert_eq!((lock.gid(), lock.mode() & 0o777), (other, 0o640));
}

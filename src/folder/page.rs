//! Writing a page tavle makes from a folder of boards (the status page of
//! `tavle status --format html --out FILE`): replaced atomically, so that a
//! browser that reloads it, or a colleague who opens it, sees the old page
//! or the new one and never half of one ([`Folder::replace`]: a temp file
//! beside it, fsynced, renamed over it); and never more readable than the
//! boards it shows, by the rule of every file tavle leaves beside a board
//! ([`Perms::beside`]), taken over all of them: the page may show any board,
//! so it gets only what every board allows.
//!
//! It must not build the page (the report does) nor read the clock.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::folder::safe_fs::{Folder, FsError, FsErrorKind, NodeKind, Perms, Replace};

/// The permissions of a page made from `boards`: the read and write bits
/// every one of them has (never execute), always read and write for its
/// owner; their group when they all share one, else no group bits. Private
/// to this user when there are no boards to go by, or one cannot be seen.
pub fn perms_for(boards: &[PathBuf]) -> Perms {
    let private = Perms {
        mode: 0o600,
        gid: None,
    };
    let mut out: Option<Perms> = None;
    for board in boards {
        let meta = match stat(board) {
            Some(m) if m.kind == NodeKind::File => m,
            _ => return private,
        };
        let beside = Perms::beside(&meta);
        out = Some(match out {
            None => beside,
            Some(p) if p.gid == beside.gid => Perms {
                mode: p.mode & beside.mode,
                gid: p.gid,
            },
            Some(p) => Perms {
                mode: p.mode & beside.mode & !0o070,
                gid: None,
            },
        });
    }
    out.unwrap_or(private)
}

/// Whether `out` would be a board file of the folder `boards` (its name
/// one a board has, in that same folder): a page written there would be
/// read as a board, and `--watch` would wake itself with every write.
pub fn is_board_of(out: &Path, boards: &Path) -> bool {
    let Some(name) = out.file_name() else {
        return false;
    };
    if !crate::folder::board_fs::is_board_name(name) {
        return false;
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // `tavle status plan.json`: the folder of that one board.
    let boards = match boards.parent() {
        Some(dir) if boards.is_file() => {
            if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            }
        }
        _ => boards,
    };
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    same(parent, boards)
}

/// What is at `path`, not through a link.
fn stat(path: &Path) -> Option<crate::folder::safe_fs::Meta> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Folder::open(dir)
        .ok()?
        .stat(path.file_name()?, false)
        .ok()?
}

/// Replace the file at `out` with `bytes`, with `perms`. A directory, a
/// FIFO or anything but a regular file (or nothing) at `out` is refused;
/// a link there is replaced, never followed.
pub fn write(out: &Path, bytes: &[u8], perms: Perms) -> Result<(), FsError> {
    let name = out
        .file_name()
        .ok_or_else(|| FsError::new(FsErrorKind::NotRegular(NodeKind::Directory), out))?;
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let folder = Folder::open(dir)?;
    refuse_odd(&folder, name)?;
    folder
        .replace(name, bytes, Some(perms), || Ok::<(), FsError>(()))
        .map_err(|e| match e {
            Replace::Fs(e) | Replace::Verify(e) => e,
        })
}

fn refuse_odd(folder: &Folder, name: &OsStr) -> Result<(), FsError> {
    match folder.stat(name, false)? {
        Some(m) if !matches!(m.kind, NodeKind::File | NodeKind::Symlink) => Err(FsError::new(
            FsErrorKind::NotRegular(m.kind),
            folder.join(name),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    fn chmod(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_page_is_no_more_readable_than_the_least_readable_board() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
        std::fs::write(&a, "{}").unwrap();
        std::fs::write(&b, "{}").unwrap();
        chmod(&a, 0o664);
        chmod(&b, 0o640);
        let perms = perms_for(&[a.clone(), b.clone()]);
        assert_eq!(perms.mode, 0o640);
        let out = dir.path().join("status.html");
        // An older page, readable by all, is narrowed by the replace.
        std::fs::write(&out, "old").unwrap();
        chmod(&out, 0o666);
        write(&out, b"<!DOCTYPE html>", perms).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "<!DOCTYPE html>");
        assert_eq!(mode(&out), 0o640);
        // A private board makes a private page; no boards, too.
        chmod(&b, 0o600);
        assert_eq!(perms_for(&[a, b]).mode, 0o600);
        assert_eq!(perms_for(&[]).mode, 0o600);
        // Nothing but the page is left in the folder (no temp file).
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 3, "{names:?}");
    }

    #[test]
    fn a_board_name_in_the_boards_folder_is_not_a_place_for_a_page() {
        let dir = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        assert!(is_board_of(&dir.path().join("status.json"), dir.path()));
        // The same folder, spelt another way.
        let again = dir.path().join(".").join("status.json");
        assert!(is_board_of(&again, dir.path()));
        assert!(!is_board_of(&dir.path().join("status.html"), dir.path()));
        assert!(!is_board_of(&other.path().join("status.json"), dir.path()));
        // A report of one board file: its folder.
        std::fs::write(dir.path().join("plan.json"), "{}").unwrap();
        assert!(is_board_of(
            &dir.path().join("status.json"),
            &dir.path().join("plan.json")
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_page_is_replaced_not_followed_and_a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere.txt");
        std::fs::write(&target, "keep").unwrap();
        let out = dir.path().join("status.html");
        std::os::unix::fs::symlink(&target, &out).unwrap();
        let perms = Perms {
            mode: 0o600,
            gid: None,
        };
        write(&out, b"page", perms).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "page");
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let e = write(&sub, b"page", perms).unwrap_err();
        assert_eq!(e.kind, FsErrorKind::NotRegular(NodeKind::Directory));
    }
}
#[cfg(test)]
#[path = "page_tests.rs"]
mod more_tests;

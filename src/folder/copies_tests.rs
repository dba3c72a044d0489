//! More tests of merging a conflict copy (run 16's survivors).

use super::*;

const BOARD: &str =
    r#"{"tavle":1,"title":"Drift","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;
const COPY: &str = "b.sync-conflict-20261130-101500-ABCD123.json";

/// A temp folder with the board `b.json` (BOARD) in it: the folder (kept
/// alive by the caller), the board's path and the path of its conflict copy
/// COPY, not written yet.
fn folder_with_board() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    std::fs::write(&board, BOARD).unwrap();
    let copy = dir.path().join(COPY);
    (dir, board, copy)
}

/// The same, with the conflict copy written too (the same bytes as BOARD).
fn board_and_copy() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, board, copy) = folder_with_board();
    std::fs::write(&copy, BOARD).unwrap();
    (dir, board, copy)
}

/// Merges the copy, read as BOARD when the merge was planned; `during` is
/// what happens while the board is saved.
fn merge_during(
    board: &Path,
    copy: &Path,
    during: impl FnOnce(),
) -> Result<Merged<()>, NotMerged<()>> {
    merge_copy(board, copy, store::fingerprint(BOARD.as_bytes()), || {
        during();
        Ok::<_, ()>(())
    })
}

/// A copy the sync client rewrote while it was being merged stays, with its
/// newer bytes, to be merged again; the version merged is kept.
#[test]
fn a_copy_changed_during_the_save_stays() {
    let (dir, board, copy) = board_and_copy();
    let newer = BOARD.replace("\"Drift\"", "\"Drift nord\"");
    let merged = merge_during(&board, &copy, || {
        std::fs::write(&copy, &newer).unwrap();
    })
    .unwrap();
    assert!(matches!(merged.left, Some(None)), "{:?}", merged.left);
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), newer);
    let kept = dir.path().join(".tavle/merged").join(COPY);
    assert_eq!(merged.kept, kept);
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), BOARD);
}

/// A copy that became something it cannot be read as during the save (a
/// link, never followed) is left with the reason, not taken for gone.
#[cfg(unix)]
#[test]
fn a_copy_that_became_a_link_during_the_save_is_left_with_the_reason() {
    let (_dir, board, copy) = board_and_copy();
    let merged = merge_during(&board, &copy, || {
        std::fs::remove_file(&copy).unwrap();
        std::os::unix::fs::symlink(&board, &copy).unwrap();
    })
    .unwrap();
    assert!(
        matches!(&merged.left, Some(Some(e)) if e.kind == FsErrorKind::Symlink),
        "{:?}",
        merged.left
    );
    assert!(copy.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read_to_string(&board).unwrap(), BOARD);
}

/// A copy gone before it is merged has changed (merged already, or by
/// another): nothing is done, and it is not refused as a link or odd file.
#[test]
fn a_copy_gone_before_the_merge_has_changed() {
    let (dir, board, copy) = folder_with_board();
    let mut saved = false;
    let res = merge_during(&board, &copy, || {
        saved = true;
    });
    assert!(matches!(res, Err(NotMerged::Changed)), "{res:?}");
    assert!(!saved);
    assert!(!dir.path().join(".tavle").exists());
}

/// A copy that cannot be kept for another reason than a name taken (here a
/// name too long for the file system, and so every `-N` after it) fails
/// with that reason at once, not as if all the names were taken.
#[test]
fn a_copy_that_cannot_be_kept_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let name = format!("{}.json", "k".repeat(300));
    let perms = Perms {
        mode: 0o600,
        gid: None,
    };
    let err = keep_bytes(&folder, OsStr::new(&name), BOARD.as_bytes(), perms).unwrap_err();
    assert_ne!(err.kind, FsErrorKind::AlreadyExists, "{err:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// A copy removed by someone else during the save (merged elsewhere, or
/// deleted by the sync client) is simply gone: nothing is left to report.
#[test]
fn a_copy_gone_during_the_save_leaves_nothing() {
    let (dir, board, copy) = board_and_copy();
    let merged = merge_during(&board, &copy, || {
        std::fs::remove_file(&copy).unwrap();
    })
    .unwrap();
    assert!(merged.left.is_none(), "{:?}", merged.left);
    assert!(!copy.exists());
    let kept = dir.path().join(".tavle/merged").join(COPY);
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), BOARD);
}

/// A copy too large to read is listed with that problem, but it is not
/// refused as a link or an odd file is.
#[test]
fn a_copy_too_large_to_read_is_listed_not_refused() {
    let (_dir, board, copy) = folder_with_board();
    let f = std::fs::File::create(&copy).unwrap();
    f.set_len(20 * 1024 * 1024 + 1).unwrap();
    drop(f);
    let found = copies_of(&board, None).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, COPY);
    assert!(found[0].refused.is_none(), "{:?}", found[0].refused);
    assert!(
        matches!(
            found[0].analysis.problems[0].kind,
            tavle_core::diag::DiagKind::Io(FsErrorKind::TooLarge { .. })
        ),
        "{:?}",
        found[0].analysis.problems
    );
}

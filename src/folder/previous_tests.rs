//! More tests of finding the last minutes (run 16's survivors).

use super::*;

/// A `referater` that is a link (never followed) is an error to report,
/// not a folder without minutes; one that is not there is nothing.
#[cfg(unix)]
#[test]
fn a_linked_minutes_folder_is_an_error_and_a_missing_one_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(newest_file(dir.path(), "drift", None), Ok(None)));
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("referater")).unwrap();
    let err = newest_file(dir.path(), "drift", None).err().unwrap();
    assert_eq!(err.kind, crate::folder::safe_fs::FsErrorKind::Symlink);
}

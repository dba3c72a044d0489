//! Unit tests of the notify callback's filter (run 16's survivors).

use super::*;

/// notify's word that the watch is gone, or that no watch can be set, ends
/// the notification (the watch falls back, it is never silently deaf); any
/// other error only means events may be lost.
#[test]
fn a_lost_watch_is_fatal_and_other_errors_rescan() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::new(dir.path());
    let msg = to_msg(
        &folder,
        Err(::notify::Error::new(::notify::ErrorKind::WatchNotFound)),
    );
    assert!(
        matches!(msg, Some(Msg::Fatal(StopReason::Failed(ref s))) if s == "No watch was found.")
    );
    let msg = to_msg(
        &folder,
        Err(::notify::Error::new(::notify::ErrorKind::MaxFilesWatch)),
    );
    assert!(
        matches!(msg, Some(Msg::Fatal(StopReason::Failed(ref s))) if s == "OS file watch limit reached.")
    );
    let msg = to_msg(&folder, Err(::notify::Error::generic("queue overflow")));
    assert!(matches!(msg, Some(Msg::Error(ref s)) if s == "queue overflow"));
}

/// A board that is there but cannot be read (too large) is present and
/// broken, not missing.
#[test]
fn a_board_too_large_to_read_is_present_not_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(store::MAX_FILE_SIZE + 1)
        .unwrap();
    let (change, skipped) = load(&path);
    assert!(skipped.is_none());
    match change {
        FileChange::Present { path: p, analysis } => {
            assert_eq!(p, path);
            assert!(analysis.board.is_none());
        }
        FileChange::Missing { .. } => panic!("reported missing"),
    }
}

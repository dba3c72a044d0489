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

/// A board file closed after writing is news (some systems tell only
/// that); opened or read, it is not (the loader's own reads would wake it).
#[test]
fn a_board_closed_after_writing_is_news_and_a_read_is_not() {
    use ::notify::event::{AccessKind, AccessMode, Event, EventKind};
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::new(dir.path());
    let board = dir.path().join("drift.json");
    let event = |kind| Ok(Event::new(kind).add_path(board.clone()));
    let written = to_msg(
        &folder,
        event(EventKind::Access(AccessKind::Close(AccessMode::Write))),
    );
    assert!(matches!(written, Some(Msg::Paths(ref p)) if p == std::slice::from_ref(&board)));
    for kind in [
        EventKind::Access(AccessKind::Close(AccessMode::Read)),
        EventKind::Access(AccessKind::Open(AccessMode::Any)),
        EventKind::Access(AccessKind::Read),
    ] {
        assert!(to_msg(&folder, event(kind)).is_none(), "{kind:?}");
    }
}

/// Only boards are news: a change to a lock, a temp file, a hidden file or
/// another file of the folder is not passed on; a board's is, by its name
/// in the folder.
#[test]
fn only_a_change_to_a_board_is_news() {
    use ::notify::event::{DataChange, Event, EventKind, ModifyKind};
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::new(dir.path());
    let changed = |name: &str| {
        let event = Event::new(EventKind::Modify(ModifyKind::Data(DataChange::Any)))
            .add_path(dir.path().join(name));
        to_msg(&folder, Ok(event))
    };
    for name in [
        "b.json.lock",
        "b.json.lock.break",
        ".b.json.123-811c9dc5.0123456789abcdef.tmp",
        ".hidden.json",
        "notes.txt",
    ] {
        assert!(changed(name).is_none(), "{name}");
    }
    let board = dir.path().join("b.json");
    assert!(matches!(changed("b.json"), Some(Msg::Paths(ref p)) if *p == [board]));
}

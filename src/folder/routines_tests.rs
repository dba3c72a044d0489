//! Tests of writing a routine's document (run 16's survivors).

use super::*;

const BOARD: &str = r#"{"tavle":1,"title":"Forbedring avd. 2","kind":"forbedring",
  "columns":[{"id":"ideer","title":"Ideer"},{"id":"ferdig","title":"Ferdig","done":true}],
  "cards":[],
  "routines":[{"id":"r1","title":"Overlevering med ISBAR","revision":"2026-10-01"}]}"#;

/// The routine's document is written in `rutiner/` beside the board (not
/// in the working folder), named by the day, the board and the routine.
#[test]
fn a_routine_is_written_beside_its_board() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forbedring.json");
    std::fs::write(&path, BOARD).unwrap();
    let board = store::analyze(&path).board.unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let written = write(&path, &board, "r1", today, Lang::Nb).unwrap();
    let want = dir
        .path()
        .join("rutiner")
        .join("2026-11-24-forbedring-r1.md");
    assert_eq!(written, want);
    let text = std::fs::read_to_string(&want).unwrap();
    assert!(text.contains("Overlevering med ISBAR"), "{text}");
    let missing = write(&path, &board, "r9", today, Lang::Nb).unwrap_err();
    assert_eq!(missing.kind, FsErrorKind::NotFound);
}

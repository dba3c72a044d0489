//! Unit tests of `rewrite` (run 16's survivors).

use super::*;

const BOARD: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

/// A program that takes no lock and writes the board every time the edit is
/// made: the edit is made again, five times in all, and then nothing is
/// written (the last outside version stays).
#[test]
fn a_board_that_keeps_changing_is_tried_five_times() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drift.json");
    std::fs::write(&path, BOARD).unwrap();
    let mut made = 0;
    let res = rewrite(&path, LOCK_WAIT, |_, _| {
        made += 1;
        let outside = BOARD.replace(r#""title":"T""#, &format!(r#""title":"T{made}""#));
        std::fs::write(&path, outside).unwrap();
        Ok(true)
    });
    assert!(matches!(res, Err(UpdateError::KeptChanging)));
    assert_eq!(made, 5);
    let now = std::fs::read_to_string(&path).unwrap();
    assert!(now.contains(r#""title":"T5""#), "{now}");
}

/// A board file over the size limit is broken (it is never written), not a
/// failure to read.
#[test]
fn a_board_too_large_to_read_is_broken() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drift.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(20 * 1024 * 1024 + 1).unwrap();
    drop(f);
    let mut made = false;
    let res = rewrite(&path, LOCK_WAIT, |_, _| {
        made = true;
        Ok(true)
    });
    assert!(matches!(res, Err(UpdateError::Broken(_))));
    assert!(!made);
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        20 * 1024 * 1024 + 1
    );
}

/// A board of a newer format than this program's (2) is read only: the
/// edit is not made, the file stays as it is.
#[test]
fn a_board_of_a_newer_format_is_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drift.json");
    let newer = BOARD.replace(r#""tavle":1"#, r#""tavle":2"#);
    std::fs::write(&path, &newer).unwrap();
    let mut made = false;
    let res = rewrite(&path, LOCK_WAIT, |_, _| {
        made = true;
        Ok(true)
    });
    assert!(matches!(res, Err(UpdateError::ReadOnly(2))));
    assert!(!made);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

/// A board of exactly the size limit (20 MiB) is written; one byte more is not.
#[test]
fn a_board_of_exactly_the_limit_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drift.json");
    let limit = 20 * 1024 * 1024;
    write_atomic(&path, &vec![b' '; limit]).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().len(), limit as u64);
    let err = write_atomic(&path, &vec![b' '; limit + 1]).unwrap_err();
    assert!(matches!(err.kind, FsErrorKind::TooLarge { .. }), "{err:?}");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), limit as u64);
}

//! More tests of the change log (run 16's survivors).

use super::*;

/// The name a sync tool gives a conflict copy of board drift's log.
const COPY: &str = "drift.log.sync-conflict-20261130-101500-ABCD123.jsonl";

/// A temp folder with a board `drift.json` and its `.tavle` folder: the
/// folder (kept alive by the caller), the board's path and the `.tavle` path.
fn folder_with_board() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("drift.json");
    std::fs::write(&board, "{}").unwrap();
    let tavle = dir.path().join(".tavle");
    std::fs::create_dir(&tavle).unwrap();
    (dir, board, tavle)
}

/// A log of `lines` lines of 100 bytes each (`len` bytes in all), and a
/// conflict copy with one line more, are merged into one log: the log ends
/// with the copy's line and the copy is gone. Returns the folder and the
/// `.tavle` path for what a test checks besides.
fn merged_whole(lines: usize, len: usize) -> (tempfile::TempDir, PathBuf) {
    let (dir, board, tavle) = folder_with_board();
    let mut log = String::new();
    for i in 0..lines {
        log.push_str(&format!("line {i:05} {}\n", "x".repeat(88)));
    }
    assert_eq!(log.len(), len);
    let extra = "line from the other side\n";
    std::fs::write(tavle.join("drift.log.jsonl"), &log).unwrap();
    std::fs::write(tavle.join(COPY), format!("{log}{extra}")).unwrap();

    assert_eq!(merge_copies(&board).unwrap(), 1);
    let merged = std::fs::read_to_string(tavle.join("drift.log.jsonl")).unwrap();
    assert_eq!(merged, format!("{log}{extra}"));
    assert!(!tavle.join(COPY).exists());
    (dir, tavle)
}

/// A log of some hundred kilobytes (a few years of a busy board) is merged
/// whole with its conflict copy: only one of many megabytes is left alone.
#[test]
fn a_log_of_a_hundred_kilobytes_is_merged_whole() {
    // 1500 lines of 100 bytes each: 150 000 bytes.
    let (_dir, tavle) = merged_whole(1500, 150_000);
    assert!(tavle.join("merged").join(COPY).exists());
}

/// A log over the limit (64 MiB) is not read as if it were empty: nothing
/// is merged, the log and the copy stay as they were.
#[test]
fn a_log_too_large_to_merge_stays_with_its_copy() {
    let (_dir, board, tavle) = folder_with_board();
    let log = tavle.join("drift.log.jsonl");
    let f = std::fs::File::create(&log).unwrap();
    f.set_len(64 * 1024 * 1024 + 1).unwrap();
    drop(f);
    let copy = tavle.join(COPY);
    std::fs::write(&copy, "line from the other side\n").unwrap();

    let res = merge_copies(&board);
    assert!(matches!(res, Err(UpdateError::Fs(_))), "{res:?}");
    assert_eq!(std::fs::metadata(&log).unwrap().len(), 64 * 1024 * 1024 + 1);
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        "line from the other side\n"
    );
    assert!(!tavle.join("merged").exists());
}

/// The conflict copies of a board's log are listed by their paths, the log
/// itself and other boards' logs not.
#[test]
fn a_logs_conflict_copies_are_listed() {
    let (_dir, board, tavle) = folder_with_board();
    for name in [
        "drift.log.jsonl",
        COPY,
        "annen.log.jsonl",
        "annen.log.sync-conflict-20261130-101500-ABCD123.jsonl",
    ] {
        std::fs::write(tavle.join(name), "line\n").unwrap();
    }
    assert_eq!(copies(&board), [tavle.join(COPY)]);
}

/// A log of about two megabytes (over one MiB) is read whole: only one of more than 16
/// MiB is read from its end.
#[test]
fn a_log_of_two_megabytes_is_read_whole() {
    let (_dir, board, tavle) = folder_with_board();
    let mut log = String::new();
    for i in 0..15_000 {
        log.push_str(&format!(
            "{{\"at\":\"2026-11-24T09:00:00+01:00\",\"by\":\"Kari\",\"change\":\"measured\",\"indicator\":\"syk\",\"date\":\"2026-11-23\",\"value\":{i}}}\n"
        ));
    }
    assert!(
        log.len() > 1_500_000 && log.len() < 3_000_000,
        "{}",
        log.len()
    );
    std::fs::write(tavle.join("drift.log.jsonl"), &log).unwrap();
    let read = read(&board);
    assert_eq!(read.len(), 15_000);
    assert!(
        matches!(read[0].change, tavle_core::ops::Change::Measured { value: Some(v), .. } if v == 0.0)
    );
}

/// A log of two megabytes (far under the 64 MiB limit) is merged whole with
/// its conflict copy.
#[test]
fn a_log_of_two_megabytes_is_merged_whole() {
    // 20 000 lines of 100 bytes each: 2 000 000 bytes.
    merged_whole(20_000, 2_000_000);
}

/// A conflict copy of a log that is not there (yet) on this side: the
/// copy's lines become the log.
#[test]
fn a_copy_of_a_log_missing_here_becomes_the_log() {
    let (_dir, board, tavle) = folder_with_board();
    let lines = "line one\nline two\n";
    std::fs::write(tavle.join(COPY), lines).unwrap();
    assert_eq!(merge_copies(&board).unwrap(), 1);
    let log = std::fs::read_to_string(tavle.join("drift.log.jsonl")).unwrap();
    assert_eq!(log, lines);
    assert!(!tavle.join(COPY).exists());
}

//! Tests of the lock protocol from inside: writers paused at a named point
//! of the protocol (through `seam`) while another breaks or takes the lock.
//! The verdict on a lock is tested in `verdict_tests`.
//!
//! They must not leave a lock behind nor touch anything outside their
//! temporary folder; the seam they set is for their own thread only.

use super::seam::{self, Point};
use super::*;
use std::fs;
use std::sync::mpsc;

const BOARD: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

/// A lock file at `board`'s lock path with `text`, `age` old.
fn plant(board: &Path, text: &str, age: Duration) {
    let path = lock_path(board);
    fs::write(&path, text).unwrap();
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(SystemTime::now() - age)
        .unwrap();
}

fn dead_holder() -> String {
    format!(
        "host={}\npid={}\nat=2026-11-24T08:00:00+01:00\nnonce=dead\n",
        hostname(),
        u32::MAX - 1
    )
}

fn add(title: &str) -> tavle_core::ops::Op {
    tavle_core::ops::Op::Card(tavle_core::ops::CardOp::Add(tavle_core::ops::NewCard {
        title: title.to_string(),
        column: "a".to_string(),
        owner: None,
        due: None,
        light: None,
        source: None,
        received: None,
    }))
}

fn stamp() -> tavle_core::ops::Stamp {
    tavle_core::ops::Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
        by: "test".into(),
    }
}

fn titles(board: &Path) -> Vec<String> {
    let b = crate::folder::store::analyze(board).board.unwrap();
    b.cards.iter().map(|c| c.title.clone()).collect()
}

/// Writer A judges the crash-left lock stale and is paused there; B
/// breaks it and takes its own lock. A must not remove B's lock, and must
/// not report success without its card in the file.
fn paused_breaker(
    b_holds: Duration,
    a_waits: Duration,
) -> (
    Result<crate::folder::store::Saved, crate::folder::store::UpdateError>,
    Vec<String>,
) {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    plant(&board, &dead_holder(), Duration::from_secs(5));
    let (judged_tx, judged_rx) = mpsc::channel();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let a = {
        let board = board.clone();
        std::thread::spawn(move || {
            let mut first = true;
            seam::set(move |p| {
                if p == Point::JudgedStale && first {
                    first = false;
                    let _ = judged_tx.send(());
                    let _ = go_rx.recv();
                }
            });
            crate::folder::store::update_waiting(&board, &[add("A")], &stamp(), a_waits)
        })
    };
    judged_rx.recv_timeout(Duration::from_secs(10)).unwrap();
    let b = acquire(&board, Duration::ZERO).unwrap();
    let b_lock = fs::read(lock_path(&board)).unwrap();
    go_tx.send(()).unwrap();
    std::thread::sleep(b_holds);
    // A has re-checked under `.break` meanwhile and left B's lock alone.
    assert_eq!(
        fs::read(lock_path(&board)).unwrap(),
        b_lock,
        "A removed B's lock"
    );
    assert!(b.verify().is_ok());
    // B writes its change the way `update` does, then releases.
    let file = board_fs::locate_board(&board).unwrap();
    let text = fs::read_to_string(&board).unwrap().replace(
        r#""cards":[]"#,
        r#""cards":[{"id":"b1","title":"B","column":"a"}]"#,
    );
    file.folder
        .replace(&file.name, text.as_bytes(), None, || b.verify())
        .unwrap();
    drop(b);
    let result = a.join().unwrap();
    let titles = titles(&board);
    assert!(!lock_path(&board).exists(), "a lock was left");
    (result, titles)
}

#[test]
fn a_paused_breaker_waits_for_the_lock_another_took() {
    let (result, titles) = paused_breaker(Duration::from_millis(100), Duration::from_secs(5));
    let saved = result.unwrap();
    assert_eq!(saved.board.cards.len(), 2);
    assert_eq!(titles, ["B", "A"]);
}

#[test]
fn a_paused_breaker_that_times_out_reports_failure_and_wrote_nothing() {
    let (result, titles) = paused_breaker(Duration::from_millis(400), Duration::from_millis(100));
    match result.map_err(|e| match e {
        crate::folder::store::UpdateError::Lock(e) => Ok(*e),
        e => Err(e),
    }) {
        Err(Ok(LockError::Busy {
            holder: Some(h), ..
        })) => {
            assert_eq!(h.pid, std::process::id());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(titles, ["B"]);
}

#[test]
fn a_writer_whose_lock_was_broken_before_the_rename_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    let lock = lock_path(&board);
    let theirs = "host=x\npid=1\nat=later\nnonce=theirs\n";
    let planted = lock.clone();
    seam::set(move |p| {
        if p == Point::Verify {
            // Someone (wrongly) broke our lock and took their own.
            let _ = fs::remove_file(&planted);
            let _ = fs::write(&planted, theirs);
        }
    });
    let result = crate::folder::store::update(&board, &[add("A")], &stamp());
    seam::set(|_| {});
    assert!(
        matches!(
            &result,
            Err(crate::folder::store::UpdateError::Lock(e)) if matches!(**e, LockError::Lost { .. })
        ),
        "{result:?}"
    );
    assert_eq!(fs::read_to_string(&board).unwrap(), BOARD);
    assert_eq!(
        fs::read_to_string(&lock).unwrap(),
        theirs,
        "their lock was removed"
    );
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "temp file left: {names:?}");
}

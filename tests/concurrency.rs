//! Concurrent writers on one board file: threads of one process and separate
//! processes of the real binary. Every edit goes through `store::update` (lock
//! file, re-read, apply, temp file, fsync, rename), so none may be lost, and
//! nothing may be left behind in the folder.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Barrier};
use std::thread;

use tavle::folder::store::{self, UpdateError};
use tavle::model::{Board, Light, Timestamp};
use tavle::ops::{CardOp, CardPatch, NewCard, Op, Stamp};

const EDITS: usize = 200;

const MINIMAL: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

const TWO_CARDS: &str = r#"{
  "tavle": 1,
  "title": "T",
  "kind": "drift",
  "columns": [{"id": "a", "title": "A"}],
  "cards": [
    {"id": "k1", "title": "Kort A", "column": "a"},
    {"id": "k2", "title": "Kort B", "column": "a"}
  ]
}
"#;

fn stamp(by: &str) -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
        by: by.to_string(),
    }
}

/// A temp folder holding `b.json` with `content`.
fn board_with(content: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    fs::write(&path, content).unwrap();
    (dir, path)
}

/// The board as now on disk; panics when the file does not parse.
fn read_board(path: &Path) -> Board {
    let a = store::analyze(path);
    assert_eq!(a.errors(), 0, "file has errors: {:?}", a.problems);
    a.board.expect("the file parses")
}

/// No lock file and no temp file is left anywhere under `dir` (other files,
/// such as a change log beside the boards, may be there).
fn assert_no_leftovers(dir: &Path) {
    let mut stack = vec![dir.to_path_buf()];
    let mut left = Vec::new();
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else if name.ends_with(".lock") || name.ends_with(".tmp") {
                left.push(e.path());
            }
        }
    }
    assert!(left.is_empty(), "left in the folder: {left:?}");
    assert!(dir.join("b.json").is_file(), "the board file is gone");
}

fn add(title: String) -> Op {
    Op::Card(CardOp::Add(NewCard {
        title,
        column: "a".to_string(),
        owner: None,
        due: None,
        light: None,
        source: None,
        received: None,
    }))
}

/// Exactly the expected titles, each once, with distinct ids; returns the ids.
fn assert_all_cards(board: &Board, sides: usize) -> BTreeSet<String> {
    let expected: BTreeSet<String> = (0..sides)
        .flat_map(|t| (0..EDITS).map(move |i| format!("t{t}-{i}")))
        .collect();
    let titles: Vec<String> = board.cards.iter().map(|c| c.title.clone()).collect();
    let ids: BTreeSet<String> = board.cards.iter().map(|c| c.id.clone()).collect();
    assert_eq!(board.cards.len(), sides * EDITS, "cards lost or duplicated");
    assert_eq!(
        titles.iter().cloned().collect::<BTreeSet<_>>(),
        expected,
        "titles differ"
    );
    assert_eq!(ids.len(), sides * EDITS, "ids are not distinct");
    ids
}

#[test]
fn two_threads_200_edits_each_lose_none() {
    let (dir, path) = board_with(MINIMAL);
    let start = Arc::new(Barrier::new(2));
    let sides: Vec<_> = (0..2)
        .map(|t| {
            let path = path.clone();
            let start = Arc::clone(&start);
            thread::spawn(move || {
                let stamp = stamp(&format!("t{t}"));
                start.wait();
                (0..EDITS)
                    .map(|i| {
                        let saved = store::update(&path, &[add(format!("t{t}-{i}"))], &stamp)
                            .unwrap_or_else(|e| panic!("t{t}-{i}: {e:?}"));
                        saved.applied[0]
                            .change
                            .card()
                            .unwrap_or_default()
                            .to_string()
                    })
                    .collect::<Vec<String>>()
            })
        })
        .collect();
    let returned: Vec<String> = sides.into_iter().flat_map(|h| h.join().unwrap()).collect();

    let board = read_board(&path);
    let ids = assert_all_cards(&board, 2);
    assert_eq!(returned.into_iter().collect::<BTreeSet<_>>(), ids);
    assert_no_leftovers(dir.path());
}

#[test]
fn two_processes_200_edits_each_lose_none() {
    let (dir, path) = board_with(MINIMAL);
    let bin = env!("CARGO_BIN_EXE_tavle");
    let start = Arc::new(Barrier::new(2));
    let sides: Vec<_> = (0..2)
        .map(|t| {
            let path = path.clone();
            let start = Arc::clone(&start);
            thread::spawn(move || {
                start.wait();
                (0..EDITS)
                    .map(|i| {
                        let title = format!("t{t}-{i}");
                        let out = Command::new(bin)
                            .args(["card", "add"])
                            .arg(&path)
                            .args(["--title", &title])
                            .env("TAVLE_LANG", "en")
                            .env("TAVLE_USER", format!("p{t}"))
                            .output()
                            .expect("run tavle");
                        let stdout = String::from_utf8_lossy(&out.stdout).trim().to_string();
                        assert!(
                            out.status.success(),
                            "{title}: {:?}: {}",
                            out.status,
                            String::from_utf8_lossy(&out.stderr)
                        );
                        assert!(
                            stdout.strip_prefix('k').is_some_and(
                                |n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                            ),
                            "{title}: printed {stdout:?}, not a card id"
                        );
                        stdout
                    })
                    .collect::<Vec<String>>()
            })
        })
        .collect();
    let printed: Vec<String> = sides.into_iter().flat_map(|h| h.join().unwrap()).collect();

    let board = read_board(&path);
    let ids = assert_all_cards(&board, 2);
    let printed_set: BTreeSet<String> = printed.iter().cloned().collect();
    assert_eq!(printed_set.len(), printed.len(), "an id was printed twice");
    assert_eq!(printed_set, ids, "printed ids differ from the file's");
    assert_no_leftovers(dir.path());
}

#[test]
fn concurrent_field_edits_on_different_cards_both_survive() {
    let (dir, path) = board_with(TWO_CARDS);
    let start = Arc::new(Barrier::new(2));
    let light = |i: usize| {
        if i.is_multiple_of(2) {
            Light::Green
        } else {
            Light::Red
        }
    };

    let lights = {
        let path = path.clone();
        let start = Arc::clone(&start);
        thread::spawn(move || {
            let stamp = stamp("lys");
            start.wait();
            for i in 0..EDITS {
                let op = Op::Card(CardOp::Set {
                    id: "k1".into(),
                    patch: CardPatch {
                        light: Some(Some(light(i))),
                        ..CardPatch::default()
                    },
                });
                let saved = store::update(&path, &[op], &stamp).unwrap();
                // What was written holds this write.
                assert_eq!(saved.board.card("k1").unwrap().light, Some(light(i)));
            }
        })
    };
    let owners = {
        let path = path.clone();
        let start = Arc::clone(&start);
        thread::spawn(move || {
            let stamp = stamp("eier");
            start.wait();
            for i in 0..EDITS {
                let op = Op::Card(CardOp::Set {
                    id: "k2".into(),
                    patch: CardPatch {
                        owner: Some(Some(format!("eier-{i}"))),
                        ..CardPatch::default()
                    },
                });
                let saved = store::update(&path, &[op], &stamp).unwrap();
                assert_eq!(
                    saved.board.card("k2").unwrap().owner.as_deref(),
                    Some(format!("eier-{i}").as_str())
                );
            }
        })
    };
    lights.join().unwrap();
    owners.join().unwrap();

    let board = read_board(&path);
    let a = board.card("k1").unwrap();
    let b = board.card("k2").unwrap();
    assert_eq!(a.light, Some(light(EDITS - 1)));
    assert_eq!(a.owner, None, "card A got card B's field");
    assert_eq!(a.updated_by.as_deref(), Some("lys"));
    assert_eq!(
        b.owner.as_deref(),
        Some(format!("eier-{}", EDITS - 1).as_str())
    );
    assert_eq!(b.light, None, "card B got card A's field");
    assert_eq!(b.updated_by.as_deref(), Some("eier"));
    assert_eq!(board.cards.len(), 2);
    assert_no_leftovers(dir.path());
}

#[test]
fn a_broken_file_is_never_written() {
    let edit = [add("ny".to_string())];

    let broken = r#"{"tavle": 1,"#;
    let (dir, path) = board_with(broken);
    match store::update(&path, &edit, &stamp("x")) {
        Err(UpdateError::Broken(_)) => {}
        other => panic!("expected Broken, got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), broken.as_bytes());
    assert_no_leftovers(dir.path());

    let newer = MINIMAL.replace(r#""tavle":1"#, r#""tavle": 2"#);
    assert!(newer.contains(r#""tavle": 2"#));
    let (dir, path) = board_with(&newer);
    match store::update(&path, &edit, &stamp("x")) {
        Err(UpdateError::ReadOnly(2)) => {}
        other => panic!("expected ReadOnly(2), got {other:?}"),
    }
    assert_eq!(fs::read(&path).unwrap(), newer.as_bytes());
    assert_no_leftovers(dir.path());
}

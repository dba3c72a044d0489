//! Nothing tavle writes beside a board is more readable than the board: the
//! change log, the kept versions, the merged copy and the minutes get the board's
//! mode and group from their first byte, and the folders tavle makes are no
//! wider than the folder they live in. Proven by looking at the bits and,
//! where this runs as root, by a second user (`nobody`) who tries to read
//! every file: they can read nothing they could not read before tavle ran.
#![cfg(unix)]

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::json;
use tavle::folder::{minutes, revs, store};

const NOBODY: u32 = 65534;
/// A group for the team; it need not exist in /etc/group for root to use it.
const TEAM: u32 = 4242;
const COPY: &str = "b.sync-conflict-20261130-101500-ABCD123.json";

fn root() -> bool {
    rustix::process::geteuid().is_root()
}

fn board_text(extra_card: bool) -> String {
    let mut cards = vec![json!({"id": "k1", "title": "Ring", "column": "a",
        "created": "2026-11-02T08:00:00+01:00"})];
    if extra_card {
        cards.push(json!({"id": "k2", "title": "Ny", "column": "a"}));
    }
    serde_json::to_string_pretty(&json!({"tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}], "cards": cards}))
    .unwrap()
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Every file and folder under `dir` (not `dir` itself).
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out.sort();
    out
}

/// Whether user `uid` with group `gid` (and no other) can read the file.
fn readable_as(uid: u32, gid: u32, file: &Path) -> bool {
    Command::new("cat")
        .arg(file)
        .uid(uid)
        .gid(gid)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Everything tavle writes beside a board, done to the board in `dir`: an
/// edit (the change log and kept versions), a version kept by the app, a merge of a conflict copy (the
/// merged copy and the log), and the minutes (the `referater` folder).
fn run_tavle(dir: &Path) {
    let path = dir.join("b.json");
    let stamp = tavle::ops::Stamp {
        at: tavle::model::Timestamp::parse("2026-11-30T10:00:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let op = tavle::ops::Op::Card(tavle::ops::CardOp::Move {
        id: "k1".into(),
        column: "a".into(),
        before: None,
    });
    let saved = store::update(&path, &[op], &stamp)
        .map_err(|e| format!("{e:?}"))
        .unwrap();
    revs::keep(&path, saved.fingerprint).unwrap();
    // The sync client wrote the copy with its own, wider mode.
    std::fs::write(dir.join(COPY), board_text(true)).unwrap();
    chmod(&dir.join(COPY), 0o644);
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["merge", "b", "--prefer", "copy", "--dir"])
        .arg(dir)
        .env("TAVLE_USER", "Kari")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let board = store::analyze(&path).board.unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-30T10:15:00+01:00").unwrap();
    let date = now.date_naive();
    minutes::write(&path, &board, None, date, now, tavle::i18n::Lang::Nb).unwrap();
    // A routine made and written as Markdown beside the board (issue 21).
    let routine = tavle::ops::Op::Routine(tavle::ops::RoutineOp::Add(tavle::ops::NewRoutine {
        title: "Rutine".into(),
        purpose: None,
        content: None,
        arenas: None,
        follow_up: None,
        revision: chrono::NaiveDate::from_ymd_opt(2027, 11, 30).unwrap(),
        card: None,
    }));
    let saved = store::update(&path, &[routine], &stamp)
        .map_err(|e| format!("{e:?}"))
        .unwrap();
    let id = saved.board.routines[0].id.clone();
    tavle::folder::routines::write(&path, &saved.board, &id, date, tavle::i18n::Lang::Nb).unwrap();
    // Everything was written.
    for made in [
        ".tavle/b.log.jsonl",
        ".tavle/revs/b",
        ".tavle/merged",
        "referater",
        "rutiner",
    ] {
        assert!(dir.join(made).exists(), "{made} was not written");
    }
}

/// The files and folders tavle made in `dir` (everything but the board).
fn made(dir: &Path) -> Vec<PathBuf> {
    walk(dir)
        .into_iter()
        .filter(|p| *p != dir.join("b.json"))
        .collect()
}

#[test]
fn a_private_board_leaves_nothing_another_user_can_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    chmod(dir, 0o755);
    std::fs::write(dir.join("b.json"), board_text(false)).unwrap();
    chmod(&dir.join("b.json"), 0o600);
    let before: Vec<PathBuf> = walk(dir)
        .into_iter()
        .filter(|p| p.is_file() && root() && readable_as(NOBODY, NOBODY, p))
        .collect();
    run_tavle(dir);
    for p in made(dir) {
        let mode = std::fs::symlink_metadata(&p).unwrap().mode() & 0o7777;
        if p.is_dir() {
            assert_eq!(
                mode & !0o755,
                0,
                "{} is {mode:o}, wider than its folder",
                p.display()
            );
        } else {
            assert_eq!(mode, 0o600, "{} is {mode:o}", p.display());
        }
    }
    if !root() {
        eprintln!("SKIPPED: reading as a second user needs root (the mode bits were checked)");
        return;
    }
    let after: Vec<PathBuf> = walk(dir)
        .into_iter()
        .filter(|p| p.is_file() && readable_as(NOBODY, NOBODY, p))
        .collect();
    assert_eq!(after, before, "nobody can read what tavle wrote");
    // The check itself can see a readable file: it is not blind.
    std::fs::write(dir.join("open.txt"), "x").unwrap();
    chmod(&dir.join("open.txt"), 0o644);
    assert!(readable_as(NOBODY, NOBODY, &dir.join("open.txt")));
}

#[test]
fn a_team_board_leaves_files_the_team_can_read_and_nobody_else() {
    if !root() {
        eprintln!("SKIPPED: giving files to a team's group needs root");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // The team's share: others may pass through and list, not read boards.
    std::os::unix::fs::chown(dir, None, Some(TEAM)).unwrap();
    chmod(dir, 0o2775);
    let board = dir.join("b.json");
    std::fs::write(&board, board_text(false)).unwrap();
    std::os::unix::fs::chown(&board, None, Some(TEAM)).unwrap();
    chmod(&board, 0o640);
    assert!(readable_as(NOBODY, TEAM, &board) && !readable_as(NOBODY, NOBODY, &board));
    run_tavle(dir);
    for p in made(dir) {
        let meta = std::fs::symlink_metadata(&p).unwrap();
        assert_eq!(meta.gid(), TEAM, "{} is not the team's", p.display());
        let mode = meta.mode() & 0o7777;
        if p.is_dir() {
            assert_eq!(
                mode,
                0o2775,
                "{} is {mode:o}, not as its folder",
                p.display()
            );
        } else {
            assert_eq!(mode, 0o640, "{} is {mode:o}", p.display());
            assert!(
                readable_as(NOBODY, TEAM, &p),
                "the team cannot read {}",
                p.display()
            );
            assert!(
                !readable_as(NOBODY, NOBODY, &p),
                "others can read {}",
                p.display()
            );
        }
    }
}

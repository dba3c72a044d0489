//! `tavle demo`: a copy of the shipped boards, dated around today the way
//! they were dated around the day they were written, that checks clean, in
//! a folder of its own; the repository's `boards/` is never touched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Datelike, NaiveDate};
use tavle::folder::store;

fn tavle(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .env("TAVLE_LANG", "en")
        .output()
        .unwrap()
}

fn shipped_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("boards")
}

/// Every entry of a folder with its bytes (none for a folder in it: a
/// `.tavle/` that `cargo run` left is there before and after alike).
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = if e.file_type().unwrap().is_dir() {
                Vec::new()
            } else {
                std::fs::read(e.path()).unwrap()
            };
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect()
}

fn board(path: &Path) -> tavle::model::Board {
    store::analyze(path).board.unwrap()
}

#[test]
fn the_copy_checks_clean_and_sits_around_today() {
    let before = snapshot(&shipped_dir());
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let out = tavle(&["demo", dir.to_str().unwrap(), "--no-open"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        dir.to_str().unwrap()
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("sample boards"));

    let check = tavle(&["check", "--strict", dir.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("3 files checked: 0 errors, 0 warnings")
    );

    let today = chrono::Local::now().date_naive();
    let home = board(&dir.join("hjemmetjenesten-nord.json"));
    let overdue: Vec<(String, i64)> = home
        .cards
        .iter()
        .filter(|c| !c.archived && !home.is_done(c))
        .filter_map(|c| c.due.map(|d| (c.id.clone(), (today - d).num_days())))
        .filter(|(_, days)| *days > 0)
        .collect();
    assert!(
        !overdue.is_empty(),
        "some cards are overdue, as on the day written"
    );
    // Four days over on the day written, which lands at most five days
    // before today (moved by whole weeks, never after today).
    assert!(overdue.iter().all(|(_, d)| *d <= 9), "{overdue:?}");

    // Staffing is today's: the figures of the day written are today's in the
    // copy (dag 9 planned, 7 present), and the day before is yesterday's.
    let staffing = home.staffing.as_ref().expect("the sample has staffing");
    let today_dag = staffing.entry(today, "dag").expect("today's day shift");
    assert_eq!((today_dag.planned, today_dag.present), (Some(9), Some(7)));
    let yesterday = today - chrono::Duration::days(1);
    assert_eq!(
        staffing.entry(yesterday, "dag").map(|e| e.present),
        Some(Some(8))
    );

    // Every due date moved by the same whole number of weeks: weekdays kept.
    // The boards only: a `.tavle/` that `cargo run` or `tavle fmt` left is no board.
    for name in before.keys().filter(|n| n.ends_with(".json")) {
        let shipped = board(&shipped_dir().join(name));
        let copy = board(&dir.join(name));
        let moves: Vec<i64> = shipped
            .cards
            .iter()
            .zip(&copy.cards)
            .filter_map(|(a, b)| {
                assert_eq!(a.id, b.id);
                let (a, b) = (a.due?, b.due?);
                assert_eq!(a.weekday(), b.weekday(), "{name}");
                Some((b - a).num_days())
            })
            .collect();
        assert!(!moves.is_empty(), "{name}");
        assert!(
            moves.iter().all(|m| *m == moves[0] && m % 7 == 0),
            "{name}: {moves:?}"
        );
        let written = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        // The day written lands from five days before today to one after.
        let ahead = moves[0] - (today - written).num_days();
        assert!((-5..=1).contains(&ahead), "{moves:?}");
        // The meeting is not left running in a copy.
        assert!(
            copy.meeting.as_ref().is_none_or(|m| m.running.is_none()),
            "{name}"
        );
    }
    assert_eq!(snapshot(&shipped_dir()), before, "boards/ untouched");
}

#[test]
fn a_folder_with_something_in_it_is_never_written() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let out = tavle(&["demo", tmp.path().to_str().unwrap(), "--no-open"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is not empty"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(snapshot(tmp.path()).len(), 1);
    // The repository's own boards folder is not empty either.
    let shipped = shipped_dir();
    let out = tavle(&["demo", shipped.to_str().unwrap(), "--no-open"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn without_a_folder_it_makes_a_new_one_in_the_temp_directory() {
    let out = tavle(&["demo", "--no-open"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    assert!(dir.starts_with(std::env::temp_dir()), "{}", dir.display());
    let names: Vec<String> = snapshot(&dir).into_keys().collect();
    assert_eq!(
        names,
        [
            "helsefellesskap-handlingsplan.json",
            "hjemmetjenesten-nord.json",
            "sykehjem-forbedring.json"
        ]
    );
    let again = tavle(&["demo", "--no-open"]);
    let second = PathBuf::from(String::from_utf8_lossy(&again.stdout).trim());
    assert_ne!(dir, second, "a new folder every time");
    for d in [dir, second] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

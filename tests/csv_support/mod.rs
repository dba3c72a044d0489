//! What the measurement tests share (issue 18.6): a board in a temporary
//! folder with indicators whose titles need æøå, € and –, running the real
//! `tavle` binary on it, importing a CSV file's bytes, and the values on disk.
//!
//! Only fixtures live here: no test and no assertion about tavle beyond a
//! fixture's own preconditions. Each test binary uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;

/// A board with four indicators whose titles need æøå, € (0x80 in
/// Windows-1252) and – (0x96), and two values of `Sykefravær`.
pub const BOARD: &str = r#"{
  "tavle": 1,
  "title": "Måling Solbakken",
  "kind": "drift",
  "columns": [{ "id": "idag", "title": "I dag" }],
  "cards": [],
  "indicators": [
    { "id": "syk", "title": "Sykefravær", "values": [
      { "date": "2026-11-02", "value": 6.2 },
      { "date": "2026-11-09", "value": 11 }
    ] },
    { "id": "kost", "title": "Kostnad i €", "values": [] },
    { "id": "vent", "title": "Ventetid – dager", "values": [] },
    { "id": "fall", "title": "Fall på Østre", "values": [] }
  ]
}
"#;

/// A folder with the board `maaling.json`.
pub fn folder() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let board = tmp.path().join("maaling.json");
    std::fs::write(&board, BOARD).unwrap();
    (tmp, board)
}

pub fn tavle(dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

/// `tavle measure import --dir . maaling m.csv [--skip-bad]` in `lang`,
/// with `bytes` as m.csv.
pub fn import(dir: &Path, lang: &str, bytes: &[u8], skip_bad: bool) -> Output {
    std::fs::write(dir.join("m.csv"), bytes).unwrap();
    let mut args = vec!["measure", "import", "--dir", ".", "maaling", "m.csv"];
    if skip_bad {
        args.push("--skip-bad");
    }
    tavle(dir, lang, &args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The values of indicator `id` on disk, oldest first.
pub fn values(board: &Path, id: &str) -> Vec<(NaiveDate, f64)> {
    let b = tavle::folder::store::analyze(board).board.unwrap();
    let ind = b.indicators.iter().find(|i| i.id == id).unwrap();
    ind.values.iter().map(|m| (m.date, m.value)).collect()
}

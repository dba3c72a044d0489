//! `tavle merge` from the command line (the built binary): it prints the
//! conflicts side by side and exits 1 unless told how to choose, writes
//! nothing on a dry run, and with `--prefer` merges, moves the copy to
//! `.tavle/merged/` and logs the merge.

mod sync_fixture;

use std::path::{Path, PathBuf};

use sync_fixture::{COPY, two_way_files, write};
use tavle::folder::store;
use tavle::merge::Side;

/// A folder with the board and its conflict copy.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    for (name, v) in two_way_files() {
        write(&dir.join(name), &v);
    }
    (tmp, dir)
}

fn title(dir: &Path, id: &str) -> String {
    let b = store::analyze(&dir.join("drift.json")).board.unwrap();
    b.card(id).unwrap().title.clone()
}

/// Run `tavle merge` (the built binary) on `dir`: exit code, stdout, stderr.
fn merge_cli(dir: &Path, dry_run: bool, prefer: Option<Side>) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(["merge", "drift", "--dir"]).arg(dir);
    if dry_run {
        cmd.arg("--dry-run");
    }
    match prefer {
        Some(Side::Board) => cmd.args(["--prefer", "board"]),
        Some(Side::Copy) => cmd.args(["--prefer", "copy"]),
        None => &mut cmd,
    };
    let out = cmd
        .env("TAVLE_LANG", "nb")
        .env("TAVLE_USER", "test")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn tavle_merge_prints_the_conflicts_and_writes_only_when_told_how() {
    let (_tmp, dir) = folder();
    let before = std::fs::read(dir.join("drift.json")).unwrap();
    let (code, out, err) = merge_cli(&dir, false, None);
    assert_eq!(code, 1, "{out}{err}");
    for want in [
        COPY,
        "Syncthing, enhet ABCD123",
        "Kort k1",
        "Tavla «Ring vikarbyrået i dag» │ Kopien «Ring vikarbyrået før ni»",
        "Kort k2",
    ] {
        assert!(out.contains(want), "{want:?} not in\n{out}");
    }
    assert!(err.contains("--prefer"), "{err}");
    assert_eq!(
        std::fs::read(dir.join("drift.json")).unwrap(),
        before,
        "nothing written"
    );
    let (code, out, _) = merge_cli(&dir, true, Some(Side::Copy));
    assert_eq!(code, 0);
    assert!(out.contains("Prøvekjøring"));
    assert!(out.contains("│ ✓ Kopien «Per»"), "{out}");
    assert_eq!(
        std::fs::read(dir.join("drift.json")).unwrap(),
        before,
        "dry run"
    );
    assert!(dir.join(COPY).exists());
    let (code, out, err) = merge_cli(&dir, false, Some(Side::Copy));
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(".tavle/merged/"), "{out}");
    assert_eq!(title(&dir, "k1"), "Ring vikarbyrået før ni");
    assert_eq!(title(&dir, "k3"), "Ny bruker torsdag");
    assert!(!dir.join(COPY).exists());
    let log = tavle::folder::log::read(&dir.join("drift.json"));
    assert!(
        matches!(&log.last().unwrap().change, tavle::ops::Change::Merged { copy, .. } if copy == COPY)
    );
    let (code, out, _) = merge_cli(&dir, false, None);
    assert_eq!((code, out.trim()), (0, "Ingen konfliktkopier av drift."));
}

//! `tavle merge` from the command line (the built binary): it prints the
//! conflicts side by side and exits 1 unless told how to choose, writes
//! nothing on a dry run, and with `--prefer` merges, moves the copy to
//! `.tavle/merged/` and logs the merge.

mod sync_fixture;

use std::path::{Path, PathBuf};

use sync_fixture::{COPY, conflict_texts, write, write_conflict};
use tavle::folder::store;
use tavle::merge::Side;

/// A folder with the board and its conflict copy.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    write_conflict(&dir);
    (tmp, dir)
}

fn title(dir: &Path, id: &str) -> String {
    let b = store::analyze(&dir.join("drift.json")).board.unwrap();
    b.card(id).unwrap().title.clone()
}

/// Run `tavle merge` (the built binary) on `dir`, in bokmål: exit code, stdout, stderr.
fn merge_cli(dir: &Path, dry_run: bool, prefer: Option<Side>) -> (i32, String, String) {
    let mut args = Vec::new();
    if dry_run {
        args.push("--dry-run");
    }
    match prefer {
        Some(Side::Board) => args.extend(["--prefer", "board"]),
        Some(Side::Copy) => args.extend(["--prefer", "copy"]),
        None => {}
    }
    run(dir, "nb", &args)
}

/// Run `tavle merge drift --dir DIR ARGS…` in `lang`: exit code, stdout, stderr.
fn run(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["merge", "drift", "--dir"])
        .arg(dir)
        .args(args)
        .env("TAVLE_LANG", lang)
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
        "Syncthing, tavla har endringen fra enhet ABCD123",
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
    // Every change the merge makes, with where it comes from.
    for want in [
        "Legges til: Kort k3 «Ny bruker torsdag»",
        "Endres: Kort k1 «Ring vikarbyrået før ni» · Tittel: «Ring vikarbyrået i dag» → «Ring vikarbyrået før ni» (fra kopien)",
        "Endres: Kort k2 «Bestill hjelpemidler» · Ansvarlig: «Liv» → «Per» (fra kopien)",
    ] {
        assert!(out.contains(want), "{want:?} not in\n{out}");
    }
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
        matches!(&log.last().unwrap().change, tavle::ops::Change::Merged { copy, cards: 1, changed: 2, chosen: 2, .. } if copy == COPY),
        "{:?}",
        log.last()
    );
    let (code, out, _) = merge_cli(&dir, false, None);
    assert_eq!((code, out.trim()), (0, "Ingen konfliktkopier av drift."));
}

/// Run `tavle merge drift` with `args` in English.
fn merge_en(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run(dir, "en", args)
}

#[test]
fn a_removal_is_listed_with_its_title_asked_and_logged() {
    use serde_json::json;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let both = sync_fixture::drift();
    // The base and the board have k2; the copy removed it and added k3.
    let copy = sync_fixture::changed(&both, |v| {
        let cards = v["cards"].as_array_mut().unwrap();
        cards.remove(1);
        cards.push(json!({"id": "k3", "title": "Ny bruker torsdag", "column": "pagar"}));
    });
    // The copy was saved on top of the board as it is: its history names
    // the board, which is so the common ancestor (a three-way merge).
    write(&dir.join("drift.json"), &both);
    std::fs::write(dir.join(COPY), sync_fixture::descended(&both, &copy)).unwrap();
    let before = std::fs::read(dir.join("drift.json")).unwrap();
    // Without --prefer: the removal is a question, nothing is written.
    let (code, out, err) = merge_en(dir, &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Adds: Card k3 «Ny bruker torsdag»"), "{out}");
    assert!(
        out.contains(
            "Card k2 «Bestill hjelpemidler» · the whole element: Board «has it» │ Copy «removed»"
        ),
        "{out}"
    );
    assert!(
        !out.contains("Removes:"),
        "kept until someone says otherwise:\n{out}"
    );
    assert_eq!(std::fs::read(dir.join("drift.json")).unwrap(), before);
    // The dry run with --prefer copy lists the removal as plainly as the addition.
    let (code, out, _) = merge_en(dir, &["--dry-run", "--prefer", "copy"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Adds: Card k3 «Ny bruker torsdag»"), "{out}");
    assert!(
        out.contains("Removes: Card k2 «Bestill hjelpemidler»"),
        "{out}"
    );
    assert_eq!(std::fs::read(dir.join("drift.json")).unwrap(), before);
    let (code, out, err) = merge_en(dir, &["--prefer", "copy"]);
    assert_eq!(code, 0, "{out}{err}");
    let b = store::analyze(&dir.join("drift.json")).board.unwrap();
    assert!(b.card("k2").is_none() && b.card("k3").is_some());
    let log = tavle::folder::log::read(&dir.join("drift.json"));
    match &log.last().unwrap().change {
        tavle::ops::Change::Merged { removed, .. } => {
            assert_eq!(removed.len(), 1);
            assert_eq!(
                (
                    removed[0].kind.as_str(),
                    removed[0].id.as_str(),
                    removed[0].title.as_str()
                ),
                ("card", "k2", "Bestill hjelpemidler")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_kept_version_no_history_names_is_not_an_ancestor() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Both files saved apart from versions no longer known: nothing shared.
    for (name, text) in conflict_texts() {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v.as_object_mut().unwrap().remove("revisions");
        write(&dir.join(name), &v);
    }
    // A version kept under the id of its content, planted or left from
    // another board: neither file's history names it, so it is not used.
    let stranger = sync_fixture::board(serde_json::json!([
        {"id": "k1", "title": "Ring vikarbyrået", "column": "i-dag"}
    ]));
    let text = serde_json::to_string_pretty(&stranger).unwrap();
    let b = tavle::analyze::analyze_text(&text).0.unwrap();
    let kept = dir.join(".tavle/revs/drift");
    std::fs::create_dir_all(&kept).unwrap();
    std::fs::write(
        kept.join(format!("{}.json", tavle::revision::id(&b))),
        &text,
    )
    .unwrap();
    let (code, out, _) = merge_en(dir, &["--dry-run"]);
    assert!(out.contains("No common ancestor known"), "{out}");
    // Without it, nothing is taken as one side's change: both versions of
    // the cards that differ are kept, the copy's with a new id.
    assert!(
        out.contains("Adds: Card k4 «Ring vikarbyrået før ni»"),
        "{out}"
    );
    assert!(out.contains("New id: Card k4"), "{out}");
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_copy_with_a_name_people_give_on_purpose_is_merged_only_when_named() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let [(_, ours), (_, theirs)] = conflict_texts();
    std::fs::write(dir.join("drift.json"), ours).unwrap();
    sync_fixture::keep(dir, &sync_fixture::drift());
    let name = "drift - Kopi.json";
    std::fs::write(dir.join(name), theirs).unwrap();
    let (code, out, err) = merge_en(dir, &["--prefer", "copy"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("drift - Kopi.json looks like a copy of drift"),
        "{err}"
    );
    assert!(err.contains("--copy"), "{err}");
    assert!(dir.join(name).exists(), "never moved away without asking");
    assert_eq!(title(dir, "k1"), "Ring vikarbyrået i dag");
    let (code, out, err) = merge_en(dir, &["--prefer", "copy", "--copy", name]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!dir.join(name).exists());
    assert_eq!(title(dir, "k1"), "Ring vikarbyrået før ni");
}

#[cfg(unix)]
#[test]
fn a_copy_that_is_a_link_is_reported_and_never_merged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let outside = tempfile::tempdir().unwrap();
    let [(_, ours), (_, theirs)] = conflict_texts();
    std::fs::write(dir.join("drift.json"), ours).unwrap();
    for target in [outside.path().join("theirs.json"), dir.join("other.json")] {
        std::fs::write(&target, &theirs).unwrap();
        let _ = std::fs::remove_file(dir.join(COPY));
        std::os::unix::fs::symlink(&target, dir.join(COPY)).unwrap();
        let before = std::fs::read(dir.join("drift.json")).unwrap();
        let (code, out, err) = merge_en(dir, &["--prefer", "copy"]);
        assert_eq!(code, 1, "{out}{err}");
        assert!(err.contains("was not merged"), "{err}");
        assert!(err.contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read(dir.join("drift.json")).unwrap(), before);
        assert!(std::fs::symlink_metadata(dir.join(COPY)).is_ok());
        assert!(target.exists());
        assert!(!dir.join(".tavle/merged").exists());
        let check = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
            .arg("check")
            .arg(dir)
            .env("TAVLE_LANG", "en")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&check.stdout);
        assert!(
            said.contains("is a symbolic link: tavle never merges it"),
            "{said}"
        );
    }
}

#[test]
fn the_change_logs_copy_is_reported_then_merged_with_the_board() {
    let (_tmp, dir) = folder();
    let line = |at: &str, card: &str, by: &str| {
        format!(r#"{{"at":"{at}","by":"{by}","change":"archived","card":"{card}","title":"T"}}"#)
    };
    let ours = line("2026-11-30T09:00:00+01:00", "k1", "Anne");
    let theirs = line("2026-11-30T08:30:00+01:00", "k2", "Bjørn");
    std::fs::create_dir_all(dir.join(".tavle")).unwrap();
    std::fs::write(dir.join(".tavle/drift.log.jsonl"), format!("{ours}\n")).unwrap();
    let log_copy = ".tavle/drift.log.sync-conflict-20261130-101500-ABCD123.jsonl";
    std::fs::write(dir.join(log_copy), format!("{theirs}\n")).unwrap();
    // Reported until merged.
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
        .arg("check")
        .arg(&dir)
        .env("TAVLE_LANG", "en")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(
        said.contains("a conflict copy of the change log of drift"),
        "{said}"
    );
    let (code, out, err) = merge_en(&dir, &["--prefer", "copy"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("The change log of drift: one conflict copy merged"),
        "{out}"
    );
    let log = std::fs::read_to_string(dir.join(".tavle/drift.log.jsonl")).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    // Both sides' lines, in order of time, then the merge's own line.
    assert_eq!(lines[..2], [theirs.as_str(), ours.as_str()], "{log}");
    assert!(lines[2].contains(r#""change":"merged""#), "{log}");
    assert!(!dir.join(log_copy).exists());
    let kept = dir.join(".tavle/merged/drift.log.sync-conflict-20261130-101500-ABCD123.jsonl");
    assert_eq!(
        std::fs::read_to_string(kept).unwrap(),
        format!("{theirs}\n")
    );
    // The minutes see both sides' changes.
    let read = tavle::folder::log::read(&dir.join("drift.json"));
    assert!(read.iter().any(|l| l.by == "Bjørn") && read.iter().any(|l| l.by == "Anne"));
}

#[test]
fn a_bare_file_name_in_the_current_folder_is_the_board() {
    let (_tmp, dir) = folder();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["merge", "drift.json", "--dry-run", "--prefer", "copy"])
        .current_dir(&dir)
        .env("TAVLE_LANG", "en")
        .output()
        .unwrap();
    let (said, err) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{said}{err}");
    assert!(said.contains(COPY), "{said}");
}

#[test]
fn a_save_in_a_syncthing_folder_keeps_tavles_bookkeeping_out_of_syncing() {
    let (_tmp, dir) = folder();
    std::fs::create_dir(dir.join(".stfolder")).unwrap();
    std::fs::write(dir.join(".stignore"), "mine\n").unwrap();
    let (code, out, err) = merge_en(&dir, &["--prefer", "copy"]);
    assert_eq!(code, 0, "{out}{err}");
    let ignore = std::fs::read_to_string(dir.join(".stignore")).unwrap();
    assert_eq!(ignore, "mine\n*.json.lock\n*.json.lock.break\n.*.tmp\n");
}

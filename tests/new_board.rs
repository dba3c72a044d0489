//! `tavle new forbedring|drift NAME` (issue 21.1): a board from its
//! template in the folder, with the improvement circle's columns or the
//! day's columns and the standard agenda, that `tavle check` passes and the
//! app lists at once; a name that is taken is refused and the file left as
//! it was; a hostile name gives a plain file name inside the folder and
//! nothing of it drives the terminal.

use std::path::Path;
use std::process::{Command, Output};

use tavle::folder::store;
use tavle::model::Kind;

fn tavle(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .env("TAVLE_LANG", lang)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

fn titles(b: &tavle::model::Board) -> Vec<String> {
    b.columns.iter().map(|c| c.title.clone()).collect()
}

#[test]
fn both_kinds_are_made_from_their_template_and_pass_check() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let out = tavle(
        "nb",
        &["new", "forbedring", "Solbakken avd. 2", "--dir", dir],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let path = tmp.path().join("solbakken-avd-2.json");
    assert_eq!(text(&out.stdout).trim(), path.display().to_string());
    assert!(
        text(&out.stderr).contains("forbedringstavle"),
        "{}",
        text(&out.stderr)
    );
    let b = store::analyze(&path).board.unwrap();
    assert_eq!(b.kind, Kind::Forbedring);
    assert_eq!(b.title, "Solbakken avd. 2");
    assert_eq!(
        titles(&b),
        [
            "Ideer",
            "Planlegge",
            "Gjennomføre",
            "Evaluere",
            "Korrigere/standardisere",
            "Ferdig"
        ]
    );
    let done: Vec<bool> = b.columns.iter().map(|c| c.done == Some(true)).collect();
    assert_eq!(done, [false, false, false, false, false, true]);
    let agenda: Vec<&str> = (b.meeting.as_ref().unwrap().agenda.iter())
        .map(|a| a.title.as_str())
        .collect();
    assert!(agenda.iter().any(|a| a.contains("PDSA")), "{agenda:?}");
    assert!(agenda.iter().any(|a| a.contains("Nye ideer")), "{agenda:?}");

    // An operations board, named in English, in nynorsk words.
    let out = tavle("nn", &["new", "operations", "Heimetenesta", "--dir", dir]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let b = store::analyze(&tmp.path().join("heimetenesta.json"))
        .board
        .unwrap();
    assert_eq!(b.kind, Kind::Drift);
    assert_eq!(
        titles(&b),
        ["I dag", "Denne veka", "Pågår", "Ventar på andre", "Ferdig"]
    );
    let agenda = &b.meeting.as_ref().unwrap().agenda;
    for word in [
        "Bemanning",
        "Status mot mål",
        "Risiko og avvik",
        "fristar",
        "Vedtak",
    ] {
        assert!(
            agenda.iter().any(|a| a.title.contains(word)),
            "{word}: {agenda:?}"
        );
    }

    let check = tavle("en", &["check", "--strict", dir]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    assert!(
        text(&check.stdout).contains("2 files checked: 0 errors"),
        "{}",
        text(&check.stdout)
    );

    // The app lists both at once: they are just boards in the folder.
    let entries = tavle::tui::load_all(tmp.path()).unwrap();
    let mut listed: Vec<&str> = (entries.iter())
        .filter_map(|e| e.board.as_ref().map(|b| b.title.as_str()))
        .collect();
    listed.sort();
    assert_eq!(listed, ["Heimetenesta", "Solbakken avd. 2"]);
}

#[test]
fn a_name_that_is_taken_is_refused_and_the_file_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let path = tmp.path().join("drift.json");
    std::fs::write(&path, "mine, not a board").unwrap();
    // `Drift` and `drift` name the same file.
    let out = tavle("en", &["new", "drift", "Drift", "--dir", dir]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("exists already") && err.contains("drift.json"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine, not a board");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[test]
fn a_hostile_name_gives_a_plain_file_inside_the_folder_and_nothing_on_the_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tavler");
    std::fs::create_dir(&dir).unwrap();
    let name = "../x\u{1b}]0;evil\u{7}\u{9b}2J\u{202e}";
    let out = tavle(
        "en",
        &["new", "improvement", name, "--dir", dir.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, ["x-0-evil-2j.json"]);
    // Nothing was written beside the folder.
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    for stream in [&out.stdout, &out.stderr] {
        let s = text(stream);
        assert!(
            !s.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{s:?}"
        );
    }
    // The title keeps what was typed: it is data, shown sanitized.
    let b = store::analyze(&dir.join("x-0-evil-2j.json")).board.unwrap();
    assert_eq!(b.title, name);
}

#[test]
fn a_bad_kind_or_no_name_is_a_usage_error_that_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let out = tavle("en", &["new", "kanban", "X", "--dir", dir]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("kanban") && err.contains("forbedring, drift"),
        "{err}"
    );
    let out = tavle("nb", &["new", "drift", "--dir", dir]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("<NAVN>"),
        "{}",
        text(&out.stderr)
    );
    let out = tavle("en", &["new", "drift", "  ", "--dir", dir]);
    assert_eq!(out.status.code(), Some(2));
    let out = tavle(
        "en",
        &["new", "drift", "X", "--dir", &format!("{dir}/none")],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_dir(Path::new(dir)).unwrap().count(), 0);
}

#[test]
fn the_help_names_the_command_in_every_language() {
    for (lang, words) in [
        ("nb", "forbedringstavle"),
        ("nn", "forbetringstavle"),
        ("en", "improvement board"),
    ] {
        let top = text(&tavle(lang, &["--help"]).stdout);
        let line = top
            .lines()
            .find(|l| l.trim_start().starts_with("new "))
            .unwrap();
        assert!(line.contains(words), "{lang}: {line}");
        let own = text(&tavle(lang, &["new", "--help"]).stdout);
        assert!(own.contains("--dir"), "{lang}: {own}");
    }
}

#[test]
fn the_team_leader_and_measurement_lead_are_named_on_the_new_board() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let out = tavle(
        "nb",
        &[
            "new",
            "forbedring",
            "Fall",
            "--dir",
            dir,
            "--team-leader",
            " Kari Nordmann ",
            "--maleansvarlig",
            "Per Hansen",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let b = store::analyze(&tmp.path().join("fall.json")).board.unwrap();
    assert_eq!(b.team_leader.as_deref(), Some("Kari Nordmann"));
    assert_eq!(b.measurement_lead.as_deref(), Some("Per Hansen"));
    let check = tavle(
        "nb",
        &["check", tmp.path().join("fall.json").to_str().unwrap()],
    );
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    // Named in the help, in the user's language.
    let help = tavle("nb", &["new", "--help"]);
    let help = text(&help.stdout);
    assert!(help.contains("--team-leader"), "{help}");
    assert!(help.contains("Teamlederen i forbedringsteamet"), "{help}");
    assert!(help.contains("Måleansvarlig i forbedringsteamet"), "{help}");
}

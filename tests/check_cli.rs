//! `tavle check` on temp folders, run as the built binary: every class of
//! problem at its exact line and column, and the exit codes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn tavle(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "en")
        .output()
        .expect("run tavle")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Check one file with the given content; returns (exit code, stdout).
fn check_one(content: &[u8]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), content).unwrap();
    let out = tavle(&["check", "."], dir.path());
    (out.status.code().unwrap_or(-1), stdout(&out))
}

const GOOD: &str = r#"{
  "tavle": 1,
  "title": "Tavle",
  "kind": "drift",
  "columns": [
    {
      "id": "a",
      "title": "A"
    },
    {
      "id": "b",
      "title": "B"
    }
  ],
  "cards": [
    {
      "id": "k1",
      "title": "Kort",
      "column": "a"
    }
  ]
}
"#;

/// GOOD with `from` replaced by `to` (exactly once).
fn good_with(from: &str, to: &str) -> String {
    assert_eq!(GOOD.matches(from).count(), 1, "{from}");
    GOOD.replacen(from, to, 1)
}

#[track_caller]
fn assert_problem(content: &str, expected: &str) {
    let (code, out) = check_one(content.as_bytes());
    assert!(out.contains(expected), "expected {expected:?} in:\n{out}");
    let errors = expected.contains(": error:");
    assert_eq!(code, if errors { 1 } else { 0 }, "{out}");
}

#[test]
fn a_good_board_passes() {
    let (code, out) = check_one(GOOD.as_bytes());
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("1 file checked: 0 errors, 0 warnings"),
        "{out}"
    );
}

#[test]
fn syntax_errors_at_their_position() {
    // Missing comma at the end of line 4: reported where the next key starts.
    assert_problem(
        &good_with("\"kind\": \"drift\",", "\"kind\": \"drift\""),
        "./b.json:5:3: error: expected `,` or `}` here, found `\"`",
    );
    assert_problem(
        &good_with("\"title\": \"A\"\n    },", "\"title\": \"A\",\n    },"),
        "./b.json:8:19: error: comma before `}` or `]`",
    );
    assert_problem(
        &GOOD[..60],
        "./b.json:5:6: error: the file ends in the middle of a value",
    );
}

#[test]
fn schema_errors_at_the_value() {
    assert_problem(
        &good_with("\"kind\": \"drift\"", "\"kind\": \"drfit\""),
        "./b.json:4:11: error: unknown value `drfit`; allowed values are `drift`, `forbedring`",
    );
    assert_problem(
        &good_with("\"title\": \"Tavle\"", "\"title\": 7"),
        "./b.json:3:12: error: expected a text in double quotes, found a number",
    );
    assert_problem(
        &good_with(
            "\"column\": \"a\"",
            "\"column\": \"a\",\n      \"due\": \"1.12.2026\"",
        ),
        "./b.json:20:14: error: `1.12.2026` is not a date of the form YYYY-MM-DD",
    );
    assert_problem(
        &good_with("\"id\": \"k1\",\n", ""),
        "./b.json:16:5: error: missing the field `id`",
    );
    assert_problem(
        &good_with("\"tavle\": 1", "\"tavle\": 9"),
        "./b.json:2:12: error: format version 9 is newer than this tavle knows 1",
    );
}

#[test]
fn reference_errors_at_the_reference() {
    assert_problem(
        &good_with("\"column\": \"a\"", "\"column\": \"x\""),
        "./b.json:19:17: error: the card stands in a column that does not exist: `x`",
    );
    assert_problem(
        &good_with("\"id\": \"b\"", "\"id\": \"a\""),
        "./b.json:11:13: error: column `a` already exists",
    );
    assert_problem(
        &good_with(
            "\"column\": \"a\"",
            "\"column\": \"a\",\n      \"goal\": \"m9\"",
        ),
        "./b.json:20:15: error: refers to a goal that does not exist: `m9`",
    );
    let with_decision = good_with(
        "\n  ]\n}",
        "\n  ],\n  \"decisions\": [\n    {\n      \"id\": \"d1\",\n      \"at\": \"2026-11-24T08:00:00+01:00\",\n      \"text\": \"t\",\n      \"card\": \"k9\"\n    }\n  ]\n}",
    );
    assert_problem(
        &with_decision,
        "./b.json:27:15: error: refers to a card that does not exist: `k9`",
    );
    let with_goals = good_with(
        "\n  ]\n}",
        "\n  ],\n  \"goals\": [\n    {\n      \"id\": \"m1\",\n      \"title\": \"G\",\n      \"target\": \"t\",\n      \"parent\": \"m0\"\n    }\n  ]\n}",
    );
    assert_problem(
        &with_goals,
        "./b.json:27:17: error: the sub-goal's parent `m0` does not exist",
    );
}

#[test]
fn smart_warnings_and_strict() {
    let content = good_with(
        "\n  ]\n}",
        "\n  ],\n  \"goals\": [\n    {\n      \"id\": \"m1\",\n      \"title\": \"G\"\n    }\n  ]\n}",
    )
    .replace("\"column\": \"a\"", "\"column\": \"a\",\n      \"goal\": \"m1\"");
    let (code, out) = check_one(content.as_bytes());
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("./b.json:16:5: warning: the measure `k1` has no owner (not SMART)"),
        "{out}"
    );
    assert!(
        out.contains("./b.json:16:5: warning: the measure `k1` has no deadline (not SMART)"),
        "{out}"
    );
    assert!(
        out.contains("./b.json:24:5: warning: the goal `m1` has no measurable target (not SMART)"),
        "{out}"
    );
    assert!(out.contains("= hint: set \"owner\""), "{out}");

    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), &content).unwrap();
    let strict = tavle(&["check", "--strict", "."], dir.path());
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn unreadable_files_get_a_clear_error() {
    let (code, out) = check_one(b"");
    assert_eq!(code, 1);
    assert!(
        out.contains("./b.json:1:1: error: the file is empty"),
        "{out}"
    );

    let latin1 = GOOD.replace("\"Tavle\"", "\"Bl\u{e5}b\u{e6}r\"");
    let latin1: Vec<u8> = latin1.chars().map(|c| c as u32 as u8).collect();
    let (code, out) = check_one(&latin1);
    assert_eq!(code, 1);
    assert!(
        out.contains("./b.json:3:15: error: the file is not UTF-8"),
        "{out}"
    );

    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(GOOD.encode_utf16().flat_map(u16::to_le_bytes));
    let (code, out) = check_one(&utf16);
    assert_eq!(code, 1);
    assert!(
        out.contains("./b.json:1:1: error: the file is saved as UTF-16"),
        "{out}"
    );
    assert!(out.contains("Encoding: UTF-8"), "{out}");
}

#[test]
fn a_huge_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let f = fs::File::create(dir.path().join("big.json")).unwrap();
    f.set_len(21 * 1024 * 1024).unwrap(); // sparse: nothing is written
    let out = tavle(&["check", "."], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("./big.json:1:1: error: the file is too large"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn windows_notepad_files_load() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(GOOD.replace('\n', "\r\n").as_bytes());
    let (code, out) = check_one(&bytes);
    assert_eq!(code, 0, "{out}");
    // Positions still count lines, not CR characters.
    let broken = GOOD
        .replace("\"kind\": \"drift\"", "\"kind\": \"x\"")
        .replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(broken.as_bytes());
    let (_, out) = check_one(&bytes);
    assert!(
        out.contains("./b.json:4:11: error: unknown value `x`"),
        "{out}"
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let content = good_with("\"kind\": \"drift\"", "\"kind\": 3").replace(
        "\"column\": \"a\"",
        "\"column\": \"a\",\n      \"light\": \"grønn\"",
    );
    let (code, out) = check_one(content.as_bytes());
    assert_eq!(code, 1);
    assert!(out.contains("./b.json:4:11: error:"), "{out}");
    assert!(
        out.contains("./b.json:20:16: error: unknown value `grønn`"),
        "{out}"
    );
    assert!(out.contains("did you mean `green`?"), "{out}");
    assert!(out.contains("2 errors"), "{out}");
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist is a usage error.
    assert_eq!(tavle(&["check", "nope"], dir.path()).status.code(), Some(2));
    // So is an unknown flag.
    assert_eq!(
        tavle(&["check", "--nope"], dir.path()).status.code(),
        Some(2)
    );
    // An empty folder has no errors.
    assert_eq!(tavle(&["check", "."], dir.path()).status.code(), Some(0));
    // The default folder is `boards`.
    fs::create_dir(dir.path().join("boards")).unwrap();
    fs::write(dir.path().join("boards/x.json"), "{").unwrap();
    let out = tavle(&["check"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("boards/x.json:1:2: error:"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn messages_are_norwegian_by_default() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), "").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["check", "."])
        .current_dir(dir.path())
        .env_remove("TAVLE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("./b.json:1:1: error: filen er tom"), "{text}");
    assert!(
        text.contains("1 fil sjekket: 1 feil, 0 advarsler"),
        "{text}"
    );
}

#[test]
fn control_characters_from_files_never_reach_the_terminal() {
    let content = good_with(
        "\"kind\": \"drift\"",
        "\"kind\": \"\\u001b]0;pwned\\u0007\\u001b[2J\"",
    );
    let (code, out) = check_one(content.as_bytes());
    assert_eq!(code, 1);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("␛]0;pwned␇␛[2J"), "{out}");
}

#[test]
fn never_panics_on_garbage() {
    let dir = tempfile::tempdir().unwrap();
    let samples: Vec<Vec<u8>> = vec![
        b"[".repeat(200_000),
        b"{\"tavle\": 1e999, \"title\": \"x\", \"kind\": \"drift\"}".to_vec(),
        b"{\"tavle\": -1}".to_vec(),
        b"{\"tavle\": 1, \"title\": \"x\", \"kind\": \"drift\", \"cards\": [1, null, {}], \"columns\": {}}".to_vec(),
        b"\"\\ud800\"".to_vec(),
        vec![0xC3],
        b"null".to_vec(),
    ];
    for (i, s) in samples.iter().enumerate() {
        fs::write(dir.path().join(format!("g{i}.json")), s).unwrap();
    }
    let out = tavle(&["check", "."], dir.path());
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout(&out).contains("7 files checked"), "{}", stdout(&out));
}

#[test]
fn the_language_flag_goes_before_or_after_the_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), "").unwrap();
    for args in [
        &["--lang", "en", "check", "."][..],
        &["check", "--lang", "en", "."][..],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
            .args(args)
            .current_dir(dir.path())
            .env_remove("TAVLE_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stdout(&out).contains("the file is empty"),
            "{args:?}: {}",
            stdout(&out)
        );
    }
}

/// An identity number that passes the check digits (built, not a real person's).
fn identity_number() -> String {
    (0..1000u32)
        .find_map(|i| {
            let mut d = vec![3u8, 1, 1, 2, 9, 9];
            d.extend([(i / 100) as u8, (i / 10 % 10) as u8, (i % 10) as u8]);
            let (k1, k2) = tavle::privacy::check_digits(&d)?;
            d.extend([k1, k2]);
            Some(d.iter().map(|x| char::from(b'0' + x)).collect())
        })
        .unwrap()
}

#[test]
fn what_the_screen_cannot_show_or_should_not_show_is_reported() {
    // A card without a title: the screen has nothing to show for it.
    assert_problem(
        &good_with("\"title\": \"Kort\"", "\"title\": \" \""),
        "./b.json:18:16: error: the card `k1` has no title",
    );
    // An identity number: a warning at its position, never printed.
    let n = identity_number();
    let content = good_with("\"title\": \"Kort\"", &format!("\"title\": \"Ring {n}\""));
    let (code, out) = check_one(content.as_bytes());
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "./b.json:18:22: warning: this looks like a national identity number or D-number (******{})",
            &n[6..]
        )),
        "{out}"
    );
    assert!(!out.contains(&n), "{out}");
    assert!(!out.contains(&n[..6]), "{out}");
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), &content).unwrap();
    assert_eq!(
        tavle(&["check", "--strict", "."], dir.path()).status.code(),
        Some(1)
    );
}

#[test]
fn a_newer_format_is_an_error_that_says_it_opens_read_only() {
    let (code, out) = check_one(good_with("\"tavle\": 1", "\"tavle\": 2").as_bytes());
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("./b.json:2:12: error: format version 2 is newer than this tavle knows 1"),
        "{out}"
    );
    assert!(out.contains("read"), "{out}");
    assert!(out.contains("1 file checked: 1 error, 0 warnings"), "{out}");
}

#[test]
fn conflict_copies_are_reported_as_such_and_status_leaves_them_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("plan.json"), GOOD).unwrap();
    fs::write(
        d.join("plan.sync-conflict-20261130-140312-ABCDEFG.json"),
        GOOD,
    )
    .unwrap();
    // Same title as plan.json: OneDrive's copy. A different title: a board of its own.
    fs::write(d.join("plan-PC42.json"), GOOD).unwrap();
    fs::write(
        d.join("plan-nord.json"),
        GOOD.replace("\"Tavle\"", "\"Nord\""),
    )
    .unwrap();
    let out = tavle(&["check", "."], d);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("./plan.sync-conflict-20261130-140312-ABCDEFG.json: warning: this file is a conflict copy of plan.json made by Syncthing (device ABCDEFG); merge it with `tavle merge`"),
        "{text}"
    );
    assert!(
        text.contains("./plan-PC42.json: warning: this file is a conflict copy of plan.json made by OneDrive (computer PC42)"),
        "{text}"
    );
    assert!(!text.contains("./plan-nord.json: warning"), "{text}");
    assert!(
        text.contains("4 files checked: 0 errors, 2 warnings"),
        "{text}"
    );
    // A copy named alone is still recognised by its original beside it.
    let alone = tavle(&["check", "plan-PC42.json"], d);
    assert!(
        stdout(&alone).contains("conflict copy of plan.json"),
        "{}",
        stdout(&alone)
    );

    let status = tavle(&["status", ".", "--format", "json"], d);
    assert!(status.status.success());
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let mut ids: Vec<&str> = v["boards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids, ["plan", "plan-nord"]);
    // Held back, and named in every format: nothing is hidden silently.
    let held: Vec<(&str, &str)> = v["held_back"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["file"].as_str().unwrap(), h["copy_of"].as_str().unwrap()))
        .collect();
    assert_eq!(
        held,
        [
            ("plan-PC42.json", "plan.json"),
            (
                "plan.sync-conflict-20261130-140312-ABCDEFG.json",
                "plan.json"
            )
        ]
    );
    for format in ["text", "markdown"] {
        let out = tavle(&["status", ".", "--format", format], d);
        let text = stdout(&out);
        assert!(
            text.contains("2 files are held back as conflict copies and not counted: plan-PC42.json (a copy of plan.json), plan.sync-conflict-20261130-140312-ABCDEFG.json (a copy of plan.json)"),
            "{format}: {text}"
        );
    }
}

#[test]
fn a_file_with_a_copy_like_name_and_the_same_title_is_a_board_without_shared_history() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A real board, and beside it a planted (or innocent) file with the same
    // title and nothing in common: the name drift-nord.json reads as
    // OneDrive's copy of drift.json, but the real board must not be hidden.
    fs::write(d.join("drift-nord.json"), GOOD).unwrap();
    let planted =
        r#"{"tavle":1,"title":"Tavle","kind":"drift","columns":[{"id":"a","title":"A"}]}"#;
    fs::write(d.join("drift.json"), planted).unwrap();
    let check = stdout(&tavle(&["check", "."], d));
    assert!(!check.contains("conflict copy"), "{check}");
    let status = tavle(&["status", ".", "--format", "json"], d);
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let ids: Vec<&str> = (v["boards"].as_array().unwrap().iter())
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"drift-nord"), "{ids:?}");
    assert_eq!(v["held_back"], serde_json::json!([]));
}

#[test]
fn shared_ids_are_refused_by_commands_and_given_anew_by_check_fix() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Two clones each added "the next card" and a decision about it; git
    // merged the lines cleanly.
    let board = r#"{"tavle":1,"title":"Tavle","kind":"drift","columns":[{"id":"a","title":"A"}],
      "cards":[
        {"id":"k15","title":"Fra Anne","column":"a","created":"2026-11-30T09:00:00+01:00"},
        {"id":"k15","title":"Fra Bjørn","column":"a","created":"2026-11-30T09:00:30+01:00"}],
      "decisions":[
        {"id":"b4","at":"2026-11-30T09:00:10+01:00","text":"Om Annes","card":"k15"},
        {"id":"b4","at":"2026-11-30T09:00:40+01:00","text":"Om Bjørns","card":"k15"}]}"#;
    fs::write(d.join("b.json"), board).unwrap();
    let out = tavle(&["check", "b.json"], d);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    // An edit naming k15 could reach either card: refused, file untouched.
    let set = tavle(
        &["card", "--dir", ".", "set", "b", "k15", "--light", "red"],
        d,
    );
    assert_ne!(set.status.code(), Some(0));
    let err = String::from_utf8_lossy(&set.stderr);
    assert!(err.contains("share an id (k15, b4)"), "{err}");
    assert_eq!(fs::read_to_string(d.join("b.json")).unwrap(), board);
    // --fix renumbers; the decisions stay with the card they are about.
    let fixed = tavle(&["check", "--fix", "b.json"], d);
    let said = stdout(&fixed);
    assert_eq!(fixed.status.code(), Some(0), "{said}");
    assert!(
        said.contains("card k15 “Fra Bjørn” has a new id: k16"),
        "{said}"
    );
    assert!(
        said.contains("decision b4 “Om Bjørns” has a new id: b5"),
        "{said}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(d.join("b.json")).unwrap()).unwrap();
    let cards: Vec<(&str, &str)> = (v["cards"].as_array().unwrap().iter())
        .map(|c| (c["id"].as_str().unwrap(), c["title"].as_str().unwrap()))
        .collect();
    assert_eq!(cards, [("k15", "Fra Anne"), ("k16", "Fra Bjørn")]);
    let about: Vec<(&str, &str)> = (v["decisions"].as_array().unwrap().iter())
        .map(|x| (x["id"].as_str().unwrap(), x["card"].as_str().unwrap()))
        .collect();
    assert_eq!(about, [("b4", "k15"), ("b5", "k16")]);
}

/// An operations board's bad values and links: warnings at the value, the
/// board still usable (exit 0); the identity number in a deviation is masked.
#[test]
fn operations_board_warnings_at_the_value() {
    const OPS: &str = r#"{
  "tavle": 1,
  "title": "Drift",
  "kind": "drift",
  "columns": [
    {
      "id": "a",
      "title": "A"
    }
  ],
  "cards": [
    {
      "id": "k1",
      "title": "Kort",
      "column": "a",
      "risk": "ri9"
    }
  ],
  "staffing": {
    "days": [
      {
        "date": "2026-12-04",
        "shift": "helg",
        "planned": 2
      }
    ]
  },
  "risks": [
    {
      "id": "ri1",
      "title": "Fall",
      "likelihood": 6,
      "consequence": 3,
      "card": "k7"
    }
  ],
  "deviations": [
    {
      "id": "av1",
      "date": "2026-12-01",
      "category": "legemiddel",
      "text": "Feil dose til 150765 00565"
    }
  ],
  "wheel": [
    {
      "id": "e1",
      "week": 54,
      "title": "Samling"
    }
  ]
}
"#;
    let (code, out) = check_one(OPS.as_bytes());
    assert_eq!(code, 0, "{out}");
    for line in [
        "./b.json:16:15: warning: refers to a risk that does not exist: `ri9`",
        "./b.json:23:18: warning: staffing for a shift the board does not have: `helg`",
        "./b.json:32:21: warning: `6` is out of range 1 to 5",
        "./b.json:34:15: warning: refers to a card that does not exist: `k7`",
        "./b.json:42:30: warning: this looks like a national identity number or D-number (****** 00565)",
        "./b.json:48:15: warning: `54` is out of range 1 to 53",
        "1 file checked: 0 errors, 6 warnings",
    ] {
        assert!(out.contains(line), "expected {line:?} in:\n{out}");
    }
    assert!(!out.contains("150765"), "{out}");
}

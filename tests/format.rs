//! Format v1 on disk: the shipped boards round-trip byte for byte, unknown
//! fields survive, Notepad files load and keep their style, and the committed
//! JSON Schema is the one the code generates.

use std::fs;
use std::path::PathBuf;

use tavle::folder::store::{self, TextStyle};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(text: &str) -> tavle::model::Board {
    let (board, problems) = store::analyze_text(text);
    let errors: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == tavle::diag::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    board.expect("board")
}

#[test]
fn shipped_boards_round_trip_byte_for_byte() {
    let files = store::board_files(&repo().join("boards")).unwrap();
    assert!(
        files.len() >= 3,
        "expected the three sample boards, found {files:?}"
    );
    for file in files {
        let bytes = fs::read(&file).unwrap();
        let (text, style) = store::decode_text(bytes.clone()).unwrap();
        let board = load(&text);
        let saved = store::to_text(&board, style);
        assert_eq!(
            saved,
            String::from_utf8(bytes).unwrap(),
            "{} is not in canonical form: run `cargo run -- fmt boards`",
            file.display()
        );
    }
}

#[test]
fn shipped_boards_have_no_problems() {
    for file in store::board_files(&repo().join("boards")).unwrap() {
        let a = store::analyze(&file);
        assert!(a.board.is_some());
        assert!(
            a.problems.is_empty(),
            "{}: {:?}",
            file.display(),
            a.problems
        );
    }
}

const WITH_UNKNOWN: &str = r##"{
  "tavle": 1,
  "title": "T",
  "kind": "forbedring",
  "meeting": {
    "minutes": 10,
    "room": "Personalrommet"
  },
  "columns": [
    {
      "id": "a",
      "title": "A",
      "colour": "#336699"
    }
  ],
  "cards": [
    {
      "id": "k1",
      "title": "Kort",
      "column": "a",
      "effect": 3,
      "effort": 1,
      "x-visma": {
        "ref": [
          1,
          2.50,
          -0.001
        ],
        "ok": null
      }
    }
  ],
  "goals": [
    {
      "id": "m1",
      "title": "G",
      "target": "t",
      "kpi": true
    }
  ],
  "indicators": [
    {
      "id": "i",
      "title": "I",
      "values": [
        {
          "date": "2026-11-16",
          "value": 6,
          "source": "Visma BI"
        }
      ],
      "owner": "Kari"
    }
  ],
  "decisions": [
    {
      "id": "b1",
      "at": "2026-11-24T08:00:00Z",
      "text": "t",
      "signed": "Kari"
    }
  ],
  "sync": "onedrive"
}
"##;

#[test]
fn unknown_fields_survive_at_every_level_unchanged() {
    let board = load(WITH_UNKNOWN);
    let saved = store::to_text(&board, TextStyle::default());
    assert_eq!(saved, WITH_UNKNOWN);
}

#[test]
fn a_change_touches_few_lines() {
    let mut board = load(WITH_UNKNOWN);
    board.cards[0].title = "Nytt navn".into();
    let saved = store::to_text(&board, TextStyle::default());
    let changed = saved
        .lines()
        .zip(WITH_UNKNOWN.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 1);
    assert_eq!(saved.lines().count(), WITH_UNKNOWN.lines().count());
}

#[test]
fn notepad_files_load_and_keep_their_style() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(WITH_UNKNOWN.replace('\n', "\r\n").bytes());
    let (text, style) = store::decode_text(bytes.clone()).unwrap();
    assert_eq!(
        style,
        TextStyle {
            bom: true,
            crlf: true
        }
    );
    let board = load(&text);
    assert_eq!(board.cards[0].title, "Kort");
    let saved = store::to_text(&board, style);
    assert_eq!(saved.as_bytes(), &bytes[..]);
}

#[test]
fn atomic_write_replaces_the_file_and_leaves_no_temp() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    fs::write(&path, "old").unwrap();
    store::write_atomic(&path, b"new").unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("b.json")]);
}

#[test]
fn board_files_skip_hidden_and_other_files() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "b.json",
        "a.json",
        ".a.json.1.tmp",
        "a.json.lock",
        "notes.txt",
        ".hidden.json",
    ] {
        fs::write(dir.path().join(name), "{}").unwrap();
    }
    fs::create_dir(dir.path().join("referater.json")).unwrap();
    let files: Vec<_> = store::board_files(dir.path())
        .unwrap()
        .iter()
        .map(|p| store::board_id(p))
        .collect();
    assert_eq!(files, ["a", "b"]);
}

#[test]
fn committed_schema_is_in_step_with_the_code() {
    let path = repo().join("schema/board.schema.json");
    let committed = fs::read_to_string(&path).unwrap_or_default();
    let generated = tavle::schema::board_schema();
    if committed != generated && std::env::var_os("TAVLE_UPDATE_SCHEMA").is_some() {
        fs::write(&path, &generated).unwrap();
        return;
    }
    assert!(
        committed == generated,
        "schema/board.schema.json is out of date: run `cargo run -- schema > schema/board.schema.json`"
    );
}

#[test]
fn schema_describes_the_contract_keys() {
    let schema: serde_json::Value = serde_json::from_str(&tavle::schema::board_schema()).unwrap();
    let props = |v: &serde_json::Value| -> Vec<String> {
        v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    assert_eq!(
        props(&schema),
        [
            "tavle",
            "title",
            "kind",
            "unit",
            "team_leader",
            "measurement_lead",
            "panels",
            "meeting",
            "columns",
            "cards",
            "goals",
            "indicators",
            "decisions",
            "routines",
            "staffing",
            "risks",
            "deviations",
            "wheel",
            "revisions"
        ]
    );
    let card = props(&schema["$defs"]["Card"]);
    for key in [
        "id",
        "title",
        "column",
        "owner",
        "due",
        "light",
        "tags",
        "note",
        "goal",
        "archived",
        "created",
        "updated",
        "updated_by",
        "source",
        "received",
        "effect",
        "effort",
        "indicator",
        "pdsa",
        "evaluation",
        "benefit",
        "a3",
        "risk",
        "deviation",
    ] {
        assert!(card.contains(&key.to_string()), "{key}");
    }
    // The improvement board's own records (issue 21).
    for (def, keys) in [
        (
            "Routine",
            &[
                "id",
                "title",
                "purpose",
                "content",
                "arenas",
                "follow_up",
                "revision",
                "card",
                "created",
            ][..],
        ),
        (
            "Cycle",
            &[
                "plan",
                "prediction",
                "started",
                "measured",
                "result",
                "decision",
                "ended",
            ][..],
        ),
        (
            "Evaluation",
            &[
                "problem", "decided", "done", "told", "effect", "remains", "share",
            ][..],
        ),
        ("Benefit", &["kind", "who", "by", "how"][..]),
        ("A3", &["current", "root_cause", "whys", "goal"][..]),
        // The operations board's own records (issue 22).
        ("Staffing", &["shifts", "days"][..]),
        (
            "StaffEntry",
            &["date", "shift", "planned", "present", "who"][..],
        ),
        (
            "Risk",
            &[
                "id",
                "title",
                "likelihood",
                "consequence",
                "owner",
                "card",
                "created",
            ][..],
        ),
        (
            "Deviation",
            &["id", "date", "category", "text", "card", "created"][..],
        ),
        (
            "WheelEvent",
            &["id", "week", "title", "role", "note", "made"][..],
        ),
        ("Made", &["year", "card"][..]),
    ] {
        assert_eq!(props(&schema["$defs"][def]), keys, "{def}");
    }
    assert_eq!(
        schema["$defs"]["Routine"]["required"],
        serde_json::json!(["id", "title", "revision"])
    );
    assert_eq!(
        schema["required"],
        serde_json::json!(["tavle", "title", "kind"])
    );
}

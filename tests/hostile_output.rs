//! Nothing tavle prints can drive the terminal: every subcommand runs, in
//! bokmål and English, on a folder where every field is hostile — titles,
//! owners, card, column, indicator and decision ids, decisions, attendees,
//! units, the change log, a CSV file, the user name, the arguments, and the
//! file names of boards — and no ESC, other C0 control, C1 control or bidi
//! control reaches stdout or stderr, and no identity number unmasked. The
//! JSON stays valid and says the same.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

/// OSC 0 (window title), OSC 52 (clipboard), CSI (clear, colour), C1
/// (CSI, OSC, ST, NEL) and bidi overrides, isolates and marks.
const ATTACK: &str = "\u{1b}]0;evil\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{1b}[31m\u{9b}31m\u{9d}0;x\u{9c}\u{85}\u{202e}\u{2066}\u{200f}\u{61c}\u{2069}\u{200e}";

/// The hostile board file names.
const EVIL_FILE: &str = "\u{1b}]0;evil\u{7}.json";
const BROKEN_FILE: &str = "\u{9b}31m\u{202e}.json";

/// An identity number that passes the check digits (built, not a person's).
fn identity_number() -> String {
    (0..1000u32)
        .find_map(|i| {
            let mut d = vec![2u8, 4, 1, 1, 8, 5];
            d.extend([(i / 100) as u8, (i / 10 % 10) as u8, (i % 10) as u8]);
            let (k1, k2) = tavle::privacy::check_digits(&d)?;
            d.extend([k1, k2]);
            Some(d.iter().map(|x| char::from(b'0' + x)).collect())
        })
        .unwrap()
}

/// A hostile value: a readable tag, the attack, and an identity number.
fn h(tag: &str) -> String {
    format!("{tag}{ATTACK} {}", identity_number())
}

fn board_json(title: &str) -> serde_json::Value {
    serde_json::json!({
        "tavle": 1,
        "title": h(title),
        "kind": "drift",
        "unit": h("Enhet"),
        "meeting": {"goal": h("Mål"), "agenda": [h("Sak"), {"title": h("Sak2"), "minutes": 3}]},
        "columns": [
            {"id": h("c1"), "title": h("Kolonne1")},
            {"id": h("c2"), "title": h("Kolonne2"), "done": true}
        ],
        "cards": [
            {"id": h("k1"), "title": h("Kort1"), "column": h("c1"), "owner": h("Eier"),
             "due": "2026-11-20", "light": "red", "tags": [h("tag")], "note": h("note"),
             "goal": h("g1"), "updated_by": h("Ola")},
            {"id": "k2", "title": h("Kort2"), "column": h("c2"), "owner": h("Eier"), "due": "2026-11-30"}
        ],
        "goals": [{"id": h("g1"), "title": h("Mål1"), "target": h("t")}],
        "indicators": [{"id": h("i1"), "title": h("Indikator"), "unit": h("%"), "target": 5,
            "values": [{"date": "2026-11-23", "value": 6.2}]}],
        "decisions": [{"id": h("d1"), "at": "2026-11-24T09:05:00+01:00", "text": h("Beslutning"),
            "owner": h("Eier"), "due": "2026-12-01", "card": h("k1"), "by": h("Kari")}]
    })
}

/// A log line of the change log.
fn log_line(at: &str, change: serde_json::Value) -> String {
    let mut v = change;
    v["at"] = at.into();
    v["by"] = h("Kari").into();
    serde_json::to_string(&v).unwrap()
}

/// The hostile folder: two boards (one with a hostile file name), a broken
/// board with a hostile name, conflict copies, a change log with a meeting,
/// a hostile CSV file and a stale lock.
fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let text = |title: &str| serde_json::to_string_pretty(&board_json(title)).unwrap();
    std::fs::write(d.join("h.json"), text("Tavle")).unwrap();
    std::fs::write(d.join(EVIL_FILE), text("Annen")).unwrap();
    std::fs::write(
        d.join(BROKEN_FILE),
        b"{\"tavle\": 1, \"title\": \"\x1b]0;x\x07\xc2\x9b",
    )
    .unwrap();
    // A Syncthing copy of the board with the hostile name, and a Dropbox
    // copy of h.json whose "who" is hostile.
    std::fs::write(
        d.join("\u{1b}]0;evil\u{7}.sync-conflict-20261130-140312-ABCDEFG.json"),
        text("Annen"),
    )
    .unwrap();
    std::fs::write(
        d.join(format!("h ({ATTACK}'s conflicted copy 2026-11-30).json")),
        text("Tavle"),
    )
    .unwrap();
    let at = |t: &str| format!("2026-11-24T{t}+01:00");
    let log = [
        log_line(
            &at("09:00:00"),
            serde_json::json!({"change": "meeting_started"}),
        ),
        log_line(
            &at("09:01:00"),
            serde_json::json!({"change": "added", "card": h("k1"), "title": h("Kort1"), "column": h("c1")}),
        ),
        log_line(
            &at("09:02:00"),
            serde_json::json!({"change": "moved", "card": h("k1"), "title": h("Kort1"), "from": h("c1"), "to": h("c2")}),
        ),
        log_line(
            &at("09:03:00"),
            serde_json::json!({"change": "light", "card": h("k1"), "title": h("Kort1"), "from": null, "to": "red"}),
        ),
        log_line(
            &at("09:04:00"),
            serde_json::json!({"change": "decided", "decision": h("d1"), "text": h("Beslutning")}),
        ),
        log_line(
            &at("09:05:00"),
            serde_json::json!({"change": "measured", "indicator": h("i1"), "date": "2026-11-23", "value": 6.2}),
        ),
        log_line(
            &at("09:15:00"),
            serde_json::json!({"change": "meeting_ended", "started": at("09:00:00"), "attendees": [h("Kari"), h("Ola")]}),
        ),
    ];
    std::fs::create_dir(d.join(".tavle")).unwrap();
    std::fs::write(d.join(".tavle/h.log.jsonl"), log.join("\n") + "\n").unwrap();
    // Quoted: the attack holds `;`, the separator Norwegian Excel writes.
    let csv = format!(
        "indikator;dato;verdi\n\"{}\";23.11.2026;5,9\n\"{}\";\"{}\";\"{}\"\n\"{}\"\n\"{}\";24.11.2026;1\n",
        h("i1"),
        h("ukjent"),
        h("dato"),
        h("verdi"),
        h("rad"),
        h("ukjent")
    );
    std::fs::write(d.join("\u{1b}[2J.csv"), csv).unwrap();
    tmp
}

/// Every way the output could act on a terminal, as a list of what was found.
fn acts_on_terminal(text: &str) -> Vec<String> {
    let n = identity_number();
    let mut found: std::collections::BTreeSet<String> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        })
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    if text.contains(&n) || text.contains(&n[..6]) {
        found.insert("identity number".into());
    }
    found.into_iter().collect()
}

struct Run {
    args: Vec<String>,
    out: Output,
}

fn tavle<S: AsRef<OsStr>>(dir: &Path, lang: &str, args: &[S]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", h("Bruker"))
        .output()
        .unwrap();
    Run {
        args: args
            .iter()
            .map(|a| a.as_ref().to_string_lossy().into_owned())
            .collect(),
        out,
    }
}

/// Assert that neither stream holds anything that acts on a terminal, that
/// both are UTF-8 and that tavle did not crash; the run, for more checks.
#[track_caller]
fn harmless(run: Run) -> Run {
    for (name, bytes) in [("stdout", &run.out.stdout), ("stderr", &run.out.stderr)] {
        assert!(!bytes.contains(&0x1b), "{name} of {:?} has ESC", run.args);
        let text = std::str::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{name} of {:?} is not UTF-8: {e}", run.args));
        let found = acts_on_terminal(text);
        assert!(
            found.is_empty(),
            "{name} of {:?}: {found:?} in\n{text}",
            run.args
        );
    }
    let code = run.out.status.code();
    assert!(
        matches!(code, Some(0..=2)),
        "{:?} ended with {code:?}",
        run.args
    );
    run
}

fn stdout(run: &Run) -> String {
    String::from_utf8_lossy(&run.out.stdout).into_owned()
}

#[test]
fn every_subcommand_on_a_hostile_folder_prints_nothing_that_acts_on_a_terminal() {
    for lang in ["nb", "en"] {
        let tmp = folder();
        let d = tmp.path();
        let (k1, c1, c2, i1) = (h("k1"), h("c1"), h("c2"), h("i1"));
        let runs: Vec<Vec<String>> = vec![
            vec!["check".into(), ".".into()],
            vec!["check".into(), "--strict".into(), EVIL_FILE.into()],
            vec!["check".into(), BROKEN_FILE.into()],
            vec!["fmt".into(), "--check".into(), ".".into()],
            vec!["status".into(), ".".into()],
            vec![
                "status".into(),
                ".".into(),
                "--format".into(),
                "markdown".into(),
            ],
            vec!["status".into(), ".".into(), "--owner".into(), h("Eier")],
            vec![
                "minutes".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--date".into(),
                "2026-11-24".into(),
            ],
            vec![
                "minutes".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--date".into(),
                "2026-11-24".into(),
                "--meeting".into(),
                "1".into(),
            ],
            vec![
                "minutes".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--date".into(),
                h("dato"),
            ],
            vec![
                "minutes".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--date".into(),
                "2026-11-24".into(),
                "--meeting".into(),
                "7".into(),
            ],
            vec![
                "minutes".into(),
                "--dir".into(),
                ".".into(),
                EVIL_FILE.trim_end_matches(".json").into(),
            ],
            vec![
                "card".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--title".into(),
                h("Nytt"),
                "--owner".into(),
                h("Eier"),
                "--column".into(),
                "Kolonne2".into(),
            ],
            vec![
                "card".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--title".into(),
                h("Nytt"),
                "--column".into(),
                h("ukjent"),
            ],
            vec![
                "card".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                h("ukjent tavle"),
                "--title".into(),
                h("Nytt"),
            ],
            vec![
                "card".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "annen".into(),
                "--title".into(),
                h("Nytt"),
            ],
            vec![
                "card".into(),
                "move".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                k1.clone(),
                c2.clone(),
            ],
            vec![
                "card".into(),
                "move".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "kort1".into(),
                "kolonne1".into(),
            ],
            vec![
                "card".into(),
                "move".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                h("ukjent"),
                c1.clone(),
            ],
            vec![
                "card".into(),
                "move".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "kort".into(),
                c1.clone(),
            ],
            vec![
                "card".into(),
                "set".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                k1.clone(),
                "--title".into(),
                h("Ny tittel"),
                "--owner".into(),
                h("Eier2"),
            ],
            vec![
                "card".into(),
                "set".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                k1.clone(),
                "--due".into(),
                h("frist"),
            ],
            vec![
                "card".into(),
                "set".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                k1.clone(),
                "--light".into(),
                h("lys"),
            ],
            vec![
                "card".into(),
                "archive".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                k1.clone(),
            ],
            vec![
                "card".into(),
                "archive".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                k1.clone(),
                "--restore".into(),
            ],
            vec![
                "card".into(),
                "set".into(),
                "--dir".into(),
                ".".into(),
                EVIL_FILE.into(),
                "k2".into(),
                "--light".into(),
                "gul".into(),
            ],
            vec![
                "decision".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--text".into(),
                h("Vedtak"),
                "--owner".into(),
                h("Eier"),
                "--card".into(),
                k1.clone(),
            ],
            vec![
                "decision".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "--text".into(),
                h("Vedtak"),
                "--card".into(),
                h("ukjent"),
            ],
            vec![
                "measure".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                i1.clone(),
                "5,9".into(),
                "--date".into(),
                "2026-11-23".into(),
            ],
            vec![
                "measure".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                i1.clone(),
                h("5"),
            ],
            vec![
                "measure".into(),
                "add".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                h("ukjent"),
                "1".into(),
            ],
            vec![
                "measure".into(),
                "import".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "\u{1b}[2J.csv".into(),
            ],
            vec![
                "measure".into(),
                "import".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                "\u{1b}[2J.csv".into(),
                "--skip-bad".into(),
            ],
            vec![
                "measure".into(),
                "import".into(),
                "--dir".into(),
                ".".into(),
                "h".into(),
                h("finnes ikke.csv"),
            ],
            vec!["unlock".into(), "--dir".into(), ".".into(), "h".into()],
            vec![
                "unlock".into(),
                "--dir".into(),
                ".".into(),
                EVIL_FILE.trim_end_matches(".json").into(),
            ],
            vec!["unlock".into(), "--dir".into(), ".".into(), h("ukjent")],
            vec!["schema".into()],
            vec!["--help".into()],
            vec!["card".into(), "add".into(), "--help".into()],
            vec!["demo".into(), "--help".into()],
            vec!["status".into(), "--format".into(), h("format")],
            vec!["check".into(), h("finnes ikke")],
            vec![h("finnes ikke")],
            vec!["--lang".into(), h("språk"), "check".into(), ".".into()],
            vec!["card".into(), h("underkommando")],
        ];
        for args in &runs {
            harmless(tavle(d, lang, args));
        }
        // A lock a crash left behind, named by a hostile file name.
        std::fs::write(d.join(format!("{EVIL_FILE}.lock")), h("pid")).unwrap();
        harmless(tavle(
            d,
            lang,
            &["unlock", "--dir", ".", EVIL_FILE.trim_end_matches(".json")],
        ));
        // The demo into a folder with a hostile name prints that path.
        let demo = harmless(tavle(d, lang, &["demo", &h("demo"), "--no-open"]));
        assert_eq!(demo.out.status.code(), Some(0));
        assert!(stdout(&demo).contains("demo"), "{}", stdout(&demo));
        harmless(tavle(d, lang, &["demo", ".", "--no-open"]));
    }
}

#[test]
fn the_edits_happened_with_the_names_as_given() {
    // Not just silence: the hostile names were resolved and the edits made.
    let tmp = folder();
    let d = tmp.path();
    let run = harmless(tavle(
        d,
        "en",
        &["card", "move", "--dir", ".", "h", &h("k1"), &h("c2")],
    ));
    assert_eq!(run.out.status.code(), Some(0), "{:?}", run.out);
    let b = tavle::folder::store::analyze(&d.join("h.json"))
        .board
        .unwrap();
    assert_eq!(b.card(&h("k1")).unwrap().column, h("c2"));
    let run = harmless(tavle(
        d,
        "en",
        &[
            "measure",
            "add",
            "--dir",
            ".",
            "h",
            "indikator",
            "5,9",
            "--date",
            "2026-11-23",
        ],
    ));
    assert!(
        stdout(&run).starts_with("Stored ")
            && stdout(&run).contains(" 23.11.2026: 5.9 (replaced 6.2)"),
        "{}",
        stdout(&run)
    );
    let run = harmless(tavle(
        d,
        "en",
        &["card", "move", "--dir", ".", "h", "nope", "Kolonne1"],
    ));
    assert_eq!(run.out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.out.stderr);
    assert!(err.contains("the cards are: "), "{err}");
    assert!(
        err.contains('␛'),
        "the escape is shown, not acted on: {err}"
    );
}

#[test]
fn status_json_stays_valid_and_says_the_same() {
    let tmp = folder();
    let d = tmp.path();
    for lang in ["nb", "en"] {
        let run = harmless(tavle(d, lang, &["status", ".", "--format", "json"]));
        let v: serde_json::Value = serde_json::from_slice(&run.out.stdout).unwrap();
        let boards = v["boards"].as_array().unwrap();
        // The broken board, both boards, and no conflict copy.
        assert_eq!(boards.len(), 3, "{v:#}");
        let ids: Vec<&str> = boards.iter().map(|b| b["id"].as_str().unwrap()).collect();
        assert!(ids.contains(&"h"), "{ids:?}");
        assert!(
            ids.contains(&EVIL_FILE.trim_end_matches(".json")),
            "{ids:?}"
        );
        let home = boards.iter().find(|b| b["id"] == "h").unwrap();
        // The same text, but with the identity number masked.
        let n = identity_number();
        let masked = h("Tavle").replace(&n, &format!("******{}", &n[6..]));
        assert_eq!(home["title"], masked.as_str());
    }
}

#[test]
fn minutes_written_when_a_meeting_ends_are_harmless_too() {
    let tmp = folder();
    let d = tmp.path();
    let path = d.join("h.json");
    let board = tavle::folder::store::analyze(&path).board.unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T10:00:00+01:00").unwrap();
    let written =
        tavle::folder::minutes::write(&path, &board, None, date, now, tavle::i18n::Lang::Nb)
            .unwrap();
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(text.contains("Kari"), "attendees are in: {text}");
    assert!(
        acts_on_terminal(&text).is_empty(),
        "{:?}\n{text}",
        acts_on_terminal(&text)
    );
}

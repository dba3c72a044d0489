//! `tavle round` (issue 22.5) on a temporary folder, run as the real
//! binary: every due indicator of every board, grouped by board, with who
//! measures it, its last value and when it was due; `--who` filters;
//! Markdown and JSON; hostile names stay text; the exit code is 0 whether
//! anything is due or not. The binary reads the clock, so the values are
//! dated from today; the due dates are the calendar rule the core tests
//! with hand-written dates.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Days, Local, NaiveDate};

/// A title with Markdown, HTML and a terminal escape in it (as JSON writes it).
const HOSTILE: &str = "# <b>Fall</b> *nå* [x](http://e.vil) \\u001b[2J";

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn ago(days: u64) -> NaiveDate {
    today().checked_sub_days(Days::new(days)).unwrap()
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let nord = format!(
        r#"{{"tavle":1,"title":"Sone nord","kind":"drift","measurement_lead":"Kari",
  "columns":[{{"id":"a","title":"A"}}],"cards":[],
  "indicators":[
    {{"id":"syk","title":"Sykefravær","unit":"%","every":"14 days","values":[{{"date":"{}","value":5.5}}]}},
    {{"id":"fall","title":"Fall","every":"week","measured_by":"Ola","values":[]}},
    {{"id":"ok","title":"Nylig målt","every":"week","values":[{{"date":"{}","value":1}}]}},
    {{"id":"fri","title":"Uten hyppighet","values":[]}}]}}"#,
        ago(20),
        ago(2)
    );
    let sor = format!(
        r#"{{"tavle":1,"title":"{HOSTILE}","kind":"forbedring",
  "columns":[{{"id":"a","title":"A"}}],"cards":[],
  "indicators":[
    {{"id":"h","title":"{HOSTILE}","every":"week","measured_by":"{HOSTILE}","values":[{{"date":"{}","value":3}}]}}]}}"#,
        ago(7)
    );
    let stille = r#"{"tavle":1,"title":"Stille","kind":"drift","columns":[],"cards":[],
  "indicators":[{"id":"s","title":"S","every":"year","values":[]}]}"#;
    std::fs::write(tmp.path().join("nord.json"), nord).unwrap();
    std::fs::write(tmp.path().join("sor.json"), sor).unwrap();
    std::fs::write(tmp.path().join("stille.json"), stille).unwrap();
    tmp
}

fn tavle(args: &[&str], dir: &Path, lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .arg("round")
        .arg("--dir")
        .arg(dir)
        .args(args)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn the_text_lists_each_due_indicator_under_its_board_with_who_last_and_due() {
    let tmp = folder();
    let out = stdout(&tavle(&[], tmp.path(), "nb"));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("Målerunde "), "{out}");
    assert!(lines[0].ends_with(": 4 indikatorer skal måles"), "{out}");
    // Nord: 20 days since a value every 14 days is 6 days overdue; the
    // board's measurement lead measures it; one never measured is due now.
    let nord = lines
        .iter()
        .position(|l| *l == "Sone nord (nord.json)")
        .unwrap();
    assert_eq!(
        lines[nord + 1],
        format!(
            "  Sykefravær · hver 14. dag · Kari · sist 5,5 % ({}) · frist {}",
            dmy(ago(20)),
            dmy(ago(6))
        )
    );
    assert_eq!(
        lines[nord + 2],
        "  Fall · hver uke · Ola · aldri målt · skal måles nå"
    );
    // Measured two days ago, and without a frequency: not in the round.
    assert!(
        !out.contains("Nylig målt") && !out.contains("Uten hyppighet"),
        "{out}"
    );
    // A board with no one to measure says so.
    assert!(out.contains("  S · hvert år · ingen måleansvarlig · aldri målt · skal måles nå"));
    // A weekly value a week ago is due today.
    assert!(out.contains(&format!("· frist {}", dmy(today()))), "{out}");
}

#[test]
fn who_keeps_only_what_that_person_measures() {
    let tmp = folder();
    let out = stdout(&tavle(&["--who", " kari "], tmp.path(), "en"));
    assert!(out.contains(": 1 indicator to measure"), "{out}");
    assert!(out.contains("Measured by: kari"), "{out}");
    assert!(out.contains("Sykefravær · every 14 days · Kari"), "{out}");
    assert!(!out.contains("Fall · ") && !out.contains("Stille"), "{out}");
}

#[test]
fn json_has_the_boards_the_due_dates_and_the_last_values() {
    let tmp = folder();
    let out = stdout(&tavle(&["--format", "json"], tmp.path(), "nb"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["date"], today().to_string());
    assert_eq!(v["count"], 4);
    let boards: Vec<&str> = (v["boards"].as_array().unwrap().iter())
        .map(|b| b["board"].as_str().unwrap())
        .collect();
    assert_eq!(boards, ["nord", "sor", "stille"]);
    let syk = &v["boards"][0]["indicators"][0];
    assert_eq!(syk["id"], "syk");
    assert_eq!(syk["every"], "14 days");
    assert_eq!(syk["who"], "Kari");
    assert_eq!(syk["due"], ago(6).to_string());
    assert_eq!(syk["last"]["date"], ago(20).to_string());
    assert_eq!(syk["last"]["value"], 5.5);
    let fall = &v["boards"][0]["indicators"][1];
    assert_eq!(fall["due"], serde_json::Value::Null);
    assert_eq!(fall["last"], serde_json::Value::Null);
    // The hostile title is the same data, its escape written as `\u001b`:
    // no raw escape reaches the terminal.
    assert!(!out.contains('\u{1b}'), "{out:?}");
    let title = v["boards"][1]["title"].as_str().unwrap();
    assert_eq!(title, "# <b>Fall</b> *nå* [x](http://e.vil) \u{1b}[2J");
}

#[test]
fn hostile_names_stay_text_in_the_text_and_the_markdown() {
    let tmp = folder();
    let text = stdout(&tavle(&[], tmp.path(), "nb"));
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("# <b>Fall</b>"), "{text}");
    let md = stdout(&tavle(&["--format", "markdown"], tmp.path(), "nb"));
    assert!(!md.contains('\u{1b}'), "{md:?}");
    assert!(md.contains("\\<b\\>Fall\\</b\\>"), "{md}");
    assert!(md.contains("\\*nå\\*"), "{md}");
    assert!(!md.contains("](http"), "{md}");
    assert!(
        !md.lines()
            .any(|l| l.starts_with("# <b>") || l.starts_with("## #")),
        "{md}"
    );
    assert!(md.contains("## Sone nord (nord.json)"), "{md}");
    assert!(
        md.contains("| Indikator | Hvor ofte | Måles av | Sist målt | Frist |"),
        "{md}"
    );
}

#[test]
fn nothing_due_is_exit_code_zero_and_help_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("a.json"),
        format!(
            r#"{{"tavle":1,"title":"A","kind":"drift","columns":[],"cards":[],
  "indicators":[{{"id":"i","title":"I","every":"month","values":[{{"date":"{}","value":1}}]}}]}}"#,
            today()
        ),
    )
    .unwrap();
    let out = stdout(&tavle(&[], tmp.path(), "nb"));
    assert!(out.trim_end().ends_with(": ingenting skal måles"), "{out}");
    let help = stdout(&tavle(&["--help"], tmp.path(), "en"));
    assert!(
        help.contains("Exit code 0 whether anything is due or not"),
        "{help}"
    );
}

#[test]
fn a_folder_that_is_not_there_is_exit_code_two() {
    let tmp = tempfile::tempdir().unwrap();
    let o = tavle(&[], &tmp.path().join("borte"), "nb");
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}

#[test]
fn check_warns_about_a_frequency_it_cannot_read_at_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("a.json"),
        "{\"tavle\":1,\"title\":\"A\",\"kind\":\"drift\",\"columns\":[],\"cards\":[],\n\"indicators\":[{\"id\":\"i\",\"title\":\"I\",\n  \"every\":\"annenhver uke\",\"values\":[]}]}\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .arg("check")
        .arg(tmp.path())
        .env("TAVLE_LANG", "nb")
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "a warning: {out}");
    assert!(
        out.contains("a.json:3:11: warning: ukjent hyppighet i \"every\": `annenhver uke`"),
        "{out}"
    );
    assert!(out.contains("\"14 days\""), "{out}");
    // The round leaves the indicator out, and says nothing is due.
    let round = stdout(&tavle(&[], tmp.path(), "nb"));
    assert!(round.contains("ingenting skal måles"), "{round}");
}

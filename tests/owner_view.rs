//! One person's view is whole (issue 17.8): filtering by owner — `/` on the
//! overview and `tavle status --owner` — lists that person's open cards,
//! their open follow-ups and their other decisions, on every board where
//! they have any of these, and nothing of anyone else's.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event};
use tavle::i18n::Lang;

/// Kari's cards and decisions on `drift`; on `plan` only a decision of
/// hers; `annen` has nothing of hers. Deadlines far in the past and the
/// future, so the command line (which reads the real date) agrees.
fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let columns =
        r#""columns":[{"id":"a","title":"I dag"},{"id":"f","title":"Ferdig","done":true}]"#;
    std::fs::write(
        d.join("drift.json"),
        format!(
            r#"{{"tavle":1,"title":"Drift","kind":"drift",{columns},
  "cards":[{{"id":"k1","title":"Ring vikarpoolen","column":"a","owner":"Kari Nilsen","due":"2099-01-05"}},
           {{"id":"k2","title":"Ferdig kort","column":"f","owner":"Kari"}},
           {{"id":"k3","title":"Olas kort","column":"a","owner":"Ola"}}],
  "decisions":[
    {{"id":"b1","at":"2020-01-02T09:00:00+01:00","text":"Gammel beslutning uten frist","owner":"Kari"}},
    {{"id":"b2","at":"2020-01-03T09:00:00+01:00","text":"Forfalt oppfølging","owner":"Kari","due":"2020-02-01"}},
    {{"id":"b3","at":"2020-01-04T09:00:00+01:00","text":"Åpen oppfølging","owner":"kari nilsen","due":"2099-03-01"}},
    {{"id":"b4","at":"2020-01-05T09:00:00+01:00","text":"Utført oppfølging","owner":"Kari","due":"2020-01-10","done":true}},
    {{"id":"b5","at":"2020-01-06T09:00:00+01:00","text":"Olas oppfølging","owner":"Ola","due":"2099-01-01"}}]}}"#
        ),
    )
    .unwrap();
    std::fs::write(
        d.join("plan.json"),
        format!(
            r#"{{"tavle":1,"title":"Plan","kind":"forbedring",{columns},
  "cards":[{{"id":"k1","title":"Planens kort","column":"a","owner":"Per"}}],
  "decisions":[{{"id":"b1","at":"2020-01-02T09:00:00+01:00","text":"Kari skriver rutinen","owner":"Kari","due":"2099-06-01"}}]}}"#
        ),
    )
    .unwrap();
    std::fs::write(
        d.join("annen.json"),
        format!(
            r#"{{"tavle":1,"title":"Annen","kind":"drift",{columns},
  "cards":[{{"id":"k1","title":"Pers kort","column":"a","owner":"Per"}}]}}"#
        ),
    )
    .unwrap();
    tmp
}

fn tavle(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "nb")
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn key(app: &mut App, code: KeyCode) {
    let _ = app.update(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

#[test]
fn the_overview_filtered_by_owner_lists_cards_follow_ups_and_decisions() {
    let tmp = folder();
    let entries = tavle::tui::load_all(tmp.path()).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = App::new(Lang::Nb, tmp.path().into(), entries, today, Instant::now());
    key(&mut app, KeyCode::Char('/'));
    for c in "kari".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 120, 40);
    let list = &s[s.find("kari er ansvarlig for").expect(&s)..];
    for expected in [
        "Ring vikarpoolen",
        "Oppfølging",
        "⚠ Forfalt oppfølging",
        "☐ Åpen oppfølging",
        "Beslutninger",
        "• Gammel beslutning uten frist",
        "☑ Utført oppfølging",
        // A board where she has only a decision.
        "Plan",
        "☐ Kari skriver rutinen",
    ] {
        assert!(list.contains(expected), "{expected:?} in:\n{list}");
    }
    for other in ["Ferdig kort", "Olas", "Pers kort", "Planens kort", "Annen"] {
        assert!(!list.contains(other), "{other:?} is not hers:\n{list}");
    }
    // Open follow-ups first, earliest deadline first; then the rest, newest first.
    let at = |t: &str| list.find(t).unwrap();
    assert!(at("Forfalt oppfølging") < at("Åpen oppfølging"));
    assert!(at("Åpen oppfølging") < at("Utført oppfølging"));
    assert!(at("Utført oppfølging") < at("Gammel beslutning"));
    // A done follow-up is never overdue: no ⚠ on its line.
    let done_line = list
        .lines()
        .find(|l| l.contains("Utført oppfølging"))
        .unwrap();
    assert!(!done_line.contains('⚠'), "{done_line}");
}

#[test]
fn status_owner_lists_decisions_and_open_follow_ups_in_every_format() {
    let tmp = folder();
    let out = tavle(&["status", ".", "--owner", "Kari"], tmp.path());
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "Ring vikarpoolen",
        "  Oppfølging (2):",
        "⚠ Forfalt oppfølging — Kari, frist: 01.02.2020",
        "☐ Åpen oppfølging — kari nilsen, frist: 01.03.2099",
        "  Beslutninger (2):",
        "☑ Utført oppfølging",
        "• Gammel beslutning uten frist — Kari, 02.01.2020",
        "☐ Kari skriver rutinen — Kari, frist:",
    ] {
        assert!(text.contains(expected), "{expected:?} in:\n{text}");
    }
    assert!(!text.contains("Olas") && !text.contains("Annen"), "{text}");
    // A done follow-up's deadline is history, not "over".
    let done_line = text
        .lines()
        .find(|l| l.contains("Utført oppfølging"))
        .unwrap();
    assert!(
        !done_line.contains("over") && !done_line.contains('⚠'),
        "{done_line}"
    );

    let out = tavle(
        &["status", ".", "--owner", "Kari", "--format", "json"],
        tmp.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let boards: Vec<&str> = (v["boards"].as_array().unwrap().iter())
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        boards.len(),
        2,
        "the board with nothing of hers is left out: {boards:?}"
    );
    assert!(
        boards.contains(&"plan"),
        "a board with only her decision stays"
    );
    let drift = (v["boards"].as_array().unwrap().iter())
        .find(|b| b["id"] == "drift")
        .unwrap();
    let decisions: Vec<(&str, bool, bool, bool)> = (drift["decisions"].as_array().unwrap().iter())
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["follow_up"].as_bool().unwrap(),
                d["overdue"].as_bool().unwrap(),
                d["done"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        decisions,
        [
            ("b2", true, true, false),
            ("b3", true, false, false),
            ("b4", false, false, true),
            ("b1", false, false, false),
        ]
    );
    assert_eq!(drift["decisions"][0]["due"], "2020-02-01");
    assert_eq!(drift["decisions"][0]["at"], "2020-01-03T09:00:00+01:00");

    let out = tavle(
        &["status", ".", "--owner", "Kari", "--format", "markdown"],
        tmp.path(),
    );
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("**Oppfølging (1):**") && md.contains("- ☐ Kari skriver rutinen"),
        "{md}"
    );
    // Without an owner, no decisions are listed, but every open follow-up is.
    let out = tavle(&["status", ".", "--format", "json"], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        (v["boards"].as_array().unwrap().iter()).all(|b| b["decisions"] == serde_json::json!([]))
    );
    assert!(
        (v["boards"].as_array().unwrap().iter())
            .flat_map(|b| b["follow_ups"].as_array().unwrap())
            .all(|d| d["follow_up"] == true && d["done"] == false)
    );
}

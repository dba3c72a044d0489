//! The goals panel (issue 22 point 1, `I`): each goal's light is the one
//! `tavle status` gives it, held side by side on the same board and day
//! (the status's own date); each indicator's target verdict and run-chart
//! signal are the status's too; ↑/↓ select a goal or an indicator and
//! Enter opens the indicators screen on the one selected.

mod ops_fixture;

use std::process::Command;

use crossterm::event::KeyCode;
use ops_fixture::{DRIFT, Ops};
use tavle::app::Screen;
use tavle::i18n::Lang;

/// `tavle status --format json` of the folder: (its date, the first board).
fn status(dir: &std::path::Path) -> (chrono::NaiveDate, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["status", "--format", "json"])
        .arg(dir)
        .env("TAVLE_LANG", "nb")
        .output()
        .expect("run tavle status");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let date = v["date"].as_str().unwrap().parse().unwrap();
    (date, v["boards"][0].clone())
}

/// The panel's row that holds `title`.
fn row<'s>(screen: &'s str, title: &str) -> &'s str {
    let at = |l: &&str| l.starts_with('│') || l.starts_with('║');
    (screen.lines().filter(at))
        .find(|l| l.contains(title))
        .unwrap_or_else(|| panic!("{title}:\n{screen}"))
}

#[test]
fn the_goals_lights_in_the_panel_are_the_ones_tavle_status_gives() {
    // A goal set by hand and a done goal beside the sample's derived ones.
    let mut v: serde_json::Value = serde_json::from_str(DRIFT).unwrap();
    let goals = v["goals"].as_array_mut().unwrap();
    goals.push(serde_json::json!({"id": "m9", "title": "Satt for hånd", "light": "yellow"}));
    goals.push(serde_json::json!({"id": "m8", "title": "Alt gjort"}));
    v["cards"].as_array_mut().unwrap().push(serde_json::json!(
        {"id": "k99", "title": "Ferdig tiltak", "column": "ferdig", "goal": "m8"}
    ));
    v["panels"] = serde_json::json!(["goals", "measures"]);
    let text = v.to_string();
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("drift.json"), &text).unwrap();
    let (day, report) = status(tmp.path());
    let o = Ops::on(day, Lang::Nb, &[("drift.json", &text)]);
    let screen = o.screen(200, 60);
    let goals = report["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 6);
    let mut seen = std::collections::BTreeSet::new();
    for g in goals {
        let title = g["title"].as_str().unwrap();
        let row = row(&screen, title);
        let before = &row[..row.find(title).unwrap()];
        let word = if g["done"] == true {
            "✓ ferdig"
        } else {
            match g["light"].as_str() {
                Some("red") => "rød",
                Some("yellow") => "gul",
                Some("green") => "grønn",
                _ => "–",
            }
        };
        assert!(before.contains(word), "{title}: {word} in {row}");
        seen.insert(word);
        let overdue = g["overdue"] == true && g["done"] != true;
        assert_eq!(row.contains('⚠'), overdue, "{title}: {row}");
    }
    assert!(
        seen.len() >= 3,
        "the board holds lights of several kinds: {seen:?}"
    );
    for ind in report["indicators"].as_array().unwrap() {
        let row = row(&screen, ind["title"].as_str().unwrap());
        let verdict = match ind["meets_target"].as_bool() {
            Some(true) => Some("✓ når målet"),
            Some(false) => Some("✗ når ikke målet"),
            None => None,
        };
        if let Some(v) = verdict {
            assert!(row.contains(v), "{v}: {row}");
        }
        let signal = ind["signals"].as_array().unwrap().last().map(|s| {
            if s["kind"] == "trend" {
                "◆ trend"
            } else {
                "◆ skift"
            }
        });
        assert_eq!(signal.is_some(), row.contains('◆'), "{row}");
        if let Some(s) = signal {
            assert!(row.contains(s), "{s}: {row}");
        }
    }
}

#[test]
fn enter_opens_the_indicators_screen_on_the_indicator_selected() {
    let mut o = Ops::drift();
    o.ch('I');
    // Four goals, then the two indicators: the fifth and sixth lines.
    for _ in 0..5 {
        o.key(KeyCode::Down);
    }
    o.key(KeyCode::Enter);
    assert_eq!(o.app.screen, Screen::Indicators);
    assert_eq!(o.app.screens.indicators.selected.as_deref(), Some("fall"));
    // Back, and up to the first indicator.
    o.ch('q');
    assert_eq!(o.app.screen, Screen::Board);
    o.ch('I');
    o.key(KeyCode::Up);
    o.key(KeyCode::Enter);
    assert_eq!(
        o.app.screens.indicators.selected.as_deref(),
        Some("sykefravaer")
    );
}

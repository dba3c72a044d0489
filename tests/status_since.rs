//! "What changed since last week?" (issue 18.2): `tavle status --since DATE`
//! lists per board, from the change logs, what turned red, what was
//! finished, what passed its deadline in the period and the run-chart
//! signals that appeared — net, so a move or a light taken back is not
//! there — with date words read as a day that has been. (The overview's
//! view of the same is tested in `changes_view.rs`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, Datelike, Days, Duration, FixedOffset, NaiveDate};
use serde_json::{Value, json};
use tavle::folder::store;
use tavle::model::{Light, Timestamp};
use tavle::ops::{CardOp, CardPatch, IndicatorOp, Op, Stamp};

fn tavle(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "en")
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn stamp(at: DateTime<FixedOffset>) -> Stamp {
    Stamp {
        at: Timestamp::from_datetime(at),
        by: "Hilde".into(),
    }
}

fn light(id: &str, l: Option<Light>) -> Op {
    Op::Card(CardOp::Set {
        id: id.into(),
        patch: CardPatch {
            light: Some(l),
            ..CardPatch::default()
        },
    })
}

fn moved(id: &str, column: &str) -> Op {
    Op::Card(CardOp::Move {
        id: id.into(),
        column: column.into(),
        before: None,
    })
}

fn at(path: &Path, when: DateTime<FixedOffset>, ops: Vec<Op>) {
    store::update(path, &ops, &stamp(when)).unwrap();
}

fn date(today: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        today.checked_add_days(Days::new(days as u64)).unwrap()
    } else {
        today
            .checked_sub_days(Days::new(days.unsigned_abs()))
            .unwrap()
    }
}

/// A board whose history the test writes, and a quiet one beside it.
fn folder(today: NaiveDate) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    let d = |n| date(today, n).to_string();
    let old: Vec<Value> = (0..8)
        .map(|w| {
            let value = [5, 4, 6, 5, 4, 6, 5, 4][w as usize];
            json!({"date": d(-7 * (20 - w)), "value": value})
        })
        .collect();
    let board = json!({
        "tavle": 1, "title": "Driftstavle nord", "kind": "drift", "unit": "Sone nord",
        "columns": [{"id": "a", "title": "I dag"}, {"id": "b", "title": "Pågår"},
                    {"id": "c", "title": "Ferdig", "done": true}],
        "cards": [
            {"id": "k1", "title": "Ble rød i perioden", "column": "a", "light": "yellow", "owner": "Kari"},
            {"id": "k2", "title": "Rød og tilbake igjen", "column": "a", "light": "yellow"},
            {"id": "k3", "title": "Ferdig i perioden", "column": "b", "owner": "Ola"},
            {"id": "k4", "title": "Flyttet og flyttet tilbake", "column": "b"},
            {"id": "k5", "title": "Frist i perioden", "column": "a", "due": d(-3), "light": "green", "owner": "Jonas"},
            {"id": "k6", "title": "Frist før perioden", "column": "a", "due": d(-20)},
            {"id": "k7", "title": "Rød før perioden", "column": "a", "light": "yellow"}
        ],
        "indicators": [{"id": "fall", "title": "Fall per uke", "values": old}]
    });
    let quiet = json!({
        "tavle": 1, "title": "Stille tavle", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}, {"id": "c", "title": "Ferdig", "done": true}],
        "cards": [{"id": "q1", "title": "Uendret", "column": "a", "light": "green"}]
    });
    std::fs::write(dir.join("nord.json"), board.to_string()).unwrap();
    std::fs::write(dir.join("stille.json"), quiet.to_string()).unwrap();
    (tmp, dir)
}

/// The history, relative to `now`: the period starts 7 days back.
fn history(dir: &Path, now: DateTime<FixedOffset>, today: NaiveDate) {
    let nord = dir.join("nord.json");
    let ago = |days: i64| now - Duration::days(days);
    at(&nord, ago(20), vec![light("k7", Some(Light::Red))]);
    at(&nord, ago(5), vec![light("k1", Some(Light::Red))]);
    at(&nord, ago(5), vec![light("k2", Some(Light::Red))]);
    at(&nord, ago(4), vec![light("k2", Some(Light::Yellow))]);
    at(&nord, ago(4), vec![moved("k3", "c")]);
    at(&nord, ago(3), vec![moved("k4", "c")]);
    at(&nord, ago(3) + Duration::minutes(2), vec![moved("k4", "b")]);
    // Six high values in the last weeks, recorded in the period: a shift.
    for w in 0..6 {
        let op = Op::Indicator(IndicatorOp::Measure {
            indicator: "fall".into(),
            date: date(today, -7 * (6 - w) + 1),
            value: 9.0,
        });
        at(&nord, ago(2), vec![op]);
    }
}

fn names(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn since_a_day_lists_what_changed_net_from_the_logs() {
    let now = chrono::Local::now().fixed_offset();
    let today = now.date_naive();
    let (_tmp, dir) = folder(today);
    history(&dir, now, today);
    let d = dir.to_str().unwrap();
    let since = date(today, -7).format("%d.%m.%Y").to_string();
    let out = tavle(&["status", d, "--since", &since, "--format", "json"], &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["since"], date(today, -7).to_string());
    let nord = v["boards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "nord")
        .unwrap();
    let c = &nord["changes"];
    assert_eq!(names(&c["turned_red"]), ["Ble rød i perioden"]);
    assert_eq!(c["turned_red"][0]["from"], "yellow");
    assert_eq!(names(&c["finished"]), ["Ferdig i perioden"]);
    assert_eq!(names(&c["new_overdue"]), ["Frist i perioden"]);
    let signals = c["signals"].as_array().unwrap();
    assert!(
        signals
            .iter()
            .any(|s| s["kind"] == "shift" && s["direction"] == "above"),
        "{signals:?}"
    );
    let quiet = v["boards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "stille")
        .unwrap();
    assert_eq!(
        quiet["changes"],
        json!({"turned_red": [], "finished": [], "new_overdue": [], "signals": []})
    );
    // The text says the same, and names the quiet board once.
    let text = String::from_utf8(tavle(&["status", d, "--since", &since], &dir).stdout).unwrap();
    for line in [
        "  Turned red (1):",
        "  Finished (1):",
        "  Newly overdue (1):",
        "No changes: Stille tavle (stille)",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    assert!(
        text.contains("Ble rød i perioden — Kari (before: ▲ yellow)"),
        "{text}"
    );
    for gone in [
        "Rød og tilbake igjen",
        "Flyttet og flyttet tilbake",
        "Frist før perioden",
        "Rød før perioden",
    ] {
        assert!(!text.contains(gone), "{gone}\n{text}");
    }
    // Markdown too.
    let md = String::from_utf8(
        tavle(
            &["status", d, "--since", &since, "--format", "markdown"],
            &dir,
        )
        .stdout,
    )
    .unwrap();
    assert!(md.contains("**Turned red (1):**"), "{md}");
    assert!(!md.contains("Flyttet og flyttet tilbake"), "{md}");
}

#[test]
fn since_takes_date_words_as_a_day_that_has_been() {
    let (_tmp, dir) = folder(chrono::Local::now().date_naive());
    let d = dir.to_str().unwrap();
    let before = chrono::Local::now().date_naive();
    let out = tavle(
        &["status", d, "--since", "forrige uke", "--format", "json"],
        &dir,
    );
    let after = chrono::Local::now().date_naive();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The Monday of last week (of the day the report was made).
    let monday =
        |t: NaiveDate| date(t, -(t.weekday().num_days_from_monday() as i64) - 7).to_string();
    assert!(
        v["since"] == monday(before) || v["since"] == monday(after),
        "{}",
        v["since"]
    );
    // A day that has not come is refused.
    let out = tavle(&["status", d, "--since", "i morgen"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("i morgen"));
    assert!(out.stdout.is_empty());
}

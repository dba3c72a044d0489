//! Dates mean what people mean (issue 17.1), at every place a date is
//! typed: the app's measurement date and deadline fields, `measure add
//! --date`, `measure import`, `decision add --due` and `minutes --date`. A
//! measurement or a meeting is of a day that has been (`man` is the last
//! Monday, `1.12` the last 1 December), a deadline looks ahead (`man` is the
//! next Monday); a measurement after today and minutes of a day without a
//! meeting are refused. The parser itself is pinned around new years in
//! `core/src/dates/new_year.rs`.
//!
//! The app gets its day injected (Tuesday 24 November 2026). The binary
//! reads the clock, so the command-line tests work out what each word means
//! from the calendar of the day they run on, and accept either answer when
//! the run crosses midnight.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Datelike, Days, Local, NaiveDate};
use crossterm::event::{KeyCode, KeyModifiers};
use serde_json::Value;
use tavle::app::Overlay;
use tavle::i18n::{Lang, Msg};

mod common;
use common::Room;

const HOME: &str = "hjemmetjenesten-nord";

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The values of every indicator in the board file, as (indicator, date, value).
fn values(board: &Path) -> Vec<(String, NaiveDate, f64)> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(board).unwrap()).unwrap();
    let mut out = Vec::new();
    for i in v["indicators"].as_array().unwrap() {
        for m in i["values"].as_array().unwrap() {
            let date = NaiveDate::parse_from_str(m["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            let id = i["id"].as_str().unwrap().to_string();
            out.push((id, date, m["value"].as_f64().unwrap()));
        }
    }
    out
}

/// In the editor that is open, replace the text of the field `tabs` Tabs
/// after the first with `text`.
fn retype(r: &mut Room, tabs: usize, text: &str) {
    for _ in 0..tabs {
        r.key(KeyCode::Tab);
    }
    r.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    r.typ(text);
}

#[test]
fn the_apps_measurement_date_is_the_last_such_day_and_never_tomorrow() {
    let mut r = Room::new();
    r.key(KeyCode::Char('i'));
    r.key(KeyCode::Char('a'));
    r.typ("4,25");
    // Monday 23 November: the Monday of this week, not of the next.
    retype(&mut r, 1, "man");
    r.key(KeyCode::Enter);
    assert!(r.app.overlay.is_none(), "saved");
    assert!(
        values(&r.board())
            .iter()
            .any(|(_, d, v)| *d == ymd(2026, 11, 23) && *v == 4.25),
        "{:?}",
        values(&r.board())
    );
    for (typed, day) in [
        ("i går", ymd(2026, 11, 23)),
        ("forrige uke", ymd(2026, 11, 16)),
    ] {
        r.key(KeyCode::Char('a'));
        r.typ("7,5");
        retype(&mut r, 1, typed);
        r.key(KeyCode::Enter);
        assert!(
            values(&r.board())
                .iter()
                .any(|(_, d, v)| *d == day && *v == 7.5),
            "{typed}: {:?}",
            values(&r.board())
        );
    }
    // Tomorrow is refused in the field, and nothing is written.
    let before = std::fs::read(r.board()).unwrap();
    r.key(KeyCode::Char('a'));
    r.typ("9");
    retype(&mut r, 1, "i morgen");
    r.key(KeyCode::Enter);
    let Some(Overlay::Editor(ed)) = &r.app.overlay else {
        panic!("the editor closed on a date to come");
    };
    let error = ed.error.clone().expect("a message in the field");
    assert_eq!(
        error,
        Msg::FutureDay {
            text: "i morgen".into(),
            date: "25.11.2026".into()
        }
    );
    let said = tavle::i18n::msg(Lang::Nb, &error);
    assert!(
        said.contains("25.11.2026") && said.contains("ikke har kommet"),
        "{said}"
    );
    assert_eq!(std::fs::read(r.board()).unwrap(), before);
}

#[test]
fn the_apps_deadline_is_the_next_such_day() {
    let mut r = Room::new();
    let dues =
        |r: &Room| -> Vec<Option<NaiveDate>> { r.disk().cards.iter().map(|c| c.due).collect() };
    let before = dues(&r);
    r.key(KeyCode::Char('e'));
    assert!(matches!(r.app.overlay, Some(Overlay::Editor(_))));
    // Title, owner, deadline.
    retype(&mut r, 2, "man");
    r.key(KeyCode::Enter);
    let after = dues(&r);
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(_, a)| *a)
        .collect();
    assert_eq!(changed, vec![Some(ymd(2026, 11, 30))]);
}

/// A copy of the sample board in a fresh folder.
fn copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    let file = tmp.path().join(format!("{HOME}.json"));
    std::fs::copy(src.join(format!("{HOME}.json")), &file).unwrap();
    (tmp, file)
}

fn tavle(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .env("TAVLE_LANG", "nb")
        .env("TAVLE_USER", "test")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Run `f` and give what `meaning` says a word means on the day it ran: one
/// day, or two when the run crossed midnight.
fn on_the_day<T>(
    meaning: impl Fn(NaiveDate) -> NaiveDate,
    f: impl FnOnce() -> T,
) -> (T, Vec<NaiveDate>) {
    let before = Local::now().date_naive();
    let out = f();
    let after = Local::now().date_naive();
    let mut days = vec![meaning(before), meaning(after)];
    days.dedup();
    (out, days)
}

fn back(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).unwrap()
}

/// The last 1 December on or before `today`, worked out from the calendar.
fn last_first_of_december(today: NaiveDate) -> NaiveDate {
    let this_year = ymd(today.year(), 12, 1);
    if this_year <= today {
        this_year
    } else {
        ymd(today.year() - 1, 12, 1)
    }
}

/// What a typed word means on a given day.
type Meaning = fn(NaiveDate) -> NaiveDate;

#[test]
fn measure_add_reads_its_date_as_a_day_that_has_been() {
    let (tmp, file) = copy();
    let dir = tmp.path();
    let cases: [(&str, &str, Meaning); 4] = [
        ("i går", "1,5", |t| back(t, 1)),
        ("man", "2,5", |t| {
            back(t, u64::from(t.weekday().num_days_from_monday()))
        }),
        ("1.12", "3,5", last_first_of_december),
        ("-2d", "4,5", |t| back(t, 2)),
    ];
    for (typed, value, meaning) in cases {
        let (out, days) = on_the_day(meaning, || {
            tavle(
                dir,
                &[
                    "measure", "add", "--dir", ".", HOME, "fall", value, "--date", typed,
                ],
            )
        });
        assert!(out.status.success(), "{typed}: {}", stderr(&out));
        let v: f64 = value.replace(',', ".").parse().unwrap();
        assert!(
            values(&file)
                .iter()
                .any(|(i, d, x)| i == "fall" && days.contains(d) && *x == v),
            "{typed} should be one of {days:?}: {:?}",
            values(&file)
        );
    }
    // A day still to come is refused, and nothing is written.
    let before = std::fs::read(&file).unwrap();
    for typed in ["i morgen", "+1d", "neste uke"] {
        let out = tavle(
            dir,
            &[
                "measure", "add", "--dir", ".", HOME, "fall", "9", "--date", typed,
            ],
        );
        assert_eq!(out.status.code(), Some(2), "{typed}");
        assert!(
            stderr(&out).contains("en dag som ikke har kommet ennå"),
            "{typed}: {}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn csv_rows_are_days_that_have_been() {
    let (tmp, file) = copy();
    let dir = tmp.path();
    std::fs::write(
        dir.join("m.csv"),
        "indikator;dato;verdi\nfall;i går;11\nfall;i morgen;12\nfall;2099-01-01;13\n",
    )
    .unwrap();
    let (out, days) = on_the_day(
        |t| back(t, 1),
        || {
            tavle(
                dir,
                &[
                    "measure",
                    "import",
                    "--dir",
                    ".",
                    HOME,
                    "m.csv",
                    "--skip-bad",
                ],
            )
        },
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    for line in ["m.csv:3:", "m.csv:4:"] {
        assert!(err.contains(line), "{line}: {err}");
    }
    assert!(
        err.contains("01.01.2099, en dag som ikke har kommet ennå"),
        "{err}"
    );
    let fall: Vec<_> = values(&file)
        .into_iter()
        .filter(|(i, ..)| i == "fall")
        .collect();
    assert!(
        fall.iter().any(|(_, d, v)| days.contains(d) && *v == 11.0),
        "{fall:?}"
    );
    assert!(
        !fall.iter().any(|(_, _, v)| *v == 12.0 || *v == 13.0),
        "{fall:?}"
    );
}

#[test]
fn a_decisions_due_date_is_the_next_such_day() {
    let (tmp, file) = copy();
    let next_monday = |t: NaiveDate| {
        t.checked_add_days(Days::new(u64::from(
            (7 - t.weekday().num_days_from_monday()) % 7,
        )))
        .unwrap()
    };
    let (out, days) = on_the_day(next_monday, || {
        tavle(
            tmp.path(),
            &[
                "decision",
                "add",
                "--dir",
                ".",
                HOME,
                "--text",
                "Ringe vikarbyrået",
                "--due",
                "man",
            ],
        )
    });
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let due = v["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "Ringe vikarbyrået")
        .and_then(|d| d["due"].as_str())
        .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap())
        .unwrap();
    assert!(days.contains(&due), "{due} not in {days:?}");
}

#[test]
fn minutes_of_a_day_without_a_meeting_name_the_days_that_had_one() {
    let (tmp, _file) = copy();
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join(".tavle")).unwrap();
    let ended = |day: &str| {
        format!(
            r#"{{"at":"{day}T09:10:00+01:00","by":"Kari","change":"meeting_ended","started":"{day}T09:00:00+01:00","attendees":["Kari"]}}"#
        )
    };
    let log = [ended("2026-11-17"), ended("2026-11-24")].join("\n") + "\n";
    std::fs::write(dir.join(".tavle").join(format!("{HOME}.log.jsonl")), log).unwrap();
    let minutes = |date: &str| tavle(dir, &["minutes", "--dir", ".", HOME, "--date", date]);
    let out = minutes("2026-11-23");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains("det var ikke noe møte 23.11.2026; møter: 24.11.2026, 17.11.2026"),
        "{}",
        stderr(&out)
    );
    // A day still to come is not a day of a meeting.
    let out = minutes("i morgen");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("ikke har kommet ennå"),
        "{}",
        stderr(&out)
    );
    // The day of a meeting, typed as people do.
    for typed in ["24.11.2026", "2026-11-24", "24/11/26"] {
        let out = minutes(typed);
        assert!(out.status.success(), "{typed}: {}", stderr(&out));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("**Tid:**"),
            "{typed}"
        );
    }
    // `--anyway` gives the day's changes, headed as a day.
    let out = tavle(
        dir,
        &[
            "minutes",
            "--dir",
            ".",
            HOME,
            "--date",
            "2026-11-23",
            "--anyway",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("**Tid:**"));
}

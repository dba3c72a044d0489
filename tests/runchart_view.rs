//! Run charts a measurement lead can present (issue 18.5): every point drawn
//! as a marker, the points of a shift or trend marked by their own symbol,
//! their weeks named in words, the legend off the data (the newest points sit
//! in the top-right corner and stay visible), the x axis dated as densely as
//! fits — at 80×24, 160×45 and 200×60 — and the indicator screen and
//! `tavle status` telling each signal in the same words.
//!
//! The series is written by hand, and so are the signals it holds: weekly
//! from Monday of week 2, 2026 (05.01.2026), twenty points, median 5.
//! - weeks 2–8: 3 4 3 2 4 3 3, seven points below the median: a shift;
//! - weeks 9–15: 6 5 7 5 6 5 4, around the median (5s on it count for nothing);
//! - weeks 15–21: 4 6 8 9 10 12 14, seven rising points: a trend; and
//!   weeks 16–21 (6 … 14), six points above the median: a shift.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::i18n::Lang;

const VALUES: [f64; 20] = [
    3.0, 4.0, 3.0, 2.0, 4.0, 3.0, 3.0, 6.0, 5.0, 7.0, 5.0, 6.0, 5.0, 4.0, 6.0, 8.0, 9.0, 10.0,
    12.0, 14.0,
];

/// The signals of [`VALUES`], worked out by hand (see the file's comment).
const SIGNALS_NB: [&str; 3] = [
    "Skift: uke 2–8 (7 punkter under medianen)",
    "Trend: uke 15–21 (7 stigende punkter)",
    "Skift: uke 16–21 (6 punkter over medianen)",
];

/// What the symbols on the chart are: one per measurement.
const MARKERS: [&str; 5] = ["•", "◆", "△", "▽", "◈"];

fn date(k: usize) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Days::new(7 * k as u64)
}

fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let values: Vec<String> = VALUES
        .iter()
        .enumerate()
        .map(|(k, v)| format!(r#"{{"date":"{}","value":{v}}}"#, date(k)))
        .collect();
    let board = format!(
        r#"{{"tavle":1,"title":"Måletavle","kind":"drift",
        "columns":[{{"id":"a","title":"A"}}],"cards":[],
        "indicators":[{{"id":"trykksar","title":"Trykksår","unit":"antall","target":2,"better":"higher",
        "values":[{}]}}]}}"#,
        values.join(",")
    );
    std::fs::write(tmp.path().join("maletavle.json"), board).unwrap();
    tmp
}

fn app(dir: &Path) -> App {
    let entries = tavle::tui::load_all(dir).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 5, 19).unwrap();
    let mut app = App::new(Lang::Nb, dir.to_path_buf(), entries, today, Instant::now());
    app.open_path(&dir.join("maletavle.json"));
    assert_eq!(app.screen, Screen::Board);
    let effects = app.update(
        Event::Key(KeyEvent::new(KeyCode::Char('i'), KeyModifiers::NONE)),
        Instant::now(),
    );
    let stamp = || tavle::ops::Stamp {
        at: tavle::model::Timestamp::parse("2026-05-19T09:00:00+02:00").unwrap(),
        by: "test".into(),
    };
    tavle::tui::perform_with(&mut app, effects, &stamp);
    assert_eq!(app.screen, Screen::Indicators);
    app
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let clock = chrono::DateTime::parse_from_rfc3339("2026-05-19T09:14:00+02:00").unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    t
}

/// The screen as rows of cells.
fn cells(t: &Terminal<TestBackend>) -> Vec<Vec<String>> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

fn row_text(row: &[String]) -> String {
    row.concat()
}

/// The plot as the screen shows it: found by the axis corner `└`, the rows
/// above it whose axis cell is `│` or `┤`, the columns right of it up to the
/// panel's border.
struct Plot {
    axis_x: usize,
    base_y: usize,
    top_y: usize,
    right_x: usize,
}

fn plot(c: &[Vec<String>]) -> Plot {
    let (base_y, axis_x) = c
        .iter()
        .enumerate()
        .find_map(|(y, row)| row.iter().position(|s| s == "└").map(|x| (y, x)))
        .expect("an x axis");
    let mut top_y = base_y;
    while top_y > 0 && matches!(c[top_y - 1][axis_x].as_str(), "│" | "┤") {
        top_y -= 1;
    }
    let right_x = (axis_x + 1..c[base_y].len())
        .take_while(|&x| c[base_y][x] == "─" || c[base_y][x] == "┬")
        .last()
        .unwrap();
    Plot {
        axis_x,
        base_y,
        top_y,
        right_x,
    }
}

fn is_marker(s: &str) -> bool {
    MARKERS.contains(&s)
}

/// Everything the chart must show at one size.
fn check(w: u16, h: u16, min_dates: usize) -> Terminal<TestBackend> {
    let tmp = folder();
    let app = app(tmp.path());
    let t = draw(&app, w, h);
    let c = cells(&t);
    let screen: String = c.iter().map(|r| row_text(r) + "\n").collect();
    let p = plot(&c);
    assert!(p.top_y < p.base_y, "{screen}");

    // Every measurement is a marker of its own in the plot.
    let markers: Vec<(usize, usize)> = (p.top_y..p.base_y)
        .flat_map(|y| (p.axis_x + 1..=p.right_x).map(move |x| (x, y)))
        .filter(|&(x, y)| is_marker(&c[y][x]))
        .collect();
    assert_eq!(markers.len(), VALUES.len(), "{w}×{h}\n{screen}");
    // One column a point, oldest left: the columns rise with the dates.
    let mut xs: Vec<usize> = markers.iter().map(|m| m.0).collect();
    xs.sort();
    xs.dedup();
    assert_eq!(xs.len(), VALUES.len(), "{screen}");

    // The newest point, the highest, is in the top-right corner of the plot,
    // shown as a marker (in the rising trend and the shift: ◈), and so are the
    // two before it just left of and below it. Nothing of the legend is there.
    let by_col = |x: usize| markers.iter().find(|m| m.0 == x).unwrap().1;
    let newest: Vec<usize> = xs[xs.len() - 3..].to_vec();
    assert_eq!(*newest.last().unwrap(), p.right_x, "{screen}");
    assert_eq!(c[p.top_y][p.right_x], "◈", "{screen}");
    assert!(by_col(newest[0]) >= by_col(newest[1]) && by_col(newest[1]) >= by_col(newest[2]));
    for &x in &newest {
        assert_eq!(c[by_col(x)][x], "◈", "{screen}");
    }
    // The legend is above the plot, not in it.
    let legend_y = (0..p.top_y)
        .rev()
        .find(|&y| row_text(&c[y]).contains("måling"))
        .expect("a legend above the plot");
    let legend = row_text(&c[legend_y]);
    for item in [
        "• måling",
        "◆ skift",
        "△ stigende trend",
        "◈ skift og trend",
        "┄ median",
        "─ mål",
    ] {
        assert!(
            legend.contains(item) || row_text(&c[legend_y + 1]).contains(item),
            "{item}\n{screen}"
        );
    }
    for row in &c[p.top_y..p.base_y] {
        assert!(!row_text(row).contains("måling"), "{screen}");
    }

    // The points of the first shift (weeks 2–8, the seven oldest) are ◆, of
    // the trend before the shift above △, and the ordinary ones •.
    let mark_at = |k: usize| c[by_col(xs[k])][xs[k]].clone();
    for k in 0..7 {
        assert_eq!(mark_at(k), "◆", "point {k}\n{screen}");
    }
    assert_eq!(mark_at(13), "△", "{screen}");
    for k in [7, 8, 9, 10, 11, 12] {
        assert_eq!(mark_at(k), "•", "point {k}\n{screen}");
    }
    for k in 14..20 {
        assert_eq!(mark_at(k), "◈", "point {k}\n{screen}");
    }

    // The signals by their weeks, each behind its symbol.
    assert!(screen.contains(&format!("◆ {}", SIGNALS_NB[0])), "{screen}");
    assert!(screen.contains(&format!("△ {}", SIGNALS_NB[1])), "{screen}");
    assert!(screen.contains(&format!("◆ {}", SIGNALS_NB[2])), "{screen}");

    // The dates under the axis: first and last, in order, apart, each under a
    // tick on a point's column.
    let labels = row_text(&c[p.base_y + 1]);
    let label_cells = &c[p.base_y + 1];
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    let mut x = 0;
    while x + 10 <= label_cells.len() {
        let s: String = label_cells[x..x + 10].concat();
        let shape = s.chars().enumerate().all(|(i, ch)| {
            if i == 2 || i == 5 {
                ch == '.'
            } else {
                ch.is_ascii_digit()
            }
        });
        if let Some(d) = shape
            .then(|| NaiveDate::parse_from_str(&s, "%d.%m.%Y").ok())
            .flatten()
        {
            found.push((x, d));
            x += 10;
        } else {
            x += 1;
        }
    }
    assert!(found.len() >= min_dates, "{} dates: {labels}", found.len());
    assert_eq!(found.first().unwrap().1, date(0), "{labels}");
    assert_eq!(found.last().unwrap().1, date(VALUES.len() - 1), "{labels}");
    for pair in found.windows(2) {
        assert!(pair[1].1 > pair[0].1, "{labels}");
        assert!(pair[1].0 >= pair[0].0 + 12, "labels touch: {labels}");
    }
    for &(x, d) in &found {
        let k = (0..VALUES.len())
            .find(|&k| date(k) == d)
            .expect("a date of the series");
        let tick = (x..x + 10).find(|&tx| c[p.base_y][tx] == "┬");
        assert_eq!(tick, Some(xs[k]), "tick of {d} under its point\n{screen}");
    }
    t
}

#[test]
fn chart_at_80x24() {
    let t = check(80, 24, 4);
    insta::assert_snapshot!("runchart_80x24", t.backend());
}

#[test]
fn chart_at_160x45() {
    let t = check(160, 45, 9);
    insta::assert_snapshot!("runchart_160x45", t.backend());
}

#[test]
fn chart_at_200x60() {
    let t = check(200, 60, 10);
    insta::assert_snapshot!("runchart_200x60", t.backend());
}

fn tavle(args: &[&str], dir: &Path, lang: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn status_and_the_indicator_screen_tell_the_signals_alike() {
    let tmp = folder();
    let d = tmp.path().to_str().unwrap();
    let app = app(tmp.path());
    let screen: String = cells(&draw(&app, 160, 45))
        .iter()
        .map(|r| row_text(r) + "\n")
        .collect();
    // The screen's signal lines, without their symbol.
    let on_screen: Vec<String> = screen
        .lines()
        .filter_map(|l| {
            let l = l.trim_matches(|c| c == '│' || c == ' ');
            let (glyph, rest) = l.split_once(' ')?;
            (MARKERS.contains(&glyph) && rest.contains(": uke "))
                .then(|| rest.trim_end().to_string())
        })
        .collect();
    assert_eq!(on_screen, SIGNALS_NB, "{screen}");

    let text = tavle(&["status", d], tmp.path(), "nb");
    assert!(text.contains(&SIGNALS_NB.join("; ")), "{text}");
    let md = tavle(&["status", d, "--format", "markdown"], tmp.path(), "nb");
    assert!(md.contains(&SIGNALS_NB.join("; ")), "{md}");

    // JSON carries the same: kind, way, points, dates and ISO weeks.
    let json = tavle(&["status", d, "--format", "json"], tmp.path(), "nb");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let signals = &v["boards"][0]["indicators"][0]["signals"];
    let got: Vec<(String, String, u64, String, String, String, String)> = signals
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let f = |k: &str| s[k].as_str().unwrap().to_string();
            (
                f("kind"),
                f("direction"),
                s["points"].as_u64().unwrap(),
                f("from"),
                f("to"),
                f("from_week"),
                f("to_week"),
            )
        })
        .collect();
    let want = |k: &str, d: &str, n: u64, a: usize, b: usize, wa: u32, wb: u32| {
        (
            k.to_string(),
            d.to_string(),
            n,
            date(a).to_string(),
            date(b).to_string(),
            format!("2026-W{wa:02}"),
            format!("2026-W{wb:02}"),
        )
    };
    assert_eq!(
        got,
        vec![
            want("shift", "below", 7, 0, 6, 2, 8),
            want("trend", "rising", 7, 13, 19, 15, 21),
            want("shift", "above", 6, 14, 19, 16, 21),
        ]
    );
}

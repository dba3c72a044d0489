//! Identity numbers as people really write them — with separators, with
//! invisible characters inside, in full-width or mathematical digits, over
//! two lines of a note, as an indicator value — are masked on every output
//! (`tavle status` as text, Markdown and JSON; the board, the card detail,
//! the note in the editor and the indicator screen), and `tavle check`
//! warns at the line and column of each without printing it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::json;
use tavle::app::{App, Event, Screen};
use tavle::i18n::Lang;

fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00+01:00").unwrap()
}

/// Valid identity numbers with the date part `date` (six digits), built by
/// the mod-11 rule here, not by the code under test: every individual
/// number from `from` on whose check digits exist.
fn numbers(date: [u32; 6], from: u32) -> impl Iterator<Item = String> {
    const W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    const W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let control =
        |d: &[u32], w: &[u32]| match 11 - d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k),
        };
    (from..1000).filter_map(move |i| {
        let mut d = date.to_vec();
        d.extend([i / 100, i / 10 % 10, i % 10]);
        d.push(control(&d, &W1)?);
        d.push(control(&d, &W2)?);
        Some(
            d.iter()
                .map(|x| char::from_digit(*x, 10).unwrap())
                .collect(),
        )
    })
}

/// ASCII digits in the script whose zero is `zero`.
fn script(digits: &str, zero: char) -> String {
    digits
        .chars()
        .map(|c| char::from_u32(zero as u32 + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

/// One way of writing a number: as written, as it must be shown, and the
/// date part as written (which must never be shown).
struct Form {
    name: &'static str,
    written: String,
    shown: String,
    date: String,
}

fn forms() -> Vec<Form> {
    let mut ns = numbers([1, 5, 0, 3, 8, 4], 100);
    let mut form = |name: &'static str, make: &dyn Fn(&str, &str) -> (String, String, String)| {
        let n = ns.next().unwrap();
        let (written, shown, date) = make(&n[..6], &n[6..]);
        Form {
            name,
            written,
            shown,
            date,
        }
    };
    let sep = |s: &'static str| {
        move |a: &str, b: &str| {
            (
                format!("{a}{s}{b}"),
                format!("******{s}{b}"),
                format!("{a}{s}"),
            )
        }
    };
    vec![
        form("together", &|a, b| {
            (format!("{a}{b}"), format!("******{b}"), a.into())
        }),
        form("space", &sep(" ")),
        form("two spaces", &sep("  ")),
        form("no-break space", &sep("\u{A0}")),
        form("thin space", &sep("\u{2009}")),
        form("narrow no-break space", &sep("\u{202F}")),
        form("dash", &sep("-")),
        form("dot", &sep(".")),
        form("slash", &sep("/")),
        form("underscore", &sep("_")),
        form("dd.mm.yy nnnnn", &|a, b| {
            let d = format!("{}.{}.{}", &a[..2], &a[2..4], &a[4..]);
            (format!("{d} {b}"), format!("**.**.** {b}"), d)
        }),
        form("dd/mm/yy-nnnnn", &|a, b| {
            let d = format!("{}/{}/{}", &a[..2], &a[2..4], &a[4..]);
            (format!("{d}-{b}"), format!("**/**/**-{b}"), d)
        }),
        form("zero-width space", &|a, b| {
            let d = format!("{}\u{200B}{}", &a[..3], &a[3..]);
            (format!("{d}{b}"), format!("******{b}"), d)
        }),
        form("soft hyphen", &|a, b| {
            let d = format!("{}\u{AD}{}", &a[..2], &a[2..]);
            (format!("{d} {b}"), format!("****** {b}"), d)
        }),
        form("joiners", &|a, b| {
            let d = format!("{}\u{200D}\u{200C}{}", &a[..4], &a[4..]);
            (format!("{d}{b}"), format!("******{b}"), d)
        }),
        form("word joiner, BOM", &|a, b| {
            let d = format!("{}\u{2060}{}\u{FEFF}{}", &a[..1], &a[1..3], &a[3..]);
            (format!("{d}{b}"), format!("******{b}"), d)
        }),
        form("variation selector", &|a, b| {
            let d = format!("{}\u{FE0F}{}", &a[..5], &a[5..]);
            (format!("{d}{b}"), format!("******{b}"), d)
        }),
        form("full-width", &|a, b| {
            (
                script(&format!("{a}{b}"), '０'),
                format!("******{}", script(b, '０')),
                script(a, '０'),
            )
        }),
        form("mathematical", &|a, b| {
            (
                format!("{} {}", script(a, '𝟎'), script(b, '𝟎')),
                format!("****** {}", script(b, '𝟎')),
                script(a, '𝟎'),
            )
        }),
        form("thousands groups", &|a, b| {
            let n = format!("{a}{b}");
            let g = |r: std::ops::Range<usize>| n[r].to_string();
            (
                format!("{} {} {} {}", g(0..2), g(2..5), g(5..8), g(8..11)),
                format!("** *** *{} {}", g(6..8), g(8..11)),
                format!("{} {} {}", g(0..2), g(2..5), g(5..6)),
            )
        }),
    ]
}

/// The number of the note, split over two lines, and the two values: a
/// D-number (a JSON number of eleven digits) and one whose leading zero a
/// spreadsheet dropped.
fn note_number() -> String {
    numbers([2, 8, 0, 2, 9, 1], 0).next().unwrap()
}

fn d_number() -> String {
    numbers([4, 1, 0, 2, 0, 3], 0).next().unwrap()
}

fn zero_number() -> String {
    numbers([0, 5, 0, 6, 0, 7], 0).next().unwrap()
}

fn board(forms: &[Form]) -> serde_json::Value {
    let note = note_number();
    let mut cards = vec![json!({
        "id": "notat", "title": "Pårørende", "column": "i-dag", "owner": "Kari",
        "note": format!("Ring pårørende til\n{}\n{} i dag", &note[..6], &note[6..]),
    })];
    for (i, f) in forms.iter().enumerate() {
        cards.push(json!({
            "id": format!("k{i}"), "title": format!("Ring {}", f.written),
            "column": "i-dag", "owner": "Kari",
        }));
    }
    let d: u64 = d_number().parse().unwrap();
    let z: u64 = zero_number().parse().unwrap();
    json!({
        "tavle": 1, "title": "Drift sone nord", "kind": "drift",
        "columns": [{"id": "i-dag", "title": "I dag"}, {"id": "ferdig", "title": "Ferdig"}],
        "cards": cards,
        "indicators": [
            {"id": "d", "title": "Verdi D", "target": 2,
             "values": [{"date": "2026-11-02", "value": 3}, {"date": "2026-11-09", "value": d}]},
            {"id": "z", "title": "Verdi Z", "target": 2,
             "values": [{"date": "2026-11-02", "value": 3}, {"date": "2026-11-09", "value": z}]},
        ],
    })
}

/// A folder with the board written as JSON would write it.
fn folder() -> (tempfile::TempDir, PathBuf, String) {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("drift.json");
    let text = serde_json::to_string_pretty(&board(&forms())).unwrap() + "\n";
    std::fs::write(&file, &text).unwrap();
    (tmp, file, text)
}

fn tavle(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", "en")
        .output()
        .unwrap()
}

/// `out` holds none of the date parts as written and every form as shown.
#[track_caller]
fn assert_masked(out: &str, shown: impl Fn(&Form) -> String, place: &str) {
    for f in forms() {
        assert!(!out.contains(&f.date), "{place}: {} shown:\n{out}", f.name);
        let want = shown(&f);
        assert!(
            out.contains(&want),
            "{place}: {} not as {want:?}:\n{out}",
            f.name
        );
    }
}

#[test]
fn status_masks_every_form_in_text_markdown_and_json() {
    let (tmp, _, _) = folder();
    let run = |args: &[&str]| {
        let o = tavle(args, tmp.path());
        assert!(o.status.success(), "{args:?}: {o:?}");
        String::from_utf8(o.stdout).unwrap()
    };
    let text = run(&["status", ".", "--owner", "Kari"]);
    assert_masked(&text, |f| format!("Ring {}", f.shown), "status text");
    let md = run(&["status", ".", "--format", "markdown", "--owner", "Kari"]);
    assert_masked(
        &md,
        |f| tavle::text::escape_markdown(&format!("Ring {}", f.shown)),
        "status markdown",
    );
    let js = run(&["status", ".", "--format", "json", "--owner", "Kari"]);
    let v: serde_json::Value = serde_json::from_str(&js).unwrap();
    let titles: Vec<&str> = v["boards"][0]["responsible"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    for f in forms() {
        assert!(
            titles.contains(&format!("Ring {}", f.shown).as_str()),
            "{}: {titles:?}",
            f.name
        );
        assert!(!js.contains(&f.date), "{}: {js}", f.name);
    }

    // The indicator values, in every format: masked, and the JSON still valid.
    let (d, z) = (d_number(), zero_number());
    let (d_shown, z_shown) = (format!("******{}", &d[6..]), format!("*****{}", &z[6..]));
    for format in ["text", "markdown"] {
        let out = run(&["status", ".", "--format", format]);
        assert!(
            !out.contains(&d[..6]) && !out.contains(&z[1..6]),
            "{format}: {out}"
        );
        let (d_md, z_md) = (d_shown.replace('*', "\\*"), z_shown.replace('*', "\\*"));
        let shown = |s: &str, m: &str| out.contains(s) || out.contains(m);
        assert!(
            shown(&d_shown, &d_md) && shown(&z_shown, &z_md),
            "{format}: {out}"
        );
    }
    let js = run(&["status", ".", "--format", "json"]);
    assert!(!js.contains(&d[..6]) && !js.contains(&z[1..6]), "{js}");
    let v: serde_json::Value = serde_json::from_str(&js).unwrap();
    let inds = &v["boards"][0]["indicators"];
    assert_eq!(inds[0]["latest"], d_shown.as_str());
    assert_eq!(inds[1]["latest"], z_shown.as_str());
    // What is not an identity number stays a number.
    assert_eq!(inds[0]["target"], 2.0);
    assert_eq!(inds[0]["points"], 2);
}

#[test]
fn check_warns_at_each_form_and_never_prints_it() {
    let (tmp, _, text) = folder();
    // Also a file written by hand: escapes for a digit, an invisible
    // character and a mathematical digit, and a value in exponent notation.
    let n = note_number();
    let escaped = format!(
        "{{\"tavle\": 1, \"title\": \"x\", \"kind\": \"drift\",\n\"columns\": [],\n\"note\": \"\\u00{:x}{}\\u200b{}\",\n\"v\": {}.{}e10,\n\"m\": \"{}\"}}\n",
        0x30 + n.as_bytes()[0] - b'0',
        &n[1..4],
        &n[4..],
        &d_number()[..1],
        &d_number()[1..],
        script(&n, '𝟎')
            .encode_utf16()
            .map(|u| format!("\\u{u:04x}"))
            .collect::<String>(),
    );
    std::fs::write(tmp.path().join("hand.json"), &escaped).unwrap();
    let out = tavle(&["check", "."], tmp.path());
    let out = String::from_utf8(out.stdout).unwrap();

    // Where each number starts in a file, counted here: line and column (chars).
    let at = |text: &str, needle: &str| {
        let offset = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} in {text}"));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let col = before[before.rfind('\n').map_or(0, |p| p + 1)..]
            .chars()
            .count()
            + 1;
        (line, col)
    };
    let warning = |file: &str, (line, col): (usize, usize), shown: &str| {
        format!(
            "./{file}:{line}:{col}: warning: this looks like a national identity number or D-number ({shown})"
        )
    };
    let json_str = |s: &str| {
        let q = serde_json::to_string(s).unwrap();
        q[1..q.len() - 1].to_string()
    };
    let mut expected = Vec::new();
    for f in forms() {
        let (line, col) = at(&text, &format!("Ring {}", json_str(&f.written)));
        expected.push(warning("drift.json", (line, col + 5), &f.shown));
    }
    let note = format!("{}\\n{}", &n[..6], &n[6..]);
    expected.push(warning(
        "drift.json",
        at(&text, &note),
        &format!("******␊{}", &n[6..]),
    ));
    let (d, z) = (d_number(), zero_number());
    expected.push(warning(
        "drift.json",
        at(&text, &d),
        &format!("******{}", &d[6..]),
    ));
    expected.push(warning(
        "drift.json",
        at(&text, &z[1..]),
        &format!("*****{}", &z[6..]),
    ));
    let shown = format!("******{}", &n[6..]);
    expected.push(warning("hand.json", at(&escaped, "\\u00"), &shown));
    expected.push(warning(
        "hand.json",
        at(&escaped, &format!("{}.{}e10", &d[..1], &d[1..])),
        &format!("******{}", &d[6..]),
    ));
    expected.push(warning(
        "hand.json",
        at(&escaped, "\\ud835"),
        &format!("******{}", script(&n[6..], '𝟎')),
    ));
    for e in &expected {
        assert!(out.contains(e), "expected {e:?} in:\n{out}");
    }
    assert_eq!(
        out.matches("identity number or D-number (").count(),
        expected.len(),
        "{out}"
    );
    for f in forms() {
        assert!(!out.contains(&f.date), "{}: {out}", f.name);
    }
    for digits in [&n[..6], &d[..6], &z[1..6]] {
        assert!(!out.contains(digits), "{out}");
    }
}

struct Room {
    _tmp: tempfile::TempDir,
    app: App,
}

impl Room {
    fn new() -> Room {
        let (tmp, file, _) = folder();
        let entries = tavle::tui::load_all(tmp.path()).unwrap();
        let dir = tmp.path().to_path_buf();
        let mut app = App::new(Lang::Nb, dir, entries, t0().date_naive(), Instant::now());
        let _ = app.update(Event::Clock(t0()), Instant::now());
        app.open_path(&file);
        Room { _tmp: tmp, app }
    }

    fn key(&mut self, code: KeyCode) {
        let effects = self.app.update(
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Instant::now(),
        );
        let stamp = || tavle::ops::Stamp {
            at: tavle::model::Timestamp::from_datetime(t0()),
            by: "Kari".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn screen(&self) -> String {
        let mut t = Terminal::new(TestBackend::new(200, 60)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, t0(), f)).unwrap();
        let buf = t.backend().buffer();
        let mut s = String::new();
        for y in 0..buf.area.height {
            let mut x = 0;
            while x < buf.area.width {
                let symbol = buf[(x, y)].symbol();
                s.push_str(symbol);
                // A wide character (full-width digits) fills the next cell too.
                x += tavle::text::width(symbol).max(1) as u16;
            }
            s.push('\n');
        }
        s
    }
}

/// Text as the eye reads it on screen: without the characters that take no
/// cell (the terminal may keep or drop them) and the padding after a wide one.
fn seen(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{AD}' | '\u{FEFF}' | '\u{FE0F}'
            )
        })
        .collect()
}

#[test]
fn the_screen_masks_every_form_a_note_over_two_lines_and_indicator_values() {
    let mut r = Room::new();
    assert_eq!(r.app.screen, Screen::Board);
    let board = seen(&r.screen());
    let (d, z) = (d_number(), zero_number());
    assert!(board.contains(&format!("******{}", &d[6..])), "{board}");
    assert!(board.contains(&format!("*****{}", &z[6..])), "{board}");
    for f in forms() {
        assert!(!board.contains(&seen(&f.date)), "{}:\n{board}", f.name);
    }
    // The note, over two lines on the card detail and in the editor.
    let n = note_number();
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Card);
    let detail = r.screen();
    assert!(!detail.contains(&n[..6]), "{detail}");
    assert!(detail.contains("  ******  "), "{detail}");
    assert!(detail.contains(&format!("  {} i dag", &n[6..])), "{detail}");
    r.key(KeyCode::Char('e'));
    let editor = r.screen();
    assert!(!editor.contains(&n[..6]), "{editor}");
    assert!(editor.contains(&format!("{} i dag", &n[6..])), "{editor}");
    r.key(KeyCode::Esc);
    r.key(KeyCode::Esc);
    assert_eq!(r.app.screen, Screen::Board);
    // Every form on the card detail, one card after the other.
    for f in forms() {
        r.key(KeyCode::Down);
        r.key(KeyCode::Enter);
        assert_eq!(r.app.screen, Screen::Card);
        let s = seen(&r.screen());
        assert!(!s.contains(&seen(&f.date)), "{}:\n{s}", f.name);
        let want = seen(&format!("Ring {}", f.shown));
        assert!(s.contains(&want), "{}: {want:?}\n{s}", f.name);
        r.key(KeyCode::Esc);
    }
    // The indicator screen: the latest value, the median and the axis.
    r.key(KeyCode::Char('i'));
    assert_eq!(r.app.screen, Screen::Indicators);
    let s = r.screen();
    assert!(!s.contains(&d[..6]) && !s.contains(&z[1..6]), "{s}");
    assert!(s.contains(&format!("******{}", &d[6..])), "{s}");
}

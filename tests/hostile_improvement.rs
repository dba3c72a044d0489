//! The improvement board's screens on a hostile board (issue 21): every text
//! of the new fields — an idea's source, the PDSA cycles, the evaluation
//! answers, the benefit plan, the A3, the routines, the team's roles —
//! holds escape sequences, C1 controls and bidi overrides; the board, the
//! priority matrix, the card in full, the A3, the routines screen and the
//! meeting screen show each as visible text (`␛]0;evil…`), never as a
//! control. (The CLI's documents are tested the same way in
//! `team_reports.rs`; the pty tests see what reaches a real terminal.)

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::i18n::Lang;

const ATTACK: &str = "\u{1b}]0;evil\u{7}\u{1b}[2J\u{1b}[31m\u{9b}31m\u{9d}0;x\u{9c}\u{85}\u{202e}\u{2066}\u{200f}\u{61c}\u{2069}\u{200e}";

fn h(tag: &str) -> String {
    format!("{tag}{ATTACK}")
}

fn board() -> serde_json::Value {
    let cycle = |n: &str| {
        serde_json::json!({"plan": h(&format!("plan{n}")), "prediction": h("prediction"),
            "started": "2026-11-02", "measured": h("measured"), "result": h("result"),
            "decision": "adapt", "ended": "2026-11-09"})
    };
    serde_json::json!({
        "tavle": 1,
        "title": h("Tavle"),
        "kind": "forbedring",
        "team_leader": h("Leder"),
        "measurement_lead": h("Maaler"),
        "columns": [
            {"id": "ideer", "title": h("Ideer")},
            {"id": "evaluere", "title": h("Evaluere")},
            {"id": "ferdig", "title": h("Ferdig"), "done": true}
        ],
        "cards": [
            {"id": "k1", "title": h("Kortet"), "column": "ideer", "source": h("Kilde"),
             "received": "2026-11-20", "effect": 3, "effort": 1, "indicator": "i1",
             "pdsa": [cycle("1"), cycle("2")],
             "evaluation": {"problem": h("problem"), "decided": h("decided"), "done": h("done"),
                "told": h("told"), "effect": h("effect"), "remains": h("remains"), "share": h("share")},
             "benefit": {"kind": "time-saved", "who": h("who"), "by": "2027-03-01", "how": h("how")},
             "a3": {"current": h("current"), "root_cause": h("root"), "whys": [h("why1"), h("why2")],
                "goal": h("goal")}},
            {"id": "k2", "title": h("Uplassert"), "column": "ideer", "source": "bruker"}
        ],
        "indicators": [{"id": "i1", "title": h("Indikator"), "unit": h("%"),
            "values": [{"date": "2026-11-02", "value": 4}, {"date": "2026-11-09", "value": 6}]}],
        "routines": [
            {"id": "r1", "title": h("Rutine"), "purpose": h("purpose"), "content": h("content"),
             "arenas": h("arenas"), "follow_up": h("follow"), "revision": "2026-11-01", "card": "k1"}
        ]
    })
}

/// Every character in the drawn buffer that would act on a terminal.
fn acts_on_terminal(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    let mut found = std::collections::BTreeSet::new();
    for cell in buf.content() {
        for c in cell.symbol().chars() {
            if c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
            {
                found.insert(format!("U+{:04X}", u32::from(c)));
            }
        }
    }
    found.into_iter().collect()
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    buf.content().iter().map(|c| c.symbol()).collect()
}

fn lines(t: &Terminal<TestBackend>) -> String {
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

fn key(app: &mut App, c: KeyCode) {
    let _ = app.update(
        Event::Key(KeyEvent::new(c, KeyModifiers::NONE)),
        Instant::now(),
    );
}

fn app(dir: &Path) -> App {
    std::fs::write(
        dir.join("forbedring.json"),
        serde_json::to_string_pretty(&board()).unwrap(),
    )
    .unwrap();
    let entries = tavle::tui::load_all(dir).unwrap();
    let mut app = App::new(
        Lang::Nb,
        dir.to_path_buf(),
        entries,
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Board);
    app
}

/// Draw at 80×24 and 160×50: nothing acts on a terminal, and the hostile
/// text after `tag` is shown as tavle shows it, its escape as a visible `␛`
/// (`text::sanitize`). The drawing library drops a control character it is
/// given, so without the sanitizer `tag` would be followed by `]0;evil`:
/// the second check is the one that fails when a view skips it.
fn harmless(app: &App, what: &str, tag: &str) {
    for (w, h) in [(80, 24), (160, 50)] {
        let t = draw(app, w, h);
        assert_eq!(
            acts_on_terminal(&t),
            Vec::<String>::new(),
            "{what} at {w}×{h}"
        );
        let shown = format!("{tag}\u{241b}");
        assert!(
            text(&t).contains(&shown),
            "{what} at {w}×{h} lacks {shown:?}:\n{}",
            lines(&t)
        );
    }
}

#[test]
fn every_improvement_screen_draws_hostile_text_as_plain_text() {
    let tmp = tempfile::tempdir().unwrap();
    let mut app = app(tmp.path());
    harmless(&app, "the board", "Kortet");
    harmless(&app, "the board", "Kilde");
    key(&mut app, KeyCode::Char('P'));
    assert_eq!(app.screen, Screen::Matrix);
    harmless(&app, "the matrix", "Uplassert");
    key(&mut app, KeyCode::Char('q'));
    // The first card, the one with everything filled in.
    for _ in 0..3 {
        key(&mut app, KeyCode::Up);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Card);
    harmless(&app, "the card in full", "Kortet");
    // Down the card: the cycles, the evaluation, the benefit, each shown
    // as visible text.
    let mut seen = String::new();
    for _ in 0..60 {
        key(&mut app, KeyCode::Down);
        let t = draw(&app, 80, 24);
        assert_eq!(
            acts_on_terminal(&t),
            Vec::<String>::new(),
            "the card scrolled"
        );
        seen.push_str(&text(&t));
    }
    for tag in ["plan2", "prediction", "result", "share", "who", "Indikator"] {
        assert!(
            seen.contains(&format!("{tag}\u{241b}")),
            "the card lacks {tag}"
        );
    }
    key(&mut app, KeyCode::Char('q'));
    key(&mut app, KeyCode::Char('A'));
    harmless(&app, "the A3", "current");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('R'));
    assert_eq!(app.screen, Screen::Routines);
    harmless(&app, "the routines", "Rutine");
    key(&mut app, KeyCode::Char('q'));
    key(&mut app, KeyCode::Char('M'));
    assert_eq!(app.screen, Screen::Meeting);
    harmless(&app, "the meeting screen", "Leder");
}

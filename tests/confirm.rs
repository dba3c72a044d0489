//! The screen confirms what it did (issue 17.9): undo, redo, archive,
//! restore, a follow-up marked done and a stored measurement (issue 18.6:
//! its date and value, and the value it replaced) each leave a notice; the card's history shows every change in the log, note and field
//! edits and decisions too, as they happen; a finished card is never
//! overdue; a date from another year shows its year; `?` explains every
//! symbol; the overview's cursor stops at the ends; a decision is listed
//! once in the closing summary and the minutes.

use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Origin, Overlay, Screen};
use tavle::i18n::{self, Lang};
use tavle::ops::{CardOp, CardPatch, DecisionOp, IndicatorOp, NewDecision, Op};

mod common;
use common::Room;

fn notice(app: &App) -> String {
    let n = app.shared.notice().expect("a notice");
    assert!(!n.error, "{:?}", n.msg);
    i18n::msg(app.lang(), &n.msg)
}

fn render(app: &App, w: u16, h: u16) -> String {
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

/// Send `ops` as an edit on the board on screen and carry out the save.
fn apply(r: &mut Room, ops: Vec<Op>) {
    let mut asked = tavle::app::Requests::new();
    asked.apply(&r.app.shared, ops, Origin::Edit);
    r.app.shared.carry_out(asked);
    let effects = r.app.shared.take_effects();
    r.perform(effects);
}

#[test]
fn undo_redo_archive_and_restore_each_leave_a_notice() {
    let mut r = Room::new();
    assert_eq!(r.app.screens.board.card.as_deref(), Some("k1"));
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.key(KeyCode::Char('u'));
    let n = notice(&r.app);
    assert!(n.starts_with("Angret: «Bemanning i dag"), "{n}");
    assert!(n.ends_with("Pågår → I dag"), "{n}");
    r.key_mod(KeyCode::Char('r'), KeyModifiers::CONTROL);
    let n = notice(&r.app);
    assert!(
        n.starts_with("Gjort om: «Bemanning") && n.ends_with("I dag → Pågår"),
        "{n}"
    );
    // Archive and restore from the card's own screen.
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Card);
    r.key(KeyCode::Char('x'));
    assert!(
        notice(&r.app).starts_with("Arkivert: «Bemanning"),
        "{}",
        notice(&r.app)
    );
    assert!(r.disk().card("k1").unwrap().archived);
    r.key(KeyCode::Char('x'));
    assert!(
        notice(&r.app).starts_with("Hentet tilbake: «Bemanning"),
        "{}",
        notice(&r.app)
    );
    r.key(KeyCode::Char('u'));
    let n = notice(&r.app);
    assert!(
        n.starts_with("Angret: «Bemanning") && n.ends_with("arkivert"),
        "{n}"
    );
    // The notice fits the bottom line at 80 columns with what happened in it.
    let s = render(&r.app, 80, 24);
    assert!(s.contains("» arkivert"), "{s}");
}

#[test]
fn a_follow_up_done_and_a_replaced_measurement_leave_a_notice() {
    let mut r = Room::new();
    r.key(KeyCode::Char('b'));
    let first = tavle::app::panel_items(&r.app.shared)
        .iter()
        .find(|d| !d.done)
        .map(|d| (d.id.clone(), d.text.clone()))
        .unwrap();
    r.app.screens.board.panel.decision = Some(first.0.clone());
    r.key(KeyCode::Char(' '));
    let n = notice(&r.app);
    let start: String = first.1.chars().take(12).collect();
    assert!(n.starts_with(&format!("Utført: «{start}")), "{n}");
    r.key(KeyCode::Char('b'));

    // A value for a day that had one: both values said.
    let date = NaiveDate::from_ymd_opt(2026, 9, 7).unwrap();
    let old = r.disk().indicators[0]
        .values
        .iter()
        .find(|v| v.date == date)
        .unwrap()
        .value;
    let measure = |value: f64, date: NaiveDate| {
        Op::Indicator(IndicatorOp::Measure {
            indicator: "sykefravaer".into(),
            date,
            value,
        })
    };
    apply(&mut r, vec![measure(9.5, date)]);
    let n = notice(&r.app);
    assert_eq!(
        n,
        format!(
            "Lagret Sykefravær 07.09.2026: 9,5 (erstattet {})",
            old.to_string().replace('.', ",")
        )
    );
    // A new day replaces nothing, and the notice says what was stored.
    let values = r.disk().indicators[0].values.clone();
    let new_day = (1..28)
        .filter_map(|d| NaiveDate::from_ymd_opt(2026, 10, d))
        .find(|d| values.iter().all(|v| v.date != *d))
        .unwrap();
    r.app.shared.clear_notice();
    apply(&mut r, vec![measure(7.25, new_day)]);
    assert_eq!(
        notice(&r.app),
        format!("Lagret Sykefravær {}: 7,25", new_day.format("%d.%m.%Y"))
    );
}

#[test]
fn the_card_history_shows_field_edits_and_decisions_as_they_happen() {
    let mut r = Room::new();
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Card);
    let set = |patch: CardPatch| {
        Op::Card(CardOp::Set {
            id: "k1".into(),
            patch,
        })
    };
    apply(
        &mut r,
        vec![set(CardPatch {
            note: Some(Some("Ny tekst i notatet".into())),
            ..CardPatch::default()
        })],
    );
    r.at(60);
    apply(
        &mut r,
        vec![set(CardPatch {
            title: Some("Bemanning i dag".into()),
            owner: Some(Some("Kari".into())),
            ..CardPatch::default()
        })],
    );
    r.at(120);
    apply(
        &mut r,
        vec![Op::Decision(DecisionOp::Add(NewDecision {
            text: "Vi leier en bil".into(),
            owner: None,
            due: None,
            card: Some("k1".into()),
        }))],
    );
    // Still on the card screen: the history was read again after each save.
    assert_eq!(r.app.screen, Screen::Card);
    let s = render(&r.app, 100, 60);
    let history = &s[s.find("Historikk").expect(&s)..];
    let lines: Vec<&str> = history.lines().collect();
    let at = |what: &str| {
        lines
            .iter()
            .position(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{what:?} in:\n{history}"))
    };
    // Newest first, each change in words.
    assert!(at("beslutning: Vi leier en bil") < at("endret tittel, ansvarlig"));
    assert!(at("endret tittel, ansvarlig") < at("endret notat"));
    assert!(
        lines[at("endret notat")].contains("24.11 08:30 Hilde:"),
        "{history}"
    );
}

/// A board of its own with a finished card past its deadline, an open one
/// past its deadline, and one from last year, on `today`.
fn dated(today: NaiveDate) -> (tempfile::TempDir, App) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("t.json"),
        r#"{"tavle":1,"title":"T","kind":"drift",
  "columns":[{"id":"a","title":"I dag"},{"id":"f","title":"Ferdig","done":true}],
  "goals":[{"id":"m","title":"Mål","target":"x","due":"2027-01-01"}],
  "cards":[{"id":"k1","title":"Åpen","column":"a","owner":"Kari","due":"2026-11-20","goal":"m"},
           {"id":"k2","title":"Ferdig kort","column":"f","owner":"Kari","due":"2026-11-01","goal":"m","light":"red"},
           {"id":"k3","title":"Fjorårets","column":"a","owner":"Ola","due":"2025-12-20"},
           {"id":"k4","title":"Fjorårets ferdige","column":"f","owner":"Ola","due":"2025-11-01"}],
  "decisions":[{"id":"b1","at":"2025-12-02T09:00:00+01:00","text":"Fra i fjor","card":"k3"}]}"#,
    )
    .unwrap();
    let entries = tavle::tui::load_all(tmp.path()).unwrap();
    let app = App::new(Lang::Nb, tmp.path().into(), entries, today, Instant::now());
    (tmp, app)
}

fn key(app: &mut App, code: KeyCode) {
    let _ = app.update(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

fn line_with<'s>(s: &'s str, what: &str) -> &'s str {
    s.lines()
        .find(|l| l.contains(what))
        .unwrap_or_else(|| panic!("{what:?} in:\n{s}"))
}

#[test]
fn a_finished_card_is_never_overdue_on_any_screen() {
    let (_tmp, mut app) = dated(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    key(&mut app, KeyCode::Enter);
    let board = render(&app, 120, 40);
    assert!(
        board.contains("Kari · ⚠ 4 d over"),
        "the open one:\n{board}"
    );
    assert!(
        board.contains("Kari · 01.11"),
        "the finished one's date:\n{board}"
    );
    assert_eq!(board.matches("d over").count(), 1, "{board}");
    // The card itself.
    app.screens.board.column = Some("f".into());
    app.screens.board.card = Some("k2".into());
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screens.card.id.as_deref(), Some("k2"));
    let card = render(&app, 100, 40);
    let due = line_with(&card, "Frist");
    assert!(
        due.contains("01.11.2026") && !due.contains("over") && !due.contains('⚠'),
        "{due}"
    );
    key(&mut app, KeyCode::Char('q'));
    // The action plan.
    key(&mut app, KeyCode::Char('p'));
    let plan = render(&app, 140, 30);
    let row = line_with(&plan, "Ferdig kort");
    assert!(
        row.contains("01.11") && !row.contains("over") && !row.contains('⚠'),
        "{row}"
    );
    assert!(line_with(&plan, "Åpen").contains("4 d over"), "{plan}");
}

#[test]
fn dates_from_another_year_show_the_year() {
    let (_tmp, mut app) = dated(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    key(&mut app, KeyCode::Enter);
    let board = render(&app, 120, 40);
    assert!(
        board.contains("Ola · ⚠ 20.12.2025"),
        "overdue since last year:\n{board}"
    );
    assert!(
        board.contains("Ola · 01.11.2025"),
        "finished last year:\n{board}"
    );
    // A decision from last year on the card.
    app.screens.board.card = Some("k3".into());
    key(&mut app, KeyCode::Enter);
    let card = render(&app, 100, 40);
    assert!(
        line_with(&card, "Fra i fjor").contains("02.12.2025"),
        "{card}"
    );
}

#[test]
fn question_mark_twice_explains_every_symbol_in_every_language() {
    let glyphs = [
        "●",
        "▲",
        "■",
        "○",
        "✓",
        "■(▲)",
        "⚠",
        "◆",
        "✗",
        "✱",
        "⇪",
        "⇩",
        "▶",
        "◀",
        "↑",
        "↓",
        "▸",
        "•",
        "☐",
        "☑",
        "⏱",
        "⏰",
        "▏",
        "ℹ",
        "−",
        "▁▃▅▇█",
    ];
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let (_tmp, mut app) = dated(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        app.shared.set_lang(lang);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay, Some(Overlay::Help));
        let help = render(&app, 80, 24);
        assert!(
            help.contains(" ? "),
            "the help page says where the symbols are:\n{help}"
        );
        key(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay, Some(Overlay::Symbols));
        let page = render(&app, 80, 24);
        for g in glyphs {
            assert!(page.contains(g), "{g} at 80×24 ({lang:?}):\n{page}");
        }
        // With its meaning beside it, on the page (not the legend behind it).
        let title = i18n::symbol_page(lang, i18n::SymbolPage::Title);
        let on_page = &page[page.find(title).expect(&page)..];
        let meaning = i18n::symbol(lang, i18n::Symbol::SetByHand);
        let first_word = meaning.split(' ').next().unwrap();
        assert!(line_with(on_page, "■(▲)").contains(first_word), "{on_page}");
        key(&mut app, KeyCode::Char('x'));
        assert_eq!(app.overlay, None, "any key closes");
        assert_eq!(app.screen, Screen::Board, "and does nothing else");
    }
}

#[test]
fn the_overview_cursor_stops_at_the_top_and_the_bottom() {
    let r = Room::new();
    let entries = tavle::tui::load_all(&r.dir).unwrap();
    let n = entries.len();
    assert!(n >= 3);
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = App::new(Lang::Nb, r.dir.clone(), entries, today, Instant::now());
    assert_eq!(app.shared.current(), 0);
    for k in [KeyCode::Up, KeyCode::Char('k'), KeyCode::BackTab] {
        key(&mut app, k);
        assert_eq!(app.shared.current(), 0, "{k:?} at the top");
    }
    for _ in 0..n + 2 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.shared.current(), n - 1);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.shared.current(), n - 1, "Tab at the bottom");
    key(&mut app, KeyCode::Up);
    assert_eq!(app.shared.current(), n - 2);
}

#[test]
fn a_decision_is_listed_once_in_the_closing_summary_and_the_minutes() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.at(60);
    let decide = |text: &str, owner: &str, day: u32| {
        Op::Decision(DecisionOp::Add(NewDecision {
            text: text.into(),
            owner: Some(owner.into()),
            due: NaiveDate::from_ymd_opt(2026, 11, day),
            card: None,
        }))
    };
    apply(&mut r, vec![decide("Vi kjøper ny bil", "Jonas", 27)]);
    r.at(120);
    apply(&mut r, vec![decide("Vi ringer kommunen", "Kari", 30)]);
    r.at(180);
    let id = r
        .disk()
        .decisions
        .iter()
        .find(|d| d.text == "Vi kjøper ny bil")
        .unwrap()
        .id
        .clone();
    apply(
        &mut r,
        vec![Op::Decision(DecisionOp::SetDone { id, done: true })],
    );
    r.at(240);
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    let screen = render(&r.app, 120, 80);
    // The closing summary itself (the notice line below says what was done last).
    let summary = &screen
        [screen.find("Avslutt møtet").unwrap()..screen.find("Enter: skriv referat").unwrap()];
    for text in ["Vi kjøper ny bil", "Vi ringer kommunen"] {
        assert_eq!(summary.matches(text).count(), 1, "{text} once:\n{summary}");
    }
    assert!(
        line_with(summary, "Vi kjøper ny bil").contains("(utført)"),
        "{summary}"
    );
    r.key(KeyCode::Enter);
    let minutes =
        std::fs::read_to_string(r.dir.join("referater/2026-11-24-hjemmetjenesten-nord.md"))
            .unwrap();
    for text in ["Vi kjøper ny bil", "Vi ringer kommunen"] {
        assert_eq!(minutes.matches(text).count(), 1, "{text} once:\n{minutes}");
    }
    assert!(
        line_with(&minutes, "Vi kjøper ny bil").contains("frist: 27.11.2026")
            && line_with(&minutes, "Vi kjøper ny bil").contains("_(utført)_"),
        "{minutes}"
    );
    assert!(
        line_with(&minutes, "Vi ringer kommunen").starts_with("- Vi ringer"),
        "{minutes}"
    );
}

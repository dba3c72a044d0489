//! The screens as a facilitator uses them, driven by events with the disk
//! work performed through the real folder layer: the card detail screen,
//! light keys, dialogs that never lose typing, the meeting on every screen,
//! banners over boards that are wrong, the decision panel, and what happens
//! when someone else deletes the board or moves the card you are on.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Field, Overlay, Screen};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::{Lang, Msg};
use tavle::ops::Stamp;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

struct Ui {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
    t: Instant,
}

impl Ui {
    /// The shipped boards in a temp folder, opened on the overview in `lang`.
    fn new(lang: Lang) -> Ui {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let boards = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"));
        for f in store::board_files(boards).unwrap() {
            std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
        }
        Ui::on(tmp, dir, lang)
    }

    /// One board file with `text`, opened on that board.
    fn with(text: &str) -> Ui {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::write(dir.join("b.json"), text).unwrap();
        let mut ui = Ui::on(tmp, dir, Lang::En);
        ui.key(KeyCode::Enter);
        ui
    }

    fn on(tmp: tempfile::TempDir, dir: PathBuf, lang: Lang) -> Ui {
        let entries = tavle::tui::load_all(&dir).unwrap();
        let t = Instant::now();
        let mut app = App::new(lang, dir.clone(), entries, today(), t);
        let _ = app.update(Event::Clock(clock()), t);
        Ui {
            _tmp: tmp,
            dir,
            app,
            t,
        }
    }

    fn home(&self) -> PathBuf {
        self.dir.join("hjemmetjenesten-nord.json")
    }

    fn event(&mut self, e: Event) {
        let effects = self.app.update(e, self.t);
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.event(Event::Key(KeyEvent::new(code, mods)));
    }

    fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    fn typ(&mut self, s: &str) {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// Tell the app what the file at `path` holds now, as the watcher would.
    fn reload(&mut self, path: &Path) {
        let analysis = store::analyze(path);
        self.event(Event::Files(WatchEvent::Changed(vec![
            FileChange::Present {
                path: path.to_path_buf(),
                analysis,
            },
        ])));
    }

    fn open_home(&mut self) {
        self.key(KeyCode::Enter);
        assert_eq!(self.app.entry().unwrap().id, "hjemmetjenesten-nord");
    }

    fn disk(&self, path: &Path) -> tavle::model::Board {
        store::analyze(path).board.unwrap()
    }

    fn screen(&self, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, clock(), f))
            .unwrap();
        let buf = t.backend().buffer();
        let mut s = String::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                s.push_str(buf[(x, y)].symbol());
            }
            s.push('\n');
        }
        s
    }

    fn notice(&self) -> Option<&Msg> {
        self.app.shared.notice().map(|n| &n.msg)
    }
}

#[test]
fn enter_on_a_card_shows_every_field_its_decisions_and_history() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    // Give k1 a decision (named in the card field) and a change in the log first.
    ui.key(KeyCode::Char('d'));
    ui.typ("Hilde ringer vikarpoolen");
    for _ in 0..3 {
        ui.key(KeyCode::Tab);
    }
    ui.typ("k1");
    ui.key(KeyCode::Enter);
    ui.key(KeyCode::Char('2'));
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.screen, Screen::Card);
    assert_eq!(ui.app.screens.card.id.as_deref(), Some("k1"));
    let s = ui.screen(120, 60);
    for want in [
        "Card k1",
        "Bemanning i dag: to syke på dagvakt, én vikar fra vikarpoolen",
        "Hilde",
        "24.11.2026",
        "bemanning",
        "Kari tar rute 3",
        "Decisions about the card",
        "Hilde ringer vikarpoolen",
        "History",
        "light",
        "Id",
    ] {
        assert!(s.contains(want), "{want:?} missing:\n{s}");
    }
    // Back to the board, on the same card.
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.screen, Screen::Board);
    assert_eq!(ui.app.screens.board.card.as_deref(), Some("k1"));
}

#[test]
fn e_in_the_detail_edits_every_field_the_note_in_lines_and_keeps_unknown_fields() {
    let mut ui = Ui::new(Lang::En);
    // An unknown field on the card must survive the edit.
    let path = ui.home();
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "\"id\": \"k1\",",
        "\"id\": \"k1\",\n      \"x-annet-verktøy\": 7,",
        1,
    );
    std::fs::write(&path, text).unwrap();
    ui.reload(&path);
    ui.open_home();
    ui.key(KeyCode::Enter);
    ui.key(KeyCode::Char('e'));
    let Some(Overlay::Editor(ed)) = &ui.app.overlay else {
        panic!("no editor");
    };
    let fields: Vec<Field> = ed.fields.iter().map(|f| f.field).collect();
    assert_eq!(
        fields,
        [
            Field::Title,
            Field::Owner,
            Field::Due,
            Field::Note,
            Field::Tags,
            Field::Source,
            Field::Effect,
            Field::Effort
        ]
    );
    // To the note: a new line at its end.
    for _ in 0..3 {
        ui.key(KeyCode::Tab);
    }
    ui.key_mod(KeyCode::End, KeyModifiers::CONTROL);
    ui.key(KeyCode::End);
    ui.key(KeyCode::Enter);
    ui.typ("Ny linje");
    ui.key(KeyCode::Tab);
    ui.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    ui.typ("bemanning, vikar");
    ui.key(KeyCode::Tab);
    ui.typ("ansatt");
    ui.key(KeyCode::Tab);
    ui.typ("3");
    ui.key(KeyCode::Tab);
    ui.typ("1");
    ui.key_mod(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ui.app.overlay, None);
    let card = ui.disk(&path).card("k1").unwrap().clone();
    assert!(
        card.note
            .as_deref()
            .unwrap()
            .ends_with("brukerne.\nNy linje")
    );
    assert_eq!(card.tags, ["bemanning", "vikar"]);
    assert_eq!(card.source.as_deref(), Some("ansatt"));
    assert_eq!((card.effect, card.effort), (Some(3), Some(1)));
    assert_eq!(
        card.extra.get("x-annet-verktøy"),
        Some(&serde_json::json!(7))
    );
    // Effect must be 1–3: the dialog says so and keeps the text.
    ui.key(KeyCode::Char('e'));
    for _ in 0..6 {
        ui.key(KeyCode::Tab);
    }
    ui.key(KeyCode::Backspace);
    ui.typ("7");
    ui.key(KeyCode::Enter);
    match &ui.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(ed.error, Some(Msg::OneToThree));
            assert_eq!(ed.get(Field::Effect), "7");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn light_keys_set_a_light_in_one_key_on_the_board_and_in_the_plan() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    for (key, light) in [
        ('1', Some(tavle::model::Light::Green)),
        ('2', Some(tavle::model::Light::Yellow)),
        ('3', Some(tavle::model::Light::Red)),
        ('0', None),
    ] {
        ui.key(KeyCode::Char(key));
        assert_eq!(ui.disk(&path).card("k1").unwrap().light, light, "{key}");
    }
    // The action plan: on a measure row.
    ui.key(KeyCode::Tab);
    ui.key(KeyCode::Char('p'));
    let row = ui.app.screens.plan.row.clone().unwrap();
    let board = ui.app.entry().unwrap().path.clone();
    if ui.disk(&board).card(&row).is_none() {
        ui.key(KeyCode::Down);
        ui.key(KeyCode::Down);
    }
    let row = ui.app.screens.plan.row.clone().unwrap();
    assert!(ui.disk(&board).card(&row).is_some(), "a measure row");
    ui.key(KeyCode::Char('3'));
    assert_eq!(
        ui.disk(&board).card(&row).unwrap().light,
        Some(tavle::model::Light::Red)
    );
}

#[test]
fn a_decision_typed_while_the_file_breaks_is_kept_and_saved_once_mended() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    let good = std::fs::read(&path).unwrap();
    ui.key(KeyCode::Char('d'));
    ui.typ("Vi bestiller ny bil til rute 3");
    // A colleague's save breaks the file meanwhile.
    std::fs::write(&path, "{\"tavle\": 1, \"title\": ").unwrap();
    ui.reload(&path);
    ui.key(KeyCode::Enter);
    match &ui.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(ed.get(Field::Text), "Vi bestiller ny bil til rute 3");
            assert!(
                matches!(ed.error, Some(Msg::FileBroken(..))),
                "{:?}",
                ed.error
            );
        }
        other => panic!("the dialog closed: {other:?}"),
    }
    // Mended: Enter saves it.
    std::fs::write(&path, &good).unwrap();
    ui.reload(&path);
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.overlay, None);
    assert!(
        ui.disk(&path)
            .decisions
            .iter()
            .any(|d| d.text == "Vi bestiller ny bil til rute 3")
    );
}

#[test]
fn a_save_refused_by_the_disk_opens_the_dialog_again_with_the_text() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    ui.key(KeyCode::Char('e'));
    ui.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    ui.typ("Ny tittel");
    // The card is deleted on disk before the save gets there.
    let text = std::fs::read_to_string(&path).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["cards"]
        .as_array_mut()
        .unwrap()
        .retain(|c| c["id"] != "k1");
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    ui.key(KeyCode::Enter);
    match &ui.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(ed.get(Field::Title), "Ny tittel");
            assert_eq!(ed.error, Some(Msg::CardGone("k1".into())));
        }
        other => panic!("the text was lost: {other:?}"),
    }
}

#[test]
fn esc_asks_before_throwing_away_more_than_a_few_words() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    ui.key(KeyCode::Char('d'));
    ui.typ("Dette er en lang beslutning");
    ui.key(KeyCode::Esc);
    assert!(matches!(&ui.app.overlay, Some(Overlay::Editor(ed)) if ed.confirm_discard));
    assert!(ui.screen(100, 30).contains("press Esc again to discard"));
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.overlay, None);
    // A word or two goes at once.
    ui.key(KeyCode::Char('d'));
    ui.typ("kort");
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.overlay, None);
}

#[test]
fn the_meeting_is_on_every_screen_and_its_keys_work_there() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    ui.key(KeyCode::Char('m'));
    assert!(ui.app.shared.running().is_some());
    for (key, screen) in [('p', Screen::Plan), ('i', Screen::Indicators)] {
        ui.key(KeyCode::Char(key));
        assert_eq!(ui.app.screen, screen);
        let s = ui.screen(120, 36);
        assert!(s.to_lowercase().contains("meeting"), "{screen:?}:\n{s}");
        assert!(
            s.contains("Bemanning og ressurser i dag"),
            "{screen:?}:\n{s}"
        );
        let before = ui.disk(&path).meeting.unwrap().running.unwrap().item;
        ui.key(KeyCode::Char(']'));
        let after = ui.disk(&path).meeting.unwrap().running.unwrap().item;
        assert_eq!(after, before + 1, "] on {screen:?}");
        ui.key(KeyCode::Char('['));
        ui.key(KeyCode::Esc);
    }
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.screen, Screen::Overview);
    let s = ui.screen(120, 36);
    assert!(s.to_lowercase().contains("meeting"), "overview:\n{s}");
    // `d` on the overview logs a decision on the selected board.
    ui.key(KeyCode::Char('d'));
    assert!(matches!(ui.app.overlay, Some(Overlay::Editor(_))));
}

#[test]
fn a_board_without_columns_says_so_and_n_explains() {
    let mut ui = Ui::with(r#"{"tavle":1,"title":"Tom","kind":"drift","columns":[]}"#);
    assert!(ui.screen(100, 30).contains("The board has no columns"));
    ui.key(KeyCode::Char('n'));
    assert_eq!(ui.notice(), Some(&Msg::NoColumns));
    assert_eq!(ui.app.overlay, None);
}

#[test]
fn cards_in_columns_that_do_not_exist_are_named() {
    let ui = Ui::with(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
            "cards":[{"id":"k1","title":"x","column":"borte"},{"id":"k2","title":"y","column":"borte"}]}"#,
    );
    let s = ui.screen(160, 30);
    assert!(
        s.contains("2 cards stand in columns that do not exist (borte)"),
        "{s}"
    );
}

#[test]
fn a_broken_file_says_how_many_problems_it_has() {
    let ui =
        Ui::with(r#"{"tavle":1,"title":"T","kind":"sideways","columns":[{"id":"a","title":7}]}"#);
    let s = ui.screen(200, 30);
    assert!(s.contains("2 errors in the file"), "{s}");
}

#[test]
fn a_change_without_tavle_is_marked_as_made_outside_tavle() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    // As Notepad would: the title changes, the stamps do not.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Bemanning i dag", "Bemanning nå");
    std::fs::write(&path, text).unwrap();
    ui.reload(&path);
    let s = ui.screen(140, 40);
    assert!(s.contains("changed outside tavle 09:14"), "{s}");
    assert!(!s.contains("changed by  "), "{s}");
}

#[test]
fn an_unbound_key_says_where_the_keys_are() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    // `y` means nothing anywhere (`z` zooms a card since issue 23).
    ui.key(KeyCode::Char('y'));
    assert_eq!(ui.notice(), Some(&Msg::UnboundKey));
    assert!(ui.screen(100, 30).contains("? shows the keys"));
}

#[test]
fn the_decision_panel_never_hides_who_and_when() {
    let long = "Vi har bestemt at alle på dagvakt skal gå gjennom den nye rutinen for medisinrommet før fredag denne uka og kvittere";
    let mut decisions = Vec::new();
    for i in 1..=14 {
        decisions.push(format!(
            r#"{{"id":"b{i}","at":"2026-11-24T09:0{}:00+01:00","text":"{long} {i}","owner":"Ingrid Marie","due":"2026-11-27"}}"#,
            i % 10
        ));
    }
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
             "cards":[{{"id":"k1","title":"x","column":"a"}}],"decisions":[{}]}}"#,
        decisions.join(",")
    );
    let mut ui = Ui::with(&text);
    ui.key(KeyCode::Char('b'));
    for (w, h) in [(80, 24), (120, 36), (200, 60)] {
        let s = ui.screen(w, h);
        let lines: Vec<&str> = s.lines().filter(|l| l.contains("Vi har bestemt")).collect();
        assert!(!lines.is_empty(), "{w}×{h}:\n{s}");
        for l in &lines {
            assert!(l.contains("Ingrid Marie"), "{w}×{h}: owner cut in {l:?}");
            assert!(
                l.contains("Fri") || l.contains("27.11"),
                "{w}×{h}: due cut in {l:?}"
            );
            assert!(l.contains('…'), "{w}×{h}: the text is cut first: {l:?}");
        }
        if h == 24 {
            assert!(s.contains("↓ "), "{w}×{h}: hidden entries are marked:\n{s}");
        }
    }
}

#[test]
fn a_deleted_board_stays_on_screen_read_only_and_nothing_switches() {
    for how in ["delete", "rename", "folder"] {
        let mut ui = Ui::new(Lang::En);
        ui.open_home();
        let path = ui.home();
        match how {
            "delete" => std::fs::remove_file(&path).unwrap(),
            "rename" => std::fs::rename(&path, ui.dir.join("hjemmetjenesten-gammel.json")).unwrap(),
            _ => {
                std::fs::remove_file(&path).unwrap();
                std::fs::create_dir(&path).unwrap();
            }
        }
        ui.event(Event::Files(WatchEvent::Changed(vec![
            FileChange::Missing { path: path.clone() },
        ])));
        ui.t += Duration::from_secs(10);
        ui.event(Event::Tick);
        assert_eq!(ui.app.screen, Screen::Board, "{how}");
        assert_eq!(ui.app.entry().unwrap().path, path, "{how}: another board");
        let s = ui.screen(120, 36);
        assert!(s.contains("The board was deleted or moved"), "{how}:\n{s}");
        // Keys do not reach any other board.
        ui.key(KeyCode::Char(' '));
        assert_eq!(ui.notice(), Some(&Msg::BoardMissing), "{how}");
        // Back on the overview, it is gone from the list.
        ui.key(KeyCode::Esc);
        assert!(
            ui.app.shared.entries().iter().all(|e| e.path != path),
            "{how}"
        );
    }
}

#[test]
fn the_selection_follows_a_card_moved_elsewhere_and_says_when_it_is_gone() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    assert_eq!(ui.app.screens.board.card.as_deref(), Some("k1"));
    let moved = std::fs::read_to_string(&path).unwrap().replacen(
        "\"column\": \"i-dag\"",
        "\"column\": \"ferdig\"",
        1,
    );
    std::fs::write(&path, moved).unwrap();
    ui.reload(&path);
    assert_eq!(ui.app.screens.board.card.as_deref(), Some("k1"));
    assert_eq!(ui.app.screens.board.column.as_deref(), Some("ferdig"));
    // Archived elsewhere: a neighbour, and a notice saying why.
    ui.key(KeyCode::Char('k'));
    let selected = ui.app.screens.board.card.clone().unwrap();
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    for c in v["cards"].as_array_mut().unwrap() {
        if c["id"] == selected.as_str() {
            c["archived"] = serde_json::json!(true);
        }
    }
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    ui.reload(&path);
    assert_ne!(
        ui.app.screens.board.card.as_deref(),
        Some(selected.as_str())
    );
    assert_eq!(ui.notice(), Some(&Msg::CardGoneElsewhere(selected)));
}

/// The screen, `tavle measure add` and CSV import read numbers by one rule:
/// digit groups of three, no cut-off decimals.
#[test]
fn one_number_rule_for_the_screen_and_measure_add() {
    let mut ui = Ui::new(Lang::En);
    ui.open_home();
    let path = ui.home();
    ui.key(KeyCode::Char('i'));
    let indicator = ui.app.screens.indicators.selected.clone().unwrap();
    for bad in ["1 23", "6,", "12 34,5"] {
        ui.key(KeyCode::Char('a'));
        ui.typ(bad);
        ui.key(KeyCode::Enter);
        assert!(
            matches!(&ui.app.overlay, Some(Overlay::Editor(ed)) if matches!(ed.error, Some(Msg::BadValue(_)))),
            "{bad} was taken on screen"
        );
        ui.key(KeyCode::Esc);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
            .args(["measure", "add"])
            .arg(&path)
            .args([indicator.as_str(), bad])
            .env("TAVLE_LANG", "en")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad} was taken by measure add");
    }
    ui.key(KeyCode::Char('a'));
    ui.typ("1 234,5");
    ui.key(KeyCode::Enter);
    let board = ui.disk(&path);
    let ind = board.indicators.iter().find(|i| i.id == indicator).unwrap();
    assert!(ind.values.iter().any(|v| v.value == 1234.5));
}

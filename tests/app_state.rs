//! The app state driven by events alone: no terminal, no clock, no watcher.
//! Disk effects are performed by the test through the real storage layer.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle::app::Screen;
use tavle::app::{App, Effect, Entry, Event, MISSING_GRACE, Overlay};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::{Lang, Msg};
use tavle::ops::{CardOp, NewCard, Op, Stamp};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    app: App,
    t0: Instant,
}

impl Fixture {
    fn new() -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        for f in
            store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
        {
            std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
        }
        let entries = tavle::tui::load_all(&dir).unwrap();
        let t0 = Instant::now();
        let app = App::new(Lang::En, dir.clone(), entries, today(), t0);
        Fixture {
            _dir: tmp,
            dir,
            app,
            t0,
        }
    }

    fn home(&self) -> PathBuf {
        self.dir.join("hjemmetjenesten-nord.json")
    }

    /// Feed a key; perform disk effects like the runtime does; return the effects.
    fn key(&mut self, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
        let effects = self
            .app
            .update(Event::Key(KeyEvent::new(code, mods)), self.t0);
        self.perform(effects.clone());
        effects
    }

    fn press(&mut self, c: char) -> Vec<Effect> {
        self.key(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn perform(&mut self, effects: Vec<Effect>) {
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn open_home(&mut self) {
        // The overview starts on the worst board: the home-care board of the samples.
        self.key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(self.app.screen, Screen::Board);
        assert_eq!(self.app.entry().unwrap().id, "hjemmetjenesten-nord");
    }

    fn disk_card(&self, id: &str) -> tavle::model::Card {
        let a = store::analyze(&self.home());
        a.board.unwrap().card(id).unwrap().clone()
    }
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "test".into(),
    }
}

#[test]
fn opens_on_the_first_card_of_the_first_column() {
    let mut f = Fixture::new();
    assert_eq!(f.app.screen, Screen::Overview);
    f.open_home();
    assert_eq!(f.app.screens.board.column.as_deref(), Some("i-dag"));
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k1"));
    f.press('j');
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k2"));
    f.press('l');
    assert_eq!(f.app.screens.board.column.as_deref(), Some("pagar"));
    f.key(KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(f.app.entry().unwrap().id, "helsefellesskap-handlingsplan");
    f.press('q');
    assert_eq!(f.app.screen, Screen::Overview);
    f.press('q');
    assert!(f.app.shared.quit());
}

#[test]
fn move_light_undo_redo_are_saved_and_reversible() {
    let mut f = Fixture::new();
    f.open_home();
    let effects = f.key(KeyCode::Right, KeyModifiers::SHIFT);
    assert!(
        matches!(&effects[..], [Effect::Apply { ops, .. }] if matches!(&ops[..], [Op::Card(CardOp::Move { id, column, .. })] if id == "k1" && column == "pagar"))
    );
    assert_eq!(f.disk_card("k1").column, "pagar");
    // The selection follows the card.
    assert_eq!(
        (
            f.app.screens.board.column.as_deref(),
            f.app.screens.board.card.as_deref()
        ),
        (Some("pagar"), Some("k1"))
    );

    let light = f.disk_card("k1").light;
    f.press(' ');
    assert_ne!(f.disk_card("k1").light, light);

    f.press('u');
    assert_eq!(f.disk_card("k1").light, light);
    f.press('u');
    assert_eq!(f.disk_card("k1").column, "i-dag");
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k1"));
    assert_eq!(f.app.shared.history().redo_len(), 2);
    f.key(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(f.disk_card("k1").column, "pagar");
    f.press('u');
    f.press('u');
    f.press('u');
    assert_eq!(
        f.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::NothingToUndo)
    );
}

/// Keys pressed while saves are still on their way are handled at once, on
/// what the screen shows; an undo waits until the step it undoes is known.
#[test]
fn keys_while_saving_apply_in_order_and_undo_waits_for_its_step() {
    let mut f = Fixture::new();
    f.open_home();
    let light = f.disk_card("k1").light;
    let press =
        |f: &mut Fixture, code, mods| f.app.update(Event::Key(KeyEvent::new(code, mods)), f.t0);
    // Three keys before any save comes back: each sees the one before.
    let mut queued = press(&mut f, KeyCode::Right, KeyModifiers::SHIFT);
    queued.extend(press(&mut f, KeyCode::Right, KeyModifiers::SHIFT));
    queued.extend(press(&mut f, KeyCode::Char(' '), KeyModifiers::NONE));
    assert_eq!(queued.len(), 3);
    assert_eq!(f.app.board().unwrap().card("k1").unwrap().column, "venter");
    assert_eq!(f.disk_card("k1").column, "i-dag", "nothing saved yet");
    // Undo before the saves are back: nothing to send yet, and no "nothing to undo".
    assert!(press(&mut f, KeyCode::Char('u'), KeyModifiers::NONE).is_empty());
    assert_eq!(f.app.shared.notice(), None);
    f.perform(queued);
    // Every edit landed in order, then the undo took back the last one (the light).
    assert_eq!(f.disk_card("k1").column, "venter");
    assert_eq!(f.disk_card("k1").light, light);
    assert_eq!(f.app.shared.history().redo_len(), 1);
    assert!(f.app.shared.pending().is_empty());
}

#[test]
fn reload_keeps_the_selection_on_the_same_card() {
    let mut f = Fixture::new();
    f.open_home();
    f.press('j');
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k2"));
    // Someone else adds a card at the top of the same column and moves k1 away.
    let path = f.home();
    store::update(
        &path,
        &[Op::Card(CardOp::Move {
            id: "k1".into(),
            column: "venter".into(),
            before: None,
        })],
        &stamp(),
    )
    .unwrap();
    let analysis = store::analyze(&path);
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path,
            analysis,
        }])),
        f.t0,
    );
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k2"));
    // The changed card is highlighted for a while, then not.
    assert!(f.app.entry().unwrap().highlights.contains_key("k1"));
    let _ = f.app.update(Event::Tick, f.t0 + Duration::from_secs(60));
    assert!(f.app.entry().unwrap().highlights.is_empty());
}

#[test]
fn our_own_write_is_not_an_outside_change() {
    let mut f = Fixture::new();
    f.open_home();
    f.press(' ');
    let path = f.home();
    let analysis = store::analyze(&path);
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path,
            analysis,
        }])),
        f.t0,
    );
    assert!(f.app.entry().unwrap().highlights.is_empty());
}

#[test]
fn a_broken_file_keeps_the_last_good_board_read_only() {
    let mut f = Fixture::new();
    f.open_home();
    let path = f.home();
    std::fs::write(&path, "{\"tavle\": 1,\n  \"title\": ").unwrap();
    let analysis = store::analyze(&path);
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis,
        }])),
        f.t0,
    );
    let e = f.app.entry().unwrap();
    let broken = e.broken.as_ref().unwrap();
    assert_eq!((broken.line, broken.col), (2, 12));
    assert!(e.board.is_some());
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k1"));
    assert!(f.press(' ').is_empty(), "no save to a broken file");
    assert_eq!(
        f.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::FileBroken(2, 12))
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"tavle\": 1,\n  \"title\": "
    );
}

#[test]
fn a_briefly_missing_file_is_not_deleted() {
    let mut f = Fixture::new();
    let path = f.home();
    let n = f.app.shared.entries().len();
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Missing {
            path: path.clone(),
        }])),
        f.t0,
    );
    let analysis = store::analyze(&path);
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis,
        }])),
        f.t0 + Duration::from_millis(50),
    );
    let _ = f.app.update(Event::Tick, f.t0 + MISSING_GRACE * 2);
    assert_eq!(f.app.shared.entries().len(), n);
    // When it stays gone, it goes, with a notice.
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Missing { path }])),
        f.t0,
    );
    let _ = f.app.update(Event::Tick, f.t0 + MISSING_GRACE * 2);
    assert_eq!(f.app.shared.entries().len(), n - 1);
    assert_eq!(
        f.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::BoardDeleted("hjemmetjenesten-nord".into()))
    );
}

#[test]
fn new_boards_appear() {
    let mut f = Fixture::new();
    let path = f.dir.join("ny.json");
    std::fs::write(&path, r#"{"tavle":1,"title":"Ny tavle","kind":"drift"}"#).unwrap();
    let analysis = store::analyze(&path);
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path,
            analysis,
        }])),
        f.t0,
    );
    assert!(f.app.shared.entries().iter().any(|e| e.id == "ny"));
}

#[test]
fn filter_by_owner_and_clear() {
    let mut f = Fixture::new();
    f.open_home();
    f.press('/');
    for c in "hilde".chars() {
        f.press(c);
    }
    f.key(KeyCode::Enter, KeyModifiers::NONE);
    let board = f.app.board().unwrap().clone();
    let shown: Vec<_> = board
        .cards
        .iter()
        .filter(|c| f.app.screens.board.visible(c))
        .map(|c| c.owner.clone())
        .collect();
    assert!(!shown.is_empty());
    assert!(
        shown.iter().all(|o| o.as_deref() == Some("Hilde")),
        "{shown:?}"
    );
    f.key(KeyCode::Esc, KeyModifiers::NONE);
    assert!(f.app.screens.board.filter.is_empty());
    assert_eq!(f.app.screen, Screen::Board);
}

#[test]
fn editor_adds_a_card_with_a_norwegian_due_date() {
    let mut f = Fixture::new();
    f.open_home();
    f.press('n');
    for c in "Ny rutine".chars() {
        f.press(c);
    }
    f.key(KeyCode::Tab, KeyModifiers::NONE);
    for c in "Ola".chars() {
        f.press(c);
    }
    f.key(KeyCode::Tab, KeyModifiers::NONE);
    for c in "tors".chars() {
        f.press(c);
    }
    let effects = f.key(KeyCode::Enter, KeyModifiers::NONE);
    let expected = Op::Card(CardOp::Add(NewCard {
        title: "Ny rutine".into(),
        column: "i-dag".into(),
        owner: Some("Ola".into()),
        due: NaiveDate::from_ymd_opt(2026, 11, 26),
        light: None,
        source: None,
        received: None,
    }));
    assert!(matches!(&effects[..], [Effect::Apply { ops, .. }] if ops == &vec![expected]));
    let id = f.app.screens.board.card.clone().unwrap();
    assert_eq!(f.disk_card(&id).title, "Ny rutine");
    assert_eq!(f.app.overlay, None);
}

#[test]
fn editor_refuses_a_bad_date_and_keeps_the_text() {
    let mut f = Fixture::new();
    f.open_home();
    f.press('e');
    f.key(KeyCode::Tab, KeyModifiers::NONE);
    f.key(KeyCode::Tab, KeyModifiers::NONE);
    for c in "31.2".chars() {
        f.press(c);
    }
    assert!(f.key(KeyCode::Enter, KeyModifiers::NONE).is_empty());
    match &f.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert!(matches!(ed.error, Some(Msg::BadDue(_))));
            assert!(ed.get(tavle::app::Field::Due).ends_with("31.2"));
        }
        other => panic!("{other:?}"),
    }
    f.key(KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(f.app.overlay, None);
}

#[test]
fn archive_hides_and_can_be_restored() {
    let mut f = Fixture::new();
    f.open_home();
    f.press('x');
    assert!(f.disk_card("k1").archived);
    assert_ne!(f.app.screens.board.card.as_deref(), Some("k1"));
    f.press('a');
    f.press('k');
    f.press('k');
    assert_eq!(f.app.screens.board.card.as_deref(), Some("k1"));
    f.press('x');
    assert!(!f.disk_card("k1").archived);
}

#[test]
fn an_edit_of_a_card_deleted_elsewhere_says_so() {
    let mut f = Fixture::new();
    f.open_home();
    // Remove k1 behind the app's back, without telling it.
    store::update(
        &f.home(),
        &[Op::Card(CardOp::Remove { id: "k1".into() })],
        &stamp(),
    )
    .unwrap();
    f.press(' ');
    assert_eq!(
        f.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::CardGone("k1".into()))
    );
}

#[test]
fn entries_load_even_when_one_file_is_broken() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.json"), "{").unwrap();
    std::fs::write(
        dir.path().join("b.json"),
        r#"{"tavle":1,"title":"B","kind":"drift"}"#,
    )
    .unwrap();
    let entries: Vec<Entry> = tavle::tui::load_all(dir.path()).unwrap();
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().any(|e| e.broken.is_some()));
}

#[test]
fn a_newer_format_opens_read_only() {
    let mut f = Fixture::new();
    let path = f.home();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replacen("\"tavle\": 1", "\"tavle\": 2", 1);
    std::fs::write(&path, &text).unwrap();
    let analysis = store::analyze(&path);
    let _ = f.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis,
        }])),
        f.t0,
    );
    f.open_home();
    let e = f.app.entry().unwrap();
    assert!(e.broken.is_none() && e.board.is_some() && e.read_only());
    assert!(f.press(' ').is_empty());
    assert_eq!(
        f.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::NewerFormat(2))
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

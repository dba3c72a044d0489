//! `n` on the overview (issue 21.1): a small form asks the kind and the
//! name of a new board, the app asks the worker for it
//! (`Effect::NewBoard`), and once the folder lists the file the worker
//! wrote the new board is selected and opened — at once when the watcher
//! was quicker than the worker's answer. The dialog on an 80×24 screen.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, EditKind, Effect, Event, Field, Overlay, Screen};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::{Lang, Msg, NewBoardMsg};
use tavle::model::Kind;
use tavle::ops::Stamp;
use tavle::template::Roles;

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
}

impl Fixture {
    fn new(lang: Lang) -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
        for f in store::board_files(&shipped).unwrap() {
            std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
        }
        let entries = tavle::tui::load_all(&dir).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut app = App::new(lang, dir.clone(), entries, today, Instant::now());
        // The first event asks for the boards' versions to be kept: done
        // with, so that what a key asks for is all a key's effects hold.
        let _ = app.update(Event::Tick, Instant::now());
        Fixture {
            _tmp: tmp,
            dir,
            app,
        }
    }

    fn key(&mut self, code: KeyCode) -> Vec<Effect> {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        self.app.update(Event::Key(key), Instant::now())
    }

    fn typ(&mut self, text: &str) -> Vec<Effect> {
        let mut out = Vec::new();
        for c in text.chars() {
            out.extend(self.key(KeyCode::Char(c)));
        }
        out
    }

    fn form(&self) -> &tavle::app::Editor {
        match &self.app.overlay {
            Some(Overlay::Editor(ed)) => ed,
            other => panic!("no form: {other:?}"),
        }
    }

    /// The file at `path` as the watcher reports it.
    fn seen(&mut self, path: &Path) {
        let analysis = store::analyze(path);
        let change = FileChange::Present {
            path: path.to_path_buf(),
            analysis,
        };
        let ev = Event::Files(WatchEvent::Changed(vec![change]));
        let _ = self.app.update(ev, Instant::now());
    }
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::from_datetime(
            DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap(),
        ),
        by: "Hilde".into(),
    }
}

/// `n`, the kind and the name: the effect the worker is asked for.
fn ask(f: &mut Fixture, kind: &str, name: &str) -> Vec<Effect> {
    assert!(f.key(KeyCode::Char('n')).is_empty());
    let fields: Vec<Field> = f.form().fields.iter().map(|x| x.field).collect();
    assert_eq!(f.form().kind, EditKind::NewBoard);
    assert_eq!(
        fields,
        [
            Field::Kind,
            Field::Name,
            Field::TeamLeader,
            Field::MeasurementLead
        ]
    );
    assert!(f.typ(kind).is_empty());
    assert!(f.key(KeyCode::Enter).is_empty());
    assert!(f.typ(name).is_empty());
    f.key(KeyCode::Enter)
}

#[test]
fn the_overview_key_asks_kind_and_name_and_asks_the_worker_for_the_board() {
    let mut f = Fixture::new(Lang::Nb);
    assert_eq!(f.app.screen, Screen::Overview);
    assert!(f.key(KeyCode::Char('n')).is_empty());
    // No kind: refused in the form, with what to type.
    assert!(f.key(KeyCode::Enter).is_empty());
    assert_eq!(
        f.form().error,
        Some(Msg::NewBoard(NewBoardMsg::BadKind(String::new())))
    );
    assert!(f.typ("kanban").is_empty());
    assert!(f.key(KeyCode::Enter).is_empty());
    assert_eq!(
        f.form().error,
        Some(Msg::NewBoard(NewBoardMsg::BadKind("kanban".into())))
    );
    for _ in 0.."kanban".len() {
        let _ = f.key(KeyCode::Backspace);
    }
    // A good kind and Enter: on to the name, nothing said yet.
    assert!(f.typ("d").is_empty());
    assert!(f.key(KeyCode::Enter).is_empty());
    assert_eq!(f.form().error, None);
    assert_eq!(f.form().fields[f.form().focus].field, Field::Name);
    // Enter on an empty name says it needs one.
    assert!(f.key(KeyCode::Enter).is_empty());
    assert_eq!(f.form().error, Some(Msg::NewBoard(NewBoardMsg::NoName)));
    assert!(f.typ("Drift sone sør").is_empty());
    let effects = f.key(KeyCode::Enter);
    assert_eq!(
        effects,
        [Effect::NewBoard {
            dir: f.dir.clone(),
            kind: Kind::Drift,
            title: "Drift sone sør".into(),
            roles: Roles::default(),
        }]
    );
    assert!(f.app.overlay.is_none());
    // Nothing was written by the app itself.
    assert!(!f.dir.join("drift-sone-sor.json").exists());
}

#[test]
fn the_form_names_the_team_leader_and_measurement_lead_and_the_file_holds_them() {
    let mut f = Fixture::new(Lang::Nb);
    assert!(f.key(KeyCode::Char('n')).is_empty());
    assert!(f.typ("f").is_empty());
    assert!(f.key(KeyCode::Tab).is_empty());
    assert!(f.typ("Fallforebygging").is_empty());
    assert!(f.key(KeyCode::Tab).is_empty());
    assert_eq!(f.form().fields[f.form().focus].field, Field::TeamLeader);
    assert!(f.typ("Kari Nordmann").is_empty());
    assert!(f.key(KeyCode::Tab).is_empty());
    assert_eq!(
        f.form().fields[f.form().focus].field,
        Field::MeasurementLead
    );
    assert!(f.typ("Per Hansen").is_empty());
    let effects = f.key(KeyCode::Enter);
    let want = Roles {
        team_leader: Some("Kari Nordmann".into()),
        measurement_lead: Some("Per Hansen".into()),
    };
    assert_eq!(
        effects,
        [Effect::NewBoard {
            dir: f.dir.clone(),
            kind: Kind::Forbedring,
            title: "Fallforebygging".into(),
            roles: want,
        }]
    );
    tavle::tui::perform_with(&mut f.app, effects, &stamp);
    let text = std::fs::read_to_string(f.dir.join("fallforebygging.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["team_leader"], "Kari Nordmann");
    assert_eq!(json["measurement_lead"], "Per Hansen");
}

#[test]
fn the_new_board_is_selected_and_opened_once_the_folder_lists_it() {
    let mut f = Fixture::new(Lang::Nb);
    let before = f.app.entry().unwrap().path.clone();
    let effects = ask(&mut f, "forbedring", "Forbedring avd. 3");
    let path = f.dir.join("forbedring-avd-3.json");
    tavle::tui::perform_with(&mut f.app, effects, &stamp);
    assert!(path.is_file());
    let notice = f.app.shared.notice().unwrap();
    assert!(!notice.error);
    assert_eq!(
        notice.msg,
        Msg::NewBoard(NewBoardMsg::Created {
            kind: Kind::Forbedring,
            path: path.display().to_string()
        })
    );
    // Not listed yet: the selection stays where it was.
    assert_eq!(f.app.entry().unwrap().path, before);
    assert_eq!(f.app.screen, Screen::Overview);
    f.seen(&path);
    assert_eq!(f.app.entry().unwrap().path, path);
    assert_eq!(f.app.screen, Screen::Board);
    let b = f.app.board().unwrap();
    assert_eq!(b.kind, Kind::Forbedring);
    assert_eq!(b.columns.first().unwrap().title, "Ideer");
}

#[test]
fn a_board_the_watcher_listed_first_is_opened_at_once() {
    let mut f = Fixture::new(Lang::En);
    let effects = ask(&mut f, "operations", "Night shift");
    let Some(Effect::NewBoard {
        dir, kind, title, ..
    }) = effects.into_iter().next()
    else {
        panic!("no new board asked for");
    };
    // The worker's work, its answer held back until the watcher spoke.
    let words = tavle::i18n::template_words(Lang::En, kind);
    let board = tavle::template::new_board(kind, &title, &words);
    let path = tavle::folder::fresh::create_board(&dir, &board).unwrap();
    f.seen(&path);
    assert_ne!(f.app.entry().unwrap().path, path, "not selected unasked");
    let _ = f.app.update(
        Event::BoardCreated(Ok((kind, path.clone()))),
        Instant::now(),
    );
    assert_eq!(f.app.entry().unwrap().path, path);
    assert_eq!(f.app.screen, Screen::Board);
    assert_eq!(f.app.board().unwrap().columns[0].title, "Today");
}

#[test]
fn a_name_that_is_taken_is_said_and_nothing_is_selected() {
    let mut f = Fixture::new(Lang::Nb);
    let taken = f.dir.join("hjemmetjenesten-nord.json");
    let bytes = std::fs::read(&taken).unwrap();
    let before = f.app.entry().unwrap().path.clone();
    let effects = ask(&mut f, "d", "Hjemmetjenesten nord");
    tavle::tui::perform_with(&mut f.app, effects, &stamp);
    let notice = f.app.shared.notice().unwrap();
    assert!(notice.error);
    assert_eq!(
        notice.msg,
        Msg::NewBoard(NewBoardMsg::Exists(taken.display().to_string()))
    );
    assert_eq!(std::fs::read(&taken).unwrap(), bytes);
    assert_eq!(f.app.entry().unwrap().path, before);
    assert_eq!(f.app.screen, Screen::Overview);
}

#[test]
fn the_dialog_fits_80x24_with_its_question_and_fields() {
    let mut f = Fixture::new(Lang::Nb);
    let _ = f.key(KeyCode::Char('n'));
    let _ = f.typ("forb");
    let clock: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|fr| tavle::ui::render(&f.app, clock, fr)).unwrap();
    let buf = t.backend().buffer();
    let mut screen = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            screen.push_str(buf[(x, y)].symbol());
        }
        screen.push('\n');
    }
    for words in ["Ny tavle: forbedring eller drift?", "Type", "Navn", "forb"] {
        assert!(screen.contains(words), "{words}:\n{screen}");
    }
    // The overview's key is in its key table, so in `?`.
    let _ = f.key(KeyCode::Esc);
    assert!(f.app.overlay.is_none());
    let bound = f
        .app
        .keys()
        .iter()
        .find(|b| b.cmd == tavle::app::Cmd::NewBoard);
    let keys: Vec<KeyCode> = bound.unwrap().keys.iter().map(|k| k.code).collect();
    assert_eq!(keys, [KeyCode::Char('n')]);
}

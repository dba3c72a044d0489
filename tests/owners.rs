//! Screens ask; one owner changes shared state (issue 19.2). A screen's
//! update reads the shared state and returns requests: the board it shows
//! does not change until the requests are carried out, and then by the
//! boards' owner. The shared state and its owners have no public field, and
//! only the owners' module takes the shared state by `&mut`, so the
//! compiler keeps every other writer out; these tests keep that so.

use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle::app::{App, Component, Effect, Request, Screen};
use tavle::i18n::Lang;
use tavle::ops::{CardOp, Op};

const BOARDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/boards");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn app() -> App {
    let dir = Path::new(BOARDS);
    let entries = tavle::tui::load_all(dir).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut app = App::new(Lang::En, dir.into(), entries, today, Instant::now());
    app.open_path(&dir.join("hjemmetjenesten-nord.json"));
    assert_eq!(app.screen, Screen::Board);
    app
}

/// The column of card `id` on the board shown.
fn column(app: &App, id: &str) -> String {
    app.board().unwrap().card(id).unwrap().column.clone()
}

#[test]
fn a_screen_asks_for_a_move_and_the_boards_owner_makes_it() {
    let mut app = app();
    let id = app.screens.board.card.clone().unwrap();
    let before = column(&app, &id);
    let cmd = tavle::app::Cmd::MoveRight;
    // The screen alone: it gets the shared state to read, and answers.
    let asked = app.screens.board.update(cmd, &app.shared);
    let [Request::Apply { path, ops, .. }] = asked.0.as_slice() else {
        panic!("one save asked for, got {:?}", asked.0);
    };
    assert_eq!(Some(path), app.entry().map(|e| &e.path));
    let [Op::Card(CardOp::Move { id: moved, .. })] = ops.as_slice() else {
        panic!("a move, got {ops:?}");
    };
    assert_eq!(moved, &id);
    // Nothing changed yet: the board shown is as it was.
    assert_eq!(column(&app, &id), before);
    assert!(app.shared.pending().is_empty());
    // (The versions kept for merges at the start are asked for already.)
    let _ = app.shared.take_effects();
    // The owner carries it out: shown at once, in flight, sent to the worker.
    app.shared.carry_out(asked);
    assert_ne!(column(&app, &id), before);
    assert_eq!(app.shared.pending().len(), 1);
    let effects = app.shared.take_effects();
    let [Effect::Apply { ops: sent, .. }] = effects.as_slice() else {
        panic!("one save for the worker, got {effects:?}");
    };
    assert_eq!(sent.len(), 1);
}

#[test]
fn a_request_for_another_screen_is_carried_out_by_the_app() {
    let mut app = app();
    let key = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::NONE);
    let _ = app.update(tavle::app::Event::Key(key), Instant::now());
    assert_eq!(app.screen, Screen::Plan);
}

/// The text of `pub struct NAME { … }` in `file`.
fn struct_body(file: &str, name: &str) -> String {
    let src = std::fs::read_to_string(Path::new(ROOT).join(file)).unwrap();
    let start = src
        .find(&format!("pub struct {name} {{"))
        .unwrap_or_else(|| panic!("no struct {name} in {file}"));
    let body = &src[start..];
    let end = body.find("\n}").unwrap();
    body[..end].to_string()
}

#[test]
fn the_shared_state_and_its_owners_have_no_public_field() {
    for (file, name) in [
        ("src/app/shared/mod.rs", "Shared"),
        ("src/app/shared/history.rs", "History"),
        ("src/app/shared/notice.rs", "Notices"),
        ("src/app/links.rs", "Links"),
    ] {
        let body = struct_body(file, name);
        let public: Vec<&str> = (body.lines().skip(1))
            .map(str::trim)
            .filter(|l| l.starts_with("pub"))
            .collect();
        assert!(public.is_empty(), "{name} in {file}: {public:?}");
    }
}

/// Every `.rs` file under `dir`, as paths from the repository root.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn only_the_owners_take_the_shared_state_to_write() {
    let root = Path::new(ROOT);
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let owners = root.join("src/app/shared");
    let writers: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with(&owners))
        .filter(|f| {
            let src = std::fs::read_to_string(f).unwrap();
            src.contains("&mut Shared") || src.contains("&mut self.shared")
        })
        .map(|f| f.strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert!(
        writers.is_empty(),
        "writers outside the owners: {writers:?}"
    );
    // The search itself finds a writer where there is one: the owners'.
    let owner = std::fs::read_to_string(owners.join("mod.rs")).unwrap();
    assert!(owner.contains("pub fn carry_out(&mut self"));
}

/// The stem of each file under `src/app` (not its folders) that holds a
/// component of the kind `marker` (`impl Component for`, …).
fn components(marker: &str) -> Vec<String> {
    let app = Path::new(ROOT).join("src/app");
    let mut out: Vec<String> = std::fs::read_dir(&app)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| std::fs::read_to_string(p).unwrap().contains(marker))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

#[test]
fn each_screen_and_panel_is_drawn_by_the_view_of_the_same_name() {
    let screens = components("impl Component for");
    // The eleven screens of `Screen`, found by the search.
    assert_eq!(screens.len(), 11, "{screens:?}");
    let panels = components("impl PanelComponent for");
    assert!(panels.contains(&"panel".to_string()), "{panels:?}");
    let ui = Path::new(ROOT).join("src/ui");
    for name in screens.iter().chain(&panels) {
        let view = ui.join(format!("{name}.rs"));
        assert!(
            view.exists(),
            "src/app/{name}.rs has no view src/ui/{name}.rs"
        );
    }
    // No view keeps the old `_view` name beside a screen's.
    for name in screens.iter().chain(&panels) {
        let old = ui.join(format!("{name}_view.rs"));
        assert!(!old.exists(), "{}", old.display());
    }
}

#[test]
fn app_state_keeps_times_as_times_and_views_format_them() {
    let root = Path::new(ROOT);
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    let formatted: Vec<String> = files
        .iter()
        .filter(|f| std::fs::read_to_string(f).unwrap().contains(".format(\"%"))
        .map(|f| f.strip_prefix(root).unwrap().display().to_string())
        .collect();
    assert!(
        formatted.is_empty(),
        "times formatted in app state: {formatted:?}"
    );
}

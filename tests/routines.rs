//! From improvement to routine (issue 21.5) in the app: a card moved into
//! Korrigere/standardisere — from the board or the card screen — is
//! offered to become a routine (not into another column, not on an
//! operations board, not a second time); the routine is one op in the
//! file with its revision date, undone with `u` and in the change log;
//! the routines screen at 80×24 flags an overdue revision like an overdue
//! measure; the plan, the board, the overview and `tavle status` agree on
//! it; and `A` shows the selected card's A3.

use std::path::PathBuf;
use std::time::Instant;

use chrono::{DateTime, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::routine_offer::Question;
use tavle::app::{App, EditKind, Event, Field, Overlay, Screen};
use tavle::folder::store;
use tavle::i18n::{Lang, Msg, RoutineMsg};
use tavle::model::Timestamp;
use tavle::ops::{Change, Stamp};

/// An improvement board: a card in Evaluere, one in Gjennomføre, one in
/// Evaluere that became a routine already (overdue for revision), an
/// overdue measure, and an indicator.
const FORBEDRING: &str = r#"{"tavle":1,"title":"Forbedring avd. 2","kind":"forbedring",
  "team_leader":"Kari","measurement_lead":"Ola",
  "columns":[{"id":"ideer","title":"Ideer"},{"id":"planlegge","title":"Planlegge"},
    {"id":"gjennomfore","title":"Gjennomføre"},{"id":"evaluere","title":"Evaluere"},
    {"id":"korrigere","title":"Korrigere/standardisere"},{"id":"ferdig","title":"Ferdig","done":true}],
  "cards":[
    {"id":"k1","title":"Fallforebygging om natta","column":"evaluere","owner":"Tor"},
    {"id":"k2","title":"Måltidsvert","column":"gjennomfore","due":"2026-11-20"},
    {"id":"k3","title":"Ny overlevering","column":"evaluere","a3":{"current":"Støy","whys":["Ingen mal"]}}],
  "routines":[{"id":"r1","title":"Overlevering med ISBAR","revision":"2026-10-01","card":"k3"},
    {"id":"r2","title":"Måltid med vert","revision":"2027-06-01"}],
  "indicators":[{"id":"fall","title":"Fall per 1000 døgn","values":[{"date":"2026-10-01","value":5}]}]}"#;

/// An operations board whose column ids name the steps of the circle:
/// on a driftstavle they mean nothing.
const DRIFT: &str = r#"{"tavle":1,"title":"Drift","kind":"drift",
  "columns":[{"id":"evaluere","title":"Evaluere"},{"id":"korrigere","title":"Korrigere"},
    {"id":"ferdig","title":"Ferdig","done":true}],
  "cards":[{"id":"d1","title":"Bemanning","column":"evaluere"}]}"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap()
}

struct Fixture {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
}

impl Fixture {
    fn new(lang: Lang) -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        std::fs::write(dir.join("forbedring.json"), FORBEDRING).unwrap();
        std::fs::write(dir.join("drift.json"), DRIFT).unwrap();
        let entries = tavle::tui::load_all(&dir).unwrap();
        let mut app = App::new(lang, dir.clone(), entries, today(), Instant::now());
        let _ = app.update(Event::Tick, Instant::now());
        let mut f = Fixture {
            _tmp: tmp,
            dir,
            app,
        };
        f.open("forbedring");
        f
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    fn open(&mut self, id: &str) {
        let path = self.path(id);
        self.app.open_path(&path);
        assert_eq!(self.app.screen, Screen::Board);
    }

    fn key(&mut self, code: KeyCode) {
        let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let effects = self.app.update(ev, Instant::now());
        let stamp = || Stamp {
            at: Timestamp::from_datetime(clock()),
            by: "Hilde".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn typ(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    fn select(&mut self, card: &str) {
        self.app.screens.board.select(&self.app.shared, card);
    }

    fn disk(&self, id: &str) -> tavle::model::Board {
        store::analyze(&self.path(id)).board.unwrap()
    }

    fn asked(&self) -> Option<&Question> {
        match &self.app.overlay {
            Some(Overlay::Ask(q)) => Some(q),
            _ => None,
        }
    }

    fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, clock(), f))
            .unwrap();
        t
    }
}

fn text(t: &Terminal<TestBackend>) -> String {
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

#[test]
fn a_card_moved_into_act_is_offered_a_routine_saved_as_one_undoable_logged_op() {
    let mut f = Fixture::new(Lang::Nb);
    f.select("k1");
    f.key(KeyCode::Char('>'));
    // The move is made before the question is answered.
    assert_eq!(f.disk("forbedring").card("k1").unwrap().column, "korrigere");
    assert_eq!(
        f.asked(),
        Some(&Question::MakeRoutine { card: "k1".into() })
    );
    let asked = text(&f.draw(80, 24));
    assert!(
        asked.contains("Lage en rutine av «Fallforebygging om natta»?")
            && asked.contains("Enter/j: ja")
            && asked.contains("Esc/n: nei"),
        "{asked}"
    );
    f.key(KeyCode::Char('j'));
    let form = match &f.app.overlay {
        Some(Overlay::Editor(ed)) => ed.clone(),
        other => panic!("no form: {other:?}"),
    };
    assert_eq!(
        form.kind,
        EditKind::Routine {
            id: None,
            card: Some("k1".into())
        }
    );
    assert_eq!(form.get(Field::Title), "Fallforebygging om natta");
    // A year from today, as the form offers it.
    assert_eq!(form.get(Field::Revision), "24.11.2027");
    f.key(KeyCode::Tab);
    f.typ("Færre fall om natta");
    f.key(KeyCode::Tab);
    f.typ("Sensormatte og tilsyn kl. 02");
    f.key(KeyCode::Tab);
    f.typ("Tavlemøtet tirsdag");
    f.key(KeyCode::Tab);
    f.typ("Ledergruppen hver måned");
    f.key(KeyCode::Enter);
    assert!(f.app.overlay.is_none(), "{:?}", f.app.overlay);
    let board = f.disk("forbedring");
    assert_eq!(board.routines.len(), 3);
    let r = board
        .routines
        .iter()
        .find(|r| r.card.as_deref() == Some("k1"))
        .unwrap();
    assert_eq!(r.title, "Fallforebygging om natta");
    assert_eq!(r.purpose.as_deref(), Some("Færre fall om natta"));
    assert_eq!(r.content.as_deref(), Some("Sensormatte og tilsyn kl. 02"));
    assert_eq!(r.arenas.as_deref(), Some("Tavlemøtet tirsdag"));
    assert_eq!(r.follow_up.as_deref(), Some("Ledergruppen hver måned"));
    assert_eq!(r.revision, NaiveDate::from_ymd_opt(2027, 11, 24).unwrap());
    let id = r.id.clone();
    // In the change log, as one change.
    let log = tavle::folder::log::read(&f.path("forbedring"));
    let added: Vec<_> = log
        .iter()
        .filter(|l| matches!(&l.change, Change::RoutineAdded { routine, .. } if *routine == id))
        .collect();
    assert_eq!(added.len(), 1, "{log:?}");
    // `u` takes the routine away and leaves the move.
    f.key(KeyCode::Char('u'));
    let board = f.disk("forbedring");
    assert!(board.routine(&id).is_none(), "{:?}", board.routines);
    assert_eq!(board.routines.len(), 2);
    assert_eq!(board.card("k1").unwrap().column, "korrigere");
}

#[test]
fn the_revision_date_is_read_as_a_day_to_come() {
    let mut f = Fixture::new(Lang::Nb);
    f.select("k1");
    f.key(KeyCode::Char('>'));
    f.key(KeyCode::Enter);
    // To the revision field, emptied, then `1.3`: the next 1 March.
    for _ in 0..5 {
        f.key(KeyCode::Tab);
    }
    for _ in 0..12 {
        f.key(KeyCode::Backspace);
    }
    f.typ("1.3");
    f.key(KeyCode::Enter);
    let board = f.disk("forbedring");
    let r = board
        .routines
        .iter()
        .find(|r| r.card.as_deref() == Some("k1"))
        .unwrap();
    assert_eq!(r.revision, NaiveDate::from_ymd_opt(2027, 3, 1).unwrap());
}

#[test]
fn no_is_no_routine_and_the_move_stays() {
    let mut f = Fixture::new(Lang::Nb);
    f.select("k1");
    f.key(KeyCode::Char('>'));
    assert!(f.asked().is_some());
    f.key(KeyCode::Char('n'));
    assert!(f.app.overlay.is_none());
    let board = f.disk("forbedring");
    assert_eq!(board.routines.len(), 2);
    assert_eq!(board.card("k1").unwrap().column, "korrigere");
}

#[test]
fn the_card_screen_offers_it_too() {
    let mut f = Fixture::new(Lang::Nb);
    f.select("k1");
    f.key(KeyCode::Enter);
    assert_eq!(f.app.screen, Screen::Card);
    f.key(KeyCode::Char('>'));
    assert_eq!(f.disk("forbedring").card("k1").unwrap().column, "korrigere");
    assert_eq!(
        f.asked(),
        Some(&Question::MakeRoutine { card: "k1".into() })
    );
}

#[test]
fn no_offer_into_another_column_on_an_operations_board_or_a_second_time() {
    let mut f = Fixture::new(Lang::Nb);
    // Gjennomføre → Evaluere: another step of the circle.
    f.select("k2");
    f.key(KeyCode::Char('>'));
    assert_eq!(f.disk("forbedring").card("k2").unwrap().column, "evaluere");
    assert!(f.asked().is_none(), "{:?}", f.app.overlay);
    f.app.overlay = None;
    // k3 became a routine already: said, not offered again.
    f.select("k3");
    f.key(KeyCode::Char('>'));
    assert_eq!(f.disk("forbedring").card("k3").unwrap().column, "korrigere");
    assert!(f.asked().is_none(), "{:?}", f.app.overlay);
    let notice = f.app.shared.notice().map(|n| n.msg.clone());
    assert_eq!(
        notice,
        Some(Msg::Routine(RoutineMsg::ExistsFor {
            card: "Ny overlevering".into(),
            routine: "Overlevering med ISBAR".into()
        }))
    );
    // On an operations board a column called korrigere is only a column.
    f.open("drift");
    f.select("d1");
    f.key(KeyCode::Char('>'));
    assert_eq!(f.disk("drift").card("d1").unwrap().column, "korrigere");
    assert!(f.asked().is_none(), "{:?}", f.app.overlay);
    assert!(f.disk("drift").routines.is_empty());
}

#[test]
fn the_routines_screen_flags_an_overdue_revision_at_80x24() {
    let mut f = Fixture::new(Lang::Nb);
    f.key(KeyCode::Char('R'));
    assert_eq!(f.app.screen, Screen::Routines);
    let t = f.draw(80, 24);
    let shown = text(&t);
    let line = |needle: &str| {
        shown
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not on screen:\n{shown}"))
            .to_string()
    };
    // Overdue: the date, how long over, and the plan's mark and word.
    let overdue = line("Overlevering med ISBAR");
    assert!(overdue.contains("01.10.2026"), "{overdue}");
    assert!(overdue.contains("54 d over"), "{overdue}");
    assert!(overdue.contains("⚠ over frist"), "{overdue}");
    // Not overdue: no mark.
    let later = line("Måltid med vert");
    assert!(later.contains("01.06.2027"), "{later}");
    assert!(!later.contains('⚠'), "{later}");
    // Far ahead, the date is said once, not again as "(01.06.27)".
    assert!(!later.contains("01.06.27)"), "{later}");
    // The mark is red too, as the plan's is (colour never alone).
    let buf = t.backend().buffer();
    let y = shown
        .lines()
        .position(|l| l.contains("Overlevering med ISBAR"))
        .unwrap() as u16;
    let x = (0..80u16).find(|x| buf[(*x, y)].symbol() == "⚠").unwrap();
    assert_eq!(buf[(x, y)].fg, ratatui::style::Color::Red);
    // Soonest revision first, selected.
    assert_eq!(f.app.screens.routines.sel.as_deref(), Some("r1"));
    // `r`: revised today, the next revision a year on.
    f.key(KeyCode::Char('r'));
    let r1 = f.disk("forbedring").routine("r1").unwrap().clone();
    assert_eq!(r1.revision, NaiveDate::from_ymd_opt(2027, 11, 24).unwrap());
    assert!(!text(&f.draw(80, 24)).contains("⚠ over frist"));
}

#[test]
fn a_routine_is_removed_after_asking_and_edited_in_the_form() {
    let mut f = Fixture::new(Lang::Nb);
    f.key(KeyCode::Char('R'));
    f.key(KeyCode::Char('x'));
    assert_eq!(
        f.asked(),
        Some(&Question::RemoveRoutine { id: "r1".into() })
    );
    f.key(KeyCode::Esc);
    assert!(f.disk("forbedring").routine("r1").is_some());
    f.key(KeyCode::Char('x'));
    f.key(KeyCode::Enter);
    assert!(f.disk("forbedring").routine("r1").is_none());
    f.key(KeyCode::Char('u'));
    assert!(f.disk("forbedring").routine("r1").is_some());
    // Back on the routine put back (soonest revision first), Enter edits
    // it: only what changed is saved.
    f.key(KeyCode::Char('k'));
    assert_eq!(f.app.screens.routines.sel.as_deref(), Some("r1"));
    f.key(KeyCode::Enter);
    f.key(KeyCode::Tab);
    f.typ("Trygg overlevering");
    f.key(KeyCode::Enter);
    let r1 = f.disk("forbedring").routine("r1").unwrap().clone();
    assert_eq!(r1.purpose.as_deref(), Some("Trygg overlevering"));
    assert_eq!(r1.title, "Overlevering med ISBAR");
    assert_eq!(r1.revision, NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
}

#[test]
fn w_writes_the_routine_as_markdown_beside_the_board() {
    let mut f = Fixture::new(Lang::Nb);
    f.key(KeyCode::Char('R'));
    f.key(KeyCode::Char('w'));
    let file = f.dir.join("rutiner/2026-11-24-forbedring-r1.md");
    let md = std::fs::read_to_string(&file).unwrap();
    assert!(md.starts_with("# Rutine: Overlevering med ISBAR\n"), "{md}");
    assert!(md.contains("## Hensikten med denne rutinen"), "{md}");
    match f.app.shared.notice().map(|n| &n.msg) {
        Some(Msg::Routine(RoutineMsg::Written(p))) => assert!(p.ends_with("r1.md"), "{p}"),
        other => panic!("{other:?}"),
    }
}

/// The board's legend, the plan, the overview and `tavle status` say the
/// same about the overdue revision: one rule, one count.
#[test]
fn plan_board_overview_and_status_agree_on_an_overdue_revision() {
    let mut f = Fixture::new(Lang::Nb);
    let board = f.disk("forbedring");
    // One overdue measure (k2) and one overdue revision (r1).
    let report = tavle::status::board_report("forbedring", &board, today(), None);
    assert_eq!(report.counts.overdue, 2);
    let overdue_revisions: Vec<&str> = (report.revisions.iter())
        .filter(|r| r.overdue)
        .map(|r| r.title.as_str())
        .collect();
    assert_eq!(overdue_revisions, ["Overlevering med ISBAR"]);
    let rows = tavle::plan::rows(&board, today());
    let plan_overdue = rows
        .iter()
        .filter(|r| match r {
            tavle::plan::Row::Measure { status, .. } => status.overdue,
            tavle::plan::Row::Revision(rev) => rev.overdue,
            _ => false,
        })
        .count();
    assert_eq!(plan_overdue, report.counts.overdue);
    // The board's legend names it.
    let board_screen = text(&f.draw(120, 30));
    assert!(
        board_screen.contains("⚠ 1 rutine til revisjon"),
        "{board_screen}"
    );
    // The plan shows the revision with the overdue mark.
    f.key(KeyCode::Char('p'));
    let plan = text(&f.draw(120, 30));
    let row = plan
        .lines()
        .find(|l| l.contains("Overlevering med ISBAR"))
        .unwrap_or_else(|| panic!("{plan}"));
    assert!(
        row.contains("⚠ over frist") && row.contains("54 d over"),
        "{row}"
    );
    // The overview counts both as overdue, as `tavle status` does.
    f.key(KeyCode::Esc);
    f.key(KeyCode::Esc);
    assert_eq!(f.app.screen, Screen::Overview);
    let overview = text(&f.draw(120, 30));
    let row = overview
        .lines()
        .find(|l| l.contains("Forbedring avd. 2"))
        .unwrap_or_else(|| panic!("{overview}"));
    assert!(
        row.contains(&format!("⚠ {}", report.counts.overdue)),
        "{row}"
    );
    // And the text of `tavle status` lists the routine under its heading.
    let inputs = [tavle::status::Input::Board {
        id: "forbedring",
        board: &board,
        log: &[],
    }];
    let r = tavle::status::report(&inputs, today(), &Default::default(), Vec::new());
    let said = tavle::report::text(Lang::Nb, &r, false);
    assert!(said.contains("⚠ 2 forfalt"), "{said}");
    assert!(
        said.contains("⚠ Overlevering med ISBAR — Revisjon: 01.10.2026 (54 d over)"),
        "{said}"
    );
}

#[test]
fn a_shows_the_a3_of_the_selected_card() {
    let mut f = Fixture::new(Lang::Nb);
    f.select("k3");
    f.key(KeyCode::Char('A'));
    assert!(matches!(&f.app.overlay, Some(Overlay::A3(v)) if v.card == "k3"));
    let shown = text(&f.draw(80, 24));
    assert!(shown.contains("A3: Ny overlevering"), "{shown}");
    assert!(shown.contains("Nåsituasjon"), "{shown}");
    assert!(shown.contains("Støy"), "{shown}");
    // It scrolls to the end: the benefit is the last heading.
    f.key(KeyCode::End);
    let end = text(&f.draw(80, 24));
    assert!(end.contains("Gevinst"), "{end}");
    f.key(KeyCode::Char('A'));
    assert!(f.app.overlay.is_none());
    // `o` is who is present now.
    f.key(KeyCode::Char('m'));
    f.key(KeyCode::Char('o'));
    assert!(matches!(f.app.overlay, Some(Overlay::Attendees(_))));
}

#[test]
fn keys_are_free_of_clashes_on_the_board() {
    assert_eq!(tavle::app::keymap::clashes(tavle::app::board::KEYS), []);
}

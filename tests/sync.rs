//! Synced folders end to end through the app and the real storage layer:
//! conflict copies are hidden from the overview and Tab and announced on
//! their board, `c` merges them by keys (a conflict chosen each way), the
//! merge is one undoable save, the copy is moved to `.tavle/merged/` and the
//! change log says so; the base makes a three-way merge; a board that changed
//! while the user chose is asked again; and identity numbers are masked on
//! every screen but never in the file. `tavle merge` is in `merge_cli.rs`.

mod sync_fixture;

use std::cell::Cell;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::{Value, json};
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;

use sync_fixture::{COPY, changed, drift, write, write_conflict};

fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-30T09:00:00+01:00").unwrap()
}

/// A folder, the app on it, and a clock the test sets.
struct Room {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
    clock: Cell<DateTime<FixedOffset>>,
}

impl Room {
    /// `files` written into a fresh folder, then the app started on it.
    fn new(files: &[(&str, Value)]) -> Room {
        Room::with(|dir| {
            for (name, v) in files {
                write(&dir.join(name), v);
            }
        })
    }

    /// A fresh folder made by `make`, then the app started on it.
    fn with(make: impl FnOnce(&std::path::Path)) -> Room {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        make(&dir);
        let entries = tavle::tui::load_all(&dir).unwrap();
        let app = App::new(
            Lang::En,
            dir.clone(),
            entries,
            t0().date_naive(),
            Instant::now(),
        );
        let mut room = Room {
            _tmp: tmp,
            dir,
            app,
            clock: Cell::new(t0()),
        };
        room.event(Event::Clock(t0()));
        room
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn event(&mut self, e: Event) {
        let effects = self.app.update(e, Instant::now());
        let clock = &self.clock;
        let stamp = || Stamp {
            at: Timestamp::from_datetime(clock.get()),
            by: "Kari".into(),
        };
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn key_mod(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.event(Event::Key(KeyEvent::new(code, mods)));
    }

    fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    fn press(&mut self, c: char) {
        self.key(KeyCode::Char(c));
    }

    /// Tell the app what the watcher would: these files are as they are now.
    fn seen(&mut self, names: &[&str]) {
        let changes = names
            .iter()
            .map(|n| FileChange::Present {
                path: self.path(n),
                analysis: store::analyze(&self.path(n)),
            })
            .collect();
        self.event(Event::Files(WatchEvent::Changed(changes)));
    }

    /// Time passes: `secs` seconds after now.
    fn later(&mut self, secs: u64) {
        let at = Instant::now() + Duration::from_secs(secs);
        let effects = self.app.update(Event::Tick, at);
        tavle::tui::perform_with(&mut self.app, effects, &|| Stamp {
            at: Timestamp::from_datetime(t0()),
            by: "Kari".into(),
        });
    }

    fn open(&mut self, name: &str) {
        self.app.open_path(&self.path(name));
        assert_eq!(self.app.screen, Screen::Board);
    }

    fn disk(&self, name: &str) -> tavle::model::Board {
        store::analyze(&self.path(name)).board.unwrap()
    }

    fn screen(&self) -> String {
        let mut t = Terminal::new(TestBackend::new(150, 40)).unwrap();
        t.draw(|f| tavle::ui::render(&self.app, self.clock.get(), f))
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

    fn notice(&self) -> String {
        let n = self.app.shared.notice().expect("a notice");
        tavle::i18n::msg(Lang::En, &n.msg)
    }

    /// Make the board `id` the current one, as the overview's selection does.
    fn show(&mut self, id: &str) {
        let e = self.app.shared.entries().iter().find(|e| e.id == id);
        let show = tavle::app::Request::Show(e.unwrap().path.clone());
        self.app.shared.carry_out(tavle::app::Requests(vec![show]));
    }

    fn ids(&self) -> Vec<String> {
        self.app
            .shared
            .entries()
            .iter()
            .map(|e| e.id.clone())
            .collect()
    }
}

fn title(b: &tavle::model::Board, id: &str) -> String {
    b.card(id).unwrap().title.clone()
}

#[test]
fn copies_are_hidden_from_the_overview_the_counts_and_tab() {
    let other = changed(&drift(), |v| v["title"] = json!("Plan"));
    let mut r = Room::new(&[
        ("drift.json", drift()),
        (COPY, drift()),
        // Same title as its name's original: a OneDrive copy.
        ("drift-LAPTOP.json", drift()),
        // Shaped like a copy, but another board: listed.
        ("plan.json", other.clone()),
        (
            "plan (1).json",
            changed(&other, |v| v["title"] = json!("Plan 2")),
        ),
    ]);
    let mut ids = r.ids();
    ids.sort();
    assert_eq!(ids, ["drift", "plan", "plan (1)"]);
    let drift = r
        .app
        .shared
        .entries()
        .iter()
        .find(|e| e.id == "drift")
        .unwrap();
    let copies: Vec<&str> = drift.copies.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(copies, ["drift-LAPTOP.json", COPY]);
    assert!(matches!(
        &drift.copies[1].source,
        tavle::conflicts::Source::Syncthing { device, .. } if device == "ABCD123"
    ));
    // The overview neither lists nor counts them, but marks their board,
    // names every file it holds back and, with the board selected, says how
    // to merge.
    r.show("drift");
    let screen = r.screen();
    let (table, banner) = screen.split_at(screen.find("⚠ 2 files").expect("the banner"));
    assert!(!table.contains("sync-conflict") && !table.contains("drift-LAPTOP"));
    assert!(screen.contains("⚠ Drift sone nord"), "{screen}");
    let banner: String = banner.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        banner.contains(
            "⚠ 2 files are held back as conflict copies and not counted: drift-LAPTOP.json (a copy of drift.json), drift.sync-conflict-20261130-101500-ABCD123.json (a copy of drift.json). c merges the copies of “Drift sone nord” into the board."
        ),
        "{banner}"
    );
    assert_eq!(screen.matches("Drift sone nord").count(), 2, "{screen}");
    // `c` there opens the merge of the selected board's copies; Esc goes
    // to that board.
    r.press('c');
    assert_eq!(r.app.screen, Screen::Merge);
    r.key(KeyCode::Esc);
    assert_eq!(r.app.screen, Screen::Board);
    assert_eq!(r.app.entry().unwrap().id, "drift");
    r.key(KeyCode::Esc);
    assert_eq!(r.app.screen, Screen::Overview);
    // A board without copies: the files held back are still named, with no
    // word of merging, and `c` says there is nothing to merge.
    r.show("plan");
    let screen = r.screen();
    assert!(screen.contains("held back as conflict"), "{screen}");
    assert!(!screen.contains("c merges"), "{screen}");
    r.press('c');
    assert_eq!(r.app.screen, Screen::Overview);
    // Tab goes round the three boards and never to a copy.
    r.open("drift.json");
    let mut seen = Vec::new();
    for _ in 0..6 {
        r.key(KeyCode::Tab);
        seen.push(r.app.entry().unwrap().id.clone());
    }
    assert!(
        seen.iter()
            .all(|id| ["drift", "plan", "plan (1)"].contains(&id.as_str()))
    );
    assert_eq!(seen[..3], seen[3..]);
    // A copy is never opened, even when asked for by path.
    r.key(KeyCode::Esc);
    r.app.open_path(&r.path(COPY));
    assert_eq!(r.app.screen, Screen::Overview);
}

#[test]
fn copies_are_decided_afresh_whenever_the_folder_changes() {
    let mut r = Room::new(&[("drift.json", drift())]);
    write(&r.path(COPY), &drift());
    r.seen(&[COPY]);
    assert_eq!(r.ids(), ["drift"]);
    assert_eq!(r.app.shared.entries()[0].copies.len(), 1);
    assert!(r.notice().contains(COPY), "{}", r.notice());
    // `drift (1).json` is a board of its own until its title says it is a copy.
    let name = "drift (1).json";
    write(
        &r.path(name),
        &changed(&drift(), |v| v["title"] = json!("Annen")),
    );
    r.seen(&[name]);
    assert_eq!(r.ids().len(), 2);
    write(&r.path(name), &drift());
    r.seen(&[name]);
    assert_eq!(r.ids(), ["drift"]);
    assert_eq!(r.app.shared.entries()[0].copies.len(), 2);
    // The board gone for good: its copies are boards of their own.
    std::fs::remove_file(r.path("drift.json")).unwrap();
    let path = r.path("drift.json");
    r.event(Event::Files(WatchEvent::Changed(vec![
        FileChange::Missing { path },
    ])));
    r.later(5);
    let mut ids = r.ids();
    ids.sort();
    assert_eq!(
        ids,
        [
            name.trim_end_matches(".json"),
            COPY.trim_end_matches(".json")
        ]
    );
}

#[test]
fn the_board_says_how_many_copies_and_from_where() {
    let mut r = Room::new(&[
        ("drift.json", drift()),
        (COPY, drift()),
        ("drift (Kari's conflicted copy 2026-11-29).json", drift()),
    ]);
    r.open("drift.json");
    let screen = r.screen();
    for want in [
        "2 conflict copies of this board",
        "Syncthing, the board has the change from device ABCD123, 30.11.2026 10:15",
        "Dropbox, by Kari, 29.11.2026",
        "c merges",
    ] {
        assert!(screen.contains(want), "{want:?} not in\n{screen}");
    }
    // Without copies, no banner and `c` says so.
    let mut plain = Room::new(&[("drift.json", drift())]);
    plain.open("drift.json");
    assert!(!plain.screen().contains("conflict cop"));
    plain.press('c');
    assert_eq!(plain.app.screen, Screen::Board);
    assert!(plain.notice().contains("no conflict copies"));
}

/// The board and a copy saved on top of one version: both changed k1's
/// title and k2's owner (two conflicts of a three-way merge), and the copy
/// added a card.
fn conflict_room() -> Room {
    Room::with(write_conflict)
}

#[test]
fn merge_by_keys_with_a_conflict_chosen_each_way() {
    let mut r = conflict_room();
    r.open("drift.json");
    r.press('c');
    assert_eq!(r.app.screen, Screen::Merge);
    let review = r
        .app
        .screens
        .merge
        .review
        .as_ref()
        .expect("the copy is shown");
    assert_eq!(review.copy.name, COPY);
    let fields: Vec<String> = review
        .merge
        .conflicts
        .iter()
        .map(|c| c.at.field.clone())
        .collect();
    assert_eq!(fields, ["title", "owner"]);
    let screen = r.screen();
    for want in [
        "Ring vikarbyrået i dag",
        "Ring vikarbyrået før ni",
        "Common ancestor known",
        "one card",
    ] {
        assert!(screen.contains(want), "{want:?} not in\n{screen}");
    }
    // Enter before every conflict is chosen merges nothing.
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Merge);
    assert!(r.notice().contains("2 left"), "{}", r.notice());
    // The board's title (←), the copy's owner (k).
    r.key(KeyCode::Left);
    r.press('k');
    let screen = r.screen();
    // Each conflict's line says the side chosen; the one selected (the
    // owner) shows its values, the chosen one marked.
    let line = |field: &str| screen.lines().find(|l| l.contains(field)).unwrap_or("");
    assert!(line("Title · Card k1").contains("✓ Board"), "{screen}");
    assert!(line("Owner · Card k2").contains("✓ Copy"), "{screen}");
    assert!(screen.contains("✓ Copy:"), "{screen}");
    // The preview lists the change the choice makes, and where it comes from.
    assert!(
        screen.contains("~ Card k2 «Bestill hjelpemidler» · Owner: «Liv» → «Per» (from the copy)"),
        "{screen}"
    );
    assert!(
        !screen.contains("· Title: «Ring vikarbyrået i dag» →"),
        "{screen}"
    );
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Board);
    let b = r.disk("drift.json");
    assert_eq!(title(&b, "k1"), "Ring vikarbyrået i dag");
    assert_eq!(b.card("k2").unwrap().owner.as_deref(), Some("Per"));
    assert_eq!(title(&b, "k3"), "Ny bruker torsdag");
    // The copy is kept in .tavle/merged/, gone from the folder and the screen.
    let kept = r.dir.join(".tavle/merged").join(COPY);
    assert!(kept.is_file() && !r.path(COPY).exists());
    assert!(r.app.shared.copies().is_empty());
    assert!(r.app.entry().unwrap().copies.is_empty());
    assert!(!r.screen().contains("conflict cop"));
    assert!(r.notice().contains(".tavle/merged/"), "{}", r.notice());
    // The change log has the merge.
    let log = tavle::folder::log::read(&r.path("drift.json"));
    assert!(matches!(
        &log.last().unwrap().change,
        tavle::ops::Change::Merged { copy, cards: 1, chosen: 2, undone: false, .. } if copy == COPY
    ));
}

#[test]
fn undo_puts_the_board_back_and_the_copy_stays_in_merged() {
    let mut r = conflict_room();
    let before = r.disk("drift.json");
    r.open("drift.json");
    r.press('c');
    r.press('k');
    r.press('k');
    r.key(KeyCode::Enter);
    assert_eq!(
        title(&r.disk("drift.json"), "k1"),
        "Ring vikarbyrået før ni"
    );
    r.press('u');
    // The content is put back; the history records the undo too.
    assert_eq!(
        tavle::revision::id(&r.disk("drift.json")),
        tavle::revision::id(&before)
    );
    assert!(
        r.notice().contains("stays in .tavle/merged/"),
        "{}",
        r.notice()
    );
    assert!(r.dir.join(".tavle/merged").join(COPY).is_file());
    assert!(!r.path(COPY).exists());
    let log = tavle::folder::log::read(&r.path("drift.json"));
    assert!(matches!(
        &log.last().unwrap().change,
        tavle::ops::Change::Merged { undone: true, .. }
    ));
    // Redo merges again.
    r.key_mod(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(title(&r.disk("drift.json"), "k3"), "Ny bruker torsdag");
}

/// The versions of drift.json kept by revision with these ids.
fn kept(r: &Room, ids: &[String]) -> Vec<tavle::model::Board> {
    tavle::folder::revs::read(&r.path("drift.json"), ids)
}

#[test]
fn the_common_ancestor_from_both_histories_makes_a_three_way_merge() {
    let mut r = Room::new(&[("drift.json", drift())]);
    let start = r.disk("drift.json");
    let start_id = tavle::revision::id(&start);
    // What was loaded at start is kept by revision.
    assert_eq!(
        kept(&r, std::slice::from_ref(&start_id)),
        std::slice::from_ref(&start)
    );
    r.open("drift.json");
    // Our own edit: k1 to "Pågår", recorded on top of the start.
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    let ours = r.disk("drift.json");
    assert_eq!(ours.card("k1").unwrap().column, "pagar");
    assert_eq!(
        ours.revisions,
        [tavle::revision::id(&ours), start_id.clone()]
    );
    // The other machine changed k2's title, saved on top of the start too.
    let theirs = changed(&drift(), |v| {
        v["cards"][1]["title"] = json!("Bestill rullator")
    });
    std::fs::write(r.path(COPY), sync_fixture::descended(&drift(), &theirs)).unwrap();
    r.seen(&[COPY]);
    r.press('c');
    let review = r.app.screens.merge.review.as_ref().unwrap();
    assert!(
        review.merge.conflicts.is_empty(),
        "{:?}",
        review.merge.conflicts
    );
    assert!(r.screen().contains("Common ancestor known"));
    r.key(KeyCode::Enter);
    let b = r.disk("drift.json");
    assert_eq!(b.card("k1").unwrap().column, "pagar", "ours kept");
    assert_eq!(title(&b, "k2"), "Bestill rullator", "theirs taken");
    // The merged board's history holds both sides'.
    let copy_id = tavle::revision::id(
        &store::analyze(&r.path(".tavle/merged").join(COPY))
            .board
            .unwrap(),
    );
    assert!(b.revisions.contains(&copy_id) && b.revisions.contains(&start_id));
    // The same copy without the ancestor: nothing is taken as one side's
    // change, and the cards that differ are both kept.
    let theirs = store::analyze_text(&theirs.to_string()).0.unwrap();
    let two = tavle::merge::merge(None, &r.disk("drift.json"), &theirs);
    assert!(!two.three_way && !two.renamed.is_empty());
}

#[test]
fn versions_from_outside_are_kept_at_once_and_a_copy_without_shared_history_is_two_way() {
    let mut r = Room::new(&[("drift.json", drift())]);
    let path = r.path("drift.json");
    let outside = changed(&drift(), |v| v["cards"][0]["owner"] = json!("Per"));
    write(&path, &outside);
    r.seen(&["drift.json"]);
    let id = tavle::revision::id(&r.disk("drift.json"));
    assert_eq!(kept(&r, std::slice::from_ref(&id)).len(), 1, "kept at once");
    // The other side of a conflict arrives together with the copy, and
    // neither file has a history that names the other's: nothing is
    // guessed, the merge asks.
    let other = changed(&drift(), |v| v["cards"][0]["owner"] = json!("Liv"));
    write(&path, &other);
    write(&r.path(COPY), &outside);
    r.seen(&["drift.json", COPY]);
    r.open("drift.json");
    r.press('c');
    assert!(
        r.screen().contains("No common ancestor known"),
        "{}",
        r.screen()
    );
    // Nothing is taken as one side's change: both versions of k1 are kept.
    let review = r.app.screens.merge.review.as_ref().unwrap();
    assert!(
        review.merge.conflicts.is_empty(),
        "{:?}",
        review.merge.conflicts
    );
    let from: Vec<&str> = review
        .merge
        .renamed
        .iter()
        .map(|x| x.from.as_str())
        .collect();
    assert_eq!(from, ["k1"]);
}

#[test]
fn a_conflict_that_appears_while_saving_is_asked_again() {
    let mut r = Room::new(&[("drift.json", drift())]);
    r.open("drift.json");
    let theirs = changed(&drift(), |v| {
        v["cards"][0]["title"] = json!("Ring vikarbyrået før ni");
        v["cards"][1]["owner"] = json!("Per");
    });
    std::fs::write(r.path(COPY), sync_fixture::descended(&drift(), &theirs)).unwrap();
    r.seen(&[COPY]);
    r.press('c');
    assert!(
        r.app
            .screens
            .merge
            .review
            .as_ref()
            .unwrap()
            .merge
            .conflicts
            .is_empty()
    );
    // Meanwhile someone else renames k1 too; the screen has not seen it yet.
    let path = r.path("drift.json");
    let now = changed(&drift(), |v| {
        v["cards"][0]["title"] = json!("Ring vikarbyrået nå")
    });
    std::fs::write(&path, sync_fixture::descended(&drift(), &now)).unwrap();
    r.key(KeyCode::Enter);
    assert_eq!(r.app.screen, Screen::Merge, "nothing merged");
    assert!(r.notice().contains("changed meanwhile"), "{}", r.notice());
    assert!(r.path(COPY).exists());
    assert_eq!(title(&r.disk("drift.json"), "k1"), "Ring vikarbyrået nå");
    // Once the screen sees the board, the new question is asked.
    r.seen(&["drift.json"]);
    let review = r.app.screens.merge.review.as_ref().unwrap();
    assert_eq!(review.merge.conflicts.len(), 1);
    assert_eq!(review.choices, [None]);
    r.press('k');
    r.key(KeyCode::Enter);
    let b = r.disk("drift.json");
    assert_eq!(title(&b, "k1"), "Ring vikarbyrået før ni");
    assert_eq!(b.card("k2").unwrap().owner.as_deref(), Some("Per"));
}

#[test]
fn the_merge_screen_lists_what_it_removes_and_asks_first() {
    let mut r = Room::new(&[("drift.json", drift())]);
    r.open("drift.json");
    // The other machine removed k2 (the board, their common ancestor, still
    // has it) and added k3.
    let theirs = changed(&drift(), |v| {
        let cards = v["cards"].as_array_mut().unwrap();
        cards.remove(1);
        cards.push(json!({"id": "k3", "title": "Ny bruker torsdag", "column": "pagar"}));
    });
    std::fs::write(r.path(COPY), sync_fixture::descended(&drift(), &theirs)).unwrap();
    r.seen(&[COPY]);
    r.press('c');
    let screen = r.screen();
    assert!(screen.contains("+ Card k3 «Ny bruker torsdag»"), "{screen}");
    assert!(
        !screen.contains("− Card k2"),
        "kept until chosen:\n{screen}"
    );
    assert!(screen.contains("the whole element"), "{screen}");
    // Enter before choosing saves nothing.
    r.key(KeyCode::Enter);
    assert!(r.disk("drift.json").card("k2").is_some());
    // Taking the copy's side: the removal is listed as plainly as the addition.
    r.key(KeyCode::Right);
    let screen = r.screen();
    assert!(screen.contains("Removes"), "{screen}");
    assert!(
        screen.contains("− Card k2 «Bestill hjelpemidler»"),
        "{screen}"
    );
    r.key(KeyCode::Enter);
    let b = r.disk("drift.json");
    assert!(b.card("k2").is_none() && b.card("k3").is_some());
    assert!(!r.path(COPY).exists());
}

#[cfg(unix)]
#[test]
fn a_copy_that_is_a_link_is_announced_but_never_merged() {
    let mut r = Room::new(&[("drift.json", drift())]);
    let outside = tempfile::tempdir().unwrap();
    let theirs = changed(&drift(), |v| v["cards"][1]["owner"] = json!("Per"));
    write(&outside.path().join("theirs.json"), &theirs);
    std::os::unix::fs::symlink(outside.path().join("theirs.json"), r.path(COPY)).unwrap();
    r.seen(&[COPY]);
    r.open("drift.json");
    r.press('c');
    let screen = r.screen();
    assert!(screen.contains("was not merged"), "{screen}");
    assert_eq!(title(&r.disk("drift.json"), "k2"), "Bestill hjelpemidler");
    assert_eq!(
        r.disk("drift.json").card("k2").unwrap().owner.as_deref(),
        Some("Ola")
    );
    assert!(
        std::fs::symlink_metadata(r.path(COPY)).is_ok(),
        "left where it is"
    );
}

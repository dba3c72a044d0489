//! The watcher may report our own save before the worker does (seen in the
//! pty test of issue 21 about one run in three): the board shown must not
//! draw the save's edits twice — once from the file, once as "in flight" —
//! which for an edit that adds (a PDSA cycle) showed the cycle twice and
//! sent the next key to a cycle that did not exist. A change from outside
//! seen while our save is in flight is not lost: it is taken in once the
//! worker has answered.

use std::cell::RefCell;
use std::path::Path;
use std::time::Instant;

use chrono::DateTime;
use tavle::app::{Effect, Event, Request, Requests};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;
use tavle::ops::{Op, PdsaOp, Stamp};

mod common;
use common::Room;

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::from_datetime(
            DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap(),
        ),
        by: "Hilde".into(),
    }
}

/// The watcher says what `path` holds now.
fn seen(r: &mut Room, path: &Path) {
    let change = FileChange::Present {
        path: path.to_path_buf(),
        analysis: store::analyze(path),
    };
    let ev = Event::Files(WatchEvent::Changed(vec![change]));
    let effects = r.app.update(ev, Instant::now());
    r.perform(effects);
}

/// Send `ops` for the board on screen; the worker saves them, but its
/// answers are held back and returned.
fn save_held(r: &mut Room, ops: Vec<Op>) -> Vec<Event> {
    let mut rq = Requests::new();
    rq.apply(&r.app.shared, ops, tavle::app::Origin::Edit);
    r.app.shared.carry_out(rq);
    let effects = r.app.shared.take_effects();
    let held = RefCell::new(Vec::new());
    for e in effects {
        assert!(matches!(e, Effect::Apply { .. }), "{e:?}");
        tavle::tui::worker::perform(e, Lang::Nb, &stamp, &|ev| held.borrow_mut().push(ev));
    }
    held.into_inner()
}

fn cycles_shown(r: &Room, card: &str) -> usize {
    r.app.board().unwrap().card(card).unwrap().pdsa.len()
}

#[test]
fn our_own_save_reported_by_the_watcher_first_is_not_drawn_twice() {
    let mut r = Room::new();
    let path = r.dir.join("sykehjem-forbedring.json");
    // Open the improvement board (the room starts on the home-care board).
    let doc = std::fs::read_to_string(&path).unwrap();
    assert!(doc.contains("\"id\": \"f9\""));
    r.app
        .shared
        .carry_out(Requests(vec![Request::Show(path.clone())]));
    assert_eq!(r.app.entry().unwrap().path, path);
    assert_eq!(cycles_shown(&r, "f9"), 0);
    let start = Op::Pdsa(PdsaOp::Start {
        card: "f9".into(),
        cycle: Box::new(tavle::model::Cycle {
            plan: Some("Musikk ved stell".into()),
            prediction: Some("Roligare morgonar".into()),
            ..Default::default()
        }),
    });
    let answers = save_held(&mut r, vec![start]);
    // Shown at once, in flight.
    assert_eq!(cycles_shown(&r, "f9"), 1);
    // The file holds it; the watcher says so before the worker does.
    assert_eq!(
        store::analyze(&path)
            .board
            .unwrap()
            .card("f9")
            .unwrap()
            .pdsa
            .len(),
        1
    );
    seen(&mut r, &path);
    assert_eq!(cycles_shown(&r, "f9"), 1, "the save drawn twice");
    for ev in answers {
        let effects = r.app.update(ev, Instant::now());
        r.perform(effects);
    }
    assert_eq!(cycles_shown(&r, "f9"), 1);
}

#[test]
fn a_change_from_outside_seen_while_our_save_is_in_flight_is_taken_in_after_it() {
    let mut r = Room::new();
    let path = r.dir.join("sykehjem-forbedring.json");
    r.app
        .shared
        .carry_out(Requests(vec![Request::Show(path.clone())]));
    let start = Op::Pdsa(PdsaOp::Start {
        card: "f9".into(),
        cycle: Box::new(tavle::model::Cycle {
            plan: Some("Musikk ved stell".into()),
            prediction: Some("Roligare morgonar".into()),
            ..Default::default()
        }),
    });
    let answers = save_held(&mut r, vec![start]);
    // Someone else renames a card in the file after our save was written.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let cards = v["cards"].as_array_mut().unwrap();
    let f1 = cards.iter_mut().find(|c| c["id"] == "f1").unwrap();
    f1["title"] = serde_json::json!("Omdøypt av ein annan");
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    seen(&mut r, &path);
    // Until the worker answers, the screen shows the reading before, with our edit.
    assert_eq!(cycles_shown(&r, "f9"), 1);
    for ev in answers {
        let effects = r.app.update(ev, Instant::now());
        r.perform(effects);
    }
    let b = r.app.board().unwrap();
    assert_eq!(b.card("f1").unwrap().title, "Omdøypt av ein annan");
    assert_eq!(b.card("f9").unwrap().pdsa.len(), 1);
}

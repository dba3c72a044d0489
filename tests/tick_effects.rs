//! No effect the app asks for is dropped: the runtime hands every event to
//! the app through one function (`tui::step`), which gives the disk work to
//! the real storage worker, and that includes the tick. A conflict copy
//! whose board was deleted becomes a board of its own on the tick after the
//! grace period; the tick then asks to keep its version as a merge base,
//! and this checks that version reaches `.tavle/revs/`.

mod sync_fixture;

use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::json;
use tavle::app::{App, Effect, Event, MISSING_GRACE};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;
use tavle::model::Timestamp;
use tavle::ops::Stamp;
use tavle::tui::worker::Worker;

use sync_fixture::{COPY, changed, drift, write};

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-30T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

/// Every file kept under `.tavle/revs/` of `dir`, as `BOARD/ID.json`.
fn kept(dir: &Path) -> Vec<String> {
    let revs = dir.join(".tavle").join("revs");
    let mut out = Vec::new();
    for board in std::fs::read_dir(&revs).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(board.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            out.push(format!(
                "{}/{}",
                board.file_name().to_string_lossy(),
                f.file_name().to_string_lossy()
            ));
        }
    }
    out.sort();
    out
}

/// Wait until the worker has done everything queued before: it works in
/// order, so the answer to a read queued now comes after all of it. Bounded,
/// so a lost worker fails the test instead of hanging it.
fn drain(worker: &Worker, rx: &mpsc::Receiver<Event>, board: &Path) {
    worker.send(vec![Effect::ReadLog {
        path: board.to_path_buf(),
        closing: false,
    }]);
    loop {
        match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(Event::Log { .. }) => return,
            Ok(_) => {}
            Err(e) => panic!("the worker did not answer: {e}"),
        }
    }
}

#[test]
fn the_ticks_merge_base_reaches_the_disk_through_the_loops_step() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let copy_board = changed(&drift(), |v| {
        v["cards"][0]["title"] = json!("Ring vikarbyrået før ni");
    });
    write(&dir.join("drift.json"), &drift());
    write(&dir.join(COPY), &copy_board);
    // The revision the copy's content has, worked out from the file itself.
    let copy_rev = tavle::revision::id(&store::analyze(&dir.join(COPY)).board.unwrap());
    let board_rev = tavle::revision::id(&store::analyze(&dir.join("drift.json")).board.unwrap());
    assert_ne!(copy_rev, board_rev);

    let entries = tavle::tui::load_all(dir).unwrap();
    let t0 = Instant::now();
    let mut app = App::new(
        Lang::En,
        dir.to_path_buf(),
        entries,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        t0,
    );
    let (tx, rx) = mpsc::channel();
    let worker = Worker::spawn(tx, Lang::En, stamp).unwrap();
    // Started: the board as read is kept, the copy's own version is not.
    tavle::tui::step(&mut app, &worker, Event::Resize, t0);
    drain(&worker, &rx, &dir.join("drift.json"));
    let copy_kept = format!("{}/{copy_rev}.json", store::board_id(&dir.join(COPY)));
    assert_eq!(kept(dir), [format!("drift/{board_rev}.json")]);

    // The board is deleted; the copy is still held back as a copy until
    // the grace period is over.
    std::fs::remove_file(dir.join("drift.json")).unwrap();
    let gone = FileChange::Missing {
        path: dir.join("drift.json"),
    };
    tavle::tui::step(
        &mut app,
        &worker,
        Event::Files(WatchEvent::Changed(vec![gone])),
        t0,
    );
    tavle::tui::step(&mut app, &worker, Event::Tick, t0);
    drain(&worker, &rx, &dir.join(COPY));
    assert!(!kept(dir).contains(&copy_kept), "{:?}", kept(dir));
    assert!(
        app.shared
            .entries()
            .iter()
            .all(|e| e.path != dir.join(COPY))
    );

    // The tick after the grace: the copy is a board now, and its version
    // is kept as the base of later merges, on disk.
    tavle::tui::step(&mut app, &worker, Event::Tick, t0 + MISSING_GRACE * 2);
    assert!(
        app.shared
            .entries()
            .iter()
            .any(|e| e.path == dir.join(COPY))
    );
    drain(&worker, &rx, &dir.join(COPY));
    assert!(kept(dir).contains(&copy_kept), "{:?}", kept(dir));
}

/// The loop feeds the app only through `step`: a call to `update` beside
/// it would be a place where effects can be dropped again.
#[test]
fn the_loop_calls_update_only_through_step() {
    let src = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/mod.rs"))
        .unwrap();
    let calls: Vec<&str> = src
        .lines()
        .filter(|l| l.contains(".update("))
        .map(str::trim)
        .collect();
    assert_eq!(
        calls,
        [
            "worker.send(app.update(event, now));",
            "queue.extend(app.update(ev, Instant::now()));",
        ],
        "every update's effects go to the worker (step) or are performed at once (perform_with)"
    );
    assert!(src.matches("step(&mut app, &worker, Event::Tick").count() == 1);
}

//! The overview's order (worst board first) stays exactly what a full
//! count and sort gives, now that each board's counts are cached and the
//! list is re-sorted from nearly in order (issue 24): after outside edits
//! that make one board better or worse, a board that breaks and mends, an
//! owner filter, and a new day. The expected order is worked out here from
//! the files' texts, parsed afresh, never from the app's entries.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, NaiveDate};
use tavle::app::{App, Event};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::Lang;

const OWNERS: [&str; 3] = ["Kari", "Ola", "Siri"];
const LIGHTS: [&str; 4] = ["red", "yellow", "green", ""];

/// A small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 = (self.0)
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % n
    }
}

/// A board of a few cards with lights, owners and due dates around 24 November.
fn board(rng: &mut Rng, n: usize) -> String {
    let cards: Vec<String> = (0..1 + rng.next(6))
        .map(|i| {
            let light = LIGHTS[rng.next(LIGHTS.len())];
            let light = if light.is_empty() {
                String::new()
            } else {
                format!(r#","light":"{light}""#)
            };
            let day = 20 + rng.next(8);
            let column = ["a", "a", "f"][rng.next(3)];
            format!(
                r#"{{"id":"k{i}","title":"Tiltak {i}","column":"{column}","owner":"{}","due":"2026-11-{day}"{light}}}"#,
                OWNERS[rng.next(OWNERS.len())]
            )
        })
        .collect();
    format!(
        r#"{{"tavle":1,"title":"Tavle {n}","kind":"drift",
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"f","title":"Ferdig","done":true}}],
          "cards":[{}]}}"#,
        cards.join(",")
    )
}

/// The order a full count gives: boards that do not parse first, then by
/// (red, overdue, yellow) worst first, then by path.
fn expected(
    texts: &BTreeMap<PathBuf, String>,
    today: NaiveDate,
    owner: Option<&str>,
) -> Vec<PathBuf> {
    let mut keyed: Vec<_> = texts
        .iter()
        .map(|(path, text)| {
            let a = store::analyze_bytes(text.clone().into_bytes());
            let key = match &a.board {
                Some(b) => {
                    let c = tavle::plan::counts(b, today, owner);
                    (true, Reverse((c.red, c.overdue, c.yellow)))
                }
                None => (false, Reverse((0, 0, 0))),
            };
            (key, path.clone())
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, p)| p).collect()
}

fn order(app: &App) -> Vec<PathBuf> {
    app.shared
        .entries()
        .iter()
        .map(|e| e.path.clone())
        .collect()
}

fn change(app: &mut App, path: &Path, text: &str) {
    let analysis = store::analyze_bytes(text.as_bytes().to_vec());
    let c = FileChange::Present {
        path: path.to_path_buf(),
        analysis,
    };
    let _ = app.update(Event::Files(WatchEvent::Changed(vec![c])), Instant::now());
}

#[test]
fn the_order_after_changes_is_the_order_of_a_full_count() {
    let tmp = tempfile::tempdir().unwrap();
    let mut rng = Rng(24);
    let mut texts = BTreeMap::new();
    for n in 0..40 {
        let path = tmp.path().join(format!("tavle-{n:02}.json"));
        let text = board(&mut rng, n);
        std::fs::write(&path, &text).unwrap();
        texts.insert(path, text);
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let entries = tavle::tui::load_all(tmp.path()).unwrap();
    let mut app = App::new(
        Lang::Nb,
        tmp.path().to_path_buf(),
        entries,
        today,
        Instant::now(),
    );
    assert_eq!(order(&app), expected(&texts, today, None));

    // Outside edits, one board at a time, better or worse; and the board on
    // screen stays the board on screen wherever it moves to.
    let mut moved = 0;
    for round in 0..60 {
        let shown = app.entry().map(|e| e.path.clone());
        let path = texts.keys().nth(rng.next(texts.len())).unwrap().clone();
        let text = if round % 15 == 7 {
            "{ not json".to_string()
        } else {
            board(&mut rng, 100 + round)
        };
        let before = order(&app);
        change(&mut app, &path, &text);
        texts.insert(path.clone(), text);
        let now = order(&app);
        assert_eq!(
            now,
            expected(&texts, today, None),
            "after change {round} of {path:?}"
        );
        moved += usize::from(now != before);
        assert_eq!(app.entry().map(|e| e.path.clone()), shown, "change {round}");
    }
    // The changes did move boards about (else this proves nothing).
    assert!(moved > 20, "only {moved} of 60 changes moved a board");

    // An owner filter, then none again: counted afresh for each.
    app.shared.sort_entries("Kari");
    assert_eq!(order(&app), expected(&texts, today, Some("Kari")));
    assert_ne!(
        expected(&texts, today, Some("Kari")),
        expected(&texts, today, None)
    );
    app.shared.sort_entries("");
    assert_eq!(order(&app), expected(&texts, today, None));

    // A new day: cards fall overdue, and the order follows.
    let later = DateTime::parse_from_rfc3339("2026-11-27T08:00:00+01:00").unwrap();
    let _ = app.update(Event::Clock(later), Instant::now());
    app.shared.sort_entries("");
    let day = later.date_naive();
    assert_ne!(expected(&texts, day, None), expected(&texts, today, None));
    assert_eq!(order(&app), expected(&texts, day, None));
}

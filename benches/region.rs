//! Benchmarks of a region's folder held in brief (issue 24): what a board's
//! summary costs to make, what the first batch of boards costs from bytes to
//! the first frame, and what re-ordering 10,000 boards by their summaries
//! costs (typing a name into the owner filter does that on each key).
//!
//! Run with `cargo bench --bench region`; `scripts/region.py` measures the
//! same figures on the real binary (first frame, peak RSS); see
//! docs/performance.md, "A region's boards (10,000)".

use std::path::PathBuf;
use std::sync::LazyLock;
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use divan::{Bencher, black_box};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use tavle::app::{App, Entry, Event, Loaded};
use tavle::folder::store::{self, Analysis};
use tavle::i18n::Lang;
use tavle_core::summary::Summary;

fn main() {
    divan::main();
}

const OWNERS: [&str; 6] = ["Hilde", "Jonas", "Kari", "Ola", "Åse", "Bjørn"];

/// Board `n` of 40 cards, as a region's boards look (like scripts/gen_boards.py).
fn board_text(n: usize) -> String {
    let cards: Vec<String> = (0..40)
        .map(|i| {
            let k = n * 31 + i * 7;
            let light = ["red", "yellow", "green", ""][k % 4];
            let light = if light.is_empty() {
                String::new()
            } else {
                format!(r#","light":"{light}""#)
            };
            format!(
                r#"{{"id":"k{i}","title":"Tiltak {i} på tavle {n} følges opp","column":"{}","owner":"{}","due":"2026-11-{:02}"{light},"tags":["bemanning"],"created":"2026-11-02T07:05:00+01:00","updated":"2026-11-24T07:40:00+01:00","updated_by":"Kari"}}"#,
                ["i-dag", "pagar", "venter", "ferdig"][k % 4],
                OWNERS[k % OWNERS.len()],
                1 + k % 28
            )
        })
        .collect();
    format!(
        r#"{{"tavle":1,"title":"Driftstavle {n}","kind":"drift","unit":"Sone {}",
          "columns":[{{"id":"i-dag","title":"I dag"}},{{"id":"pagar","title":"Pågår","wip":40}},
                     {{"id":"venter","title":"Venter på andre"}},{{"id":"ferdig","title":"Ferdig","done":true}}],
          "cards":[{}]}}"#,
        n % 100,
        cards.join(",")
    )
}

fn clock() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T08:15:00+01:00").unwrap()
}

/// 200 different boards' analyses, to stand for 10,000 by taking turns.
static ANALYSES: LazyLock<Vec<Analysis>> = LazyLock::new(|| {
    (0..200)
        .map(|n| store::analyze_bytes(board_text(n).into_bytes()))
        .collect()
});

#[divan::bench]
fn summary_of_a_40_card_board(b: Bencher) {
    let board = ANALYSES[7].board.clone().unwrap();
    b.bench_local(|| Summary::of(black_box(&board)));
}

/// The first batch (64 boards) from their bytes to the overview drawn at
/// 120×40: what the loader and the first frame do before the room sees
/// the boards (without reading the files).
#[divan::bench(sample_count = 30, sample_size = 1)]
fn first_batch_of_64_from_bytes_to_frame(b: Bencher) {
    let texts: Vec<String> = (0..64).map(board_text).collect();
    b.bench_local(|| {
        let entries: Vec<Entry> = (texts.iter().enumerate())
            .map(|(i, t)| {
                let path = PathBuf::from(format!("/r/tavle-{i:05}.json"));
                Entry::from_analysis(path, store::analyze_bytes(t.clone().into_bytes()))
            })
            .collect();
        let mut app = App::new(
            Lang::Nb,
            PathBuf::from("/r"),
            Vec::new(),
            clock().date_naive(),
            Instant::now(),
        );
        app.shared.start_loading(10_000);
        let batch = Loaded {
            entries,
            total: 10_000,
        };
        let _ = app.update(Event::Loaded(Box::new(batch)), Instant::now());
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        t.draw(|f| tavle::ui::render(&app, clock(), f)).unwrap();
        t
    });
}

/// 10,000 boards held in brief, ordered afresh for another owner each time
/// (each key typed into the owner filter does this).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn order_of_10000_boards_in_brief_for_an_owner(b: Bencher) {
    let entries: Vec<Entry> = (0..10_000)
        .map(|i| {
            let path = PathBuf::from(format!("/r/tavle-{i:05}.json"));
            Entry::from_analysis(path, ANALYSES[i % ANALYSES.len()].clone())
        })
        .collect();
    let mut app = App::new(
        Lang::Nb,
        PathBuf::from("/r"),
        entries,
        clock().date_naive(),
        Instant::now(),
    );
    // Held in brief from the first event on, as in the real folder.
    let _ = app.update(Event::Tick, Instant::now());
    assert!(app.shared.entries().iter().filter(|e| e.brief).count() > 9_000);
    let mut n = 0usize;
    b.bench_local(|| {
        n += 1;
        app.shared.sort_entries(OWNERS[n % OWNERS.len()]);
    });
}

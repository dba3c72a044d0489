//! Timing of one safe save (`store::update`) on a sample board, for the
//! performance notes. Ignored by default: timings mean something only in a
//! release build on a quiet machine. Run with
//! `cargo test --release --test save_timing -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use tavle::folder::store;
use tavle::model::{Light, Timestamp};
use tavle::ops::{CardOp, CardPatch, Op, Stamp};

/// Median of `n` saves of one light change on a copy of `boards/NAME`.
fn median_save(name: &str, card: &str, n: usize) -> Duration {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/boards/");
    std::fs::copy(format!("{source}{name}"), &path).unwrap();
    let stamp = Stamp {
        at: Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
        by: "timing".to_string(),
    };
    let mut times: Vec<Duration> = (0..n)
        .map(|i| {
            let light = if i % 2 == 0 { Light::Green } else { Light::Red };
            let op = Op::Card(CardOp::Set {
                id: card.to_string(),
                patch: CardPatch {
                    light: Some(Some(light)),
                    ..CardPatch::default()
                },
            });
            let start = Instant::now();
            let saved = store::update(&path, &[op], &stamp).unwrap();
            let took = start.elapsed();
            assert_eq!(saved.board.card(card).unwrap().light, Some(light));
            took
        })
        .collect();
    times.sort();
    times[n / 2]
}

#[test]
#[ignore = "a measurement, not a check; run in release"]
fn one_save_on_a_sample_board() {
    let board = store::analyze(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/boards/hjemmetjenesten-nord.json"
        )
        .as_ref(),
    );
    let card = board.board.unwrap().cards[0].id.clone();
    let n = 301;
    let median = median_save("hjemmetjenesten-nord.json", &card, n);
    println!("store::update on hjemmetjenesten-nord.json: median of {n} = {median:?}");
}

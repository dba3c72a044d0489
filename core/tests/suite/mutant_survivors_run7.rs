//! Tests for the eight survivors of run 7 (shard 1/6 of `tavle-core`, the
//! first 143 mutants; see docs/mutants.md). Each fails on its mutant; the
//! expected values are written out by hand.

use tavle_core::analyze::analyze_text;
use tavle_core::conflicts::{Source, classify};
use tavle_core::diag::Severity;
use tavle_core::model::{Better, Light};

fn errors(text: &str) -> usize {
    let (_, diags) = analyze_text(text);
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

/// `model.rs` `Light::glyph` → `""`: the lights' shapes are what a
/// monochrome screen and a colour-blind reader go by.
#[test]
fn each_light_has_its_own_shape() {
    assert_eq!(Light::Green.glyph(), "●");
    assert_eq!(Light::Yellow.glyph(), "▲");
    assert_eq!(Light::Red.glyph(), "■");
}

/// `model.rs` the `"higher"` arm of `Better::parse` deleted.
#[test]
fn which_way_is_better_is_read_both_ways_and_only_in_lower_case() {
    assert_eq!(Better::parse("higher"), Some(Better::Higher));
    assert_eq!(Better::parse("lower"), Some(Better::Lower));
    assert_eq!(Better::parse("Higher"), None);
}

/// `decode.rs` `v.is_finite()` → `true`: a number too large for a float is
/// infinite, and no value of a board.
#[test]
fn a_number_too_large_to_hold_is_an_error() {
    let board = |v: &str| {
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
              "indicators":[{{"id":"i","title":"I","values":[{{"date":"2026-11-02","value":{v}}}]}}]}}"#
        )
    };
    assert_eq!(errors(&board("1e300")), 0);
    assert_eq!(errors(&board("1e999")), 1);
}

/// `decode.rs` `24 * 60` → `24 + 60` in `agenda_item`: an item may last up
/// to a day (1440 minutes), not 84.
#[test]
fn an_agenda_item_may_last_up_to_a_day() {
    let board = |m: u32| {
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
              "meeting":{{"agenda":[{{"title":"Fagdag","minutes":{m}}}]}}}}"#
        )
    };
    assert_eq!(errors(&board(90)), 0);
    assert_eq!(errors(&board(1440)), 0);
    assert_eq!(errors(&board(1441)), 1);
}

/// `conflicts.rs` `||` → `&&` in `owncloud`: text after the stamp makes
/// the name no Nextcloud copy.
#[test]
fn a_nextcloud_stamp_with_more_after_it_is_no_copy() {
    let source = |name: &str| classify(name).map(|c| c.source);
    assert!(matches!(
        source("plan_conflict-20261130-101500.json"),
        Some(Source::Nextcloud { .. })
    ));
    assert!(
        !matches!(
            source("plan_conflict-20261130-101500x.json"),
            Some(Source::Nextcloud { .. })
        ),
        "{:?}",
        source("plan_conflict-20261130-101500x.json")
    );
}

/// `conflicts.rs` the guard of `dropbox` → `true`: only a number in
/// brackets after the date is a second copy of the day.
#[test]
fn only_a_number_after_a_dropbox_date_is_a_second_copy() {
    let dropbox = |name: &str| {
        matches!(
            classify(name).map(|c| c.source),
            Some(Source::Dropbox { .. })
        )
    };
    assert!(dropbox("plan (Kari's conflicted copy 2026-11-30).json"));
    assert!(dropbox("plan (Kari's conflicted copy 2026-11-30 (1)).json"));
    assert!(!dropbox(
        "plan (Kari's conflicted copy 2026-11-30 (ny)).json"
    ));
}

/// `analyze.rs` `fingerprint` → 0: two different files have different
/// fingerprints (our own writes are told from others' by it).
#[test]
fn different_bytes_have_different_fingerprints() {
    use tavle_core::analyze::fingerprint;
    assert_ne!(fingerprint(b"{}"), fingerprint(b"{ }"));
    assert_eq!(fingerprint(b"{}"), fingerprint(b"{}"));
}

/// `dupes.rs` `<` → `<=` in `renumber`: a decision made at the very moment
/// the next card of the same id was made is about that next card.
#[test]
fn a_decision_made_as_the_next_duplicate_was_made_is_about_that_one() {
    let (b, _) = analyze_text(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[
             {"id":"k1","title":"Første","column":"a","created":"2026-11-01T08:00:00+01:00"},
             {"id":"k1","title":"Andre","column":"a","created":"2026-11-03T08:00:00+01:00"},
             {"id":"k1","title":"Tredje","column":"a","created":"2026-11-05T08:00:00+01:00"}],
           "decisions":[
             {"id":"b1","at":"2026-11-05T08:00:00+01:00","text":"om tredje","card":"k1"}]}"#,
    );
    let mut b = b.expect("a board");
    tavle_core::dupes::renumber(&mut b);
    let third = b.cards[2].id.clone();
    assert_ne!(third, "k1");
    assert_ne!(third, b.cards[1].id);
    assert_eq!(b.decisions[0].card.as_deref(), Some(third.as_str()));
}

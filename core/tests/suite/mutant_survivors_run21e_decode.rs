//! Tests for the survivors of mutation run 21 in decoding a board
//! (`cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use tavle_core::analyze::analyze_text;

/// `decode.rs:369` `*` → `+` in `Dec::meeting`: a meeting's time box may be
/// anything from 1 minute to a whole day (24 × 60 = 1440 minutes), so a
/// meeting of an hour and a half (90 minutes, more than 24 + 60 = 84) is
/// read as written.
#[test]
fn a_meeting_of_ninety_minutes_is_read() {
    let (b, diags) = analyze_text(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "meeting":{"minutes":90}}"#,
    );
    assert!(diags.is_empty(), "{diags:?}");
    let b = b.unwrap();
    assert_eq!(b.meeting.unwrap().minutes, Some(90));
}

//! Tests for the survivors of run 11 (shard 4/6 of `tavle-core`, see
//! docs/mutants.md). Each fails on its mutant; the expected values are
//! written out by hand.

/// `analyze.rs` `*` → `+` in `looks_utf16` (the odd places): a text with a
/// NUL byte in every sixth place, all of them odd places, is far from the
/// three quarters of UTF-16 and is read as UTF-8.
#[test]
fn a_few_nul_bytes_in_odd_places_are_not_utf16() {
    // 60 bytes: 30 odd places, NUL in 10 of them (1, 7, 13, …, 55).
    let mut sparse = "abcdefghijkl".repeat(5).into_bytes();
    for i in (1..sparse.len()).step_by(6) {
        sparse[i] = 0;
    }
    assert_eq!(sparse.iter().filter(|b| **b == 0).count(), 10);
    let (read, _) = tavle_core::analyze::decode_text(sparse).unwrap();
    assert_eq!(read.len(), 60);
}

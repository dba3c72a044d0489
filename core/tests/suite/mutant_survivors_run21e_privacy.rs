//! Tests for the survivors of mutation run 21 in the identity-number scan
//! (`cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use tavle_core::privacy::json::find;

/// `privacy/json.rs:66` `<` → `<=` in `outside`: a JSON number that starts
/// right where a number found in the text ends does not overlap it and is
/// reported too. 24118634582 passes the mod-11 rule (see planted_bugs.rs);
/// here it is written first in Arabic-Indic digits (two bytes each, 22 in
/// all), then, after a `-`, as the value `-2.4118634582e10` (bytes 22..38),
/// which the text scan does not take for a number (1, 10 digits after `.`).
#[test]
fn a_json_number_right_after_a_number_in_the_text_is_found_too() {
    let text = "\u{662}\u{664}\u{661}\u{661}\u{668}\u{666}\u{663}\u{664}\u{665}\u{668}\u{662}-2.4118634582e10";
    assert_eq!(text.len(), 38);
    let found = find(text);
    let got: Vec<(std::ops::Range<usize>, &str)> = (found.iter())
        .map(|f| (f.at.clone(), f.masked.as_str()))
        .collect();
    let arabic = "******\u{663}\u{664}\u{665}\u{668}\u{662}";
    assert_eq!(got, [(0..22, arabic), (22..38, "-******34582")]);
}

/// `privacy/scan.rs:195` `<` → `<=` in `match_chain`: a chain that ends in
/// three groups of two digits (`01.02.03`, a date) after a longer group
/// holds no identity number (12 digits, then a date without its five) and
/// is read without reaching past its last group.
#[test]
fn a_chain_ending_in_a_bare_date_is_no_number() {
    assert_eq!(
        tavle_core::privacy::find("123456789012 01.02.03"),
        Vec::<std::ops::Range<usize>>::new()
    );
}

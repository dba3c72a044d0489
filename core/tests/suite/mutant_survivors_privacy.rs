//! Tests for mutants that `cargo mutants -p tavle-core` found surviving the
//! rest of the suite (the identity-number scan; docs/mutants.md lists the runs and the
//! other files of survivors). Each test names what it guards; expected
//! values are written out here, not computed by the code under test.

#[test]
fn an_identity_number_split_by_a_wide_or_leader_dot_is_found() {
    use tavle_core::privacy::find;
    // 24118634582 passes the mod-11 rule (see planted_bugs.rs).
    assert_eq!(find("Født 241186.34582"), one(6..18));
    // U+FF0E (full-width full stop) and U+2024 (one dot leader) are 3 bytes.
    assert_eq!(find("Født 241186\u{FF0E}34582"), one(6..20));
    assert_eq!(find("Født 241186\u{2024}34582"), one(6..20));
}

#[test]
fn a_file_that_starts_with_a_number_is_read_for_identity_numbers() {
    use tavle_core::privacy::json::find;
    // Not JSON at all (a broken file): the number at the very start is found.
    let found = find("24118634582");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].at, 0..11);
    assert!(find("12").is_empty());
}

#[test]
fn a_number_after_a_lone_dot_outside_strings_is_not_a_fraction() {
    use tavle_core::privacy::json::find;
    // `.24118634582` with no digit before the dot is not the fraction of a
    // value: the number is there (a broken file, say).
    let found = find(r#"{"a": .24118634582}"#);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].at, 7..18);
    // `0.24118634582` is a fraction: not reported.
    assert!(find(r#"{"a": 0.24118634582}"#).is_empty());
}

#[test]
fn a_lone_carriage_return_between_the_parts_is_one_break() {
    use tavle_core::privacy::find;
    assert_eq!(find("241186\r34582"), one(0..12));
    assert_eq!(find("241186\r\n34582"), one(0..13));
    assert_eq!(find("241186\n34582"), one(0..12));
}

#[test]
fn a_number_in_thousands_groups_is_found_only_when_not_part_of_a_longer_one() {
    use tavle_core::privacy::find;
    // 24118634582 as 24 118 634 582.
    assert_eq!(find("24 118 634 582"), one(0..14));
    // Followed by another group after a different separator: still alone.
    assert_eq!(find("24 118 634 582-7"), one(0..14));
    // Followed by more groups with the same separator: a longer number.
    assert_eq!(
        find("24 118 634 582 999 9"),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(
        find("1/1-24 118 634 582 999 9"),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(find("1/1-24 118 634 582"), one(4..18));
    // Groups split by mixed separators are not one printed number.
    assert_eq!(find("24 118.634 582"), Vec::<std::ops::Range<usize>>::new());
    assert_eq!(find("24.118.634.582"), one(0..14));
}

/// One range, as `find` reports a single number.
fn one(r: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    vec![r]
}

//! Word-wrapping for the screen: lines are measured as the terminal draws
//! them. The expected lines are written out by hand.

use tavle_core::text::{width, wrap};

/// `text.rs:162` `>` → `>=` in `wrap`: what is left of a word cut across
/// lines, exactly as wide as a line, stays one line. `لا` (lam and alef) is
/// drawn as one cell although it is two graphemes of one cell each, so
/// `dلاe` is three cells: `abcdلاe` in lines of 3 is `abc` and `dلاe`, not
/// `abc`, `dلا`, `e`.
#[test]
fn the_rest_of_a_cut_word_as_wide_as_a_line_stays_one_line() {
    assert_eq!(width("dلاe"), 3);
    assert_eq!(wrap("abcdلاe", 3, 5), ["abc", "dلاe"]);
}

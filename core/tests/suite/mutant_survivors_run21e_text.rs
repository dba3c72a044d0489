//! Tests for the survivors of mutation run 21 in the text module
//! (`cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use tavle_core::text::escape_markdown;

/// Found by `text/links.rs:85` `+` → `*` in `scheme_start` (which differed
/// from the code only where the code panicked, so it was left alive): a
/// letter of two bytes right before `://` ends the scheme, and the scheme
/// was read from the byte after its first byte, inside that letter, which
/// panicked (mended: the scheme starts after the whole letter). `blå://vakt` has no scheme (none of its characters
/// right before `://` is an ASCII letter, digit, `+`, `.` or `-`), so it is
/// plain text: nothing in it is Markdown syntax.
#[test]
fn a_non_ascii_letter_right_before_the_scheme_separator_is_plain_text() {
    assert_eq!(escape_markdown("blå://vakt"), "blå://vakt");
}

/// `text/links.rs:127` `<` → `<=` in `email_start`: an e-mail address needs
/// a local part before the `@`; `@nav.no` alone (a handle, say) is not one,
/// so it is plain text (nothing in it is Markdown syntax), not a code span.
#[test]
fn an_at_sign_with_nothing_before_it_is_not_an_email_address() {
    assert_eq!(escape_markdown("Spør @nav.no"), "Spør @nav.no");
    assert_eq!(escape_markdown("Spør kari@nav.no"), "Spør `kari@nav.no`");
}

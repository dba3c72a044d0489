//! Addresses in board text written to Markdown (minutes, `status --format
//! markdown`) when a character of several bytes stands right before them.
//! Board text is anyone's: no text may make the writer panic. The expected
//! strings are written out by hand.

use tavle_core::text::escape_markdown;

/// An e-mail address right after a character of two to four bytes that
/// cannot be part of it (€, an arrow, an emoji, a curly apostrophe): the
/// address is a code span and the character stays before it. Before, the
/// local part was taken to start one byte after that character, inside it,
/// and `escape_markdown` panicked.
#[test]
fn an_email_address_right_after_a_wide_character_is_a_code_span() {
    assert_eq!(escape_markdown("€kari@nav.no"), "€`kari@nav.no`");
    assert_eq!(escape_markdown("→kari@nav.no"), "→`kari@nav.no`");
    assert_eq!(escape_markdown("😀kari@nav.no"), "😀`kari@nav.no`");
    assert_eq!(escape_markdown("’kari@nav.no"), "’`kari@nav.no`");
}

/// The same for an address with a scheme: `→https://nav.no` is an arrow
/// and then the address.
#[test]
fn an_address_with_a_scheme_right_after_a_wide_character_is_a_code_span() {
    assert_eq!(escape_markdown("→https://nav.no"), "→`https://nav.no`");
    assert_eq!(escape_markdown("€ftp://nav.no"), "€`ftp://nav.no`");
}

/// No text makes the Markdown writer panic: 50 000 strings of up to 12
/// pieces drawn from address parts (`://`, `@`, `www.`, `mailto:`, dots,
/// brackets) and characters of one to four bytes, from a fixed seed. Each
/// result must keep the text's letters in order (escaping only adds).
#[test]
fn no_text_of_address_parts_and_wide_characters_makes_the_writer_panic() {
    const PIECES: [&str; 24] = [
        "://", "@", "www.", "mailto:", "tel:", ".", "-", "+", "_", "(", ")", "[", "]", "a", "Z",
        "7", "å", "€", "→", "😀", "\u{a0}", "’", " ", "nav.no",
    ];
    let mut seed: u64 = 0x5eed_7a71e;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for _ in 0..50_000 {
        let n = next() % 13;
        let text: String = (0..n).map(|_| PIECES[next() % PIECES.len()]).collect();
        let out = escape_markdown(&text);
        let letters = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        };
        assert_eq!(letters(&out), letters(&text), "{text:?} → {out:?}");
    }
}

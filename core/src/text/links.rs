//! Where text from a board holds an address that Markdown renderers turn
//! into a link by themselves, with no link syntax at all: GitHub and GFM
//! (`https://…`, `www.…`, `kari@nav.no`, `mailto:`/`xmpp:`), markdown-it's
//! and VS Code's linkify, Pandoc, Markdig (`tel:` too), commonmark-java.
//!
//! A backslash before the `:` or the `.` is not enough: several of them
//! (GitHub's e-mail links, remark, commonmark-java) look for addresses in
//! the text after escapes are resolved. A code span is the one place none
//! of them looks, so [`super::escape_markdown`] writes each address found
//! here as one: it reads as the same address, in a monospace font, can be
//! copied whole, and is never a link.
//!
//! Found loosely on purpose: anything one of them might link is found (an
//! address written as code by mistake costs nothing; one linked by mistake
//! is what this prevents).

use std::ops::Range;

/// A character no address holds unencoded (RFC 3986 leaves them out), so
/// one ends it. A code span cannot hold a backtick, nor a table cell a `|`.
fn ends_address(c: char) -> bool {
    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '|' | '\\' | '{' | '}' | '^')
}

/// Schemes linked without `//` after the colon.
const BARE_SCHEMES: [&str; 3] = ["mailto:", "tel:", "xmpp:"];

/// The byte ranges of `s` to write as code, in order and apart: each from
/// where an address starts to the end of its run of address characters,
/// less the trailing punctuation renderers leave out of a link (`.`, `,`,
/// `)` without its `(` …), which stays plain text.
pub fn address_spans(s: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut run_start = None;
    for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
        match (ends_address(c), run_start) {
            (false, None) => run_start = Some(i),
            (true, Some(start)) => {
                run_start = None;
                if let Some(span) = address_in(s, start..i) {
                    spans.push(span);
                }
            }
            _ => {}
        }
    }
    spans
}

/// The span to write as code in the run `run` of `s`, if it holds an address.
fn address_in(s: &str, run: Range<usize>) -> Option<Range<usize>> {
    let r = &s[run.clone()];
    let start = [
        scheme_start(r),
        www_start(r),
        bare_scheme_start(r),
        email_start(r),
    ]
    .into_iter()
    .flatten()
    .min()?;
    let mut end = r.len();
    while let Some(c) = r[start..end].chars().next_back() {
        let body = &r[start..end - c.len_utf8()];
        let unbalanced = |open: char| body.matches(open).count() < body.matches(c).count() + 1;
        let trailing = matches!(
            c,
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '*' | '_' | '~'
        ) || (c == ')' && unbalanced('('))
            || (c == ']' && unbalanced('['));
        if !trailing {
            break;
        }
        end -= c.len_utf8();
    }
    (end > start).then(|| run.start + start..run.start + end)
}

/// `scheme://`: where the first scheme with a letter before `://` starts.
fn scheme_start(r: &str) -> Option<usize> {
    r.match_indices("://").find_map(|(k, _)| {
        let before = &r[..k];
        let from = before
            .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
            .len();
        let letter = before[from..].find(|c: char| c.is_ascii_alphabetic())?;
        Some(from + letter)
    })
}

/// `www.` followed by a letter or digit, not inside a longer word.
fn www_start(r: &str) -> Option<usize> {
    let lower = r.to_ascii_lowercase();
    lower.match_indices("www.").find_map(|(k, _)| {
        let after = lower[k + 4..].chars().next()?;
        let before = lower[..k].chars().next_back();
        (after.is_alphanumeric() && !before.is_some_and(char::is_alphanumeric)).then_some(k)
    })
}

/// `mailto:`, `tel:` or `xmpp:` with something after it, at a word's start.
fn bare_scheme_start(r: &str) -> Option<usize> {
    let lower = r.to_ascii_lowercase();
    BARE_SCHEMES
        .iter()
        .flat_map(|scheme| {
            lower.match_indices(scheme).filter_map(|(k, _)| {
                let after = lower[k + scheme.len()..].chars().next()?;
                let before = lower[..k].chars().next_back();
                (!ends_address(after) && !before.is_some_and(char::is_alphanumeric)).then_some(k)
            })
        })
        .min()
}

/// `local@domain.tld`: where the local part of the first e-mail address starts.
fn email_start(r: &str) -> Option<usize> {
    let local_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let domain_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-');
    r.match_indices('@').find_map(|(k, _)| {
        let from = r[..k].trim_end_matches(local_char).len();
        let domain: String = r[k + 1..].chars().take_while(|&c| domain_char(c)).collect();
        let domain = domain.trim_end_matches(['.', '_', '-']);
        let dotted = domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty());
        (from < k && dotted).then_some(from)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<&str> {
        address_spans(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn addresses_are_found_without_the_punctuation_around_them() {
        for (text, want) in [
            ("Se https://nav.no/rutine.", vec!["https://nav.no/rutine"]),
            ("(www.helsenorge.no)", vec!["www.helsenorge.no"]),
            ("Ring kari.n@nav.no, eller", vec!["kari.n@nav.no"]),
            ("[lenke](http://x)", vec!["http://x"]),
            ("<http://auto.link>", vec!["http://auto.link"]),
            (
                "https://no.wikipedia.org/wiki/Kvalitet_(helse)!",
                vec!["https://no.wikipedia.org/wiki/Kvalitet_(helse)"],
            ),
            (
                "mailto:post@kommune.no?subject=x",
                vec!["mailto:post@kommune.no?subject=x"],
            ),
            ("tel:+4712345678", vec!["tel:+4712345678"]),
            (
                "WWW.NAV.NO og ftp://fil.no",
                vec!["WWW.NAV.NO", "ftp://fil.no"],
            ),
            ("12.https://x.no", vec!["https://x.no"]),
            ("a|https://x.no|b", vec!["https://x.no"]),
            ("blåbær@æøå.no", vec!["blåbær@æøå.no"]),
        ] {
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn ordinary_words_are_not_addresses() {
        for text in [
            "24.11.2026",
            "1.5 %",
            "f.eks. m.fl. bl.a.",
            "Kl. 10: møte",
            "tel: 12345678",
            "hotel:ja",
            "awww.ok",
            "www.",
            "@kari",
            "kari@nav",
            "a@.no",
            "://x",
            "3+4=7",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
    }
}

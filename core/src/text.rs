//! Text from files is untrusted: before it reaches a terminal, a file or a
//! report, control characters and escape sequences become visible
//! replacements, and national identity numbers are masked. [`sanitize`] is
//! the one function every output path calls.

mod links;

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Make text from a board safe to show or export: control characters (C0,
/// DEL, C1 — so no CSI, OSC or other escape sequence), bidirectional
/// overrides and line/paragraph separators become visible symbols, so a
/// board title cannot move the cursor, change colours, set the window title
/// or the clipboard, or reorder what is shown around it; and anything that
/// looks like a fødselsnummer or D-number is masked (see [`crate::privacy`]).
///
/// The mask goes first, on the text as written: a line break or a bidi mark
/// between the date part and the rest is still read as part of the number
/// before it becomes a visible symbol.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    let masked = crate::privacy::mask(s);
    if !masked.chars().any(needs_replacing) {
        return masked;
    }
    Cow::Owned(masked.chars().map(replacement).collect())
}

fn needs_replacing(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn replacement(c: char) -> char {
    match c {
        // The Control Pictures block has one symbol for each C0 control: ␛ for ESC.
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        c if needs_replacing(c) => '\u{FFFD}',
        c => c,
    }
}

/// Text from a file as Markdown that renders as exactly that text, never as
/// markup, wherever on a line or in a table cell it is put. Line breaks become
/// spaces and the ends are trimmed (a leading indent could start a code
/// block); control characters and bidi overrides are made visible
/// ([`sanitize`]); every character CommonMark or a table would read as syntax
/// gets a backslash (`\\ * _ ` [ ] < > & # | ~`, and `-`, `+`, `=`, `1.`
/// or `1)` at the start, where they would open a list, a heading or a
/// rule). A backslash before ASCII punctuation is CommonMark's own escape,
/// so the reader sees the plain character and `&amp;` stays `&amp;`.
///
/// An address a renderer would link by itself (`https://…`, `www.…`, an
/// e-mail address; see [`links`]) is written as a code span: the same
/// address to read and copy, never a link nobody wrote.
pub fn escape_markdown(s: &str) -> String {
    let flat = s.replace(['\r', '\n'], " ");
    let clean = sanitize(flat.trim());
    let mut out = String::with_capacity(clean.len() + 8);
    let digits = clean.chars().take_while(char::is_ascii_digit).count();
    let mut spans = links::address_spans(&clean).into_iter().peekable();
    let mut skip_to = 0;
    for (i, (at, c)) in clean.char_indices().enumerate() {
        if at < skip_to {
            continue;
        }
        if let Some(span) = spans.next_if(|span| span.start == at) {
            // No backtick, space or `|` in an address: one backtick fences it.
            out.push('`');
            out.push_str(&clean[span.clone()]);
            out.push('`');
            skip_to = span.end;
            continue;
        }
        let escape = match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~' => true,
            '-' | '+' | '=' => i == 0,
            // `12. ` or `3)` at the start is an ordered list item.
            '.' | ')' => i == digits && digits > 0 && list_marker_ends(&clean, i),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the character at `i` (a `.` or `)` after leading digits) is followed
/// by a space or the end, as a list marker must be.
fn list_marker_ends(s: &str, i: usize) -> bool {
    s.chars().nth(i + 1).is_none_or(char::is_whitespace)
}

/// Display width of a string in terminal cells (æøå 1, emoji and CJK 2).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` cells, on a grapheme boundary, ending in `…` when cut.
/// Slicing at a byte count panics inside `ø`; this never does.
pub fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// Word-wrap `s` into at most `lines` lines of at most `max` cells; the last
/// line ends in `…` when text is left over. Long words are cut by grapheme.
pub fn wrap(s: &str, max: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if max == 0 || lines == 0 {
        return out;
    }
    let mut cur = String::new();
    let mut words = s.split_whitespace().peekable();
    let mut truncated = false;
    while let Some(word) = words.next() {
        let sep = if cur.is_empty() { 0 } else { 1 };
        if width(&cur) + sep + width(word) <= max {
            if sep == 1 {
                cur.push(' ');
            }
            cur.push_str(word);
            continue;
        }
        // The word does not fit on this line.
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
            if out.len() == lines {
                truncated = true;
                break;
            }
        }
        if width(word) <= max {
            cur.push_str(word);
        } else {
            // A word longer than the line: cut it across lines.
            let mut rest = word;
            while width(rest) > max {
                let mut used = 0;
                let mut end = 0;
                for (i, g) in rest.grapheme_indices(true) {
                    if used + width(g) > max {
                        break;
                    }
                    used += width(g);
                    end = i + g.len();
                }
                if end == 0 {
                    break;
                }
                out.push(rest[..end].to_string());
                rest = &rest[end..];
                if out.len() == lines {
                    truncated = !rest.is_empty() || words.peek().is_some();
                    break;
                }
            }
            if out.len() == lines {
                break;
            }
            cur.push_str(rest);
        }
    }
    if !truncated && !cur.is_empty() {
        if out.len() < lines {
            out.push(cur);
        } else {
            truncated = true;
        }
    }
    if truncated && let Some(last) = out.last_mut() {
        // Keep as much of the last line as leaves room for the `…`.
        let mut l = String::new();
        let mut used = 0;
        for g in last.graphemes(true) {
            if used + width(g) + 1 > max {
                break;
            }
            used += width(g);
            l.push_str(g);
        }
        l.push('…');
        *last = l;
    }
    out
}

#[cfg(test)]
mod fit_tests {
    use super::*;

    #[test]
    fn cuts_by_display_width_on_grapheme_boundaries() {
        assert_eq!(fit("Blåbærsyltetøy", 6), "Blåbæ…");
        assert_eq!(fit("øøøø", 3), "øø…");
        assert_eq!(fit("日本語テキスト", 5), "日本…");
        assert_eq!(fit("👍🏽👍🏽👍🏽", 5), "👍🏽👍🏽…");
        assert_eq!(fit("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
        assert_eq!(fit("kort", 4), "kort");
        assert_eq!(fit("kort", 0), "");
    }

    #[test]
    fn never_panics_at_any_width() {
        let s = "Ærlig talt: 日本 👩‍👩‍👧 ø\u{301} lang-lang-lang-ord";
        for w in 0..50 {
            assert!(width(&fit(s, w)) <= w);
            for line in wrap(s, w, 3) {
                assert!(width(&line) <= w, "{w}: {line}");
            }
        }
    }

    #[test]
    fn markdown_escaping_keeps_the_text_and_drops_the_syntax() {
        for (raw, want) in [
            ("# Overskrift", "\\# Overskrift"),
            ("<script>&amp;", "\\<script\\>\\&amp;"),
            ("[lenke](x) ![b](y.png)", "\\[lenke\\](x) !\\[b\\](y.png)"),
            (
                "**fet** _kursiv_ `kode` ~~streket~~",
                "\\*\\*fet\\*\\* \\_kursiv\\_ \\`kode\\` \\~\\~streket\\~\\~",
            ),
            ("- [ ] ikke en oppgave", "\\- \\[ \\] ikke en oppgave"),
            ("1. ikke en liste", "1\\. ikke en liste"),
            ("12) heller ikke", "12\\) heller ikke"),
            ("> sitat", "\\> sitat"),
            ("| a | b |", "\\| a \\| b \\|"),
            ("+ pluss", "\\+ pluss"),
            ("===", "\\==="),
            ("a\\b", "a\\\\b"),
            ("to\nlinjer\r\n", "to linjer"),
            ("    innrykk", "innrykk"),
            ("\u{1b}[2J\u{202E}", "␛\\[2J\u{FFFD}"),
        ] {
            assert_eq!(escape_markdown(raw), want, "{raw:?}");
        }
        // What is not syntax where it stands is left as it is written.
        for plain in [
            "24.11.2026",
            "1.5 %",
            "Blåbær - og 2-3 kort",
            "3+4=7",
            "Kari (k1).",
        ] {
            assert_eq!(escape_markdown(plain), plain);
        }
    }

    #[test]
    fn addresses_are_written_as_code_never_as_links() {
        for (raw, want) in [
            (
                "Se https://nav.no/rutine_1.",
                "Se `https://nav.no/rutine_1`.",
            ),
            ("www.helsenorge.no", "`www.helsenorge.no`"),
            (
                "- spør kari@nav.no (fredag)",
                "\\- spør `kari@nav.no` (fredag)",
            ),
            ("[lenke](http://x)", "\\[lenke\\](`http://x`)"),
            ("<http://a.no>|*", "\\<`http://a.no`\\>\\|\\*"),
            ("`https://x.no`", "\\``https://x.no`\\`"),
        ] {
            assert_eq!(escape_markdown(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn wraps_words_and_marks_the_cut() {
        assert_eq!(
            wrap("Ny rutine for medisinrom", 12, 2),
            ["Ny rutine", "for…"]
        );
        assert_eq!(
            wrap("Ny rutine for medisinrom", 12, 3),
            ["Ny rutine", "for", "medisinrom"]
        );
        assert_eq!(wrap("abcdefghij", 4, 2), ["abcd", "efg…"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_numbers_are_masked_on_every_output() {
        // Built from the mod-11 rule: a date, an individual number, check digits.
        let n = (100..999)
            .find_map(|i: u32| {
                let mut d = vec![0, 1, 0, 2, 0, 3];
                d.extend([i / 100, i / 10 % 10, i % 10].map(|x| x as u8));
                let (k1, k2) = crate::privacy::check_digits(&d)?;
                d.extend([k1, k2]);
                Some(d.iter().map(|x| char::from(b'0' + x)).collect::<String>())
            })
            .unwrap();
        let line = format!("Ring {n} i dag");
        let shown = sanitize(&line);
        assert!(!shown.contains(&n[..6]), "{shown}");
        assert!(shown.contains("******"), "{shown}");
        assert!(matches!(sanitize("Ring 47 12 34 56 78"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_number_broken_by_a_line_break_or_a_bidi_mark_is_masked_before_either_is_shown() {
        let rest = (100..999u32)
            .find_map(|i: u32| {
                let mut d = vec![0, 1, 0, 2, 0, 3];
                d.extend([i / 100, i / 10 % 10, i % 10].map(|x| x as u8));
                let (k1, k2) = crate::privacy::check_digits(&d)?;
                Some(format!("{i}{k1}{k2}"))
            })
            .unwrap();
        let n = format!("010203{rest}");
        assert!(sanitize(&n).starts_with("******"));
        assert_eq!(
            sanitize(&format!("010203\n{rest}")),
            format!("******␊{rest}")
        );
        assert_eq!(
            sanitize(&format!("010203\r\n{rest}")),
            format!("******␍␊{rest}")
        );
        assert_eq!(
            sanitize(&format!("0102\u{202E}03{rest}")),
            format!("******{rest}")
        );
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(sanitize("a\u{1b}[2Jb\n\t"), "a␛[2Jb␊␉");
        assert_eq!(sanitize("\u{9b}31m\u{7f}"), "\u{FFFD}31m␡");
        assert_eq!(sanitize("x\u{202E}y"), "x\u{FFFD}y");
        assert_eq!(sanitize("a\u{2028}b"), "a\u{FFFD}b");
        assert!(matches!(
            sanitize("Blåbær 😀"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}

//! Text from files is untrusted: before it reaches a terminal, control
//! characters and escape sequences become visible replacements.

/// Replace control characters (C0, DEL, C1) and bidirectional overrides with
/// visible symbols, so a board title cannot move the cursor, change colours,
/// set the window title or reorder what is shown around it.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(needs_replacing) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(replacement).collect())
}

fn needs_replacing(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(sanitize("a\u{1b}[2Jb\n\t"), "a␛[2Jb␊␉");
        assert_eq!(sanitize("\u{9b}31m\u{7f}"), "\u{FFFD}31m␡");
        assert_eq!(sanitize("x\u{202E}y"), "x\u{FFFD}y");
        assert!(matches!(
            sanitize("Blåbær 😀"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Text from a file for one Markdown line or table cell: line breaks become
/// spaces, table pipes are escaped, control characters made visible.
pub fn markdown_inline(s: &str) -> String {
    sanitize(&s.replace(['\r', '\n'], " ")).replace('|', "\\|")
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

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

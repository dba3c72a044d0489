//! The one-line search a screen types into — the board's card filter and the
//! overview's owner filter — as one [`TextField`], so it edits like every
//! other field (cursor, words, Home/End, paste, undo). Esc clears and stops,
//! Enter stops and keeps the text, Ctrl+C still quits. No drawing here.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::field::TextField;

/// A search line and whether it has the keyboard.
#[derive(Debug, Clone)]
pub struct Search {
    field: TextField,
    /// The line is being typed: keys go to it.
    pub typing: bool,
}

impl Default for Search {
    fn default() -> Search {
        Search {
            field: TextField::line(""),
            typing: false,
        }
    }
}

/// What a key did to a search line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typed {
    /// The line is not being typed: the key is the screen's.
    NotTyping,
    /// The key was the line's (its text may have changed).
    Taken,
    /// Ctrl+C while typing: quit.
    Quit,
}

impl Search {
    /// What is typed, trimmed.
    pub fn text(&self) -> String {
        self.field.text().trim().to_string()
    }

    pub fn is_empty(&self) -> bool {
        self.text().is_empty()
    }

    /// Start typing, the cursor at the end of what is there.
    pub fn start(&mut self) {
        self.typing = true;
    }

    /// Put `text` in the line (a name chosen from a list) and stop typing.
    pub fn set(&mut self, text: &str) {
        self.field = TextField::line(text);
        self.typing = false;
    }

    /// Empty the line and stop typing.
    pub fn clear(&mut self) {
        *self = Search::default();
    }

    /// The text on each side of the cursor, for drawing it (`▏` between).
    pub fn around_cursor(&self) -> (String, String) {
        let line = self.field.text();
        let col = self.field.area().cursor().1;
        let at = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
        (line[..at].to_string(), line[at..].to_string())
    }

    /// Hand a key to the line while it is typed.
    pub fn key(&mut self, key: &KeyEvent) -> Typed {
        if !self.typing {
            return Typed::NotTyping;
        }
        match key.code {
            KeyCode::Esc => self.clear(),
            KeyCode::Enter => self.typing = false,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                return Typed::Quit;
            }
            _ => {
                self.field.key(key);
            }
        }
        Typed::Taken
    }

    /// Insert pasted text while the line is typed; `false` when it is not.
    pub fn paste(&mut self, text: &str) -> bool {
        if self.typing {
            self.field.paste(text);
        }
        self.typing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &mut Search, code: KeyCode, mods: KeyModifiers) -> Typed {
        s.key(&KeyEvent::new(code, mods))
    }

    #[test]
    fn edits_like_a_field_and_esc_clears_enter_keeps() {
        let mut s = Search::default();
        assert_eq!(
            key(&mut s, KeyCode::Char('x'), KeyModifiers::NONE),
            Typed::NotTyping
        );
        s.start();
        for c in "Kari".chars() {
            key(&mut s, KeyCode::Char(c), KeyModifiers::NONE);
        }
        key(&mut s, KeyCode::Home, KeyModifiers::NONE);
        key(&mut s, KeyCode::Delete, KeyModifiers::NONE);
        key(&mut s, KeyCode::Char('M'), KeyModifiers::NONE);
        assert_eq!(s.text(), "Mari");
        assert_eq!(s.around_cursor(), ("M".into(), "ari".into()));
        assert!(s.paste("\nanne"));
        assert_eq!(s.text(), "M anneari");
        key(&mut s, KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(s.text(), "Mari");
        assert_eq!(
            key(&mut s, KeyCode::Char('c'), KeyModifiers::CONTROL),
            Typed::Quit
        );
        key(&mut s, KeyCode::Enter, KeyModifiers::NONE);
        assert!(!s.typing);
        assert_eq!(s.text(), "Mari");
        assert!(!s.paste("x"));
        s.start();
        key(&mut s, KeyCode::Esc, KeyModifiers::NONE);
        assert!(s.is_empty() && !s.typing);
    }
}

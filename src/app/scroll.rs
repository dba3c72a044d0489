//! A scroll position for a dialog that can be taller than the screen (the
//! closing summary): the keys that move it, and how far it can go, which
//! only the view knows (it depends on the width the text is wrapped to), so
//! the view records it when it draws and the keys stop there.

use std::cell::Cell;

use crossterm::event::{KeyCode, KeyEvent};

/// Where a scrolled dialog stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Scroll {
    top: usize,
    /// The last top line the view could show, and its page height, as last drawn.
    limit: Cell<usize>,
    page: Cell<usize>,
}

impl Default for Scroll {
    fn default() -> Scroll {
        Scroll {
            top: 0,
            limit: Cell::new(usize::MAX),
            page: Cell::new(10),
        }
    }
}

impl Scroll {
    /// A key that scrolls (↑/↓, k/j, PgUp/PgDn, Home/End); `true` when taken.
    pub fn key(&mut self, key: &KeyEvent) -> bool {
        let limit = self.limit.get();
        let page = self.page.get().max(1);
        let top = self.top.min(limit);
        self.top = match key.code {
            KeyCode::Up | KeyCode::Char('k') => top.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => top.saturating_add(1).min(limit),
            KeyCode::PageUp => top.saturating_sub(page),
            KeyCode::PageDown => top.saturating_add(page).min(limit),
            KeyCode::Home => 0,
            KeyCode::End => limit,
            _ => return false,
        };
        true
    }

    /// For the view: `lines` of text in `room` rows; the first line to show.
    pub fn fit(&self, lines: usize, room: usize) -> usize {
        let limit = lines.saturating_sub(room);
        self.limit.set(limit);
        self.page.set(room.saturating_sub(1));
        self.top.min(limit)
    }

    /// The first line shown (before the view has said how far it goes: as asked).
    pub fn top(&self) -> usize {
        self.top.min(self.limit.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn press(s: &mut Scroll, code: KeyCode) {
        assert!(s.key(&KeyEvent::new(code, KeyModifiers::NONE)));
    }

    #[test]
    fn scrolls_within_what_the_view_drew_and_no_further() {
        let mut s = Scroll::default();
        assert_eq!(s.fit(30, 10), 0);
        press(&mut s, KeyCode::End);
        assert_eq!(s.fit(30, 10), 20);
        // One step up from the end is one line up: no dead keys past the end.
        press(&mut s, KeyCode::Down);
        press(&mut s, KeyCode::Up);
        assert_eq!(s.top(), 19);
        press(&mut s, KeyCode::PageUp);
        assert_eq!(s.top(), 10);
        press(&mut s, KeyCode::Home);
        assert_eq!(s.top(), 0);
        // Text that fits does not scroll.
        assert_eq!(s.fit(5, 10), 0);
        press(&mut s, KeyCode::Down);
        assert_eq!(s.top(), 0);
        assert!(!s.key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    }
}

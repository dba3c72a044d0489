//! Pasted text from a terminal that does not bracket it. With bracketed
//! paste (enabled when the screen starts) the terminal sends a paste as one
//! event; a terminal without it (and the Windows console) types the pasted
//! characters as keys, a line break as Enter, which would save a dialog
//! after the first line and type the rest as commands.
//!
//! So the input thread reads keys in bursts: the keys that had already
//! arrived with the first one, and those following within [`BURST_GAP`] of
//! each other. Nobody types two keys within a few milliseconds, but a
//! paste arrives that way. A burst of text keys (characters, Enter, Tab, a
//! bare line feed) in which a line break is followed by more text becomes
//! one paste; any other burst stays keys, so typed-ahead keys, a test that
//! writes `title\r` in one go and a paste of one line ending in a line break
//! act as typed (that last one is as if the line was typed and Enter
//! pressed). A Tab in a burst without a line break stays a Tab: it moves to
//! the next field, as typing it would.

use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Keys closer together than this belong to one burst.
pub const BURST_GAP: Duration = Duration::from_millis(5);

/// A burst is cut after this many events (and the next one starts).
pub const BURST_MAX: usize = 1 << 20;

/// What a key of a burst is, as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Char(char),
    Tab,
    LineBreak,
}

fn piece(key: &KeyEvent) -> Option<Piece> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let plain = !ctrl && !alt;
    match key.code {
        KeyCode::Char(c) if plain => Some(Piece::Char(c)),
        // A line feed in raw mode reads as Ctrl+J.
        KeyCode::Char('j') if ctrl && !alt => Some(Piece::LineBreak),
        KeyCode::Enter if plain => Some(Piece::LineBreak),
        KeyCode::Tab if plain => Some(Piece::Tab),
        _ => None,
    }
}

/// The events of a burst as the app should get them: one paste when the
/// burst is pasted text of more than one line, else the events as they came.
pub fn join(burst: Vec<Event>) -> Vec<Event> {
    let mut pieces = Vec::new();
    for ev in &burst {
        match ev {
            // The Windows console reports releases too: they carry no text.
            Event::Key(k) if k.kind == KeyEventKind::Release => {}
            Event::Key(k) => match piece(k) {
                Some(p) => pieces.push(p),
                None => return burst,
            },
            _ => return burst,
        }
    }
    let first_break = pieces.iter().position(|p| *p == Piece::LineBreak);
    let text_after =
        first_break.is_some_and(|i| pieces[i..].iter().any(|p| matches!(p, Piece::Char(_))));
    if !text_after {
        return burst;
    }
    let text: String = pieces
        .iter()
        .map(|p| match p {
            Piece::Char(c) => *c,
            Piece::Tab => '\t',
            Piece::LineBreak => '\n',
        })
        .collect();
    vec![Event::Paste(text)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<Event> {
        s.chars()
            .map(|c| {
                let code = match c {
                    '\r' => KeyCode::Enter,
                    '\t' => KeyCode::Tab,
                    c => KeyCode::Char(c),
                };
                Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
            })
            .collect()
    }

    fn ctrl_j() -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL))
    }

    #[test]
    fn lines_typed_at_once_are_one_paste() {
        assert_eq!(
            join(keys("Første linje\rAndre\tlinje\r")),
            vec![Event::Paste("Første linje\nAndre\tlinje\n".into())]
        );
        let mut lf = keys("a");
        lf.push(ctrl_j());
        lf.extend(keys("b"));
        assert_eq!(join(lf), vec![Event::Paste("a\nb".into())]);
    }

    #[test]
    fn a_burst_without_text_after_a_line_break_stays_keys() {
        for typed in [
            "Ny sak\r",
            "Hilde\tHilde\ti morgen\r",
            "jjj",
            "\r",
            "\r\t",
            "",
        ] {
            assert_eq!(join(keys(typed)), keys(typed), "{typed:?}");
        }
    }

    #[test]
    fn a_burst_with_other_keys_stays_keys() {
        let mut burst = keys("a\rb");
        burst.push(Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)));
        assert_eq!(join(burst.clone()), burst);
        let mut burst = keys("a\rb");
        burst.push(Event::Key(KeyEvent::new(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL,
        )));
        assert_eq!(join(burst.clone()), burst);
        let burst = vec![Event::Resize(80, 24), keys("a\rb").remove(0)];
        assert_eq!(join(burst.clone()), burst);
    }

    #[test]
    fn releases_are_passed_over() {
        let mut burst = Vec::new();
        for ev in keys("a\rb") {
            burst.push(ev.clone());
            if let Event::Key(mut k) = ev {
                k.kind = KeyEventKind::Release;
                burst.push(Event::Key(k));
            }
        }
        assert_eq!(join(burst), vec![Event::Paste("a\nb".into())]);
    }
}

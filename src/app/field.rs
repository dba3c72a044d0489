//! One text field as users expect it: a cursor that moves by character
//! (←/→, by grapheme, so `ø`, emoji and combining marks are one step), by word
//! (Ctrl+←/→), to the ends (Home/End); Delete and Backspace (by grapheme);
//! paste; undo and redo of typing (Ctrl+Z / Ctrl+Y); and, for a note, several
//! lines. Built on `ratatui-textarea`; this module only decides which key does
//! what, so every dialog behaves the same.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use unicode_segmentation::UnicodeSegmentation;

/// A text field.
#[derive(Debug, Clone)]
pub struct TextField {
    area: TextArea<'static>,
    multi: bool,
}

impl PartialEq for TextField {
    fn eq(&self, other: &Self) -> bool {
        self.multi == other.multi && self.area.lines() == other.area.lines()
    }
}

/// Text from a file or a paste, made safe to show while it is edited: control
/// characters and bidi overrides become visible symbols, and a single-line
/// field gets its line breaks as spaces.
fn safe(text: &str, multi: bool) -> String {
    let text = if multi {
        text.replace("\r\n", "\n")
    } else {
        text.replace(['\r', '\n'], " ")
    };
    if multi {
        // Masked as a whole first: a number typed over two lines.
        tavle_core::privacy::mask(&text)
            .split('\n')
            .map(|l| tavle_core::text::sanitize(l).into_owned())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        tavle_core::text::sanitize(&text).into_owned()
    }
}

impl TextField {
    /// A one-line field holding `text`, with the cursor at its end.
    pub fn line(text: &str) -> TextField {
        TextField::new(text, false)
    }

    /// A field of several lines (a note), with the cursor at its end.
    pub fn lines(text: &str) -> TextField {
        TextField::new(text, true)
    }

    fn new(text: &str, multi: bool) -> TextField {
        let lines: Vec<String> = safe(text, multi).split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        if multi {
            // A note reads as a paragraph: long lines wrap instead of scrolling sideways.
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextField { area, multi }
    }

    /// What the field holds now (lines joined with `\n`).
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Whether `text` is what the field would show for `original`: nothing typed.
    pub fn unchanged(&self, original: &str) -> bool {
        self.text() == safe(original, self.multi)
    }

    pub fn is_multi(&self) -> bool {
        self.multi
    }

    /// The text area, for drawing.
    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Insert pasted text at the cursor.
    pub fn paste(&mut self, text: &str) {
        self.area.insert_str(safe(text, self.multi));
    }

    /// Handle an editing key; `false` when the key is not one a field takes
    /// (the dialog then decides: Enter, Tab, Esc, …).
    pub fn key(&mut self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let (row, col) = (self.area.cursor().0, self.area.cursor().1);
        match key.code {
            KeyCode::Char('z') if ctrl => {
                self.area.undo();
            }
            KeyCode::Char('y') if ctrl => {
                self.area.redo();
            }
            KeyCode::Char('u') if ctrl => {
                self.area.delete_line_by_head();
            }
            KeyCode::Char('k') if ctrl => {
                self.area.delete_line_by_end();
            }
            KeyCode::Char('w') if ctrl => {
                self.area.delete_word();
            }
            KeyCode::Char(c) if !ctrl && !alt => self.area.insert_char(c),
            KeyCode::Backspace if ctrl || alt => {
                self.area.delete_word();
            }
            KeyCode::Backspace => {
                let n = self.grapheme_before(row, col);
                for _ in 0..n.max(1) {
                    self.area.delete_char();
                }
            }
            KeyCode::Delete => {
                let n = self.grapheme_after(row, col);
                for _ in 0..n.max(1) {
                    self.area.delete_next_char();
                }
            }
            KeyCode::Left if ctrl || alt => self.area.move_cursor(CursorMove::WordBack),
            KeyCode::Right if ctrl || alt => self.area.move_cursor(CursorMove::WordForward),
            KeyCode::Left => match self.grapheme_before(row, col) {
                0 => self.area.move_cursor(CursorMove::Back),
                n => self.jump(row, col - n),
            },
            KeyCode::Right => match self.grapheme_after(row, col) {
                0 => self.area.move_cursor(CursorMove::Forward),
                n => self.jump(row, col + n),
            },
            KeyCode::Home => self.area.move_cursor(CursorMove::Head),
            KeyCode::End => self.area.move_cursor(CursorMove::End),
            KeyCode::Up if self.multi && row > 0 => self.area.move_cursor(CursorMove::Up),
            KeyCode::Down if self.multi && row + 1 < self.area.lines().len() => {
                self.area.move_cursor(CursorMove::Down)
            }
            KeyCode::Enter if self.multi && !ctrl && !alt => self.area.insert_newline(),
            _ => return false,
        }
        true
    }

    fn jump(&mut self, row: usize, col: usize) {
        let (r, c) = (
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        );
        self.area.move_cursor(CursorMove::Jump(r, c));
    }

    /// Characters in the grapheme before the cursor (0 at the line's start).
    fn grapheme_before(&self, row: usize, col: usize) -> usize {
        let line = self.area.lines().get(row).map_or("", String::as_str);
        let head: String = line.chars().take(col).collect();
        head.graphemes(true)
            .next_back()
            .map_or(0, |g| g.chars().count())
    }

    /// Characters in the grapheme after the cursor (0 at the line's end).
    fn grapheme_after(&self, row: usize, col: usize) -> usize {
        let line = self.area.lines().get(row).map_or("", String::as_str);
        let tail: String = line.chars().skip(col).collect();
        tail.graphemes(true).next().map_or(0, |g| g.chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(f: &mut TextField, code: KeyCode) {
        f.key(&KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn ctrl(f: &mut TextField, code: KeyCode) {
        f.key(&KeyEvent::new(code, KeyModifiers::CONTROL));
    }

    fn typ(f: &mut TextField, s: &str) {
        for c in s.chars() {
            press(f, KeyCode::Char(c));
        }
    }

    #[test]
    fn cursor_moves_and_edits_in_the_middle() {
        let mut f = TextField::line("Ny rutine");
        press(&mut f, KeyCode::Home);
        typ(&mut f, "En ");
        assert_eq!(f.text(), "En Ny rutine");
        press(&mut f, KeyCode::End);
        ctrl(&mut f, KeyCode::Left);
        press(&mut f, KeyCode::Delete);
        assert_eq!(f.text(), "En Ny utine");
        ctrl(&mut f, KeyCode::Char('z'));
        assert_eq!(f.text(), "En Ny rutine");
        ctrl(&mut f, KeyCode::Char('y'));
        assert_eq!(f.text(), "En Ny utine");
    }

    #[test]
    fn backspace_and_arrows_step_over_whole_graphemes() {
        // `é` written as e + combining acute, and a family emoji of four people.
        let mut f = TextField::line("Kafe\u{301} 👨‍👩‍👧‍👦");
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.text(), "Kafe\u{301} ");
        press(&mut f, KeyCode::Backspace);
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.text(), "Kaf");
        let mut f = TextField::line("æøå");
        press(&mut f, KeyCode::Left);
        press(&mut f, KeyCode::Left);
        typ(&mut f, "x");
        assert_eq!(f.text(), "æxøå");
    }

    #[test]
    fn one_line_fields_take_no_line_breaks_and_hostile_text_is_shown_safely() {
        let mut f = TextField::line("a");
        assert!(!f.key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        f.paste("b\nc\u{1b}[2J");
        assert_eq!(f.text(), "ab c␛[2J");
        let mut note = TextField::lines("første");
        press(&mut note, KeyCode::Enter);
        typ(&mut note, "andre");
        assert_eq!(note.text(), "første\nandre");
        assert!(TextField::line("x\u{202E}y").unchanged("x\u{202E}y"));
    }
}

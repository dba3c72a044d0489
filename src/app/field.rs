//! One text field as users expect it: a cursor that moves by character
//! (←/→, by grapheme, so `ø`, emoji and combining marks are one step), by word
//! (Ctrl+←/→), to the ends (Home/End); Delete and Backspace (by grapheme);
//! paste; undo and redo of typing (Ctrl+Z / Ctrl+Y); and, for a note, several
//! lines. Built on `ratatui-textarea`; this module only decides which key does
//! what, so every dialog behaves the same.
//!
//! Pasted text is text ([`pasted`]): the line ends any terminal sends (CR,
//! LF, CRLF) are lines in a note and one space in a one-line field, tabs are
//! spaces, and no other control character reaches the field, so none is
//! stored in a board.

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

/// Pasted text as a field takes it. Every line end (CRLF, a lone CR as
/// terminals send a paste, LF, NEL, the Unicode line and paragraph
/// separators) is a line break in a note (`multi`); in a one-line field
/// each run of line ends, with the blanks around it, is one space. A tab is spaces to the next column of four in a note (so a
/// table pasted from a spreadsheet keeps its columns), one space in a
/// one-line field (a run of tabs too). Every other control character (C0,
/// DEL, C1, which would be stored as a symbol such as ␛) and every
/// bidirectional control is dropped.
pub fn pasted(text: &str, multi: bool) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let Some(line) = lines.last_mut() else { break };
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                lines.push(String::new());
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => lines.push(String::new()),
            '\t' if multi => {
                let width = line.chars().count();
                line.extend(std::iter::repeat_n(' ', 4 - width % 4));
            }
            '\t' => {
                while chars.next_if_eq(&'\t').is_some() {}
                line.push(' ');
            }
            c if c.is_control() || bidi_control(c) => {}
            c => line.push(c),
        }
    }
    if multi {
        return lines.join("\n");
    }
    // Each run of line ends, with the blanks around it, is one space.
    let mut out = String::new();
    let mut gap = false;
    for (i, line) in lines.iter().enumerate() {
        gap |= i > 0;
        let line = if gap {
            line.trim_start()
        } else {
            line.as_str()
        };
        if line.is_empty() {
            continue;
        }
        if gap {
            out.truncate(out.trim_end().len());
            out.push(' ');
            gap = false;
        }
        out.push_str(line);
    }
    if gap {
        out.truncate(out.trim_end().len());
        out.push(' ');
    }
    out
}

/// The characters that reorder text around them (Unicode bidi controls).
fn bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
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

    /// Insert pasted text at the cursor, as [`pasted`] makes it (and with
    /// identity numbers masked, as everything shown).
    pub fn paste(&mut self, text: &str) {
        self.area
            .insert_str(safe(&pasted(text, self.multi), self.multi));
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
        assert_eq!(f.text(), "ab c[2J");
        let mut note = TextField::lines("første");
        press(&mut note, KeyCode::Enter);
        typ(&mut note, "andre");
        assert_eq!(note.text(), "første\nandre");
        assert!(TextField::line("x\u{202E}y").unchanged("x\u{202E}y"));
    }

    #[test]
    fn pasted_line_ends_of_every_terminal_are_lines_in_a_note_and_spaces_in_a_title() {
        for text in [
            "Første\r\nAndre\r\nTredje",
            "Første\rAndre\rTredje",
            "Første\nAndre\nTredje",
        ] {
            assert_eq!(pasted(text, true), "Første\nAndre\nTredje", "{text:?}");
            assert_eq!(pasted(text, false), "Første Andre Tredje", "{text:?}");
        }
        // A blank line is kept in a note; in a title a run of line ends
        // and the blanks around it are one space.
        assert_eq!(pasted("a\r\n\r\nb\r\n", true), "a\n\nb\n");
        assert_eq!(pasted("a  \r\n\r\n  b\r\n", false), "a b ");
        assert_eq!(pasted("\r\nb", false), " b");
        assert_eq!(pasted(" med mellomrom ", false), " med mellomrom ");
        assert_eq!(pasted("a\u{2028}b\u{85}c", true), "a\nb\nc");
    }

    #[test]
    fn pasted_tabs_are_spaces_and_other_controls_are_dropped() {
        assert_eq!(
            pasted("Fall\t3\nSykefravær\t6,2", true),
            "Fall    3\nSykefravær  6,2"
        );
        assert_eq!(pasted("\tinnrykk", true), "    innrykk");
        assert_eq!(pasted("Uke\t\t49", false), "Uke 49");
        let hostile = "a\u{1b}[2Jb\u{7}c\u{0}d\u{7f}e\u{9b}f\u{202e}g\u{c}h";
        assert_eq!(pasted(hostile, false), "a[2Jbcdefgh");
        assert_eq!(pasted(hostile, true), "a[2Jbcdefgh");
        // What a person writes is kept whole: letters, emoji with joiners.
        let kept = "Kafe\u{301} 👨‍👩‍👧‍👦 æøå";
        assert_eq!(pasted(kept, false), kept);
    }

    #[test]
    fn a_paste_is_stored_without_any_control_character() {
        let mut title = TextField::line("Ny: ");
        title.paste("Rutine for\r\nmedisinrom\tnord\r\n");
        assert_eq!(title.text(), "Ny: Rutine for medisinrom nord ");
        let mut note = TextField::lines("");
        note.paste("Linje 1\rLinje 2\r\tpunkt\r");
        assert_eq!(note.text(), "Linje 1\nLinje 2\n    punkt\n");
        assert!(!note.text().chars().any(|c| c.is_control() && c != '\n'));
    }
}

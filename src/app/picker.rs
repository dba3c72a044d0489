//! Choosing one board from a list that filters as you type: the dialog that
//! sends a card up to another board (`E`). Letters narrow the list (by
//! title, unit or file name, as names are compared: case, spaces and
//! diacritics aside, æøå letters of their own); ↑↓, PgUp/PgDn and
//! Home/End choose; Enter takes the one chosen; Esc closes. The choice is
//! kept by board, so a narrower list never moves it to another one. No I/O.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::entry::Entry;

/// How many rows a page is before the dialog has been drawn.
const PAGE: usize = 8;

/// What is typed and which board is chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub typed: String,
    /// The chosen board's file name (`None`: the first of the list).
    pub chosen: Option<String>,
    /// Rows the dialog shows, as last drawn (the page of PgUp/PgDn).
    pub page: std::cell::Cell<usize>,
}

/// What a key did in the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    /// Still choosing.
    Stay,
    /// Closed without a choice.
    Cancel,
    /// This board (index into the boards offered) was chosen.
    Take(usize),
}

/// The words a board is found by: its title, unit and file name, folded.
fn haystack(e: &Entry) -> String {
    let b = e.summary().map(|s| s.slim());
    let title = b.map_or("", |b| b.title.as_str());
    let unit = b.and_then(|b| b.unit.as_deref()).unwrap_or("");
    tavle_core::names::fold(&format!("{title} {unit} {}", e.id))
}

impl Picker {
    /// The boards of `boards` that what is typed fits, as indices into it:
    /// every word typed is in the title, unit or file name.
    pub fn filter(&self, boards: &[&Entry]) -> Vec<usize> {
        let words: Vec<String> = (self.typed.split_whitespace())
            .map(tavle_core::names::fold)
            .collect();
        (boards.iter().enumerate())
            .filter(|(_, e)| {
                let hay = haystack(e);
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Where the chosen board stands in `shown` (the first when it is not there).
    pub fn at(&self, boards: &[&Entry], shown: &[usize]) -> usize {
        (self.chosen.as_ref())
            .and_then(|id| shown.iter().position(|&i| &boards[i].id == id))
            .unwrap_or(0)
    }

    /// Handle a key, given the boards offered.
    pub fn key(&mut self, key: &KeyEvent, boards: &[&Entry]) -> Picked {
        let shown = self.filter(boards);
        let at = self.at(boards, &shown);
        let last = shown.len().saturating_sub(1);
        let page = match self.page.get() {
            0 => PAGE,
            n => n.saturating_sub(1).max(1),
        };
        let to = match key.code {
            KeyCode::Esc => return Picked::Cancel,
            KeyCode::Enter => {
                return shown.get(at).map_or(Picked::Stay, |&i| Picked::Take(i));
            }
            KeyCode::Up => at.saturating_sub(1),
            KeyCode::Down => (at + 1).min(last),
            KeyCode::PageUp => at.saturating_sub(page),
            KeyCode::PageDown => (at + page).min(last),
            KeyCode::Home => 0,
            KeyCode::End => last,
            KeyCode::Backspace => {
                self.typed.pop();
                return Picked::Stay;
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.typed.push(c);
                return Picked::Stay;
            }
            _ => return Picked::Stay,
        };
        self.chosen = shown.get(to).map(|&i| boards[i].id.clone());
        Picked::Stay
    }

    /// Pasted text is typed (on one line).
    pub fn paste(&mut self, text: &str) {
        self.typed
            .extend(text.chars().map(|c| if c.is_control() { ' ' } else { c }));
    }
}

//! The measurement round (`r` on the overview; måleansvarlig, seed 001):
//! every indicator of every board in the folder whose value is due today
//! ([`tavle_core::round`]), in one list, for entering today's values in
//! one pass by keyboard. The value is typed straight into the row under
//! the cursor; Enter records it as `a` on the indicators screen does (the
//! same op, the same number reading, dated today) on that row's board, by
//! the worker like every save, and the cursor moves to the next value still
//! to enter; Tab or ↓ skips, ↑ goes back, Esc leaves. A value refused
//! stays in the field with the reason under it. A row whose value of today
//! is there shows as done: the list is the round of the day, not what is
//! left of it, so a refresh (a save coming back, another machine's edit)
//! never makes a row jump away. No I/O here.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::event::Origin;
use super::field::TextField;
use super::keymap::{Binding, Cmd, RoundCmd, bind, key};
use super::request::{Request, Requests};
use super::shared::Shared;
use super::{Component, Screen};
use crate::i18n::Msg;
use tavle_core::ops::{IndicatorOp, Op};

pub const KEYS: &[Binding] = &[
    bind(
        &[key(KeyCode::Enter, "Enter")],
        Cmd::Round(RoundCmd::Save),
        true,
    ),
    bind(
        &[key(KeyCode::Tab, "Tab"), key(KeyCode::Down, "↓")],
        Cmd::Round(RoundCmd::Skip),
        true,
    ),
    bind(
        &[key(KeyCode::Up, "↑"), key(KeyCode::BackTab, "Shift+Tab")],
        Cmd::Up,
        false,
    ),
    bind(&[key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// One indicator in the round: the board file it is on and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub path: PathBuf,
    pub indicator: String,
}

/// The round screen's state.
#[derive(Debug)]
pub struct RoundScreen {
    /// The round of today, board by board in the overview's order.
    pub rows: Vec<Row>,
    /// The row under the cursor.
    pub at: usize,
    /// The value being typed for that row.
    pub field: TextField,
    /// Why the value typed was refused, shown under it.
    pub error: Option<Msg>,
    /// Values sent to the worker and not yet saved: a save refused (a lock
    /// held too long, a board gone read-only) puts its text back.
    sent: Vec<(Row, String)>,
}

impl Default for RoundScreen {
    fn default() -> RoundScreen {
        RoundScreen {
            rows: Vec::new(),
            at: 0,
            field: TextField::line(""),
            error: None,
            sent: Vec::new(),
        }
    }
}

/// The round of today on every board shown, as rows.
pub fn rows(s: &Shared) -> Vec<Row> {
    let today = s.today();
    (s.entries().iter())
        .filter_map(|e| Some((e, e.summary()?.slim())))
        .flat_map(|(e, b)| {
            tavle_core::round::due(b, today)
                .into_iter()
                .map(|d| Row {
                    path: e.path.clone(),
                    indicator: d.indicator.id.clone(),
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The indicator of `row` as the board now shows it, in today's round.
pub fn due<'s>(s: &'s Shared, row: &Row) -> Option<tavle_core::round::Due<'s>> {
    let board = s
        .entries()
        .iter()
        .find(|e| e.path == row.path)?
        .summary()?
        .slim();
    tavle_core::round::due(board, s.today())
        .into_iter()
        .find(|d| d.indicator.id == row.indicator)
}

impl RoundScreen {
    /// Whether the row `i` has its value of today.
    fn done(&self, s: &Shared, i: usize) -> bool {
        (self.rows.get(i)).is_some_and(|r| due(s, r).is_some_and(|d| d.done.is_some()))
    }

    /// Put the cursor on row `i`, with an empty field.
    fn go_to(&mut self, i: usize) {
        if i != self.at {
            self.field = TextField::line("");
            self.error = None;
        }
        self.at = i;
    }

    /// The first row after `from` still without today's value; else `from`.
    fn next_open(&self, s: &Shared, from: usize) -> usize {
        (from + 1..self.rows.len())
            .find(|&i| !self.done(s, i))
            .unwrap_or(from)
    }

    /// Record the value typed for the row under the cursor, on its board,
    /// dated today; a value tavle does not read stays, with the reason.
    fn save(&mut self, s: &Shared, rq: &mut Requests) {
        let Some(row) = self.rows.get(self.at).cloned() else {
            return;
        };
        let text = self.field.text().trim().to_string();
        let value = match tavle_core::number::read(&text) {
            Ok(v) => v,
            Err(e) => {
                self.error = Some(Msg::for_value(&text, &e));
                return;
            }
        };
        let entry = s.entries().iter().find(|e| e.path == row.path);
        if let Some(why) = s.why_entry_read_only(entry) {
            self.error = Some(why);
            return;
        }
        self.sent.push((row.clone(), text));
        rq.push(Request::Apply {
            path: row.path,
            ops: vec![Op::Indicator(IndicatorOp::Measure {
                indicator: row.indicator,
                date: s.today(),
                value,
            })],
            origin: Origin::Edit,
            form: None,
        });
        // The row counts as done from now: the save is shown at once.
        self.field = TextField::line("");
        self.error = None;
        let next = self.next_open(s, self.at);
        let next = if next == self.at {
            (self.at + 1).min(self.rows.len().saturating_sub(1))
        } else {
            next
        };
        self.go_to(next);
    }

    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Round(RoundCmd::Save) => self.save(s, rq),
            Cmd::Round(RoundCmd::Skip) => {
                self.go_to((self.at + 1).min(self.rows.len().saturating_sub(1)));
            }
            Cmd::Up => self.go_to(self.at.saturating_sub(1)),
            Cmd::Back => rq.go(Screen::Overview),
            _ => {}
        }
    }

    /// A value sent is settled when no save of it waits any more; when its
    /// row still has no value of today, the save was refused: the cursor
    /// goes back to it with the text typed (unless something else is being
    /// typed), and the notice line says why.
    fn settle(&mut self, s: &Shared) {
        let waiting = |row: &Row| {
            s.pending().iter().any(|p| {
                p.path == row.path
                    && p.ops.iter().any(|op| {
                        matches!(op, Op::Indicator(IndicatorOp::Measure { indicator, .. })
                            if *indicator == row.indicator)
                    })
            })
        };
        let (still, settled): (Vec<_>, Vec<_>) = std::mem::take(&mut self.sent)
            .into_iter()
            .partition(|(r, _)| waiting(r));
        self.sent = still;
        for (row, text) in settled {
            let open = due(s, &row).is_some_and(|d| d.done.is_none());
            if open && self.field.text().trim().is_empty() {
                if let Some(i) = self.rows.iter().position(|r| *r == row) {
                    self.go_to(i);
                }
                self.field = TextField::line(&text);
                self.error = Some(Msg::RoundNotSaved);
            }
        }
    }

    /// Rows made afresh from the boards, the cursor kept on its row.
    fn keep_valid(&mut self, s: &Shared) {
        let current = self.rows.get(self.at).cloned();
        self.rows = rows(s);
        let at = current
            .and_then(|c| self.rows.iter().position(|r| *r == c))
            .unwrap_or_else(|| self.at.min(self.rows.len().saturating_sub(1)));
        self.go_to(at);
    }
}

impl Component for RoundScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    /// The field takes the letters: nothing is undone, started or stepped
    /// through by a letter here; `?` and Ctrl+C still work.
    fn left_out(&self) -> &'static [Cmd] {
        &[
            Cmd::Undo,
            Cmd::Redo,
            Cmd::Meeting,
            Cmd::Decide,
            Cmd::NextItem,
            Cmd::PrevItem,
            Cmd::NextBoard,
            Cmd::PrevBoard,
        ]
    }

    fn input(&mut self, key: &KeyEvent, _s: &Shared) -> Option<Requests> {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if key.code == KeyCode::Char('?') && plain {
            return None;
        }
        let taken = self.field.key(key);
        if taken {
            self.error = None;
        }
        taken.then(Requests::new)
    }

    fn paste(&mut self, text: &str, _s: &Shared) -> Requests {
        self.field.paste(text);
        Requests::new()
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    /// A fresh round: the cursor on the first value still to enter.
    fn enter(&mut self, s: &Shared) -> Requests {
        self.rows = rows(s);
        self.field = TextField::line("");
        self.error = None;
        self.sent.clear();
        self.at = 0;
        if self.done(s, 0) {
            self.at = self.next_open(s, 0);
        }
        Requests::new()
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        self.keep_valid(s);
        self.settle(s);
        Requests::new()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }
}

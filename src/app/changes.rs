//! "What changed since last week?" on screen: `s` on the overview asks for a
//! day (a text field, `forrige uke` to begin with; every date word tavle
//! reads, as a day that has been), the worker reads every board's change
//! log, and the screen shows what `tavle status --since` prints — the same
//! report ([`tavle_core::status::report`]) in the same words
//! ([`crate::report::since`]): the organisation's total, then per board what
//! turned red, was finished, passed its deadline, and the new signals. It
//! reads the logs again when a board changes. No I/O here.

use super::request::Requests;
use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::event::Effect;
use super::field::TextField;
use super::keymap::{Binding, Cmd, SinceCmd, bind, ch, key};
use super::shared::Shared;
use super::{Component, Screen};
use crate::i18n::{self, Msg, ReportWord};
use crate::report::since::{self, Line};
use tavle_core::dates::DateFor;
use tavle_core::log::Logged;
use tavle_core::status::{self, Asked, Input, Report};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[key(KeyCode::PageDown, "PgDn"), ch(' ', "Space")],
        Cmd::Since(SinceCmd::PageDown),
        false,
    ),
    bind(
        &[key(KeyCode::PageUp, "PgUp")],
        Cmd::Since(SinceCmd::PageUp),
        false,
    ),
    bind(
        &[ch('e', "e"), ch('s', "s")],
        Cmd::Since(SinceCmd::Date),
        true,
    ),
    bind(
        &[key(KeyCode::Esc, "Esc"), key(KeyCode::Left, "←")],
        Cmd::Back,
        true,
    ),
    bind(&[ch('q', "q")], Cmd::Quit, true),
];

/// Lines one page key scrolls.
pub const PAGE: usize = 10;

/// The narrowest the view's text is drawn (the least screen width less the
/// border): it has the most lines then.
pub const NARROWEST: usize = 58;

/// The view's state.
#[derive(Debug)]
pub struct ChangesScreen {
    /// The day as typed.
    pub field: TextField,
    /// The field has the keyboard.
    pub typing: bool,
    /// The day the changes are shown from, once one is read.
    pub day: Option<NaiveDate>,
    /// The report, made when the logs have been read.
    pub report: Option<Report>,
    /// Lines scrolled down.
    pub scroll: usize,
    /// The change logs read, by board file.
    logs: Vec<(PathBuf, Vec<Logged>)>,
    /// The boards (file and fingerprint) the logs were asked for.
    asked_for: Vec<(PathBuf, u64)>,
}

impl Default for ChangesScreen {
    fn default() -> ChangesScreen {
        ChangesScreen {
            field: TextField::line(""),
            typing: false,
            day: None,
            report: None,
            scroll: 0,
            logs: Vec::new(),
            asked_for: Vec::new(),
        }
    }
}

/// Every board file on the overview, with what its contents were when read.
fn fingerprints(s: &Shared) -> Vec<(PathBuf, u64)> {
    (s.entries().iter())
        .map(|e| (e.path.clone(), e.fingerprint))
        .collect()
}

impl ChangesScreen {
    /// Read the day typed; ask for the logs when it is one.
    fn take_day(&mut self, s: &Shared, rq: &mut Requests) {
        let text = self.field.text();
        match tavle_core::dates::parse(&text, s.today(), DateFor::Past) {
            Ok(day) => {
                self.day = Some(day);
                self.typing = false;
                self.scroll = 0;
                self.report = None;
                self.ask_logs(s, rq);
            }
            Err(e) => rq.notify(Msg::for_day(text.trim(), &e), true),
        }
    }

    /// Ask the worker for every board's change log.
    fn ask_logs(&mut self, s: &Shared, rq: &mut Requests) {
        self.asked_for = fingerprints(s);
        let paths = self.asked_for.iter().map(|(p, _)| p.clone()).collect();
        // Boards held in brief (a large folder): the report reads them whole.
        let full = (s.entries().iter())
            .filter(|e| e.brief)
            .map(|e| e.path.clone())
            .collect();
        rq.effect(Effect::ReadLogs { paths, full });
    }

    /// The logs came back, with the boards held in brief read whole: make
    /// the report (the whole boards are let go once it is made).
    pub fn logs_read(
        &mut self,
        logs: Vec<(PathBuf, Vec<Logged>)>,
        boards: Vec<(PathBuf, tavle_core::model::Board)>,
        s: &Shared,
    ) {
        self.logs = logs;
        let boards: HashMap<PathBuf, tavle_core::model::Board> = boards.into_iter().collect();
        self.make(s, &boards);
    }

    /// The report of the boards as they are now (those held in brief as
    /// read whole in `whole`) and the logs as last read.
    fn make(&mut self, s: &Shared, whole: &HashMap<PathBuf, tavle_core::model::Board>) {
        let Some(day) = self.day else {
            return;
        };
        let empty: Vec<Logged> = Vec::new();
        let errors: Vec<String> = (s.entries().iter())
            .map(|e| {
                e.broken
                    .as_ref()
                    .map(|p| {
                        let (what, _) = i18n::diag(s.lang(), &p.kind);
                        format!("{}:{}:{}: {what}", e.path.display(), p.line, p.col)
                    })
                    .unwrap_or_default()
            })
            .collect();
        let logs: HashMap<&PathBuf, &Vec<Logged>> = self.logs.iter().map(|(p, l)| (p, l)).collect();
        let inputs: Vec<Input> = (s.entries().iter().zip(&errors))
            .map(
                |(e, error)| match e.board.as_deref().or_else(|| whole.get(&e.path)) {
                    Some(board) => Input::Board {
                        id: &e.id,
                        board,
                        log: logs.get(&e.path).copied().unwrap_or(&empty),
                    },
                    None => Input::Broken { id: &e.id, error },
                },
            )
            .collect();
        let asked = Asked {
            since: Some((day, s.wall())),
            ..Asked::default()
        };
        self.report = Some(status::report(&inputs, s.today(), &asked, Vec::new()));
    }

    /// The view's lines at `width` cells: the organisation's total, then
    /// each board's changes ([`since::doc`]), each line
    /// indented by its kind and word-wrapped; empty before a report is made.
    pub fn rows(&self, s: &Shared, width: usize) -> Vec<Line> {
        let (Some(r), Some(day)) = (&self.report, self.day) else {
            return Vec::new();
        };
        // The title is the view's own; the total follows it.
        let mut doc = since::doc(s.lang(), r, day);
        if matches!(doc.first(), Some(Line::Title(_))) {
            doc.remove(0);
        }
        let (total, notes) = crate::report::total_lines(s.lang(), r);
        let head = std::iter::once(Line::Board(total)).chain(notes.into_iter().map(Line::Quiet));
        doc.splice(0..0, head);
        let mut out = Vec::new();
        for line in doc {
            let (indent, text, make): (usize, String, fn(String) -> Line) = match line {
                Line::Blank => {
                    out.push(Line::Blank);
                    continue;
                }
                Line::Title(t) => (0, t, Line::Title),
                Line::Board(t) => (0, t, Line::Board),
                Line::Quiet(t) => (0, t, Line::Quiet),
                Line::Error(t) => (2, t, Line::Error),
                Line::Counts(t) => (2, t, Line::Counts),
                Line::Heading(t) => (2, t, Line::Heading),
                Line::Item(t) => (4, t, Line::Item),
            };
            // Lines after the first of a wrapped line stand in a little more.
            let room = width.saturating_sub(indent + 2).max(10);
            let pieces = if tavle_core::text::width(&text) <= width.saturating_sub(indent) {
                vec![text]
            } else {
                tavle_core::text::wrap(&text, room, usize::MAX)
            };
            for (i, piece) in pieces.into_iter().enumerate() {
                let pad = if i == 0 { indent } else { indent + 2 };
                out.push(make(format!("{}{piece}", " ".repeat(pad))));
            }
        }
        out
    }

    /// How many lines the view has at its narrowest: scrolling stops there.
    pub fn lines(&self, s: &Shared) -> usize {
        self.rows(s, NARROWEST).len()
    }

    fn scroll_by(&mut self, delta: isize, s: &Shared) {
        let max = self.lines(s).saturating_sub(1);
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }
}

impl ChangesScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Quit => rq.quit(),
            Cmd::Back => rq.go(Screen::Overview),
            Cmd::Up => self.scroll_by(-1, s),
            Cmd::Down => self.scroll_by(1, s),
            Cmd::Since(SinceCmd::PageUp) => self.scroll_by(-(PAGE as isize), s),
            Cmd::Since(SinceCmd::PageDown) => self.scroll_by(PAGE as isize, s),
            Cmd::Since(SinceCmd::Date) => self.typing = true,
            _ => {}
        }
    }

    /// A board changed: its log has grown too, so read them again.
    fn keep_valid(&mut self, s: &Shared, rq: &mut Requests) {
        if self.day.is_some() && self.asked_for != fingerprints(s) {
            self.ask_logs(s, rq);
        }
    }

    /// Asked for from the overview: ask for the day, `forrige uke` to
    /// begin with; with a day already, read the logs again (they grow).
    fn start(&mut self, s: &Shared, rq: &mut Requests) {
        if self.day.is_some() {
            self.ask_logs(s, rq);
            return;
        }
        let word = i18n::report_word(s.lang(), ReportWord::ChangesDefaultDay);
        self.field = TextField::line(word);
        self.typing = true;
    }

    fn typed(&mut self, text: &str, _s: &Shared) {
        if self.typing {
            self.field.paste(text);
        }
    }

    fn typing(&mut self, key: &KeyEvent, s: &Shared, rq: &mut Requests) -> bool {
        if !self.typing {
            return false;
        }
        match key.code {
            KeyCode::Enter => self.take_day(s, rq),
            KeyCode::Esc if self.day.is_some() => self.typing = false,
            KeyCode::Esc => rq.go(Screen::Overview),
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => rq.quit(),
            _ => {
                self.field.key(key);
            }
        }
        true
    }
}

impl Component for ChangesScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    /// Every board at once, read only: no undo, no board tabs, no meeting.
    fn left_out(&self) -> &'static [Cmd] {
        super::global::ONLY_HELP_AND_QUIT
    }

    /// While the day is typed, the keys are the field's: the prompt says them.
    fn hints(&self, _s: &Shared) -> Vec<super::keymap::Hint> {
        if self.typing {
            Vec::new()
        } else {
            super::global::hints(super::keymap::hints(KEYS), self.left_out(), self.hints_at())
        }
    }

    fn input(&mut self, key: &KeyEvent, s: &Shared) -> Option<Requests> {
        let mut rq = Requests::new();
        self.typing(key, s, &mut rq).then_some(rq)
    }

    fn paste(&mut self, text: &str, _s: &Shared) -> Requests {
        self.typed(text, _s);
        Requests::new()
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    /// Asked for from the overview: ask for the day, `forrige uke` to
    /// begin with; with a day already, read the logs again (they grow).
    fn enter(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.start(s, rq))
    }

    /// A board changed: its log has grown too, so read them again.
    fn refresh(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.keep_valid(s, rq))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod more_tests;

//! The deadlines panel of an operations board: this week's and next
//! week's deadlines from cards, goals and routine revisions, and the
//! annual wheel (årshjul) as the weeks ahead and a strip of the year.
//! Part of [`super`]; its view is `ui::operations::deadlines`, the
//! event's form [`form`].
//!
//! The rows are [`rows`]: the deadlines of this week, next week and the
//! overdue ones from before ([`tavle_core::operations::deadlines::by_week`]),
//! then the wheel's events whose week has come and whose card is not made
//! ([`wheel::due`], marked "→ kort": `c` makes the card), then every other
//! event in the order of the weeks to come. Enter on a card's deadline
//! opens the card. A card made of an event goes where a measure card made
//! of a risk goes ([`super::risks::measure_column`]).

pub mod form;

use chrono::NaiveDate;
use crossterm::event::KeyCode;

use crate::app::Overlay;
use crate::app::event::Origin;
use crate::app::keymap::{Binding, Cmd, OpsCmd, bind, ch, key};
use crate::app::panels::{Ask, PanelComponent};
use crate::app::request::Requests;
use crate::app::shared::Shared;
use crate::app::step_in;
use crate::i18n::{Msg, PanelMsg};
use tavle_core::model::Board;
use tavle_core::operations::deadlines::{Deadline, Of, by_week};
use tavle_core::operations::{Week, weeks_in_year, wheel};
use tavle_core::ops::{Op, WheelOp};

pub const KEYS: &[Binding] = crate::ops_keys![
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[key(KeyCode::Enter, "Enter")], Cmd::Details, true),
    bind(&[ch('c', "c")], Cmd::Ops(OpsCmd::MakeMeasure), true),
    bind(&[ch('n', "n")], Cmd::Ops(OpsCmd::NewEvent), true),
    bind(&[ch('e', "e")], Cmd::Ops(OpsCmd::EditItem), true),
    bind(&[ch('x', "x")], Cmd::Ops(OpsCmd::RemoveItem), true),
    bind(&[ch('w', "w")], Cmd::Ops(OpsCmd::WheelView), false),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// Where a deadline row stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    ThisWeek,
    NextWeek,
    /// Before this week, and not done.
    Earlier,
}

/// A row of the panel.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Deadline {
        when: When,
        deadline: Deadline,
    },
    /// An event of the wheel, in `week` (the week it comes next, or the
    /// week it came in when `due`); `due`: its card is to be made now.
    Event {
        id: String,
        week: Week,
        due: bool,
    },
}

impl Row {
    /// A key that names the row across reloads.
    pub fn key(&self) -> String {
        match self {
            Row::Deadline { deadline: d, .. } => format!("{:?}:{}", d.of, d.id),
            Row::Event { id, .. } => Row::event_key(id),
        }
    }

    /// The key of the row of the event `id`.
    pub fn event_key(id: &str) -> String {
        format!("event:{id}")
    }
}

/// The panel's rows on `today` (see the module doc).
pub fn rows(board: &Board, today: NaiveDate) -> Vec<Row> {
    let by = by_week(board, today);
    let mut out: Vec<Row> = Vec::new();
    for (when, list) in [
        (When::ThisWeek, by.this_week),
        (When::NextWeek, by.next_week),
        (When::Earlier, by.earlier),
    ] {
        out.extend(
            list.into_iter()
                .map(|deadline| Row::Deadline { when, deadline }),
        );
    }
    let due = wheel::due(board, today);
    for d in &due {
        out.push(Row::Event {
            id: d.event.id.clone(),
            week: d.week,
            due: true,
        });
    }
    let year = weeks_in_year(Week::of(today).year);
    let mut listed: Vec<String> = due.iter().map(|d| d.event.id.clone()).collect();
    for a in wheel::ahead(board, today, year) {
        if !listed.contains(&a.event.id) {
            listed.push(a.event.id.clone());
            out.push(Row::Event {
                id: a.event.id.clone(),
                week: a.week,
                due: false,
            });
        }
    }
    // An event of week 53 in a year without one: still listed, to edit it.
    let now = Week::of(today);
    for e in board.wheel.iter().filter(|e| !listed.contains(&e.id)) {
        out.push(Row::Event {
            id: e.id.clone(),
            week: Week {
                year: now.year,
                week: u32::from(e.week),
            },
            due: false,
        });
    }
    out
}

/// The panel's state.
#[derive(Debug, Default)]
pub struct DeadlinesPanel {
    /// The panel has the keyboard.
    pub focused: bool,
    /// The selected row, by [`Row::key`].
    pub row: Option<String>,
    /// The wheel is shown as a ring instead of a strip.
    pub ring: bool,
    /// `x` was pressed on this event (its id): `x` again takes it out.
    pub asking: Option<String>,
    /// The wheel's event ids when last refreshed: one that comes (added,
    /// or put back by undo) is selected.
    seen: Option<Vec<String>>,
}

impl DeadlinesPanel {
    fn step(&mut self, s: &Shared, delta: isize) {
        let Some(board) = s.board() else {
            return;
        };
        let keys: Vec<String> = rows(board, s.today()).iter().map(Row::key).collect();
        self.row = step_in(&keys, self.row.as_deref(), delta);
    }

    /// The selected row.
    pub fn selected(&self, s: &Shared) -> Option<Row> {
        let board = s.board()?;
        let key = self.row.as_ref()?;
        rows(board, s.today()).into_iter().find(|r| &r.key() == key)
    }

    fn selected_event(&self, s: &Shared) -> Option<(String, Week, bool)> {
        match self.selected(s)? {
            Row::Event { id, week, due } => Some((id, week, due)),
            Row::Deadline { .. } => None,
        }
    }

    /// Enter: the card of a card's deadline, or the card an event became
    /// in the year of its row.
    fn open(&self, s: &Shared, rq: &mut Requests) {
        let made = |id: &str, year: i32| {
            let e = s.board()?.event(id)?;
            e.made
                .iter()
                .find(|m| m.year == year)
                .map(|m| m.card.clone())
        };
        match self.selected(s) {
            Some(Row::Deadline { deadline, .. }) if deadline.of == Of::Card => {
                rq.detail(deadline.id);
            }
            Some(Row::Event { id, week, .. }) if made(&id, week.year).is_some() => {
                if let Some(card) = made(&id, week.year) {
                    rq.detail(card);
                }
            }
            Some(_) => rq.notify(Msg::Panel(PanelMsg::NotACard), false),
            None => {}
        }
    }

    fn make_card(&self, s: &Shared, rq: &mut Requests) {
        match self.selected_event(s) {
            Some((event, week, true)) => {
                let op = WheelOp::MakeCard {
                    event,
                    year: week.year,
                    column: s
                        .board()
                        .map(super::risks::measure_column)
                        .unwrap_or_default(),
                };
                rq.apply(s, vec![Op::Wheel(op)], Origin::Edit);
            }
            _ => rq.notify(Msg::Panel(PanelMsg::NotDue), false),
        }
    }

    fn edit(&self, s: &Shared, rq: &mut Requests) {
        let Some((id, ..)) = self.selected_event(s) else {
            return;
        };
        let Some(e) = s.board().and_then(|b| b.event(&id)) else {
            return;
        };
        if rq.writable(s) {
            rq.open(Overlay::Editor(form::event(s.lang(), Some(e), 0)));
        }
    }

    fn remove(&mut self, asked: Option<String>, s: &Shared, rq: &mut Requests) {
        let Some((id, ..)) = self.selected_event(s) else {
            return;
        };
        if asked.as_ref() != Some(&id) {
            self.asking = Some(id);
            return;
        }
        rq.apply(s, vec![Op::Wheel(WheelOp::Remove { id })], Origin::Edit);
    }
}

impl PanelComponent for DeadlinesPanel {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn focused(&self) -> bool {
        self.focused
    }

    fn toggle(&mut self, s: &Shared) {
        self.focused = !self.focused;
        self.asking = None;
        if self.focused {
            self.step(s, 0);
        }
    }

    fn refresh(&mut self, s: &Shared) {
        if let Some(b) = s.board() {
            let ids: Vec<String> = b.wheel.iter().map(|e| e.id.clone()).collect();
            if let Some(old) = &self.seen
                && self.focused
                && let [id] = ids
                    .iter()
                    .filter(|id| !old.contains(id))
                    .collect::<Vec<_>>()[..]
            {
                self.row = Some(Row::event_key(id));
            }
            self.seen = Some(ids);
        }
        self.step(s, 0);
        let id = self.selected_event(s).map(|(id, ..)| id);
        if self.asking.is_some() && self.asking != id {
            self.asking = None;
        }
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> (Ask, Requests) {
        let mut requests = Requests::new();
        let rq = &mut requests;
        let asked = self.asking.take();
        match cmd {
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            // Esc while asking keeps the event and the keyboard.
            Cmd::Back if asked.is_some() => {}
            Cmd::Back => self.focused = false,
            Cmd::Details => self.open(s, rq),
            Cmd::Ops(OpsCmd::MakeMeasure) => self.make_card(s, rq),
            Cmd::Ops(OpsCmd::NewEvent) if rq.writable(s) => {
                let week = Week::of(s.today()).week;
                rq.open(Overlay::Editor(form::event(s.lang(), None, week)));
            }
            Cmd::Ops(OpsCmd::EditItem) => self.edit(s, rq),
            Cmd::Ops(OpsCmd::RemoveItem) => self.remove(asked, s, rq),
            Cmd::Ops(OpsCmd::WheelView) => self.ring = !self.ring,
            _ => {}
        }
        (Ask::Nothing, requests)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(crate::app::keymap::clashes(super::KEYS), []);
    }
}

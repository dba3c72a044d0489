//! The decisions panel beside the board: open follow-ups from earlier
//! meetings (overdue first), then today's decisions. With the keyboard (`b`)
//! it marks follow-ups done and corrects decisions. Part of the board screen,
//! and the first [`PanelComponent`]: how to add another is said there.

use super::editor::{EditKind, Editor};
use super::event::Origin;
use super::global::HintsAt;
use super::keymap::{Binding, Cmd, bind, ch, key};
use super::panels::{Ask, PanelComponent};
use super::request::Requests;
use super::shared::Shared;
use super::{Overlay, step_in};
use crossterm::event::KeyCode;
use tavle_core::model::Decision;
use tavle_core::ops::{DecisionOp, Op};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch(' ', "Space"), ch('f', "f")], Cmd::Done, true),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('t', "t")], Cmd::BigClock, false),
    bind(
        &[ch('b', "b"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
];

/// The panel's state.
#[derive(Debug, Default)]
pub struct Panel {
    /// The panel has the keyboard.
    pub focused: bool,
    /// The selected decision.
    pub decision: Option<String>,
}

/// The decisions in the panel, in order: open follow-ups from earlier
/// meetings (overdue first), then today's decisions, newest first.
pub fn items(s: &Shared) -> Vec<&Decision> {
    let Some(board) = s.board() else {
        return Vec::new();
    };
    let mut items = tavle_core::meeting::follow_ups(board, s.today());
    let mut today: Vec<_> = board
        .decisions
        .iter()
        .filter(|d| d.at.at().date_naive() >= s.today())
        .collect();
    today.reverse();
    items.extend(today);
    items
}

impl Panel {
    fn step(&mut self, s: &Shared, delta: isize) {
        let ids: Vec<String> = items(s).iter().map(|d| d.id.clone()).collect();
        self.decision = step_in(&ids, self.decision.as_deref(), delta);
    }

    fn selected<'s>(&self, s: &'s Shared) -> Option<&'s Decision> {
        let id = self.decision.as_ref()?;
        s.board()?.decisions.iter().find(|d| &d.id == id)
    }
}

impl PanelComponent for Panel {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn focused(&self) -> bool {
        self.focused
    }

    fn toggle(&mut self, s: &Shared) {
        self.focused = !self.focused;
        if self.focused && self.decision.is_none() {
            self.step(s, 0);
        }
    }

    fn hints_at(&self) -> HintsAt {
        HintsAt::After(Cmd::Edit)
    }

    fn refresh(&mut self, s: &Shared) {
        if self.focused {
            self.step(s, 0);
        }
    }

    /// A command while the panel has the keyboard.
    fn update(&mut self, cmd: Cmd, s: &Shared) -> (Ask, Requests) {
        let mut requests = Requests::new();
        let rq = &mut requests;
        match cmd {
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::Back => self.focused = false,
            Cmd::Edit => {
                if let Some(d) = self.selected(s).cloned()
                    && rq.writable(s)
                {
                    rq.open(Overlay::Editor(Editor::new(
                        EditKind::Decision { id: d.id },
                        d.text,
                        d.owner,
                        d.due,
                    )));
                }
            }
            Cmd::Done => {
                if let Some(d) = self.selected(s) {
                    let op = DecisionOp::SetDone {
                        id: d.id.clone(),
                        done: !d.done,
                    };
                    rq.apply(s, vec![Op::Decision(op)], Origin::Edit);
                }
            }
            Cmd::BigClock => return (Ask::BigClock, requests),
            Cmd::Attendees => super::meeting::command(cmd, s, rq),
            _ => {}
        }
        (Ask::Nothing, requests)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }

    fn shared() -> Shared {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let lang = crate::i18n::Lang::Nb;
        Shared::new(
            lang,
            "x".into(),
            Vec::new(),
            today,
            std::time::Instant::now(),
        )
    }

    /// The panel as a component on its own: it takes and gives back the
    /// keyboard, asks its screen for the big clock, and keeps its own table.
    #[test]
    fn the_decisions_panel_is_a_component_of_its_own() {
        let s = shared();
        let mut p = Panel::default();
        let c: &mut dyn PanelComponent = &mut p;
        assert!(!c.focused());
        c.toggle(&s);
        assert!(c.focused());
        let cmds = |t: &[Binding]| t.iter().map(|b| b.cmd).collect::<Vec<_>>();
        assert_eq!(cmds(c.keys()), cmds(KEYS));
        assert_eq!(c.left_out(), &[Cmd::NextBoard, Cmd::PrevBoard]);
        let (ask, asked) = c.update(Cmd::BigClock, &s);
        assert_eq!(ask, Ask::BigClock);
        assert!(asked.is_empty(), "the clock is asked of the screen only");
        assert!(
            c.focused(),
            "the clock is the screen's: the panel keeps the keyboard"
        );
        for cmd in [Cmd::Up, Cmd::Back] {
            let (ask, asked) = c.update(cmd, &s);
            assert_eq!(ask, Ask::Nothing);
            // Nothing was asked of the worker or other screens.
            assert!(asked.is_empty(), "{cmd:?} asked {asked:?}");
        }
        assert!(!c.focused());
    }
}

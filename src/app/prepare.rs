//! The meeting screen (`M` on the board): the facilitator prepares the
//! meeting here before it starts or while it runs — its goal, its length,
//! the agenda (items added, renamed, reordered, removed, each with its own
//! time box) — and ticks who of the board's team is present, with guests
//! typed in. From here "since last time" and the previous meeting's minutes
//! are opened. Every change is an op with an inverse ([`PrepareOp`]): saved at
//! once, undone with `u`, written to the change log and listed in the
//! minutes. The dialogs are the editor's; what they save is decided in
//! [`form_ops`].

use super::request::Requests;
use crossterm::event::KeyCode;

use super::editor::{EditKind, Editor, Field};
use super::event::{Effect, Origin};
use super::keymap::{Binding, Cmd, PrepCmd, bind, ch, key, shift};
use super::shared::Shared;
use super::{Component, Overlay, Screen};
use crate::i18n::{Msg, PrepMsg};
use tavle_core::log::Logged;
use tavle_core::model::{AgendaItem, Board, Kind, Role};
use tavle_core::ops::{ItemRef, MAX_MINUTES, Op, PrepareOp, TeamOp, same_person};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[key(KeyCode::Enter, "Enter"), ch('e', "e")],
        Cmd::Prep(PrepCmd::Edit),
        true,
    ),
    bind(&[ch(' ', "Space")], Cmd::Prep(PrepCmd::Tick), true),
    bind(&[ch('g', "g")], Cmd::Prep(PrepCmd::Goal), false),
    bind(&[ch('l', "l")], Cmd::Prep(PrepCmd::Length), false),
    bind(&[ch('n', "n")], Cmd::Prep(PrepCmd::AddItem), true),
    bind(
        &[ch('x', "x"), key(KeyCode::Delete, "Delete")],
        Cmd::Prep(PrepCmd::RemoveItem),
        false,
    ),
    bind(&[ch('t', "t")], Cmd::Prep(PrepCmd::TimeBox), false),
    bind(
        &[shift(KeyCode::Up, "Shift+↑"), ch('K', "K")],
        Cmd::Prep(PrepCmd::ItemUp),
        false,
    ),
    bind(
        &[shift(KeyCode::Down, "Shift+↓"), ch('J', "J")],
        Cmd::Prep(PrepCmd::ItemDown),
        false,
    ),
    bind(&[ch('a', "a")], Cmd::Prep(PrepCmd::Guest), false),
    bind(&[ch('s', "s")], Cmd::Prep(PrepCmd::Since), true),
    bind(&[ch('r', "r")], Cmd::Prep(PrepCmd::Minutes), true),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// One line of the meeting screen that the cursor can be on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Goal,
    Length,
    /// Agenda item at this place (from 0).
    Item(usize),
    /// "Add an item" at the end of the agenda.
    NewItem,
    /// Someone of the team, or a guest ticked present.
    Person {
        name: String,
        guest: bool,
    },
    /// "Add a guest" at the end of the list.
    NewGuest,
    /// Who holds one of the improvement team's roles (seed 001): shown on
    /// an improvement board, or on any board that names it.
    Role(Role),
}

/// The meeting screen's state.
#[derive(Debug, Default)]
pub struct MeetingScreen {
    /// The line with the cursor, counted in [`rows`].
    pub sel: usize,
    /// The board's change log, read when the screen opened: the names of
    /// earlier attendance (`None` until it is read).
    pub log: Option<Vec<Logged>>,
}

/// The lines of the meeting screen for `board`, in order: goal, length, the
/// agenda and its "add" line, the team's roles (improvement boards), then
/// the team and the guests present, and "add a guest".
pub fn rows(board: &Board, log: &[Logged]) -> Vec<Row> {
    let meeting = board.meeting.as_ref();
    let mut rows = vec![Row::Goal, Row::Length];
    let items = meeting.map_or(0, |m| m.agenda.len());
    rows.extend((0..items).map(Row::Item));
    rows.push(Row::NewItem);
    for (role, holder) in [
        (Role::TeamLeader, &board.team_leader),
        (Role::MeasurementLead, &board.measurement_lead),
    ] {
        if board.kind == Kind::Forbedring || holder.is_some() {
            rows.push(Row::Role(role));
        }
    }
    let team = tavle_core::meeting::team(board, log);
    let present: &[String] = meeting
        .and_then(|m| m.running.as_ref())
        .map_or(&[], |r| &r.attendees);
    rows.extend(team.iter().map(|n| Row::Person {
        name: n.clone(),
        guest: false,
    }));
    rows.extend(
        present
            .iter()
            .filter(|p| !team.iter().any(|t| same_person(t, p)))
            .map(|p| Row::Person {
                name: p.clone(),
                guest: true,
            }),
    );
    rows.push(Row::NewGuest);
    rows
}

/// Whether `name` is ticked present at the running meeting of `board`.
pub fn is_present(board: &Board, name: &str) -> bool {
    board
        .meeting
        .as_ref()
        .and_then(|m| m.running.as_ref())
        .is_some_and(|r| r.attendees.iter().any(|a| same_person(a, name)))
}

impl MeetingScreen {
    /// The lines now, from what the shared state shows.
    pub fn rows(&self, s: &Shared) -> Vec<Row> {
        s.board()
            .map(|b| rows(b, self.log.as_deref().unwrap_or(&[])))
            .unwrap_or_default()
    }

    pub fn selected(&self, s: &Shared) -> Option<Row> {
        self.rows(s).get(self.sel).cloned()
    }

    fn item_ref(s: &Shared, at: usize) -> Option<ItemRef> {
        let item = s.board()?.meeting.as_ref()?.agenda.get(at)?;
        Some(ItemRef {
            at,
            title: item.title.clone(),
        })
    }

    fn open(
        s: &Shared,
        rq: &mut Requests,
        kind: EditKind,
        fields: Vec<(Field, String)>,
        focus: Field,
    ) {
        if rq.writable(s) {
            let mut ed = Editor::form(kind, fields);
            ed.focus_on(focus);
            rq.open(Overlay::Editor(ed));
        }
    }

    fn edit_goal(s: &Shared, rq: &mut Requests) {
        let goal = s
            .board()
            .and_then(|b| b.meeting.as_ref()?.goal.clone())
            .unwrap_or_default();
        Self::open(
            s,
            rq,
            EditKind::MeetingGoal,
            vec![(Field::Goal, goal)],
            Field::Goal,
        );
    }

    fn edit_length(s: &Shared, rq: &mut Requests) {
        let minutes = s
            .board()
            .and_then(|b| b.meeting.as_ref()?.minutes)
            .map(|m| m.to_string())
            .unwrap_or_default();
        Self::open(
            s,
            rq,
            EditKind::MeetingLength,
            vec![(Field::Minutes, minutes)],
            Field::Minutes,
        );
    }

    /// The dialog naming who holds `role`; left empty, no one does.
    fn edit_role(s: &Shared, rq: &mut Requests, role: Role) {
        let holder = s.board().and_then(|b| match role {
            Role::TeamLeader => b.team_leader.clone(),
            Role::MeasurementLead => b.measurement_lead.clone(),
        });
        let field = role_field(role);
        Self::open(
            s,
            rq,
            EditKind::Role(role),
            vec![(field, holder.unwrap_or_default())],
            field,
        );
    }

    /// The dialog for agenda item `at` (title and time box), the cursor in `focus`.
    fn edit_item(s: &Shared, rq: &mut Requests, at: usize, focus: Field) {
        let Some(item) = s
            .board()
            .and_then(|b| b.meeting.as_ref()?.agenda.get(at).cloned())
        else {
            return;
        };
        let minutes = item.minutes.map(|m| m.to_string()).unwrap_or_default();
        Self::open(
            s,
            rq,
            EditKind::AgendaItem {
                item: Self::item_ref(s, at),
                at: None,
            },
            vec![(Field::Item, item.title), (Field::Minutes, minutes)],
            focus,
        );
    }

    /// The dialog for a new item, to go at place `at` (`None`: last).
    fn new_item(s: &Shared, rq: &mut Requests, at: Option<usize>) {
        Self::open(
            s,
            rq,
            EditKind::AgendaItem { item: None, at },
            vec![
                (Field::Item, String::new()),
                (Field::Minutes, String::new()),
            ],
            Field::Item,
        );
    }

    fn tick(&mut self, s: &Shared, rq: &mut Requests, name: &str, guest: bool) {
        let Some(board) = s.board() else {
            return;
        };
        if s.running().is_none() {
            rq.notify(Msg::Prep(PrepMsg::TickNeedsMeeting), false);
            return;
        }
        let op = if is_present(board, name) {
            PrepareOp::Absent {
                name: name.to_string(),
            }
        } else {
            PrepareOp::Present {
                name: name.to_string(),
                at: None,
                guest,
            }
        };
        rq.apply(s, vec![Op::Prepare(op)], Origin::Edit);
    }

    /// Move the selected agenda item one place up (`-1`) or down (`1`); the cursor follows it.
    fn move_item(&mut self, s: &Shared, rq: &mut Requests, delta: isize) {
        let Some(Row::Item(at)) = self.selected(s) else {
            return;
        };
        let n = s
            .board()
            .and_then(|b| b.meeting.as_ref())
            .map_or(0, |m| m.agenda.len());
        let to = at as isize + delta;
        if to < 0 || to >= n as isize {
            return;
        }
        let Some(item) = Self::item_ref(s, at) else {
            return;
        };
        rq.apply(
            s,
            vec![Op::Prepare(PrepareOp::MoveItem {
                item,
                to: to as usize,
            })],
            Origin::Edit,
        );
        self.sel = (self.sel as isize + delta) as usize;
    }

    fn step(&mut self, s: &Shared, delta: isize) {
        let n = self.rows(s).len();
        self.sel = (self.sel as isize + delta).clamp(0, n.saturating_sub(1) as isize) as usize;
    }
}

impl MeetingScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        let row = self.selected(s);
        match cmd {
            Cmd::Back => rq.go(Screen::Board),
            Cmd::Up => self.step(s, -1),
            Cmd::Down => self.step(s, 1),
            Cmd::Prep(PrepCmd::ItemUp) => self.move_item(s, rq, -1),
            Cmd::Prep(PrepCmd::ItemDown) => self.move_item(s, rq, 1),
            Cmd::Prep(PrepCmd::Goal) => Self::edit_goal(s, rq),
            Cmd::Prep(PrepCmd::Length) => Self::edit_length(s, rq),
            Cmd::Prep(PrepCmd::Since) => super::since::ask_since(s, rq),
            Cmd::Prep(PrepCmd::Minutes) => super::since::ask_minutes(s, rq),
            Cmd::Prep(PrepCmd::Guest) => {
                if s.running().is_none() {
                    rq.notify(Msg::Prep(PrepMsg::TickNeedsMeeting), false);
                } else {
                    Self::open(
                        s,
                        rq,
                        EditKind::Guest,
                        vec![(Field::Name, String::new())],
                        Field::Name,
                    );
                }
            }
            Cmd::Prep(PrepCmd::AddItem) => match row {
                Some(Row::Item(at)) => Self::new_item(s, rq, Some(at + 1)),
                _ => Self::new_item(s, rq, None),
            },
            Cmd::Prep(PrepCmd::TimeBox) => match row {
                Some(Row::Item(at)) => Self::edit_item(s, rq, at, Field::Minutes),
                _ => rq.notify(Msg::Prep(PrepMsg::ChooseItem), false),
            },
            Cmd::Prep(PrepCmd::RemoveItem) => match row {
                Some(Row::Item(at)) => {
                    if let Some(item) = Self::item_ref(s, at) {
                        rq.apply(
                            s,
                            vec![Op::Prepare(PrepareOp::RemoveItem(item))],
                            Origin::Edit,
                        );
                    }
                }
                Some(Row::Person { name, .. })
                    if s.board().is_some_and(|b| is_present(b, &name)) =>
                {
                    self.tick(s, rq, &name, false)
                }
                _ => rq.notify(Msg::Prep(PrepMsg::ChooseItem), false),
            },
            Cmd::Prep(PrepCmd::Tick | PrepCmd::Edit) => match row {
                Some(Row::Person { name, guest }) => self.tick(s, rq, &name, guest),
                Some(Row::NewGuest) => self.command(Cmd::Prep(PrepCmd::Guest), s, rq),
                Some(_) if cmd == Cmd::Prep(PrepCmd::Tick) => {
                    rq.notify(Msg::Prep(PrepMsg::ChoosePerson), false)
                }
                Some(Row::Goal) => Self::edit_goal(s, rq),
                Some(Row::Length) => Self::edit_length(s, rq),
                Some(Row::Role(role)) => Self::edit_role(s, rq, role),
                Some(Row::Item(at)) => Self::edit_item(s, rq, at, Field::Item),
                Some(Row::NewItem) => Self::new_item(s, rq, None),
                None => {}
            },
            _ => {}
        }
    }

    fn keep_valid(&mut self, s: &Shared) {
        self.step(s, 0);
    }

    fn start(&mut self, s: &Shared, rq: &mut Requests) {
        self.sel = 0;
        self.log = None;
        if let Some(path) = s.entry().map(|e| e.path.clone()) {
            rq.effect(Effect::ReadMeetingLog {
                path,
                show: super::since::Show::Never,
            });
        }
    }
}

impl Component for MeetingScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    fn hints_at(&self) -> super::global::HintsAt {
        super::global::HintsAt::After(Cmd::Prep(PrepCmd::Minutes))
    }

    /// The meeting of one board: no board tabs. A decision from here is for
    /// the meeting as a whole: no card offered.
    fn left_out(&self) -> &'static [Cmd] {
        &[Cmd::NextBoard, Cmd::PrevBoard]
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    fn enter(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.start(s, rq))
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        self.keep_valid(s);
        Requests::new()
    }
}

/// A time box as typed: empty is none; else 1 to 1440 minutes.
fn minutes(text: &str) -> Result<Option<u64>, Msg> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let digits = text.strip_suffix("min").map(str::trim_end).unwrap_or(text);
    match digits.parse::<u64>() {
        Ok(m @ 1..=MAX_MINUTES) => Ok(Some(m)),
        _ => Err(Msg::Prep(PrepMsg::BadMinutes(text.to_string()))),
    }
}

/// The form field naming who holds `role`.
pub fn role_field(role: Role) -> Field {
    match role {
        Role::TeamLeader => Field::TeamLeader,
        Role::MeasurementLead => Field::MeasurementLead,
    }
}

/// What a dialog of the meeting screen saves: `None` for the other dialogs,
/// else the ops (none when nothing changed) or what is wrong and where.
pub fn form_ops(ed: &Editor, s: &Shared) -> Option<Result<Vec<Op>, (Msg, Field)>> {
    let board = s.board();
    let meeting = board.and_then(|b| b.meeting.as_ref());
    Some(match &ed.kind {
        EditKind::MeetingGoal => {
            let goal = Some(ed.get(Field::Goal)).filter(|g| !g.is_empty());
            if goal.as_deref() == meeting.and_then(|m| m.goal.as_deref()) {
                Ok(Vec::new())
            } else {
                Ok(vec![Op::Prepare(PrepareOp::SetGoal(goal))])
            }
        }
        EditKind::MeetingLength => match minutes(&ed.get(Field::Minutes)) {
            Err(e) => Err((e, Field::Minutes)),
            Ok(m) if m == meeting.and_then(|m| m.minutes) => Ok(Vec::new()),
            Ok(m) => Ok(vec![Op::Prepare(PrepareOp::SetLength(m))]),
        },
        EditKind::AgendaItem { item, at } => {
            let title = ed.get(Field::Item);
            if title.is_empty() {
                return Some(Err((Msg::EmptyTitle, Field::Item)));
            }
            let time = match minutes(&ed.get(Field::Minutes)) {
                Ok(m) => m,
                Err(e) => return Some(Err((e, Field::Minutes))),
            };
            match item {
                None => Ok(vec![Op::Prepare(PrepareOp::AddItem {
                    at: *at,
                    item: AgendaItem {
                        minutes: time,
                        ..AgendaItem::new(&title)
                    },
                })]),
                Some(r) => {
                    let Some(now) =
                        meeting.and_then(|m| m.agenda.iter().find(|i| i.title == r.title))
                    else {
                        return Some(Err((
                            Msg::Prep(PrepMsg::ItemGone(r.title.clone())),
                            Field::Item,
                        )));
                    };
                    let mut ops = Vec::new();
                    if title != now.title {
                        ops.push(Op::Prepare(PrepareOp::RenameItem {
                            item: r.clone(),
                            title: title.clone(),
                        }));
                    }
                    if time != now.minutes {
                        let named = ItemRef {
                            at: r.at,
                            title: title.clone(),
                        };
                        ops.push(Op::Prepare(PrepareOp::SetItemMinutes {
                            item: named,
                            minutes: time,
                        }));
                    }
                    Ok(ops)
                }
            }
        }
        EditKind::Role(role) => {
            let name = Some(ed.get(role_field(*role))).filter(|n| !n.trim().is_empty());
            let now = board.and_then(|b| match role {
                Role::TeamLeader => b.team_leader.as_deref(),
                Role::MeasurementLead => b.measurement_lead.as_deref(),
            });
            if name.as_deref().map(str::trim) == now {
                Ok(Vec::new())
            } else {
                Ok(vec![Op::Team(TeamOp::Set { role: *role, name })])
            }
        }
        EditKind::Guest => {
            let name = ed.get(Field::Name);
            if name.is_empty() {
                return Some(Err((Msg::EmptyTitle, Field::Name)));
            }
            let known = board.is_some_and(|b| {
                tavle_core::meeting::team(b, &[])
                    .iter()
                    .any(|t| same_person(t, &name))
            });
            Ok(vec![Op::Prepare(PrepareOp::Present {
                name,
                at: None,
                guest: !known,
            })])
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(KEYS), []);
    }

    #[test]
    fn time_boxes_are_whole_minutes_from_one_to_a_day() {
        assert_eq!(minutes(""), Ok(None));
        assert_eq!(minutes(" 3 "), Ok(Some(3)));
        assert_eq!(minutes("10 min"), Ok(Some(10)));
        assert_eq!(minutes("1440"), Ok(Some(1440)));
        for bad in ["0", "1441", "tre", "-2", "2,5"] {
            assert_eq!(
                minutes(bad),
                Err(Msg::Prep(PrepMsg::BadMinutes(bad.to_string()))),
                "{bad}"
            );
        }
    }
}

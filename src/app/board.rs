//! The board screen: columns of cards, the selection (kept by column and card
//! id, so a reload never moves it), the card filter, and the keys that move,
//! light, archive and edit cards. The decisions panel beside it is a part of
//! this screen ([`super::panel`]). Changes go out as ops through [`Shared`].

use super::request::Requests;
use crossterm::event::{KeyCode, KeyEvent};

use super::editor::{EditKind, Editor};
use super::keymap::{self, Binding, Cmd, Hint, MatrixCmd, bind, ch, key, shift};
use super::operations::{OpsPanels, focus_row};
use super::panel::Panel;
use super::panels::{Ask, PanelComponent};
use super::search::{Search, Typed};
use super::shared::Shared;
use super::{Component, Overlay, Screen};
use crate::i18n::Msg;
use tavle_core::layout::{self, PanelKind};
use tavle_core::links::Way;
use tavle_core::model::{Board, Card};

/// While a meeting runs, the hint bar shows the meeting's keys first: the
/// agenda, a decision, the light, moving a card, ending the meeting.
const MEETING_HINTS: &[(Cmd, &str)] = &[
    (Cmd::Help, "help"),
    (Cmd::PrevItem, "agenda-item"),
    (Cmd::NextItem, "agenda-item"),
    (Cmd::Decide, "decide"),
    (Cmd::CycleLight, "cycle-light"),
    (Cmd::MoveLeft, "move-left"),
    (Cmd::MoveRight, "move-right"),
    (Cmd::Meeting, "end-meeting"),
    (Cmd::Details, "details"),
    (Cmd::Undo, "undo"),
];

pub const KEYS: &[Binding] = &[
    bind(
        &[
            key(KeyCode::Left, "←"),
            key(KeyCode::Right, "→"),
            ch('h', "h"),
            ch('l', "l"),
        ],
        Cmd::Left,
        false,
    ),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[shift(KeyCode::Left, "Shift+←"), ch('<', "<")],
        Cmd::MoveLeft,
        true,
    ),
    bind(
        &[shift(KeyCode::Right, "Shift+→"), ch('>', ">")],
        Cmd::MoveRight,
        true,
    ),
    bind(
        &[shift(KeyCode::Up, "Shift+↑"), ch('K', "K")],
        Cmd::MoveUp,
        false,
    ),
    bind(
        &[shift(KeyCode::Down, "Shift+↓"), ch('J', "J")],
        Cmd::MoveDown,
        false,
    ),
    bind(&[key(KeyCode::Enter, "Enter")], Cmd::Details, true),
    bind(&[ch(' ', "Space")], Cmd::CycleLight, true),
    bind(&[ch('1', "1")], Cmd::LightGreen, false),
    bind(&[ch('2', "2")], Cmd::LightYellow, false),
    bind(&[ch('3', "3")], Cmd::LightRed, false),
    bind(&[ch('0', "0")], Cmd::LightNone, false),
    bind(&[ch('n', "n")], Cmd::New, true),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('x', "x")], Cmd::Archive, true),
    bind(&[ch('a', "a")], Cmd::ShowArchived, false),
    bind(&[ch('t', "t")], Cmd::BigClock, false),
    bind(&[ch('z', "z")], Cmd::Zoom, false),
    bind(&[ch('Z', "Z")], Cmd::BigHeader, false),
    bind(&[ch('b', "b")], Cmd::Panel, false),
    bind(&[ch('o', "o")], Cmd::Attendees, false),
    bind(&[ch('A', "A")], Cmd::A3, false),
    bind(&[ch('R', "R")], Cmd::Routines, false),
    bind(
        &[ch('M', "M")],
        Cmd::Prep(super::keymap::PrepCmd::Open),
        false,
    ),
    bind(&[ch('p', "p")], Cmd::Plan, true),
    bind(&[ch('i', "i")], Cmd::Indicators, true),
    bind(&[ch('E', "E")], Cmd::Escalate, false),
    bind(&[ch('g', "g")], Cmd::FollowLink, false),
    bind(&[ch('G', "G")], Cmd::FollowOrigin, false),
    bind(
        &[key(KeyCode::Backspace, "Backspace")],
        Cmd::JumpBack,
        false,
    ),
    bind(&[ch('N', "N")], Cmd::NewColumn, false),
    bind(&[ch('C', "C")], Cmd::EditColumn, false),
    bind(&[ch('H', "H")], Cmd::ColumnLeft, false),
    bind(&[ch('L', "L")], Cmd::ColumnRight, false),
    bind(
        &[ch('c', "c")],
        Cmd::Sync(super::keymap::SyncCmd::Open),
        false,
    ),
    bind(&[ch('/', "/")], Cmd::Filter, true),
    bind(&[ch('+', "+")], Cmd::Intake, false),
    bind(&[ch('P', "P")], Cmd::Matrix(MatrixCmd::Open), false),
    focus_row(PanelKind::Goals),
    focus_row(PanelKind::Staffing),
    focus_row(PanelKind::Risks),
    focus_row(PanelKind::Measures),
    focus_row(PanelKind::Deadlines),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
];

/// The board screen's state.
#[derive(Debug, Default)]
pub struct BoardScreen {
    /// The selected column and card by id, so a reload never moves the selection.
    pub column: Option<String>,
    pub card: Option<String>,
    /// Cards shown must match this text (title, owner, tag or id); it has
    /// the keyboard while it is typed.
    pub filter: Search,
    pub show_archived: bool,
    /// The large countdown is shown instead of the columns.
    pub big_clock: bool,
    /// The board's name (and the meeting clock) in large letters above
    /// the columns, when the screen is tall enough (`Z`).
    pub big_header: bool,
    /// The decisions panel beside the columns.
    pub panel: Panel,
    /// The operations panels (goals, staffing, risks, deadlines) around
    /// the columns, on a board that shows them ([`layout::panels`]).
    pub ops: OpsPanels,
    /// Where the selected card stood in its column, for a neighbour when it goes.
    row: usize,
}

impl BoardScreen {
    /// Whether a card is shown under the current filter and archive setting.
    pub fn visible(&self, card: &Card) -> bool {
        if card.archived && !self.show_archived {
            return false;
        }
        let f = self.filter.text().to_lowercase();
        if f.is_empty() {
            return true;
        }
        card.title.to_lowercase().contains(&f)
            || card
                .owner
                .as_deref()
                .is_some_and(|o| o.to_lowercase().contains(&f))
            || card.tags.iter().any(|t| t.to_lowercase().contains(&f))
            || card.id.to_lowercase() == f
    }

    /// The visible cards of a column, in order.
    pub fn column_cards<'b>(&self, board: &'b Board, column: &str) -> Vec<&'b Card> {
        board
            .cards
            .iter()
            .filter(|c| c.column == column && self.visible(c))
            .collect()
    }

    pub fn selected_card<'b>(&self, board: &'b Board) -> Option<&'b Card> {
        board.card(self.card.as_ref()?)
    }

    /// Jump along the selected card's link; the card landed on is shown
    /// even when the filter or the archive setting would hide it.
    fn follow(&mut self, s: &Shared, rq: &mut Requests, way: Way) {
        let card = self.card.clone();
        let Some(landed) = super::links::follow(s, rq, Screen::Board, card.as_deref(), way) else {
            return;
        };
        if landed.archived {
            self.show_archived = true;
        }
        if !self.visible(&landed) {
            self.filter.clear();
        }
    }

    /// The meeting was closed (its summary confirmed): the big clock goes.
    pub fn meeting_closed(&mut self) {
        self.big_clock = false;
    }

    /// Whether the decisions panel is on screen.
    pub fn panel_visible(&self, s: &Shared) -> bool {
        self.panel.focused || s.running().is_some()
    }

    /// The board screen's panels ([`PanelComponent`]): the decisions
    /// panel and the operations panels.
    fn panels(&self) -> [&dyn PanelComponent; 5] {
        let [a, b, c, d] = self.ops.all();
        [&self.panel, a, b, c, d]
    }

    fn panels_mut(&mut self) -> [&mut dyn PanelComponent; 5] {
        let [a, b, c, d] = self.ops.all_mut();
        [&mut self.panel, a, b, c, d]
    }

    /// Give the keyboard to the panel `kind` when the board shows it (the
    /// measures: back to the columns); the decisions panel gives it up.
    fn focus(&mut self, kind: PanelKind, s: &Shared, rq: &mut Requests) {
        let shown = s.board().map(layout::panels).unwrap_or_default();
        if !shown.contains(&kind) {
            let msg = crate::i18n::OpsMsg::PanelNotShown(kind);
            rq.notify(Msg::Ops(msg), false);
            return;
        }
        self.panel.set_focus(false, s);
        self.ops.focus(kind, s);
    }

    /// The panel that has the keyboard, if one has it.
    fn focused(&self) -> Option<&dyn PanelComponent> {
        self.panels().into_iter().find(|p| p.focused())
    }

    /// Select `card` (and its column) when it is on the current board.
    pub fn select(&mut self, s: &Shared, card: &str) {
        if let Some(c) = s.board().and_then(|b| b.card(card)) {
            self.column = Some(c.column.clone());
            self.card = Some(c.id.clone());
        }
    }

    /// Keep the selection on the same card, by id, wherever it now stands;
    /// when the card is gone or hidden, pick its neighbour in the column it
    /// was in (and say so when someone else took it away).
    fn fix_selection(&mut self, s: &Shared, rq: &mut Requests) {
        let Some(board) = s.board() else {
            return;
        };
        // Follow the card to the column it is in now.
        if let Some(card) = self.card.as_ref().and_then(|id| board.card(id))
            && self.visible(card)
            && board.column(&card.column).is_some()
        {
            self.row = self
                .column_cards(board, &card.column)
                .iter()
                .position(|c| c.id == card.id)
                .unwrap_or(0);
            self.column = Some(card.column.clone());
            return;
        }
        let column = self
            .column
            .as_ref()
            .filter(|c| board.column(c).is_some())
            .cloned()
            .or_else(|| board.columns.first().map(|c| c.id.clone()));
        let Some(column) = column else {
            self.column = None;
            self.card = None;
            return;
        };
        let cards = self.column_cards(board, &column);
        // Stay where the card was in the column rather than jump to the top.
        let i = self.row.min(cards.len().saturating_sub(1));
        let lost = self
            .card
            .clone()
            .filter(|id| s.outside().contains(id) && !cards.iter().any(|c| &c.id == id));
        self.column = Some(column);
        self.card = cards.get(i).map(|c| c.id.clone());
        if let Some(id) = lost {
            rq.notify(Msg::CardGoneElsewhere(id), false);
        }
    }

    fn step_column(&mut self, s: &Shared, delta: isize) {
        let Some(board) = s.board() else {
            return;
        };
        let n = board.columns.len();
        let Some(i) = self
            .column
            .as_ref()
            .and_then(|c| board.columns.iter().position(|x| &x.id == c))
        else {
            return;
        };
        let j = (i as isize + delta).clamp(0, n as isize - 1) as usize;
        if i == j {
            return;
        }
        // Keep the same height in the new column, so moving across feels like a grid.
        let row = self
            .card
            .as_ref()
            .and_then(|id| {
                self.column_cards(board, &board.columns[i].id)
                    .iter()
                    .position(|c| &c.id == id)
            })
            .unwrap_or(0);
        let target = board.columns[j].id.clone();
        let cards = self.column_cards(board, &target);
        let card = cards
            .get(row.min(cards.len().saturating_sub(1)))
            .map(|c| c.id.clone());
        self.column = Some(target);
        self.card = card;
    }

    fn step_card(&mut self, s: &Shared, delta: isize) {
        let Some(board) = s.board() else {
            return;
        };
        let Some(column) = &self.column else {
            return;
        };
        let cards = self.column_cards(board, column);
        if cards.is_empty() {
            return;
        }
        let i = self
            .card
            .as_ref()
            .and_then(|id| cards.iter().position(|c| &c.id == id))
            .unwrap_or(0);
        let j = (i as isize + delta).clamp(0, cards.len() as isize - 1) as usize;
        self.card = Some(cards[j].id.clone());
    }
}

impl BoardScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        if let Cmd::Focus(kind) = cmd {
            self.focus(kind, s, rq);
            return;
        }
        let asked = (self.panels_mut().into_iter())
            .find(|p| p.focused())
            .map(|panel| panel.update(cmd, s));
        if let Some((ask, requests)) = asked {
            rq.extend(requests);
            match ask {
                Ask::Nothing => {}
                Ask::BigClock => self.big_clock = !self.big_clock,
            }
            return;
        }
        match cmd {
            Cmd::Plan => rq.go(Screen::Plan),
            Cmd::Prep(super::keymap::PrepCmd::Open) => rq.go(Screen::Meeting),
            Cmd::Sync(super::keymap::SyncCmd::Open) => super::merge::open(s, rq),
            Cmd::Indicators => rq.go(Screen::Indicators),
            Cmd::Intake => super::intake::open(s, rq),
            Cmd::Matrix(MatrixCmd::Open) => rq.go(Screen::Matrix),
            Cmd::Escalate => {
                let Some(card) = s.board().and_then(|b| self.selected_card(b)) else {
                    return;
                };
                if let Some(to) = &card.escalated_to {
                    let to = to.board.clone();
                    rq.notify(Msg::AlreadyEscalated(to), false);
                } else if s.other_boards().is_empty() {
                    rq.notify(Msg::NoOtherBoard, false);
                } else if rq.writable(s) {
                    rq.open(Overlay::Escalate(Default::default()));
                }
            }
            Cmd::Back => {
                if !self.filter.is_empty() {
                    self.filter.clear();
                    self.fix_selection(s, rq);
                } else if super::links::just_jumped(s) {
                    super::links::back(s, rq);
                } else {
                    rq.go(Screen::Overview);
                }
            }
            Cmd::FollowLink => self.follow(s, rq, Way::Escalation),
            Cmd::FollowOrigin => self.follow(s, rq, Way::Origin),
            Cmd::JumpBack => super::links::back(s, rq),
            Cmd::Up => self.step_card(s, -1),
            Cmd::Down => self.step_card(s, 1),
            Cmd::Left => self.step_column(s, -1),
            Cmd::Right => self.step_column(s, 1),
            Cmd::Filter => self.filter.start(),
            Cmd::ShowArchived => {
                self.show_archived = !self.show_archived;
                rq.notify(
                    if self.show_archived {
                        Msg::ShowingArchived
                    } else {
                        Msg::HidingArchived
                    },
                    false,
                );
                self.fix_selection(s, rq);
            }
            Cmd::Details => {
                if let Some(id) = self.card.clone() {
                    rq.detail(id);
                }
            }
            Cmd::New => {
                if s.board().is_some_and(|b| b.columns.is_empty()) {
                    rq.notify(Msg::NoColumns, true);
                } else if let Some(column) = self.column.clone()
                    && rq.writable(s)
                {
                    rq.open(Overlay::Editor(Editor::new(
                        EditKind::NewCard { column },
                        String::new(),
                        None,
                        None,
                    )));
                }
            }
            Cmd::Edit => {
                if let Some(card) = s.board().and_then(|b| self.selected_card(b)).cloned()
                    && rq.writable(s)
                {
                    rq.open(Overlay::Editor(Editor::card(&card)));
                }
            }
            Cmd::BigClock => self.big_clock = !self.big_clock,
            Cmd::Zoom => super::zoom::open(s, rq, self.card.as_deref()),
            Cmd::BigHeader => self.big_header = !self.big_header,
            Cmd::Panel => {
                self.ops.focus(PanelKind::Measures, s);
                self.panel.toggle(s);
            }
            Cmd::Attendees => super::meeting::command(cmd, s, rq),
            Cmd::Routines => rq.go(Screen::Routines),
            Cmd::A3 => super::a3::open(s, rq, self.card.as_deref()),
            Cmd::NewColumn => super::columns::new(s, rq, self.column.as_deref()),
            Cmd::EditColumn => super::columns::edit(s, rq, self.column.as_deref()),
            Cmd::ColumnLeft => super::columns::step(s, rq, self.column.as_deref(), -1),
            Cmd::ColumnRight => super::columns::step(s, rq, self.column.as_deref(), 1),
            cmd => self.card_op(cmd, s, rq),
        }
    }

    fn keep_valid(&mut self, s: &Shared, rq: &mut Requests) {
        self.fix_selection(s, rq);
        for panel in self.panels_mut() {
            panel.refresh(s);
        }
    }

    fn start(&mut self, s: &Shared, rq: &mut Requests) {
        self.column = None;
        self.card = None;
        self.fix_selection(s, rq);
    }

    fn typed(&mut self, text: &str, s: &Shared, rq: &mut Requests) {
        if self.filter.paste(text) {
            self.fix_selection(s, rq);
        }
    }

    fn typing(&mut self, key: &KeyEvent, s: &Shared, rq: &mut Requests) -> bool {
        match self.filter.key(key) {
            Typed::NotTyping => return false,
            Typed::Quit => rq.quit(),
            Typed::Taken => self.fix_selection(s, rq),
        }
        true
    }
}

impl Component for BoardScreen {
    /// The focused panel's keys, else the board's.
    fn keys(&self) -> &'static [Binding] {
        self.focused().map_or(KEYS, |p| p.keys())
    }

    fn hints_at(&self) -> super::global::HintsAt {
        (self.focused()).map_or(super::global::HintsAt::After(Cmd::Archive), |p| {
            p.hints_at()
        })
    }

    /// What the focused panel leaves out (the board tabs for the decisions panel).
    fn left_out(&self) -> &'static [Cmd] {
        self.focused().map_or(&[], |p| p.left_out())
    }

    /// A decision logged from the board offers the selected card; from a
    /// panel, none.
    fn card(&self, _s: &Shared) -> Option<String> {
        self.card.clone().filter(|_| self.focused().is_none())
    }

    fn hints(&self, s: &Shared) -> Vec<Hint> {
        let mut own = if self.focused().is_some() {
            keymap::hints(self.keys())
        } else if s.running().is_none() {
            let card = s.board().and_then(|b| self.selected_card(b));
            super::links::with_hints(KEYS, card, s)
        } else {
            MEETING_HINTS
                .iter()
                .filter_map(|(cmd, word)| {
                    Some(Hint {
                        binding: super::global::row(KEYS, *cmd)?,
                        word,
                    })
                })
                .collect()
        };
        super::operations::shown_only(&mut own, s);
        super::global::hints(own, self.left_out(), self.hints_at())
    }

    fn input(&mut self, key: &KeyEvent, s: &Shared) -> Option<Requests> {
        let mut rq = Requests::new();
        self.typing(key, s, &mut rq).then_some(rq)
    }

    fn paste(&mut self, text: &str, s: &Shared) -> Requests {
        Requests::of(|rq| self.typed(text, s, rq))
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    fn enter(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.start(s, rq))
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.keep_valid(s, rq))
    }
}

mod moves;
#[cfg(test)]
mod tests;

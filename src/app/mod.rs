//! The app state and the one place it changes: [`App::update`]. Keys, file
//! changes and the worker's results come in as [`Event`]s; disk work goes out
//! as [`Effect`]s for the runtime. No I/O happens here, and the clock comes in
//! with the events, so every behaviour is testable without a terminal.
//!
//! The state is what the screens share ([`Shared`]: boards, language, notice,
//! undo history) plus one small component per screen, each owning its state,
//! its key table and its update function ([`Component`]), and at most one
//! overlay on top. [`App::update`] hands each event to what it is for
//! (`dispatch.rs`) and routes a key (`route.rs`) to the overlay if one is open,
//! else to the screen on view, else to the global keys ([`global`]: quit,
//! help, undo, board tabs, the meeting). A component reads the shared state
//! and returns [`Requests`]; [`Shared::carry_out`] hands each to the owner
//! of that part of the state, and the app then shows the screen or overlay
//! asked for ([`App::settle`]). Adding a screen is one module, one line each in
//! [`App::component`] and `App::parts`, and its view in `ui/`.

pub mod a3;
pub mod board;
pub mod card;
pub mod changes;
mod columns;
mod dispatch;
mod editor;
mod entry;
mod event;
mod field;
mod form;
pub mod global;
pub mod indicators;
mod intake;
pub mod keymap;
pub mod links;
pub mod matrix;
mod meeting;
pub mod merge;
mod new_board;
mod notices;
pub mod operations;
mod overlay;
pub mod overview;
pub mod panel;
pub mod panels;
pub mod pdsa;
mod pdsa_form;
pub mod picker;
pub mod plan;
pub mod prepare;
mod request;
pub mod round;
mod route;
pub mod routine_offer;
pub mod routines;
mod scroll;
mod search;
mod shared;
pub mod since;
pub mod wall;
pub mod zoom;

pub use board::BoardScreen;
pub use card::CardScreen;
pub use changes::ChangesScreen;
pub use editor::{EditKind, Editor, Field, Flow, FormField};
pub use entry::CopyFile;
pub use entry::{Entry, changed_cards};
pub use event::{Effect, Event, MergeOutcome, Origin};
pub use field::TextField;
pub use indicators::IndicatorScreen;
pub use keymap::{Binding, Cmd, MatrixCmd, PdsaCmd, PrepCmd, RoundCmd, SinceCmd, SyncCmd, WallCmd};
pub use matrix::MatrixScreen;
pub use meeting::card_choice as meeting_card;
pub use merge::MergeScreen;
pub use overlay::{Closing, Overlay};
pub use overview::Overview;
pub use panel::{Panel, items as panel_items};
pub use panels::{Ask, PanelComponent};
pub use plan::PlanScreen;
pub use prepare::MeetingScreen;
pub use request::{Request, Requests};
pub use scroll::Scroll;
pub use search::{Search, Typed};
pub use shared::{
    HIGHLIGHT_FOR, History, KEEP_FULL, Loaded, MISSING_GRACE, NOTICE_FOR, Notice, Notices, Outbox,
    Pending, Progress, RankKey, Shared, Step, rank_key,
};

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::KeyEvent;

use crate::i18n::Lang;

/// The screens, each a [`Component`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Board,
    /// The action plan of a board: goals, sub-goals, measures.
    Plan,
    /// The indicators of a board with run charts.
    Indicators,
    /// One card with every field, its decisions and history.
    Card,
    /// Merging the board's conflict copies.
    Merge,
    /// Preparing the meeting: goal, length, agenda, who is present.
    Meeting,
    /// What changed on every board since a day (from the overview).
    Changes,
    /// The routines the board's improvements became.
    Routines,
    /// The improvement board's ideas on an effect × effort grid (`P`).
    Matrix,
    /// The measurement round: today's values of every due indicator on
    /// every board (`r` on the overview).
    Round,
}

/// A screen: its state, its key table and how it handles a command.
pub trait Component {
    /// The key table in force now; the `?` overlay and the hint bar are made from it.
    fn keys(&self) -> &'static [Binding];
    /// The hint bar's keys, most important first (the bar shows those that
    /// fit): the rows of [`Component::keys`] marked `hint`, unless the screen
    /// knows better for the moment (a meeting under way).
    fn hints(&self, _s: &Shared) -> Vec<keymap::Hint> {
        global::hints(keymap::hints(self.keys()), self.left_out(), self.hints_at())
    }
    /// Where the hint bar shows the global keys marked `hint`.
    fn hints_at(&self) -> global::HintsAt {
        global::HintsAt::End
    }
    /// The global commands not in force on this screen (see [`global`]):
    /// those that make no sense here, and those whose key the screen's own
    /// table gives another meaning.
    fn left_out(&self) -> &'static [Cmd] {
        &[]
    }
    /// The card selected on the screen, offered in the decision dialog.
    fn card(&self, _s: &Shared) -> Option<String> {
        None
    }
    /// A raw key, before the table, for text being typed; `Some` when taken.
    fn input(&mut self, _key: &KeyEvent, _s: &Shared) -> Option<Requests> {
        None
    }
    /// Pasted text, while text is being typed on the screen itself.
    fn paste(&mut self, _text: &str, _s: &Shared) -> Requests {
        Requests::new()
    }
    /// A command from the key table: what it asks of the app (disk work,
    /// another screen, an overlay, a notice).
    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests;
    /// The screen comes into view, or shows another board: start afresh.
    fn enter(&mut self, s: &Shared) -> Requests {
        self.refresh(s)
    }
    /// The boards changed: keep the selection on something that exists.
    fn refresh(&mut self, _s: &Shared) -> Requests {
        Requests::new()
    }
}

/// One component per screen.
#[derive(Debug, Default)]
pub struct Screens {
    pub overview: Overview,
    pub board: BoardScreen,
    pub plan: PlanScreen,
    pub indicators: IndicatorScreen,
    pub card: CardScreen,
    pub merge: MergeScreen,
    pub meeting: MeetingScreen,
    pub changes: ChangesScreen,
    pub routines: routines::RoutinesScreen,
    pub matrix: MatrixScreen,
    pub round: round::RoundScreen,
}

pub struct App {
    pub shared: Shared,
    /// The screen on view.
    pub screen: Screen,
    pub screens: Screens,
    /// What is open on top of the screen.
    pub overlay: Option<Overlay>,
    /// Dialogs waiting to open when the one on screen closes (a refused save
    /// while another dialog is open: its text must not be lost).
    pub queued: Vec<Overlay>,
    /// A new board the worker wrote, to select once the folder lists it.
    awaited: new_board::Awaited,
    /// The wallboard (`tavle --wall`): read-only, moving on by itself.
    pub wall: Option<wall::Wall>,
}

impl App {
    pub fn new(
        lang: Lang,
        dir: PathBuf,
        entries: Vec<Entry>,
        today: NaiveDate,
        now: Instant,
    ) -> App {
        let mut app = App {
            shared: Shared::new(lang, dir, entries, today, now),
            screen: Screen::Overview,
            screens: Screens::default(),
            overlay: None,
            queued: Vec::new(),
            awaited: new_board::Awaited::default(),
            wall: None,
        };
        app.shared.sort_entries("");
        // Start on the worst board.
        if let Some(first) = app.shared.entries().first().map(|e| e.path.clone()) {
            app.shared.carry_out(Requests(vec![Request::Show(first)]));
        }
        app.shared.watch_links(false);
        app
    }

    /// Become a wallboard: read-only, showing one stop after another
    /// from `now` (the first at once).
    pub fn start_wall(&mut self, wall: wall::Wall, now: Instant) {
        self.overlay = None;
        self.queued.clear();
        self.wall = Some(wall);
        // Read from across a corridor: the board's name in large letters
        // where the screen is tall enough.
        self.screens.board.big_header = true;
        let _ = self.update(Event::Tick, now);
    }

    /// When the runtime must wake the app next, though nothing happens: a
    /// highlight or notice ends, the meeting's second, the wallboard's turn.
    pub fn next_deadline(&self) -> Option<Instant> {
        let wall = self.wall.as_ref().and_then(wall::Wall::deadline);
        self.shared.next_deadline().into_iter().chain(wall).min()
    }

    /// The screen on view, as a component.
    pub fn component(&self) -> &dyn Component {
        match self.screen {
            Screen::Overview => &self.screens.overview,
            Screen::Board => &self.screens.board,
            Screen::Plan => &self.screens.plan,
            Screen::Indicators => &self.screens.indicators,
            Screen::Card => &self.screens.card,
            Screen::Merge => &self.screens.merge,
            Screen::Meeting => &self.screens.meeting,
            Screen::Changes => &self.screens.changes,
            Screen::Routines => &self.screens.routines,
            Screen::Matrix => &self.screens.matrix,
            Screen::Round => &self.screens.round,
        }
    }

    /// The screen `screen` as a component, beside the shared state it reads.
    /// With [`App::component`], this is where a new screen is registered.
    fn parts(&mut self, screen: Screen) -> (&mut dyn Component, &Shared) {
        let component: &mut dyn Component = match screen {
            Screen::Overview => &mut self.screens.overview,
            Screen::Board => &mut self.screens.board,
            Screen::Plan => &mut self.screens.plan,
            Screen::Indicators => &mut self.screens.indicators,
            Screen::Card => &mut self.screens.card,
            Screen::Merge => &mut self.screens.merge,
            Screen::Meeting => &mut self.screens.meeting,
            Screen::Changes => &mut self.screens.changes,
            Screen::Routines => &mut self.screens.routines,
            Screen::Matrix => &mut self.screens.matrix,
            Screen::Round => &mut self.screens.round,
        };
        (component, &self.shared)
    }

    /// Let the screen `screen` do `f` with the shared state, and carry out
    /// what it asks for.
    fn with_screen(
        &mut self,
        screen: Screen,
        f: impl FnOnce(&mut dyn Component, &Shared) -> Requests,
    ) {
        let (component, shared) = self.parts(screen);
        let asked = f(component, shared);
        self.shared.carry_out(asked);
    }

    /// The screen's own key table: `?` lists it first.
    pub fn keys(&self) -> &'static [Binding] {
        match self.overlay {
            Some(Overlay::Zoom(_)) => zoom::KEYS,
            _ => self.component().keys(),
        }
    }

    /// The global key rows in force on the screen: `?` lists them after
    /// the screen's own.
    pub fn global_keys(&self) -> Vec<&'static Binding> {
        global::in_force(self.component().left_out())
    }

    /// The hint bar's keys, most important first.
    pub fn hints(&self) -> Vec<keymap::Hint> {
        if self.wall.is_some() {
            return keymap::hints(wall::KEYS);
        }
        match self.overlay {
            // The zoomed card fills the screen: only its own keys work.
            Some(Overlay::Zoom(_)) => global::hints(
                keymap::hints(zoom::KEYS),
                global::ONLY_HELP_AND_QUIT,
                global::HintsAt::Nowhere,
            ),
            _ => self.component().hints(&self.shared),
        }
    }

    pub fn lang(&self) -> Lang {
        self.shared.lang()
    }

    pub fn entry(&self) -> Option<&Entry> {
        self.shared.entry()
    }

    pub fn board(&self) -> Option<&tavle_core::model::Board> {
        self.shared.board()
    }

    /// Open the board at `path` directly (when tavle was started on a file).
    pub fn open_path(&mut self, path: &Path) {
        if self.shared.entries().iter().any(|e| e.path == path) {
            self.shared
                .carry_out(Requests(vec![Request::Show(path.to_path_buf())]));
            self.screen = Screen::Board;
            self.with_screen(Screen::Board, |c, s| c.enter(s));
        }
    }

    /// Whether the decisions panel is on screen.
    pub fn panel_visible(&self) -> bool {
        self.screen == Screen::Board && self.screens.board.panel_visible(&self.shared)
    }

    /// Handle one event; returns the disk work to do, which must all be
    /// done (the runtime hands it to its worker, `tui::step`).
    #[must_use = "the effects are disk work the app needs done: hand them to the worker"]
    pub fn update(&mut self, event: Event, now: Instant) -> Vec<Effect> {
        self.shared.begin(now);
        let before = self.shared.entry().map(|e| e.path.clone());
        // A save, or a change from outside: the log may have grown.
        let log_grew = match &event {
            Event::Applied { path, .. } => Some(path.clone()),
            Event::Files(_) => before.clone(),
            _ => None,
        };
        // Boards changed: escalated copies may have been finished. Someone
        // else's change is news; our own save only updates what was seen.
        let copies = match &event {
            Event::Files(_) => Some(true),
            // Read at the start, or read in full again: only taken note of.
            Event::Loaded(_) | Event::Read { .. } => Some(false),
            Event::Applied { .. } => Some(false),
            _ => None,
        };
        // Which boards' files changed, for the wallboard to show them.
        let seen: Option<HashSet<(PathBuf, u64)>> = match (&event, &self.wall) {
            (Event::Files(_), Some(_)) => Some(
                self.shared
                    .entries()
                    .iter()
                    .map(|e| (e.path.clone(), e.fingerprint))
                    .collect(),
            ),
            _ => None,
        };
        if matches!(event, Event::Key(_) | Event::Paste(_)) {
            self.shared.touched();
        }
        self.handle(event, before.as_deref(), now);
        let mut rq = Requests::new();
        self.awaited.arrived(&self.shared, self.screen, &mut rq);
        if let Some(w) = &mut self.wall {
            let changed: Vec<PathBuf> = seen.map_or_else(Vec::new, |seen| {
                self.shared
                    .entries()
                    .iter()
                    .filter(|e| !seen.contains(&(e.path.clone(), e.fingerprint)))
                    .map(|e| e.path.clone())
                    .collect()
            });
            w.changed(&self.shared, &changed, now, &mut rq);
            w.tick(&self.shared, now, &mut rq);
        }
        self.shared.carry_out(rq);
        if let Some(announce) = copies {
            self.shared.watch_links(announce);
        }
        self.settle(before.as_deref());
        self.reread_history(log_grew);
        self.shared.settle_residency();
        self.shared.take_effects()
    }

    /// The card's history shows every change in the log: when the log of
    /// the board on the card screen may have grown, read it again.
    fn reread_history(&mut self, log_grew: Option<PathBuf>) {
        let Some(path) = log_grew else {
            return;
        };
        let shown = self.shared.entry().is_some_and(|e| e.path == path);
        if self.screen == Screen::Card && shown {
            let read = Effect::ReadLog {
                path,
                closing: false,
            };
            self.shared.carry_out(Requests(vec![Request::Effect(read)]));
        }
    }

    /// Carry out what the components asked for, and keep every selection valid.
    fn settle(&mut self, before: Option<&Path>) {
        // What entering and refreshing a screen below asks for is carried
        // out at once; a screen or overlay it asks for waits for the next event.
        let mut out = self.shared.take_out();
        if self.wall.is_some() {
            // No dialog ever opens on a wallboard.
            out.open = None;
            self.overlay = None;
            self.queued.clear();
        }
        if let Some(overlay) = out.open {
            if self.overlay.is_some() {
                self.queued.push(overlay);
            } else {
                self.overlay = Some(overlay);
            }
        }
        if self.overlay.is_none() && !self.queued.is_empty() {
            self.overlay = Some(self.queued.remove(0));
        }
        let moved = self.shared.entry().map(|e| e.path.as_path()) != before;
        let mut go = out.go;
        if let Some(id) = out.detail {
            let mut rq = Requests::new();
            self.screens.card.from_matrix = self.screen == Screen::Matrix;
            self.screens.card.show(id, &self.shared, &mut rq);
            self.shared.carry_out(rq);
            go = Some(Screen::Card);
        }
        if let Some(go) = go {
            self.screen = go;
            if go == Screen::Overview {
                // Back on the overview: a board deleted while it was open goes now.
                self.shared.expire(None);
            }
            self.with_screen(go, |c, s| c.enter(s));
        } else if moved && self.screen != Screen::Overview {
            self.with_screen(self.screen, |c, s| c.enter(s));
        }
        // After the screen came into view (which starts its selection
        // afresh): a card asked for on another board stays selected.
        if let Some(card) = out.select {
            self.screens.board.select(&self.shared, &card);
        }
        if let Some(id) = out.indicator {
            self.screens.indicators.selected = Some(id);
        }
        self.with_screen(self.screen, |c, s| c.refresh(s));
        // The card on the detail screen is gone: back to the board.
        if self.screen == Screen::Card && self.screens.card.id.is_none() {
            self.screen = Screen::Board;
            self.with_screen(Screen::Board, |c, s| c.refresh(s));
        }
    }
}

/// The id `delta` steps from `current` in `ids` (clamped at the ends); the
/// first id when `current` is not in the list; `None` for an empty list.
pub(crate) fn step_in(ids: &[String], current: Option<&str>, delta: isize) -> Option<String> {
    let i = current
        .and_then(|id| ids.iter().position(|x| x == id))
        .map_or(0, |i| {
            (i as isize + delta).clamp(0, ids.len() as isize - 1) as usize
        });
    ids.get(i).cloned()
}

#[cfg(test)]
pub(crate) mod test_util;

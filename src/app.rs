//! The app state and the one place it changes: [`App::update`]. Keys, file
//! changes and save results come in as [`Event`]s; work that touches the disk
//! goes out as [`Effect`]s for the runtime to perform. No I/O happens here, and
//! the clock comes in with the events, so every behaviour is testable.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::diag::Severity;
use crate::i18n::{Lang, Msg};
use crate::keymap::{self, Cmd, Screen};
use crate::model::{Board, Card, FORMAT_VERSION};
use crate::ops::{self, CardPatch, NewCard, Op};
use crate::store::{Analysis, Located, UpdateError};
use crate::watch::{FileChange, WatchEvent};

/// How long cards changed by someone else stay highlighted.
pub const HIGHLIGHT_FOR: Duration = Duration::from_secs(8);
/// How long a board file may be missing before it counts as deleted
/// (a sync client's delete-then-write must not flash a "deleted" notice).
pub const MISSING_GRACE: Duration = Duration::from_secs(2);
/// How long a notice stays on screen.
pub const NOTICE_FOR: Duration = Duration::from_secs(6);

/// One board file as the app knows it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub path: PathBuf,
    /// The last version that parsed; stays on screen while the file is broken.
    pub board: Option<Board>,
    /// Problems of the file as it is now (errors and warnings).
    pub problems: Vec<Located>,
    /// The file does not parse now: its first error. The board is read-only.
    pub broken: Option<Located>,
    /// Fingerprint of the file's bytes as last seen.
    pub fingerprint: u64,
    /// Since when the file has been missing.
    pub missing_since: Option<Instant>,
    /// Cards changed by someone else, highlighted until the given instant.
    pub highlights: HashMap<String, Instant>,
}

impl Entry {
    pub fn from_analysis(path: PathBuf, a: Analysis) -> Entry {
        let mut e = Entry {
            id: crate::store::board_id(&path),
            path,
            board: None,
            problems: Vec::new(),
            broken: None,
            fingerprint: 0,
            missing_since: None,
            highlights: HashMap::new(),
        };
        e.absorb(a);
        e
    }

    /// Take in a new reading of the file; keeps the last good board when it is broken.
    fn absorb(&mut self, a: Analysis) {
        self.fingerprint = a.fingerprint;
        self.missing_since = None;
        self.broken = match a.board {
            Some(_) => None,
            None => a
                .problems
                .iter()
                .find(|p| p.severity == Severity::Error)
                .cloned(),
        };
        if let Some(b) = a.board {
            self.board = Some(b);
        }
        self.problems = a.problems;
    }

    /// Whether edits are refused: broken, newer format, or gone.
    pub fn read_only(&self) -> bool {
        self.broken.is_some()
            || self.missing_since.is_some()
            || self.board.as_ref().is_none_or(|b| b.tavle > FORMAT_VERSION)
    }

    /// The latest `updated` of any card or decision: when the board last changed, and by whom.
    pub fn last_change(&self) -> Option<(DateTime<FixedOffset>, Option<&str>)> {
        let b = self.board.as_ref()?;
        let cards = b.cards.iter().filter_map(|c| {
            c.updated
                .as_ref()
                .map(|u| (u.at(), c.updated_by.as_deref()))
        });
        let decisions = b.decisions.iter().map(|d| (d.at.at(), d.owner.as_deref()));
        cards.chain(decisions).max_by_key(|(at, _)| *at)
    }
}

/// Which line of the card editor has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Owner,
    Due,
}

/// The inline card editor (`n` and `e`).
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    pub kind: EditKind,
    /// The card's title or the decision's text.
    pub title: String,
    pub owner: String,
    pub due: String,
    pub field: Field,
    pub error: Option<Msg>,
}

/// What the editor writes.
#[derive(Debug, Clone, PartialEq)]
pub enum EditKind {
    NewCard {
        column: String,
    },
    Card {
        id: String,
    },
    /// A new decision, linked to a card or not.
    NewDecision {
        card: Option<String>,
    },
    /// A goal: title, measurable target (in the owner line), deadline.
    Goal {
        id: String,
    },
    /// A new value of an indicator: value (in the title line) and date.
    Measure {
        indicator: String,
    },
    /// A correction of a decision.
    Decision {
        id: String,
    },
}

impl Editor {
    fn new(kind: EditKind, title: String, owner: Option<String>, due: Option<NaiveDate>) -> Editor {
        Editor {
            kind,
            title,
            owner: owner.unwrap_or_default(),
            due: due.map(crate::dates::format_nb).unwrap_or_default(),
            field: Field::Title,
            error: None,
        }
    }

    fn text_mut(&mut self) -> &mut String {
        match self.field {
            Field::Title => &mut self.title,
            Field::Owner => &mut self.owner,
            Field::Due => &mut self.due,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Help,
    Edit(Editor),
    /// Typing a filter; the text is in `App::filter`.
    Filter,
    /// The closing summary of the meeting; Enter writes the minutes.
    Closing,
    /// Typing who takes part, comma-separated.
    Attendees(String),
    /// Choosing the board to send the selected card up to (index into the other boards).
    Escalate(usize),
    /// Typing the owner filter of the overview.
    OwnerFilter,
}

/// A message at the bottom of the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub msg: Msg,
    pub error: bool,
    pub until: Instant,
}

/// Why an op was sent, so its result lands on the right stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Edit,
    Undo,
    Redo,
}

/// An undoable step: the op that reverses it, on which board file.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub path: PathBuf,
    pub op: Op,
}

/// What comes into the app.
#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    /// The terminal was resized: just redraw.
    Resize,
    Files(WatchEvent),
    /// The runtime applied ops to a file.
    Applied {
        path: PathBuf,
        origin: Origin,
        result: Box<Result<crate::store::Saved, UpdateError>>,
    },
    /// Time passed (a highlight or notice may expire, a missing file may count as deleted).
    Tick,
    /// The wall clock, for the meeting timer and due dates.
    Clock(DateTime<FixedOffset>),
    /// The change log of a board, read for the closing summary.
    Log {
        path: PathBuf,
        entries: Vec<crate::history::Logged>,
    },
    /// The minutes were written (or not).
    MinutesWritten(Result<PathBuf, String>),
    /// A card was sent up: the board id and card id of the copy (or why not).
    Escalated(Result<(String, String), Msg>),
}

/// What the runtime should do for the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Apply {
        path: PathBuf,
        ops: Vec<Op>,
        origin: Origin,
    },
    /// Read the change log of a board (for the closing summary).
    ReadLog { path: PathBuf },
    /// End the meeting and write its minutes.
    CloseMeeting { path: PathBuf },
    /// Send a card up to another board: copy it there, link both ways.
    Escalate {
        from: PathBuf,
        card: String,
        to: PathBuf,
    },
}

pub struct App {
    pub lang: Lang,
    pub entries: Vec<Entry>,
    pub screen: Screen,
    /// Index into `entries` of the board shown or selected.
    pub current: usize,
    /// The selected column (by id) and card (by id), so a reload never moves the selection.
    pub column: Option<String>,
    pub card: Option<String>,
    pub mode: Mode,
    pub filter: String,
    pub show_archived: bool,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    pub notice: Option<Notice>,
    pub quit: bool,
    /// Today's date, for due dates and new edits; set by the runtime.
    pub today: NaiveDate,
    /// The instant of the event being handled.
    pub now: Instant,
    /// The folder shown, for the title bar.
    pub dir: PathBuf,
    /// How the folder is watched, for the status line.
    pub watching: Msg,
    /// The wall clock as of the last event.
    pub wall: DateTime<FixedOffset>,
    /// The large countdown is shown instead of the columns.
    pub big_clock: bool,
    /// The decisions panel has the keyboard.
    pub panel: bool,
    /// The selected decision in the panel.
    pub decision: Option<String>,
    /// The change log read for the closing summary.
    pub closing_log: Vec<crate::history::Logged>,
    /// The meeting (by start time) whose time-up summary was already shown.
    pub prompted: Option<String>,
    /// The selected row of the action plan (a goal or card id).
    pub plan_row: Option<String>,
    /// The selected indicator.
    pub indicator: Option<String>,
    /// The overview shows only what this person is responsible for.
    pub owner_filter: String,
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
            lang,
            entries,
            screen: Screen::Overview,
            current: 0,
            column: None,
            card: None,
            mode: Mode::Normal,
            filter: String::new(),
            show_archived: false,
            undo: Vec::new(),
            redo: Vec::new(),
            notice: None,
            quit: false,
            today,
            now,
            dir,
            watching: Msg::WatchNotify,
            wall: today
                .and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .fixed_offset(),
            big_clock: false,
            panel: false,
            decision: None,
            closing_log: Vec::new(),
            prompted: None,
            plan_row: None,
            indicator: None,
            owner_filter: String::new(),
        };
        app.sort_entries();
        // Start on the worst board.
        app.current = 0;
        app
    }

    /// Open the board at `path` directly (when tavle was started on a file).
    pub fn open_path(&mut self, path: &Path) {
        if let Some(i) = self.entries.iter().position(|e| e.path == path) {
            self.current = i;
            self.screen = Screen::Board;
            self.fix_selection();
        }
    }

    fn sort_entries(&mut self) {
        let current = self.entries.get(self.current).map(|e| e.path.clone());
        // Worst first (red, then overdue, then yellow), so leaders see trouble at the
        // top; boards that do not parse go first of all, they need someone now.
        let today = self.today;
        let owner = Some(self.owner_filter.as_str()).filter(|o| !o.trim().is_empty());
        let key = |e: &Entry| match &e.board {
            Some(b) => {
                let c = crate::plan::counts(b, today, owner);
                (
                    e.broken.is_none(),
                    std::cmp::Reverse(crate::plan::badness(&c)),
                )
            }
            None => (false, std::cmp::Reverse((0, 0, 0))),
        };
        self.entries
            .sort_by_cached_key(|e| (key(e), e.path.clone()));
        if let Some(p) = current {
            self.current = self.entries.iter().position(|e| e.path == p).unwrap_or(0);
        }
        self.current = self.current.min(self.entries.len().saturating_sub(1));
    }

    pub fn entry(&self) -> Option<&Entry> {
        self.entries.get(self.current)
    }

    pub fn board(&self) -> Option<&Board> {
        self.entry()?.board.as_ref()
    }

    fn notify(&mut self, msg: Msg, error: bool) {
        self.notice = Some(Notice {
            msg,
            error,
            until: self.now + NOTICE_FOR,
        });
    }

    /// Whether a card is shown under the current filter and archive setting.
    pub fn visible(&self, card: &Card) -> bool {
        if card.archived && !self.show_archived {
            return false;
        }
        let f = self.filter.trim().to_lowercase();
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

    /// Keep the selection on the same column and card ids; when the card is
    /// gone or hidden, pick a neighbour in the same column.
    fn fix_selection(&mut self) {
        let Some(board) = self.board() else {
            return;
        };
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
        let keep = self
            .card
            .as_ref()
            .is_some_and(|id| cards.iter().any(|c| &c.id == id));
        let card = if keep {
            self.card.clone()
        } else {
            // The card left this column (moved elsewhere, archived, filtered):
            // stay where it was in the column rather than jump to the top.
            let old_index = self.card.as_ref().and_then(|id| {
                board
                    .cards
                    .iter()
                    .filter(|c| c.column == column)
                    .position(|c| &c.id == id)
            });
            let i = old_index.unwrap_or(0).min(cards.len().saturating_sub(1));
            cards.get(i).map(|c| c.id.clone())
        };
        self.column = Some(column);
        self.card = card;
    }

    /// Handle one event; returns the disk work to do.
    pub fn update(&mut self, event: Event, now: Instant) -> Vec<Effect> {
        self.now = now;
        match event {
            Event::Key(key) => self.key(key),
            Event::Resize => Vec::new(),
            Event::Tick => {
                self.expire();
                Vec::new()
            }
            Event::Files(w) => {
                self.files(w);
                Vec::new()
            }
            Event::Applied {
                path,
                origin,
                result,
            } => {
                self.applied(&path, origin, *result);
                Vec::new()
            }
            Event::Clock(wall) => {
                self.wall = wall;
                self.today = wall.date_naive();
                self.time_up()
            }
            Event::Log { path, entries } => {
                if self.entry().is_some_and(|e| e.path == path) {
                    self.closing_log = entries;
                    self.mode = Mode::Closing;
                }
                Vec::new()
            }
            Event::Escalated(result) => {
                match result {
                    Ok((board, card)) => self.notify(Msg::Escalated(board, card), false),
                    Err(m) => self.notify(m, true),
                }
                Vec::new()
            }
            Event::MinutesWritten(result) => {
                match result {
                    Ok(path) => self.notify(Msg::MinutesWritten(path.display().to_string()), false),
                    Err(e) => self.notify(Msg::SaveFailed(e), true),
                }
                Vec::new()
            }
        }
    }

    /// The running meeting of the current board, if any.
    pub fn running(&self) -> Option<&crate::model::Running> {
        self.board()?.meeting.as_ref()?.running.as_ref()
    }

    /// When the time box is used up, show the closing summary once.
    fn time_up(&mut self) -> Vec<Effect> {
        let (Some(board), Some(running)) = (self.board(), self.running()) else {
            return Vec::new();
        };
        let over = crate::meeting::meeting_countdown(board, running, self.wall).left <= 0;
        let key = running.started.as_str().to_string();
        if over
            && self.prompted.as_ref() != Some(&key)
            && self.mode == Mode::Normal
            && self.screen == Screen::Board
        {
            self.prompted = Some(key);
            if let Some(e) = self.entry() {
                return vec![Effect::ReadLog {
                    path: e.path.clone(),
                }];
            }
        }
        Vec::new()
    }

    /// When the app next needs to wake up without an event (to end a highlight,
    /// a notice, or a missing-file grace period).
    pub fn next_deadline(&self) -> Option<Instant> {
        let highlights = self
            .entries
            .iter()
            .flat_map(|e| e.highlights.values().copied());
        let missing = self
            .entries
            .iter()
            .filter_map(|e| e.missing_since.map(|t| t + MISSING_GRACE));
        let notice = self.notice.as_ref().map(|n| n.until);
        // A running meeting's countdown changes every second.
        let second = self.running().map(|_| {
            self.now
                + Duration::from_millis(
                    1000 - u64::from(self.wall.timestamp_subsec_millis().min(999)),
                )
        });
        highlights.chain(missing).chain(notice).chain(second).min()
    }

    fn expire(&mut self) {
        let now = self.now;
        for e in &mut self.entries {
            e.highlights.retain(|_, until| *until > now);
        }
        if self.notice.as_ref().is_some_and(|n| n.until <= now) {
            self.notice = None;
        }
        let gone: Vec<String> = self
            .entries
            .iter()
            .filter(|e| e.missing_since.is_some_and(|t| t + MISSING_GRACE <= now))
            .map(|e| e.id.clone())
            .collect();
        for id in gone {
            self.entries.retain(|e| e.id != id);
            self.notify(Msg::BoardDeleted(id), true);
            if self.entries.is_empty() || self.current >= self.entries.len() {
                self.screen = Screen::Overview;
            }
            self.sort_entries();
        }
        self.fix_selection();
    }

    // ----- files -----

    fn files(&mut self, w: WatchEvent) {
        match w {
            WatchEvent::Changed(changes) => {
                for c in changes {
                    self.file_change(c);
                }
            }
            WatchEvent::Rescanned(changes) => {
                let listed: Vec<PathBuf> = changes
                    .iter()
                    .map(|c| match c {
                        FileChange::Present { path, .. } | FileChange::Missing { path } => {
                            path.clone()
                        }
                    })
                    .collect();
                let now = self.now;
                for e in &mut self.entries {
                    if !listed.contains(&e.path) && e.missing_since.is_none() {
                        e.missing_since = Some(now);
                    }
                }
                for c in changes {
                    self.file_change(c);
                }
            }
            WatchEvent::Error(e) => self.notify(Msg::WatchError(e), true),
            // Placeholders of the folder layer; the lead's status line and
            // warnings replace them (see the folder brief's report).
            WatchEvent::Skipped(_) => {}
            WatchEvent::Stopped(reason) => self.notify(
                Msg::Folder(crate::i18n::FolderMsg::WatchStopped(reason)),
                true,
            ),
        }
        self.sort_entries();
        self.fix_selection();
    }

    fn file_change(&mut self, change: FileChange) {
        match change {
            FileChange::Missing { path } => {
                let now = self.now;
                if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
                    e.missing_since.get_or_insert(now);
                }
            }
            FileChange::Present { path, analysis } => {
                let until = self.now + HIGHLIGHT_FOR;
                match self.entries.iter_mut().find(|e| e.path == path) {
                    Some(e) => {
                        if e.fingerprint == analysis.fingerprint && e.missing_since.is_none() {
                            // Our own write, or a touch: nothing new to show.
                            return;
                        }
                        let before = e.board.clone();
                        e.absorb(analysis);
                        if let (Some(old), Some(new)) = (&before, &e.board) {
                            for id in changed_cards(old, new) {
                                e.highlights.insert(id, until);
                            }
                        }
                    }
                    None => {
                        let e = Entry::from_analysis(path, analysis);
                        self.notify(Msg::BoardAdded(e.id.clone()), false);
                        self.entries.push(e);
                    }
                }
            }
        }
    }

    fn applied(
        &mut self,
        path: &Path,
        origin: Origin,
        result: Result<crate::store::Saved, UpdateError>,
    ) {
        match result {
            Ok(saved) => {
                if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
                    e.fingerprint = saved.fingerprint;
                    e.board = Some(saved.board);
                    e.broken = None;
                    e.missing_since = None;
                    e.problems.clear();
                }
                for a in saved.applied.into_iter().rev() {
                    if let Some(card) = a.change.card()
                        && (origin != Origin::Edit || self.card.is_none())
                    {
                        self.card = Some(card.to_string());
                    }
                    if !a.inverse.undoable() {
                        continue;
                    }
                    let step = Step {
                        path: path.to_path_buf(),
                        op: a.inverse,
                    };
                    match origin {
                        Origin::Edit => self.undo.push(step),
                        Origin::Undo => self.redo.push(step),
                        Origin::Redo => self.undo.push(step),
                    }
                }
                if origin == Origin::Edit {
                    self.redo.clear();
                }
            }
            Err(e) => {
                let msg = Msg::from(e);
                self.notify(msg, true);
            }
        }
        self.fix_selection();
    }

    // ----- keys -----

    fn key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if key.kind == ratatui::crossterm::event::KeyEventKind::Release {
            return Vec::new();
        }
        match &self.mode {
            Mode::Help => {
                self.mode = Mode::Normal;
                if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
                    self.quit = true;
                }
                Vec::new()
            }
            Mode::Edit(_) => self.edit_key(key),
            Mode::Filter => {
                self.filter_key(key);
                Vec::new()
            }
            Mode::Closing => self.closing_key(key),
            Mode::Escalate(_) => self.escalate_key(key),
            Mode::OwnerFilter => {
                self.owner_filter_key(key);
                Vec::new()
            }
            Mode::Attendees(_) => self.attendees_key(key),
            Mode::Normal => match keymap::lookup(self.key_screen(), &key) {
                Some(cmd) => self.command(cmd),
                None => Vec::new(),
            },
        }
    }

    /// Which key table applies now.
    pub fn key_screen(&self) -> Screen {
        if self.screen == Screen::Board && self.panel {
            Screen::Decisions
        } else {
            self.screen
        }
    }

    /// Whether the decisions panel is on screen.
    pub fn panel_visible(&self) -> bool {
        self.screen == Screen::Board && (self.panel || self.running().is_some())
    }

    /// The decisions in the panel, in order: open follow-ups from earlier
    /// meetings (overdue first), then today's decisions, newest first.
    pub fn panel_items(&self) -> Vec<&crate::model::Decision> {
        let Some(board) = self.board() else {
            return Vec::new();
        };
        let mut items = crate::meeting::follow_ups(board, self.today);
        let mut today: Vec<_> = board
            .decisions
            .iter()
            .filter(|d| d.at.at().date_naive() >= self.today)
            .collect();
        today.reverse();
        items.extend(today);
        items
    }

    fn closing_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match key.code {
            KeyCode::Enter => {
                self.mode = Mode::Normal;
                self.big_clock = false;
                match self.entry() {
                    Some(e) if self.running().is_some() => vec![Effect::CloseMeeting {
                        path: e.path.clone(),
                    }],
                    _ => Vec::new(),
                }
            }
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.quit = true;
                Vec::new()
            }
            KeyCode::Esc | KeyCode::Char('q') => {
                self.mode = Mode::Normal;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn attendees_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Mode::Attendees(text) = &mut self.mode else {
            return Vec::new();
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => self.mode = Mode::Normal,
            KeyCode::Char('c') if ctrl => self.quit = true,
            KeyCode::Backspace => {
                text.pop();
            }
            KeyCode::Char(c) if !ctrl => text.push(c),
            KeyCode::Enter => {
                let people = text.split(',').map(str::to_string).collect();
                self.mode = Mode::Normal;
                return self.apply(vec![Op::SetAttendees(people)], Origin::Edit);
            }
            _ => {}
        }
        Vec::new()
    }

    /// The boards a card can be sent up to: every other readable board.
    pub fn other_boards(&self) -> Vec<&Entry> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(i, e)| *i != self.current && e.board.is_some() && !e.read_only())
            .map(|(_, e)| e)
            .collect()
    }

    fn escalate_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Mode::Escalate(sel) = self.mode else {
            return Vec::new();
        };
        let n = self.other_boards().len();
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => self.mode = Mode::Escalate(sel.saturating_sub(1)),
            KeyCode::Down | KeyCode::Char('j') => {
                self.mode = Mode::Escalate((sel + 1).min(n.saturating_sub(1)))
            }
            KeyCode::Esc | KeyCode::Char('q') => self.mode = Mode::Normal,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => self.quit = true,
            KeyCode::Enter => {
                self.mode = Mode::Normal;
                let to = self.other_boards().get(sel).map(|e| e.path.clone());
                if let (Some(to), Some(from), Some(card)) =
                    (to, self.entry().map(|e| e.path.clone()), self.card.clone())
                {
                    return vec![Effect::Escalate { from, card, to }];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn owner_filter_key(&mut self, key: KeyEvent) {
        match key.code {
            KeyCode::Esc => {
                self.owner_filter.clear();
                self.mode = Mode::Normal;
            }
            KeyCode::Enter => self.mode = Mode::Normal,
            KeyCode::Backspace => {
                self.owner_filter.pop();
            }
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => self.quit = true,
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.owner_filter.push(c)
            }
            _ => {}
        }
        self.sort_entries();
    }

    /// The ids of the action-plan rows that can be selected, in order.
    fn plan_ids(&self) -> Vec<String> {
        self.board()
            .map(|b| {
                crate::plan::rows(b, self.today)
                    .iter()
                    .filter_map(|r| r.id().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn fix_plan_row(&mut self, delta: isize) {
        self.plan_row = step_in(&self.plan_ids(), self.plan_row.as_deref(), delta);
    }

    fn step_indicator(&mut self, delta: isize) {
        let ids: Vec<String> = self
            .board()
            .map(|b| b.indicators.iter().map(|i| i.id.clone()).collect())
            .unwrap_or_default();
        self.indicator = step_in(&ids, self.indicator.as_deref(), delta);
    }

    /// Keys on the action plan and the indicators.
    fn view_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        match (self.screen, cmd) {
            (_, Cmd::Quit) => self.quit = true,
            (_, Cmd::Help) => self.mode = Mode::Help,
            (_, Cmd::Back) => self.screen = Screen::Board,
            (_, Cmd::Undo) => return self.undo_redo(Origin::Undo),
            (_, Cmd::Redo) => return self.undo_redo(Origin::Redo),
            (_, Cmd::NextBoard) => {
                self.step_board(1);
                self.fix_plan_row(0);
                self.step_indicator(0);
            }
            (_, Cmd::PrevBoard) => {
                self.step_board(-1);
                self.fix_plan_row(0);
                self.step_indicator(0);
            }
            (_, Cmd::Plan) => {
                self.screen = Screen::Plan;
                self.fix_plan_row(0);
            }
            (_, Cmd::Indicators) => {
                self.screen = Screen::Indicators;
                self.step_indicator(0);
            }
            (Screen::Plan, Cmd::Up) => self.fix_plan_row(-1),
            (Screen::Plan, Cmd::Down) => self.fix_plan_row(1),
            (Screen::Plan, Cmd::CycleLight | Cmd::Edit) => return self.plan_edit(cmd),
            (Screen::Indicators, Cmd::Up) => self.step_indicator(-1),
            (Screen::Indicators, Cmd::Down) => self.step_indicator(1),
            (Screen::Indicators, Cmd::AddValue) => {
                if let Some(ind) = self.indicator.clone()
                    && self.writable()
                {
                    let mut ed = Editor::new(
                        EditKind::Measure { indicator: ind },
                        String::new(),
                        None,
                        Some(self.today),
                    );
                    ed.field = Field::Title;
                    self.mode = Mode::Edit(ed);
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// Space and `e` on the action plan: the same as on the board for a
    /// measure; for a goal, Space cycles the light set by hand (back to derived).
    fn plan_edit(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(id) = self.plan_row.clone() else {
            return Vec::new();
        };
        let Some(board) = self.board() else {
            return Vec::new();
        };
        if let Some(goal) = board.goal(&id).cloned() {
            return match cmd {
                Cmd::CycleLight => {
                    let patch = crate::ops::GoalPatch {
                        light: Some(ops::cycle_light(goal.light)),
                        ..Default::default()
                    };
                    self.apply(vec![Op::SetGoal { id, patch }], Origin::Edit)
                }
                _ => {
                    if self.writable() {
                        self.mode = Mode::Edit(Editor::new(
                            EditKind::Goal { id },
                            goal.title,
                            goal.target,
                            goal.due,
                        ));
                    }
                    Vec::new()
                }
            };
        }
        if let Some(card) = board.card(&id).cloned() {
            self.card = Some(card.id.clone());
            self.column = Some(card.column.clone());
            return match cmd {
                Cmd::CycleLight => self.card_op(Cmd::CycleLight),
                _ => {
                    if self.writable() {
                        self.mode = Mode::Edit(Editor::new(
                            EditKind::Card { id: card.id },
                            card.title,
                            card.owner,
                            card.due,
                        ));
                    }
                    Vec::new()
                }
            };
        }
        Vec::new()
    }

    fn step_decision(&mut self, delta: isize) {
        let ids: Vec<String> = self.panel_items().iter().map(|d| d.id.clone()).collect();
        self.decision = step_in(&ids, self.decision.as_deref(), delta);
    }

    fn selected_decision(&self) -> Option<&crate::model::Decision> {
        let id = self.decision.as_ref()?;
        self.board()?.decisions.iter().find(|d| &d.id == id)
    }

    /// Meeting and decision commands, on the board screen and in the panel.
    fn meeting_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        match cmd {
            Cmd::Meeting => {
                if self.running().is_some() {
                    if let Some(e) = self.entry() {
                        return vec![Effect::ReadLog {
                            path: e.path.clone(),
                        }];
                    }
                    return Vec::new();
                }
                return self.apply(vec![Op::StartMeeting], Origin::Edit);
            }
            Cmd::NextItem | Cmd::PrevItem => {
                let Some(r) = self.running() else {
                    self.notify(Msg::NoMeeting, false);
                    return Vec::new();
                };
                let items = self
                    .board()
                    .and_then(|b| b.meeting.as_ref())
                    .map_or(0, |m| m.agenda.len() as u64);
                if items == 0 {
                    self.notify(Msg::NoAgenda, false);
                    return Vec::new();
                }
                let item = if cmd == Cmd::NextItem {
                    (r.item + 1).min(items - 1)
                } else {
                    r.item.saturating_sub(1)
                };
                if item == r.item {
                    return Vec::new();
                }
                return self.apply(vec![Op::SetAgendaItem { item }], Origin::Edit);
            }
            Cmd::BigClock => self.big_clock = !self.big_clock,
            Cmd::Panel => {
                self.panel = !self.panel;
                if self.panel && self.decision.is_none() {
                    self.step_decision(0);
                }
            }
            Cmd::Attendees => match self.running() {
                Some(r) => {
                    let text = r.attendees.join(", ");
                    if self.writable() {
                        self.mode = Mode::Attendees(text);
                    }
                }
                None => self.notify(Msg::NoMeeting, false),
            },
            Cmd::Decide => {
                let card = if self.panel { None } else { self.card.clone() };
                if self.writable() {
                    self.mode = Mode::Edit(Editor::new(
                        EditKind::NewDecision { card },
                        String::new(),
                        None,
                        None,
                    ));
                }
            }
            Cmd::Done => {
                if let Some(d) = self.selected_decision() {
                    let op = Op::SetDecisionDone {
                        id: d.id.clone(),
                        done: !d.done,
                    };
                    return self.apply(vec![op], Origin::Edit);
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn command(&mut self, cmd: Cmd) -> Vec<Effect> {
        if self.key_screen() == Screen::Decisions {
            match cmd {
                Cmd::Up => self.step_decision(-1),
                Cmd::Down => self.step_decision(1),
                Cmd::Back => self.panel = false,
                Cmd::Edit => {
                    if let Some(d) = self.selected_decision().cloned()
                        && self.writable()
                    {
                        self.mode = Mode::Edit(Editor::new(
                            EditKind::Decision { id: d.id },
                            d.text,
                            d.owner,
                            d.due,
                        ));
                    }
                }
                Cmd::Undo => return self.undo_redo(Origin::Undo),
                Cmd::Redo => return self.undo_redo(Origin::Redo),
                Cmd::Help => self.mode = Mode::Help,
                Cmd::Quit => self.quit = true,
                other => return self.meeting_command(other),
            }
            return Vec::new();
        }
        if matches!(self.screen, Screen::Plan | Screen::Indicators) {
            return self.view_command(cmd);
        }
        match (self.screen, cmd) {
            (_, Cmd::Quit) => self.quit = true,
            (Screen::Overview, Cmd::Filter) => self.mode = Mode::OwnerFilter,
            (Screen::Board, Cmd::Plan) => {
                self.screen = Screen::Plan;
                self.fix_plan_row(0);
            }
            (Screen::Board, Cmd::Indicators) => {
                self.screen = Screen::Indicators;
                self.step_indicator(0);
            }
            (Screen::Board, Cmd::Escalate) => {
                if let Some(card) = self.selected_card() {
                    if let Some(to) = &card.escalated_to {
                        self.notify(Msg::AlreadyEscalated(to.board.clone()), false);
                    } else if self.other_boards().is_empty() {
                        self.notify(Msg::NoOtherBoard, false);
                    } else if self.writable() {
                        self.mode = Mode::Escalate(0);
                    }
                }
            }
            (_, Cmd::Help) => self.mode = Mode::Help,
            (_, Cmd::NextBoard) => self.step_board(1),
            (_, Cmd::PrevBoard) => self.step_board(-1),
            (Screen::Overview, Cmd::Up) => self.step_board(-1),
            (Screen::Overview, Cmd::Down) => self.step_board(1),
            (Screen::Overview, Cmd::Open) if self.entry().is_some() => {
                self.screen = Screen::Board;
                self.column = None;
                self.card = None;
                self.fix_selection();
            }
            (Screen::Board, Cmd::Back) => {
                if !self.filter.is_empty() {
                    self.filter.clear();
                    self.fix_selection();
                } else {
                    self.screen = Screen::Overview;
                }
            }
            (Screen::Board, Cmd::Up) => self.step_card(-1),
            (Screen::Board, Cmd::Down) => self.step_card(1),
            (Screen::Board, Cmd::Left) => self.step_column(-1),
            (Screen::Board, Cmd::Right) => self.step_column(1),
            (Screen::Board, Cmd::Filter) => self.mode = Mode::Filter,
            (Screen::Board, Cmd::ShowArchived) => {
                self.show_archived = !self.show_archived;
                self.notify(
                    if self.show_archived {
                        Msg::ShowingArchived
                    } else {
                        Msg::HidingArchived
                    },
                    false,
                );
                self.fix_selection();
            }
            (Screen::Board, Cmd::Undo) => return self.undo_redo(Origin::Undo),
            (Screen::Board, Cmd::Redo) => return self.undo_redo(Origin::Redo),
            (Screen::Board, Cmd::New) => {
                if let Some(column) = self.column.clone()
                    && self.writable()
                {
                    self.mode = Mode::Edit(Editor::new(
                        EditKind::NewCard { column },
                        String::new(),
                        None,
                        None,
                    ));
                }
            }
            (Screen::Board, Cmd::Edit) => {
                if let Some(card) = self.selected_card().cloned()
                    && self.writable()
                {
                    self.mode = Mode::Edit(Editor::new(
                        EditKind::Card { id: card.id },
                        card.title,
                        card.owner,
                        card.due,
                    ));
                }
            }
            (
                Screen::Board,
                Cmd::Meeting
                | Cmd::NextItem
                | Cmd::PrevItem
                | Cmd::BigClock
                | Cmd::Decide
                | Cmd::Panel
                | Cmd::Attendees,
            ) => return self.meeting_command(cmd),
            (Screen::Board, cmd) => return self.card_op(cmd),
            _ => {}
        }
        Vec::new()
    }

    /// Whether the current board may be written; says why not on screen.
    fn writable(&mut self) -> bool {
        let Some(e) = self.entry() else {
            return false;
        };
        let why = if let Some(p) = &e.broken {
            Some(Msg::FileBroken(p.line, p.col))
        } else if let Some(v) = e
            .board
            .as_ref()
            .map(|b| b.tavle)
            .filter(|v| *v > FORMAT_VERSION)
        {
            Some(Msg::NewerFormat(v))
        } else if e.missing_since.is_some() {
            Some(Msg::BoardMissing)
        } else {
            None
        };
        match why {
            Some(msg) => {
                self.notify(msg, true);
                false
            }
            None => true,
        }
    }

    pub fn selected_card(&self) -> Option<&Card> {
        let id = self.card.as_ref()?;
        self.board()?.card(id)
    }

    fn step_board(&mut self, delta: isize) {
        let n = self.entries.len();
        if n == 0 {
            return;
        }
        self.current = (self.current as isize + delta).rem_euclid(n as isize) as usize;
        self.column = None;
        self.card = None;
        self.fix_selection();
    }

    fn step_column(&mut self, delta: isize) {
        let Some(board) = self.board() else {
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

    fn step_card(&mut self, delta: isize) {
        let Some(board) = self.board() else {
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

    fn apply(&mut self, ops: Vec<Op>, origin: Origin) -> Vec<Effect> {
        let Some(e) = self.entry() else {
            return Vec::new();
        };
        let path = e.path.clone();
        if !self.writable() {
            return Vec::new();
        }
        vec![Effect::Apply { path, ops, origin }]
    }

    /// Commands that change the selected card.
    fn card_op(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(board) = self.board() else {
            return Vec::new();
        };
        let Some(card) = self.selected_card() else {
            return Vec::new();
        };
        let id = card.id.clone();
        let col_index = board.columns.iter().position(|c| c.id == card.column);
        let siblings: Vec<String> = self
            .column_cards(board, &card.column)
            .iter()
            .map(|c| c.id.clone())
            .collect();
        let pos = siblings.iter().position(|c| c == &id).unwrap_or(0);
        let op = match cmd {
            Cmd::CycleLight => Op::SetCard {
                id,
                patch: CardPatch {
                    light: Some(ops::cycle_light(card.light)),
                    ..CardPatch::default()
                },
            },
            Cmd::Archive => Op::SetCard {
                id,
                patch: CardPatch {
                    archived: Some(!card.archived),
                    ..CardPatch::default()
                },
            },
            Cmd::MoveLeft | Cmd::MoveRight => {
                let Some(ci) = col_index else {
                    return Vec::new();
                };
                let cj = if cmd == Cmd::MoveLeft {
                    ci.checked_sub(1)
                } else {
                    Some(ci + 1)
                };
                let Some(target) = cj.and_then(|j| board.columns.get(j)) else {
                    return Vec::new();
                };
                let column = target.id.clone();
                self.column = Some(column.clone());
                Op::MoveCard {
                    id,
                    column,
                    before: None,
                }
            }
            Cmd::MoveUp => {
                if pos == 0 {
                    return Vec::new();
                }
                Op::MoveCard {
                    id,
                    column: card.column.clone(),
                    before: Some(siblings[pos - 1].clone()),
                }
            }
            Cmd::MoveDown => {
                if pos + 1 >= siblings.len() {
                    return Vec::new();
                }
                Op::MoveCard {
                    id,
                    column: card.column.clone(),
                    before: siblings.get(pos + 2).cloned(),
                }
            }
            _ => return Vec::new(),
        };
        self.apply(vec![op], Origin::Edit)
    }

    fn undo_redo(&mut self, origin: Origin) -> Vec<Effect> {
        let stack = if origin == Origin::Undo {
            &mut self.undo
        } else {
            &mut self.redo
        };
        let Some(step) = stack.pop() else {
            self.notify(
                if origin == Origin::Undo {
                    Msg::NothingToUndo
                } else {
                    Msg::NothingToRedo
                },
                false,
            );
            return Vec::new();
        };
        // Undo may concern another board than the one shown: go there.
        if let Some(i) = self.entries.iter().position(|e| e.path == step.path)
            && i != self.current
        {
            self.current = i;
            self.column = None;
        }
        if let Op::MoveCard { id, column, .. } = &step.op {
            self.column = Some(column.clone());
            self.card = Some(id.clone());
        }
        vec![Effect::Apply {
            path: step.path,
            ops: vec![step.op],
            origin,
        }]
    }

    fn filter_key(&mut self, key: KeyEvent) {
        match key.code {
            KeyCode::Esc => {
                self.filter.clear();
                self.mode = Mode::Normal;
            }
            KeyCode::Enter => self.mode = Mode::Normal,
            KeyCode::Backspace => {
                self.filter.pop();
            }
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => self.quit = true,
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.filter.push(c)
            }
            _ => {}
        }
        self.fix_selection();
    }

    fn edit_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Mode::Edit(ed) = &mut self.mode else {
            return Vec::new();
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => self.mode = Mode::Normal,
            KeyCode::Char('c') if ctrl => self.quit = true,
            KeyCode::Tab | KeyCode::Down => {
                ed.field = match ed.field {
                    Field::Title => Field::Owner,
                    Field::Owner => Field::Due,
                    Field::Due => Field::Title,
                };
                // A measurement has no owner line.
                if ed.field == Field::Owner && matches!(ed.kind, EditKind::Measure { .. }) {
                    ed.field = Field::Due;
                }
            }
            KeyCode::BackTab | KeyCode::Up => {
                ed.field = match ed.field {
                    Field::Title => Field::Due,
                    Field::Owner => Field::Title,
                    Field::Due => Field::Owner,
                };
                if ed.field == Field::Owner && matches!(ed.kind, EditKind::Measure { .. }) {
                    ed.field = Field::Title;
                }
            }
            KeyCode::Backspace => {
                ed.text_mut().pop();
                ed.error = None;
            }
            KeyCode::Char('u') if ctrl => ed.text_mut().clear(),
            KeyCode::Char(c) if !ctrl => {
                ed.text_mut().push(c);
                ed.error = None;
            }
            KeyCode::Enter => return self.save_editor(),
            _ => {}
        }
        Vec::new()
    }

    fn save_editor(&mut self) -> Vec<Effect> {
        let Mode::Edit(mut ed) = std::mem::replace(&mut self.mode, Mode::Normal) else {
            return Vec::new();
        };
        if ed.title.trim().is_empty() {
            ed.error = Some(Msg::EmptyTitle);
            ed.field = Field::Title;
            self.mode = Mode::Edit(ed);
            return Vec::new();
        }
        let due = if ed.due.trim().is_empty() {
            None
        } else {
            match crate::dates::parse_due(&ed.due, self.today) {
                Ok(d) => Some(d),
                Err(_) => {
                    ed.error = Some(Msg::BadDue(ed.due.clone()));
                    ed.field = Field::Due;
                    self.mode = Mode::Edit(ed);
                    return Vec::new();
                }
            }
        };
        let owner = Some(ed.owner.trim().to_string()).filter(|o| !o.is_empty());
        let title = ed.title.trim().to_string();
        let op = match &ed.kind {
            EditKind::NewCard { column } => Op::AddCard(NewCard {
                title,
                column: column.clone(),
                owner,
                due,
                light: None,
            }),
            EditKind::Card { id } => {
                let Some(card) = self.board().and_then(|b| b.card(id)) else {
                    self.notify(Msg::CardGone(id.clone()), true);
                    return Vec::new();
                };
                let patch = CardPatch {
                    title: (card.title != title).then_some(title),
                    owner: (card.owner != owner).then_some(owner),
                    due: (card.due != due).then_some(due),
                    ..CardPatch::default()
                };
                if patch.is_empty() {
                    return Vec::new();
                }
                Op::SetCard {
                    id: id.clone(),
                    patch,
                }
            }
            EditKind::Goal { id } => {
                let Some(g) = self.board().and_then(|b| b.goal(id)) else {
                    self.notify(Msg::GoalGone(id.clone()), true);
                    return Vec::new();
                };
                let patch = crate::ops::GoalPatch {
                    title: (g.title != title).then_some(title),
                    target: (g.target != owner).then_some(owner),
                    due: (g.due != due).then_some(due),
                    light: None,
                };
                if patch == crate::ops::GoalPatch::default() {
                    return Vec::new();
                }
                Op::SetGoal {
                    id: id.clone(),
                    patch,
                }
            }
            EditKind::Measure { indicator } => {
                let Some(value) = parse_value(&title) else {
                    ed.error = Some(Msg::BadValue(title));
                    ed.field = Field::Title;
                    self.mode = Mode::Edit(ed);
                    return Vec::new();
                };
                Op::Measure {
                    indicator: indicator.clone(),
                    date: due.unwrap_or(self.today),
                    value,
                }
            }
            EditKind::NewDecision { card } => Op::AddDecision(crate::ops::NewDecision {
                text: title,
                owner,
                due,
                card: card.clone(),
            }),
            EditKind::Decision { id } => {
                let Some(d) = self
                    .board()
                    .and_then(|b| b.decisions.iter().find(|d| &d.id == id))
                else {
                    self.notify(Msg::DecisionGone(id.clone()), true);
                    return Vec::new();
                };
                if d.text == title && d.owner == owner && d.due == due {
                    return Vec::new();
                }
                Op::CorrectDecision {
                    id: id.clone(),
                    text: title,
                    owner,
                    due,
                }
            }
        };
        if matches!(ed.kind, EditKind::NewCard { .. }) {
            // The new card's id is known once it is saved; select it then.
            self.card = None;
        }
        self.apply(vec![op], Origin::Edit)
    }
}

/// Ids of cards that differ between two versions of a board (new or changed).
pub fn changed_cards(old: &Board, new: &Board) -> Vec<String> {
    new.cards
        .iter()
        .filter(|c| old.card(&c.id) != Some(*c))
        .map(|c| c.id.clone())
        .collect()
}

/// A number as people type it: `6,2` or `6.2`, with spaces, an optional `%`.
pub fn parse_value(s: &str) -> Option<f64> {
    let t: String = s
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The id `delta` steps from `current` in `ids` (clamped at the ends); the
/// first id when `current` is not in the list; `None` for an empty list.
fn step_in(ids: &[String], current: Option<&str>, delta: isize) -> Option<String> {
    let i = current
        .and_then(|id| ids.iter().position(|x| x == id))
        .map_or(0, |i| {
            (i as isize + delta).clamp(0, ids.len() as isize - 1) as usize
        });
    ids.get(i).cloned()
}

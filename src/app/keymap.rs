//! Keys as data: what a key asks for ([`Cmd`]), a key table row ([`Binding`])
//! and looking a key up in a table. Each screen keeps its own table beside its
//! update function; the `?` overlay and the hint bar are generated from those
//! tables, so they cannot disagree with what the keys do. No state here.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tavle_core::layout::PanelKind;

/// What a key asks for, before the app decides what it means in context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cmd {
    Up,
    Down,
    Left,
    Right,
    Open,
    MoveLeft,
    MoveRight,
    MoveUp,
    MoveDown,
    CycleLight,
    New,
    Edit,
    Archive,
    ShowArchived,
    Undo,
    Redo,
    Filter,
    NextBoard,
    PrevBoard,
    Help,
    Back,
    Quit,
    Meeting,
    NextItem,
    PrevItem,
    BigClock,
    Decide,
    Panel,
    Attendees,
    Done,
    Plan,
    Indicators,
    Escalate,
    AddValue,
    /// Open the selected card's detail screen.
    Details,
    LightGreen,
    LightYellow,
    LightRed,
    LightNone,
    /// Conflict copies: open the merge, choose a side, merge, skip a copy.
    Sync(SyncCmd),
    /// The meeting screen: preparing the meeting and ticking who is present.
    Prep(PrepCmd),
    /// A new column after the selected one.
    NewColumn,
    /// Rename the selected column or change its WIP limit.
    EditColumn,
    /// Move the selected column one place left or right.
    ColumnLeft,
    ColumnRight,
    /// Go to the card at the other end of the selected card's link (the
    /// copy sent up first), on its board.
    FollowLink,
    /// Go to the card the selected card was sent up from.
    FollowOrigin,
    /// Back to where the last jump along a link came from.
    JumpBack,
    /// The first, the last, a page up and a page down in a long list.
    First,
    Last,
    PageUp,
    PageDown,
    /// Scroll the panel beside a list (the owner's responsibilities).
    PanelUp,
    PanelDown,
    /// What changed since a day, on every board: `s` on the overview opens it.
    Since(SinceCmd),
    /// A new board from a template (the overview).
    NewBoard,
    /// The routines screen (`R` on the board).
    Routines,
    /// The A3 of the selected card (`A` on the board).
    A3,
    /// `+` on an improvement board: take in an idea (source, date, text).
    Intake,
    /// The priority matrix (`P`) and its keys.
    Matrix(MatrixCmd),
    /// The PDSA card's keys on the card screen.
    Pdsa(PdsaCmd),
    /// The routines screen's own keys.
    Routine(RoutineCmd),
    /// The measurement round: `r` on the overview and its own keys.
    Round(RoundCmd),
    /// Give the keyboard to one panel of the board screen (`s` staffing,
    /// `r` risks, `v` the measures, `f` deadlines, `I` goals).
    Focus(PanelKind),
    /// The operations panels' own keys (`app::operations`).
    Ops(OpsCmd),
    /// The next colour theme (`T`, everywhere).
    Theme,
    /// The selected card in large letters across the screen (`z`).
    Zoom,
    /// Close the zoomed card.
    CloseZoom,
    /// The board's name and the meeting clock in large letters (`Z`).
    BigHeader,
    /// The wallboard's keys (`app::wall`).
    Wall(WallCmd),
}

/// The keys of the wallboard (`tavle --wall`): all it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WallCmd {
    /// Stop where it is, or go on.
    Pause,
    /// The next stop now (and stay there), or the one before.
    Next,
    Prev,
    Quit,
}

/// The keys of the operations board's panels: staffing, risks and
/// deviations, deadlines and the annual wheel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OpsCmd {
    /// Staffing: one more present on the selected shift.
    MorePresent,
    /// Staffing: one fewer present (a sick call).
    FewerPresent,
    /// Staffing: type how many are present.
    SetPresent,
    /// Staffing: type how many are planned.
    SetPlanned,
    /// Staffing: add a shift of the board's own.
    AddShift,
    /// Staffing: take the selected shift out.
    RemoveShift,
    /// Risks: register a new risk.
    NewRisk,
    /// Deviations: register a new deviation.
    NewDeviation,
    /// Risks and deviations: go from the risks to the deviations and back.
    OtherList,
    /// Change the selected risk, deviation or wheel event.
    EditItem,
    /// Take out the selected risk, deviation or wheel event (asked first).
    RemoveItem,
    /// Make a measure card of the selected risk, deviation or wheel event.
    MakeMeasure,
    /// Deadlines: a new event in the annual wheel.
    NewEvent,
    /// Deadlines: show the annual wheel as a strip of weeks, or as a ring.
    WheelView,
}

impl OpsCmd {
    fn id(self) -> &'static str {
        match self {
            OpsCmd::MorePresent => "ops-more-present",
            OpsCmd::FewerPresent => "ops-fewer-present",
            OpsCmd::SetPresent => "ops-set-present",
            OpsCmd::SetPlanned => "ops-set-planned",
            OpsCmd::AddShift => "ops-add-shift",
            OpsCmd::RemoveShift => "ops-remove-shift",
            OpsCmd::NewRisk => "ops-new-risk",
            OpsCmd::NewDeviation => "ops-new-deviation",
            OpsCmd::OtherList => "ops-other-list",
            OpsCmd::EditItem => "ops-edit-item",
            OpsCmd::RemoveItem => "ops-remove-item",
            OpsCmd::MakeMeasure => "ops-make-measure",
            OpsCmd::NewEvent => "ops-new-event",
            OpsCmd::WheelView => "ops-wheel-view",
        }
    }
}

/// The keys of the measurement round (`app::round`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoundCmd {
    /// Open the round (the overview).
    Open,
    /// Record the value typed and go to the next.
    Save,
    /// Go to the next indicator without recording anything.
    Skip,
}

/// The keys of the routines screen: `R` on the board opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoutineCmd {
    /// A new routine.
    New,
    /// Change the selected routine.
    Edit,
    /// Remove the selected routine (asked first).
    Remove,
    /// The selected routine was revised today: the next revision a year on.
    Revised,
    /// Write the selected routine as Markdown to the folder.
    Write,
}

impl Cmd {
    /// The command's stable name, `move-left`: the catalogue words a command
    /// by it (`cmd-help-move-left`) without importing the app.
    pub fn id(self) -> &'static str {
        match self {
            Cmd::Up => "up",
            Cmd::Down => "down",
            Cmd::Left => "left",
            Cmd::Right => "right",
            Cmd::Open => "open",
            Cmd::MoveLeft => "move-left",
            Cmd::MoveRight => "move-right",
            Cmd::MoveUp => "move-up",
            Cmd::MoveDown => "move-down",
            Cmd::CycleLight => "cycle-light",
            Cmd::New => "new",
            Cmd::Edit => "edit",
            Cmd::Archive => "archive",
            Cmd::ShowArchived => "show-archived",
            Cmd::Undo => "undo",
            Cmd::Redo => "redo",
            Cmd::Filter => "filter",
            Cmd::NextBoard => "next-board",
            Cmd::PrevBoard => "prev-board",
            Cmd::Help => "help",
            Cmd::Back => "back",
            Cmd::Quit => "quit",
            Cmd::Meeting => "meeting",
            Cmd::NextItem => "next-item",
            Cmd::PrevItem => "prev-item",
            Cmd::BigClock => "big-clock",
            Cmd::Decide => "decide",
            Cmd::Panel => "panel",
            Cmd::Attendees => "attendees",
            Cmd::Done => "done",
            Cmd::Plan => "plan",
            Cmd::Indicators => "indicators",
            Cmd::Escalate => "escalate",
            Cmd::AddValue => "add-value",
            Cmd::Details => "details",
            Cmd::LightGreen => "light-green",
            Cmd::LightYellow => "light-yellow",
            Cmd::LightRed => "light-red",
            Cmd::LightNone => "light-none",
            Cmd::Sync(SyncCmd::Open) => "sync-open",
            Cmd::Sync(SyncCmd::TakeBoard) => "sync-board",
            Cmd::Sync(SyncCmd::TakeCopy) => "sync-copy",
            Cmd::Sync(SyncCmd::Merge) => "sync-merge",
            Cmd::Sync(SyncCmd::Skip) => "sync-skip",
            Cmd::Prep(PrepCmd::Open) => "prep-open",
            Cmd::Prep(PrepCmd::Goal) => "prep-goal",
            Cmd::Prep(PrepCmd::Length) => "prep-length",
            Cmd::Prep(PrepCmd::AddItem) => "prep-add-item",
            Cmd::Prep(PrepCmd::RemoveItem) => "prep-remove-item",
            Cmd::Prep(PrepCmd::TimeBox) => "prep-time-box",
            Cmd::Prep(PrepCmd::Tick) => "prep-tick",
            Cmd::Prep(PrepCmd::Guest) => "prep-guest",
            Cmd::Prep(PrepCmd::Since) => "prep-since",
            Cmd::Prep(PrepCmd::Minutes) => "prep-minutes",
            Cmd::Prep(PrepCmd::Edit) => "prep-edit",
            Cmd::Prep(PrepCmd::ItemUp) => "prep-item-up",
            Cmd::Prep(PrepCmd::ItemDown) => "prep-item-down",
            Cmd::NewColumn => "new-column",
            Cmd::EditColumn => "edit-column",
            Cmd::ColumnLeft => "column-left",
            Cmd::ColumnRight => "column-right",
            Cmd::Sync(SyncCmd::PageDown) => "sync-page-down",
            Cmd::Sync(SyncCmd::PageUp) => "sync-page-up",
            Cmd::FollowLink => "follow-link",
            Cmd::FollowOrigin => "follow-origin",
            Cmd::JumpBack => "jump-back",
            Cmd::First => "first",
            Cmd::Last => "last",
            Cmd::PageUp => "page-up",
            Cmd::PageDown => "page-down",
            Cmd::PanelUp => "panel-up",
            Cmd::PanelDown => "panel-down",
            Cmd::NewBoard => "new-board",
            Cmd::Since(SinceCmd::Open) => "since-open",
            Cmd::Since(SinceCmd::Date) => "since-date",
            Cmd::Since(SinceCmd::PageDown) => "since-page-down",
            Cmd::Since(SinceCmd::PageUp) => "since-page-up",
            Cmd::Routines => "routines",
            Cmd::A3 => "a3",
            Cmd::Routine(RoutineCmd::New) => "routine-new",
            Cmd::Routine(RoutineCmd::Edit) => "routine-edit",
            Cmd::Routine(RoutineCmd::Remove) => "routine-remove",
            Cmd::Routine(RoutineCmd::Revised) => "routine-revised",
            Cmd::Routine(RoutineCmd::Write) => "routine-write",
            Cmd::Intake => "intake",
            Cmd::Matrix(m) => m.id(),
            Cmd::Pdsa(PdsaCmd::NewCycle) => "pdsa-new",
            Cmd::Pdsa(PdsaCmd::EditCycle) => "pdsa-edit",
            Cmd::Pdsa(PdsaCmd::Evaluate) => "pdsa-evaluate",
            Cmd::Pdsa(PdsaCmd::Indicator) => "pdsa-indicator",
            Cmd::Pdsa(PdsaCmd::Benefit) => "pdsa-benefit",
            Cmd::Round(RoundCmd::Open) => "round-open",
            Cmd::Round(RoundCmd::Save) => "round-save",
            Cmd::Round(RoundCmd::Skip) => "round-skip",
            Cmd::Focus(PanelKind::Goals) => "focus-goals",
            Cmd::Focus(PanelKind::Staffing) => "focus-staffing",
            Cmd::Focus(PanelKind::Risks) => "focus-risks",
            Cmd::Focus(PanelKind::Measures) => "focus-measures",
            Cmd::Focus(PanelKind::Deadlines) => "focus-deadlines",
            Cmd::Ops(o) => o.id(),
            Cmd::Wall(WallCmd::Pause) => "wall-pause",
            Cmd::Wall(WallCmd::Next) => "wall-next",
            Cmd::Wall(WallCmd::Prev) => "wall-prev",
            Cmd::Wall(WallCmd::Quit) => "wall-quit",
            Cmd::Theme => "theme",
            Cmd::Zoom => "zoom",
            Cmd::CloseZoom => "zoom-close",
            Cmd::BigHeader => "big-header",
        }
    }
}

/// The keys of conflict copies: `c` on the board, the rest on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncCmd {
    /// Open the merge of the board's copies.
    Open,
    /// Keep the board's value in the selected conflict.
    TakeBoard,
    /// Take the copy's value in the selected conflict.
    TakeCopy,
    /// Merge this copy (every conflict chosen).
    Merge,
    /// Leave this copy for now and go to the next.
    Skip,
    /// Scroll the selected conflict's values down.
    PageDown,
    /// Scroll them up.
    PageUp,
}

/// The keys of the priority matrix (`app::matrix`): `P` on the board opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatrixCmd {
    /// Open the matrix.
    Open,
    /// Put the selected idea in the cell of this digit, laid out like a
    /// numpad (7 8 9 high effect … 1 2 3 low; left low effort).
    Place(u8),
    /// Take the selected idea out of the grid.
    Unplace,
    /// Move the selected idea one cell up (more effect) or down (less).
    MoreEffect,
    LessEffect,
    /// Move the selected idea one cell left (less effort) or right (more).
    LessEffort,
    MoreEffort,
}

impl MatrixCmd {
    fn id(self) -> &'static str {
        match self {
            MatrixCmd::Open => "matrix-open",
            MatrixCmd::Place(_) => "matrix-place",
            MatrixCmd::Unplace => "matrix-unplace",
            MatrixCmd::MoreEffect => "matrix-more-effect",
            MatrixCmd::LessEffect => "matrix-less-effect",
            MatrixCmd::LessEffort => "matrix-less-effort",
            MatrixCmd::MoreEffort => "matrix-more-effort",
        }
    }
}

/// The PDSA card's keys on the card detail screen (`app::pdsa`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PdsaCmd {
    /// Start a new PDSA cycle.
    NewCycle,
    /// Fill in the latest cycle.
    EditCycle,
    /// Answer the evaluation questions.
    Evaluate,
    /// Link the card to one of the board's indicators, or unlink it.
    Indicator,
    /// The kind of benefit and the benefit plan.
    Benefit,
}

/// The keys of the view of what changed since a day (`app::changes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SinceCmd {
    /// Open the view from the overview.
    Open,
    /// Choose another day.
    Date,
    /// Scroll a page down.
    PageDown,
    /// Scroll a page up.
    PageUp,
}

/// The keys of the meeting screen: `M` on the board opens it, the rest are its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrepCmd {
    /// Open the meeting screen.
    Open,
    /// Set or change the meeting's goal.
    Goal,
    /// Set or change the meeting's length.
    Length,
    /// Add an agenda item.
    AddItem,
    /// Remove the selected agenda item.
    RemoveItem,
    /// Give the selected agenda item its own time box.
    TimeBox,
    /// Tick the selected person present, or untick.
    Tick,
    /// Tick a guest present (a name typed in).
    Guest,
    /// Show what changed since the previous meeting.
    Since,
    /// Show the previous meeting's minutes.
    Minutes,
    /// Change the selected line (goal, length, item) or tick the selected person.
    Edit,
    /// Move the selected agenda item up.
    ItemUp,
    /// Move the selected agenda item down.
    ItemDown,
}

/// One key, shown as `label` in help and hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub label: &'static str,
}

pub const fn key(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
        label,
    }
}

pub const fn shift(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        mods: KeyModifiers::SHIFT,
        label,
    }
}

pub const fn ctrl(c: char, label: &'static str) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
        label,
    }
}

pub const fn ch(c: char, label: &'static str) -> Key {
    key(KeyCode::Char(c), label)
}

/// A row of a key table: the keys, the command, and whether the hint bar shows it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub cmd: Cmd,
    pub hint: bool,
}

pub const fn bind(keys: &'static [Key], cmd: Cmd, hint: bool) -> Binding {
    Binding { keys, cmd, hint }
}

/// The left/right pair is one row in the table (for help) but two
/// commands; so are the matrix's digits, one row and a cell each.
fn refine(cmd: Cmd, code: KeyCode) -> Cmd {
    match (cmd, code) {
        (Cmd::Left, KeyCode::Right | KeyCode::Char('l')) => Cmd::Right,
        (Cmd::Wall(WallCmd::Next), KeyCode::Left) => Cmd::Wall(WallCmd::Prev),
        (Cmd::Matrix(MatrixCmd::Place(_)), KeyCode::Char(c @ '1'..='9')) => {
            Cmd::Matrix(MatrixCmd::Place(c as u8 - b'0'))
        }
        _ => cmd,
    }
}

/// Letters carry their case themselves: `K` arrives as Shift+k on some
/// terminals and as plain `K` on others, so Shift is ignored for characters.
fn normalize(code: KeyCode, mods: KeyModifiers) -> KeyModifiers {
    match code {
        KeyCode::Char(_) | KeyCode::BackTab => mods - KeyModifiers::SHIFT,
        _ => mods,
    }
}

/// The command a key press means in `table`, if any.
pub fn lookup(table: &[Binding], ev: &KeyEvent) -> Option<Cmd> {
    let mods = normalize(ev.code, ev.modifiers) & (KeyModifiers::SHIFT | KeyModifiers::CONTROL);
    table.iter().find_map(|b| {
        b.keys
            .iter()
            .any(|k| k.code == ev.code && normalize(k.code, k.mods) == mods)
            .then(|| refine(b.cmd, ev.code))
    })
}

/// The keys of a table that share a key with another row: empty when every
/// key means one thing. Screens' tests call it on their tables.
pub fn clashes(table: &[Binding]) -> Vec<(KeyCode, Cmd, Cmd)> {
    let keys: Vec<(KeyCode, KeyModifiers, Cmd)> = table
        .iter()
        .flat_map(|b| {
            b.keys
                .iter()
                .map(move |k| (k.code, normalize(k.code, k.mods), b.cmd))
        })
        .collect();
    let mut out = Vec::new();
    for (i, a) in keys.iter().enumerate() {
        for b in &keys[i + 1..] {
            if (a.0, a.1) == (b.0, b.1) {
                out.push((a.0, a.2, b.2));
            }
        }
    }
    out
}

/// The label of a binding's keys, as the overlay and hint bar show them.
pub fn labels(b: &Binding, sep: &str) -> String {
    b.keys.iter().map(|k| k.label).collect::<Vec<_>>().join(sep)
}

/// The shortest label of a binding's keys (the first of equal ones): what
/// the hint bar shows when the screen is narrow.
pub fn short_label(b: &Binding) -> &'static str {
    b.keys
        .iter()
        .map(|k| k.label)
        .min_by_key(|l| l.chars().count())
        .unwrap_or("")
}

/// One key of the hint bar: a table row, and the stable id of the word the
/// hint bar shows for it (`Cmd::id` unless the screen says otherwise).
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub binding: &'static Binding,
    pub word: &'static str,
}

/// The rows of `table` marked `hint`, in table order.
pub fn hints(table: &'static [Binding]) -> Vec<Hint> {
    table
        .iter()
        .filter(|b| b.hint)
        .map(|b| Hint {
            binding: b,
            word: b.cmd.id(),
        })
        .collect()
}

/// The row of `table` for `cmd`.
pub fn row(table: &'static [Binding], cmd: Cmd) -> Option<&'static Binding> {
    table.iter().find(|b| b.cmd == cmd)
}

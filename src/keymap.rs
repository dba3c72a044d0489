//! One key table per screen. The `?` overlay and the hint bar are generated
//! from these tables, so they cannot disagree with what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
}

/// One key, shown as `label` in help and hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub label: &'static str,
}

const fn key(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
        label,
    }
}

const fn shift(code: KeyCode, label: &'static str) -> Key {
    Key {
        code,
        mods: KeyModifiers::SHIFT,
        label,
    }
}

const fn ctrl(c: char, label: &'static str) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
        label,
    }
}

const fn ch(c: char, label: &'static str) -> Key {
    key(KeyCode::Char(c), label)
}

/// A row of a key table: the keys, the command, and whether the hint bar shows it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub cmd: Cmd,
    pub hint: bool,
}

const fn bind(keys: &'static [Key], cmd: Cmd, hint: bool) -> Binding {
    Binding { keys, cmd, hint }
}

/// The screens with their own key tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Board,
    /// The decisions panel of a board has the keyboard.
    Decisions,
    /// The action plan of a board: goals, sub-goals, measures.
    Plan,
    /// The indicators of a board with run charts.
    Indicators,
}

pub const OVERVIEW: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(
        &[
            key(KeyCode::Enter, "Enter"),
            key(KeyCode::Right, "→"),
            ch('l', "l"),
        ],
        Cmd::Open,
        true,
    ),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::NextBoard, true),
    bind(&[key(KeyCode::BackTab, "Shift+Tab")], Cmd::PrevBoard, false),
    bind(&[ch('/', "/")], Cmd::Filter, true),
    bind(&[ch('q', "q"), ctrl('c', "Ctrl+C")], Cmd::Quit, true),
];

pub const BOARD: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
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
    bind(&[ch(' ', "Space")], Cmd::CycleLight, true),
    bind(&[ch('n', "n")], Cmd::New, true),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('x', "x")], Cmd::Archive, true),
    bind(&[ch('a', "a")], Cmd::ShowArchived, false),
    bind(&[ch('m', "m")], Cmd::Meeting, true),
    bind(&[ch(']', "]")], Cmd::NextItem, false),
    bind(&[ch('[', "[")], Cmd::PrevItem, false),
    bind(&[ch('t', "t")], Cmd::BigClock, false),
    bind(&[ch('d', "d")], Cmd::Decide, true),
    bind(&[ch('b', "b")], Cmd::Panel, false),
    bind(&[ch('A', "A")], Cmd::Attendees, false),
    bind(&[ch('p', "p")], Cmd::Plan, true),
    bind(&[ch('i', "i")], Cmd::Indicators, true),
    bind(&[ch('E', "E")], Cmd::Escalate, false),
    bind(&[ch('u', "u")], Cmd::Undo, true),
    bind(&[ctrl('r', "Ctrl+R")], Cmd::Redo, false),
    bind(&[ch('/', "/")], Cmd::Filter, true),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::NextBoard, false),
    bind(&[key(KeyCode::BackTab, "Shift+Tab")], Cmd::PrevBoard, false),
    bind(&[ch('q', "q"), key(KeyCode::Esc, "Esc")], Cmd::Back, true),
    bind(&[ctrl('c', "Ctrl+C")], Cmd::Quit, false),
];

pub const DECISIONS: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch(' ', "Space"), ch('f', "f")], Cmd::Done, true),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('d', "d")], Cmd::Decide, true),
    bind(&[ch('m', "m")], Cmd::Meeting, true),
    bind(&[ch(']', "]")], Cmd::NextItem, false),
    bind(&[ch('[', "[")], Cmd::PrevItem, false),
    bind(&[ch('t', "t")], Cmd::BigClock, false),
    bind(&[ch('u', "u")], Cmd::Undo, false),
    bind(&[ctrl('r', "Ctrl+R")], Cmd::Redo, false),
    bind(
        &[ch('b', "b"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
    bind(&[ctrl('c', "Ctrl+C")], Cmd::Quit, false),
];

pub const PLAN: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch(' ', "Space")], Cmd::CycleLight, true),
    bind(&[ch('e', "e")], Cmd::Edit, true),
    bind(&[ch('u', "u")], Cmd::Undo, true),
    bind(&[ctrl('r', "Ctrl+R")], Cmd::Redo, false),
    bind(&[ch('i', "i")], Cmd::Indicators, true),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::NextBoard, false),
    bind(&[key(KeyCode::BackTab, "Shift+Tab")], Cmd::PrevBoard, false),
    bind(
        &[ch('p', "p"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
    bind(&[ctrl('c', "Ctrl+C")], Cmd::Quit, false),
];

pub const INDICATORS: &[Binding] = &[
    bind(&[ch('?', "?")], Cmd::Help, true),
    bind(&[key(KeyCode::Up, "↑"), ch('k', "k")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓"), ch('j', "j")], Cmd::Down, false),
    bind(&[ch('a', "a")], Cmd::AddValue, true),
    bind(&[ch('u', "u")], Cmd::Undo, true),
    bind(&[ctrl('r', "Ctrl+R")], Cmd::Redo, false),
    bind(&[ch('p', "p")], Cmd::Plan, true),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::NextBoard, false),
    bind(&[key(KeyCode::BackTab, "Shift+Tab")], Cmd::PrevBoard, false),
    bind(
        &[ch('i', "i"), ch('q', "q"), key(KeyCode::Esc, "Esc")],
        Cmd::Back,
        true,
    ),
    bind(&[ctrl('c', "Ctrl+C")], Cmd::Quit, false),
];

pub fn table(screen: Screen) -> &'static [Binding] {
    match screen {
        Screen::Plan => PLAN,
        Screen::Indicators => INDICATORS,
        Screen::Overview => OVERVIEW,
        Screen::Board => BOARD,
        Screen::Decisions => DECISIONS,
    }
}

/// The left/right pair is one row in the table (for help) but two commands.
fn refine(cmd: Cmd, code: KeyCode) -> Cmd {
    match (cmd, code) {
        (Cmd::Left, KeyCode::Right | KeyCode::Char('l')) => Cmd::Right,
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

/// The command a key press means on `screen`, if any.
pub fn lookup(screen: Screen, ev: &KeyEvent) -> Option<Cmd> {
    let mods = normalize(ev.code, ev.modifiers) & (KeyModifiers::SHIFT | KeyModifiers::CONTROL);
    table(screen).iter().find_map(|b| {
        b.keys
            .iter()
            .any(|k| k.code == ev.code && normalize(k.code, k.mods) == mods)
            .then(|| refine(b.cmd, ev.code))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_key() {
        for screen in [
            Screen::Overview,
            Screen::Board,
            Screen::Decisions,
            Screen::Plan,
            Screen::Indicators,
        ] {
            let keys: Vec<(KeyCode, KeyModifiers, Cmd)> = table(screen)
                .iter()
                .flat_map(|b| {
                    b.keys
                        .iter()
                        .map(move |k| (k.code, normalize(k.code, k.mods), b.cmd))
                })
                .collect();
            for (i, a) in keys.iter().enumerate() {
                for b in &keys[i + 1..] {
                    assert!(
                        (a.0, a.1) != (b.0, b.1),
                        "{screen:?}: {:?} is bound to both {:?} and {:?}",
                        a.0,
                        a.2,
                        b.2
                    );
                }
            }
        }
    }

    #[test]
    fn lookups() {
        let k = |code, mods| KeyEvent::new(code, mods);
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Right, KeyModifiers::NONE)),
            Some(Cmd::Right)
        );
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Char('h'), KeyModifiers::NONE)),
            Some(Cmd::Left)
        );
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Right, KeyModifiers::SHIFT)),
            Some(Cmd::MoveRight)
        );
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Char('K'), KeyModifiers::SHIFT)),
            Some(Cmd::MoveUp)
        );
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Char('>'), KeyModifiers::SHIFT)),
            Some(Cmd::MoveRight)
        );
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Char('r'), KeyModifiers::CONTROL)),
            Some(Cmd::Redo)
        );
        assert_eq!(
            lookup(Screen::Board, &k(KeyCode::Char('r'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            lookup(Screen::Overview, &k(KeyCode::Enter, KeyModifiers::NONE)),
            Some(Cmd::Open)
        );
        assert_eq!(
            lookup(Screen::Overview, &k(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Cmd::PrevBoard)
        );
    }
}

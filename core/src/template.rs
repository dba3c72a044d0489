//! New boards from the right template (`tavle new`, and the overview's key
//! for a new board): an improvement board (forbedringstavle) with the
//! columns of the improvement circle — ideas, then planlegge, gjennomføre,
//! evaluere, korrigere/standardisere (Kvalitetshåndbok §1.3) and done — and
//! an operations board (driftstavle) with the columns of the day's work and
//! the standard agenda of a daily operations meeting (staffing, status
//! against goals, risk and deviations, deadlines, decisions; §4.1.4, §7.1).
//!
//! Pure: the shape of each template is here (column ids, which column is
//! done, WIP limits, the time box); the words — column titles, the meeting's
//! goal and agenda — are the user's language and come in as plain strings
//! ([`Words`], from the root crate's catalogue). Also the file name a board
//! gets from the name it is given ([`file_stem`]), and the kind as people
//! type it ([`kind_named`]).

use crate::model::{AgendaItem, Board, Column, Extra, FORMAT_VERSION, Kind, Meeting};

/// One column of a template: its id (stable in every language, what
/// scripts name it by), whether cards there count as finished, its WIP limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnShape {
    pub id: &'static str,
    pub done: bool,
    pub wip: Option<u64>,
}

const fn col(id: &'static str, done: bool, wip: Option<u64>) -> ColumnShape {
    ColumnShape { id, done, wip }
}

/// The improvement circle: Ideer → Planlegge → Gjennomføre → Evaluere →
/// Korrigere/standardisere → Ferdig.
const FORBEDRING: &[ColumnShape] = &[
    col("ideer", false, None),
    col("planlegge", false, None),
    col("gjennomfore", false, Some(3)),
    col("evaluere", false, None),
    col("standardisere", false, None),
    col("ferdig", true, None),
];

/// The day's work: I dag → Denne uka → Pågår → Venter på andre → Ferdig.
const DRIFT: &[ColumnShape] = &[
    col("i-dag", false, None),
    col("denne-uka", false, None),
    col("pagar", false, Some(4)),
    col("venter", false, None),
    col("ferdig", true, None),
];

/// The columns of a template, left to right.
pub fn columns(kind: Kind) -> &'static [ColumnShape] {
    match kind {
        Kind::Forbedring => FORBEDRING,
        Kind::Drift => DRIFT,
    }
}

/// The meeting's time box in minutes: a daily operations huddle is short.
pub fn minutes(kind: Kind) -> u64 {
    match kind {
        Kind::Drift => 10,
        Kind::Forbedring => 15,
    }
}

/// The words of a template in the user's language: one title per column
/// of [`columns`], in order; the meeting's goal; the agenda items.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Words {
    pub columns: Vec<String>,
    pub goal: String,
    pub agenda: Vec<String>,
}

/// Who holds the improvement team's roles on a new board (seed 001): the
/// team leader and the measurement lead. Blank names are no names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roles {
    pub team_leader: Option<String>,
    pub measurement_lead: Option<String>,
}

/// A new, empty board of `kind` titled `title` (trimmed), in `words`, with
/// no one named in the team's roles yet ([`new_team_board`] names them).
pub fn new_board(kind: Kind, title: &str, words: &Words) -> Board {
    new_team_board(kind, title, words, &Roles::default())
}

/// A new, empty board of `kind` titled `title` (trimmed), in `words`, with
/// `roles` named (trimmed; blank is none). A column whose title is missing
/// or blank in `words` is titled by its id, so the board is whole whatever
/// the words hold.
pub fn new_team_board(kind: Kind, title: &str, words: &Words, roles: &Roles) -> Board {
    let name = |n: &Option<String>| {
        n.as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
    };
    let columns = columns(kind)
        .iter()
        .enumerate()
        .map(|(i, shape)| Column {
            id: shape.id.to_string(),
            title: words
                .columns
                .get(i)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .unwrap_or(shape.id)
                .to_string(),
            wip: shape.wip,
            done: shape.done.then_some(true),
            extra: Extra::new(),
        })
        .collect();
    let goal = Some(words.goal.trim().to_string()).filter(|g| !g.is_empty());
    let agenda = (words.agenda.iter())
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .map(AgendaItem::new)
        .collect();
    Board {
        tavle: FORMAT_VERSION,
        title: title.trim().to_string(),
        kind,
        unit: None,
        team_leader: name(&roles.team_leader),
        measurement_lead: name(&roles.measurement_lead),
        panels: Vec::new(),
        meeting: Some(Meeting {
            minutes: Some(minutes(kind)),
            goal,
            agenda,
            ..Meeting::default()
        }),
        columns,
        cards: Vec::new(),
        goals: Vec::new(),
        indicators: Vec::new(),
        decisions: Vec::new(),
        routines: Vec::new(),
        staffing: None,
        risks: Vec::new(),
        deviations: Vec::new(),
        wheel: Vec::new(),
        revisions: Vec::new(),
        extra: Extra::new(),
    }
}

/// The longest file stem [`file_stem`] gives, in bytes (all ASCII).
pub const STEM_MAX: usize = 60;

/// Names Windows keeps for devices, with any extension: never a board's.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The file stem (board id) a board named `name` is given: the name as
/// people write ids by hand (`Hjemmetjenesten sør` is `hjemmetjenesten-sor`,
/// see [`crate::ops::slug`]): ASCII letters, digits and single dashes only,
/// so no path separator, no leading dot, no control character or escape
/// sequence can be in it; at most [`STEM_MAX`] bytes; `tavle` when nothing
/// of the name is left, and never a name Windows keeps for a device.
pub fn file_stem(name: &str) -> String {
    let slug = crate::ops::slug(name);
    let cut = slug.get(..STEM_MAX.min(slug.len())).unwrap_or(&slug);
    let stem = cut.trim_matches('-');
    if stem.is_empty() {
        return "tavle".to_string();
    }
    if RESERVED.contains(&stem) {
        return format!("{stem}-tavle");
    }
    stem.to_string()
}

/// The words a kind goes by, in the file (`drift`, `forbedring`), in
/// nynorsk (`forbetring`), in English, and as the board is called.
pub const KIND_WORDS: &[(&str, Kind)] = &[
    ("drift", Kind::Drift),
    ("driftstavle", Kind::Drift),
    ("operations", Kind::Drift),
    ("forbedring", Kind::Forbedring),
    ("forbedringstavle", Kind::Forbedring),
    ("forbetring", Kind::Forbedring),
    ("forbetringstavle", Kind::Forbedring),
    ("improvement", Kind::Forbedring),
];

/// The kind `typed` names: one of [`KIND_WORDS`] in any case, or the start
/// of words that all name one kind (`f`, `drif`, `improve`). `None` for
/// anything else, or an empty text.
pub fn kind_named(typed: &str) -> Option<Kind> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return None;
    }
    let mut found = KIND_WORDS
        .iter()
        .filter(|(word, _)| word.starts_with(&typed))
        .map(|&(_, kind)| kind);
    let first = found.next()?;
    found.all(|k| k == first).then_some(first)
}

#[cfg(test)]
mod tests;

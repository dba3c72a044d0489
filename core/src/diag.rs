//! Diagnostics: problems found in a board file, as data. Their words live in
//! the root crate's catalogue (`src/i18n/`); their positions are resolved
//! against the file text by the caller.

use crate::json::SyntaxErrorKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The whole file (it could not be read as text).
    File,
    /// A byte offset into the text.
    Offset(usize),
    /// A JSON Pointer (`/cards/3/column`); resolved to the deepest value that exists.
    Pointer(String),
}

/// The JSON type a value was expected to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Array,
    String,
    Number,
    WholeNumber,
    Bool,
}

/// The JSON type a value had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

/// Which list an id belongs to, for duplicate-id and reference messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Column,
    Card,
    Goal,
    Indicator,
    Decision,
    Routine,
    Risk,
    Deviation,
    /// An event of the annual wheel.
    Event,
    /// A staffing entry (its id is its date and shift).
    Staffing,
}

/// What kind of thing a name in the folder is. Board files must be regular
/// files: a FIFO or a device would block or never end a read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    File,
    Directory,
    Symlink,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Unknown,
}

/// Why a file could not be read or written, as data: the words are in the
/// catalogue (`src/i18n/folder.rs`), never the OS's English text, except for
/// an error tavle has no name for (`Other`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FsErrorKind {
    /// The file system is mounted read-only.
    ReadOnlyFs,
    /// The user lacks the rights (file or folder permissions, ACLs).
    PermissionDenied,
    /// The disk is full, or the user's quota is used up.
    NoSpace,
    NotFound,
    /// Something is already there (an exclusive create).
    AlreadyExists,
    /// A FIFO, socket, device or folder where a regular file must be.
    NotRegular(NodeKind),
    /// A symbolic link where tavle follows none (its own files in the folder).
    Symlink,
    /// A link that leads outside the board folder.
    OutsideFolder,
    /// Larger than tavle reads (bytes).
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// Another program held the file open through every try of a rename
    /// over it (Windows); the new content is kept in the temp file `kept`
    /// (a name in the same folder).
    HeldOpen {
        kept: String,
    },
    /// Anything else: the OS's own text.
    Other(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum DiagKind {
    // Reading the file.
    Io(FsErrorKind),
    TooLarge {
        size: u64,
        limit: u64,
    },
    Empty,
    Utf16,
    NotUtf8,
    // Syntax.
    Syntax(SyntaxErrorKind),
    /// git stopped a merge and left its conflict markers in the file: every
    /// conflicted region, in file order (never empty).
    GitConflict {
        hunks: Vec<crate::gitconflict::Hunk>,
    },
    // Schema.
    WrongType {
        expected: Expected,
        found: Found,
    },
    Missing {
        field: &'static str,
    },
    DuplicateKey {
        key: String,
    },
    UnknownValue {
        value: String,
        allowed: &'static [&'static str],
        suggestion: Option<&'static str>,
    },
    BadDate {
        value: String,
    },
    BadTimestamp {
        value: String,
    },
    OutOfRange {
        value: String,
        min: u64,
        max: u64,
    },
    NewerVersion {
        found: u64,
    },
    // References.
    DuplicateId {
        kind: IdKind,
        id: String,
    },
    UnknownColumn {
        id: String,
    },
    UnknownCard {
        id: String,
    },
    UnknownGoal {
        id: String,
    },
    /// A card's `indicator` names no indicator of the board (a warning:
    /// the card works, only its run chart is missing).
    UnknownIndicator {
        id: String,
    },
    UnknownParent {
        id: String,
    },
    /// A card's `risk` or `deviation` names none of the board's (a
    /// warning: the card works, only its origin is missing).
    UnknownLink {
        kind: IdKind,
        id: String,
    },
    /// A staffing entry for a shift the board does not name (a warning).
    UnknownShift {
        shift: String,
    },
    GoalCycle {
        id: String,
    },
    EmptyId,
    // Warnings.
    NoOwner {
        card: String,
    },
    NoDue {
        card: String,
    },
    NoTarget {
        goal: String,
    },
    WipExceeded {
        column: String,
        count: usize,
        limit: u64,
    },
    NoColumns,
    ValuesOutOfOrder,
    /// An indicator's `every` is not a frequency tavle reads
    /// ([`crate::round::Every`]): it is left out of the measurement round.
    BadEvery {
        value: String,
    },
    /// A card whose title is empty or only spaces: the screen has nothing
    /// to show for it.
    EmptyTitle {
        card: String,
    },
    /// Text that looks like a national identity number. Only the masked
    /// form is kept (`******12345`), so no message can print the number.
    IdentityNumber {
        masked: String,
    },
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub at: Location,
    pub kind: DiagKind,
}

impl Diagnostic {
    pub fn error(at: Location, kind: DiagKind) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            at,
            kind,
        }
    }

    pub fn warning(at: Location, kind: DiagKind) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            at,
            kind,
        }
    }
}

/// The allowed value closest to `value` (by edit distance), when close enough
/// to be a likely typo: `forbedrings` → `forbedring`.
pub fn suggest(value: &str, allowed: &'static [&'static str]) -> Option<&'static str> {
    let v = value.trim().to_lowercase();
    // Norwegian words people type for the English key values.
    const ALIASES: &[(&str, &str)] = &[
        ("grønn", "green"),
        ("gul", "yellow"),
        ("rød", "red"),
        ("høyere", "higher"),
        ("lavere", "lower"),
        ("driftstavle", "drift"),
        ("forbedringstavle", "forbedring"),
    ];
    if let Some(a) = ALIASES
        .iter()
        .find(|(nb, _)| *nb == v)
        .and_then(|(_, en)| allowed.iter().find(|a| *a == en))
    {
        return Some(a);
    }
    allowed
        .iter()
        .map(|a| (edit_distance(&v, a), *a))
        .filter(|(d, a)| *d <= (a.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, a)| a)
}

/// Optimal-string-alignment distance: a swap of two neighbours counts as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_values_only() {
        assert_eq!(
            suggest("forbedrings", &["drift", "forbedring"]),
            Some("forbedring")
        );
        assert_eq!(suggest("Drift", &["drift", "forbedring"]), Some("drift"));
        assert_eq!(suggest("grønn", &["green", "yellow", "red"]), Some("green"));
        assert_eq!(suggest("blå", &["green", "yellow", "red"]), None);
        assert_eq!(suggest("gren", &["green", "yellow", "red"]), Some("green"));
        assert_eq!(suggest("drfit", &["drift", "forbedring"]), Some("drift"));
    }
}

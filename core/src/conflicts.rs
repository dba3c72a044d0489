//! Recognises the *conflict copies* that file-sync clients write beside a board
//! when two machines changed it while apart, from the file name alone.
//!
//! Pure: it works on names (not paths) and, for the ambiguous patterns, on what
//! the caller has read of both boards ([`Kin`]: a name that merely looks like a
//! copy must share history with its original, see `conflicts/kin.rs`). It never
//! touches the file system; listing the folder, reading the boards and merging
//! are the caller's job.
//!
//! # The names, and where they come from
//! - **Syncthing** renames the losing version to
//!   `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json`: the local time the copy was
//!   made and the short (7 character) id of the device whose change *won* (the
//!   board keeps it; the copy is the other side's, measured with Syncthing 1.19
//!   in `tests/real_syncthing.rs`); the
//!   extension stays last (`conflictName` in `lib/model/folder_sendrecv.go`).
//! - **Dropbox** adds a parenthesised tag before the extension with who made the
//!   copy, the words "conflicted copy" in the client's language and the date:
//!   `NAME (Kari's conflicted copy 2026-11-30).json` (Dropbox help, "What's a
//!   conflicted copy?"). Localised forms seen in the wild include German
//!   `(Karis in Konflikt stehende Kopie 2026-11-30)` and the older
//!   `(In Konflikt stehende Kopie von Kari 2026-11-30)`, French
//!   `(Copie en conflit de Kari 2026-11-30)` and Spanish `(Copia conflictiva de
//!   Kari 2026-11-30)`. The Norwegian and other Nordic wording could not be
//!   confirmed, so any tag that ends in a date and contains a word for conflict
//!   (`conflict`, `conflit`, `konflikt`, …) is taken as Dropbox's; a second copy on
//!   the same day may carry ` (1)` before the closing parenthesis.
//! - **Nextcloud** (and the current ownCloud client) inserts
//!   ` (conflicted copy YYYY-MM-DD HHMMSS)` before the extension, with the user
//!   name before the date when the server sends one
//!   (`Utility::makeConflictFileName` in the desktop client). Older ownCloud
//!   clients wrote `NAME_conflict-YYYYMMDD-HHMMSS.json`.
//! - **OneDrive** keeps both versions by adding the computer's name:
//!   `NAME-HOSTNAME.json`, then `NAME-HOSTNAME-1.json` (reports against the
//!   OneDrive clients). A name with a dash is often just a board's name
//!   (`drift-nord.json`), so these are only candidates: see [`confirm`].
//! - **Numbered copies**: `NAME (1).json`, `NAME (2).json` from OneDrive, browsers and
//!   file managers, and Windows Explorer's `NAME - Copy.json` / `NAME - Kopi.json`
//!   (Norwegian, Danish), `- Kopia` (Swedish), `- Kopie` (German), also with
//!   ` (2)`. Also only candidates.
//!
//! Markers are matched without regard to case. A name that starts with `.` is
//! never a board, so never a copy; only the lower-case `.json` extension counts,
//! as for boards.

use chrono::{NaiveDate, NaiveDateTime};

mod kin;

pub use kin::Kin;

/// A file name recognised as a sync client's copy of another board file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyName {
    /// The name of the file it is a copy of, e.g. `plan.json`.
    pub original: String,
    /// Which client made it, with what the client put in the name.
    pub source: Source,
    /// The name alone does not prove it is a copy: the caller must check that
    /// `original` exists beside it and shares history with it ([`confirm`]).
    pub needs_same_board: bool,
}

/// The sync client that wrote a copy, and what it put in the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json`; `at` is `None` when the
    /// digits are not a real date and time.
    Syncthing {
        at: Option<NaiveDateTime>,
        device: String,
    },
    /// `NAME (WHO's conflicted copy YYYY-MM-DD).json` and localised forms; `who`
    /// is `None` when the wording is one we cannot take a name out of.
    Dropbox {
        who: Option<String>,
        date: Option<NaiveDate>,
    },
    /// `NAME-HOSTNAME.json`.
    OneDrive { host: String },
    /// `NAME (conflicted copy [USER ]YYYY-MM-DD HHMMSS).json`, or ownCloud's
    /// older `NAME_conflict-YYYYMMDD-HHMMSS.json`.
    Nextcloud {
        at: Option<NaiveDateTime>,
        user: Option<String>,
    },
    /// `NAME (N).json`; `NAME - Copy.json` counts as 1, `NAME - Copy (N).json` as N.
    Duplicate { n: u32 },
}

/// What `name` is a copy of, if it has the shape of a sync client's copy: the
/// most specific reading. See [`candidates`] for every reading.
pub fn classify(name: &str) -> Option<CopyName> {
    candidates(name).into_iter().next()
}

/// Every reading of `name` as a copy, most specific first. Only OneDrive's
/// `NAME-HOSTNAME.json` can have several (`a-b-c.json` may be a copy of
/// `a.json` or of `a-b.json`); the other patterns give at most one.
pub fn candidates(name: &str) -> Vec<CopyName> {
    let Some(stem) = name.strip_suffix(".json") else {
        return Vec::new();
    };
    if stem.is_empty() || name.starts_with('.') {
        return Vec::new();
    }
    if let Some(c) = syncthing(stem)
        .or_else(|| owncloud(stem))
        .or_else(|| parenthesised(stem))
        .or_else(|| explorer_copy(stem, 1))
    {
        return vec![c];
    }
    // A Syncthing or ownCloud marker that did not parse is a damaged or hand-made
    // name, not a host name after a dash.
    let lower = stem.to_ascii_lowercase();
    if lower.contains("sync-conflict") || lower.contains("_conflict-") {
        return Vec::new();
    }
    onedrive(stem)
}

/// Whether a copy is confirmed, given the [`Kin`] of its original and of the
/// copy (`None` when a file could not be read as a board). Unambiguous names
/// (a sync client's marker) need nothing more; the others need evidence that
/// the two files share history — the same title *and* work in common
/// ([`Kin::shares_history`]), never a title alone.
pub fn confirm(copy: &CopyName, original: Option<&Kin>, copy_kin: Option<&Kin>) -> bool {
    if !copy.needs_same_board {
        return true;
    }
    match (original, copy_kin) {
        (Some(a), Some(b)) => a.shares_history(b),
        _ => false,
    }
}

/// A copy found in a folder listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'a> {
    /// The copy's file name.
    pub copy: &'a str,
    /// What it is a copy of; `name.original` is among the listed names.
    pub name: CopyName,
}

/// Given every `*.json` name of a folder, the copies whose original is among the
/// names, in the order listed. A copy whose original is gone is an ordinary board
/// and is not listed. Where a OneDrive name has several readings with an original
/// present, the longest original wins (the shortest host name). Ambiguous copies
/// still need [`confirm`].
pub fn copies_of(names: &[String]) -> Vec<Found<'_>> {
    let present: std::collections::HashSet<&str> = names.iter().map(String::as_str).collect();
    names
        .iter()
        .filter_map(|n| {
            candidates(n)
                .into_iter()
                .filter(|c| c.original != *n && present.contains(c.original.as_str()))
                .max_by_key(|c| c.original.len())
                .map(|name| Found { copy: n, name })
        })
        .collect()
}

fn copy_of(original: &str, source: Source, needs_same_board: bool) -> CopyName {
    CopyName {
        original: format!("{original}.json"),
        source,
        needs_same_board,
    }
}

/// `STEM.sync-conflict-YYYYMMDD-HHMMSS-DEVICE`.
fn syncthing(stem: &str) -> Option<CopyName> {
    const MARK: &str = ".sync-conflict-";
    let at = stem.to_ascii_lowercase().rfind(MARK)?;
    let (before, rest) = (&stem[..at], &stem[at + MARK.len()..]);
    let (stamp, device) = split_stamp(rest)?;
    let device = device.strip_prefix('-')?;
    if before.is_empty() || device.is_empty() || !device.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let device = device.to_string();
    Some(copy_of(
        before,
        Source::Syncthing { at: stamp, device },
        false,
    ))
}

/// ownCloud's older `STEM_conflict-YYYYMMDD-HHMMSS`.
fn owncloud(stem: &str) -> Option<CopyName> {
    const MARK: &str = "_conflict-";
    let at = stem.to_ascii_lowercase().rfind(MARK)?;
    let before = &stem[..at];
    let (stamp, rest) = split_stamp(&stem[at + MARK.len()..])?;
    if before.is_empty() || !rest.is_empty() {
        return None;
    }
    let source = Source::Nextcloud {
        at: stamp,
        user: None,
    };
    Some(copy_of(before, source, false))
}

/// `YYYYMMDD-HHMMSS` at the start of `s`: the time if it is a real one, and the rest.
fn split_stamp(s: &str) -> Option<(Option<NaiveDateTime>, &str)> {
    let (stamp, rest) = (s.get(..15)?, s.get(15..)?);
    shaped(stamp, "99999999-999999").then(|| {
        (
            NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok(),
            rest,
        )
    })
}

/// Whether `s` has the shape of `pattern`, where `9` stands for any ASCII digit.
fn shaped(s: &str, pattern: &str) -> bool {
    s.len() == pattern.len()
        && (s.bytes().zip(pattern.bytes())).all(|(c, p)| match p {
            b'9' => c.is_ascii_digit(),
            p => c == p,
        })
}

/// A tag in parentheses at the end of the stem: Dropbox, Nextcloud or `(N)`.
fn parenthesised(stem: &str) -> Option<CopyName> {
    let open = matching_open(stem)?;
    let before = stem[..open].strip_suffix(' ')?;
    let inner = &stem[open + 1..stem.len() - 1];
    if before.trim().is_empty() {
        return None;
    }
    if let Some(n) = small_number(inner) {
        return explorer_copy(before, n)
            .or_else(|| Some(copy_of(before, Source::Duplicate { n }, true)));
    }
    nextcloud(before, inner).or_else(|| dropbox(before, inner))
}

/// The byte index of the `(` that matches the `)` ending `s`, if it does.
fn matching_open(s: &str) -> Option<usize> {
    if !s.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, b) in s.bytes().enumerate().rev() {
        match b {
            b')' => depth += 1,
            b'(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `1`–`9999`, as file managers number copies (never `0` or `007`).
fn small_number(s: &str) -> Option<u32> {
    let ok =
        (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0');
    ok.then(|| s.parse().ok()).flatten()
}

/// `conflicted copy [USER ]YYYY-MM-DD HHMMSS`.
fn nextcloud(before: &str, inner: &str) -> Option<CopyName> {
    let rest = strip_prefix_ci(inner, "conflicted copy ")?;
    let at = rest.len().checked_sub(17)?;
    let (user, stamp) = (rest.get(..at)?, rest.get(at..)?);
    if !shaped(stamp, "9999-99-99 999999") || !(user.is_empty() || user.ends_with(' ')) {
        return None;
    }
    let user = user.trim();
    Some(copy_of(
        before,
        Source::Nextcloud {
            at: NaiveDateTime::parse_from_str(stamp, "%Y-%m-%d %H%M%S").ok(),
            user: (!user.is_empty()).then(|| user.to_string()),
        },
        false,
    ))
}

/// Words for "conflict" in the languages the Dropbox client speaks, lower case.
#[rustfmt::skip]
const CONFLICT_WORDS: &[&str] = &["conflict", "conflit", "konflikt", "konflik", "конфликт", "競合", "衝突", "충돌"];

/// Wordings from which the name of who made the copy can be taken: the name
/// stands before or after the phrase.
const DROPBOX_PHRASES: &[(&str, bool)] = &[
    ("'s conflicted copy", true),
    ("’s conflicted copy", true),
    ("in konflikt stehende kopie von ", false),
    ("copie en conflit de ", false),
    ("copia conflictiva de ", false),
    ("copia in conflitto di ", false),
    ("cópia em conflito de ", false),
    (" conflicted copy", true),
    (" in konflikt stehende kopie", true),
];

/// `WHO's conflicted copy YYYY-MM-DD[ (N)]` and the localised forms.
fn dropbox(before: &str, inner: &str) -> Option<CopyName> {
    // A second copy on the same day: `… 2026-11-30 (1)`.
    let inner = match matching_open(inner) {
        Some(open) if small_number(&inner[open + 1..inner.len() - 1]).is_some() => {
            inner[..open].strip_suffix(' ')?
        }
        _ => inner,
    };
    let at = inner.len().checked_sub(10)?;
    let (words, date) = (inner.get(..at)?, inner.get(at..)?);
    let words = words.strip_suffix(' ')?;
    let lower = words.to_lowercase();
    if !shaped(date, "9999-99-99") || !CONFLICT_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    Some(copy_of(
        before,
        Source::Dropbox {
            who: dropbox_who(words),
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        },
        false,
    ))
}

fn dropbox_who(words: &str) -> Option<String> {
    DROPBOX_PHRASES.iter().find_map(|(phrase, name_first)| {
        let who = if *name_first {
            strip_suffix_ci(words, phrase)?
        } else {
            strip_prefix_ci(words, phrase)?
        };
        let who = who.trim();
        (!who.is_empty()).then(|| who.to_string())
    })
}

/// Windows Explorer's `STEM - Copy` and its translations.
fn explorer_copy(stem: &str, n: u32) -> Option<CopyName> {
    ["copy", "kopi", "kopia", "kopie"].iter().find_map(|word| {
        let before = strip_suffix_ci(stem, word)?.strip_suffix(" - ")?;
        (!before.trim().is_empty()).then(|| copy_of(before, Source::Duplicate { n }, true))
    })
}

/// `STEM-HOST`, for every dash that leaves a plausible computer name after it:
/// letters, digits and dashes, at least one letter, at most 63 characters, not
/// starting or ending with a dash. Digits alone (`plan-2`, `plan-2026`,
/// `uke-47-2026`) are never a host, so numbered boards are not taken for copies.
fn onedrive(stem: &str) -> Vec<CopyName> {
    let mut found: Vec<CopyName> = stem
        .match_indices('-')
        .filter_map(|(at, _)| {
            let (before, host) = (&stem[..at], &stem[at + 1..]);
            let plausible = !before.is_empty()
                && (1..=63).contains(&host.len())
                && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && host.bytes().any(|b| b.is_ascii_alphabetic())
                && !host.starts_with('-')
                && !host.ends_with('-');
            let host = host.to_string();
            plausible.then(|| copy_of(before, Source::OneDrive { host }, true))
        })
        .collect();
    // The most specific reading first: the longest original.
    found.reverse();
    found
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = rest.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(i, _)| &s[i..]))
}

fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let mut rest = s.char_indices().rev();
    let mut cut = s.len();
    for p in suffix.chars().rev() {
        let (i, c) = rest.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
        cut = i;
    }
    Some(&s[..cut])
}

/// The conflict copies of a folder, confirmed: given every `*.json` file
/// name, and the [`Kin`] of a file by its name (`None` when it does not read
/// as a board; asked only for the ambiguous kinds and their originals, so a
/// caller may read lazily), the copies whose original is there — the
/// ambiguous kinds (OneDrive's `NAME-HOST.json`, `NAME (1).json`) only when
/// they share history with it. The app, `tavle check`, `tavle status` and
/// `tavle merge` all decide by this.
pub fn copies_in<'a>(names: &'a [String], kin: impl Fn(&str) -> Option<Kin>) -> Vec<Found<'a>> {
    copies_of(names)
        .into_iter()
        .filter(|f| {
            !f.name.needs_same_board
                || confirm(
                    &f.name,
                    kin(&f.name.original).as_ref(),
                    kin(f.copy).as_ref(),
                )
        })
        .collect()
}

#[cfg(test)]
mod tests;

//! The words of synced folders: notices about conflict copies ([`SyncMsg`]),
//! the banner over a board that has copies, the merge screen, the keys of the
//! merge, and `tavle merge`. Only words: when to show them, and the layout,
//! belong to the app, the views and the command.

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::Value;

use super::Lang;
use tavle_core::conflicts::Source;
use tavle_core::merge::{Element, NoteKind, Side};

/// Notices about conflict copies and merges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncMsg {
    /// A sync client's copy of `board` appeared.
    CopyFound { copy: String, board: String },
    /// `c` on a board without conflict copies.
    NoCopies,
    /// A copy was merged and moved to `kept`.
    Merged { kept: String },
    /// The merge was saved, but the copy could not be moved (`why`; `None`:
    /// it changed meanwhile).
    NotMoved { copy: String, why: Option<String> },
    /// The copy changed while the user chose: nothing was merged.
    CopyChanged(String),
    /// The copy was not merged and the board is unchanged (`why`: a link,
    /// not a regular file, cannot be kept in `.tavle/merged/`).
    NotMerged { copy: String, why: String },
    /// The board changed meanwhile and has `n` new conflicts to choose.
    BoardChanged(usize),
    /// `n` conflicts still have no choice.
    ChooseAll(usize),
    /// The merge of `copy` was undone.
    Unmerged(String),
    /// The copy does not parse: it is skipped.
    CopyBroken {
        copy: String,
        line: usize,
        col: usize,
    },
}

/// The text of a [`SyncMsg`].
pub fn sync_msg(lang: Lang, m: &SyncMsg) -> String {
    match m {
        SyncMsg::CopyFound { copy, board } => {
            f!(lang, "sync-copy-found", copy = copy, board = board)
        }
        SyncMsg::NoCopies => s!(lang, "sync-no-copies").into(),
        SyncMsg::Merged { kept } => f!(lang, "sync-merged", kept = kept),
        SyncMsg::NotMoved { copy, why } => {
            let why = why
                .clone()
                .unwrap_or_else(|| s!(lang, "sync-changed-meanwhile").into());
            f!(lang, "sync-not-moved", copy = copy, why = why)
        }
        SyncMsg::CopyChanged(copy) => f!(lang, "sync-copy-changed", copy = copy),
        SyncMsg::NotMerged { copy, why } => f!(lang, "sync-not-merged", copy = copy, why = why),
        SyncMsg::BoardChanged(n) => {
            let count = *n;
            f!(lang, "sync-board-changed", count = count)
        }
        SyncMsg::ChooseAll(n) => {
            let count = *n;
            f!(lang, "sync-choose-all", count = count)
        }
        SyncMsg::Unmerged(copy) => f!(lang, "sync-unmerged", copy = copy),
        SyncMsg::CopyBroken { copy, line, col } => f!(
            lang,
            "sync-copy-broken",
            copy = copy,
            line = line.to_string(),
            col = col.to_string(),
        ),
    }
}

/// The banner over a board with `count` conflict copies from `sources`.
pub fn copies_banner(lang: Lang, count: usize, sources: &str) -> String {
    f!(lang, "sync-banner", count = count, sources = sources)
}

/// On the overview, with a board with copies selected: `c slår sammen
/// kopiene av «Drift» med tavla.`
pub fn held_back_merge(lang: Lang, board: &str) -> String {
    f!(lang, "sync-held-back-merge", board = board)
}

fn when(at: &NaiveDateTime) -> String {
    at.format("%d.%m.%Y %H:%M").to_string()
}

fn day(d: &NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Where a copy came from, as its name says: `Syncthing, tavla har endringen fra enhet ABCD123,
/// 30.11.2026 10:15`.
pub fn source(lang: Lang, src: &Source) -> String {
    let mut parts: Vec<String> = Vec::new();
    match src {
        Source::Syncthing { at, device } => {
            parts.push("Syncthing".into());
            parts.push(f!(lang, "sync-source-device", device = device));
            parts.extend(at.as_ref().map(when));
        }
        Source::Dropbox { who, date } => {
            parts.push("Dropbox".into());
            parts.extend(who.iter().map(|who| f!(lang, "sync-source-who", who = who)));
            parts.extend(date.as_ref().map(day));
        }
        Source::OneDrive { host } => {
            parts.push("OneDrive".into());
            parts.push(f!(lang, "sync-source-host", host = host));
        }
        Source::Nextcloud { at, user } => {
            parts.push("Nextcloud/ownCloud".into());
            parts.extend(
                user.iter()
                    .map(|who| f!(lang, "sync-source-who", who = who)),
            );
            parts.extend(at.as_ref().map(when));
        }
        Source::Duplicate { n } => {
            let n = *n;
            parts.push(f!(lang, "sync-source-duplicate", n = n));
        }
    }
    parts.join(", ")
}

/// Words of the merge screen and of `tavle merge`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeWord {
    /// The common ancestor is known.
    ThreeWay,
    /// It is not: every difference is asked.
    TwoWay,
    /// The copy brings nothing the board lacks.
    NothingNew,
    /// Heading of the edits kept against an archive or removal.
    KeptEdits,
    /// Heading of the copy's elements that got fresh ids.
    Renamed,
    /// Heading of the fields to choose.
    Conflicts,
    Field,
    Board,
    Copy,
    /// The base's value, when known.
    Before,
    /// An empty or removed value.
    Empty,
    /// Reading the base.
    Loading,
    /// Saving the merge.
    Saving,
    /// No conflict: Enter merges.
    NoConflicts,
    /// Heading of what the merge adds to the board, element by element.
    Adds,
    /// Heading of what the merge takes away from the board.
    Removes,
    /// The field of a conflict about a whole element (one side removed it).
    Whole,
    /// That side has the element.
    Present,
    /// That side removed the element.
    Removed,
    /// Heading of the fields the merge changes in elements the board has.
    Changes,
    /// Said of each change: it comes from the copy.
    FromCopy,
}

/// The text of a [`MergeWord`].
pub fn merge_word(lang: Lang, w: MergeWord) -> &'static str {
    use MergeWord as W;
    match w {
        W::ThreeWay => s!(lang, "merge-three-way"),
        W::TwoWay => s!(lang, "merge-two-way"),
        W::NothingNew => s!(lang, "merge-nothing-new"),
        W::KeptEdits => s!(lang, "merge-kept-edits"),
        W::Renamed => s!(lang, "merge-renamed"),
        W::Conflicts => s!(lang, "merge-conflicts"),
        W::Field => s!(lang, "merge-field"),
        W::Board => s!(lang, "merge-board"),
        W::Copy => s!(lang, "merge-copy"),
        W::Before => s!(lang, "merge-before"),
        W::Empty => s!(lang, "merge-empty"),
        W::Loading => s!(lang, "merge-loading"),
        W::Saving => s!(lang, "merge-saving"),
        W::NoConflicts => s!(lang, "merge-no-conflicts"),
        W::Adds => s!(lang, "merge-adds-heading"),
        W::Removes => s!(lang, "merge-removes-heading"),
        W::Whole => s!(lang, "merge-whole"),
        W::Present => s!(lang, "merge-present"),
        W::Removed => s!(lang, "merge-removed"),
        W::Changes => s!(lang, "merge-changes-heading"),
        W::FromCopy => s!(lang, "merge-from-copy"),
    }
}

/// `2 filer er holdt tilbake som konfliktkopier og er ikke med i tallene:
/// a.json (kopi av plan.json), …`: what the overview and every format of
/// `tavle status` say of the files they leave out. `files` are pairs of a
/// copy's file name and its original's.
pub fn held_back(lang: Lang, files: &[(String, String)]) -> String {
    let list: Vec<String> = files
        .iter()
        .map(|(copy, board)| f!(lang, "sync-held-back-item", copy = copy, board = board))
        .collect();
    let count = files.len();
    f!(
        lang,
        "sync-held-back",
        count = count,
        files = list.join(", ")
    )
}

/// One field a merge changes: `Kort k1 «Ring» · Kolonne: «I dag» → «Pågår»`,
/// columns by their titles in `board` (the merged board).
pub fn change(
    lang: Lang,
    c: &tavle_core::merge::Changed,
    board: &tavle_core::model::Board,
) -> String {
    let element = element(lang, &c.element.element, Some(&c.element.title));
    let value = |v: &Value| match (c.field.as_str(), v) {
        ("column", Value::String(id)) => board
            .column(id)
            .map_or_else(|| id.clone(), |col| col.title.clone()),
        _ => field_value(lang, &c.field, v),
    };
    format!(
        "{element} · {}: «{}» → «{}»",
        field(lang, &c.field),
        value(&c.from),
        value(&c.to)
    )
}

/// `… og 3 til`: the rest of a list that is cut.
pub fn merge_more(lang: Lang, count: usize) -> String {
    f!(lang, "merge-more", count = count)
}

/// `Konfliktkopi 1 av 2: NAME (SOURCE)`.
pub fn merge_title(lang: Lang, n: usize, of: usize, copy: &str, source: &str) -> String {
    f!(
        lang,
        "merge-title",
        n = n,
        of = of,
        copy = copy,
        source = source
    )
}

/// What the copy adds, naming only what there is: `Kopien legger til 2
/// kort, én beslutning.`; `None` when it adds nothing.
pub fn merge_adds(
    lang: Lang,
    cards: usize,
    decisions: usize,
    values: usize,
    other: usize,
) -> Option<String> {
    let mut parts = Vec::new();
    if cards > 0 {
        parts.push(f!(lang, "merge-count-cards", count = cards));
    }
    if decisions > 0 {
        parts.push(f!(lang, "merge-count-decisions", count = decisions));
    }
    if values > 0 {
        parts.push(f!(lang, "merge-count-values", count = values));
    }
    if other > 0 {
        parts.push(f!(lang, "merge-count-other", count = other));
    }
    let what = parts.join(", ");
    (!parts.is_empty()).then(|| f!(lang, "merge-adds", what = what))
}

/// The name of a field of the file in the user's words where the screens
/// have one (`title` → `Tittel`); other keys as they are in the file.
pub fn field(lang: Lang, key: &str) -> String {
    use super::{CardWord, Label};
    let word = match key {
        "title" => super::label(lang, Label::Title),
        "text" => super::label(lang, Label::Decision),
        "owner" => super::label(lang, Label::Owner),
        "due" => super::label(lang, Label::Due),
        "note" => super::label(lang, Label::Note),
        "tags" => super::label(lang, Label::Tags),
        "source" => super::label(lang, Label::Source),
        "effect" => super::label(lang, Label::Effect),
        "effort" => super::label(lang, Label::Effort),
        "value" => super::label(lang, Label::Value),
        "light" => super::card_word(lang, CardWord::Light),
        "column" => super::card_word(lang, CardWord::Column),
        "" => merge_word(lang, MergeWord::Whole),
        other => return other.to_string(),
    };
    word.to_string()
}

/// An element of a board in words; `title` is its title when it has one.
pub fn element(lang: Lang, e: &Element, title: Option<&str>) -> String {
    let title = title.map(|t| format!(" «{t}»")).unwrap_or_default();
    match e {
        Element::Board => s!(lang, "merge-element-board").into(),
        Element::Meeting => s!(lang, "merge-element-meeting").into(),
        Element::Column(id) => format!("{} {id}{title}", s!(lang, "merge-element-column")),
        Element::Card(id) => format!("{} {id}{title}", s!(lang, "merge-element-card")),
        Element::Goal(id) => format!("{} {id}{title}", s!(lang, "merge-element-goal")),
        Element::Indicator(id) => {
            format!("{} {id}{title}", s!(lang, "merge-element-indicator"))
        }
        Element::Value { indicator, date } => format!(
            "{} {indicator} {}",
            s!(lang, "merge-element-value"),
            day(date)
        ),
        Element::Decision(id) => format!("{} {id}{title}", s!(lang, "merge-element-decision")),
        Element::Routine(id) => format!("{} {id}{title}", s!(lang, "merge-element-routine")),
        Element::Staffing => s!(lang, "merge-element-staffing").into(),
        Element::StaffDay(key) => {
            // `2026-12-04/dag` as people read it: `dag 04.12.2026`.
            let (date, shift) = key.split_once('/').unwrap_or((key.as_str(), ""));
            let date = tavle_core::decode::parse_iso_date(date)
                .map_or_else(|| date.to_string(), tavle_core::dates::format_nb);
            format!("{} {shift} {date}", s!(lang, "merge-element-staffing"))
        }
        Element::Risk(id) => format!("{} {id}{title}", s!(lang, "merge-element-risk")),
        Element::Deviation(id) => format!("{} {id}{title}", s!(lang, "merge-element-deviation")),
        Element::Event(id) => format!("{} {id}{title}", s!(lang, "merge-element-event")),
    }
}

fn side(lang: Lang, s: Side) -> &'static str {
    match s {
        Side::Board => s!(lang, "merge-on-board"),
        Side::Copy => s!(lang, "merge-on-copy"),
    }
}

/// Why an edit was kept: `arkivert på den ene siden, endret på den andre:
/// endringen er beholdt`.
pub fn kept_edit(lang: Lang, kind: NoteKind) -> String {
    match kind {
        NoteKind::Unarchived { archived_on } => {
            f!(
                lang,
                "merge-kept-unarchived",
                side = side(lang, archived_on)
            )
        }
        NoteKind::KeptEdited { removed_on } => {
            f!(lang, "merge-kept-edited", side = side(lang, removed_on))
        }
        NoteKind::KeptRecord {
            removed_on: Some(on),
        } => f!(lang, "merge-kept-record", side = side(lang, on)),
        NoteKind::KeptRecord { removed_on: None } => s!(lang, "merge-kept-record-both").into(),
    }
}

/// `fikk ny id (var k7): begge sider hadde laget hver sin`.
pub fn renamed(lang: Lang, from: &str) -> String {
    f!(lang, "merge-renamed-from", from = from)
}

/// A field's value from a conflict, as a person reads it: text as it is,
/// lists joined, an empty or removed value in words. Not yet sanitised.
pub fn value(lang: Lang, v: &Value) -> String {
    match v {
        Value::Null => merge_word(lang, MergeWord::Empty).to_string(),
        Value::String(s) if s.is_empty() => merge_word(lang, MergeWord::Empty).to_string(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => s!(lang, "merge-yes").into(),
        Value::Bool(false) => s!(lang, "merge-no").into(),
        Value::Array(items) if items.is_empty() => merge_word(lang, MergeWord::Empty).to_string(),
        Value::Array(items) => items
            .iter()
            .map(|i| value(lang, i))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A conflict's value of the field `field` in words: a light as its glyph
/// and name (`▲ gul`), anything else as [`value`] says.
pub fn field_value(lang: Lang, field: &str, v: &Value) -> String {
    match (field, v) {
        // A whole element: one side has it, the other removed it.
        ("", Value::Null) => merge_word(lang, MergeWord::Removed).to_string(),
        ("", _) => merge_word(lang, MergeWord::Present).to_string(),
        ("light", Value::String(s)) => match tavle_core::model::Light::parse(s) {
            Some(l) => format!("{} {}", l.glyph(), super::light_name(lang, l)),
            None => s.clone(),
        },
        _ => value(lang, v),
    }
}

/// A merge in the change log, for the minutes: `slo sammen konfliktkopien
/// NAME (2 kort, …)`, or that it was undone.
pub fn merged_line(lang: Lang, copy: &str, undone: bool) -> String {
    if undone {
        f!(lang, "sync-log-unmerged", copy = copy)
    } else {
        f!(lang, "sync-log-merged", copy = copy)
    }
}

/// Lines of `tavle merge`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeCli {
    /// The board has no conflict copies.
    None { board: String },
    /// The board could not be found.
    NoBoard(String),
    /// The board does not parse.
    Broken { board: String, problem: String },
    /// A copy that does not parse is skipped.
    CopyBroken { copy: String, problem: String },
    /// Conflicts are left and `--prefer` was not given: nothing written.
    Choose(usize),
    /// `--dry-run`: nothing written.
    DryRun,
    /// Merged and moved.
    Done { copy: String, kept: String },
    /// Merged, but the copy could not be moved (`None`: it changed meanwhile).
    NotMoved { copy: String, why: Option<String> },
    /// The save failed.
    Failed { copy: String, why: String },
    /// A copy that is a link or not a regular file: never merged.
    Refused { copy: String, why: String },
    /// A copy with an ambiguous name (OneDrive's, `(1)`, `- Kopi`) that was
    /// not named with `--copy`: it may be a board someone made on purpose.
    Ask { copy: String, board: String },
    /// `count` conflict copies of the board's change log were merged into it.
    LogMerged { board: String, count: usize },
    /// The change log's copies could not be merged (why).
    LogNotMerged { board: String, why: String },
}

/// The text of a [`MergeCli`] line.
pub fn merge_cli(lang: Lang, m: &MergeCli) -> String {
    match m {
        MergeCli::None { board } => f!(lang, "cli-merge-none", board = board),
        MergeCli::NoBoard(board) => f!(lang, "cli-merge-no-board", board = board),
        MergeCli::Broken { board, problem } => {
            f!(lang, "cli-merge-broken", board = board, problem = problem)
        }
        MergeCli::CopyBroken { copy, problem } => {
            f!(
                lang,
                "cli-merge-copy-broken",
                copy = copy,
                problem = problem
            )
        }
        MergeCli::Choose(n) => {
            let count = *n;
            f!(lang, "cli-merge-choose", count = count)
        }
        MergeCli::DryRun => s!(lang, "cli-merge-dry-run").into(),
        MergeCli::Done { copy, kept } => f!(lang, "cli-merge-done", copy = copy, kept = kept),
        MergeCli::NotMoved { copy, why } => sync_msg(
            lang,
            &SyncMsg::NotMoved {
                copy: copy.clone(),
                why: why.clone(),
            },
        ),
        MergeCli::Failed { copy, why } => f!(lang, "cli-merge-failed", copy = copy, why = why),
        MergeCli::Refused { copy, why } => sync_msg(
            lang,
            &SyncMsg::NotMerged {
                copy: copy.clone(),
                why: why.clone(),
            },
        ),
        MergeCli::Ask { copy, board } => f!(lang, "cli-merge-ask", copy = copy, board = board),
        MergeCli::LogMerged { board, count } => {
            let count = *count;
            f!(lang, "cli-merge-log", board = board, count = count)
        }
        MergeCli::LogNotMerged { board, why } => {
            f!(lang, "cli-merge-log-failed", board = board, why = why)
        }
    }
}

/// The `--help` texts of `tavle merge`, for the command-line parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeHelp {
    About,
    Board,
    DryRun,
    Prefer,
    Copy,
}

/// The text of a [`MergeHelp`].
pub fn merge_help(lang: Lang, h: MergeHelp) -> &'static str {
    match h {
        MergeHelp::About => s!(lang, "cli-help-merge"),
        MergeHelp::Board => s!(lang, "cli-help-merge-board"),
        MergeHelp::DryRun => s!(lang, "cli-help-merge-dry-run"),
        MergeHelp::Prefer => s!(lang, "cli-help-merge-prefer"),
        MergeHelp::Copy => s!(lang, "cli-help-merge-copy"),
    }
}

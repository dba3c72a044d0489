//! `tavle merge BOARD [--dry-run] [--prefer board|copy] [--copy FILE]…`:
//! merge the sync clients' conflict copies of a board into it, element by
//! element, the same way `c` on the screen does — for each copy one step
//! that happens whole or not at all (`folder::copies::merge_copy`: the copy
//! kept in `.tavle/merged/`, one locked save, the copy's name removed), and
//! a line in the change log that names what was removed.
//!
//! Each copy is printed first: where it came from, whether the common
//! ancestor is known and trusted, every element it adds and every element it
//! removes (with titles), the edits kept and the ids changed, and every
//! conflict side by side — a removal is a conflict too, so nothing is taken
//! away without `--prefer`. With conflicts and no `--prefer`, nothing is
//! written and the exit code is 1; `--dry-run` never writes. A copy that is
//! a link or not a regular file is reported and never merged; a copy whose
//! name people also give on purpose (`NAME (1).json`, `NAME-HOST.json`,
//! `NAME - Kopi.json`) is merged only when named with `--copy`. Every text
//! from a file goes through `sanitize`. Parsing the arguments is the command
//! line's job; this module only runs the command.

use std::path::Path;

use super::{Exit, Io, lookup};
use crate::folder::copies::{self, NotMerged};
use crate::folder::{revs, store};
use crate::i18n::{self, Lang, MergeCli, MergeWord as W};
use tavle_core::merge::{self, Merge, Side};
use tavle_core::model::Board;
use tavle_core::ops::{BoardOp, Op, OpError};

/// How often a merge is made again when the board changed under it.
const TRIES: usize = 3;

/// What the command line asked of `tavle merge`.
#[derive(Debug, Clone, Default)]
pub struct How {
    /// Write nothing.
    pub dry_run: bool,
    /// The side every conflict gets.
    pub prefer: Option<Side>,
    /// Only these copies (file names); empty: every copy with a sync
    /// client's name.
    pub only: Vec<String>,
}

/// The first error of a file, in words.
fn problem(lang: Lang, a: &store::Analysis) -> String {
    a.problems
        .first()
        .map(|p| format!("{}:{}: {}", p.line, p.col, i18n::diag(lang, &p.kind).0))
        .unwrap_or_default()
}

/// Print one copy's merge: every element it adds and removes (as the merge
/// will be saved: with `prefer`, else the board's side), the notes, the
/// conflicts side by side. `prefer` marks the side every conflict will get.
fn report(io: &mut Io, copy: &copies::FoundCopy, m: &Merge, now: &Board, prefer: Option<Side>) {
    let lang = io.lang;
    let source = i18n::source(lang, &copy.source);
    io.say(&format!("{} ({source})", copy.name));
    let way = if m.three_way { W::ThreeWay } else { W::TwoWay };
    io.say(&format!("  {}", i18n::merge_word(lang, way)));
    let result = merge::resolve(m, |_| prefer.unwrap_or(Side::Board));
    let (added, removed) = (merge::added(now, &result), merge::removed(now, &result));
    if added.is_empty() && removed.is_empty() && merge::changed(now, &result).is_empty() {
        io.say(&format!("  {}", i18n::merge_word(lang, W::NothingNew)));
    }
    for (word, list) in [(W::Adds, &added), (W::Removes, &removed)] {
        for n in list.iter() {
            let element = i18n::element(lang, &n.element, Some(&n.title));
            io.say(&format!("  {}: {element}", i18n::merge_word(lang, word)));
        }
    }
    // Every field it changes in what the board has, and where it comes from.
    let from = i18n::merge_word(lang, W::FromCopy);
    for c in merge::changed(now, &result) {
        let word = i18n::merge_word(lang, W::Changes);
        io.say(&format!(
            "  {word}: {} {from}",
            i18n::change(lang, &c, &result)
        ));
    }
    let title = |e: &merge::Element| -> Option<String> {
        let find = |b: &Board| -> Option<String> {
            Some(match e {
                merge::Element::Card(id) => b.card(id)?.title.clone(),
                merge::Element::Column(id) => b.column(id)?.title.clone(),
                merge::Element::Goal(id) => b.goal(id)?.title.clone(),
                _ => return None,
            })
        };
        find(&m.merged).or_else(|| find(now))
    };
    let element = |e: &merge::Element| i18n::element(lang, e, title(e).as_deref());
    for n in &m.kept_edits {
        let kept = i18n::merge_word(lang, W::KeptEdits);
        let why = i18n::kept_edit(lang, n.kind);
        io.say(&format!("  {kept}: {}: {why}", element(&n.element)));
    }
    for r in &m.renamed {
        let word = i18n::merge_word(lang, W::Renamed);
        let why = i18n::renamed(lang, &r.from);
        io.say(&format!("  {word}: {}: {why}", element(&r.element)));
    }
    if !m.conflicts.is_empty() {
        let total = m.conflicts.len();
        io.say(&format!(
            "  {}: {total}",
            i18n::merge_word(lang, W::Conflicts)
        ));
    }
    let mark = |side| if prefer == Some(side) { "✓ " } else { "" };
    for c in &m.conflicts {
        io.say(&format!(
            "    {} · {}: {}{} «{}» │ {}{} «{}»",
            element(&c.at.element),
            i18n::field(lang, &c.at.field),
            mark(Side::Board),
            i18n::merge_word(lang, W::Board),
            i18n::field_value(lang, &c.at.field, &c.board),
            mark(Side::Copy),
            i18n::merge_word(lang, W::Copy),
            i18n::field_value(lang, &c.at.field, &c.copy),
        ));
    }
}

/// Merge `copy` into the board at `path` under its lock, every conflict
/// settled for `prefer`; made again when the board changed meanwhile.
fn save(
    path: &Path,
    copy: &copies::FoundCopy,
    copy_board: &Board,
    base: Option<&Board>,
    prefer: Option<Side>,
    stamp: &tavle_core::ops::Stamp,
) -> Result<store::Saved, store::UpdateError> {
    let mut last = Err(store::UpdateError::Op(OpError::MergeUnsettled(0)));
    for _ in 0..TRIES {
        // Chosen against the board as it is now; the save makes the merge
        // again under the lock and refuses a conflict that came after this.
        let choices = match (prefer, store::analyze(path).board) {
            (Some(side), Some(now)) => (merge::merge(base, &now, copy_board).conflicts)
                .into_iter()
                .map(|c| (c.at, side))
                .collect(),
            // No conflict was there when printed: one now is the board's
            // change, refused by the save. A broken board is refused too.
            _ => Vec::new(),
        };
        let op = Op::Board(BoardOp::Merge {
            name: copy.name.clone(),
            copy: Box::new(copy_board.clone()),
            base: base.cloned().map(Box::new),
            choices,
        });
        last = store::update(path, &[op], stamp);
        match &last {
            Err(store::UpdateError::Op(OpError::MergeUnsettled(_))) if prefer.is_some() => {}
            _ => break,
        }
    }
    last
}

/// The copies to merge: those with a sync client's name, or, with
/// `--copy`, the ones named. The others are said, never merged.
fn chosen<'a>(
    io: &mut Io,
    found: &'a [copies::FoundCopy],
    how: &How,
    board: &str,
) -> (Vec<&'a copies::FoundCopy>, bool) {
    let lang = io.lang;
    let mut skipped = false;
    let mut todo = Vec::new();
    for copy in found {
        let named = how.only.contains(&copy.name);
        if !how.only.is_empty() && !named {
            continue;
        }
        if let Some(e) = &copy.refused {
            let why = i18n::fs_error(lang, &e.kind, &copy.name);
            let copy = copy.name.clone();
            io.warn(&format!(
                "tavle: {}",
                i18n::merge_cli(lang, &MergeCli::Refused { copy, why })
            ));
            skipped = true;
            continue;
        }
        if !named && tavle_core::conflicts::classify(&copy.name).is_some_and(|c| c.needs_same_board)
        {
            let (copy, board) = (copy.name.clone(), board.to_string());
            io.warn(&i18n::merge_cli(lang, &MergeCli::Ask { copy, board }));
            skipped = true;
            continue;
        }
        todo.push(copy);
    }
    (todo, skipped)
}

/// Run `tavle merge`.
pub fn run(board: &str, dir: &Path, how: &How, at: super::Now, io: &mut Io) -> Exit {
    let lang = io.lang;
    let words = |m: &MergeCli| i18n::merge_cli(lang, m);
    let path = match lookup::board(board, dir) {
        Ok(path) => path,
        Err(e) => return io.fail(e),
    };
    let id = store::board_id(&path);
    let analysis = store::analyze(&path);
    let Some(mut now) = analysis.board.clone() else {
        let problem = problem(lang, &analysis);
        io.warn(&format!(
            "tavle: {}",
            words(&MergeCli::Broken { board: id, problem })
        ));
        return Exit::Problems;
    };
    let found = match copies::copies_of(&path, Some(&now)) {
        Ok(found) => found,
        Err(e) => {
            io.warn(&format!(
                "tavle: {}",
                i18n::fs_error(lang, &e.kind, &e.path.display().to_string())
            ));
            return Exit::Problems;
        }
    };
    if found.is_empty() {
        io.say(&words(&MergeCli::None { board: id.clone() }));
        return if how.dry_run {
            Exit::Ok
        } else {
            merge_logs(io, &path, &id)
        };
    }
    let (found, skipped) = chosen(io, &found, how, &id);
    let mut code = if skipped { Exit::Problems } else { Exit::Ok };
    let mut unsettled = 0;
    let mut todo = Vec::new();
    for copy in found {
        let Some(copy_board) = copy.analysis.board.clone() else {
            let (copy, problem) = (copy.name.clone(), problem(lang, &copy.analysis));
            io.warn(&format!(
                "tavle: {}",
                words(&MergeCli::CopyBroken { copy, problem })
            ));
            code = Exit::Problems;
            continue;
        };
        // The common ancestor both files' histories name (see `folder::revs`).
        let base = revs::ancestor(&path, &now, &copy_board);
        let m = merge::merge(base.as_ref(), &now, &copy_board);
        report(io, copy, &m, &now, how.prefer);
        if how.prefer.is_none() {
            unsettled += m.conflicts.len();
        }
        // The next copy is shown against the board as this merge leaves it.
        now = merge::resolve(&m, |_| how.prefer.unwrap_or(Side::Board));
        todo.push((copy, copy_board, base));
    }
    if unsettled > 0 {
        io.warn(&words(&MergeCli::Choose(unsettled)));
        return Exit::Problems;
    }
    if how.dry_run {
        io.say(&words(&MergeCli::DryRun));
        return code;
    }
    for (copy, copy_board, base) in todo {
        let name = copy.name.clone();
        let fingerprint = copy.analysis.fingerprint;
        let merged = copies::merge_copy(&path, &copy.path, fingerprint, || {
            save(
                &path,
                copy,
                &copy_board,
                base.as_ref(),
                how.prefer,
                &at.stamp(),
            )
        });
        let fs_words = |e: &crate::folder::safe_fs::FsError| {
            i18n::fs_error(lang, &e.kind, &e.path.display().to_string())
        };
        match merged {
            Ok(m) => {
                let kept = m.kept.strip_prefix(dir).unwrap_or(&m.kept);
                let kept = kept.display().to_string();
                match m.left {
                    None => io.say(&words(&MergeCli::Done { copy: name, kept })),
                    Some(why) => {
                        let why = why.as_ref().map(fs_words);
                        io.warn(&format!(
                            "tavle: {}",
                            words(&MergeCli::NotMoved { copy: name, why })
                        ));
                        code = Exit::Problems;
                    }
                }
            }
            Err(e) => {
                let why = match e {
                    NotMerged::Save(e) => i18n::msg(lang, &i18n::Msg::from(e)),
                    NotMerged::Refused(e) | NotMerged::Keep(e) => fs_words(&e),
                    NotMerged::Changed => {
                        i18n::sync_msg(lang, &i18n::SyncMsg::CopyChanged(name.clone()))
                    }
                };
                io.warn(&format!(
                    "tavle: {}",
                    words(&MergeCli::Failed { copy: name, why })
                ));
                code = Exit::Problems;
            }
        }
    }
    match merge_logs(io, &path, &id) {
        Exit::Ok => code,
        other => other,
    }
}

/// Merge the conflict copies of the board's change log into it, so the
/// minutes hold what both sides did; say how many.
fn merge_logs(io: &mut Io, path: &Path, id: &str) -> Exit {
    let lang = io.lang;
    let board = id.to_string();
    match crate::folder::log::merge_copies(path) {
        Ok(0) => Exit::Ok,
        Ok(count) => {
            io.say(&i18n::merge_cli(
                lang,
                &MergeCli::LogMerged { board, count },
            ));
            Exit::Ok
        }
        Err(e) => {
            let why = i18n::msg(lang, &i18n::Msg::from(e));
            let line = i18n::merge_cli(lang, &MergeCli::LogNotMerged { board, why });
            io.warn(&format!("tavle: {line}"));
            Exit::Problems
        }
    }
}

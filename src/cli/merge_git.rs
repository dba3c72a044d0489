//! git as a sync client: `tavle merge --git FILE [--dry-run] [--prefer
//! ours|theirs]` and the merge driver git runs (`tavle merge-driver %O %A %B
//! %P`). Both merge a board element by element, three-way, with the same
//! core merge as conflict copies (`tavle_core::merge`): ours is the board,
//! theirs the copy, and the common ancestor is git's own merge base — a
//! version both sides provably started from, which is all a three-way merge
//! needs. So two people who edit different fields of one card (and so both
//! change its `updated` lines) merge without a conflict, and two cards made
//! with one id on two machines are both kept.
//!
//! `tavle merge --git FILE`, when git has stopped a merge in FILE, reads the
//! file's stages from git (1 the ancestor, 2 ours, 3 theirs; no stage 1 when
//! both sides added the file: a two-way merge), prints the merge the way
//! `tavle merge` does, and with no conflicts (or `--prefer`) writes the
//! merged board over FILE under its lock, through the folder layer; the user
//! then marks it resolved with `git add`. With conflicts and no `--prefer`
//! it writes nothing and exits 1.
//!
//! The driver writes the merged board into %A and exits 0 when the merge is
//! clean; with conflicts it leaves %A as ours and exits 1, so that git
//! reports a conflict and the user settles it with `tavle merge --git`.
//! A file under the driver that is not a board is left to git's own
//! line-by-line merge. Every text from a file goes through `Io`.

use std::path::Path;

use super::git::{self, GitError};
use super::{Exit, Io};
use crate::folder::{lock, messages, store};
use crate::i18n::{self, GitMsg, GitSide, Lang, MergeWord as W};
use tavle_core::diag::DiagKind;
use tavle_core::merge::{self, Merge, Side};
use tavle_core::model::Board;

/// What the command line asked of `tavle merge --git`.
#[derive(Debug, Clone, Copy, Default)]
pub struct How {
    /// Write nothing.
    pub dry_run: bool,
    /// The side every conflict gets: ours is [`Side::Board`].
    pub prefer: Option<Side>,
}

/// A git failure in words.
fn git_words(lang: Lang, e: &GitError) -> String {
    match e {
        GitError::Missing => i18n::git_msg(lang, &GitMsg::NoGit),
        GitError::Failed(detail) => i18n::git_msg(lang, &GitMsg::GitFailed(detail.clone())),
        GitError::TooLarge { size, limit } => {
            let kind = DiagKind::TooLarge {
                size: *size,
                limit: *limit,
            };
            i18n::diag(lang, &kind).0
        }
    }
}

/// The first problem of a version that is no board, as `line:col: words`.
fn problem(lang: Lang, a: &store::Analysis) -> String {
    a.problems
        .first()
        .map(|p| format!("{}:{}: {}", p.line, p.col, i18n::diag(lang, &p.kind).0))
        .unwrap_or_default()
}

/// Print the merge: what it adds to and removes from our version (as it
/// will be written: with `prefer`, else ours), the edits kept, the ids
/// changed, and every conflict side by side.
fn report(io: &mut Io, file: &str, m: &Merge, ours: &Board, prefer: Option<Side>) {
    let lang = io.lang;
    io.say(file);
    io.say(&format!("  {}", i18n::git_msg(lang, &GitMsg::Sides)));
    let way = if m.three_way { W::ThreeWay } else { W::TwoWay };
    io.say(&format!("  {}", i18n::merge_word(lang, way)));
    let result = merge::resolve(m, |_| prefer.unwrap_or(Side::Board));
    let (added, removed) = (merge::added(ours, &result), merge::removed(ours, &result));
    if added.is_empty() && removed.is_empty() {
        io.say(&format!("  {}", i18n::merge_word(lang, W::NothingNew)));
    }
    for (word, list) in [(W::Adds, &added), (W::Removes, &removed)] {
        for n in list {
            let element = i18n::element(lang, &n.element, Some(&n.title));
            io.say(&format!("  {}: {element}", i18n::merge_word(lang, word)));
        }
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
        find(&m.merged).or_else(|| find(ours))
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

/// One stage of the file as an analysed board.
fn stage(dir: &Path, oid: &str) -> Result<store::Analysis, GitError> {
    git::blob(dir, oid, store::MAX_FILE_SIZE).map(store::analyze_bytes)
}

/// Write `board` over the file at `path` under the board's lock, in the
/// file's own text style; why not, in words.
fn write(lang: Lang, path: &Path, board: &Board, style: store::TextStyle) -> Result<(), String> {
    let bytes = store::to_text(board, style).into_bytes();
    let _lock = lock::acquire(path, store::LOCK_WAIT)
        .map_err(|e| i18n::msg(lang, &messages::lock_message(&e)))?;
    store::write_atomic(path, &bytes)
        .map_err(|e| i18n::fs_error(lang, &e.kind, &e.path.display().to_string()))
}

/// One side's version as a board, and its text style; when it is none,
/// say so (the exit code in `Err`).
fn side_board(
    io: &mut Io,
    dir: &Path,
    oid: &str,
    side: GitSide,
    file: &str,
) -> Result<(Board, store::TextStyle), Exit> {
    let analysis = stage(dir, oid).map_err(|e| fail_git(io, &e))?;
    match analysis.board {
        Some(board) => Ok((board, analysis.style)),
        None => {
            let problem = problem(io.lang, &analysis);
            let m = GitMsg::Broken {
                file: file.to_string(),
                side,
                problem,
            };
            io.warn(&format!("tavle: {}", i18n::git_msg(io.lang, &m)));
            Err(Exit::Problems)
        }
    }
}

/// Run `tavle merge --git FILE`.
pub fn run(file: &Path, how: &How, io: &mut Io) -> Exit {
    let lang = io.lang;
    let shown = file.display().to_string();
    let say_err = |io: &mut Io, m: GitMsg| {
        io.warn(&format!("tavle: {}", i18n::git_msg(lang, &m)));
        Exit::Problems
    };
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Some(name) = file.file_name() else {
        return say_err(io, GitMsg::NotConflicted { file: shown });
    };
    match git::toplevel(dir) {
        Ok(Some(_)) => {}
        Ok(None) => return say_err(io, GitMsg::NotRepo { file: shown }),
        Err(e) => return fail_git(io, &e),
    }
    let stages = match git::stages(dir, name) {
        Ok(s) => s,
        Err(e) => return fail_git(io, &e),
    };
    if !stages.conflicted() {
        return say_err(io, GitMsg::NotConflicted { file: shown });
    }
    let (Some(ours_oid), Some(theirs_oid)) = (&stages.ours, &stages.theirs) else {
        let on = match stages.ours {
            None => GitSide::Ours,
            Some(_) => GitSide::Theirs,
        };
        return say_err(io, GitMsg::Deleted { file: shown, on });
    };
    let ours = match side_board(io, dir, ours_oid, GitSide::Ours, &shown) {
        Ok(b) => b,
        Err(exit) => return exit,
    };
    let (theirs, _) = match side_board(io, dir, theirs_oid, GitSide::Theirs, &shown) {
        Ok(b) => b,
        Err(exit) => return exit,
    };
    let (ours, style) = ours;
    let base = match &stages.base {
        None => None,
        Some(oid) => match stage(dir, oid) {
            Ok(a) if a.board.is_some() => a.board,
            Ok(a) => {
                let problem = problem(lang, &a);
                io.warn(&format!(
                    "tavle: {}",
                    i18n::git_msg(lang, &GitMsg::BaseBroken { problem })
                ));
                None
            }
            Err(e) => return fail_git(io, &e),
        },
    };
    let m = merge::merge(base.as_ref(), &ours, &theirs);
    report(io, &shown, &m, &ours, how.prefer);
    if !m.conflicts.is_empty() && how.prefer.is_none() {
        return say_err(io, GitMsg::Choose(m.conflicts.len()));
    }
    if how.dry_run {
        io.say(&i18n::merge_cli(lang, &i18n::MergeCli::DryRun));
        return Exit::Ok;
    }
    let merged = merge::resolve(&m, |_| how.prefer.unwrap_or(Side::Board));
    match write(lang, file, &merged, style) {
        Ok(()) => {
            io.say(&i18n::git_msg(lang, &GitMsg::Done { file: shown }));
            Exit::Ok
        }
        Err(why) => say_err(io, GitMsg::WriteFailed { file: shown, why }),
    }
}

/// Run the merge driver git calls as `tavle merge-driver %O %A %B %P`:
/// merge `theirs` (%B) into `ours` (%A) from `base` (%O); `shown` (%P) is
/// the file's name in the repository, for messages. Exit 0 when %A holds
/// the merged board, 1 when git must report a conflict.
pub fn driver(base: &Path, ours: &Path, theirs: &Path, shown: Option<&str>, io: &mut Io) -> Exit {
    let lang = io.lang;
    let shown = shown.map_or_else(|| ours.display().to_string(), str::to_string);
    let say = |io: &mut Io, m: GitMsg| io.warn(&format!("tavle: {}", i18n::git_msg(lang, &m)));
    let (a, b) = (store::analyze(ours), store::analyze(theirs));
    let (Some(ours_board), Some(theirs_board)) = (&a.board, &b.board) else {
        // Not a board (or a broken one): git's own merge, line by line.
        say(io, GitMsg::DriverAsText { file: shown });
        return match git::merge_file(Path::new("."), ours, base, theirs) {
            Ok(true) => Exit::Ok,
            Ok(false) => Exit::Problems,
            Err(e) => fail_git(io, &e),
        };
    };
    // No common version (added on both sides): a two-way merge.
    let base_board = store::analyze(base).board;
    let m = merge::merge(base_board.as_ref(), ours_board, theirs_board);
    if !m.conflicts.is_empty() {
        let count = m.conflicts.len();
        say(io, GitMsg::DriverConflicts { file: shown, count });
        return Exit::Problems;
    }
    // %A is git's own temp file: no lock, nobody else writes it.
    let bytes = store::to_text(&m.merged, a.style).into_bytes();
    match store::write_atomic(ours, &bytes) {
        Ok(()) => Exit::Ok,
        Err(e) => {
            let why = i18n::fs_error(lang, &e.kind, &e.path.display().to_string());
            say(io, GitMsg::DriverFailed { file: shown, why });
            Exit::Problems
        }
    }
}

/// Say why git gave no usable answer.
fn fail_git(io: &mut Io, e: &GitError) -> Exit {
    let text = git_words(io.lang, e);
    io.warn(&format!("tavle: {text}"));
    Exit::Problems
}

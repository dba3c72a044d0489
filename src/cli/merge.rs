//! `tavle merge BOARD [--dry-run] [--prefer board|copy]`: merge the sync
//! clients' conflict copies of a board into it, element by element, the same
//! way `c` on the screen does — one locked save per copy (an op that can be
//! undone on a screen), each copy then moved to `.tavle/merged/`, and a line
//! in the change log.
//!
//! Each copy is printed first: where it came from, whether the common
//! ancestor is known, what it adds, the edits kept and the ids changed, and
//! every conflict side by side. With conflicts and no `--prefer`, nothing is
//! written and the exit code is 1; `--dry-run` never writes. Every text from
//! a file goes through `sanitize`. Parsing the arguments is the command
//! line's job; this module only runs the command.

use std::path::Path;

use super::{Exit, Io, lookup};
use crate::folder::{base, copies, store};
use crate::i18n::{self, Lang, MergeCli, MergeWord as W};
use tavle_core::merge::{self, Merge, Side};
use tavle_core::model::Board;
use tavle_core::ops::{BoardOp, Op, OpError};

/// How often a merge is made again when the board changed under it.
const TRIES: usize = 3;

/// The first error of a file, in words.
fn problem(lang: Lang, a: &store::Analysis) -> String {
    a.problems
        .first()
        .map(|p| format!("{}:{}: {}", p.line, p.col, i18n::diag(lang, &p.kind).0))
        .unwrap_or_default()
}

/// Print one copy's merge: what it adds, the notes, the conflicts side by side.
/// `prefer` marks the side every conflict will get with ✓.
fn report(io: &mut Io, copy: &copies::FoundCopy, m: &Merge, base: bool, prefer: Option<Side>) {
    let lang = io.lang;
    let source = i18n::source(lang, &copy.source);
    io.say(&format!("{} ({source})", copy.name));
    io.say(&format!(
        "  {}",
        i18n::merge_word(lang, if base { W::ThreeWay } else { W::TwoWay })
    ));
    let a = m.added_from_copy;
    let other = a.columns + a.goals + a.indicators + a.corrections;
    let adds = i18n::merge_adds(lang, a.cards, a.decisions, a.values, other)
        .unwrap_or_else(|| i18n::merge_word(lang, W::NothingNew).to_string());
    io.say(&format!("  {adds}"));
    let title = |e: &merge::Element| -> Option<String> {
        let b = &m.merged;
        Some(match e {
            merge::Element::Card(id) => b.card(id)?.title.clone(),
            merge::Element::Column(id) => b.column(id)?.title.clone(),
            merge::Element::Goal(id) => b.goal(id)?.title.clone(),
            _ => return None,
        })
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
) -> Result<(), store::UpdateError> {
    let stamp = crate::folder::stamp::stamp_now();
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
        last = store::update(path, &[op], &stamp).map(|_| ());
        match &last {
            Err(store::UpdateError::Op(OpError::MergeUnsettled(_))) if prefer.is_some() => {}
            _ => break,
        }
    }
    last
}

/// Run `tavle merge`.
pub fn run(board: &str, dir: &Path, dry_run: bool, prefer: Option<Side>, io: &mut Io) -> Exit {
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
    let found = match copies::copies_of(&path, Some(&now.title)) {
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
        io.say(&words(&MergeCli::None { board: id }));
        return Exit::Ok;
    }
    let base = base::read(&path);
    let mut code = Exit::Ok;
    let mut unsettled = 0;
    let mut todo = Vec::new();
    for copy in &found {
        let Some(copy_board) = copy.analysis.board.clone() else {
            let (copy, problem) = (copy.name.clone(), problem(lang, &copy.analysis));
            io.warn(&format!(
                "tavle: {}",
                words(&MergeCli::CopyBroken { copy, problem })
            ));
            code = Exit::Problems;
            continue;
        };
        let m = merge::merge(base.as_ref(), &now, &copy_board);
        report(io, copy, &m, base.is_some(), prefer);
        if prefer.is_none() {
            unsettled += m.conflicts.len();
        }
        // The next copy is shown against the board as this merge leaves it.
        now = merge::resolve(&m, |_| prefer.unwrap_or(Side::Board));
        todo.push((copy, copy_board));
    }
    if unsettled > 0 {
        io.warn(&words(&MergeCli::Choose(unsettled)));
        return Exit::Problems;
    }
    if dry_run {
        io.say(&words(&MergeCli::DryRun));
        return code;
    }
    for (copy, copy_board) in todo {
        let name = copy.name.clone();
        if let Err(e) = save(&path, copy, &copy_board, base.as_ref(), prefer) {
            let why = i18n::msg(lang, &i18n::Msg::from(e));
            io.warn(&format!(
                "tavle: {}",
                words(&MergeCli::Failed { copy: name, why })
            ));
            code = Exit::Problems;
            continue;
        }
        match copies::move_to_merged(&copy.path, copy.analysis.fingerprint) {
            Ok(kept) => {
                let kept = kept
                    .strip_prefix(dir)
                    .unwrap_or(&kept)
                    .display()
                    .to_string();
                io.say(&words(&MergeCli::Done { copy: name, kept }));
            }
            Err(e) => {
                let why = match e {
                    copies::MoveError::Changed => None,
                    copies::MoveError::Fs(e) => {
                        Some(i18n::fs_error(lang, &e.kind, &e.path.display().to_string()))
                    }
                };
                io.warn(&format!(
                    "tavle: {}",
                    words(&MergeCli::NotMoved { copy: name, why })
                ));
                code = Exit::Problems;
            }
        }
    }
    code
}

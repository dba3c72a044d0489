//! The merge screen (`c` on a board with conflict copies): each copy in turn,
//! merged into the board element by element (`tavle_core::merge`), with what
//! it adds, the edits kept against an archive or removal, the ids it had to
//! change, and every field changed differently on both sides, for the user to
//! choose the board's value or the copy's (each shown whole, PgUp/PgDn
//! scrolling a long one). Enter saves the merge as one op
//! ([`BoardOp::Merge`]) through the normal locked save; the worker then moves
//! the copy to `.tavle/merged/`.
//!
//! The merge is always shown against the board as it is on screen now: when
//! the board (or the copy) changes while the user chooses, the questions are
//! asked again, keeping the choices made for fields that are still in
//! conflict. No I/O here: reading the base and saving are effects.

use super::request::{Request, Requests};
use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;

use super::entry::CopyFile;
use super::event::{Effect, MergeOutcome};
use super::keymap::{Binding, Cmd, SyncCmd, bind, ch, key};
use super::shared::Shared;
use super::{Component, Screen};
use crate::i18n::{Msg, SyncMsg};
use tavle_core::merge::{self, Element, Merge, Side};
use tavle_core::model::Board;
use tavle_core::ops::{BoardOp, Op};

pub const KEYS: &[Binding] = &[
    bind(&[key(KeyCode::Up, "↑")], Cmd::Up, false),
    bind(&[key(KeyCode::Down, "↓")], Cmd::Down, false),
    bind(
        &[key(KeyCode::Left, "←"), ch('b', "b")],
        Cmd::Sync(SyncCmd::TakeBoard),
        true,
    ),
    bind(
        &[key(KeyCode::Right, "→"), ch('k', "k")],
        Cmd::Sync(SyncCmd::TakeCopy),
        true,
    ),
    bind(
        &[key(KeyCode::Enter, "Enter")],
        Cmd::Sync(SyncCmd::Merge),
        true,
    ),
    bind(&[key(KeyCode::Tab, "Tab")], Cmd::Sync(SyncCmd::Skip), true),
    bind(
        &[key(KeyCode::PageDown, "PgDn")],
        Cmd::Sync(SyncCmd::PageDown),
        false,
    ),
    bind(
        &[key(KeyCode::PageUp, "PgUp")],
        Cmd::Sync(SyncCmd::PageUp),
        false,
    ),
    bind(&[key(KeyCode::Esc, "Esc"), ch('q', "q")], Cmd::Back, true),
];

/// How many lines PgDn and PgUp scroll a conflict's values.
const PAGE: u16 = 5;

/// One copy being looked at.
#[derive(Debug, Clone)]
pub struct Review {
    pub copy: CopyFile,
    /// The copy's board, and the fingerprint of its bytes.
    pub copy_board: Board,
    pub fingerprint: u64,
    pub merge: Merge,
    /// The side chosen for each of `merge.conflicts`, in order.
    pub choices: Vec<Option<Side>>,
    /// The conflict the keys choose for.
    pub selected: usize,
    /// Lines the selected conflict's values are scrolled down.
    pub scroll: u16,
    /// The board the merge was made against: when the board on screen is no
    /// longer this, the merge is made again.
    against: Board,
    /// The common ancestor of the board and this copy, when known.
    base: Option<Board>,
    /// What the merge adds to the board and takes away from it, as chosen
    /// so far (an open conflict counts for the board's side), with titles.
    pub added: Vec<merge::Named>,
    pub removed: Vec<merge::Named>,
    /// The fields it changes in elements the board has (moves, lights, …).
    pub changed: Vec<merge::Changed>,
    /// The board the merge gives, as chosen so far.
    pub result: Board,
}

impl Review {
    fn new(
        copy: CopyFile,
        copy_board: Board,
        fingerprint: u64,
        kept: &[Board],
        against: Board,
    ) -> Review {
        let base = tavle_core::revision::ancestor(&against, &copy_board, kept);
        let merge = merge::merge(base.as_ref(), &against, &copy_board);
        let result = merge.merged.clone();
        let mut r = Review {
            base,
            choices: vec![None; merge.conflicts.len()],
            copy,
            copy_board,
            fingerprint,
            merge,
            selected: 0,
            scroll: 0,
            against,
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
            result,
        };
        r.recount();
        r
    }

    /// Work out [`Review::added`] and [`Review::removed`] again.
    fn recount(&mut self) {
        let (conflicts, choices) = (&self.merge.conflicts, &self.choices);
        let result = merge::resolve(&self.merge, |c| {
            let i = conflicts.iter().position(|x| x.at == c.at);
            i.and_then(|i| choices.get(i).copied().flatten())
                .unwrap_or(Side::Board)
        });
        self.added = merge::added(&self.against, &result);
        self.removed = merge::removed(&self.against, &result);
        self.changed = merge::changed(&self.against, &result);
        self.result = result;
    }

    /// How many conflicts have no choice yet.
    pub fn open(&self) -> usize {
        self.choices.iter().filter(|c| c.is_none()).count()
    }

    /// The title (or text) of an element, from the merged board, else the copy.
    pub fn title(&self, e: &Element) -> Option<String> {
        let find = |b: &Board| -> Option<String> {
            Some(match e {
                Element::Column(id) => b.column(id)?.title.clone(),
                Element::Card(id) => b.card(id)?.title.clone(),
                Element::Goal(id) => b.goal(id)?.title.clone(),
                Element::Indicator(id) => b.indicators.iter().find(|i| &i.id == id)?.title.clone(),
                Element::Decision(id) => b.decisions.iter().find(|d| &d.id == id)?.text.clone(),
                Element::Routine(id) => b.routine(id)?.title.clone(),
                Element::Risk(id) => b.risk(id)?.title.clone(),
                Element::Deviation(id) => b.deviation(id)?.category.clone(),
                Element::Event(id) => b.event(id)?.title.clone(),
                _ => return None,
            })
        };
        find(&self.merge.merged).or_else(|| find(&self.copy_board))
    }
}

/// The merge screen's state.
#[derive(Debug, Default)]
pub struct MergeScreen {
    /// The board the copies are merged into.
    pub board: Option<PathBuf>,
    /// The copies not yet looked at, in order.
    pub queue: Vec<CopyFile>,
    /// How many copies there were, and how many are behind us.
    pub total: usize,
    pub done: usize,
    /// The kept versions are being read.
    pub loading: bool,
    /// The versions of the board kept by revision that any copy's history
    /// shares (`folder::revs`): each copy's common ancestor is among them,
    /// or is the board or the copy itself.
    pub kept: Vec<Board>,
    /// The copy on screen.
    pub review: Option<Review>,
    /// The merge in flight: the copy being merged.
    pub saving: Option<PathBuf>,
}

impl MergeScreen {
    /// The kept versions of `path` were read: start with the first copy.
    pub fn revisions_read(&mut self, path: &Path, kept: Vec<Board>, s: &Shared, rq: &mut Requests) {
        if !self.loading || self.board.as_deref() != Some(path) {
            return;
        }
        self.loading = false;
        self.kept = kept;
        self.next(s, rq);
    }

    /// Look at the next copy that can be read; back to the board after the last.
    fn next(&mut self, s: &Shared, rq: &mut Requests) {
        self.review = None;
        while !self.queue.is_empty() {
            let copy = self.queue.remove(0);
            let Some(entry) = s.copies().iter().find(|e| e.path == copy.path) else {
                // Gone meanwhile (merged on another screen, deleted).
                self.done += 1;
                continue;
            };
            if entry.linked {
                // Read through a link: whatever it points to is not the copy
                // a sync client wrote, and is never merged.
                let why = crate::i18n::fs_error(
                    s.lang(),
                    &tavle_core::diag::FsErrorKind::Symlink,
                    &copy.name,
                );
                let copy = copy.name.clone();
                rq.notify(Msg::Sync(SyncMsg::NotMerged { copy, why }), true);
                continue;
            }
            let (Some(copy_board), None) = (entry.saved.as_deref().cloned(), &entry.broken) else {
                let (line, col) = entry.broken.as_ref().map_or((0, 0), |p| (p.line, p.col));
                let msg = SyncMsg::CopyBroken {
                    copy: copy.name.clone(),
                    line,
                    col,
                };
                rq.notify(Msg::Sync(msg), true);
                self.done += 1;
                continue;
            };
            let fingerprint = entry.fingerprint;
            let Some(board) = s.board().cloned() else {
                break;
            };
            self.review = Some(Review::new(
                copy,
                copy_board,
                fingerprint,
                &self.kept,
                board,
            ));
            return;
        }
        rq.go(Screen::Board);
    }

    /// Make the merge again when the board or the copy changed, keeping the
    /// choices of the fields still in conflict.
    fn follow(&mut self, s: &Shared, rq: &mut Requests) {
        if self.saving.is_some() {
            return;
        }
        let Some(r) = &mut self.review else {
            return;
        };
        let copy = s.copies().iter().find(|e| e.path == r.copy.path);
        let Some(copy) = copy else {
            // The copy went away: on to the next.
            self.done += 1;
            self.next(s, rq);
            return;
        };
        // A copy broken meanwhile keeps the review as it was: its bytes
        // changed, so the worker refuses to merge it and says why.
        let (Some(board), Some(copy_board), None) = (s.board(), &copy.saved, &copy.broken) else {
            return;
        };
        if *board == r.against && copy.fingerprint == r.fingerprint {
            return;
        }
        let base = tavle_core::revision::ancestor(board, copy_board, &self.kept);
        let m = merge::merge(base.as_ref(), board, copy_board);
        let old: Vec<(merge::Path, Side)> = (r.merge.conflicts.iter().zip(&r.choices))
            .filter_map(|(c, s)| Some((c.at.clone(), (*s)?)))
            .collect();
        r.choices = (m.conflicts.iter())
            .map(|c| old.iter().find(|(p, _)| *p == c.at).map(|(_, s)| *s))
            .collect();
        r.selected = r.choices.iter().position(Option::is_none).unwrap_or(0);
        r.against = board.clone();
        r.copy_board = Board::clone(copy_board);
        r.fingerprint = copy.fingerprint;
        r.merge = m;
        r.base = base;
        r.recount();
    }

    /// Choose `side` for the selected conflict and go to the next.
    fn choose(&mut self, side: Side) {
        if let Some(r) = &mut self.review
            && let Some(c) = r.choices.get_mut(r.selected)
        {
            *c = Some(side);
            r.selected = (r.selected + 1).min(r.choices.len().saturating_sub(1));
            r.scroll = 0;
            r.recount();
        }
    }

    /// Save the merge of the copy on screen.
    fn merge(&mut self, s: &Shared, rq: &mut Requests) {
        if self.saving.is_some() {
            return;
        }
        let Some(r) = &mut self.review else {
            return;
        };
        let open = r.open();
        if open > 0 {
            r.selected = r.choices.iter().position(Option::is_none).unwrap_or(0);
            rq.notify(Msg::Sync(SyncMsg::ChooseAll(open)), true);
            return;
        }
        if !rq.writable(s) {
            return;
        }
        let choices = (r.merge.conflicts.iter().zip(&r.choices))
            .filter_map(|(c, side)| Some((c.at.clone(), (*side)?)))
            .collect();
        let op = Op::Board(BoardOp::Merge {
            name: r.copy.name.clone(),
            copy: Box::new(r.copy_board.clone()),
            base: r.base.clone().map(Box::new),
            choices,
        });
        let copy = r.copy.path.clone();
        self.saving = send(s, rq, op, copy, r.fingerprint);
    }

    /// What became of the merge with `seq`; `on_screen`: the merge screen is
    /// still on view, so it goes on to the next copy (or asks again).
    pub fn merged(
        &mut self,
        copy: &Path,
        seq: u64,
        outcome: MergeOutcome,
        on_screen: bool,
        s: &Shared,
        rq: &mut Requests,
    ) {
        rq.push(Request::MergeDone(seq));
        let name = copy
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match &outcome {
            MergeOutcome::Moved(kept) => {
                let kept = kept.strip_prefix(s.dir()).unwrap_or(kept);
                let kept = kept.display().to_string();
                rq.notify(Msg::Sync(SyncMsg::Merged { kept }), false);
                // Gone from the folder: no longer a copy of anything.
                rq.push(Request::CopyGone(copy.to_path_buf()));
            }
            MergeOutcome::NotMoved(why) => {
                let why = why.clone();
                rq.notify(Msg::Sync(SyncMsg::NotMoved { copy: name, why }), true);
            }
            MergeOutcome::CopyChanged => {
                rq.notify(Msg::Sync(SyncMsg::CopyChanged(name)), true);
            }
            MergeOutcome::Refused(why) => {
                let why = why.clone();
                rq.notify(Msg::Sync(SyncMsg::NotMerged { copy: name, why }), true);
            }
            // The save's own result said why.
            MergeOutcome::NotSaved { .. } => {}
        }
        if self.saving.as_deref() != Some(copy) {
            return;
        }
        self.saving = None;
        if !on_screen {
            return;
        }
        match outcome {
            MergeOutcome::Moved(_) | MergeOutcome::NotMoved(_) => {
                self.done += 1;
                self.next(s, rq);
            }
            // Never merged: on to the next copy, this one stays as it is.
            MergeOutcome::Refused(_) => self.next(s, rq),
            // Asked again against the board and copy as they are now.
            MergeOutcome::CopyChanged | MergeOutcome::NotSaved { .. } => self.follow(s, rq),
        }
    }
}

/// Hand the merge to the worker like any save (shown at once, undone by `u`),
/// with the copy to move once it is saved. The copy, when asked for.
fn send(s: &Shared, rq: &mut Requests, op: Op, copy: PathBuf, fingerprint: u64) -> Option<PathBuf> {
    let path = s.entry()?.path.clone();
    rq.push(Request::Merge {
        path,
        op: Box::new(op),
        copy: copy.clone(),
        fingerprint,
    });
    Some(copy)
}

impl MergeScreen {
    fn command(&mut self, cmd: Cmd, s: &Shared, rq: &mut Requests) {
        match cmd {
            Cmd::Back => rq.go(Screen::Board),
            Cmd::Up => {
                if let Some(r) = &mut self.review {
                    r.selected = r.selected.saturating_sub(1);
                    r.scroll = 0;
                }
            }
            Cmd::Down => {
                if let Some(r) = &mut self.review {
                    r.selected = (r.selected + 1).min(r.choices.len().saturating_sub(1));
                    r.scroll = 0;
                }
            }
            // The whole values of one conflict can be longer than the screen.
            Cmd::Sync(SyncCmd::PageDown) => {
                if let Some(r) = &mut self.review {
                    r.scroll = r.scroll.saturating_add(PAGE);
                }
            }
            Cmd::Sync(SyncCmd::PageUp) => {
                if let Some(r) = &mut self.review {
                    r.scroll = r.scroll.saturating_sub(PAGE);
                }
            }
            Cmd::Sync(SyncCmd::TakeBoard) => self.choose(Side::Board),
            Cmd::Sync(SyncCmd::TakeCopy) => self.choose(Side::Copy),
            Cmd::Sync(SyncCmd::Merge) => self.merge(s, rq),
            Cmd::Sync(SyncCmd::Skip) if self.saving.is_none() && !self.loading => {
                self.done += 1;
                self.next(s, rq);
            }
            _ => {}
        }
    }

    fn start(&mut self, s: &Shared, rq: &mut Requests) {
        *self = MergeScreen::default();
        let Some(e) = s.entry() else {
            rq.go(Screen::Board);
            return;
        };
        let path = e.path.clone();
        self.queue = e.copies.clone();
        self.total = self.queue.len();
        self.board = Some(path.clone());
        self.loading = true;
        // The revisions any copy shares with the board: their kept versions
        // are the candidates for each copy's common ancestor.
        let mut ids: Vec<String> = Vec::new();
        if let Some(board) = s.board() {
            for c in &self.queue {
                let copy = s.copies().iter().find(|e| e.path == c.path);
                if let Some(copy) = copy.and_then(|e| e.saved.as_deref()) {
                    ids.extend(tavle_core::revision::common(board, copy));
                }
            }
        }
        ids.dedup();
        rq.effect(Effect::ReadRevisions { path, ids });
    }

    fn keep_valid(&mut self, s: &Shared, rq: &mut Requests) {
        // The board on view is another (or gone): this merge is over.
        if s.entry().map(|e| &e.path) != self.board.as_ref() && self.saving.is_none() {
            rq.go(Screen::Board);
            return;
        }
        self.follow(s, rq);
    }
}

impl Component for MergeScreen {
    fn keys(&self) -> &'static [Binding] {
        KEYS
    }

    /// A merge under way is not undone, nor left for another board or the
    /// meeting; Tab skips a copy here.
    fn left_out(&self) -> &'static [Cmd] {
        super::global::ONLY_HELP_AND_QUIT
    }

    fn update(&mut self, cmd: Cmd, s: &Shared) -> Requests {
        Requests::of(|rq| self.command(cmd, s, rq))
    }

    fn enter(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.start(s, rq))
    }

    fn refresh(&mut self, s: &Shared) -> Requests {
        Requests::of(|rq| self.keep_valid(s, rq))
    }
}

/// `c` on a board: the merge screen, when the board has copies and may be written.
pub fn open(s: &Shared, rq: &mut Requests) {
    if s.entry().is_none_or(|e| e.copies.is_empty()) {
        rq.notify(Msg::Sync(SyncMsg::NoCopies), false);
    } else if rq.writable(s) {
        rq.go(Screen::Merge);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_two_actions_share_a_key() {
        assert_eq!(super::super::keymap::clashes(super::KEYS), []);
    }
}

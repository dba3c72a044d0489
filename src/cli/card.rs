//! `tavle card …` and `tavle unlock`: headless edits for scripts, through the
//! same lock + re-read + rename path as the screen.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::check::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::cli::{CardCmd, CardFields};
use crate::folder::store;
use crate::i18n::{self, Lang, Msg};
use crate::model::Light;
use crate::ops::{CardOp, CardPatch, Change, DecisionOp, NewCard, Op};
use crate::text::sanitize;

/// BOARD is a path to a file, or a board id in `dir`.
pub fn resolve_board(board: &str, dir: &Path) -> Option<PathBuf> {
    let as_path = PathBuf::from(board);
    if as_path.is_file() {
        return Some(as_path);
    }
    let in_dir = dir.join(format!("{board}.json"));
    in_dir.is_file().then_some(in_dir)
}

/// `none`/`ingen`/empty clears; otherwise a light name in English or bokmål.
fn parse_light(s: &str) -> Result<Option<Light>, ()> {
    match s.trim().to_lowercase().as_str() {
        "" | "none" | "ingen" | "-" => Ok(None),
        "green" | "grønn" | "g" => Ok(Some(Light::Green)),
        "yellow" | "gul" | "y" => Ok(Some(Light::Yellow)),
        "red" | "rød" | "r" => Ok(Some(Light::Red)),
        _ => Err(()),
    }
}

fn parse_due(s: &str, today: NaiveDate) -> Result<Option<NaiveDate>, ()> {
    match s.trim().to_lowercase().as_str() {
        "" | "none" | "ingen" | "-" => Ok(None),
        other => crate::dates::parse_due(other, today)
            .map(Some)
            .map_err(|_| ()),
    }
}

struct Ctx<'a, O: Write, E: Write> {
    lang: Lang,
    out: &'a mut O,
    err: &'a mut E,
}

impl<O: Write, E: Write> Ctx<'_, O, E> {
    fn fail(&mut self, msg: Msg, code: i32) -> i32 {
        let _ = writeln!(self.err, "tavle: {}", sanitize(&i18n::msg(self.lang, &msg)));
        code
    }
}

fn patch_of(fields: &CardFields, today: NaiveDate) -> Result<CardPatch, Msg> {
    let mut patch = CardPatch {
        title: fields.title.clone(),
        owner: fields
            .owner
            .clone()
            .map(|o| Some(o).filter(|o| !o.trim().is_empty())),
        ..CardPatch::default()
    };
    if let Some(d) = &fields.due {
        patch.due = Some(parse_due(d, today).map_err(|_| Msg::BadDue(d.clone()))?);
    }
    if let Some(l) = &fields.light {
        patch.light = Some(parse_light(l).map_err(|_| Msg::BadLight(l.clone()))?);
    }
    Ok(patch)
}

/// Run a `tavle card` command; returns the exit code.
pub fn run(
    cmd: CardCmd,
    dir: &Path,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let mut ctx = Ctx { lang, out, err };
    let today = chrono::Local::now().date_naive();
    let board_arg = match &cmd {
        CardCmd::Add { board, .. }
        | CardCmd::Move { board, .. }
        | CardCmd::Set { board, .. }
        | CardCmd::Archive { board, .. } => board.clone(),
    };
    let Some(path) = resolve_board(&board_arg, dir) else {
        return ctx.fail(Msg::NoSuchBoard(board_arg), EXIT_USAGE);
    };
    let op = match cmd {
        CardCmd::Add { column, fields, .. } => {
            let Some(title) = fields.title.clone().filter(|t| !t.trim().is_empty()) else {
                return ctx.fail(Msg::EmptyTitle, EXIT_USAGE);
            };
            let patch = match patch_of(&fields, today) {
                Ok(p) => p,
                Err(m) => return ctx.fail(m, EXIT_USAGE),
            };
            // The first column is resolved on the fresh file, under the lock.
            Op::Card(CardOp::Add(NewCard {
                title,
                column: column.unwrap_or_default(),
                owner: patch.owner.flatten(),
                due: patch.due.flatten(),
                light: patch.light.flatten(),
            }))
        }
        CardCmd::Move { card, column, .. } => Op::Card(CardOp::Move {
            id: card,
            column,
            before: None,
        }),
        CardCmd::Set { card, fields, .. } => match patch_of(&fields, today) {
            Ok(patch) if !patch.is_empty() => Op::Card(CardOp::Set { id: card, patch }),
            Ok(_) => return EXIT_OK,
            Err(m) => return ctx.fail(m, EXIT_USAGE),
        },
        CardCmd::Archive { card, restore, .. } => Op::Card(CardOp::Set {
            id: card,
            patch: CardPatch {
                archived: Some(!restore),
                ..CardPatch::default()
            },
        }),
    };
    match store::update(&path, &[op], &crate::tui::stamp_now()) {
        Ok(saved) => {
            if let Some(Change::Added { card, .. }) = saved.applied.first().map(|a| &a.change) {
                let _ = writeln!(ctx.out, "{card}");
            }
            EXIT_OK
        }
        Err(e) => ctx.fail(Msg::from(e), EXIT_PROBLEMS),
    }
}

/// `tavle unlock BOARD`: break a stale lock (never one in use right now).
pub fn unlock(
    board: &str,
    dir: &Path,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    use crate::folder::lock::{LockError, Unlocked};
    use crate::i18n::FolderMsg;
    let mut ctx = Ctx { lang, out, err };
    let path = resolve_board(board, dir).unwrap_or_else(|| dir.join(format!("{board}.json")));
    let id = store::board_id(&path);
    let holder = |h: Option<crate::folder::lock::Holder>| h.map(|h| (h.host, h.pid));
    let done = match crate::folder::lock::break_lock(&path) {
        Ok(Unlocked::Broke(h)) => FolderMsg::Unlocked {
            board: id,
            holder: holder(h),
        },
        Ok(Unlocked::RemovedOdd(kind)) => FolderMsg::UnlockedOdd { board: id, kind },
        Ok(Unlocked::NotLocked) => FolderMsg::NotLocked { board: id },
        Err(LockError::Busy { holder: h, .. }) => {
            let m = FolderMsg::LockInUse {
                board: id,
                holder: holder(h),
            };
            return ctx.fail(Msg::Folder(m), EXIT_PROBLEMS);
        }
        Err(e) => return ctx.fail(Msg::Folder(FolderMsg::from_lock(e)), EXIT_PROBLEMS),
    };
    let _ = writeln!(
        ctx.out,
        "{}",
        sanitize(&i18n::msg(lang, &Msg::Folder(done)))
    );
    EXIT_OK
}

/// `tavle decision add`: log a decision through the safe save path; prints its id.
pub fn decision(
    cmd: crate::cli::DecisionCmd,
    dir: &Path,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let mut ctx = Ctx { lang, out, err };
    let crate::cli::DecisionCmd::Add {
        board,
        text,
        owner,
        due,
        card,
    } = cmd;
    let Some(path) = resolve_board(&board, dir) else {
        return ctx.fail(Msg::NoSuchBoard(board), EXIT_USAGE);
    };
    if text.trim().is_empty() {
        return ctx.fail(Msg::EmptyTitle, EXIT_USAGE);
    }
    let today = chrono::Local::now().date_naive();
    let due = match due.as_deref().map(|d| parse_due(d, today)) {
        None => None,
        Some(Ok(d)) => d,
        Some(Err(())) => return ctx.fail(Msg::BadDue(due.unwrap_or_default()), EXIT_USAGE),
    };
    let op = Op::Decision(DecisionOp::Add(crate::ops::NewDecision {
        text,
        owner,
        due,
        card,
    }));
    match store::update(&path, &[op], &crate::tui::stamp_now()) {
        Ok(saved) => {
            if let Some(Change::Decided { decision, .. }) = saved.applied.first().map(|a| &a.change)
            {
                let _ = writeln!(ctx.out, "{decision}");
            }
            EXIT_OK
        }
        Err(e) => ctx.fail(Msg::from(e), EXIT_PROBLEMS),
    }
}

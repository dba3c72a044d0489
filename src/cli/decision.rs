//! `tavle decision add`: log a decision from a script, through the same
//! safe save as the screen; prints the new decision's id. The board and
//! the card it concerns are named by id or by title.
//!
//! It must not write a board any other way than `store::update`, and must
//! not print except through [`Io`].

use std::path::Path;

use super::card::parse_due;
use super::{CliError, DecisionCmd, Exit, Io, Now, lookup};
use crate::folder::store;
use tavle_core::ops::{Change, DecisionOp, NewDecision, Op};

/// Run `tavle decision add`.
pub fn run(cmd: DecisionCmd, dir: &Path, now: Now, io: &mut Io) -> Exit {
    match add(cmd, dir, now, io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

fn add(cmd: DecisionCmd, dir: &Path, now: Now, io: &mut Io) -> Result<(), CliError> {
    let DecisionCmd::Add {
        board,
        text,
        owner,
        due,
        card,
    } = cmd;
    let path = lookup::board(&board, dir)?;
    if text.trim().is_empty() {
        return Err(CliError::EmptyTitle);
    }
    let today = now.today();
    let due = match due {
        Some(d) => parse_due(&d, today)?,
        None => None,
    };
    let card = match card {
        Some(name) => Some(lookup::card(&lookup::read(&path)?, &name)?),
        None => None,
    };
    let op = Op::Decision(DecisionOp::Add(NewDecision {
        text,
        owner,
        due,
        card,
    }));
    let saved = store::update(&path, &[op], &now.stamp())?;
    io.warn_log(&saved);
    if let Some(Change::Decided { decision, .. }) = saved.applied.first().map(|a| &a.change) {
        io.say(decision);
    }
    Ok(())
}

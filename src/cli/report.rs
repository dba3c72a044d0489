//! `tavle report BOARD --status|--final [--dir DIR]`: print the status
//! report or the final report a learning network asks of an improvement
//! team (seed 001) as Markdown ([`crate::report::team`]): the team and its
//! roles, the goals, the measures with their PDSA cycles, the indicators
//! with their latest values and signals, the routines made; the final
//! report also what was achieved, the benefit and what is kept.
//!
//! It writes nothing, and prints only through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io, lookup};
use crate::report::team::Which;

/// Run `tavle report`.
pub fn run(board: &str, which: Which, dir: &Path, now: super::Now, io: &mut Io) -> Exit {
    match print(board, which, dir, now, io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

fn print(
    board: &str,
    which: Which,
    dir: &Path,
    now: super::Now,
    io: &mut Io,
) -> Result<(), CliError> {
    let path = lookup::board(board, dir)?;
    let b = lookup::read(&path)?;
    let today = now.today();
    let doc = crate::report::team::document(io.lang, &b, today, which);
    io.print(&crate::minutes::markdown(&doc));
    Ok(())
}

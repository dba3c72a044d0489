//! `tavle a3 BOARD CARD [--dir DIR]`: print the A3 one-pager of an
//! improvement card as Markdown ([`crate::report::a3`]): problem, current
//! situation, root cause with the five whys, goal, measures, plan, result,
//! the linked indicator's run chart as text and the benefit. The card is
//! named by id or by title ([`lookup::card`]).
//!
//! It writes nothing, and prints only through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io, lookup};

/// Run `tavle a3`.
pub fn run(board: &str, card: &str, dir: &Path, now: super::Now, io: &mut Io) -> Exit {
    match print(board, card, dir, now, io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

fn print(
    board: &str,
    card: &str,
    dir: &Path,
    now: super::Now,
    io: &mut Io,
) -> Result<(), CliError> {
    let path = lookup::board(board, dir)?;
    let b = lookup::read(&path)?;
    // The id is one of the board's: `lookup` resolves among them.
    let id = lookup::card(&b, card)?;
    let Some(c) = b.card(&id) else {
        return Ok(());
    };
    let today = now.today();
    let doc = crate::report::a3::document(io.lang, &b, c, today);
    io.print(&crate::minutes::markdown(&doc));
    Ok(())
}

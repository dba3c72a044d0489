//! `tavle routine BOARD [ROUTINE] [--dir DIR]`: print a routine of the
//! board — or every routine, when none is named — as Markdown with the
//! headings of the routine template (seed 000), built as a document
//! ([`crate::report::routine`]) so every text from the board stays text.
//! The routine is named by id or by title ([`lookup::routine`]).
//!
//! It writes nothing, and prints only through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io, lookup};

/// Run `tavle routine`.
pub fn run(board: &str, routine: Option<&str>, dir: &Path, now: super::Now, io: &mut Io) -> Exit {
    match print(board, routine, dir, now, io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

fn print(
    board: &str,
    routine: Option<&str>,
    dir: &Path,
    now: super::Now,
    io: &mut Io,
) -> Result<(), CliError> {
    let path = lookup::board(board, dir)?;
    let b = lookup::read(&path)?;
    let today = now.today();
    let doc = match routine {
        Some(name) => {
            // The id is one of the board's: `lookup` resolves among them.
            let id = lookup::routine(&b, name)?;
            let r = b.routine(&id).ok_or_else(|| gone(name))?;
            crate::report::routine::document(io.lang, &b, r, today)
        }
        None => crate::report::routine::all(io.lang, &b, today),
    };
    io.print(&crate::minutes::markdown(&doc));
    Ok(())
}

/// A routine that is not there after all.
fn gone(name: &str) -> CliError {
    CliError::Name {
        what: super::words::Named::Routine,
        name: name.to_string(),
        error: tavle_core::names::NameError::Unknown { valid: Vec::new() },
    }
}

//! `tavle schema`: print the JSON Schema of the board format, for editors
//! and scripts (`schema/board.schema.json` is this output; a test keeps
//! them equal).
//!
//! It must not print except through [`Io`].

use super::{Exit, Io};

/// Run `tavle schema`.
pub fn run(io: &mut Io) -> Exit {
    io.json(&tavle_core::schema::board_schema());
    Exit::Ok
}

//! `tavle new forbedring|drift NAME [--dir DIR] [--team-leader NAME]
//! [--measurement-lead NAME]`: a new board from its template (`tavle_core::template`, the words in the user's language from
//! the catalogue), written as a new file of the folder through the folder
//! layer (`folder::fresh::create_board`: named by a safe slug of NAME, never
//! over a file, no more readable than the boards there). The path alone on
//! stdout, for scripts; the sentence saying what was made on stderr.
//!
//! It must not write except through the folder layer, nor print except
//! through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io};
use crate::folder::fresh;
use crate::i18n::{self, Msg, NewBoardMsg};
use tavle_core::diag::FsErrorKind;
use tavle_core::model::Kind;
use tavle_core::template::Roles;

/// The kind of board, as `tavle new` takes it: the file's word, nynorsk,
/// English or what the board is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    #[value(
        alias = "forbetring",
        alias = "improvement",
        alias = "forbedringstavle"
    )]
    Forbedring,
    #[value(alias = "operations", alias = "driftstavle")]
    Drift,
}

impl NewKind {
    pub fn kind(self) -> Kind {
        match self {
            NewKind::Forbedring => Kind::Forbedring,
            NewKind::Drift => Kind::Drift,
        }
    }
}

/// Run `tavle new`.
pub fn run(kind: NewKind, name: &str, dir: &Path, roles: &Roles, io: &mut Io) -> Exit {
    let (lang, kind) = (io.lang, kind.kind());
    if name.trim().is_empty() {
        return io.fail(CliError::EmptyTitle);
    }
    if !dir.is_dir() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    let words = i18n::template_words(lang, kind);
    let board = tavle_core::template::new_team_board(kind, name, &words, roles);
    match fresh::create_board(dir, &board) {
        Ok(path) => {
            let path = path.display().to_string();
            io.say(&path);
            let said = i18n::msg(lang, &Msg::NewBoard(NewBoardMsg::Created { kind, path }));
            io.warn(&said);
            Exit::Ok
        }
        Err(e) if e.kind == FsErrorKind::AlreadyExists => {
            let path = e.path.display().to_string();
            io.fail(CliError::Refused(Msg::NewBoard(NewBoardMsg::Exists(path))))
        }
        Err(e) => {
            let path = e.path.display().to_string();
            let failed = NewBoardMsg::Failed { path, kind: e.kind };
            io.fail(CliError::Refused(Msg::NewBoard(failed)))
        }
    }
}

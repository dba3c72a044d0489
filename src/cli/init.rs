//! `tavle init [DIR]`: make a board folder ready for the sync clients tavle
//! knows, once per clone or machine. It adds tavle's lines to the folder's
//! `.gitattributes` (boards merged by tavle's driver, change logs line by
//! line) and `.gitignore` (what belongs to one machine), and in a Syncthing
//! folder to `.stignore`; only the missing lines, never over what is there,
//! never through a link, with the folder's permissions (`folder::ignore`).
//! Inside a git work tree it names the merge driver in the repository's own
//! config (`merge.tavle.driver`), which git never copies with a clone — so
//! every clone runs `tavle init` once. It says what it did, file by file.

use std::path::Path;

use super::git::{self, GitError};
use super::{CliError, Exit, Io};
use crate::folder::ignore::{self, GITATTRIBUTES, GITIGNORE, STFOLDER, STIGNORE};
use crate::folder::safe_fs::Folder;
use crate::i18n::{self, GitMsg};

/// The command git runs to merge a board: tavle on the PATH, with git's
/// placeholders (git quotes each value it puts in).
pub const DRIVER: &str = "tavle merge-driver %O %A %B %P";

/// Run `tavle init`.
pub fn run(dir: &Path, io: &mut Io) -> Exit {
    let lang = io.lang;
    if !dir.is_dir() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    let folder = match Folder::open(dir) {
        Ok(f) => f,
        Err(e) => {
            let why = i18n::fs_error(lang, &e.kind, &e.path.display().to_string());
            let file = dir.display().to_string();
            io.warn(&format!(
                "tavle: {}",
                i18n::git_msg(lang, &GitMsg::InitFailed { file, why })
            ));
            return Exit::Problems;
        }
    };
    let mut code = Exit::Ok;
    let mut files = vec![(".gitattributes", GITATTRIBUTES), (".gitignore", GITIGNORE)];
    if matches!(folder.stat(STFOLDER.as_ref(), false), Ok(Some(_))) {
        files.push((".stignore", STIGNORE));
    }
    for (name, lines) in files {
        let file = name.to_string();
        let said = match ignore::ensure_lines(&folder, name, lines) {
            Ok(0) => GitMsg::InitHad { file },
            Ok(count) => GitMsg::InitAdded { file, count },
            Err(e) => {
                code = Exit::Problems;
                let why = i18n::fs_error(lang, &e.kind, &e.path.display().to_string());
                io.warn(&format!(
                    "tavle: {}",
                    i18n::git_msg(lang, &GitMsg::InitFailed { file, why })
                ));
                continue;
            }
        };
        io.say(&i18n::git_msg(lang, &said));
    }
    let configured = git::toplevel(dir).and_then(|top| match top {
        None => Ok(None),
        Some(top) => {
            git::set_config(dir, "merge.tavle.name", i18n::driver_name(lang))?;
            git::set_config(dir, "merge.tavle.driver", DRIVER)?;
            Ok(Some(top))
        }
    });
    match configured {
        Ok(Some(top)) => {
            let repo = top.display().to_string();
            io.say(&i18n::git_msg(lang, &GitMsg::InitDriver { repo }));
        }
        Ok(None) => io.say(&i18n::git_msg(lang, &GitMsg::InitNotRepo)),
        Err(GitError::Missing) => io.say(&i18n::git_msg(lang, &GitMsg::InitNoGit)),
        Err(e) => {
            code = Exit::Problems;
            let detail = match e {
                GitError::Failed(d) => d,
                GitError::Missing | GitError::TooLarge { .. } => String::new(),
            };
            io.warn(&format!(
                "tavle: {}",
                i18n::git_msg(lang, &GitMsg::GitFailed(detail))
            ));
        }
    }
    code
}

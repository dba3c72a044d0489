//! Reading the two `tavle.toml` files: the team's beside the boards and the
//! person's in their config folder ([`crate::platform::config_dir`]), and
//! putting them together ([`load`]). What they may hold, and which wins, is
//! `crate::settings`; here is only how they are read: like a board, never
//! through a link in the boards folder, never a pipe or a device, never more
//! than [`LIMIT`] bytes.

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::safe_fs::Folder;
use crate::settings::{self, Problem, ProblemKind, Scope, Settings, Unread};
use tavle_core::diag::{FsErrorKind, NodeKind};

/// The name of both files.
pub const FILE: &str = "tavle.toml";

/// A settings file larger than this is not read: it is not one a person
/// wrote for tavle.
pub const LIMIT: u64 = 64 * 1024;

/// Something wrong in one of the files, with the file's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub problem: Problem,
}

/// Both files' settings put together, and what was wrong in them.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub settings: Settings,
    pub problems: Vec<Found>,
}

/// The settings for the boards folder `dir`: its `tavle.toml` over the
/// person's (see [`Settings::over`]); the person's alone without a folder.
pub fn load(dir: Option<&Path>) -> Loaded {
    let mut problems = Vec::new();
    let mut take = |read: Option<(PathBuf, Result<String, Unread>)>, scope| {
        let Some((path, text)) = read else {
            return Settings::default();
        };
        match text {
            Ok(text) => {
                let (s, found) = settings::parse(&text, scope);
                problems.extend(found.into_iter().map(|problem| Found {
                    path: path.clone(),
                    problem,
                }));
                s
            }
            Err(why) => {
                problems.push(Found {
                    path,
                    problem: Problem {
                        line: 1,
                        column: 1,
                        kind: ProblemKind::Unreadable(why),
                    },
                });
                Settings::default()
            }
        }
    };
    let team = take(dir.and_then(read_folder), Scope::Folder);
    let person = take(read_personal(), Scope::Personal);
    Loaded {
        settings: team.over(person),
        problems,
    }
}

/// The text of the `tavle.toml` in the boards folder `dir`, if there is
/// one: never through a link, only a regular file.
pub fn read_folder(dir: &Path) -> Option<(PathBuf, Result<String, Unread>)> {
    let folder = Folder::open(dir).ok()?;
    let name = OsStr::new(FILE);
    let path = folder.join(name);
    // Nothing there: nothing to say.
    folder.stat(name, false).ok()??;
    let text = folder
        .read(name, false, LIMIT)
        .map_err(|e| Unread::Fs(e.kind))
        .and_then(|(bytes, _)| text_of(bytes));
    Some((path, text))
}

/// The text of the person's own `tavle.toml`, if there is one.
pub fn read_personal() -> Option<(PathBuf, Result<String, Unread>)> {
    let path = crate::platform::config_dir()?.join(FILE);
    let file = crate::platform::open_read_path(&path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        let kind = if meta.is_dir() {
            NodeKind::Directory
        } else {
            NodeKind::Unknown
        };
        return Some((path, Err(Unread::Fs(FsErrorKind::NotRegular(kind)))));
    }
    let mut bytes = Vec::new();
    if let Err(e) = file.take(LIMIT + 1).read_to_end(&mut bytes) {
        return Some((path, Err(Unread::Fs(crate::platform::classify(&e)))));
    }
    Some((path, text_of(bytes)))
}

/// The text of a file's bytes: UTF-8 and within [`LIMIT`].
fn text_of(bytes: Vec<u8>) -> Result<String, Unread> {
    if bytes.len() as u64 > LIMIT {
        let size = bytes.len() as u64;
        return Err(Unread::Fs(FsErrorKind::TooLarge { size, limit: LIMIT }));
    }
    String::from_utf8(bytes).map_err(|_| Unread::NotText)
}
#[cfg(test)]
#[path = "settings_tests.rs"]
mod more_tests;

//! Asking git, for `tavle merge --git`, the merge driver and `tavle init`:
//! git runs as a child process in a given folder, and only what tavle needs
//! is asked — whether the folder is in a work tree, the stages of a file git
//! stopped a merge on (`ls-files -u`, then each blob by its object id, size
//! first), setting a key in the repository's own config, and a plain text
//! merge for files that are not boards. Output that git means for scripts is
//! read (`-z`, object ids); git's own words are passed on only as the detail
//! of a failure, and printed through `Io` like everything else.
//!
//! It must not print, and must not write files itself: git writes its config.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Why git gave no answer tavle can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitError {
    /// There is no `git` to run.
    Missing,
    /// git ran and said no: its first line of complaint (or its exit code).
    Failed(String),
    /// A blob larger than tavle reads.
    TooLarge { size: u64, limit: u64 },
}

/// A file's three versions as git keeps them while a merge is stopped: the
/// object ids of stage 1 (the common ancestor), 2 (ours) and 3 (theirs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stages {
    pub base: Option<String>,
    pub ours: Option<String>,
    pub theirs: Option<String>,
}

impl Stages {
    /// git stopped a merge on this file (it has any stage).
    pub fn conflicted(&self) -> bool {
        self.base.is_some() || self.ours.is_some() || self.theirs.is_some()
    }
}

/// Run git in `dir` with `args`; its output whatever its exit status.
#[allow(clippy::disallowed_methods)] // `tavle merge --git` runs git: the one process the CLI starts
fn output(dir: &Path, args: &[&OsStr]) -> Result<Output, GitError> {
    Command::new("git")
        // Names are names, never patterns; no pager, no prompt.
        .arg("--literal-pathspecs")
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => GitError::Missing,
            _ => GitError::Failed(e.to_string()),
        })
}

/// git's complaint: the first line of its stderr that says something.
fn complaint(out: &Output) -> GitError {
    let text = String::from_utf8_lossy(&out.stderr);
    let line = text.lines().map(str::trim).find(|l| !l.is_empty());
    GitError::Failed(match line {
        Some(l) => l.to_string(),
        None => format!("git: {}", out.status),
    })
}

/// Run git in `dir`; its stdout when it succeeded.
fn run(dir: &Path, args: &[&OsStr]) -> Result<Vec<u8>, GitError> {
    let out = output(dir, args)?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(complaint(&out))
    }
}

fn os(args: &[&'static str]) -> Vec<&'static OsStr> {
    args.iter().map(|a| OsStr::new(*a)).collect()
}

/// The top of the work tree `dir` is in; `None` when it is in none (or git
/// refuses the repository, which comes to the same for tavle).
pub fn toplevel(dir: &Path) -> Result<Option<PathBuf>, GitError> {
    let out = output(dir, &os(&["rev-parse", "--show-toplevel"]))?;
    if !out.status.success() {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let top = text.trim_end_matches(['\n', '\r']);
    Ok((!top.is_empty()).then(|| PathBuf::from(top)))
}

/// The stages of the file `name` in `dir` (empty when git has no conflict
/// on it). `ls-files -u -z` lines are `MODE OID STAGE\tPATH\0`.
pub fn stages(dir: &Path, name: &OsStr) -> Result<Stages, GitError> {
    let mut args = os(&["ls-files", "-u", "-z", "--"]);
    args.push(name);
    let out = run(dir, &args)?;
    let mut stages = Stages::default();
    for entry in out.split(|b| *b == 0).filter(|e| !e.is_empty()) {
        let entry = String::from_utf8_lossy(entry);
        let Some((info, _path)) = entry.split_once('\t') else {
            continue;
        };
        let mut parts = info.split(' ');
        let (Some(_mode), Some(oid), Some(stage)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let oid = Some(oid.to_string());
        match stage {
            "1" => stages.base = oid,
            "2" => stages.ours = oid,
            "3" => stages.theirs = oid,
            _ => {}
        }
    }
    Ok(stages)
}

/// The bytes of the blob `oid`, refused without being read when larger
/// than `limit`.
pub fn blob(dir: &Path, oid: &str, limit: u64) -> Result<Vec<u8>, GitError> {
    let oid = OsStr::new(oid);
    let size = run(dir, &[OsStr::new("cat-file"), OsStr::new("-s"), oid])?;
    let size: u64 = String::from_utf8_lossy(&size)
        .trim()
        .parse()
        .map_err(|_| GitError::Failed(format!("cat-file -s {}", oid.to_string_lossy())))?;
    if size > limit {
        return Err(GitError::TooLarge { size, limit });
    }
    run(dir, &[OsStr::new("cat-file"), OsStr::new("blob"), oid])
}

/// Set `key` to `value` in the repository's own config (`.git/config`),
/// never the user's or the system's.
pub fn set_config(dir: &Path, key: &str, value: &str) -> Result<(), GitError> {
    let args = [
        OsStr::new("config"),
        OsStr::new("--local"),
        key.as_ref(),
        value.as_ref(),
    ];
    run(dir, &args).map(|_| ())
}

/// git's own line-by-line merge of `theirs` into `ours` from `base`, left in
/// `ours` with conflict markers; whether it was clean. For files under the
/// driver that are not boards.
pub fn merge_file(dir: &Path, ours: &Path, base: &Path, theirs: &Path) -> Result<bool, GitError> {
    let mut args = os(&[
        "merge-file",
        "-L",
        "ours",
        "-L",
        "base",
        "-L",
        "theirs",
        "--",
    ]);
    args.extend([ours.as_os_str(), base.as_os_str(), theirs.as_os_str()]);
    let out = output(dir, &args)?;
    // The exit code is the number of conflicts; negative (>127) on error.
    match out.status.code() {
        Some(0) => Ok(true),
        Some(1..=127) => Ok(false),
        _ => Err(complaint(&out)),
    }
}

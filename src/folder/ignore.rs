//! The lines tavle wants in a board folder's `.gitattributes`, `.gitignore`
//! and (in a Syncthing folder) `.stignore`, and adding the missing ones to
//! such a file without touching what is there: the lines people wrote stay
//! as they are, and a line already present (trimmed, in any order) is not
//! added again. `tavle init` writes all three; the save path calls
//! [`ensure_stignore`], so that a Syncthing folder keeps tavle's lock and
//! temp files to each machine without anyone having to remember it.
//!
//! Written through the held folder of `safe_fs`: never through a link (a
//! `.gitignore` that is a link is refused, not followed), never a FIFO, read
//! with a bound, and a file made new gets the folder's permissions (its read
//! and write bits, and its group).

use std::ffi::OsStr;

use crate::folder::safe_fs::{Folder, FsError, FsErrorKind, NodeKind, Perms};

/// `.gitattributes`: boards are merged element by element by tavle's merge
/// driver (`tavle init` names it in the repository's config), and the
/// change logs, one JSON object per line, line by line from both sides.
pub const GITATTRIBUTES: &[&str] = &["*.json merge=tavle", ".tavle/*.log.jsonl merge=union"];

/// `.gitignore`: what belongs to this machine only — the kept ancestors,
/// revisions and merged copies in `.tavle/`, lock files, and the temp files
/// of a save in progress.
pub const GITIGNORE: &[&str] = &[
    ".tavle/revs/",
    ".tavle/merged/",
    "*.json.lock",
    "*.json.lock.break",
    ".*.tmp",
];

/// `.stignore`: a lock means something only on the machine that took it,
/// and a temp file is half a save.
pub const STIGNORE: &[&str] = &["*.json.lock", "*.json.lock.break", ".*.tmp"];

/// The name that marks the root of a Syncthing folder.
pub const STFOLDER: &str = ".stfolder";

/// Larger ignore files are not read (nor added to).
const MAX_READ: u64 = 256 * 1024;

/// The permissions of a file made in `folder` ([`Folder::perms_of_new`]).
fn folder_perms(folder: &Folder) -> Perms {
    folder.perms_of_new()
}

/// The lines of `wanted` that `text` does not have (compared trimmed).
pub fn missing<'a>(text: &str, wanted: &[&'a str]) -> Vec<&'a str> {
    let have: Vec<&str> = text.lines().map(str::trim).collect();
    wanted
        .iter()
        .copied()
        .filter(|w| !have.contains(&w.trim()))
        .collect()
}

/// What to append to `text` so that it ends with `lines`, one a line:
/// a line break first when its last line has none, and the file's own
/// line ends (CRLF when it uses them).
pub fn addition(text: &str, lines: &[&str]) -> String {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::new();
    if !text.is_empty() && !text.ends_with('\n') {
        out.push_str(eol);
    }
    for l in lines {
        out.push_str(l);
        out.push_str(eol);
    }
    out
}

/// Add the lines of `wanted` that the file `name` in `folder` lacks (making
/// it when missing); how many were added. A link, a folder or a FIFO by that
/// name is refused, and so is a file too large to be an ignore file.
pub fn ensure_lines(folder: &Folder, name: &str, wanted: &[&str]) -> Result<usize, FsError> {
    let os = OsStr::new(name);
    let text = match folder.stat(os, false)? {
        None => String::new(),
        Some(meta) => match meta.kind {
            NodeKind::File => {
                let (bytes, _) = folder.read(os, false, MAX_READ)?;
                String::from_utf8_lossy(&bytes).into_owned()
            }
            NodeKind::Symlink => return Err(FsError::new(FsErrorKind::Symlink, folder.join(os))),
            k => return Err(FsError::new(FsErrorKind::NotRegular(k), folder.join(os))),
        },
    };
    let lines = missing(&text, wanted);
    if lines.is_empty() {
        return Ok(0);
    }
    folder.append(os, addition(&text, &lines).as_bytes(), folder_perms(folder))?;
    Ok(lines.len())
}

/// In a Syncthing folder (one with `.stfolder`), add tavle's lines to its
/// `.stignore`; whether anything was added. Elsewhere one `stat` and
/// nothing else; in a Syncthing folder with the lines in place, one more
/// `stat` and a bounded read.
pub fn ensure_stignore(folder: &Folder) -> Result<bool, FsError> {
    if folder.stat(OsStr::new(STFOLDER), false)?.is_none() {
        return Ok(false);
    }
    ensure_lines(folder, ".stignore", STIGNORE).map(|n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn only_missing_lines_are_added_and_what_was_there_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".gitignore");
        fs::write(&path, "target/\n  *.json.lock  \r\n# mine").unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        assert_eq!(ensure_lines(&folder, ".gitignore", GITIGNORE).unwrap(), 4);
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("target/\n  *.json.lock  \r\n# mine\r\n.tavle/revs/\r\n"),
            "{text:?}"
        );
        for line in GITIGNORE {
            assert_eq!(
                text.lines().filter(|l| l.trim() == *line).count(),
                1,
                "{line}"
            );
        }
        // A second time: nothing to add, the file is unchanged.
        assert_eq!(ensure_lines(&folder, ".gitignore", GITIGNORE).unwrap(), 0);
        assert_eq!(fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn stignore_is_written_only_in_a_syncthing_folder() {
        let dir = tempfile::tempdir().unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        assert!(!ensure_stignore(&folder).unwrap());
        assert!(!dir.path().join(".stignore").exists());
        fs::create_dir(dir.path().join(STFOLDER)).unwrap();
        assert!(ensure_stignore(&folder).unwrap());
        let text = fs::read_to_string(dir.path().join(".stignore")).unwrap();
        assert_eq!(text, "*.json.lock\n*.json.lock.break\n.*.tmp\n");
        assert!(!ensure_stignore(&folder).unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_refused_and_a_new_file_gets_the_folders_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("theirs");
        fs::write(&target, "x\n").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join(".gitignore")).unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o750)).unwrap();
        let folder = Folder::open(dir.path()).unwrap();
        let e = ensure_lines(&folder, ".gitignore", GITIGNORE).unwrap_err();
        assert_eq!(e.kind, FsErrorKind::Symlink);
        assert_eq!(fs::read_to_string(&target).unwrap(), "x\n");
        ensure_lines(&folder, ".gitattributes", GITATTRIBUTES).unwrap();
        let mode = fs::metadata(dir.path().join(".gitattributes"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}
#[cfg(test)]
#[path = "ignore_tests.rs"]
mod more_tests;

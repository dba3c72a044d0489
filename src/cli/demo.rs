//! `tavle demo [DIR] [--no-open]`: a first run that never edits the
//! repository's `boards/`. The sample boards are compiled into the binary
//! (so `cargo install` gives a working demo), written to a new folder (DIR,
//! or a new folder in the temp directory), every date moved by whole weeks
//! so the boards sit around today the way they sat around the day they were
//! written ([`WRITTEN`]), and the copy opened on the screen.
//!
//! It must not write into a folder that has anything in it, nor over any
//! file; and must not print except through [`Io`].

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::error::OsError;
use super::{CliError, Io, words};
use crate::folder::store;

/// The day the sample boards were written: their deadlines, meetings and
/// measurements are dated around Tuesday 24 November 2026 ("i dag", "i
/// morgen", "4 d over"). The demo moves them by the whole weeks from then
/// to today. Change it only together with the boards.
pub const WRITTEN: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 24) {
    Some(d) => d,
    None => panic!("a valid date"),
};

/// The shipped boards: file name and text, as in `boards/`.
pub const BOARDS: [(&str, &str); 3] = [
    (
        "hjemmetjenesten-nord.json",
        include_str!("../../boards/hjemmetjenesten-nord.json"),
    ),
    (
        "sykehjem-forbedring.json",
        include_str!("../../boards/sykehjem-forbedring.json"),
    ),
    (
        "helsefellesskap-handlingsplan.json",
        include_str!("../../boards/helsefellesskap-handlingsplan.json"),
    ),
];

/// Run `tavle demo`; the exit code (the screen's, when it opens). Without
/// a terminal (and without `--no-open`) nothing is written: exit code 2.
pub fn run(dir: Option<&Path>, no_open: bool, io: &mut Io) -> u8 {
    if !no_open && let Err(e) = super::need_terminal() {
        return io.fail(e).code();
    }
    let today = chrono::Local::now().date_naive();
    let dir = match write(dir, today) {
        Ok(dir) => dir,
        Err(e) => return io.fail(e).code(),
    };
    let lang = io.lang;
    // The path alone on stdout, for scripts: `cd "$(tavle demo --no-open)"`.
    io.say(&dir.display().to_string());
    io.warn(&words::demo_written(lang, &dir.display().to_string()));
    if no_open {
        return 0;
    }
    super::open(&dir, None, io)
}

/// Write the sample boards, dated around `today`, to `dir` (or a new
/// folder in the temp directory); the folder written to.
pub fn write(dir: Option<&Path>, today: NaiveDate) -> Result<PathBuf, CliError> {
    let dir = match dir {
        Some(d) => prepare(d)?,
        None => new_temp_folder()?,
    };
    let days = tavle_core::shift::weeks_between(WRITTEN, today);
    let failed = |e: &std::io::Error| CliError::DemoFailed {
        dir: dir.clone(),
        error: OsError::from(e),
    };
    for (name, text) in BOARDS {
        let (board, _) = store::analyze_text(text);
        // The shipped boards are checked by the tests; one that does not
        // parse is copied as it is rather than lost.
        let out = match board {
            Some(mut b) => {
                tavle_core::shift::shift(&mut b, days);
                store::to_text(&b, store::TextStyle::default())
            }
            None => text.to_string(),
        };
        // `create_new`: never over a file, never through a link planted at the name.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(dir.join(name))
            .and_then(|mut f| f.write_all(out.as_bytes()).and_then(|()| f.sync_all()))
            .map_err(|e| failed(&e))?;
    }
    Ok(dir)
}

/// DIR as given: made when missing, used when an empty folder, refused
/// when anything is in it (or it is not a folder).
fn prepare(dir: &Path) -> Result<PathBuf, CliError> {
    let failed = |e: &std::io::Error| CliError::DemoFailed {
        dir: dir.to_path_buf(),
        error: OsError::from(e),
    };
    match fs::read_dir(dir).map(|mut entries| entries.next().is_none()) {
        Ok(true) => Ok(dir.to_path_buf()),
        Ok(false) => Err(CliError::DemoNotEmpty(dir.to_path_buf())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !dir.exists() => {
            fs::create_dir_all(dir).map_err(|e| failed(&e))?;
            Ok(dir.to_path_buf())
        }
        // A file, a broken link, a folder that cannot be read: not ours to use.
        Err(_) if dir.symlink_metadata().is_ok() => Err(CliError::DemoNotEmpty(dir.to_path_buf())),
        Err(e) => Err(failed(&e)),
    }
}

/// A folder of our own in the temp directory, made new (never one that
/// exists: another user's planted folder is not reused).
fn new_temp_folder() -> Result<PathBuf, CliError> {
    let base = std::env::temp_dir();
    let mut last = None;
    for _ in 0..8 {
        let dir = base.join(format!(
            "tavle-demo-{}",
            crate::folder::safe_fs::random_token()
        ));
        match fs::create_dir(&dir) {
            Ok(()) => return Ok(dir),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => {
                return Err(CliError::DemoFailed {
                    dir,
                    error: OsError::from(&e),
                });
            }
        }
    }
    let last = last.unwrap_or_else(|| std::io::ErrorKind::AlreadyExists.into());
    Err(CliError::DemoFailed {
        dir: base,
        error: OsError::from(&last),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_boards_are_the_shipped_ones() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
        let mut shipped: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json"))
            .collect();
        shipped.sort();
        let mut embedded: Vec<String> = BOARDS.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(shipped, embedded);
        for (name, text) in BOARDS {
            assert!(store::analyze_text(text).0.is_some(), "{name}");
        }
    }

    #[test]
    fn a_folder_with_anything_in_it_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("mine.txt"), "x").unwrap();
        assert!(matches!(
            write(Some(tmp.path()), WRITTEN),
            Err(CliError::DemoNotEmpty(_))
        ));
        assert!(matches!(
            write(Some(&tmp.path().join("mine.txt")), WRITTEN),
            Err(CliError::DemoNotEmpty(_))
        ));
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
        let new = tmp.path().join("ny/mappe");
        assert_eq!(write(Some(&new), WRITTEN).unwrap(), new);
        assert_eq!(fs::read_dir(&new).unwrap().count(), BOARDS.len());
    }
}

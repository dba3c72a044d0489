//! `tavle demo [DIR] [--no-open]`: a first run that never edits the
//! repository's `boards/`. The sample boards are compiled into the binary
//! (so `cargo install` gives a working demo), written to a new folder (DIR,
//! or a new folder in the temp directory), every date moved by whole weeks
//! so the boards sit around today the way they sat around the day they were
//! written ([`WRITTEN`]), and the copy opened on the screen.
//!
//! It must not write into a folder that has anything in it, nor over any
//! file; and must not print except through [`Io`].

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::error::OsError;
use super::{CliError, Io, words};
use crate::folder::fresh::{self, FreshError};
use crate::folder::safe_fs::FsError;
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
pub fn run(
    dir: Option<&Path>,
    no_open: bool,
    opts: &crate::tui::Options,
    now: super::Now,
    io: &mut Io,
) -> u8 {
    if !no_open && let Err(e) = super::need_terminal() {
        return io.fail(e).code();
    }
    let today = now.today();
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
    super::open(&dir, opts, io)
}

/// Write the sample boards, dated around `today`, to `dir` (or a new
/// folder in the temp directory); the folder written to. Written through
/// the folder layer (`folder::fresh`): never into a folder with anything in
/// it, never over a file or through a link planted at a name.
pub fn write(dir: Option<&Path>, today: NaiveDate) -> Result<PathBuf, CliError> {
    let failed = |e: &FsError| CliError::DemoFailed {
        dir: dir.map_or_else(|| e.path.clone(), Path::to_path_buf),
        error: OsError::from(e),
    };
    let folder = match dir {
        Some(d) => fresh::prepare(d).map_err(|e| match e {
            FreshError::NotEmpty(d) => CliError::DemoNotEmpty(d),
            FreshError::Fs(e) => failed(&e),
            FreshError::Os { path, error } => CliError::DemoFailed {
                dir: path,
                error: OsError::from(&error),
            },
        })?,
        None => fresh::new_temp("tavle-demo-").map_err(|e| failed(&e))?,
    };
    let days = tavle_core::shift::weeks_between(WRITTEN, today);
    let files: Vec<(&str, String)> = BOARDS
        .iter()
        .map(|(name, text)| {
            let (board, _) = store::analyze_text(text);
            // The shipped boards are checked by the tests; one that does
            // not parse is copied as it is rather than lost.
            let out = match board {
                Some(mut b) => {
                    tavle_core::shift::shift(&mut b, days);
                    let moved = WRITTEN + chrono::Duration::days(days);
                    tavle_core::shift::staffing_to(&mut b, moved, today);
                    store::to_text(&b, store::TextStyle::default())
                }
                None => (*text).to_string(),
            };
            (*name, out)
        })
        .collect();
    fresh::write_new(&folder, &files).map_err(|e| CliError::DemoFailed {
        dir: folder.path().to_path_buf(),
        error: OsError::from(&e),
    })?;
    Ok(folder.path().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

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

    /// On every day of a fortnight (written on a Tuesday; the weekend is
    /// where rounding to the nearest week put Monday's measurements in the
    /// future), no measurement of the copy is dated after that day.
    #[test]
    fn no_measurement_of_the_copy_is_after_today_on_any_weekday() {
        let tmp = tempfile::tempdir().unwrap();
        for offset in 0..14 {
            let today = WRITTEN + chrono::Duration::days(offset);
            let dir = tmp.path().join(format!("d{offset}"));
            write(Some(&dir), today).unwrap();
            for (name, _) in BOARDS {
                let b = store::analyze(&dir.join(name)).board.unwrap();
                for i in &b.indicators {
                    for v in &i.values {
                        assert!(v.date <= today, "{today}: {name} {} {}", i.id, v.date);
                    }
                }
            }
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

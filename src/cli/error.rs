//! Why a command did not do what was asked, as data: [`CliError`], each
//! with its exit code (2 when the command line was wrong and nothing was
//! tried, 1 when it was tried and refused or failed) and its words from the
//! catalogue. Subcommands return these; [`super::Io::fail`] prints them.
//!
//! It must not print, and holds no text of its own: everything a user
//! reads is looked up in the catalogue (`i18n`, `words`).

use std::io;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::Exit;
use super::words::{self, Named};
use crate::folder::store::{Located, UpdateError};
use crate::i18n::{self, Lang, Msg, NotTerminal};
use tavle_core::diag::FsErrorKind;
use tavle_core::names::NameError;

/// Why a command did nothing, or not all it was asked.
#[derive(Debug)]
pub enum CliError {
    /// The folder or file given does not exist.
    NoSuchPath(PathBuf),
    /// A folder could not be listed.
    CannotList { path: PathBuf, kind: FsErrorKind },
    /// A board was named by id or title in a folder that does not exist.
    NoBoardFolder { name: String, dir: PathBuf },
    /// A board named by id or title that the folder does not have (or
    /// has several of).
    Board {
        name: String,
        dir: PathBuf,
        error: NameError,
    },
    /// A column, card or indicator the board does not have (or has several of).
    Name {
        what: Named,
        name: String,
        error: NameError,
    },
    /// Not a traffic light: `green`/`grønn`, `yellow`/`gul`, `red`/`rød`, `none`.
    BadLight(String),
    /// Not a date as people write them (`1.12`, `fre`, `uke 49`, …).
    BadDue(String),
    /// Not a number (`6,2` or `6.2`), or one that can be read two ways
    /// (`1.234`): what to say ([`Msg::for_value`]).
    BadValue(Msg),
    /// A title or a decision's text that is empty.
    EmptyTitle,
    /// `--meeting N` for a meeting the day did not have.
    NoSuchMeeting {
        asked: u64,
        count: usize,
        date: NaiveDate,
    },
    /// A CSV import with this many bad rows, without `--skip-bad`: nothing
    /// was written.
    BadRows(usize),
    /// `tavle demo DIR` with a DIR that has something in it.
    DemoNotEmpty(PathBuf),
    /// The board file does not parse: where, and the first problem.
    Broken { path: PathBuf, problem: Located },
    /// The change was refused or the save failed (nothing written), or
    /// the lock could not be broken: the folder layer's reason.
    Refused(Msg),
    /// Writing the demo's copy failed.
    DemoFailed { dir: PathBuf, error: OsError },
    /// `--poll` with something that is not a number of seconds in range.
    BadPoll(String),
    /// `--interval` with something that is not a number of seconds in range.
    BadInterval(String),
    /// `--theme` with a theme tavle does not have.
    BadTheme(String),
    /// `--lang` with a language tavle does not speak.
    UnknownLang(String),
    /// The screen was asked for, but stdin or stdout is not a terminal.
    NoTerminal(NotTerminal),
    /// Raw mode or the alternate screen could not be set up.
    Terminal(OsError),
    /// The full-screen app failed.
    Screen(OsError),
    /// A date for a day that has been (a measurement's, a meeting's) that is
    /// no date or is after today: what to say ([`Msg::BadDay`],
    /// [`Msg::FutureDay`]).
    Day(Msg),
    /// `tavle minutes` for a day on which no meeting ran, without
    /// `--anyway`: the days that had one, latest first.
    NoMeetingThatDay {
        date: NaiveDate,
        days: Vec<NaiveDate>,
    },
}

/// An error from the operating system, kept as what tavle can say about it
/// (the folder layer's kind, std's kind, whether it means "no terminal"),
/// so that the user reads it in their language.
#[derive(Debug)]
pub struct OsError {
    kind: FsErrorKind,
    io: io::ErrorKind,
    no_terminal: bool,
}

impl From<&io::Error> for OsError {
    fn from(e: &io::Error) -> OsError {
        OsError {
            kind: crate::platform::classify(e),
            io: e.kind(),
            no_terminal: crate::platform::no_terminal(e),
        }
    }
}

/// A failure the folder layer typed already: its kind is the reason.
impl From<&crate::folder::safe_fs::FsError> for OsError {
    fn from(e: &crate::folder::safe_fs::FsError) -> OsError {
        OsError {
            kind: e.kind.clone(),
            io: io::ErrorKind::Other,
            no_terminal: false,
        }
    }
}

impl OsError {
    /// Why it failed, in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        if self.no_terminal {
            return i18n::no_terminal_reason(lang).to_string();
        }
        i18n::os_reason(lang, &self.kind, self.io)
    }
}

impl From<UpdateError> for CliError {
    fn from(e: UpdateError) -> CliError {
        CliError::Refused(Msg::from(e))
    }
}

impl CliError {
    /// The exit code that goes with it.
    pub fn exit(&self) -> Exit {
        use CliError as E;
        match self {
            E::NoSuchPath(_)
            | E::CannotList { .. }
            | E::NoBoardFolder { .. }
            | E::Board { .. }
            | E::Name { .. }
            | E::BadLight(_)
            | E::BadDue(_)
            | E::BadValue(_)
            | E::EmptyTitle
            | E::NoSuchMeeting { .. }
            | E::BadPoll(_)
            | E::BadInterval(_)
            | E::BadTheme(_)
            | E::UnknownLang(_)
            | E::NoTerminal(_)
            | E::Terminal(_)
            | E::Day(_)
            | E::NoMeetingThatDay { .. } => Exit::Usage,
            E::BadRows(_)
            | E::DemoNotEmpty(_)
            | E::Broken { .. }
            | E::Refused(_)
            | E::DemoFailed { .. }
            | E::Screen(_) => Exit::Problems,
        }
    }

    /// What the user reads, in `lang` (not yet sanitized: printing does that).
    pub fn message(&self, lang: Lang) -> String {
        use CliError as E;
        let shown = |p: &PathBuf| p.display().to_string();
        match self {
            E::NoSuchPath(p) => i18n::no_such_path(lang, &shown(p)),
            E::CannotList { path, kind } => {
                i18n::cannot_list(lang, &shown(path), &i18n::fs_reason(lang, kind))
            }
            E::NoBoardFolder { name, dir } => words::no_board_folder(lang, name, &shown(dir)),
            E::Board { name, dir, error } => {
                words::name_error(lang, Named::Board, name, error, &shown(dir))
            }
            E::Name { what, name, error } => words::name_error(lang, *what, name, error, ""),
            E::BadLight(s) => i18n::msg(lang, &Msg::BadLight(s.clone())),
            E::BadDue(s) => i18n::msg(lang, &Msg::BadDue(s.clone())),
            E::BadValue(m) => i18n::msg(lang, m),
            E::EmptyTitle => i18n::msg(lang, &Msg::EmptyTitle),
            E::NoSuchMeeting { asked, count, date } => {
                i18n::no_such_meeting(lang, *asked, *count, &tavle_core::dates::format_nb(*date))
            }
            E::BadRows(n) => i18n::nothing_written(lang, *n),
            E::DemoNotEmpty(dir) => words::demo_not_empty(lang, &shown(dir)),
            E::Broken { path, problem } => format!(
                "{}:{}:{}: {}",
                shown(path),
                problem.line,
                problem.col,
                i18n::diag(lang, &problem.kind).0
            ),
            E::Refused(m) => i18n::msg(lang, m),
            E::DemoFailed { dir, error } => {
                words::demo_failed(lang, &shown(dir), &error.reason(lang))
            }
            E::BadPoll(value) => i18n::bad_poll(lang, value, super::POLL_MIN, super::POLL_MAX),
            E::BadInterval(value) => i18n::bad_wall_interval(lang, value),
            E::BadTheme(value) => i18n::bad_theme(lang, value),
            E::UnknownLang(value) => i18n::unknown_lang(lang, value),
            E::NoTerminal(which) => i18n::no_terminal(lang, *which),
            E::Terminal(e) => i18n::terminal_failed(lang, &e.reason(lang)),
            E::Screen(e) => i18n::screen_failed(lang, &e.reason(lang)),
            E::Day(m) => i18n::msg(lang, m),
            E::NoMeetingThatDay { date, days } => {
                let shown: Vec<String> = days
                    .iter()
                    .take(5)
                    .map(|d| tavle_core::dates::format_nb(*d))
                    .collect();
                i18n::no_meeting_that_day(
                    lang,
                    &tavle_core::dates::format_nb(*date),
                    &shown.join(", "),
                    days.len(),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_os_error_reaches_the_user_in_the_systems_english() {
        // ENOTDIR as the OS gives it (20 on Linux and macOS), else as std names it.
        #[cfg(unix)]
        let not_a_folder = io::Error::from_raw_os_error(20);
        #[cfg(not(unix))]
        let not_a_folder = io::Error::from(io::ErrorKind::NotADirectory);
        for &lang in Lang::ALL {
            let text = CliError::DemoFailed {
                dir: "/x/fil/ny".into(),
                error: OsError::from(&not_a_folder),
            }
            .message(lang);
            assert!(!text.contains("os error"), "{lang:?}: {text}");
            assert!(text.contains("/x/fil/ny"), "{lang:?}: {text}");
            assert!(
                text.ends_with(
                    i18n::os_reason(
                        lang,
                        &FsErrorKind::Other(String::new()),
                        io::ErrorKind::NotADirectory
                    )
                    .as_str()
                ),
                "{lang:?}: {text}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_error_that_means_no_terminal_says_so() {
        // ENXIO (6) opening /dev/tty without one; ENOTTY (25) from tcgetattr.
        for code in [6, 25] {
            let e = OsError::from(&io::Error::from_raw_os_error(code));
            let text = CliError::Terminal(e).message(Lang::En);
            assert!(
                text.starts_with("tavle could not take over the terminal: no terminal is attached"),
                "{text}"
            );
        }
        // Another error is not mistaken for it.
        let e = OsError::from(&io::Error::from_raw_os_error(5));
        assert!(!e.reason(Lang::En).contains("terminal"));
    }

    #[test]
    fn odd_starts_are_usage_errors_and_a_failing_screen_is_not() {
        let e = || OsError::from(&io::Error::other("x"));
        assert_eq!(CliError::BadPoll("0".into()).exit(), Exit::Usage);
        assert_eq!(CliError::UnknownLang("xx".into()).exit(), Exit::Usage);
        assert_eq!(CliError::NoTerminal(NotTerminal::Both).exit(), Exit::Usage);
        assert_eq!(CliError::Terminal(e()).exit(), Exit::Usage);
        assert_eq!(CliError::Screen(e()).exit(), Exit::Problems);
    }
}

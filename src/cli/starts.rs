//! Odd starts, checked before anything is done: `--poll` read as a number
//! of seconds in range ([`poll_interval`]), an unknown `--lang` or
//! `TAVLE_LANG` ([`check_lang`]), and no terminal for the screen
//! ([`need_terminal`]). Each is a message in the user's language and exit
//! code 2 (a warning, for `TAVLE_LANG`), never a panic.
//!
//! It must not print except through [`Io`], and holds no words of its own.

use std::time::Duration;

use super::{CliError, Exit, Io};
use crate::i18n::{Lang, NotTerminal};

/// The shortest `--poll` interval, in seconds: a network share listed ten
/// times a second is already a heavy load.
pub const POLL_MIN: f64 = 0.1;
/// The longest `--poll` interval, in seconds: an hour.
pub const POLL_MAX: f64 = 3600.0;

/// `--poll SECS` as an interval: a number of seconds from [`POLL_MIN`] to
/// [`POLL_MAX`], with a decimal point or a decimal comma (`1,5`). Anything
/// else — `0`, `-1`, `NaN`, `inf`, `1e300`, a word — is a usage error that
/// names the range, never a panic.
pub fn poll_interval(value: &str) -> Result<Duration, CliError> {
    let bad = || CliError::BadPoll(value.to_string());
    let secs: f64 = value.trim().replace(',', ".").parse().map_err(|_| bad())?;
    if !(POLL_MIN..=POLL_MAX).contains(&secs) {
        return Err(bad());
    }
    Duration::try_from_secs_f64(secs).map_err(|_| bad())
}

/// What the command line asks of the language, checked once clap has
/// parsed it: an unknown `--lang` is a usage error naming the languages; an
/// unknown `TAVLE_LANG` (when `--lang` does not decide) is a warning naming
/// them, and tavle goes on in the language chosen without it — a typo in a
/// profile or a kiosk's service file must not keep the meeting's screen
/// from starting.
pub(super) fn check_lang(
    flag: Option<&str>,
    tavle_lang: Option<&str>,
    io: &mut Io,
) -> Result<(), Exit> {
    if let Some(value) = flag {
        if Lang::parse(value).is_none() {
            return Err(io.fail(CliError::UnknownLang(value.to_string())));
        }
        return Ok(());
    }
    if let Some(value) = tavle_lang.filter(|v| !v.trim().is_empty())
        && Lang::parse(value).is_none()
    {
        let text = crate::i18n::unknown_env_lang(io.lang, value);
        io.warn(&format!("tavle: {text}"));
    }
    Ok(())
}

/// Which of stdin and stdout is not a terminal (the screen needs both).
fn not_a_terminal(stdin: bool, stdout: bool) -> Option<NotTerminal> {
    use NotTerminal as N;
    match (stdin, stdout) {
        (true, true) => None,
        (false, true) => Some(N::Stdin),
        (true, false) => Some(N::Stdout),
        (false, false) => Some(N::Both),
    }
}

/// The screen can start only on a terminal: under cron, `ssh host tavle`
/// without `-t`, or with a pipe, say so before raw mode is tried.
pub(super) fn need_terminal() -> Result<(), CliError> {
    use std::io::IsTerminal;
    match not_a_terminal(
        std::io::stdin().is_terminal(),
        std::io::stdout().is_terminal(),
    ) {
        Some(which) => Err(CliError::NoTerminal(which)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poll_takes_seconds_in_range_and_refuses_the_rest_without_panicking() {
        for (value, ms) in [
            ("2", 2000),
            ("1,5", 1500),
            (" 0.1 ", 100),
            ("3600", 3_600_000),
        ] {
            assert_eq!(
                poll_interval(value).unwrap(),
                Duration::from_millis(ms),
                "{value}"
            );
        }
        for value in [
            "0",
            "-1",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "1e300",
            "0.0000001",
            "3600.5",
            "",
            "to",
            "1,5,0",
            "0x10",
        ] {
            assert!(
                matches!(poll_interval(value), Err(CliError::BadPoll(v)) if v == value),
                "{value:?}"
            );
        }
    }

    fn run_check_lang(flag: Option<&str>, env: Option<&str>) -> (Result<(), Exit>, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut io = Io::new(Lang::En, &mut out, &mut err);
        let result = check_lang(flag, env, &mut io);
        assert!(out.is_empty());
        (result, String::from_utf8(err).unwrap())
    }

    #[test]
    fn an_unknown_lang_flag_stops_and_an_unknown_tavle_lang_warns() {
        let (result, err) = run_check_lang(Some("xx"), None);
        assert_eq!(result, Err(Exit::Usage));
        assert!(
            err.contains("“xx”") && err.contains("nn (norsk nynorsk)"),
            "{err}"
        );
        let (result, err) = run_check_lang(None, Some("klingon"));
        assert_eq!(result, Ok(()));
        assert!(
            err.contains("TAVLE_LANG is “klingon”") && err.contains("en (English)"),
            "{err}"
        );
        // A flag that decides makes TAVLE_LANG irrelevant; known or empty values say nothing.
        for (flag, env) in [
            (Some("nn"), Some("klingon")),
            (None, Some("en_GB.UTF-8")),
            (None, Some("")),
            (None, None),
        ] {
            assert_eq!(
                run_check_lang(flag, env),
                (Ok(()), String::new()),
                "{flag:?} {env:?}"
            );
        }
    }

    #[test]
    fn the_screen_needs_both_stdin_and_stdout_to_be_terminals() {
        use NotTerminal as N;
        assert_eq!(not_a_terminal(true, true), None);
        assert_eq!(not_a_terminal(false, true), Some(N::Stdin));
        assert_eq!(not_a_terminal(true, false), Some(N::Stdout));
        assert_eq!(not_a_terminal(false, false), Some(N::Both));
    }
}

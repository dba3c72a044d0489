//! The words of odd starts: a `--poll` out of range, an unknown `--lang`
//! or `TAVLE_LANG` (with the languages there are), tavle started without a
//! terminal, and the operating system's errors explained in the user's
//! language rather than passed through in English.
//!
//! Only words, from plain data: the command line decides what happened
//! (`cli`), the platform layer classifies the error (`platform::classify`).

use std::io::ErrorKind;

use super::Lang;
use tavle_core::diag::FsErrorKind;

/// Every language tavle speaks, each with its own name for itself:
/// `nb (norsk bokmål), nn (norsk nynorsk), en (English)`.
pub fn language_list() -> String {
    Lang::ALL
        .iter()
        .map(|&l| language_named(l))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `nn (norsk nynorsk)`: a language's code with its own name for itself.
fn language_named(l: Lang) -> String {
    format!("{} ({})", l.code(), s!(l, "start-lang-autonym"))
}

/// `--lang VALUE` names no language tavle speaks.
pub fn unknown_lang(lang: Lang, value: &str) -> String {
    f!(
        lang,
        "start-lang-unknown",
        value = value,
        valid = language_list()
    )
}

/// `TAVLE_LANG` names no language tavle speaks; `lang` is used instead.
pub fn unknown_env_lang(lang: Lang, value: &str) -> String {
    f!(
        lang,
        "start-env-lang-unknown",
        value = value,
        used = language_named(lang),
        valid = language_list()
    )
}

/// `--poll VALUE` is not a number of seconds from `min` to `max`.
pub fn bad_poll(lang: Lang, value: &str, min: f64, max: f64) -> String {
    f!(
        lang,
        "start-poll-bad",
        value = value,
        min = super::number(lang, min),
        max = super::number(lang, max)
    )
}

/// The help text of `--poll`, with its range.
pub fn poll_help(lang: Lang, min: f64, max: f64) -> String {
    f!(
        lang,
        "cli-poll",
        min = super::number(lang, min),
        max = super::number(lang, max)
    )
}

/// Which of the standard streams is not a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotTerminal {
    Stdin,
    Stdout,
    Both,
}

/// The screen cannot start: `which` is not a terminal. Says what to use in a script.
pub fn no_terminal(lang: Lang, which: NotTerminal) -> String {
    let which = match which {
        NotTerminal::Stdin => "stdin",
        NotTerminal::Stdout => "stdout",
        NotTerminal::Both => "both",
    };
    f!(lang, "start-no-terminal", which = which)
}

/// Raw mode or the alternate screen could not be set up.
pub fn terminal_failed(lang: Lang, reason: &str) -> String {
    f!(lang, "start-terminal-failed", reason = reason)
}

/// The screen stopped on an error (not a file the folder layer reports).
pub fn screen_failed(lang: Lang, reason: &str) -> String {
    f!(lang, "start-screen-failed", reason = reason)
}

/// The reason when the error says no terminal is attached (`ENXIO`, `ENOTTY`).
pub fn no_terminal_reason(lang: Lang) -> &'static str {
    s!(lang, "start-os-no-terminal")
}

/// Why an operation failed, in `lang`: the folder layer's reason for the
/// kinds it names (`fs`, from `platform::classify`), else a reason of our
/// own for what std's `io` kind tells, else the system's own text wrapped
/// in a sentence that says it is the system speaking.
pub fn os_reason(lang: Lang, fs: &FsErrorKind, io: ErrorKind) -> String {
    if !matches!(fs, FsErrorKind::Other(_)) {
        return super::fs_reason(lang, fs);
    }
    match io {
        ErrorKind::NotADirectory => s!(lang, "start-os-not-a-folder").into(),
        ErrorKind::AlreadyExists => super::fs_reason(lang, &FsErrorKind::AlreadyExists),
        ErrorKind::NotFound => super::fs_reason(lang, &FsErrorKind::NotFound),
        ErrorKind::PermissionDenied => super::fs_reason(lang, &FsErrorKind::PermissionDenied),
        ErrorKind::InvalidFilename => s!(lang, "start-os-bad-name").into(),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => s!(lang, "start-os-busy").into(),
        ErrorKind::StaleNetworkFileHandle => s!(lang, "start-os-stale").into(),
        ErrorKind::NotConnected
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::HostUnreachable
        | ErrorKind::NetworkUnreachable
        | ErrorKind::NetworkDown
        | ErrorKind::TimedOut => s!(lang, "start-os-network").into(),
        _ => super::fs_reason(lang, fs),
    }
}

/// The system's own text, said to be the system's (`FsErrorKind::Other`).
pub fn os_other(lang: Lang, detail: &str) -> String {
    f!(lang, "start-os-other", detail = detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_list_names_each_language_in_its_own_words() {
        assert_eq!(
            language_list(),
            "nb (norsk bokmål), nn (norsk nynorsk), en (English)"
        );
        assert_eq!(
            unknown_lang(Lang::En, "xx"),
            "tavle does not speak “xx” (--lang); choose one of: \
             nb (norsk bokmål), nn (norsk nynorsk), en (English)"
        );
        assert!(unknown_env_lang(Lang::Nn, "de").contains("brukar nn (norsk nynorsk) i staden"));
    }

    #[test]
    fn the_poll_range_is_written_as_the_language_writes_numbers() {
        assert_eq!(
            bad_poll(Lang::Nb, "0", 0.1, 3600.0),
            "--poll 0: ikke et gyldig antall sekunder; bruk et tall fra 0,1 til 3600 \
             (for eksempel 2 eller 1,5)"
        );
        assert!(poll_help(Lang::En, 0.1, 3600.0).contains("(0.1 to 3600)"));
    }

    #[test]
    fn os_errors_tavle_can_name_are_named_and_the_rest_say_whose_words_they_are() {
        let other = FsErrorKind::Other("Not a directory (os error 20)".into());
        for &lang in Lang::ALL {
            let named = os_reason(lang, &other, ErrorKind::NotADirectory);
            assert!(!named.contains("Not a directory"), "{lang:?}: {named}");
            assert_eq!(named, s!(lang, "start-os-not-a-folder"));
        }
        // A kind the folder layer names keeps its words.
        assert_eq!(
            os_reason(Lang::Nb, &FsErrorKind::NoSpace, ErrorKind::Other),
            super::super::fs_reason(Lang::Nb, &FsErrorKind::NoSpace)
        );
        assert_eq!(
            os_reason(Lang::En, &other, ErrorKind::Other),
            "the operating system said “Not a directory (os error 20)”"
        );
        assert_eq!(
            os_reason(Lang::Nn, &other, ErrorKind::AlreadyExists),
            "finst frå før"
        );
    }
}

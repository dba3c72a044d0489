//! The command line's own sentences, looked up in the Fluent catalogue
//! (`i18n/<lang>/tavle.ftl`, the section "The command line: things named as
//! people name them …"): unknown and ambiguous names with the valid ones,
//! a replaced measurement, conflict copies, the demo, a panic.
//!
//! Only lookups: every id and its variables are checked against the bokmål
//! catalogue when tavle is compiled (`fl!`), and `tests/i18n.rs` checks the
//! other languages. No sentence is spelled out here, and nothing is printed.

use i18n_embed_fl::fl;

use crate::i18n::{Lang, loader};
use tavle_core::conflicts::Source;
use tavle_core::names::NameError;

/// What kind of thing a name on the command line was meant to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    Board,
    Column,
    Card,
    Indicator,
    Routine,
}

/// How many names a message lists before it says "and N more".
const LISTED: usize = 12;

/// Names for a message: `I dag, Pågår, Ferdig`, at most [`LISTED`] of them.
pub fn list(lang: Lang, names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(LISTED).map(String::as_str).collect();
    let shown = shown.join(", ");
    if names.len() > LISTED {
        let hidden: usize = names.len() - LISTED;
        let more = fl!(loader(lang), "cli-name-more", count = hidden);
        return format!("{shown} {more}");
    }
    shown
}

/// `name` named nothing (listing what it could have been) or several things.
/// `dir` is the folder, for boards.
pub fn name_error(lang: Lang, what: Named, name: &str, e: &NameError, dir: &str) -> String {
    let l = loader(lang);
    match e {
        NameError::Unknown { valid } => {
            let (count, valid) = (valid.len(), list(lang, valid));
            match what {
                Named::Board => fl!(
                    l,
                    "cli-unknown-board",
                    count = count,
                    name = name,
                    dir = dir,
                    valid = valid
                ),
                Named::Column => fl!(
                    l,
                    "cli-unknown-column",
                    count = count,
                    name = name,
                    valid = valid
                ),
                Named::Card => fl!(
                    l,
                    "cli-unknown-card",
                    count = count,
                    name = name,
                    valid = valid
                ),
                Named::Indicator => fl!(
                    l,
                    "cli-unknown-indicator",
                    count = count,
                    name = name,
                    valid = valid
                ),
                Named::Routine => fl!(
                    l,
                    "cli-unknown-routine",
                    count = count,
                    name = name,
                    valid = valid
                ),
            }
        }
        // Only the file names tell these boards apart: say so, with one to copy.
        NameError::SameTitle { matches, files } => crate::i18n::same_title_board(
            lang,
            name,
            &list(lang, matches),
            files.first().map_or("", String::as_str),
        ),
        NameError::Ambiguous { matches } => {
            let matches = list(lang, matches);
            match what {
                Named::Board => fl!(l, "cli-ambiguous-board", name = name, matches = matches),
                Named::Column => fl!(l, "cli-ambiguous-column", name = name, matches = matches),
                Named::Card => fl!(l, "cli-ambiguous-card", name = name, matches = matches),
                Named::Indicator => {
                    fl!(l, "cli-ambiguous-indicator", name = name, matches = matches)
                }
                Named::Routine => fl!(l, "cli-ambiguous-routine", name = name, matches = matches),
            }
        }
    }
}

/// A board named by id or title in a folder that is not there.
pub fn no_board_folder(lang: Lang, name: &str, dir: &str) -> String {
    fl!(loader(lang), "cli-no-board-folder", name = name, dir = dir)
}

/// Which sync client made a conflict copy, with what it put in the name.
pub fn copy_source(lang: Lang, source: &Source) -> String {
    let l = loader(lang);
    match source {
        Source::Syncthing { device, .. } => fl!(l, "cli-copy-syncthing", device = device.as_str()),
        Source::Dropbox { who: Some(who), .. } => {
            fl!(l, "cli-copy-dropbox-who", who = who.as_str())
        }
        Source::Dropbox { who: None, .. } => fl!(l, "cli-copy-dropbox"),
        Source::OneDrive { host } => fl!(l, "cli-copy-onedrive", host = host.as_str()),
        Source::Nextcloud {
            user: Some(user), ..
        } => fl!(l, "cli-copy-nextcloud-user", user = user.as_str()),
        Source::Nextcloud { user: None, .. } => fl!(l, "cli-copy-nextcloud"),
        Source::Duplicate { n } => fl!(l, "cli-copy-duplicate", n = n.to_string()),
    }
}

/// `tavle check` on a conflict copy.
pub fn conflict_copy(lang: Lang, original: &str, source: &Source) -> String {
    fl!(
        loader(lang),
        "cli-conflict-copy",
        original = original,
        source = copy_source(lang, source)
    )
}

/// `tavle check` on a conflict copy that is a symbolic link: never merged.
pub fn conflict_copy_link(lang: Lang, original: &str, source: &Source) -> String {
    fl!(
        loader(lang),
        "cli-conflict-copy-link",
        original = original,
        source = copy_source(lang, source)
    )
}

/// `tavle check` on a conflict copy of a board's change log.
pub fn log_copy(lang: Lang, board: &str) -> String {
    fl!(loader(lang), "cli-log-copy", board = board)
}

/// tavle panicked: what it says before it ends.
pub fn panic(lang: Lang, message: &str) -> String {
    fl!(loader(lang), "cli-panic", message = message)
}

/// `tavle demo` wrote the copy to `dir`.
pub fn demo_written(lang: Lang, dir: &str) -> String {
    fl!(loader(lang), "cli-demo-written", dir = dir)
}

/// `tavle demo DIR` with something in DIR.
pub fn demo_not_empty(lang: Lang, dir: &str) -> String {
    fl!(loader(lang), "cli-demo-not-empty", dir = dir)
}

/// Writing the demo's copy failed.
pub fn demo_failed(lang: Lang, dir: &str, error: &str) -> String {
    fl!(loader(lang), "cli-demo-failed", dir = dir, error = error)
}

/// The help texts of `tavle demo`, by clap id (as `i18n::cli_help`).
pub fn demo_help(lang: Lang, id: &str) -> String {
    let l = loader(lang);
    match id {
        "dir" => fl!(l, "cli-demo-dir"),
        "no_open" => fl!(l, "cli-demo-no-open"),
        _ => fl!(l, "cli-demo"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_names_list_the_valid_ones_in_each_language() {
        let e = NameError::Unknown {
            valid: vec!["I dag".into(), "Pågår".into(), "Ferdig".into()],
        };
        assert_eq!(
            name_error(Lang::Nb, Named::Column, "Pågårr", &e, ""),
            "tavla har ingen kolonne «Pågårr»; kolonnene er: I dag, Pågår, Ferdig"
        );
        assert_eq!(
            name_error(Lang::Nn, Named::Column, "x", &e, ""),
            "tavla har ingen kolonne «x»; kolonnane er: I dag, Pågår, Ferdig"
        );
        assert_eq!(
            name_error(
                Lang::En,
                Named::Card,
                "x",
                &NameError::Unknown { valid: vec![] },
                ""
            ),
            "the board has no cards, so there is no “x”"
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let names: Vec<String> = (1..=20).map(|i| format!("k{i}")).collect();
        let text = list(Lang::Nb, &names);
        assert!(text.starts_with("k1, k2,"), "{text}");
        assert!(text.ends_with("k12 og 8 til"), "{text}");
    }

    #[test]
    fn the_demo_has_help_in_every_language() {
        for &lang in Lang::ALL {
            for id in ["demo", "dir", "no_open"] {
                assert!(!demo_help(lang, id).is_empty());
            }
        }
        assert_ne!(demo_help(Lang::Nb, "demo"), demo_help(Lang::Nn, "demo"));
    }
}

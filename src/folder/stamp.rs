//! Who makes an edit, and when: the stamp every save from the screen, the
//! storage worker and the command line puts on what it changes
//! (`updated`, `updated_by`, the change log).
//!
//! The name, first found wins: `--as NAME`, `TAVLE_USER` (so a shared
//! screen in the staff room can say "Teamleder nord"), `name` in the user's
//! `tavle.toml` (in [`crate::platform::config_dir`]), the account's full
//! name, its login name; when none is known, the catalogue's word for
//! "unknown" — never the program's name. It is found once per run
//! ([`sign_as`]), since it does not change while tavle runs.
//!
//! It reads the environment, one small file and the clock, so it lives here
//! and not in the core; what the account is called is asked of `platform`.
//! It must not decide anything about the board.

use std::sync::OnceLock;

use chrono::{Local, Timelike};

use crate::i18n::Lang;
use tavle_core::model::Timestamp;
use tavle_core::ops::Stamp;

/// A name longer than this (in characters) is cut: it is shown in the
/// change log and on the screen.
const NAME_LIMIT: usize = 100;

static SIGNER: OnceLock<String> = OnceLock::new();

/// Where the name of a stamp can come from, in the order they are asked.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    /// `--as NAME`.
    pub flag: Option<String>,
    /// `TAVLE_USER`.
    pub env: Option<String>,
    /// The text of the user's `tavle.toml`.
    pub config: Option<String>,
    /// The account's full name.
    pub full_name: Option<String>,
    /// The account's login name.
    pub login: Option<String>,
}

/// The name from `sources`, first found wins; `unknown` when none has one.
/// Control characters are dropped, blanks trimmed, and a long name cut.
pub fn choose(sources: &Sources, unknown: &str) -> String {
    let from_config = sources.config.as_deref().and_then(config_name);
    [
        sources.flag.as_deref(),
        sources.env.as_deref(),
        from_config.as_deref(),
        sources.full_name.as_deref(),
        sources.login.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(clean)
    .find(|n| !n.is_empty())
    .unwrap_or_else(|| unknown.to_string())
}

/// A name as it may be stored: no control characters, trimmed, at most
/// [`NAME_LIMIT`] characters.
fn clean(name: &str) -> String {
    let kept: String = name.chars().filter(|c| !c.is_control()).collect();
    kept.trim()
        .chars()
        .take(NAME_LIMIT)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The top-level `name = "…"` of a `tavle.toml` (read as the person's
/// settings, [`crate::settings::parse`]): `None` when it has none, or one
/// that is not a one-line string.
pub fn config_name(text: &str) -> Option<String> {
    crate::settings::parse(text, crate::settings::Scope::Personal)
        .0
        .name
}

/// Every source of this run, asked now.
fn sources(flag: Option<&str>) -> Sources {
    Sources {
        flag: flag.map(str::to_string),
        env: std::env::var("TAVLE_USER").ok(),
        config: super::settings::read_personal().and_then(|(_, text)| text.ok()),
        full_name: crate::platform::full_name(),
        login: crate::platform::login_name(),
    }
}

/// Decide who signs this run's changes: `--as NAME` if given, else the
/// sources after it; `lang` words "unknown". Called once, at the start of
/// a run; a second call changes nothing.
pub fn sign_as(flag: Option<&str>, lang: Lang) {
    let _ = SIGNER.get_or_init(|| choose(&sources(flag), crate::i18n::unknown_person(lang)));
}

/// Who is editing, for `updated_by` (see the module's documentation for
/// where the name comes from).
pub fn user_name() -> String {
    SIGNER
        .get_or_init(|| choose(&sources(None), crate::i18n::unknown_person(Lang::Nb)))
        .clone()
}

/// A stamp for an edit made now, to the second (the file shows no fractions).
pub fn stamp_now() -> Stamp {
    stamp_at(Local::now().fixed_offset())
}

/// A stamp for an edit made at `now`, to the second, by this run's signer.
pub fn stamp_at(now: chrono::DateTime<chrono::FixedOffset>) -> Stamp {
    Stamp {
        at: Timestamp::from_datetime(now.with_nanosecond(0).unwrap_or(now)),
        by: user_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_is_whole_seconds_and_names_someone() {
        let s = stamp_now();
        assert_eq!(s.at.at().nanosecond(), 0);
        assert!(!s.by.trim().is_empty());
        assert_ne!(s.by, "tavle");
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn the_first_source_with_a_name_signs() {
        let all = Sources {
            flag: some("Flagg"),
            env: some("Miljø"),
            config: some("name = \"Fil\""),
            full_name: some("Kari Nordmann"),
            login: some("kari"),
        };
        assert_eq!(choose(&all, "ukjent"), "Flagg");
        let blank = |s: &str| Some(s.to_string());
        let mut next = all.clone();
        next.flag = blank("  ");
        assert_eq!(choose(&next, "ukjent"), "Miljø");
        next.env = None;
        assert_eq!(choose(&next, "ukjent"), "Fil");
        next.config = some("# no name here\nlang = \"nn\"\n");
        assert_eq!(choose(&next, "ukjent"), "Kari Nordmann");
        next.full_name = None;
        assert_eq!(choose(&next, "ukjent"), "kari");
        next.login = blank("\u{7}\t");
        assert_eq!(choose(&next, "ukjent"), "ukjent");
        assert_eq!(choose(&Sources::default(), "unknown"), "unknown");
    }

    #[test]
    fn a_name_is_stored_without_control_characters_and_cut() {
        let s = Sources {
            flag: some(" Kari\u{1b}[31m\nNordmann "),
            ..Sources::default()
        };
        assert_eq!(choose(&s, "x"), "Kari[31mNordmann");
        let s = Sources {
            flag: Some("ø".repeat(300)),
            ..Sources::default()
        };
        assert_eq!(choose(&s, "x").chars().count(), NAME_LIMIT);
    }

    #[test]
    fn the_name_in_tavle_toml() {
        for (text, want) in [
            ("name = \"Kari Nordmann\"", Some("Kari Nordmann")),
            ("  name=\"Kari\"  # me\n", Some("Kari")),
            ("name = 'C:\\Kari'", Some("C:\\Kari")),
            ("\u{feff}lang = \"nb\"\nname = \"Åse\"\n", Some("Åse")),
            ("\"name\" = \"Quoted key\"", Some("Quoted key")),
            (
                "name = \"Tab\\there \\\"quote\\\" \\u00C5\"",
                Some("Tab\there \"quote\" Å"),
            ),
            ("# name = \"Comment\"\n", None),
            ("[user]\nname = \"In a table\"\n", None),
            (
                "name = \"Before\"\n[user]\nname = \"After\"\n",
                Some("Before"),
            ),
            ("name = Kari", None),
            ("name = \"Unclosed", None),
            ("name = \"Trailing\" junk", None),
            ("name = \"\"", None),
            ("name = \"\"\"multi\nline\"\"\"", None),
            ("name = \"Bad \\q escape\"", None),
            ("name = \"\\u12\"", None),
            ("username = \"Not this\"", None),
            ("", None),
        ] {
            assert_eq!(config_name(text).as_deref(), want, "{text:?}");
        }
    }
}
#[cfg(test)]
#[path = "stamp_tests.rs"]
mod more_tests;

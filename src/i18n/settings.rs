//! Words of `tavle.toml`: what is wrong in a settings file, and where.
//! Plain data only, like the rest of the catalogue: `crate::settings` turns
//! its problems into these calls.

use super::Lang;

/// `file:line:column: what; tavle uses its default`.
pub fn settings_at(lang: Lang, file: &str, line: usize, column: usize, what: &str) -> String {
    f!(
        lang,
        "settings-at",
        file = file,
        line = line,
        column = column,
        what = what
    )
}

/// Not TOML; `detail` is the parser's own words.
pub fn settings_syntax(lang: Lang, detail: &str) -> String {
    f!(lang, "settings-syntax", detail = detail)
}

/// A key tavle does not know, with the one it looks like.
pub fn settings_unknown(lang: Lang, key: &str, like: Option<&str>) -> String {
    match like {
        Some(like) => f!(lang, "settings-unknown-like", key = key, like = like),
        None => f!(lang, "settings-unknown", key = key),
    }
}

/// A key in the other file: `team` when it belongs in the team's file.
pub fn settings_wrong_file(lang: Lang, key: &str, team: bool) -> String {
    if team {
        f!(lang, "settings-only-team", key = key)
    } else {
        f!(lang, "settings-only-person", key = key)
    }
}

/// A value tavle cannot use for `key`; `want` names what it takes.
pub fn settings_bad(lang: Lang, key: &str, want: &str) -> String {
    match want {
        "lang" => f!(lang, "settings-bad-lang", key = key),
        "theme" => f!(lang, "settings-bad-theme", key = key),
        "minutes" => f!(lang, "settings-bad-minutes", key = key),
        "seconds" => f!(lang, "settings-bad-seconds", key = key),
        "screens" => f!(lang, "settings-bad-screens", key = key),
        "table" => f!(lang, "settings-bad-table", key = key),
        _ => f!(lang, "settings-bad-name", key = key),
    }
}

/// The file could not be read; `why` in the system's words.
pub fn settings_unreadable(lang: Lang, why: &str) -> String {
    f!(lang, "settings-unreadable", why = why)
}

/// `--interval` that is not a number of seconds from 0.5 to 3600.
pub fn bad_wall_interval(lang: Lang, value: &str) -> String {
    f!(lang, "start-interval-bad", value = value)
}

/// `--theme` naming no theme.
pub fn bad_theme(lang: Lang, value: &str) -> String {
    f!(lang, "start-theme-bad", value = value)
}

/// `--wall`.
pub fn wall_help(lang: Lang) -> &'static str {
    s!(lang, "cli-wall")
}

/// `--interval SECS`.
pub fn interval_help(lang: Lang) -> &'static str {
    s!(lang, "cli-interval")
}

/// `--theme THEME`.
pub fn theme_help(lang: Lang) -> &'static str {
    s!(lang, "cli-theme")
}

/// Why a settings file is no text: its bytes are not UTF-8.
pub fn settings_not_text(lang: Lang) -> &'static str {
    s!(lang, "settings-not-text")
}

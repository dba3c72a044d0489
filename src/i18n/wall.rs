//! Words of the wallboard (`tavle --wall`): where it is in its round, that
//! it is paused, and when the board on screen last
//! changed. Plain data only: times arrive formatted.

use super::Lang;

/// "3 of 7" in the round of stops.
pub fn wall_place(lang: Lang, at: usize, of: usize) -> String {
    f!(lang, "wall-place", at = at, of = of)
}

/// Stopped by a key.
pub fn wall_paused(lang: Lang) -> &'static str {
    s!(lang, "wall-paused")
}

/// On screen because it just changed.
pub fn wall_changed_now(lang: Lang) -> &'static str {
    s!(lang, "wall-changed-now")
}

/// When the board last changed (`when` as the overview shows it).
pub fn wall_changed(lang: Lang, when: &str) -> String {
    f!(lang, "wall-changed", when = when)
}

/// No change time is recorded in the board.
pub fn wall_never_changed(lang: Lang) -> &'static str {
    s!(lang, "wall-never-changed")
}

/// The folder has no board to show.
pub fn wall_empty(lang: Lang) -> &'static str {
    s!(lang, "wall-empty")
}

/// The `?` text of the wallboard's keys, by command id.
pub(super) fn cmd_help_wall(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "wall-pause" => s!(lang, "cmd-help-wall-pause"),
        "wall-next" => s!(lang, "cmd-help-wall-next"),
        "wall-prev" => s!(lang, "cmd-help-wall-prev"),
        "wall-quit" => s!(lang, "cmd-help-wall-quit"),
        _ => return None,
    })
}

/// The hint bar's word for the wallboard's keys, by command id.
pub(super) fn cmd_hint_wall(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "wall-pause" => s!(lang, "cmd-hint-wall-pause"),
        "wall-next" => s!(lang, "cmd-hint-wall-next"),
        "wall-prev" => s!(lang, "cmd-hint-wall-prev"),
        "wall-quit" => s!(lang, "cmd-hint-wall-quit"),
        _ => return None,
    })
}

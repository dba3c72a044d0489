//! Words for the meeting room (issue 23): the themes `T` cycles through,
//! the zoomed card (`z`), the large header (`Z`) and their keys.

use super::Lang;

/// A theme's name as the room reads it (the settings name them; the
/// catalogue imports no layer above it, so the app hands this over).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeWord {
    Dark,
    Light,
    ColourSafe,
    Mono,
}

/// Notices about the room's screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomMsg {
    /// `T` changed the theme to this one.
    Theme(ThemeWord),
    /// `z` with no card selected: nothing to zoom.
    NoCardToZoom,
}

/// Words of the zoomed card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoomWord {
    /// The card has no owner.
    NoOwner,
    /// The card has no deadline.
    NoDue,
    /// The card has no light.
    NoLight,
    /// The card is done.
    Done,
}

pub fn theme_name(lang: Lang, t: ThemeWord) -> &'static str {
    match t {
        ThemeWord::Dark => s!(lang, "room-theme-dark"),
        ThemeWord::Light => s!(lang, "room-theme-light"),
        ThemeWord::ColourSafe => s!(lang, "room-theme-colour-safe"),
        ThemeWord::Mono => s!(lang, "room-theme-mono"),
    }
}

pub(super) fn room_msg(lang: Lang, m: &RoomMsg) -> String {
    match m {
        RoomMsg::Theme(t) => f!(lang, "room-msg-theme", theme = theme_name(lang, *t)),
        RoomMsg::NoCardToZoom => s!(lang, "room-msg-no-card").into(),
    }
}

pub fn zoom_word(lang: Lang, w: ZoomWord) -> &'static str {
    match w {
        ZoomWord::NoOwner => s!(lang, "room-zoom-no-owner"),
        ZoomWord::NoDue => s!(lang, "room-zoom-no-due"),
        ZoomWord::NoLight => s!(lang, "room-zoom-no-light"),
        ZoomWord::Done => s!(lang, "room-zoom-done"),
    }
}

/// What the room's keys do, for `?`, by command id.
pub(super) fn cmd_help_room(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "theme" => s!(lang, "cmd-help-theme"),
        "zoom" => s!(lang, "cmd-help-zoom"),
        "big-header" => s!(lang, "cmd-help-big-header"),
        "zoom-close" => s!(lang, "cmd-help-zoom-close"),
        _ => return None,
    })
}

/// The hint bar's word for the room's keys, by command id.
pub(super) fn cmd_hint_room(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "theme" => s!(lang, "cmd-hint-theme"),
        "zoom" => s!(lang, "cmd-hint-zoom"),
        "big-header" => s!(lang, "cmd-hint-big-header"),
        "zoom-close" => s!(lang, "cmd-hint-zoom-close"),
        _ => return None,
    })
}

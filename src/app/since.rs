//! Two read-only panels of the meeting: "since last time" — what changed on
//! the board since its previous meeting, shown by itself when a meeting
//! starts and on demand (`s` on the meeting screen) — and the previous
//! meeting's minutes (`r`). They scroll, and they give way to work: a key
//! that is not theirs closes the panel and does what it does on the screen
//! below, so starting a meeting never stands in the way of the next key.
//! The logs and files they show are read by the worker.

use super::request::Requests;
use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Overlay;
use super::event::Effect;
use super::shared::Shared;
use crate::folder::previous::Previous;
use crate::i18n::{Msg, PrepMsg};
use tavle_core::log::Logged;

/// The "since last time" panel: the change log it is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct SinceView {
    pub log: Vec<Logged>,
    /// Lines scrolled down.
    pub scroll: usize,
}

/// The previous meeting's minutes, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct MinutesView {
    /// The file's name in `referater/`; `None` when the minutes were made
    /// from the change log because no file was written.
    pub file: Option<String>,
    /// Every line sanitized.
    pub lines: Vec<String>,
    /// Lines scrolled down.
    pub scroll: usize,
}

/// What a key did to a panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelFlow {
    /// The panel took the key and stays.
    Stay,
    /// The panel took the key and closed.
    Close,
    /// Not the panel's key: it closed, and the screen below gets the key.
    Pass,
}

/// Whether the change log read for the meeting screen is shown as "since last time".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Only the names of earlier attendance are needed.
    Never,
    /// A meeting starts: show it when the board had a meeting before.
    IfAny,
    /// Asked for: show it, or say that there was no meeting before.
    Always,
}

/// Lines one page key scrolls.
pub const PAGE: usize = 10;

impl Overlay {
    /// Whether this overlay is a panel that gives way to keys not its own.
    pub fn is_panel(&self) -> bool {
        matches!(self, Overlay::Since(_) | Overlay::Minutes(_))
    }
}

/// The start of the meeting under way, else now: the previous meeting is
/// the one that ended before it.
fn before(s: &Shared) -> chrono::DateTime<chrono::FixedOffset> {
    s.running().map_or(s.wall(), |r| r.started.at())
}

fn path(s: &Shared) -> Option<PathBuf> {
    s.entry().map(|e| e.path.clone())
}

/// Ask the worker for the change log, to show what changed since last time.
pub fn ask_since(s: &Shared, rq: &mut Requests) {
    if let Some(path) = path(s) {
        rq.effect(Effect::ReadMeetingLog {
            path,
            show: Show::Always,
        });
    }
}

/// Ask the worker for the previous meeting's minutes.
pub fn ask_minutes(s: &Shared, rq: &mut Requests) {
    let before = before(s);
    if let Some(path) = path(s) {
        rq.effect(Effect::ReadMinutes { path, before });
    }
}

/// The change log came back: keep it for the meeting screen and, when asked
/// to, show what changed since the previous meeting (or say there was none).
pub fn log_read(
    log: &mut Option<Vec<Logged>>,
    s: &Shared,
    rq: &mut Requests,
    path: &std::path::Path,
    show: Show,
    entries: Vec<Logged>,
) {
    if s.entry().is_none_or(|e| e.path != path) {
        return;
    }
    let earlier = tavle_core::meeting::previous(&entries, before(s)).is_some();
    match show {
        Show::IfAny | Show::Always if earlier => {
            rq.open(Overlay::Since(SinceView {
                log: entries.clone(),
                scroll: 0,
            }));
        }
        // Asked for: say why nothing shows. A first meeting starts quietly.
        Show::Always => rq.notify(Msg::Prep(PrepMsg::NoEarlierMeeting), false),
        Show::IfAny | Show::Never => {}
    }
    *log = Some(entries);
}

/// The previous minutes came back: show them, or say why not.
pub fn minutes_read(s: &Shared, rq: &mut Requests, path: &std::path::Path, minutes: Previous) {
    if s.entry().is_none_or(|e| e.path != path) {
        return;
    }
    let (file, text) = match minutes {
        Previous::File { name, text } => (Some(name), text),
        Previous::Made { text, .. } => (None, text),
        Previous::None => {
            rq.notify(Msg::Prep(PrepMsg::NoMinutes), false);
            return;
        }
        Previous::Failed(e) => {
            rq.notify(Msg::Folder((&e).into()), true);
            return;
        }
    };
    rq.open(Overlay::Minutes(MinutesView {
        file,
        lines: text.lines().map(str::to_string).collect(),
        scroll: 0,
    }));
}

/// A key on a panel. `lines` bounds the scrolling: how many lines the panel
/// has at the narrowest width it is drawn at.
pub fn panel_key(
    overlay: &mut Overlay,
    key: &KeyEvent,
    s: &Shared,
    rq: &mut Requests,
    lines: usize,
) -> PanelFlow {
    let scroll = match overlay {
        Overlay::Since(v) => &mut v.scroll,
        Overlay::Minutes(v) => &mut v.scroll,
        _ => return PanelFlow::Pass,
    };
    let max = lines.saturating_sub(1);
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return PanelFlow::Pass;
    }
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => *scroll = (*scroll + 1).min(max),
        KeyCode::PageUp => *scroll = scroll.saturating_sub(PAGE),
        KeyCode::PageDown => *scroll = (*scroll + PAGE).min(max),
        KeyCode::Home => *scroll = 0,
        KeyCode::End => *scroll = max,
        KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => return PanelFlow::Close,
        KeyCode::Char('r') if matches!(overlay, Overlay::Since(_)) => {
            ask_minutes(s, rq);
            return PanelFlow::Close;
        }
        _ => return PanelFlow::Pass,
    }
    PanelFlow::Stay
}

/// The panel's content as a document: what the view draws, and what the
/// scrolling is bounded by.
pub fn panel_doc(overlay: &Overlay, s: &Shared) -> crate::minutes::Doc {
    let lang = s.lang();
    match overlay {
        Overlay::Since(v) => s
            .board()
            .and_then(|b| {
                let since = tavle_core::meeting::since_last(b, &v.log, s.wall())?;
                Some(crate::minutes::since_doc(lang, b, &since))
            })
            .unwrap_or_default(),
        Overlay::Minutes(v) => {
            let mut doc = crate::minutes::from_markdown(&v.lines.join("\n"));
            if v.file.is_none() {
                let note = crate::i18n::prep_word(lang, crate::i18n::PrepWord::MadeFromLog);
                doc.blocks.insert(
                    0,
                    crate::minutes::Block::Para(vec![crate::minutes::Inline::Em(note.into())]),
                );
            }
            doc
        }
        _ => crate::minutes::Doc::default(),
    }
}

/// The narrowest width a panel is drawn at (the screen's least width, less
/// the panel's margins): the most lines it can have.
pub const NARROWEST: usize = 50;

/// How many lines the panel has at its narrowest.
pub fn line_count(overlay: &Overlay, s: &Shared) -> usize {
    crate::minutes::lines(&panel_doc(overlay, s), NARROWEST).len()
}

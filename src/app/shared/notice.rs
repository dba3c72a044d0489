//! The line at the bottom of the screen: the notice shown now, until when,
//! and how the folder is watched (or that the watcher stopped). Its only
//! writer is this module, asked by the other owners and by the screens'
//! requests (`Request::Notify`).

use std::time::Instant;

use super::{NOTICE_FOR, Notice};
use crate::i18n::Msg;

#[derive(Debug)]
pub struct Notices {
    notice: Option<Notice>,
    /// How the folder is watched, for the status line.
    watching: Msg,
    /// The watcher stopped: the screen may be out of date.
    watch_stopped: bool,
}

impl Default for Notices {
    fn default() -> Notices {
        Notices {
            notice: None,
            watching: Msg::WatchNotify,
            watch_stopped: false,
        }
    }
}

impl Notices {
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn watching(&self) -> &Msg {
        &self.watching
    }

    pub fn watch_stopped(&self) -> bool {
        self.watch_stopped
    }

    /// Show `msg` from `now` for [`NOTICE_FOR`].
    pub(super) fn show(&mut self, msg: Msg, error: bool, now: Instant) {
        let until = now + NOTICE_FOR;
        self.notice = Some(Notice { msg, error, until });
    }

    /// Take the notice away (a test, or a screen that shows it elsewhere).
    pub(super) fn clear(&mut self) {
        self.notice = None;
    }

    /// Take the notice away when its time is up.
    pub(super) fn expire(&mut self, now: Instant) {
        if self.notice.as_ref().is_some_and(|n| n.until <= now) {
            self.notice = None;
        }
    }

    /// Say how the folder is watched.
    pub(super) fn watched(&mut self, how: Msg) {
        self.watching = how;
    }

    /// The watcher stopped, for `why`.
    pub(super) fn stopped(&mut self, why: Msg) {
        self.watching = why;
        self.watch_stopped = true;
    }
}

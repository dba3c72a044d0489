//! Where each [`Event`] goes once [`App::update`] has noted what it needs
//! from before it (the board on view, the wallboard's fingerprints): a key
//! or paste to the router (`route.rs`), files and readings to the shared
//! state's owner of the boards, a worker's result to the screen that asked
//! for it or to the notices.

use std::path::Path;
use std::time::Instant;

use super::{App, Closing, Event, Overlay, Request, Requests, Screen, links, meeting, since};
use crate::i18n::NewBoardMsg;

impl App {
    /// Hand `event` to what it is for; `before` is the board on view when
    /// it came.
    pub(super) fn handle(&mut self, event: Event, before: Option<&Path>, now: Instant) {
        match event {
            Event::Key(key) if self.wall.is_some() => self.wall_key(&key, now),
            // Nothing is typed on a wallboard: pasting only pauses it.
            Event::Paste(_) if self.wall.is_some() => {
                if let Some(w) = &mut self.wall {
                    w.paused = true;
                }
            }
            Event::Key(key) => self.key(&key),
            Event::Paste(text) => self.paste(&text),
            Event::Signal(signal) => self.shared.signalled(signal),
            Event::Resize => {}
            Event::Tick => {
                let keep = before.filter(|_| self.screen != Screen::Overview);
                self.shared.expire(keep);
            }
            Event::Files(w) => {
                self.shared.files(w);
                self.shared
                    .sort_entries(&self.screens.overview.owner.text());
            }
            Event::Loaded(batch) => {
                let follow = self.shared.loaded(*batch);
                self.shared
                    .sort_entries(&self.screens.overview.owner.text());
                // Start on the worst board, as it stands so far.
                if follow && let Some(first) = self.shared.entries().first() {
                    let first = first.path.clone();
                    self.shared.carry_out(Requests(vec![Request::Show(first)]));
                }
            }
            Event::Applied {
                path,
                origin,
                seq,
                result,
            } => self.shared.applied(&path, origin, seq, *result),
            Event::Waiting { path, holder } => self.shared.wait_for(path, holder),
            Event::Clock(wall) => {
                self.shared.clock(wall);
                // A wallboard never asks anything of the room.
                let idle = self.overlay.is_none()
                    && !self.screens.board.filter.typing
                    && self.wall.is_none();
                let mut rq = Requests::new();
                meeting::time_up(&self.shared, &mut rq, self.screen == Screen::Board, idle);
                self.shared.carry_out(rq);
            }
            Event::Log {
                path,
                closing,
                entries,
            } => {
                if self.shared.entry().is_some_and(|e| e.path == path) {
                    if closing {
                        self.overlay = Some(Overlay::Closing(Closing::new(entries)));
                    } else {
                        self.screens.card.log_read(entries);
                    }
                }
            }
            Event::Escalated(result) => match result {
                // The board above by the name the overview shows it by.
                Ok((board, card)) => {
                    let board = links::board_name(&self.shared, &board);
                    let msg = crate::i18n::Msg::Escalated(board, card);
                    self.shared.notify(msg, false);
                }
                Err(m) => self.shared.notify(m, true),
            },
            Event::RoutineWritten(result) => match result {
                Ok(path) => {
                    let path = path.display().to_string();
                    let msg = crate::i18n::Msg::Routine(crate::i18n::RoutineMsg::Written(path));
                    self.shared.notify(msg, false);
                }
                Err(e) => self
                    .shared
                    .notify(crate::i18n::Msg::Folder((&e).into()), true),
            },
            Event::MinutesWritten(result) => match result {
                Ok(path) => self.shared.notify(
                    crate::i18n::Msg::MinutesWritten(path.display().to_string()),
                    false,
                ),
                Err(e) => self
                    .shared
                    .notify(crate::i18n::Msg::Folder((&e).into()), true),
            },
            // Read for the merge screen: late, it is not needed any more.
            Event::Revisions { path, kept } if self.screen == Screen::Merge => {
                let mut rq = Requests::new();
                self.screens
                    .merge
                    .revisions_read(&path, kept, &self.shared, &mut rq);
                self.shared.carry_out(rq);
            }
            Event::Revisions { .. } => {}
            Event::Merged {
                copy, seq, outcome, ..
            } => {
                let on_screen = self.screen == Screen::Merge;
                let merge = &mut self.screens.merge;
                let mut rq = Requests::new();
                merge.merged(&copy, seq, outcome, on_screen, &self.shared, &mut rq);
                self.shared.carry_out(rq);
            }
            Event::MeetingLog {
                path,
                show,
                entries,
            } => {
                let log = &mut self.screens.meeting.log;
                let mut rq = Requests::new();
                since::log_read(log, &self.shared, &mut rq, &path, show, entries);
                self.shared.carry_out(rq);
            }
            Event::Minutes { path, minutes } => {
                // The minutes take the place of the "since last time" panel.
                if self.overlay.as_ref().is_some_and(Overlay::is_panel) {
                    self.overlay = None;
                }
                let mut rq = Requests::new();
                since::minutes_read(&self.shared, &mut rq, &path, minutes);
                self.shared.carry_out(rq);
            }
            Event::Logs { logs, boards } => {
                self.screens.changes.logs_read(logs, boards, &self.shared)
            }
            Event::Read { path, analysis } => {
                self.shared.read_back(&path, *analysis);
                self.shared
                    .sort_entries(&self.screens.overview.owner.text());
            }
            Event::BoardCreated(Ok((kind, path))) => {
                let shown = path.display().to_string();
                let made = NewBoardMsg::Created { kind, path: shown };
                self.shared.notify(crate::i18n::Msg::NewBoard(made), false);
                self.awaited.wait_for(path);
            }
            Event::BoardCreated(Err(m)) => self.shared.notify(m, true),
        }
    }
}

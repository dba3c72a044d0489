//! The storage worker: every piece of disk work the app asks for (saves under
//! the board's lock, reading the change log, ending a meeting and writing its
//! minutes, reading the previous meeting's minutes back, reading every
//! board's change log for the view of what changed since a day, sending a card up to
//! another board, keeping and reading the base of a board, merging a conflict
//! copy and moving it aside, writing a new board from its template) runs
//! here, off the UI thread, in the order it was asked for. Results come back
//! as [`Event`]s through the same channel as keys and file changes (the way
//! gitui's asyncgit reports),
//! so the screen never freezes while another writer holds a lock.

use std::path::Path;
use std::sync::mpsc::{self, Sender};
use std::thread;

use crate::app::{Effect, Event, Origin};
use crate::folder::store;
use crate::i18n::{Lang, Msg};
use tavle_core::ops::{Op, Stamp};

/// The worker thread. Dropping it lets the thread finish the job at hand and end.
pub struct Worker {
    jobs: Sender<Effect>,
}

impl Worker {
    /// Start the worker; its results go to `events`. `stamp` says who edits, and when.
    pub fn spawn(
        events: Sender<Event>,
        lang: Lang,
        stamp: fn() -> Stamp,
    ) -> std::io::Result<Worker> {
        let (jobs, queue) = mpsc::channel::<Effect>();
        thread::Builder::new()
            .name("tavle-worker".into())
            .spawn(move || {
                // Ends when the Worker is dropped (every sender gone).
                while let Ok(effect) = queue.recv() {
                    let send = |ev: Event| {
                        let _ = events.send(ev);
                    };
                    perform(effect, lang, &stamp, &send);
                }
            })?;
        Ok(Worker { jobs })
    }

    /// Queue disk work; it is done in the order queued.
    pub fn send(&self, effects: Vec<Effect>) {
        for e in effects {
            // The thread is gone only while the app shuts down.
            let _ = self.jobs.send(e);
        }
    }
}

/// A new board from its template, in `lang`, written as `tavle new` writes
/// it; its kind and path, or what to say.
fn new_board(
    dir: &Path,
    kind: tavle_core::model::Kind,
    title: &str,
    roles: &tavle_core::template::Roles,
    lang: Lang,
) -> Result<(tavle_core::model::Kind, std::path::PathBuf), Msg> {
    use crate::i18n::NewBoardMsg;
    let words = crate::i18n::template_words(lang, kind);
    let board = tavle_core::template::new_team_board(kind, title, &words, roles);
    crate::folder::fresh::create_board(dir, &board)
        .map(|path| (kind, path))
        .map_err(|e| {
            let path = e.path.display().to_string();
            Msg::NewBoard(match e.kind {
                tavle_core::diag::FsErrorKind::AlreadyExists => NewBoardMsg::Exists(path),
                kind => NewBoardMsg::Failed { path, kind },
            })
        })
}

/// Do one piece of disk work and report every result through `send`.
pub fn perform(effect: Effect, lang: Lang, stamp: &dyn Fn() -> Stamp, send: &dyn Fn(Event)) {
    match effect {
        Effect::ReadLog { path, closing } => {
            let entries = crate::folder::log::read(&path);
            send(Event::Log {
                path,
                closing,
                entries,
            });
        }
        Effect::Escalate { from, card, to } => match escalate(&from, &card, &to, &stamp()) {
            Ok(Escalation {
                added,
                linked,
                board,
                card,
            }) => {
                for (path, saved) in [(to.clone(), added), (from.clone(), linked)] {
                    send(Event::Applied {
                        path,
                        origin: Origin::Edit,
                        seq: None,
                        result: Box::new(Ok(saved)),
                    });
                }
                send(Event::Escalated(Ok((board, card))));
            }
            Err(m) => send(Event::Escalated(Err(m))),
        },
        Effect::CloseMeeting { path } => {
            let result = save(
                &path,
                &[Op::Meeting(tavle_core::ops::MeetingOp::End)],
                stamp,
                send,
            );
            let now = stamp().at.at();
            let ended = result
                .as_ref()
                .ok()
                .map(|s| (s.board.clone(), ended_span(s, now)));
            send(Event::Applied {
                path: path.clone(),
                origin: Origin::Edit,
                seq: None,
                result: Box::new(result),
            });
            if let Some((board, span)) = ended {
                let written =
                    crate::folder::minutes::write(&path, &board, span, now.date_naive(), now, lang);
                send(Event::MinutesWritten(written));
            }
        }
        Effect::WriteRoutine {
            path,
            board,
            routine,
        } => {
            let today = stamp().at.at().date_naive();
            let written = crate::folder::routines::write(&path, &board, &routine, today, lang);
            send(Event::RoutineWritten(written));
        }
        Effect::ReadMeetingLog { path, show } => {
            let entries = crate::folder::log::read(&path);
            send(Event::MeetingLog {
                path,
                show,
                entries,
            });
        }
        Effect::ReadLogs { paths, full } => {
            let logs = paths
                .into_iter()
                .map(|p| {
                    let log = crate::folder::log::read(&p);
                    (p, log)
                })
                .collect();
            let boards = (full.into_iter())
                .filter_map(|p| store::analyze(&p).board.map(|b| (p, b)))
                .collect();
            send(Event::Logs { logs, boards });
        }
        Effect::ReadBoard { path } => {
            let analysis = Box::new(store::analyze(&path));
            send(Event::Read { path, analysis });
        }
        Effect::NewBoard {
            dir,
            kind,
            title,
            roles,
        } => {
            let made = new_board(&dir, kind, &title, &roles, lang);
            send(Event::BoardCreated(made));
        }
        Effect::ReadMinutes { path, before } => {
            let minutes = crate::folder::previous::read(&path, before, lang);
            send(Event::Minutes { path, minutes });
        }
        Effect::KeepRevision { path, fingerprint } => {
            // A version not kept costs only a more careful merge later.
            let _ = crate::folder::revs::keep(&path, fingerprint);
        }
        Effect::ReadRevisions { path, ids } => {
            let kept = crate::folder::revs::read(&path, &ids);
            send(Event::Revisions { path, kept });
        }
        Effect::Merge {
            path,
            ops,
            copy,
            fingerprint,
            seq,
        } => merge(&path, &ops, &copy, fingerprint, seq, lang, stamp, send),
        Effect::Apply {
            path,
            ops,
            origin,
            seq,
        } => {
            let result = save(&path, &ops, stamp, send);
            send(Event::Applied {
                path,
                origin,
                seq: Some(seq),
                result: Box::new(result),
            });
        }
    }
}

/// The meeting a save ended, from its change: what the minutes cover even
/// when the change log could not record the end.
fn ended_span(
    saved: &store::Saved,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Option<tavle_core::meeting::Span> {
    saved.applied.iter().find_map(|a| match &a.change {
        tavle_core::ops::Change::MeetingEnded {
            started,
            attendees,
            incomplete,
        } => {
            let start = tavle_core::model::Timestamp::parse(started)?.at();
            Some(tavle_core::meeting::Span {
                start,
                end: now.max(start),
                running: false,
                attendees: attendees.clone(),
                incomplete: *incomplete || saved.log_error.is_some(),
            })
        }
        _ => None,
    })
}

/// Merge a conflict copy as one step (`copies::merge_copy`): the copy kept
/// in `.tavle/merged/`, `ops` saved, the copy's name removed — or nothing
/// at all, when the copy changed, is a link, or the save failed.
#[allow(clippy::too_many_arguments)]
fn merge(
    path: &Path,
    ops: &[Op],
    copy: &Path,
    fingerprint: u64,
    seq: u64,
    lang: Lang,
    stamp: &dyn Fn() -> Stamp,
    send: &dyn Fn(Event),
) {
    use crate::app::MergeOutcome;
    use crate::folder::copies::{self, NotMerged};
    let outcome = |outcome| Event::Merged {
        path: path.to_path_buf(),
        copy: copy.to_path_buf(),
        seq,
        outcome,
    };
    let applied = |result| Event::Applied {
        path: path.to_path_buf(),
        origin: Origin::Edit,
        seq: Some(seq),
        result: Box::new(result),
    };
    let words = |e: &crate::folder::safe_fs::FsError| {
        crate::i18n::fs_error(lang, &e.kind, &e.path.display().to_string())
    };
    match copies::merge_copy(path, copy, fingerprint, || save(path, ops, stamp, send)) {
        Ok(merged) => {
            // The change log's copies too, so the minutes hold both sides'
            // changes; what is left is reported by `tavle check`.
            let _ = crate::folder::log::merge_copies(path);
            send(applied(Ok(merged.saved)));
            send(outcome(match merged.left {
                None => MergeOutcome::Moved(merged.kept),
                // Merged whole; only the copy's name is still there.
                Some(why) => MergeOutcome::NotMoved(why.as_ref().map(words)),
            }));
        }
        Err(NotMerged::Save(e)) => {
            let unsettled = matches!(
                e,
                store::UpdateError::Op(tavle_core::ops::OpError::MergeUnsettled(_))
            );
            send(applied(Err(e)));
            send(outcome(MergeOutcome::NotSaved { unsettled }));
        }
        Err(NotMerged::Changed) => send(outcome(MergeOutcome::CopyChanged)),
        Err(NotMerged::Refused(e) | NotMerged::Keep(e)) => {
            send(outcome(MergeOutcome::Refused(words(&e))));
        }
    }
}

/// Save `ops`, telling the screen who holds the lock when it has to wait.
fn save(
    path: &Path,
    ops: &[Op],
    stamp: &dyn Fn() -> Stamp,
    send: &dyn Fn(Event),
) -> Result<store::Saved, store::UpdateError> {
    match store::update_waiting(path, ops, &stamp(), std::time::Duration::ZERO) {
        Err(store::UpdateError::Lock(e)) => match *e {
            crate::folder::lock::LockError::Busy { holder, .. } => {
                send(Event::Waiting {
                    path: path.to_path_buf(),
                    holder,
                });
                store::update_waiting(path, ops, &stamp(), store::LOCK_WAIT)
            }
            e => Err(store::UpdateError::Lock(Box::new(e))),
        },
        other => other,
    }
}

/// A card sent up: both boards as saved, and where the copy is.
#[derive(Debug)]
pub struct Escalation {
    /// The board above, with the copy added.
    pub added: store::Saved,
    /// The board the card came from, with the original linked to the copy.
    pub linked: store::Saved,
    /// The id of the board above.
    pub board: String,
    /// The id of the copy there.
    pub card: String,
}

/// Send `card` of the board at `from` up to the board at `to`: copy it there
/// with a link back, then link the original to the copy. Each board is written
/// under its own lock; the copy is made first so a link never points nowhere.
pub fn escalate(from: &Path, card: &str, to: &Path, stamp: &Stamp) -> Result<Escalation, Msg> {
    use tavle_core::model::CardRef;
    use tavle_core::ops::{CardOp, CardPatch, Change, Op};
    let fresh = store::analyze(from);
    let Some(original) = fresh.board.as_ref().and_then(|b| b.card(card)).cloned() else {
        return Err(Msg::CardGone(card.to_string()));
    };
    if let Some(t) = &original.escalated_to {
        return Err(Msg::AlreadyEscalated(t.board.clone()));
    }
    let from_ref = CardRef {
        board: store::board_id(from),
        card: card.to_string(),
        extra: Default::default(),
    };
    let added = store::update_waiting(
        to,
        &[Op::Card(CardOp::AddEscalated {
            card: Box::new(original),
            from: from_ref,
        })],
        stamp,
        store::UI_LOCK_WAIT,
    )
    .map_err(Msg::from)?;
    let new_id = match added.applied.first().map(|a| &a.change) {
        Some(Change::Added { card, .. }) => card.clone(),
        _ => String::new(),
    };
    let to_ref = CardRef {
        board: store::board_id(to),
        card: new_id.clone(),
        extra: Default::default(),
    };
    let patch = CardPatch {
        escalated_to: Some(Some(to_ref)),
        ..CardPatch::default()
    };
    let linked = store::update_waiting(
        from,
        &[Op::Card(CardOp::Set {
            id: card.to_string(),
            patch,
        })],
        stamp,
        store::UI_LOCK_WAIT,
    )
    .map_err(Msg::from)?;
    Ok(Escalation {
        added,
        linked,
        board: store::board_id(to),
        card: new_id,
    })
}

#[cfg(test)]
#[path = "worker_tests.rs"]
mod more_tests;

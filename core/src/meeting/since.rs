//! "What has been done since last time?" (seed §7.3.1: the minutes of one
//! meeting are the basis for the next): the board's net changes from the end
//! of its previous meeting up to the start of this one — cards added, moved,
//! finished, archived or restored, lights changed, follow-ups done and due,
//! decisions logged between meetings, indicator values entered. Net as in the
//! minutes ([`super::summary()`]): a move undone is no move. Pure and wordless.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use super::span::{Scope, Span, previous};
use super::summary::{CardRef, DecisionAt, Summary, summary};
use crate::log::Logged;
use crate::model::Board;

/// What changed on a board since its previous meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Since<'b> {
    /// The meeting before: "last time".
    pub previous: Span,
    /// Up to when: the start of the meeting under way, else now.
    pub until: DateTime<FixedOffset>,
    /// The net changes between the two, as the minutes count them; its
    /// `moved` leaves out the cards in [`Since::finished`].
    pub changes: Summary<'b>,
    /// Cards moved into a column where cards count as finished (and still there).
    pub finished: Vec<CardRef>,
    /// Open follow-ups whose deadline has come (by the day of `until`), earliest first.
    pub due: Vec<DecisionAt<'b>>,
}

impl Since<'_> {
    /// Nothing changed and nothing is due.
    pub fn is_empty(&self) -> bool {
        let c = &self.changes;
        self.finished.is_empty()
            && self.due.is_empty()
            && c.added.is_empty()
            && c.moved.is_empty()
            && c.archived.is_empty()
            && c.restored.is_empty()
            && c.lights.is_empty()
            && c.values.is_empty()
            && c.done.is_empty()
            && c.decisions.is_empty()
            && c.corrected.is_empty()
            && c.merged.is_empty()
            && c.improvement.is_empty()
    }

    /// The day the follow-ups are due by.
    pub fn today(&self) -> NaiveDate {
        self.until.date_naive()
    }
}

/// What changed on `board` since its previous meeting in `log`, up to the
/// start of the meeting under way (or `now` when none runs); `None` when the
/// log has no earlier meeting to compare with.
pub fn since_last<'b>(
    board: &'b Board,
    log: &[Logged],
    now: DateTime<FixedOffset>,
) -> Option<Since<'b>> {
    let started = board
        .meeting
        .as_ref()
        .and_then(|m| m.running.as_ref())
        .map(|r| r.started.at());
    let until = started.unwrap_or(now);
    let prev = previous(log, until)?;
    // The log is kept to the second: what the previous meeting did in its
    // last second is its own, not "since".
    let start = (prev.end + Duration::seconds(1)).min(until);
    let (changes, finished) = between(board, log, start, until);
    let today = until.date_naive();
    let due = changes
        .follow_ups
        .iter()
        .filter(|d| d.due.is_some_and(|due| due <= today))
        .cloned()
        .collect();
    Some(Since {
        previous: prev,
        until,
        finished,
        changes,
        due,
    })
}

/// The net changes on `board` from `start` up to `until` (both included),
/// as the minutes count them ([`summary()`]: a move, a light or an archive
/// taken back is no change), and apart from them the cards moved into a
/// column where cards count as finished and still standing there (left out
/// of the summary's `moved`). The one netting rule for "since last time"
/// and for `tavle status --since` ([`crate::changes`]).
pub fn between<'b>(
    board: &'b Board,
    log: &[Logged],
    start: DateTime<FixedOffset>,
    until: DateTime<FixedOffset>,
) -> (Summary<'b>, Vec<CardRef>) {
    let window = Span {
        start: start.min(until),
        end: until,
        running: false,
        attendees: Vec::new(),
        incomplete: false,
    };
    let mut changes = summary(board, log, &Scope::Meeting(window));
    let finished_here = |id: &str, to: &str| {
        board.card(id).is_some_and(|c| {
            board.is_done(c) && board.column(&c.column).is_some_and(|col| col.title == to)
        })
    };
    let (finished, moved): (Vec<_>, Vec<_>) = std::mem::take(&mut changes.moved)
        .into_iter()
        .partition(|m| finished_here(&m.card.id, &m.to));
    changes.moved = moved;
    (changes, finished.into_iter().map(|m| m.card).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::Change;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn line(at: &str, change: Change) -> Logged {
        Logged {
            at: at.into(),
            by: "Kari".into(),
            change,
        }
    }

    fn moved(at: &str, card: &str, from: &str, to: &str) -> Logged {
        line(
            at,
            Change::Moved {
                card: card.into(),
                title: format!("Kort {card}"),
                from: from.into(),
                to: to.into(),
            },
        )
    }

    fn board() -> Board {
        crate::analyze::analyze_text(
            r#"{"tavle":1,"title":"T","kind":"drift",
              "columns":[{"id":"a","title":"I dag"},{"id":"b","title":"Pågår"},{"id":"c","title":"Ferdig"}],
              "cards":[{"id":"k1","title":"Kort k1","column":"b"},{"id":"k2","title":"Kort k2","column":"c"},
                       {"id":"k3","title":"Kort k3","column":"a"}],
              "decisions":[{"id":"b1","at":"2026-11-23T09:05:00+01:00","text":"Ring vikarbyrået","owner":"Ola","due":"2026-11-24"},
                           {"id":"b2","at":"2026-11-23T09:06:00+01:00","text":"Senere","owner":"Ola","due":"2026-12-24"}]}"#,
        )
        .0
        .unwrap()
    }

    fn ended(at: &str, started: &str) -> Logged {
        line(
            at,
            Change::MeetingEnded {
                started: started.into(),
                attendees: vec!["Kari".into()],
                incomplete: false,
            },
        )
    }

    #[test]
    fn no_earlier_meeting_no_since() {
        let log = [moved("2026-11-23T10:00:00+01:00", "k1", "a", "b")];
        assert_eq!(
            since_last(&board(), &log, t("2026-11-24T09:00:00+01:00")),
            None
        );
    }

    #[test]
    fn the_window_is_from_the_end_of_the_last_meeting_to_now() {
        let log = [
            line("2026-11-23T09:00:00+01:00", Change::MeetingStarted),
            // In the previous meeting, up to its last second: not "since".
            moved("2026-11-23T09:10:00+01:00", "k3", "b", "a"),
            ended("2026-11-23T09:10:00+01:00", "2026-11-23T09:00:00+01:00"),
            moved("2026-11-23T11:00:00+01:00", "k1", "a", "b"),
            moved("2026-11-23T12:00:00+01:00", "k2", "b", "c"),
            // Moved and moved back: net, nothing.
            moved("2026-11-23T13:00:00+01:00", "k3", "a", "b"),
            moved("2026-11-23T13:01:00+01:00", "k3", "b", "a"),
        ];
        let b = board();
        let s = since_last(&b, &log, t("2026-11-24T09:00:00+01:00")).unwrap();
        assert_eq!(s.previous.start, t("2026-11-23T09:00:00+01:00"));
        assert_eq!(s.until, t("2026-11-24T09:00:00+01:00"));
        let moved: Vec<_> = s
            .changes
            .moved
            .iter()
            .map(|m| (m.card.id.as_str(), m.from.as_str(), m.to.as_str()))
            .collect();
        assert_eq!(moved, [("k1", "I dag", "Pågår")]);
        let finished: Vec<_> = s.finished.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(finished, ["k2"]);
        // b1 is due today, b2 later.
        let due: Vec<_> = s.due.iter().map(|d| d.decision.id.as_str()).collect();
        assert_eq!(due, ["b1"]);
        assert!(!s.is_empty());
    }

    #[test]
    fn during_a_meeting_its_own_changes_are_not_since_last_time() {
        let mut b = board();
        b.meeting = crate::analyze::analyze_text(
            r#"{"tavle":1,"title":"T","kind":"drift","meeting":{"running":{
              "started":"2026-11-24T09:00:00+01:00","item_started":"2026-11-24T09:00:00+01:00"}}}"#,
        )
        .0
        .unwrap()
        .meeting;
        let log = [
            line("2026-11-23T09:00:00+01:00", Change::MeetingStarted),
            ended("2026-11-23T09:10:00+01:00", "2026-11-23T09:00:00+01:00"),
            line("2026-11-24T09:00:00+01:00", Change::MeetingStarted),
            moved("2026-11-24T09:02:00+01:00", "k1", "a", "b"),
        ];
        let s = since_last(&b, &log, t("2026-11-24T09:05:00+01:00")).unwrap();
        assert_eq!(s.until, t("2026-11-24T09:00:00+01:00"));
        assert!(s.changes.moved.is_empty(), "{:?}", s.changes.moved);
        assert_eq!(s.previous.end, t("2026-11-23T09:10:00+01:00"));
    }
}

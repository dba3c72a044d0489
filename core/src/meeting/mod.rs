//! The board meeting as rules: the time box and its countdown, the follow-ups
//! to go through, which meetings a day had ([`meetings`]) and what one of them did
//! ([`summary()`]), what changed since the meeting before ([`since_last`]),
//! how its plan was prepared ([`prepared`]) and whose names to offer when
//! ticking who is present ([`team`]), as data (the minutes are written from
//! it beside the catalogue). Pure: the time is always passed in; no words live here.

mod columns;
mod prep;
mod since;
mod span;
mod summary;
mod team;

pub use columns::{ColumnRef, Columns, Limited, Renamed, columns};
pub use prep::{Prepared, prepared};
pub use since::{Since, between, since_last};
pub use span::{NoSuchMeeting, Scope, Span, last_ended, meetings, previous, scope};
pub use summary::{CardRef, DecisionAt, Move, Relit, Summary, Value, summary};
pub use team::{name_order, team};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::model::{Board, Decision, Running};

/// How the countdown looks: normal, the last two minutes, or over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Normal,
    Warning,
    Over,
}

/// The last minutes of a time box are shown as a warning.
pub const WARN_SECS: i64 = 120;

/// A countdown: seconds left (negative: over time by that much).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub left: i64,
    pub total: i64,
    pub phase: Phase,
}

impl Countdown {
    pub fn new(
        started: DateTime<FixedOffset>,
        minutes: u64,
        now: DateTime<FixedOffset>,
    ) -> Countdown {
        let total = i64::try_from(minutes.saturating_mul(60)).unwrap_or(i64::MAX);
        let elapsed = (now - started).num_seconds().max(0);
        let left = total.saturating_sub(elapsed);
        let phase = if left <= 0 {
            Phase::Over
        } else if left <= WARN_SECS.min(total / 2).max(1) {
            Phase::Warning
        } else {
            Phase::Normal
        };
        Countdown { left, total, phase }
    }

    /// `07:12` left, or `+01:05` over time.
    pub fn clock(&self) -> String {
        let s = self.left.unsigned_abs();
        let sign = if self.left < 0 { "+" } else { "" };
        format!("{sign}{:02}:{:02}", s / 60, s % 60)
    }
}

/// The whole meeting's countdown.
pub fn meeting_countdown(
    board: &Board,
    running: &Running,
    now: DateTime<FixedOffset>,
) -> Countdown {
    let minutes = board.meeting.as_ref().map_or(15, |m| m.time_box());
    Countdown::new(running.started.at(), minutes, now)
}

/// The current agenda item's countdown, when it has its own time box.
pub fn item_countdown(
    board: &Board,
    running: &Running,
    now: DateTime<FixedOffset>,
) -> Option<Countdown> {
    let item = board.meeting.as_ref()?.agenda.get(running.item as usize)?;
    Some(Countdown::new(
        running.item_started.at(),
        item.minutes?,
        now,
    ))
}

/// The date something happened, in its own time zone (where it was decided).
fn date_of(t: &crate::model::Timestamp) -> NaiveDate {
    t.at().date_naive()
}

/// Open follow-ups from earlier meetings: decisions with an owner and a due
/// date, not done, decided before `today`; overdue first, then by due date.
pub fn follow_ups(board: &Board, today: NaiveDate) -> Vec<&Decision> {
    let mut list: Vec<&Decision> = board
        .decisions
        .iter()
        .filter(|d| d.is_follow_up() && !d.done && date_of(&d.at) < today)
        .collect();
    list.sort_by_key(|d| (d.due, d.at.at()));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn countdown_phases() {
        let start = t("2026-11-24T09:00:00+01:00");
        let c = Countdown::new(start, 15, t("2026-11-24T09:02:48+01:00"));
        assert_eq!(
            (c.left, c.phase, c.clock()),
            (732, Phase::Normal, "12:12".into())
        );
        let c = Countdown::new(start, 15, t("2026-11-24T09:13:00+01:00"));
        assert_eq!((c.phase, c.clock()), (Phase::Warning, "02:00".into()));
        let c = Countdown::new(start, 15, t("2026-11-24T09:15:00+01:00"));
        assert_eq!((c.phase, c.clock()), (Phase::Over, "00:00".into()));
        let c = Countdown::new(start, 15, t("2026-11-24T09:16:05+01:00"));
        assert_eq!(
            (c.left, c.phase, c.clock()),
            (-65, Phase::Over, "+01:05".into())
        );
        // A clock that is behind the start (another machine's clock) counts from zero.
        let c = Countdown::new(start, 15, t("2026-11-24T08:59:00+01:00"));
        assert_eq!(c.left, 900);
        // A 2-minute item warns only in its last minute, not from the start.
        let c = Countdown::new(start, 2, t("2026-11-24T09:00:30+01:00"));
        assert_eq!(c.phase, Phase::Normal);
    }
}

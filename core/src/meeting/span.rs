//! Which meetings a day had, found in the change log: a meeting runs from its
//! `meeting_started` to the `meeting_ended` that names that start. Also the
//! rule for which span `tavle minutes` and the file written at the end cover.
//! Pure: the running meeting ends at the `now` the caller passes in; no words.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::log::Logged;
use crate::model::{Board, Timestamp};
use crate::ops::Change;

/// One meeting, from its start to its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub start: DateTime<FixedOffset>,
    /// When it ended; for the running meeting, the `now` passed in.
    pub end: DateTime<FixedOffset>,
    /// It has not ended yet.
    pub running: bool,
    /// Who was present, as logged when it ended. A running meeting's attendees
    /// are on the board (`meeting.running`), not here.
    pub attendees: Vec<String>,
    /// A change of the meeting could not be written to the change log: the
    /// list of changes may be incomplete.
    pub incomplete: bool,
}

impl Span {
    /// The meeting under way on `board`, up to `now`: what the closing summary
    /// shows, whether or not its start reached the log.
    pub fn running(board: &Board, now: DateTime<FixedOffset>) -> Option<Span> {
        let r = board.meeting.as_ref()?.running.as_ref()?;
        Some(Span {
            start: r.started.at(),
            end: now.max(r.started.at()),
            running: true,
            attendees: r.attendees.clone(),
            incomplete: crate::ops::log_incomplete(r),
        })
    }

    /// Whether `t` falls in the meeting (both ends included).
    pub fn contains(&self, t: DateTime<FixedOffset>) -> bool {
        self.start <= t && t <= self.end
    }
}

/// What a summary covers: one meeting, or a whole day (a day with no meeting).
#[derive(Debug, Clone, PartialEq)]
pub enum Scope {
    Meeting(Span),
    Day(NaiveDate),
}

impl Scope {
    /// Whether `t` falls inside.
    pub fn contains(&self, t: DateTime<FixedOffset>) -> bool {
        match self {
            Scope::Meeting(s) => s.contains(t),
            Scope::Day(d) => t.date_naive() == *d,
        }
    }

    /// Whether `t` is after the scope ended.
    pub fn after(&self, t: DateTime<FixedOffset>) -> bool {
        match self {
            Scope::Meeting(s) => t > s.end,
            Scope::Day(d) => t.date_naive() > *d,
        }
    }

    /// Whether `t` is before the scope began.
    pub fn before(&self, t: DateTime<FixedOffset>) -> bool {
        match self {
            Scope::Meeting(s) => t < s.start,
            Scope::Day(d) => t.date_naive() < *d,
        }
    }

    /// The day the minutes are dated: the day the meeting started.
    pub fn date(&self) -> NaiveDate {
        match self {
            Scope::Meeting(s) => s.start.date_naive(),
            Scope::Day(d) => *d,
        }
    }

    /// The meeting, when the scope is one.
    pub fn meeting(&self) -> Option<&Span> {
        match self {
            Scope::Meeting(s) => Some(s),
            Scope::Day(_) => None,
        }
    }
}

/// Every meeting of the log, in order of start. A `meeting_ended` whose start
/// was not logged still counts (its start is the one it names); a start with
/// no end yet runs until the next meeting starts or, for the last one, `now`.
pub(super) fn all_meetings(log: &[Logged], now: DateTime<FixedOffset>) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    // Starts without an end yet, in log order.
    let mut open: Vec<DateTime<FixedOffset>> = Vec::new();
    for l in log {
        let Some(at) = l.time().map(|t| t.at()) else {
            continue;
        };
        match &l.change {
            Change::MeetingStarted
                if !open.contains(&at) && !spans.iter().any(|s| s.start == at) =>
            {
                open.push(at);
            }
            Change::MeetingEnded {
                started,
                attendees,
                incomplete,
            } => {
                let start = Timestamp::parse(started).map_or(at, |t| t.at());
                open.retain(|s| *s != start);
                let span = Span {
                    start,
                    end: at.max(start),
                    running: false,
                    attendees: attendees.clone(),
                    incomplete: *incomplete,
                };
                // The same meeting ended twice (two screens): the later end counts.
                match spans.iter_mut().find(|s| s.start == start) {
                    Some(s) => *s = span,
                    None => spans.push(span),
                }
            }
            _ => {}
        }
    }
    for start in open {
        spans.push(Span {
            start,
            end: now.max(start),
            running: true,
            attendees: Vec::new(),
            // Known from the board, not the log: see `Span::running`.
            incomplete: false,
        });
    }
    spans.sort_by_key(|s| s.start);
    // A start that never ended but was followed by another meeting was left
    // (a crash, a hand edit): it ends where the next one starts.
    let starts: Vec<DateTime<FixedOffset>> = spans.iter().map(|s| s.start).collect();
    for (i, s) in spans.iter_mut().enumerate() {
        if let Some(next) = starts.get(i + 1)
            && s.running
        {
            s.end = *next;
            s.running = false;
        }
    }
    spans
}

/// The meetings of `date` (the day each started, in its own time zone), in
/// order; the one still running ends at `now`.
pub fn meetings(log: &[Logged], date: NaiveDate, now: DateTime<FixedOffset>) -> Vec<Span> {
    all_meetings(log, now)
        .into_iter()
        .filter(|s| s.start.date_naive() == date)
        .collect()
}

/// The last meeting that ended before `before`: "last time", for the meeting
/// that starts at `before` (a meeting still running is never it).
pub fn previous(log: &[Logged], before: DateTime<FixedOffset>) -> Option<Span> {
    all_meetings(log, before)
        .into_iter()
        .filter(|s| !s.running && s.start < before)
        .max_by_key(|s| s.end)
}

/// `--meeting N` asked for a meeting the day did not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoSuchMeeting {
    /// The number asked for.
    pub asked: u64,
    /// How many meetings the day had.
    pub count: usize,
}

/// What the minutes of `date` cover: meeting `n` of the day (counted from 1),
/// or without `n` the day's last meeting; a day with no meeting is the whole
/// day. Asking for a meeting the day did not have is an error.
pub fn scope(
    log: &[Logged],
    date: NaiveDate,
    n: Option<u64>,
    now: DateTime<FixedOffset>,
) -> Result<Scope, NoSuchMeeting> {
    let mut spans = meetings(log, date, now);
    let count = spans.len();
    match n {
        None => Ok(spans.pop().map_or(Scope::Day(date), Scope::Meeting)),
        Some(asked) => usize::try_from(asked)
            .ok()
            .and_then(|i| i.checked_sub(1))
            .filter(|i| *i < count)
            .map(|i| Scope::Meeting(spans.swap_remove(i)))
            .ok_or(NoSuchMeeting { asked, count }),
    }
}

/// The meeting that ended last, if it started on `date` or ended on it (a
/// meeting across midnight): what the file written at the end of a meeting holds.
pub fn last_ended(log: &[Logged], date: NaiveDate) -> Option<Span> {
    // `now` only matters for a running meeting, which is not picked here.
    let now = log.iter().filter_map(|l| l.time().map(|t| t.at())).max()?;
    all_meetings(log, now)
        .into_iter()
        .filter(|s| !s.running)
        .filter(|s| s.start.date_naive() == date || s.end.date_naive() == date)
        .max_by_key(|s| s.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn entry(at: &str, change: Change) -> Logged {
        Logged {
            at: at.into(),
            by: "Kari".into(),
            change,
        }
    }

    fn ended(at: &str, started: &str, who: &[&str]) -> Logged {
        entry(
            at,
            Change::MeetingEnded {
                started: started.into(),
                attendees: who.iter().map(|s| s.to_string()).collect(),
                incomplete: false,
            },
        )
    }

    #[test]
    fn meetings_pair_starts_with_their_ends() {
        let log = vec![
            entry("2026-11-23T09:00:00+01:00", Change::MeetingStarted),
            ended(
                "2026-11-23T09:10:00+01:00",
                "2026-11-23T09:00:00+01:00",
                &["Ola"],
            ),
            entry("2026-11-24T08:00:00+01:00", Change::MeetingStarted),
            ended(
                "2026-11-24T08:12:00+01:00",
                "2026-11-24T08:00:00+01:00",
                &["Kari"],
            ),
            // Ended, its start never logged (the log was lost in between).
            ended(
                "2026-11-24T11:05:00+01:00",
                "2026-11-24T11:00:00+01:00",
                &[],
            ),
            entry("2026-11-24T14:00:00+01:00", Change::MeetingStarted),
        ];
        let now = t("2026-11-24T14:03:00+01:00");
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let m = meetings(&log, day, now);
        let got: Vec<_> = m
            .iter()
            .map(|s| (s.start, s.end, s.running, s.attendees.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    t("2026-11-24T08:00:00+01:00"),
                    t("2026-11-24T08:12:00+01:00"),
                    false,
                    vec!["Kari".to_string()]
                ),
                (
                    t("2026-11-24T11:00:00+01:00"),
                    t("2026-11-24T11:05:00+01:00"),
                    false,
                    vec![]
                ),
                (t("2026-11-24T14:00:00+01:00"), now, true, vec![]),
            ]
        );
        assert_eq!(
            scope(&log, day, None, now),
            Ok(Scope::Meeting(m[2].clone()))
        );
        assert_eq!(
            scope(&log, day, Some(1), now),
            Ok(Scope::Meeting(m[0].clone()))
        );
        for bad in [0, 4, u64::MAX] {
            assert_eq!(
                scope(&log, day, Some(bad), now),
                Err(NoSuchMeeting {
                    asked: bad,
                    count: 3
                })
            );
        }
        let quiet = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(scope(&log, quiet, None, now), Ok(Scope::Day(quiet)));
        assert_eq!(
            last_ended(&log, day).map(|s| s.start),
            Some(t("2026-11-24T11:00:00+01:00"))
        );
    }

    #[test]
    fn a_start_left_open_ends_where_the_next_meeting_starts() {
        let log = vec![
            entry("2026-11-24T08:00:00+01:00", Change::MeetingStarted),
            entry("2026-11-24T09:00:00+01:00", Change::MeetingStarted),
            ended(
                "2026-11-24T09:10:00+01:00",
                "2026-11-24T09:00:00+01:00",
                &[],
            ),
        ];
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let m = meetings(&log, day, t("2026-11-24T12:00:00+01:00"));
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].end, m[0].running),
            (t("2026-11-24T09:00:00+01:00"), false)
        );
    }

    #[test]
    fn a_meeting_across_midnight_is_the_last_ended_on_both_days() {
        let log = vec![
            entry("2026-11-24T23:55:00+01:00", Change::MeetingStarted),
            ended(
                "2026-11-25T00:05:00+01:00",
                "2026-11-24T23:55:00+01:00",
                &[],
            ),
        ];
        for d in [24, 25] {
            let day = NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
            assert_eq!(
                last_ended(&log, day).map(|s| s.start),
                Some(t("2026-11-24T23:55:00+01:00"))
            );
        }
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(last_ended(&log, day), None);
    }
}

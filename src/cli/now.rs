//! The moment a command runs at, read from the clock once, in [`super::main`],
//! and handed to the subcommand: what "today" means for a date such as
//! `fre` or `+3d`, which day the status and the minutes are about, and the
//! time every change this run saves is stamped with all come from the same
//! reading. No subcommand reads the clock itself (tests/cli_clock.rs checks
//! the sources), so one run can never straddle midnight with two "todays".
//! The one command that goes on and works again at later moments, `tavle
//! status --watch` rewriting its page, reads each new moment through a
//! [`Clock`], which reads it here too.

// The one place the command line reads the clock.
#![allow(clippy::disallowed_methods)]

use chrono::{DateTime, FixedOffset, NaiveDate};
use tavle_core::ops::Stamp;

/// When this run of a command happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Now(DateTime<FixedOffset>);

impl Now {
    /// Read the clock: called once per run.
    pub fn read() -> Now {
        Now(chrono::Local::now().fixed_offset())
    }

    /// A run at `at` (tests).
    pub fn at(at: DateTime<FixedOffset>) -> Now {
        Now(at)
    }

    /// The time, with its offset.
    pub fn time(self) -> DateTime<FixedOffset> {
        self.0
    }

    /// The day.
    pub fn today(self) -> NaiveDate {
        self.0.date_naive()
    }

    /// The stamp of a change this run saves: this moment, to the second,
    /// by whoever signs this run.
    pub fn stamp(self) -> Stamp {
        crate::folder::stamp::stamp_at(self.0)
    }
}

/// Where a command that runs on reads each new moment: the system's clock,
/// or (tests) one fixed moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(Now),
}

impl Clock {
    /// The moment now.
    pub fn read(self) -> Now {
        match self {
            Clock::System => Now::read(),
            Clock::Fixed(now) => now,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

    #[test]
    fn the_stamp_and_the_day_are_of_the_same_moment() {
        let at = DateTime::parse_from_rfc3339("2026-12-01T23:59:59.900+01:00").unwrap();
        let now = Now::at(at);
        assert_eq!(now.today(), NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        let stamp = now.stamp().at.at();
        assert_eq!(stamp.date_naive(), now.today());
        assert_eq!((stamp.hour(), stamp.minute(), stamp.second()), (23, 59, 59));
        assert_eq!(stamp.nanosecond(), 0);
    }
}

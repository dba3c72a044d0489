//! What a board's place in the overview's worst-first order rests on, kept
//! small enough to remember between runs for every board of a region's
//! folder: a screen that starts on 10,000 boards can then read the boards
//! that go first before all the others (issue 24: the first screenful
//! right at once), knowing from the last run where each board it has not
//! read yet stands — if its file has not changed since.
//!
//! The order is by [`plan::badness`] of the board's counts for today
//! ([`Summary::counts`]), and those change with the day only as deadlines
//! and revision dates pass. So the facts are taken on a day: the counts of
//! everything whose status cannot change on a later day (done, no
//! deadline, or already past it), and the deadlines and revision dates
//! still to come, whose status is found for the day asked by the same rule
//! ([`plan::status_of`], [`plan::is_overdue`]). Nothing that names a card
//! or a person is kept.

use chrono::NaiveDate;

use super::Summary;
use crate::model::Light;
use crate::plan::{self, Counts};

/// A board's rank facts, taken on day [`RankFacts::day`].
#[derive(Debug, Clone, PartialEq)]
pub struct RankFacts {
    /// The day they were taken; they hold for it and every day after.
    pub day: NaiveDate,
    /// The counts of the active cards whose status is the same on every
    /// day from `day` on, and of the routines already past revision.
    pub fixed: Counts,
    /// The open active cards with a deadline on or after `day`, and the
    /// light set on each.
    pub dated: Vec<(NaiveDate, Option<Light>)>,
    /// The routines' revision dates on or after `day`.
    pub revisions: Vec<NaiveDate>,
}

impl RankFacts {
    /// The facts of `summary` on `day`.
    pub fn of(summary: &Summary, day: NaiveDate) -> RankFacts {
        let mut fixed = Vec::new();
        let mut dated = Vec::new();
        for c in summary.cards().iter().filter(|c| !c.archived) {
            match c.due {
                Some(due) if !c.done && !plan::is_overdue(Some(due), day, false) => {
                    dated.push((due, c.light));
                }
                _ => fixed.push(summary.status(c, day)),
            }
        }
        let mut fixed = plan::tally(fixed);
        let mut revisions = Vec::new();
        for r in &summary.slim().routines {
            if plan::is_overdue(Some(r.revision), day, false) {
                fixed.overdue += 1;
            } else {
                revisions.push(r.revision);
            }
        }
        RankFacts {
            day,
            fixed,
            dated,
            revisions,
        }
    }

    /// The board's counts on `today` (no owner asked), as
    /// [`Summary::counts`] gives them; `None` before the facts' day, for
    /// which they do not hold (the clock went back).
    pub fn counts(&self, today: NaiveDate) -> Option<Counts> {
        if today < self.day {
            return None;
        }
        let dated = (self.dated.iter())
            .map(|&(due, light)| plan::status_of(false, Some(due), light, today));
        let c = plan::tally(dated);
        let revisions = (self.revisions.iter())
            .filter(|&&d| plan::is_overdue(Some(d), today, false))
            .count();
        let f = &self.fixed;
        Some(Counts {
            red: f.red + c.red,
            yellow: f.yellow + c.yellow,
            green: f.green + c.green,
            none: f.none + c.none,
            done: f.done + c.done,
            overdue: f.overdue + c.overdue + revisions,
        })
    }
}

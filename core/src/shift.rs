//! Moving every date of a board by a number of days, for `tavle demo`: the
//! shipped sample boards then sit around today the way they sat around the
//! day they were written (deadlines just passed, due today, next week …)
//! instead of weeks overdue. Pure: the board and the number of days come in.

use chrono::{Days, NaiveDate};

use crate::model::{Board, Timestamp};

fn date(d: NaiveDate, days: i64) -> NaiveDate {
    let n = Days::new(days.unsigned_abs());
    let moved = if days >= 0 {
        d.checked_add_days(n)
    } else {
        d.checked_sub_days(n)
    };
    moved.unwrap_or(d)
}

fn stamp(t: &Timestamp, days: i64) -> Timestamp {
    let moved = if days >= 0 {
        t.at().checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        t.at().checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.map_or_else(|| t.clone(), Timestamp::from_datetime)
}

fn opt_date(d: &mut Option<NaiveDate>, days: i64) {
    if let Some(x) = d {
        *x = date(*x, days);
    }
}

fn opt_stamp(t: &mut Option<Timestamp>, days: i64) {
    if let Some(x) = t {
        *x = stamp(x, days);
    }
}

/// Move every date and time of `board` by `days` (negative: back), and end a
/// meeting left running: a copy starts between meetings.
pub fn shift(board: &mut Board, days: i64) {
    for c in &mut board.cards {
        opt_date(&mut c.due, days);
        opt_stamp(&mut c.created, days);
        opt_stamp(&mut c.updated, days);
        opt_date(&mut c.received, days);
        for cycle in &mut c.pdsa {
            opt_date(&mut cycle.started, days);
            opt_date(&mut cycle.ended, days);
        }
        if let Some(b) = &mut c.benefit {
            opt_date(&mut b.by, days);
        }
    }
    for r in &mut board.routines {
        r.revision = date(r.revision, days);
        opt_stamp(&mut r.created, days);
    }
    for g in &mut board.goals {
        opt_date(&mut g.due, days);
    }
    for i in &mut board.indicators {
        for v in &mut i.values {
            v.date = date(v.date, days);
        }
    }
    for d in &mut board.decisions {
        d.at = stamp(&d.at, days);
        opt_date(&mut d.due, days);
        opt_stamp(&mut d.done_at, days);
        for c in &mut d.corrections {
            c.at = stamp(&c.at, days);
            opt_date(&mut c.due, days);
        }
    }
    if let Some(staffing) = &mut board.staffing {
        for e in &mut staffing.days {
            e.date = date(e.date, days);
        }
    }
    for r in &mut board.risks {
        opt_stamp(&mut r.created, days);
    }
    for d in &mut board.deviations {
        d.date = date(d.date, days);
        opt_stamp(&mut d.created, days);
    }
    if let Some(m) = &mut board.meeting {
        m.running = None;
    }
}

/// Move the staffing so that the figures of `from` are those of `to`:
/// staffing is today's, so a copy of the sample boards shows the day they
/// were written as today (the rest moves by whole weeks, [`shift`]).
pub fn staffing_to(board: &mut Board, from: NaiveDate, to: NaiveDate) {
    let days = (to - from).num_days();
    if let Some(staffing) = &mut board.staffing {
        for e in &mut staffing.days {
            e.date = date(e.date, days);
        }
    }
}

/// Whole weeks from `written` to `today`: moving by them keeps every date on
/// its weekday (texts say "til torsdag") and puts the day the boards were
/// written from five days before today to one day after it. Never later:
/// a measurement dated the day before the boards were written would land
/// after today, which no measurement may (a rounding to the nearest week
/// did that on Saturdays and Sundays).
pub fn weeks_between(written: NaiveDate, today: NaiveDate) -> i64 {
    let days = (today - written).num_days();
    (days + 1).div_euclid(7) * 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn board() -> Board {
        let text = r#"{"tavle":1,"title":"T","kind":"drift",
          "meeting":{"running":{"started":"2026-11-24T09:00:00+01:00","item":0,"item_started":"2026-11-24T09:00:00+01:00"}},
          "columns":[{"id":"a","title":"A"}],
          "cards":[{"id":"k1","title":"x","column":"a","due":"2026-11-26","created":"2026-11-20T08:00:00+01:00"}],
          "goals":[{"id":"m1","title":"g","due":"2027-01-31"}],
          "indicators":[{"id":"i1","title":"i","values":[{"date":"2026-11-16","value":3}]}],
          "decisions":[{"id":"b1","at":"2026-11-24T09:05:00+01:00","text":"d","due":"2026-12-01",
            "done":true,"done_at":"2026-11-25T10:00:00+01:00",
            "corrections":[{"at":"2026-11-24T09:06:00+01:00","text":"før","due":"2026-11-30"}]}]}"#;
        crate::analyze::analyze_text(text).0.unwrap()
    }

    #[test]
    fn every_date_moves_and_keeps_its_weekday() {
        let mut b = board();
        let days = weeks_between(
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            NaiveDate::from_ymd_opt(2027, 5, 7).unwrap(),
        );
        assert_eq!(days % 7, 0);
        shift(&mut b, days);
        let due = b.cards[0].due.unwrap();
        assert_eq!(due.weekday(), chrono::Weekday::Thu);
        assert_eq!(due, NaiveDate::from_ymd_opt(2027, 5, 6).unwrap());
        assert_eq!(
            b.cards[0].created.as_ref().unwrap().as_str(),
            "2027-04-30T08:00:00+01:00"
        );
        assert_eq!(b.goals[0].due.unwrap().weekday(), chrono::Weekday::Sun);
        assert_eq!(
            b.indicators[0].values[0].date.weekday(),
            chrono::Weekday::Mon
        );
        let d = &b.decisions[0];
        assert_eq!(d.at.at().weekday(), chrono::Weekday::Tue);
        assert_eq!(
            d.corrections[0].due.unwrap().weekday(),
            chrono::Weekday::Mon
        );
        assert!(d.done_at.is_some());
        assert!(b.meeting.unwrap().running.is_none());
    }

    #[test]
    fn the_operations_boards_dates_move_and_its_staffing_lands_on_today() {
        let text = r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
          "staffing":{"days":[{"date":"2026-11-23","shift":"dag","planned":9},
                              {"date":"2026-11-24","shift":"dag","planned":9,"present":7}]},
          "risks":[{"id":"r1","title":"r","likelihood":2,"consequence":3,"created":"2026-11-20T08:00:00+01:00"}],
          "deviations":[{"id":"a1","date":"2026-11-22","category":"fall","text":"t"}],
          "wheel":[{"id":"w1","week":48,"title":"w","made":[{"year":2026,"card":"k9"}]}]}"#;
        let mut b = crate::analyze::analyze_text(text).0.unwrap();
        let written = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        // Friday 4 December: 10 days on, which is one whole week (7) rounded.
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let days = weeks_between(written, today);
        assert_eq!(days, 7);
        shift(&mut b, days);
        assert_eq!(
            b.deviations[0].date,
            NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
        );
        assert_eq!(
            b.risks[0].created.as_ref().unwrap().as_str(),
            "2026-11-27T08:00:00+01:00"
        );
        let dates = |b: &Board| -> Vec<NaiveDate> {
            b.staffing
                .as_ref()
                .unwrap()
                .days
                .iter()
                .map(|e| e.date)
                .collect()
        };
        let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert_eq!(dates(&b), [d(11, 30), d(12, 1)]);
        // The day written (now 1 December) becomes today; the day before, yesterday.
        staffing_to(&mut b, written + chrono::Duration::days(days), today);
        assert_eq!(dates(&b), [d(12, 3), d(12, 4)]);
        // The wheel goes by week and year: nothing in it moves.
        assert_eq!(b.wheel[0].week, 48);
        assert_eq!(b.wheel[0].made[0].year, 2026);
    }

    #[test]
    fn the_improvement_boards_dates_move_too() {
        let text = r#"{"tavle":1,"title":"T","kind":"forbedring",
          "columns":[{"id":"ideer","title":"Ideer"}],
          "cards":[{"id":"k1","title":"x","column":"ideer","received":"2026-11-23",
            "pdsa":[{"plan":"p","prediction":"f","started":"2026-11-02","ended":"2026-11-16"}],
            "benefit":{"kind":"time-saved","by":"2027-03-01"}}],
          "routines":[{"id":"r1","title":"R","revision":"2027-11-24",
            "created":"2026-11-24T10:00:00+01:00"}]}"#;
        let (b, problems) = crate::analyze::analyze_text(text);
        assert!(problems.is_empty(), "{problems:?}");
        let mut b = b.unwrap();
        shift(&mut b, 14);
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let c = &b.cards[0];
        assert_eq!(c.received, d(2026, 12, 7));
        assert_eq!(c.pdsa[0].started, d(2026, 11, 16));
        assert_eq!(c.pdsa[0].ended, d(2026, 11, 30));
        assert_eq!(c.benefit.as_ref().unwrap().by, d(2027, 3, 15));
        assert_eq!(Some(b.routines[0].revision), d(2027, 12, 8));
        assert_eq!(
            b.routines[0].created.as_ref().unwrap().as_str(),
            "2026-12-08T10:00:00+01:00"
        );
    }

    #[test]
    fn the_day_written_lands_from_five_days_before_today_to_one_after() {
        let written = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for offset in -400..400 {
            let today = date(written, offset);
            let moved = date(written, weeks_between(written, today));
            let ahead = (moved - today).num_days();
            assert!((-5..=1).contains(&ahead), "{today}: {ahead}");
        }
        // Saturday 5 December 2026, 11 days on: one week (Tuesday 1
        // December), not two (Tuesday 8 December, after today).
        let saturday = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(weeks_between(written, saturday), 7);
        // Monday 7 December: two weeks, the boards' Tuesday is tomorrow.
        let monday = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(weeks_between(written, monday), 14);
    }
}

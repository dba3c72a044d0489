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
    if let Some(m) = &mut board.meeting {
        m.running = None;
    }
}

/// Whole weeks from `written` to `today`, rounded to the nearest: moving by
/// them keeps every date on its weekday (texts say "til torsdag") and puts
/// the day the boards were written within three days of today.
pub fn weeks_between(written: NaiveDate, today: NaiveDate) -> i64 {
    let days = (today - written).num_days();
    (days as f64 / 7.0).round() as i64 * 7
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
    fn the_day_written_lands_within_three_days_of_today() {
        let written = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        for offset in -400..400 {
            let today = date(written, offset);
            let moved = date(written, weeks_between(written, today));
            assert!((today - moved).num_days().abs() <= 3, "{today}");
        }
    }
}

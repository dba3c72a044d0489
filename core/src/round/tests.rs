//! Tests of [`super`]: every expected date is written out by hand.

use super::*;
use crate::analyze::analyze_text;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn board(lead: Option<&str>, indicators: &str) -> Board {
    let lead = lead.map_or(String::new(), |l| format!(r#""measurement_lead":"{l}","#));
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"forbedring",{lead}
          "columns":[{{"id":"a","title":"A"}}],"cards":[],
          "indicators":[{indicators}]}}"#
    );
    let (b, _) = analyze_text(&text);
    b.unwrap()
}

#[test]
fn every_reads_the_four_words_and_a_number_of_days() {
    assert_eq!(Every::parse("week"), Some(Every::Week));
    assert_eq!(Every::parse(" Month "), Some(Every::Month));
    assert_eq!(Every::parse("QUARTER"), Some(Every::Quarter));
    assert_eq!(Every::parse("year"), Some(Every::Year));
    assert_eq!(Every::parse("14 days"), Some(Every::Days(14)));
    assert_eq!(Every::parse("1 day"), Some(Every::Days(1)));
    assert_eq!(Every::parse("366 days"), Some(Every::Days(366)));
}

#[test]
fn every_refuses_what_it_does_not_read() {
    for bad in [
        "",
        "uke",
        "fortnight",
        "14",
        "14days",
        "2 day",
        "1 days",
        "0 days",
        "367 days",
        "-3 days",
        "3 weeks",
        "days",
    ] {
        assert_eq!(Every::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn a_week_later_crosses_the_year() {
    assert_eq!(Every::Week.after(day(2026, 12, 28)), Some(day(2027, 1, 4)));
}

#[test]
fn a_month_later_from_a_month_end_is_the_next_months_last_day() {
    assert_eq!(Every::Month.after(day(2027, 1, 31)), Some(day(2027, 2, 28)));
    // 2028 is a leap year.
    assert_eq!(Every::Month.after(day(2028, 1, 31)), Some(day(2028, 2, 29)));
    assert_eq!(Every::Month.after(day(2026, 3, 31)), Some(day(2026, 4, 30)));
    assert_eq!(
        Every::Month.after(day(2026, 12, 15)),
        Some(day(2027, 1, 15))
    );
}

#[test]
fn a_quarter_and_a_year_later_keep_to_the_calendar() {
    assert_eq!(
        Every::Quarter.after(day(2026, 11, 30)),
        Some(day(2027, 2, 28))
    );
    assert_eq!(
        Every::Quarter.after(day(2027, 11, 30)),
        Some(day(2028, 2, 29))
    );
    assert_eq!(
        Every::Quarter.after(day(2026, 1, 15)),
        Some(day(2026, 4, 15))
    );
    assert_eq!(Every::Year.after(day(2028, 2, 29)), Some(day(2029, 2, 28)));
    assert_eq!(Every::Year.after(day(2026, 9, 7)), Some(day(2027, 9, 7)));
}

#[test]
fn days_count_the_leap_day() {
    assert_eq!(
        Every::Days(14).after(day(2028, 2, 20)),
        Some(day(2028, 3, 5))
    );
    assert_eq!(
        Every::Days(14).after(day(2027, 2, 20)),
        Some(day(2027, 3, 6))
    );
    assert_eq!(
        Every::Days(1).after(day(2026, 12, 31)),
        Some(day(2027, 1, 1))
    );
}

/// Friday 4 December 2026.
fn today() -> NaiveDate {
    day(2026, 12, 4)
}

#[test]
fn the_round_lists_what_is_due_on_or_before_today_and_what_was_never_measured() {
    let b = board(
        Some("Kari"),
        r#"{"id":"due","title":"A","every":"week","values":[{"date":"2026-11-27","value":1}]},
           {"id":"later","title":"B","every":"week","values":[{"date":"2026-11-28","value":2}]},
           {"id":"late","title":"C","every":"month","values":[{"date":"2026-10-31","value":3}]},
           {"id":"never","title":"D","every":"quarter","values":[]},
           {"id":"free","title":"E","values":[]},
           {"id":"odd","title":"F","every":"fortnight","values":[]}"#,
    );
    let round = due(&b, today());
    let got: Vec<(&str, Option<NaiveDate>)> = round
        .iter()
        .map(|d| (d.indicator.id.as_str(), d.due))
        .collect();
    assert_eq!(
        got,
        [
            ("due", Some(day(2026, 12, 4))),
            ("late", Some(day(2026, 11, 30))),
            ("never", None),
        ]
    );
    assert_eq!(round.iter().map(|d| d.index).collect::<Vec<_>>(), [0, 2, 3]);
    assert_eq!(
        round[1].last.map(|m| (m.date, m.value)),
        Some((day(2026, 10, 31), 3.0))
    );
    assert!(round[2].last.is_none());
    assert!(round.iter().all(|d| d.done.is_none()));
}

#[test]
fn a_value_of_today_marks_it_done_and_the_due_date_counts_from_the_one_before() {
    let b = board(
        None,
        r#"{"id":"a","title":"A","every":"14 days",
            "values":[{"date":"2026-12-04","value":9},{"date":"2026-11-20","value":7}]},
           {"id":"b","title":"B","every":"week",
            "values":[{"date":"2026-12-01","value":5},{"date":"2026-12-04","value":6}]}"#,
    );
    let round = due(&b, today());
    // `b` was not due today (1 December + 7 = 8 December): an extra value
    // does not put it in the round.
    assert_eq!(round.len(), 1);
    assert_eq!(round[0].indicator.id, "a");
    assert_eq!(round[0].due, Some(day(2026, 12, 4)));
    assert_eq!(round[0].last.map(|m| m.value), Some(7.0));
    assert_eq!(round[0].done.map(|m| m.value), Some(9.0));
}

#[test]
fn values_after_today_are_not_counted_and_order_in_the_file_does_not_matter() {
    let b = board(
        None,
        r#"{"id":"a","title":"A","every":"month",
            "values":[{"date":"2026-11-04","value":2},{"date":"2026-10-04","value":1},
                      {"date":"2026-12-20","value":3}]}"#,
    );
    let round = due(&b, today());
    assert_eq!(round.len(), 1);
    assert_eq!(round[0].due, Some(day(2026, 12, 4)));
    assert_eq!(round[0].last.map(|m| m.date), Some(day(2026, 11, 4)));
}

#[test]
fn a_month_end_value_is_due_at_the_next_months_end_in_a_leap_year() {
    let b = board(
        None,
        r#"{"id":"a","title":"A","every":"month","values":[{"date":"2028-01-31","value":2}]}"#,
    );
    assert!(due(&b, day(2028, 2, 28)).is_empty());
    let round = due(&b, day(2028, 2, 29));
    assert_eq!(round[0].due, Some(day(2028, 2, 29)));
}

#[test]
fn who_is_the_indicators_own_name_else_the_boards_measurement_lead() {
    let b = board(
        Some(" Kari "),
        r#"{"id":"a","title":"A","every":"week","measured_by":"Ola","values":[]},
           {"id":"b","title":"B","every":"week","measured_by":"  ","values":[]},
           {"id":"c","title":"C","every":"week","values":[]}"#,
    );
    let who: Vec<Option<&str>> = due(&b, today()).iter().map(|d| d.who).collect();
    assert_eq!(who, [Some("Ola"), Some("Kari"), Some("Kari")]);
    let none = board(None, r#"{"id":"c","title":"C","every":"week","values":[]}"#);
    assert_eq!(due(&none, today())[0].who, None);
    assert!(due(&b, today())[0].is_for(" ola"));
    assert!(!due(&b, today())[0].is_for("Kari"));
}

#[test]
fn across_boards_keeps_the_order_drops_empty_boards_and_filters_by_who() {
    let one = board(
        Some("Kari"),
        r#"{"id":"a","title":"A","every":"week","values":[]},
           {"id":"b","title":"B","every":"week","measured_by":"Ola","values":[]}"#,
    );
    let empty = board(Some("Kari"), r#"{"id":"x","title":"X","values":[]}"#);
    let two = board(None, r#"{"id":"c","title":"C","every":"year","values":[]}"#);
    let all = across(
        [("one", &one), ("empty", &empty), ("two", &two)],
        today(),
        None,
    );
    let keys: Vec<(&str, usize)> = all.iter().map(|(k, v)| (*k, v.len())).collect();
    assert_eq!(keys, [("one", 2), ("two", 1)]);
    let ola = across([("one", &one), ("two", &two)], today(), Some("ola"));
    assert_eq!(ola.len(), 1);
    assert_eq!(ola[0].1[0].indicator.id, "b");
}

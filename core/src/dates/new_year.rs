//! Tests of [`super::parse`] by purpose, pinned on days around a new year,
//! where "the next" and "the last" of a day, a date and a week fall in
//! different years. The expected dates were read off a calendar, not computed
//! with the code under test:
//!
//! - Thursday 1 January 2026 is in ISO week 1 of 2026, which began on
//!   Monday 29 December 2025; week 52 of 2025 began on 22 December.
//! - Saturday 2 January 2027 is in ISO week 53 of 2026 (Monday 28 December
//!   2026 to Sunday 3 January 2027); week 1 of 2027 begins on 4 January.

use super::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Thursday 1 January 2026, ISO week 1 of 2026.
fn new_years_day() -> NaiveDate {
    ymd(2026, 1, 1)
}

/// Saturday 2 January 2027, ISO week 53 of 2026.
fn second_of_january() -> NaiveDate {
    ymd(2027, 1, 2)
}

/// Monday 4 January 2027, ISO week 1 of 2027.
fn first_monday() -> NaiveDate {
    ymd(2027, 1, 4)
}

/// Each of `forms` (the same thing in nb, nn and en) means `want` on `today`.
#[track_caller]
fn means(forms: &[&str], today: NaiveDate, purpose: DateFor, want: Result<NaiveDate, DateError>) {
    for form in forms {
        assert_eq!(
            parse(form, today, purpose),
            want,
            "{form:?} for {purpose:?} on {today}"
        );
    }
}

fn past(forms: &[&str], today: NaiveDate, want: NaiveDate) {
    means(forms, today, DateFor::Past, Ok(want));
}

fn deadline(forms: &[&str], today: NaiveDate, want: NaiveDate) {
    means(forms, today, DateFor::Deadline, Ok(want));
}

fn future(forms: &[&str], today: NaiveDate, date: NaiveDate) {
    means(forms, today, DateFor::Past, Err(DateError::Future(date)));
}

#[test]
fn the_calendar_facts_hold() {
    assert_eq!(new_years_day().weekday(), Weekday::Thu);
    assert_eq!(new_years_day().iso_week().week(), 1);
    assert_eq!(second_of_january().weekday(), Weekday::Sat);
    assert_eq!(second_of_january().iso_week().week(), 53);
    assert_eq!(first_monday().weekday(), Weekday::Mon);
    assert_eq!(first_monday().iso_week().week(), 1);
}

#[test]
fn a_weekday_for_a_past_day_is_the_last_one_across_the_new_year() {
    let t = new_years_day();
    past(
        &["man", "mandag", "mån", "måndag", "mon", "Monday"],
        t,
        ymd(2025, 12, 29),
    );
    past(&["tor", "torsdag", "thu", "thursday"], t, t);
    past(&["fre", "fredag", "fri"], t, ymd(2025, 12, 26));
    past(&["tir", "tysdag", "tue"], t, ymd(2025, 12, 30));
    let t = second_of_january();
    past(&["lør", "laurdag", "sat"], t, t);
    past(&["søn", "sundag", "sun"], t, ymd(2026, 12, 27));
    past(&["fre", "fredag", "friday"], t, ymd(2027, 1, 1));
    let t = first_monday();
    past(&["man", "mån", "mon"], t, t);
    past(&["søndag", "sundag", "sunday"], t, ymd(2027, 1, 3));
}

#[test]
fn a_weekday_for_a_deadline_is_the_next_one_across_the_new_year() {
    let t = new_years_day();
    deadline(&["man", "måndag", "mon"], t, ymd(2026, 1, 5));
    deadline(&["tor", "torsdag", "thursday"], t, t);
    deadline(&["fre", "fredag", "fri"], t, ymd(2026, 1, 2));
    let t = second_of_january();
    deadline(&["man", "mån", "monday"], t, ymd(2027, 1, 4));
    deadline(&["søn", "sundag", "sun"], t, ymd(2027, 1, 3));
}

#[test]
fn yesterday_today_tomorrow_in_every_language() {
    let t = new_years_day();
    for purpose in [DateFor::Past, DateFor::Deadline] {
        means(
            &["i går", "igår", "I GÅR", "yesterday"],
            t,
            purpose,
            Ok(ymd(2025, 12, 31)),
        );
        means(
            &["i forgårs", "i førgår", "the day before yesterday"],
            t,
            purpose,
            Ok(ymd(2025, 12, 30)),
        );
        means(&["i dag", "idag", "today"], t, purpose, Ok(t));
    }
    deadline(&["i morgen", "i morgon", "tomorrow"], t, ymd(2026, 1, 2));
    deadline(
        &["i overmorgen", "i overmorgon", "the day after tomorrow"],
        t,
        ymd(2026, 1, 3),
    );
    // Nothing was measured, and no meeting ran, on a day still to come.
    future(&["i morgen", "i morgon", "tomorrow"], t, ymd(2026, 1, 2));
    future(&["i overmorgen", "i overmorgon"], t, ymd(2026, 1, 3));
}

#[test]
fn counts_back_and_forward_from_today() {
    let t = new_years_day();
    past(
        &["-1d", "-1", "- 1 d", "-1 dag", "-1 day"],
        t,
        ymd(2025, 12, 31),
    );
    past(&["-2 dager", "-2 dagar", "-2 days"], t, ymd(2025, 12, 30));
    past(
        &["-2u", "-2w", "-2 uker", "-2 veker", "-2 weeks"],
        t,
        ymd(2025, 12, 18),
    );
    past(
        &["-1m", "-1 mnd", "-1 måned", "-1 månad", "-1 month"],
        t,
        ymd(2025, 12, 1),
    );
    past(&["+0", "-0"], t, t);
    deadline(
        &["+3d", "+3", "+3 dager", "+3 dagar", "+3 days"],
        t,
        ymd(2026, 1, 4),
    );
    deadline(&["+1u", "+1 uke", "+1 veke", "+1 week"], t, ymd(2026, 1, 8));
    deadline(&["-1d"], t, ymd(2025, 12, 31));
    future(&["+3d", "+3 dagar"], t, ymd(2026, 1, 4));
    future(&["+1", "+1d"], t, ymd(2026, 1, 2));
    means(
        &["-3x", "-d", "--1", "-1dd"],
        t,
        DateFor::Past,
        Err(DateError::Unrecognised),
    );
    // Months are clamped to the month's end, backwards too.
    past(&["-1m"], ymd(2026, 3, 31), ymd(2026, 2, 28));
}

#[test]
fn a_day_and_month_for_a_past_day_is_the_last_one_that_has_come() {
    let t = new_years_day();
    past(&["1.12", "1/12", "01.12."], t, ymd(2025, 12, 1));
    past(&["31.12"], t, ymd(2025, 12, 31));
    past(&["1.1"], t, t);
    past(&["2.1"], t, ymd(2025, 1, 2));
    let t = second_of_january();
    past(&["24.12"], t, ymd(2026, 12, 24));
    past(&["1.1", "01.01."], t, ymd(2027, 1, 1));
    past(&["2.1"], t, t);
    past(&["3.1"], t, ymd(2026, 1, 3));
    // The last 29 February.
    past(&["29.2"], ymd(2028, 2, 28), ymd(2024, 2, 29));
    past(&["29.2"], ymd(2028, 3, 1), ymd(2028, 2, 29));
}

#[test]
fn a_day_and_month_for_a_deadline_is_the_next_one() {
    let t = new_years_day();
    deadline(&["1.12", "1/12"], t, ymd(2026, 12, 1));
    deadline(&["31.12"], t, ymd(2026, 12, 31));
    deadline(&["2.1"], t, ymd(2026, 1, 2));
    let t = second_of_january();
    deadline(&["1.1"], t, ymd(2028, 1, 1));
    deadline(&["24.12"], t, ymd(2027, 12, 24));
}

#[test]
fn a_week_for_a_past_day_is_the_monday_of_the_last_one_begun() {
    let t = new_years_day();
    past(
        &["uke 51", "veke 51", "week 51", "u51", "v51", "w51"],
        t,
        ymd(2025, 12, 15),
    );
    past(&["uke 1", "veke 1", "week 1"], t, ymd(2025, 12, 29));
    let t = second_of_january();
    past(&["uke 53", "veke 53", "week 53"], t, ymd(2026, 12, 28));
    past(&["uke 51", "veke 51", "week 51"], t, ymd(2026, 12, 14));
    // Still ISO year 2026: its week 1 began on 29 December 2025.
    past(&["uke 1", "veke 1", "week 1"], t, ymd(2025, 12, 29));
    let t = first_monday();
    past(&["uke 53", "veke 53", "week 53"], t, ymd(2026, 12, 28));
    past(&["uke 2"], t, ymd(2026, 1, 5));
    past(&["uke 1"], t, t);
    // With a year: as written, and a week not yet begun is refused.
    past(&["uke 51 2025", "veke 51 25"], t, ymd(2025, 12, 15));
    future(&["uke 2 2027", "week 2 27"], t, ymd(2027, 1, 11));
}

#[test]
fn a_week_for_a_deadline_is_the_friday_of_the_next_one() {
    let t = new_years_day();
    deadline(&["uke 51", "veke 51", "week 51"], t, ymd(2026, 12, 18));
    deadline(&["uke 1", "veke 1", "week 1"], t, ymd(2026, 1, 2));
    let t = second_of_january();
    deadline(&["uke 1", "veke 1", "week 1"], t, ymd(2027, 1, 8));
    deadline(&["uke 53"], t, ymd(2027, 1, 1));
}

#[test]
fn last_this_and_next_week_in_every_language() {
    let t = new_years_day();
    let last = [
        "forrige uke",
        "i forrige uke",
        "førre veke",
        "i førre veke",
        "last week",
    ];
    let this = ["denne uka", "denne uken", "denne veka", "this week"];
    let next = ["neste uke", "neste veke", "next week"];
    past(&last, t, ymd(2025, 12, 22));
    deadline(&last, t, ymd(2025, 12, 26));
    past(&this, t, ymd(2025, 12, 29));
    deadline(&this, t, ymd(2026, 1, 2));
    deadline(&next, t, ymd(2026, 1, 9));
    future(&next, t, ymd(2026, 1, 5));
    let t = first_monday();
    past(&last, t, ymd(2026, 12, 28));
    past(&this, t, t);
    deadline(&next, t, ymd(2027, 1, 15));
}

#[test]
fn an_explicit_date_is_kept_and_a_future_one_refused_for_a_past_day() {
    let t = new_years_day();
    past(
        &["2025-12-24", "24.12.2025", "24.12.25"],
        t,
        ymd(2025, 12, 24),
    );
    past(&["2026-01-01"], t, t);
    future(&["2026-01-02", "2.1.2026", "2/1/26"], t, ymd(2026, 1, 2));
    deadline(&["2025-12-24"], t, ymd(2025, 12, 24));
    // Errors other than the future are the same for both purposes.
    for purpose in [DateFor::Past, DateFor::Deadline] {
        means(&["31.2"], t, purpose, Err(DateError::InvalidDate));
        means(&["", "  "], t, purpose, Err(DateError::Empty));
        means(
            &["neste år", "forrige"],
            t,
            purpose,
            Err(DateError::Unrecognised),
        );
        means(&["uke 54"], t, purpose, Err(DateError::WeekOutOfRange));
    }
}

#[test]
fn the_ends_of_the_calendar_do_not_panic() {
    for s in [
        "i går",
        "forrige uke",
        "-1",
        "-1m",
        "uke 1",
        "1.1",
        "man",
        "neste uke",
    ] {
        for purpose in [DateFor::Past, DateFor::Deadline] {
            for t in [NaiveDate::MIN, NaiveDate::MAX] {
                let _ = parse(s, t, purpose);
            }
        }
    }
    assert_eq!(
        parse("i går", NaiveDate::MIN, DateFor::Past),
        Err(DateError::InvalidDate)
    );
    assert_eq!(
        parse("-99999999999", ymd(2026, 1, 1), DateFor::Past),
        Err(DateError::InvalidDate)
    );
}

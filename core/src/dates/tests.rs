//! Tests of [`super`].

use super::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Tuesday, ISO week 48.
fn today() -> NaiveDate {
    ymd(2026, 11, 24)
}

fn parse(s: &str) -> Result<NaiveDate, DateError> {
    parse_due(s, today())
}

#[test]
fn fixture_is_tuesday_of_week_48() {
    assert_eq!(today().weekday(), Weekday::Tue);
    assert_eq!(iso_week(today()), 48);
}

#[test]
fn empty_input() {
    assert_eq!(parse(""), Err(DateError::Empty));
    assert_eq!(parse("   "), Err(DateError::Empty));
    assert_eq!(parse("\t\n"), Err(DateError::Empty));
}

#[test]
fn iso_dates() {
    assert_eq!(parse("2026-12-01"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("  2026-12-01 "), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("2026-12-1"), Ok(ymd(2026, 12, 1)));
    // An explicit date in the past is kept: it is what was typed.
    assert_eq!(parse("2020-01-01"), Ok(ymd(2020, 1, 1)));
    assert_eq!(parse("2028-02-29"), Ok(ymd(2028, 2, 29)));
}

#[test]
fn iso_dates_invalid() {
    assert_eq!(parse("2026-02-31"), Err(DateError::InvalidDate));
    assert_eq!(parse("2026-13-01"), Err(DateError::InvalidDate));
    assert_eq!(parse("2027-02-29"), Err(DateError::InvalidDate));
    assert_eq!(parse("2026-12"), Err(DateError::Unrecognised));
    assert_eq!(parse("26-12-01"), Err(DateError::Unrecognised));
    assert_eq!(parse("2026-12-01-01"), Err(DateError::Unrecognised));
    assert_eq!(parse("2026-012-01"), Err(DateError::Unrecognised));
    assert_eq!(parse("2026--01"), Err(DateError::Unrecognised));
    assert_eq!(parse("-"), Err(DateError::Unrecognised));
    assert_eq!(parse("-3-"), Err(DateError::Unrecognised));
    // A count back from today, not a broken ISO date.
    assert_eq!(parse("-3"), Ok(ymd(2026, 11, 21)));
}

#[test]
fn norwegian_day_month() {
    assert_eq!(parse("1.12"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("01.12"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("1.12."), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("1/12"), Ok(ymd(2026, 12, 1)));
    // Today itself counts as "on or after today".
    assert_eq!(parse("24.11"), Ok(today()));
    // Yesterday's day-month means next year.
    assert_eq!(parse("23.11"), Ok(ymd(2027, 11, 23)));
}

#[test]
fn norwegian_with_year() {
    assert_eq!(parse("1.12.2026"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("1.12.26"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("01.12.2026."), Err(DateError::Unrecognised));
    assert_eq!(parse("1/12/2026"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("1/12/26"), Ok(ymd(2026, 12, 1)));
    assert_eq!(parse("15.3.2020"), Ok(ymd(2020, 3, 15)));
    assert_eq!(parse("1.12.226"), Err(DateError::Unrecognised));
    assert_eq!(parse("1.12.20266"), Err(DateError::Unrecognised));
}

#[test]
fn year_rollover() {
    let dec20 = ymd(2026, 12, 20);
    assert_eq!(parse_due("3.1", dec20), Ok(ymd(2027, 1, 3)));
    assert_eq!(parse_due("3/1", dec20), Ok(ymd(2027, 1, 3)));
    assert_eq!(parse_due("31.12", dec20), Ok(ymd(2026, 12, 31)));
}

#[test]
fn invalid_day_month() {
    assert_eq!(parse("31.2"), Err(DateError::InvalidDate));
    assert_eq!(parse("31.2.2027"), Err(DateError::InvalidDate));
    assert_eq!(parse("29.2.2027"), Err(DateError::InvalidDate));
    assert_eq!(parse("31.4"), Err(DateError::InvalidDate));
    assert_eq!(parse("0.1"), Err(DateError::InvalidDate));
    assert_eq!(parse("1.13"), Err(DateError::InvalidDate));
    assert_eq!(parse("1.0"), Err(DateError::InvalidDate));
}

#[test]
fn leap_day_without_year_is_the_next_leap_day() {
    assert_eq!(parse("29.2"), Ok(ymd(2028, 2, 29)));
    assert_eq!(parse("29.2.2028"), Ok(ymd(2028, 2, 29)));
    assert_eq!(parse_due("29.2", ymd(2028, 2, 29)), Ok(ymd(2028, 2, 29)));
    assert_eq!(parse_due("29.2", ymd(2028, 3, 1)), Ok(ymd(2032, 2, 29)));
    // 2100 is not a leap year: eight years between leap days.
    assert_eq!(parse_due("29.2", ymd(2096, 3, 1)), Ok(ymd(2104, 2, 29)));
}

#[test]
fn mixed_or_malformed_separators() {
    assert_eq!(parse("1/12.2026"), Err(DateError::Unrecognised));
    assert_eq!(parse("1..2"), Err(DateError::Unrecognised));
    assert_eq!(parse("1.."), Err(DateError::Unrecognised));
    assert_eq!(parse("."), Err(DateError::Unrecognised));
    assert_eq!(parse("/"), Err(DateError::Unrecognised));
    assert_eq!(parse("12."), Err(DateError::Unrecognised));
    assert_eq!(parse("1/12/"), Err(DateError::Unrecognised));
    assert_eq!(parse("1.2.3.4"), Err(DateError::Unrecognised));
    assert_eq!(parse("a.b"), Err(DateError::Unrecognised));
    assert_eq!(parse("1. 12"), Err(DateError::Unrecognised));
    assert_eq!(parse("123.12"), Err(DateError::Unrecognised));
    assert_eq!(parse("+1.12"), Err(DateError::Unrecognised));
}

#[test]
fn weekdays_short_nb() {
    assert_eq!(parse("man"), Ok(ymd(2026, 11, 30)));
    assert_eq!(parse("tir"), Ok(today()));
    assert_eq!(parse("ons"), Ok(ymd(2026, 11, 25)));
    assert_eq!(parse("tor"), Ok(ymd(2026, 11, 26)));
    assert_eq!(parse("fre"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("lør"), Ok(ymd(2026, 11, 28)));
    assert_eq!(parse("søn"), Ok(ymd(2026, 11, 29)));
}

#[test]
fn weekdays_full_nb_and_case() {
    assert_eq!(parse("mandag"), Ok(ymd(2026, 11, 30)));
    assert_eq!(parse("tirsdag"), Ok(today()));
    assert_eq!(parse("onsdag"), Ok(ymd(2026, 11, 25)));
    assert_eq!(parse("torsdag"), Ok(ymd(2026, 11, 26)));
    assert_eq!(parse("tors"), Ok(ymd(2026, 11, 26)));
    assert_eq!(parse("FREDAG"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("  Lørdag "), Ok(ymd(2026, 11, 28)));
    assert_eq!(parse("LØR"), Ok(ymd(2026, 11, 28)));
    assert_eq!(parse("Søndag"), Ok(ymd(2026, 11, 29)));
}

#[test]
fn weekdays_english() {
    assert_eq!(parse("mon"), Ok(ymd(2026, 11, 30)));
    assert_eq!(parse("Tue"), Ok(today()));
    assert_eq!(parse("wednesday"), Ok(ymd(2026, 11, 25)));
    assert_eq!(parse("thu"), Ok(ymd(2026, 11, 26)));
    assert_eq!(parse("Friday"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("sat"), Ok(ymd(2026, 11, 28)));
    assert_eq!(parse("SUNDAY"), Ok(ymd(2026, 11, 29)));
}

#[test]
fn weekday_not_recognised() {
    assert_eq!(parse("fr"), Err(DateError::Unrecognised));
    assert_eq!(parse("fredagen"), Err(DateError::Unrecognised));
    assert_eq!(parse("fre dag"), Err(DateError::Unrecognised));
    assert_eq!(parse("fri day"), Err(DateError::Unrecognised));
    assert_eq!(parse("xyz"), Err(DateError::Unrecognised));
}

#[test]
fn weekday_on_that_weekday_is_today() {
    let friday = ymd(2026, 11, 27);
    assert_eq!(parse_due("fre", friday), Ok(friday));
    assert_eq!(parse_due("fredag", friday), Ok(friday));
    assert_eq!(parse_due("tor", friday), Ok(ymd(2026, 12, 3)));
}

#[test]
fn weekday_on_sunday() {
    let sunday = ymd(2026, 11, 29);
    assert_eq!(parse_due("man", sunday), Ok(ymd(2026, 11, 30)));
    assert_eq!(parse_due("søn", sunday), Ok(sunday));
    assert_eq!(parse_due("lør", sunday), Ok(ymd(2026, 12, 5)));
    // Across a month and year end.
    let last_sunday = ymd(2028, 12, 31);
    assert_eq!(last_sunday.weekday(), Weekday::Sun);
    assert_eq!(parse_due("fre", last_sunday), Ok(ymd(2029, 1, 5)));
}

#[test]
fn today_and_tomorrow_words() {
    for s in ["i dag", "idag", "I DAG", "today", " i  dag "] {
        assert_eq!(parse(s), Ok(today()), "{s}");
    }
    for s in ["i morgen", "imorgen", "tomorrow", "I Morgen"] {
        assert_eq!(parse(s), Ok(ymd(2026, 11, 25)), "{s}");
    }
    for s in ["i overmorgen", "iovermorgen", "overmorgen"] {
        assert_eq!(parse(s), Ok(ymd(2026, 11, 26)), "{s}");
    }
    assert_eq!(parse("i dag i morgen"), Err(DateError::Unrecognised));
    assert_eq!(parse("i"), Err(DateError::Unrecognised));
}

#[test]
fn relative_days_and_weeks() {
    assert_eq!(parse("+3d"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("+3"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("+3D"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("+ 3 d"), Ok(ymd(2026, 11, 27)));
    assert_eq!(parse("+0"), Ok(today()));
    assert_eq!(parse("+10"), Ok(ymd(2026, 12, 4)));
    assert_eq!(parse("+2u"), Ok(ymd(2026, 12, 8)));
    assert_eq!(parse("+2w"), Ok(ymd(2026, 12, 8)));
    assert_eq!(parse("+2U"), Ok(ymd(2026, 12, 8)));
}

#[test]
fn relative_months() {
    assert_eq!(parse("+1m"), Ok(ymd(2026, 12, 24)));
    assert_eq!(parse("+2m"), Ok(ymd(2027, 1, 24)));
    assert_eq!(parse("+12m"), Ok(ymd(2027, 11, 24)));
    assert_eq!(parse_due("+1m", ymd(2026, 1, 31)), Ok(ymd(2026, 2, 28)));
    assert_eq!(parse_due("+1m", ymd(2028, 1, 31)), Ok(ymd(2028, 2, 29)));
    assert_eq!(parse_due("+1m", ymd(2026, 3, 31)), Ok(ymd(2026, 4, 30)));
}

#[test]
fn relative_malformed() {
    assert_eq!(parse("+"), Err(DateError::Unrecognised));
    assert_eq!(parse("+d"), Err(DateError::Unrecognised));
    assert_eq!(parse("+3x"), Err(DateError::Unrecognised));
    assert_eq!(parse("+3dd"), Err(DateError::Unrecognised));
    assert_eq!(parse("+3d4"), Err(DateError::Unrecognised));
    assert_eq!(parse("++3"), Err(DateError::Unrecognised));
    assert_eq!(parse("+-3"), Err(DateError::Unrecognised));
    assert_eq!(parse("+3🙂"), Err(DateError::Unrecognised));
}

#[test]
fn relative_out_of_calendar() {
    assert_eq!(parse("+99999999999999999999"), Err(DateError::InvalidDate));
    assert_eq!(parse("+4294967295"), Err(DateError::InvalidDate));
    assert_eq!(parse("+4294967295u"), Err(DateError::InvalidDate));
    assert_eq!(parse("+4294967295m"), Err(DateError::InvalidDate));
    assert_eq!(parse_due("+1", NaiveDate::MAX), Err(DateError::InvalidDate));
    assert_eq!(
        parse_due("i morgen", NaiveDate::MAX),
        Err(DateError::InvalidDate)
    );
}

#[test]
fn iso_week_forms() {
    let friday_49 = ymd(2026, 12, 4);
    for s in [
        "uke 49", "u49", "u 49", "uke49", "UKE 49", "week 49", "w49", "Week 49",
    ] {
        assert_eq!(parse(s), Ok(friday_49), "{s}");
    }
    assert_eq!(parse("uke 49 2027"), Ok(ymd(2027, 12, 10)));
    assert_eq!(parse("uke 49 27"), Ok(ymd(2027, 12, 10)));
    assert_eq!(parse("week 49 2027"), Ok(ymd(2027, 12, 10)));
    assert_eq!(parse("uke 5"), Ok(ymd(2027, 2, 5)));
    assert_eq!(parse("uke 05"), Ok(ymd(2027, 2, 5)));
}

#[test]
fn iso_week_current_and_passed() {
    // The current week has not passed, even on a Saturday after its Friday.
    assert_eq!(parse("uke 48"), Ok(ymd(2026, 11, 27)));
    assert_eq!(
        parse_due("uke 48", ymd(2026, 11, 28)),
        Ok(ymd(2026, 11, 27))
    );
    // A passed week means next year's.
    assert_eq!(parse("uke 47"), Ok(ymd(2027, 11, 26)));
    // 2026 has 53 weeks; its week 53 ends in 2027.
    assert_eq!(parse("uke 53"), Ok(ymd(2027, 1, 1)));
}

#[test]
fn iso_week_one_in_late_december() {
    assert_eq!(parse_due("uke 1", ymd(2026, 12, 20)), Ok(ymd(2027, 1, 8)));
    assert_eq!(parse_due("uke 1", ymd(2026, 12, 29)), Ok(ymd(2027, 1, 8)));
    // 2025-12-29 already belongs to ISO week 1 of 2026.
    assert_eq!(parse_due("uke 1", ymd(2025, 12, 29)), Ok(ymd(2026, 1, 2)));
    assert_eq!(parse_due("uke 2", ymd(2025, 12, 29)), Ok(ymd(2026, 1, 9)));
}

#[test]
fn iso_week_out_of_range() {
    assert_eq!(parse("uke 53 2027"), Err(DateError::WeekOutOfRange));
    assert_eq!(
        parse_due("uke 53", ymd(2027, 6, 1)),
        Err(DateError::WeekOutOfRange)
    );
    assert_eq!(parse("uke 0"), Err(DateError::WeekOutOfRange));
    assert_eq!(parse("uke 54"), Err(DateError::WeekOutOfRange));
    assert_eq!(parse("uke 100"), Err(DateError::WeekOutOfRange));
    assert_eq!(
        parse("uke 99999999999999999999"),
        Err(DateError::WeekOutOfRange)
    );
}

#[test]
fn iso_week_malformed() {
    assert_eq!(parse("uke"), Err(DateError::Unrecognised));
    assert_eq!(parse("u"), Err(DateError::Unrecognised));
    assert_eq!(parse("week"), Err(DateError::Unrecognised));
    assert_eq!(parse("uke x"), Err(DateError::Unrecognised));
    assert_eq!(parse("uke -1"), Err(DateError::Unrecognised));
    assert_eq!(parse("uke 49 2027 1"), Err(DateError::Unrecognised));
    assert_eq!(parse("uke 49 abc"), Err(DateError::Unrecognised));
    assert_eq!(parse("uke 49 202"), Err(DateError::Unrecognised));
    assert_eq!(parse("uker 4"), Err(DateError::Unrecognised));
}

#[test]
fn garbage_is_an_error() {
    for s in [
        "1..2",
        "+",
        "uke",
        "99999999999999999999",
        "5",
        "🙂",
        "📅 fre",
        "fre🙂",
        "i dag!",
        "neste år",
        "\u{0}",
        "ø",
    ] {
        assert_eq!(parse(s), Err(DateError::Unrecognised), "{s:?}");
    }
}

#[test]
fn never_panics_on_short_strings() {
    let alphabet: Vec<char> = "0159.-/+ udmwkfrø🙂".chars().collect();
    let todays = [today(), ymd(2026, 12, 31), NaiveDate::MIN, NaiveDate::MAX];
    let mut s = String::new();
    for &a in &alphabet {
        for &b in &alphabet {
            for &c in &alphabet {
                for &d in &alphabet {
                    s.clear();
                    s.extend([a, b, c, d]);
                    for &t in &todays {
                        let _ = parse_due(&s, t);
                        let _ = parse_due(&s[..a.len_utf8()], t);
                    }
                }
            }
        }
    }
    for s in [
        "uke 53",
        "uke 1",
        "29.2",
        "+1m",
        "fre",
        "i overmorgen",
        "1.1.00",
    ] {
        for &t in &todays {
            let _ = parse_due(s, t);
        }
    }
}

#[test]
fn iso_week_numbers() {
    assert_eq!(iso_week(today()), 48);
    assert_eq!(iso_week(ymd(2026, 12, 31)), 53);
    assert_eq!(iso_week(ymd(2027, 1, 1)), 53);
    assert_eq!(iso_week(ymd(2027, 1, 3)), 53);
    assert_eq!(iso_week(ymd(2027, 1, 4)), 1);
    assert_eq!(iso_week(ymd(2025, 12, 29)), 1);
    assert_eq!(iso_week(ymd(2027, 12, 31)), 52);
}

#[test]
fn describe_overdue() {
    assert_eq!(describe_due(ymd(2026, 11, 23), today()), Due::Overdue(1));
    assert_eq!(describe_due(ymd(2026, 11, 14), today()), Due::Overdue(10));
    assert_eq!(describe_due(ymd(2025, 11, 24), today()), Due::Overdue(365));
}

#[test]
fn describe_near() {
    assert_eq!(describe_due(today(), today()), Due::Today);
    assert_eq!(describe_due(ymd(2026, 11, 25), today()), Due::Tomorrow);
    assert_eq!(
        describe_due(ymd(2026, 11, 26), today()),
        Due::ThisWeek(Weekday::Thu)
    );
    assert_eq!(
        describe_due(ymd(2026, 11, 30), today()),
        Due::ThisWeek(Weekday::Mon)
    );
}

#[test]
fn describe_weeks_and_later() {
    // 7 days ahead is next Tuesday, in week 49.
    assert_eq!(describe_due(ymd(2026, 12, 1), today()), Due::Week(49));
    assert_eq!(describe_due(ymd(2026, 12, 7), today()), Due::Week(50));
    assert_eq!(describe_due(ymd(2027, 1, 1), today()), Due::Week(53));
    // 56 days (8 weeks) is the last Week; 57 is Later.
    assert_eq!(describe_due(ymd(2027, 1, 19), today()), Due::Week(3));
    assert_eq!(
        describe_due(ymd(2027, 1, 20), today()),
        Due::Later(ymd(2027, 1, 20))
    );
    assert_eq!(
        describe_due(ymd(2028, 6, 1), today()),
        Due::Later(ymd(2028, 6, 1))
    );
}

#[test]
fn describe_extremes_do_not_panic() {
    // The whole calendar spans fewer than u32::MAX days, so no saturation here.
    assert!(matches!(
        describe_due(NaiveDate::MIN, NaiveDate::MAX),
        Due::Overdue(n) if n > 100_000_000
    ));
    assert_eq!(
        describe_due(NaiveDate::MAX, NaiveDate::MIN),
        Due::Later(NaiveDate::MAX)
    );
}

#[test]
fn format_norwegian() {
    assert_eq!(format_nb(ymd(2026, 11, 22)), "22.11.2026");
    assert_eq!(format_nb(ymd(2026, 12, 1)), "01.12.2026");
    assert_eq!(format_nb(ymd(2027, 1, 3)), "03.01.2027");
}

#[test]
fn format_round_trips_through_parse() {
    for d in [
        ymd(2026, 11, 22),
        ymd(2026, 12, 1),
        ymd(2020, 2, 29),
        ymd(2099, 12, 31),
    ] {
        assert_eq!(parse(&format_nb(d)), Ok(d));
    }
}

#[test]
fn weekdays_nynorsk() {
    assert_eq!(parse("måndag"), Ok(ymd(2026, 11, 30)));
    assert_eq!(parse("mån"), Ok(ymd(2026, 11, 30)));
    assert_eq!(parse("Tysdag"), Ok(today()));
    assert_eq!(parse("tys"), Ok(today()));
    assert_eq!(parse("laurdag"), Ok(ymd(2026, 11, 28)));
    assert_eq!(parse("lau"), Ok(ymd(2026, 11, 28)));
    assert_eq!(parse("sundag"), Ok(ymd(2026, 11, 29)));
    assert_eq!(parse("sun"), Ok(ymd(2026, 11, 29)));
    assert_eq!(parse("må"), Err(DateError::Unrecognised));
}

#[test]
fn nynorsk_weeks_and_tomorrow() {
    let friday_49 = ymd(2026, 12, 4);
    for s in ["veke 49", "veke49", "v49", "v 49", "VEKE 49"] {
        assert_eq!(parse(s), Ok(friday_49), "{s}");
    }
    assert_eq!(parse("veke 49 2027"), Ok(ymd(2027, 12, 10)));
    assert_eq!(parse("veke 54"), Err(DateError::WeekOutOfRange));
    assert_eq!(parse("veker 4"), Err(DateError::Unrecognised));
    for s in ["i morgon", "imorgon", "I Morgon"] {
        assert_eq!(parse(s), Ok(ymd(2026, 11, 25)), "{s}");
    }
    for s in ["i overmorgon", "overmorgon"] {
        assert_eq!(parse(s), Ok(ymd(2026, 11, 26)), "{s}");
    }
}

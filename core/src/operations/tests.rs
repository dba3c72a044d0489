//! The operations board's rules, each expected value worked out by hand
//! from the calendar (2026 starts on a Thursday: 53 ISO weeks; 2026-12-04
//! is the Friday of week 49, Monday 30 November to Sunday 6 December).

use chrono::NaiveDate;

use super::deadlines::{Of, by_week};
use super::risks::{Cell, Level, level, matrix, per_week, worst_first};
use super::staffing::{ShiftDay, day, missing, rolled_off};
use super::wheel::{ahead, due, strip};
use super::{Week, weeks_in_year};
use crate::model::Board;

fn d(s: &str) -> NaiveDate {
    crate::decode::parse_iso_date(s).unwrap()
}

fn board(rest: &str) -> Board {
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"drift",
          "columns":[{{"id":"a","title":"A"}},{{"id":"ferdig","title":"F","done":true}}]{rest}}}"#
    );
    let (b, diags) = crate::analyze::analyze_text(&text);
    assert!(b.is_some(), "{diags:?}");
    b.unwrap()
}

#[test]
fn iso_weeks_and_their_days() {
    assert_eq!(
        Week::of(d("2026-12-04")),
        Week {
            year: 2026,
            week: 49
        }
    );
    assert_eq!(
        Week::of(d("2027-01-01")),
        Week {
            year: 2026,
            week: 53
        }
    );
    let w49 = Week {
        year: 2026,
        week: 49,
    };
    assert_eq!(w49.monday(), Some(d("2026-11-30")));
    assert_eq!(w49.sunday(), Some(d("2026-12-06")));
    assert_eq!(
        w49.plus(5),
        Some(Week {
            year: 2027,
            week: 1
        })
    );
    assert_eq!(
        w49.plus(-49),
        Some(Week {
            year: 2025,
            week: 52
        })
    );
    assert_eq!(
        Week {
            year: 2027,
            week: 53
        }
        .monday(),
        None
    );
    assert_eq!(weeks_in_year(2026), 53);
    assert_eq!(weeks_in_year(2027), 52);
    assert_eq!(
        weeks_in_year(2020),
        53,
        "a leap year starting on a Wednesday"
    );
    assert_eq!(weeks_in_year(2015), 53);
    assert_eq!(weeks_in_year(2021), 52);
}

fn shift(name: &str, planned: Option<u32>, present: Option<u32>, gap: u32) -> ShiftDay {
    ShiftDay {
        shift: name.into(),
        planned,
        present,
        gap,
        who: vec![],
        unknown: false,
    }
}

#[test]
fn todays_staffing_has_the_boards_shifts_in_order_with_the_number_missing() {
    let b = board(
        r#","staffing":{"days":[
          {"date":"2026-12-03","shift":"dag","planned":5,"present":5},
          {"date":"2026-12-04","shift":"helg","planned":2,"present":1},
          {"date":"2026-12-04","shift":"kveld","planned":4},
          {"date":"2026-12-04","shift":"dag","planned":5,"present":3,"who":["Kari","Ola","Per"]},
          {"date":"2026-12-05","shift":"dag","planned":6,"present":6},
          {"date":"2026-12-04","shift":"natt","planned":2,"present":3}]}"#,
    );
    let today = day(&b, d("2026-12-04"));
    let mut dag = shift("dag", Some(5), Some(3), 2);
    dag.who = vec!["Kari".into(), "Ola".into(), "Per".into()];
    let mut helg = shift("helg", Some(2), Some(1), 1);
    helg.unknown = true;
    assert_eq!(
        today,
        [
            dag,
            // Present left out: as planned, nobody missing.
            shift("kveld", Some(4), Some(4), 0),
            // More present than planned is no gap.
            shift("natt", Some(2), Some(3), 0),
            helg,
        ]
    );
    assert_eq!(missing(&b, d("2026-12-04")), 3);
    assert_eq!(missing(&b, d("2026-12-05")), 0);
    // Yesterday's figures roll off; today's and tomorrow's stay.
    assert_eq!(rolled_off(&b, d("2026-12-04")), [0]);
    assert_eq!(rolled_off(&b, d("2026-12-06")), [0, 1, 2, 3, 4, 5]);
}

#[test]
fn a_board_without_staffing_shows_the_three_default_shifts_empty_and_its_own_shifts_when_named() {
    let b = board("");
    let names: Vec<String> = day(&b, d("2026-12-04"))
        .into_iter()
        .map(|s| s.shift)
        .collect();
    assert_eq!(names, ["dag", "kveld", "natt"]);
    assert!(
        day(&b, d("2026-12-04"))
            .iter()
            .all(|s| s.planned.is_none() && s.gap == 0)
    );
    assert!(rolled_off(&b, d("2026-12-04")).is_empty());
    let b = board(r#","staffing":{"shifts":["tidlig","sen"]}"#);
    let names: Vec<String> = day(&b, d("2026-12-04"))
        .into_iter()
        .map(|s| s.shift)
        .collect();
    assert_eq!(names, ["tidlig", "sen"]);
}

#[test]
fn risk_levels_follow_the_product_bands() {
    let cases = [
        (1, 1, Some(Level::Low)),
        (1, 4, Some(Level::Low)),
        (2, 2, Some(Level::Low)),
        (5, 1, Some(Level::Medium)),
        (3, 4, Some(Level::Medium)),
        (2, 5, Some(Level::Medium)),
        (3, 5, Some(Level::High)),
        (4, 4, Some(Level::High)),
        (5, 5, Some(Level::High)),
        (0, 3, None),
        (6, 1, None),
        (3, 6, None),
    ];
    for (l, c, want) in cases {
        assert_eq!(level(l, c), want, "{l} × {c}");
    }
    assert_eq!(Cell::new(4, 3).map(Cell::product), Some(12));
}

#[test]
fn risks_stand_in_their_cell_of_the_matrix_and_sort_worst_first() {
    let b = board(
        r#","risks":[
          {"id":"ri1","title":"Fall","likelihood":2,"consequence":3},
          {"id":"ri2","title":"Feilmedisinering","likelihood":2,"consequence":3},
          {"id":"ri3","title":"Brann","likelihood":5,"consequence":5},
          {"id":"ri4","title":"Skrevet feil","likelihood":6,"consequence":1},
          {"id":"ri5","title":"Smitte","likelihood":3,"consequence":2}]"#,
    );
    let m = matrix(&b);
    assert_eq!(m.ids[1][2], ["ri1", "ri2"]);
    assert_eq!(m.at(Cell::new(5, 5).unwrap()), ["ri3"]);
    assert_eq!(m.at(Cell::new(3, 2).unwrap()), ["ri5"]);
    assert_eq!(m.outside, ["ri4"]);
    let filled: usize = m.ids.iter().flatten().map(Vec::len).sum();
    assert_eq!(filled, 4);
    let order: Vec<&str> = worst_first(&b).iter().map(|r| r.id.as_str()).collect();
    // 25; then 6 = 2 × 3 (consequence 3) before 6 = 3 × 2; board order on ties.
    assert_eq!(order, ["ri3", "ri1", "ri2", "ri5", "ri4"]);
}

#[test]
fn deviations_are_counted_per_iso_week_with_empty_weeks_as_zero() {
    let b = board(
        r#","deviations":[
          {"id":"av1","date":"2026-11-16","category":"fall","text":"a"},
          {"id":"av2","date":"2026-11-22","category":"fall","text":"b"},
          {"id":"av3","date":"2026-11-30","category":"legemiddel","text":"c"},
          {"id":"av4","date":"2026-12-06","category":"fall","text":"d"},
          {"id":"av5","date":"2026-11-15","category":"fall","text":"e"}]"#,
    );
    let counts: Vec<(u32, usize)> = per_week(&b, d("2026-12-04"), 3)
        .iter()
        .map(|w| (w.week.week, w.count))
        .collect();
    assert_eq!(counts, [(47, 2), (48, 0), (49, 2)]);
    // Across the new year: 2027-01-01 is in week 53 of 2026.
    let b = board(r#","deviations":[{"id":"av1","date":"2027-01-01","category":"x","text":"y"}]"#);
    let counts: Vec<(i32, u32, usize)> = per_week(&b, d("2027-01-05"), 2)
        .iter()
        .map(|w| (w.week.year, w.week.week, w.count))
        .collect();
    assert_eq!(counts, [(2026, 53, 1), (2027, 1, 0)]);
}

#[test]
fn deadlines_of_this_and_next_week_come_from_cards_goals_and_revisions() {
    let b = board(
        r#","cards":[
          {"id":"k1","title":"Forbi denne uka","column":"a","due":"2026-12-02"},
          {"id":"k2","title":"Søndag","column":"a","due":"2026-12-06","owner":"Kari"},
          {"id":"k3","title":"Neste mandag","column":"a","due":"2026-12-07"},
          {"id":"k4","title":"Neste søndag","column":"a","due":"2026-12-13"},
          {"id":"k5","title":"Uke 51","column":"a","due":"2026-12-14"},
          {"id":"k6","title":"For lengst","column":"a","due":"2026-11-20"},
          {"id":"k7","title":"Ferdig","column":"ferdig","due":"2026-12-03"},
          {"id":"k8","title":"Arkivert","column":"a","due":"2026-12-04","archived":true}],
          "goals":[{"id":"g1","title":"Mål","target":"x","due":"2026-12-10"},
                   {"id":"g2","title":"Mål samme dag","target":"x","due":"2026-12-07"}],
          "routines":[{"id":"r1","title":"Rutine","revision":"2026-12-04"},
                      {"id":"r2","title":"Rutine senere","revision":"2027-03-01"}]"#,
    );
    let w = by_week(&b, d("2026-12-04"));
    let ids = |l: &[super::deadlines::Deadline]| -> Vec<String> {
        l.iter().map(|x| x.id.clone()).collect()
    };
    assert_eq!(ids(&w.this_week), ["k1", "r1", "k2"]);
    assert_eq!(ids(&w.next_week), ["k3", "g2", "g1", "k4"]);
    assert_eq!(ids(&w.earlier), ["k6"]);
    let kinds: Vec<Of> = w.next_week.iter().map(|x| x.of).collect();
    assert_eq!(kinds, [Of::Card, Of::Goal, Of::Goal, Of::Card]);
    // Overdue by the plan's rule: before today and not done.
    let overdue: Vec<bool> = w.this_week.iter().map(|x| x.overdue).collect();
    assert_eq!(overdue, [true, false, false]);
    assert_eq!(w.this_week[2].owner.as_deref(), Some("Kari"));
    assert_eq!(w.this_week[1].of, Of::Revision);
    assert_eq!(
        w.this_week[0].week,
        Week {
            year: 2026,
            week: 49
        }
    );
}

fn wheel_board() -> Board {
    board(
        r#","wheel":[
          {"id":"e1","week":37,"title":"Samling 1"},
          {"id":"e2","week":9,"title":"Dokumentere og rapportere på tilskudd","role":"leader"},
          {"id":"e3","week":49,"title":"Telefonkonferanse"},
          {"id":"e4","week":50,"title":"Samling 2"},
          {"id":"e5","week":53,"title":"Uke 53"},
          {"id":"e6","week":1,"title":"Nytt år"},
          {"id":"e7","week":47,"title":"Tre uker siden"}]"#,
    )
}

#[test]
fn the_weeks_ahead_run_over_the_new_year_and_week_53_only_when_the_year_has_one() {
    let b = wheel_board();
    let got = |today: &str, n: u32| -> Vec<(String, i32, u32, NaiveDate)> {
        ahead(&b, d(today), n)
            .iter()
            .map(|a| (a.event.id.clone(), a.week.year, a.week.week, a.monday))
            .collect()
    };
    assert_eq!(
        got("2026-12-04", 3),
        [
            ("e3".into(), 2026, 49, d("2026-11-30")),
            ("e4".into(), 2026, 50, d("2026-12-07"))
        ]
    );
    assert_eq!(got("2026-12-04", 1).len(), 1);
    assert_eq!(
        got("2026-12-25", 3),
        [
            ("e5".into(), 2026, 53, d("2026-12-28")),
            ("e6".into(), 2027, 1, d("2027-01-04"))
        ]
    );
    // 2027 has 52 weeks: after week 52 comes week 1 of 2028 (Monday 3 January).
    assert_eq!(
        got("2027-12-28", 2),
        [("e6".into(), 2028, 1, d("2028-01-03"))]
    );
}

#[test]
fn the_strip_has_the_years_52_or_53_weeks_with_their_events() {
    let b = wheel_board();
    let s = strip(&b, d("2026-12-04"));
    assert_eq!(s.len(), 53);
    assert_eq!(s[48].week, 49);
    assert!(s[48].current);
    assert_eq!(s.iter().filter(|w| w.current).count(), 1);
    assert_eq!(s[48].events, ["e3"]);
    assert_eq!(s[36].events, ["e1"]);
    assert_eq!(s[52].events, ["e5"]);
    let s = strip(&b, d("2027-06-01"));
    assert_eq!(s.len(), 52);
    let placed: usize = s.iter().map(|w| w.events.len()).sum();
    assert_eq!(placed, 6, "week 53 is in no week of 2027");
}

#[test]
fn an_event_is_due_as_a_card_in_its_week_and_two_weeks_after_until_made_for_that_year() {
    let b = wheel_board();
    let ids = |b: &Board, today: &str| -> Vec<(String, i32, u32)> {
        due(b, d(today))
            .iter()
            .map(|x| (x.event.id.clone(), x.week.year, x.week.week))
            .collect()
    };
    assert_eq!(
        ids(&b, "2026-12-04"),
        [("e3".into(), 2026, 49), ("e7".into(), 2026, 47)]
    );
    // Over the new year: week 1 of 2027, week 53 of 2026.
    assert_eq!(
        ids(&b, "2027-01-05"),
        [("e5".into(), 2026, 53), ("e6".into(), 2027, 1)]
    );
    // A card made last year does not count for this year; this year's does.
    let mut b = b;
    b.wheel[2].made.push(crate::model::Made {
        year: 2025,
        card: "k1".into(),
        extra: Default::default(),
    });
    assert_eq!(ids(&b, "2026-12-04").len(), 2);
    b.wheel[2].made.push(crate::model::Made {
        year: 2026,
        card: "k2".into(),
        extra: Default::default(),
    });
    assert_eq!(ids(&b, "2026-12-04"), [("e7".into(), 2026, 47)]);
    // Week 51: week 50's event is due; week 47's, four weeks back, is not
    // any more, and week 49's has its card.
    assert_eq!(ids(&b, "2026-12-14"), [("e4".into(), 2026, 50)]);
    // Week 50: week 47's is three weeks back, past the catch-up of two.
    assert_eq!(ids(&b, "2026-12-07"), [("e4".into(), 2026, 50)]);
}

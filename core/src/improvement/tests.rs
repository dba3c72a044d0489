//! Tests of [`super`].

use super::*;
use crate::analyze::analyze_text;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn board(cards: &str, routines: &str) -> Board {
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"forbedring",
          "columns":[{{"id":"ide","title":"Ideer"}}],
          "cards":[{cards}],"routines":[{routines}]}}"#
    );
    let (b, problems) = analyze_text(&text);
    assert!(problems.is_empty(), "{problems:?}");
    b.unwrap()
}

#[test]
fn a_cell_needs_both_values_in_range_and_the_quick_win_is_one_cell() {
    let b = board(
        r#"{"id":"k1","title":"a","column":"ide","effect":3,"effort":1},
           {"id":"k2","title":"b","column":"ide","effect":1,"effort":3},
           {"id":"k3","title":"c","column":"ide","effect":3},
           {"id":"k4","title":"d","column":"ide"}"#,
        "",
    );
    let cells: Vec<Option<Cell>> = b.cards.iter().map(cell).collect();
    assert_eq!(
        cells,
        [
            Some(Cell {
                effect: 3,
                effort: 1
            }),
            Some(Cell {
                effect: 1,
                effort: 3
            }),
            None,
            None
        ]
    );
    // Exactly one of the nine cells is the quick win.
    let mut wins = Vec::new();
    for effect in 1..=3 {
        for effort in 1..=3 {
            if Cell::new(effect, effort).unwrap().is_quick_win() {
                wins.push((effect, effort));
            }
        }
    }
    assert_eq!(wins, [(3, 1)]);
    assert_eq!(Cell::new(0, 2), None);
    assert_eq!(Cell::new(2, 4), None);
}

#[test]
fn ideas_are_counted_by_source_whatever_the_case_or_spelling() {
    let b = board(
        r#"{"id":"k1","title":"a","column":"ide","source":"ansatt"},
           {"id":"k2","title":"b","column":"ide","source":"Ansatt"},
           {"id":"k3","title":"c","column":"ide","source":"tilsett"},
           {"id":"k4","title":"d","column":"ide","source":"BRUKER"},
           {"id":"k5","title":"e","column":"ide","source":"parorende"},
           {"id":"k6","title":"f","column":"ide","source":"Pårørende"},
           {"id":"k7","title":"g","column":"ide","source":"Fastlegen"},
           {"id":"k8","title":"h","column":"ide","source":"  "},
           {"id":"k9","title":"i","column":"ide"},
           {"id":"k10","title":"j","column":"ide","source":"ansatt","archived":true}"#,
        "",
    );
    assert_eq!(
        sources(&b),
        Sources {
            ansatt: 3,
            bruker: 1,
            parorende: 2,
            other: 1,
            unknown: 2,
        }
    );
    assert_eq!(sources(&b).total(), 9);
}

#[test]
fn the_known_sources_parse_and_write_back_in_bokmal() {
    let cases = [
        ("ansatt", Some(IdeaSource::Ansatt)),
        ("TILSETT", Some(IdeaSource::Ansatt)),
        (" Bruker ", Some(IdeaSource::Bruker)),
        ("brukar", Some(IdeaSource::Bruker)),
        ("pårørende", Some(IdeaSource::Parorende)),
        ("PÅRØRENDE", Some(IdeaSource::Parorende)),
        ("parorende", Some(IdeaSource::Parorende)),
        ("pårørande", Some(IdeaSource::Parorende)),
        (" Fastlegen ", Some(IdeaSource::Other("Fastlegen".into()))),
        ("", None),
        ("   ", None),
    ];
    for (text, want) in cases {
        assert_eq!(IdeaSource::parse(text), want, "{text:?}");
    }
    let all = [
        IdeaSource::Ansatt,
        IdeaSource::Bruker,
        IdeaSource::Parorende,
        IdeaSource::Other("Fastlegen".into()),
    ];
    let written: Vec<&str> = all.iter().map(IdeaSource::as_str).collect();
    assert_eq!(written, ["ansatt", "bruker", "pårørende", "Fastlegen"]);
    assert_eq!(IdeaSource::NAMES, ["ansatt", "bruker", "pårørende"]);
}

#[test]
fn a_routine_is_overdue_the_day_after_its_revision_date() {
    let b = board(
        "",
        r#"{"id":"r1","title":"Før","revision":"2026-11-23"},
           {"id":"r2","title":"I dag","revision":"2026-11-24"},
           {"id":"r3","title":"Etter","revision":"2027-01-10"},
           {"id":"r4","title":"Lenge siden","revision":"2025-02-01"}"#,
    );
    let ids = |today| -> Vec<&str> {
        overdue_routines(&b, today)
            .iter()
            .map(|r| r.id.as_str())
            .collect()
    };
    assert_eq!(ids(day(2026, 11, 24)), ["r1", "r4"]);
    assert_eq!(ids(day(2026, 11, 25)), ["r1", "r2", "r4"]);
    assert_eq!(ids(day(2025, 2, 1)), Vec::<&str>::new());
    assert!(is_revision_overdue(&b.routines[3], day(2025, 2, 2)));
}

#[test]
fn a_year_from_is_the_same_day_next_year_and_29_february_falls_back() {
    assert_eq!(a_year_from(day(2026, 11, 24)), day(2027, 11, 24));
    assert_eq!(a_year_from(day(2026, 12, 31)), day(2027, 12, 31));
    assert_eq!(a_year_from(day(2028, 2, 29)), day(2029, 2, 28));
    assert_eq!(a_year_from(day(2027, 2, 28)), day(2028, 2, 28));
    assert_eq!(a_year_from(day(2027, 3, 1)), day(2028, 3, 1));
}

#[test]
fn a_column_stands_for_a_step_of_the_circle_by_its_id_not_its_title() {
    let text = r#"{"tavle":1,"title":"T","kind":"forbedring",
      "columns":[{"id":"ideer","title":"Forslag"},{"id":"planlegge","title":"P"},
                 {"id":"gjennomfore","title":"D"},{"id":"evaluere","title":"Ideer"},
                 {"id":"standard","title":"A"},{"id":"annet","title":"Evaluere"},
                 {"id":"slutt","title":"Ferdig","done":true}],
      "cards":[]}"#;
    let (b, problems) = analyze_text(text);
    assert!(problems.is_empty(), "{problems:?}");
    let b = b.unwrap();
    let got: Vec<Option<Stage>> = [
        "ideer",
        "planlegge",
        "gjennomfore",
        "evaluere",
        "standard",
        "annet",
        "slutt",
        "borte",
    ]
    .iter()
    .map(|c| stage(&b, c))
    .collect();
    use Stage::*;
    assert_eq!(
        got,
        [
            Some(Ideas),
            Some(Plan),
            Some(Do),
            Some(Study),
            Some(Act),
            None,
            Some(Done),
            None
        ]
    );
    // The same columns on an operations board stand for no step.
    let drift = text.replace("forbedring", "drift");
    let b = analyze_text(&drift).0.unwrap();
    assert_eq!(stage(&b, "evaluere"), None);
}

#[test]
fn revisions_are_the_boards_deadlines_soonest_first_and_counted_overdue_once() {
    // Two columns: the card stands in the first, not in the done one.
    let two = |b: Board| {
        let mut b = b;
        let mut done = b.columns[0].clone();
        done.id = "ferdig".into();
        b.columns.push(done);
        b
    };
    let b = two(board(
        r#"{"id":"k1","title":"a","column":"ide","due":"2026-11-01","owner":"Kari"}"#,
        r#"{"id":"r1","title":"Senere","revision":"2027-03-01"},
           {"id":"r2","title":"Forfalt","revision":"2026-10-01","card":"k1"},
           {"id":"r3","title":"I dag","revision":"2026-11-24"}"#,
    ));
    let today = day(2026, 11, 24);
    let revs = revisions(&b, today);
    let seen: Vec<(&str, bool)> = revs.iter().map(|r| (r.id.as_str(), r.overdue)).collect();
    assert_eq!(seen, [("r2", true), ("r3", false), ("r1", false)]);
    assert_eq!(revs[0].card.as_deref(), Some("k1"));
    assert_eq!(overdue_count(&b, today), 1);
    // The board's overdue count: the overdue card and the overdue revision;
    // with an owner, only that person's cards (a routine has no owner).
    assert_eq!(crate::plan::counts(&b, today, None).overdue, 2);
    assert_eq!(crate::plan::counts(&b, today, Some("Kari")).overdue, 1);
    // The plan lists them after the measures, under their own heading.
    let rows = crate::plan::rows(&b, today);
    let tail: Vec<String> = rows
        .iter()
        .skip_while(|r| !matches!(r, crate::plan::Row::Routines))
        .map(|r| match r {
            crate::plan::Row::Revision(r) => r.id.clone(),
            crate::plan::Row::Routines => "heading".into(),
            _ => "other".into(),
        })
        .collect();
    assert_eq!(tail, ["heading", "r2", "r3", "r1"]);
}

//! The templates: their columns, agenda and file names, built up here from
//! what the issue and the quality handbook ask for, not from the code.

use super::*;
use crate::model::Kind;

fn words(columns: &[&str], agenda: &[&str]) -> Words {
    Words {
        columns: columns.iter().map(|s| s.to_string()).collect(),
        goal: "  Målet  ".to_string(),
        agenda: agenda.iter().map(|s| s.to_string()).collect(),
    }
}

const CIRCLE: [&str; 6] = [
    "Ideer",
    "Planlegge",
    "Gjennomføre",
    "Evaluere",
    "Korrigere/standardisere",
    "Ferdig",
];

#[test]
fn an_improvement_board_walks_the_improvement_circle_and_ends_done() {
    let b = new_board(
        Kind::Forbedring,
        "  Forbedring avd. 2 ",
        &words(&CIRCLE, &["Nye ideer", " ", "Beslutninger"]),
    );
    assert_eq!(b.kind, Kind::Forbedring);
    assert_eq!(b.title, "Forbedring avd. 2");
    assert_eq!(b.tavle, crate::model::FORMAT_VERSION);
    let titles: Vec<&str> = b.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, CIRCLE);
    let ids: Vec<&str> = b.columns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ideer",
            "planlegge",
            "gjennomfore",
            "evaluere",
            "standardisere",
            "ferdig"
        ]
    );
    // Only the last column is done, and it says so itself.
    let done: Vec<Option<bool>> = b.columns.iter().map(|c| c.done).collect();
    assert_eq!(done, [None, None, None, None, None, Some(true)]);
    let m = b.meeting.as_ref().unwrap();
    assert_eq!(m.goal.as_deref(), Some("Målet"));
    let agenda: Vec<&str> = m.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        agenda,
        ["Nye ideer", "Beslutninger"],
        "blank items left out"
    );
    assert!(b.cards.is_empty() && b.goals.is_empty() && b.indicators.is_empty());
}

#[test]
fn an_operations_board_has_the_days_columns_and_a_short_meeting() {
    let cols = ["I dag", "Denne uka", "Pågår", "Venter på andre", "Ferdig"];
    let b = new_board(Kind::Drift, "Drift", &words(&cols, &["Bemanning"]));
    assert_eq!(b.kind, Kind::Drift);
    let titles: Vec<&str> = b.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, cols);
    assert_eq!(b.columns.last().unwrap().done, Some(true));
    assert_eq!(b.columns.iter().filter(|c| c.done.is_some()).count(), 1);
    assert_eq!(b.meeting.as_ref().unwrap().minutes, Some(10));
}

#[test]
fn missing_words_give_a_whole_board_with_ids_for_titles() {
    let b = new_board(Kind::Forbedring, "X", &words(&["Ideer", ""], &[]));
    let titles: Vec<&str> = b.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles[0], "Ideer");
    assert_eq!(
        &titles[1..],
        [
            "planlegge",
            "gjennomfore",
            "evaluere",
            "standardisere",
            "ferdig"
        ]
    );
    assert_eq!(b.meeting.as_ref().unwrap().agenda, []);
}

#[test]
fn a_new_board_reads_back_without_a_problem() {
    let b = new_board(Kind::Forbedring, "Ny tavle", &words(&CIRCLE, &["Status"]));
    let text = crate::analyze::to_text(&b, crate::analyze::TextStyle::default());
    let (read, problems) = crate::analyze::analyze_text(&text);
    assert_eq!(read.as_ref(), Some(&b));
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_file_stem_is_plain_ascii_and_never_a_path() {
    assert_eq!(file_stem("Hjemmetjenesten sør"), "hjemmetjenesten-sor");
    assert_eq!(file_stem("Ærlig på Åsen"), "aerlig-pa-asen");
    assert_eq!(file_stem("../x"), "x");
    assert_eq!(file_stem("/etc/passwd"), "etc-passwd");
    assert_eq!(file_stem(".skjult"), "skjult");
    assert_eq!(file_stem("a\u{1b}]0;evil\u{7}b"), "a-0-evil-b");
    assert_eq!(file_stem("\u{202e}..\\"), "tavle");
    assert_eq!(file_stem(""), "tavle");
    assert_eq!(file_stem("CON"), "con-tavle");
    let long = file_stem(&"langt navn ".repeat(20));
    assert!(long.len() <= STEM_MAX, "{long}");
    assert!(!long.ends_with('-'), "{long}");
    for name in ["../x", "a/b\\c", "\u{1b}[2J", "  .. ", "x\u{0}y"] {
        let stem = file_stem(name);
        assert!(
            stem.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{name:?} → {stem:?}"
        );
        assert!(!stem.starts_with(['-', '.']) && !stem.is_empty(), "{stem}");
    }
}

#[test]
fn a_kind_is_named_in_each_language_or_by_a_prefix_of_one_kind() {
    for (typed, kind) in [
        ("forbedring", Kind::Forbedring),
        ("Forbetring", Kind::Forbedring),
        ("improvement", Kind::Forbedring),
        ("f", Kind::Forbedring),
        (" IMPR ", Kind::Forbedring),
        ("drift", Kind::Drift),
        ("operations", Kind::Drift),
        ("d", Kind::Drift),
        ("driftstavle", Kind::Drift),
    ] {
        assert_eq!(kind_named(typed), Some(kind), "{typed}");
    }
    for typed in ["", "  ", "x", "forbedringer", "drifts-tavle"] {
        assert_eq!(kind_named(typed), None, "{typed}");
    }
}

#[test]
fn a_new_team_board_names_its_roles_trimmed_and_blank_is_no_one() {
    let roles = Roles {
        team_leader: Some("  Kari Nordmann ".into()),
        measurement_lead: Some("   ".into()),
    };
    let b = new_team_board(Kind::Forbedring, "X", &words(&CIRCLE, &[]), &roles);
    assert_eq!(b.team_leader.as_deref(), Some("Kari Nordmann"));
    assert_eq!(b.measurement_lead, None);
    let both = Roles {
        team_leader: None,
        measurement_lead: Some("Per".into()),
    };
    let b = new_team_board(Kind::Forbedring, "X", &words(&CIRCLE, &[]), &both);
    assert_eq!(
        (b.team_leader, b.measurement_lead.as_deref()),
        (None, Some("Per"))
    );
    // The plain template names no one.
    let b = new_board(Kind::Forbedring, "X", &words(&CIRCLE, &[]));
    assert_eq!((b.team_leader, b.measurement_lead), (None, None));
}

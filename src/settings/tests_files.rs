//! The settings files as people write them: good ones read, bad lines named
//! by line and column while the rest still counts.

use std::time::Duration;

use super::{Problem, ProblemKind, Scope, Settings, Theme, WallScreen, parse};
use crate::i18n::Lang;

fn folder(text: &str) -> (Settings, Vec<Problem>) {
    parse(text, Scope::Folder)
}

#[test]
fn the_commented_example_in_the_docs_reads_without_a_problem() {
    let doc = include_str!("../../docs/settings.md");
    let mut blocks = doc.split("```toml\n").skip(1);
    let team = blocks.next().and_then(|b| b.split("```").next()).unwrap();
    let (s, problems) = folder(team);
    assert_eq!(problems, []);
    assert_eq!(s.lang, Some(Lang::Nn));
    assert_eq!(s.theme, Some(Theme::Light));
    assert_eq!(s.meeting_minutes, Some(20));
    assert_eq!(s.poll, Some(Duration::from_secs(2)));
    assert_eq!(s.wall_interval, Some(Duration::from_secs(30)));
    assert_eq!(
        s.wall_screens,
        Some(vec![
            WallScreen::Overview,
            WallScreen::Boards,
            WallScreen::Indicators
        ])
    );
    let personal = blocks.next().and_then(|b| b.split("```").next()).unwrap();
    let (p, problems) = parse(personal, Scope::Personal);
    assert_eq!(problems, []);
    assert_eq!(p.name.as_deref(), Some("Kari Nordmann"));
    assert_eq!(p.theme, Some(Theme::ColourSafe));
}

#[test]
fn a_syntax_error_is_named_by_line_and_column_and_nothing_is_taken() {
    let (s, problems) = folder("lang = \"nn\"\ntheme = \"lys\n");
    assert_eq!(s, Settings::default());
    assert_eq!(problems.len(), 1);
    let p = &problems[0];
    assert!(matches!(p.kind, ProblemKind::Syntax(_)), "{p:?}");
    assert_eq!(p.line, 2, "{p:?}");
    // The string opens at column 9 and is never closed.
    assert!(p.column >= 9, "{p:?}");
}

#[test]
fn one_bad_value_costs_only_that_setting() {
    let text = "lang = \"nn\"\ntheme = \"purple\"\nmeeting_minutes = 0\n\n[wall]\ninterval = 45\n";
    let (s, problems) = folder(text);
    assert_eq!(s.lang, Some(Lang::Nn));
    assert_eq!(s.theme, None);
    assert_eq!(s.meeting_minutes, None);
    assert_eq!(s.wall_interval, Some(Duration::from_secs(45)));
    let at: Vec<(usize, usize)> = problems.iter().map(|p| (p.line, p.column)).collect();
    // Each value's first character, counted by hand.
    assert_eq!(at, [(2, 9), (3, 19)]);
    assert_eq!(
        problems[0].kind,
        ProblemKind::BadValue {
            key: "theme".into(),
            want: "theme"
        }
    );
}

#[test]
fn columns_are_counted_in_characters_after_norwegian_letters() {
    // "# møte" holds one two-byte letter; the column of the value on the
    // next line is unaffected, and one on the same line counts characters.
    let text = "# møte\næ = 1\n";
    let (_, problems) = folder(text);
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].line, problems[0].column), (2, 1));
    let (_, problems) = folder("\u{feff}wall = { intervall = 3 }\n");
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].line, problems[0].column), (1, 10));
    assert_eq!(
        problems[0].kind,
        ProblemKind::UnknownKey {
            key: "intervall".into(),
            suggestion: Some("interval".into())
        }
    );
}

#[test]
fn a_typo_of_a_key_is_told_with_the_key_meant() {
    let (_, problems) = folder("thme = \"dark\"\n");
    assert_eq!(
        problems[0].kind,
        ProblemKind::UnknownKey {
            key: "thme".into(),
            suggestion: Some("theme".into())
        }
    );
    let (_, problems) = folder("colour = \"dark\"\n");
    assert_eq!(
        problems[0].kind,
        ProblemKind::UnknownKey {
            key: "colour".into(),
            suggestion: None
        }
    );
}

#[test]
fn each_file_keeps_to_its_own_keys() {
    let (s, problems) = folder("name = \"Alle\"\n");
    assert_eq!(s.name, None, "a team's file signs nobody's changes");
    assert_eq!(
        problems[0].kind,
        ProblemKind::WrongFile {
            key: "name".into(),
            belongs: Scope::Personal
        }
    );
    let (s, problems) = parse("poll = 2\nlang = \"en\"\n", Scope::Personal);
    assert_eq!(s.poll, None);
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(problems.len(), 1);
}

#[test]
fn values_out_of_range_are_refused() {
    for (text, ok) in [
        ("poll = 0.4", false),
        ("poll = 0.5", true),
        ("poll = 3600", true),
        ("poll = 3601", false),
        ("poll = \"2\"", false),
        ("meeting_minutes = 1440", true),
        ("meeting_minutes = 1441", false),
        ("meeting_minutes = 1.5", false),
        ("wall = { screens = [] }", false),
        ("wall = { screens = [\"oversikt\", \"oversikt\"] }", true),
        ("wall = { screens = [\"tv\"] }", false),
        ("wall = 3", false),
    ] {
        let (_, problems) = folder(text);
        assert_eq!(problems.is_empty(), ok, "{text}: {problems:?}");
    }
    let (s, _) = folder("wall = { screens = [\"oversikt\", \"Oversikt\"] }");
    assert_eq!(s.wall_screens, Some(vec![WallScreen::Overview]));
}

#[test]
fn the_team_wins_over_the_person_except_for_the_name() {
    let team = Settings {
        lang: Some(Lang::Nn),
        theme: None,
        meeting_minutes: Some(10),
        name: Some("ignored".into()),
        ..Settings::default()
    };
    let person = Settings {
        name: Some("Kari".into()),
        lang: Some(Lang::En),
        theme: Some(Theme::Mono),
        meeting_minutes: Some(99),
        ..Settings::default()
    };
    let both = team.over(person);
    assert_eq!(both.lang, Some(Lang::Nn));
    assert_eq!(both.theme, Some(Theme::Mono));
    assert_eq!(both.meeting_minutes, Some(10));
    assert_eq!(both.name.as_deref(), Some("Kari"));
}

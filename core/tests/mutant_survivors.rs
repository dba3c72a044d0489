//! Tests for mutants that `cargo mutants -p tavle-core` found surviving the
//! rest of the suite (docs/mutants.md lists the runs). Each test names what
//! it guards; expected values are written out here, not computed by the code
//! under test.

use tavle_core::ops::{CardOp, DecisionOp, MeetingOp, Op};

#[test]
fn meeting_steps_are_not_offered_for_undo_and_edits_are() {
    // Undoing "next agenda item" would move the whole room back.
    for op in [
        MeetingOp::Start,
        MeetingOp::End,
        MeetingOp::SetItem { item: 2 },
        MeetingOp::SetAttendees(vec!["Kari".into()]),
        MeetingOp::SetRunning(None),
    ] {
        assert!(!Op::Meeting(op.clone()).undoable(), "{op:?}");
    }
    assert!(Op::Card(CardOp::Remove { id: "k1".into() }).undoable());
    assert!(Op::Decision(DecisionOp::Remove { id: "b1".into() }).undoable());
}

fn board(text: &str) -> tavle_core::model::Board {
    tavle_core::analyze::analyze_text(text).0.unwrap()
}

fn no_columns_reported(b: &tavle_core::model::Board) -> bool {
    tavle_core::rules::validate(b)
        .iter()
        .any(|d| d.kind == tavle_core::diag::DiagKind::NoColumns)
}

#[test]
fn a_board_without_columns_is_an_error_only_when_it_has_cards() {
    let empty = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[],"cards":[]}"#);
    assert!(!no_columns_reported(&empty));
    let mut with_card = empty.clone();
    let other = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Kort","column":"a"}]}"#,
    );
    with_card.cards = other.cards;
    assert!(no_columns_reported(&with_card));
}

fn out_of_order_reported(dates: &[&str]) -> bool {
    let values: Vec<String> = dates
        .iter()
        .map(|d| format!(r#"{{"date":"{d}","value":1}}"#))
        .collect();
    let text = format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
           "indicators":[{{"id":"i","title":"Indikator","values":[{}]}}]}}"#,
        values.join(",")
    );
    tavle_core::rules::validate(&board(&text))
        .iter()
        .any(|d| d.kind == tavle_core::diag::DiagKind::ValuesOutOfOrder)
}

#[test]
fn indicator_values_are_out_of_order_only_when_a_date_goes_back() {
    assert!(!out_of_order_reported(&["2026-11-02", "2026-11-09"]));
    // Two values on one day (a correction typed twice) are not out of order.
    assert!(!out_of_order_reported(&["2026-11-02", "2026-11-02"]));
    assert!(out_of_order_reported(&["2026-11-09", "2026-11-02"]));
    assert!(out_of_order_reported(&[
        "2026-11-02",
        "2026-11-16",
        "2026-11-09"
    ]));
}

// ---- Survivors of the round-robin sample of the whole crate (shard 0/6). ----

#[test]
fn a_board_is_written_as_two_space_json_with_the_files_bom_and_line_endings() {
    use tavle_core::analyze::{TextStyle, to_text};
    let b = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let lf = "{\n  \"tavle\": 1,\n  \"title\": \"T\",\n  \"kind\": \"drift\",\n  \"columns\": [\n    {\n      \"id\": \"a\",\n      \"title\": \"A\"\n    }\n  ],\n  \"cards\": []\n}\n";
    assert_eq!(to_text(&b, TextStyle::default()), lf);
    let crlf = "{\r\n  \"tavle\": 1,\r\n  \"title\": \"T\",\r\n  \"kind\": \"drift\",\r\n  \"columns\": [\r\n    {\r\n      \"id\": \"a\",\r\n      \"title\": \"A\"\r\n    }\r\n  ],\r\n  \"cards\": []\r\n}\r\n";
    let both = TextStyle {
        bom: true,
        crlf: true,
    };
    assert_eq!(to_text(&b, both), format!("\u{feff}{crlf}"));
}

#[test]
fn utf16_without_a_bom_is_named_in_either_byte_order() {
    use tavle_core::diag::DiagKind;
    // `{"tavle":1}` as UTF-16, written out byte by byte: big-endian puts the
    // NUL first (even positions), little-endian second (odd positions).
    let text = "{\"tavle\":1}";
    let be: Vec<u8> = text.bytes().flat_map(|b| [0, b]).collect();
    let le: Vec<u8> = text.bytes().flat_map(|b| [b, 0]).collect();
    for (name, bytes) in [("big-endian", be), ("little-endian", le)] {
        let kind = tavle_core::analyze::decode_text(bytes)
            .map(|_| ())
            .unwrap_err()
            .kind;
        assert!(matches!(kind, DiagKind::Utf16), "{name}: {kind:?}");
    }
    // Short UTF-8 files, and one with a NUL in a sixth of the even places,
    // are far from the three quarters UTF-16 has: read as UTF-8.
    for text in ["[1]\n", "{}\n\n\n", "1234"] {
        let (read, _) = tavle_core::analyze::decode_text(text.as_bytes().to_vec()).unwrap();
        assert_eq!(read, text);
    }
    let mut sparse = "abcdefghijkl".repeat(5).into_bytes();
    for i in (0..sparse.len()).step_by(12) {
        sparse[i] = 0;
    }
    assert!(tavle_core::analyze::decode_text(sparse).is_ok());
}

#[test]
fn changes_are_empty_only_when_every_list_is() {
    use tavle_core::changes::{Changed, Changes};
    let one = Changed {
        id: "k1".into(),
        title: "Kort".into(),
        owner: None,
        due: None,
        light: None,
        from: None,
        added: false,
        copy_of: None,
    };
    assert!(Changes::default().is_empty());
    let lists: [fn(&mut Changes) -> &mut Vec<Changed>; 3] = [
        |c| &mut c.turned_red,
        |c| &mut c.finished,
        |c| &mut c.new_overdue,
    ];
    for (i, list) in lists.iter().enumerate() {
        let mut c = Changes::default();
        list(&mut c).push(one.clone());
        assert!(!c.is_empty(), "list {i} has a change");
        assert_eq!(c.len(), 1, "list {i}");
    }
}

#[test]
fn a_conflict_marker_with_letters_where_the_digits_go_is_not_a_copy() {
    use tavle_core::conflicts::{Source, classify};
    // The stamp has the right length but not the shape `YYYYMMDD-HHMMSS`.
    assert_eq!(
        classify("plan.sync-conflict-2026113x-101500-ABCDEFG.json"),
        None
    );
    assert_eq!(classify("plan_conflict-20261130-1015oo.json"), None);
    // Dropbox's date and Nextcloud's stamp likewise.
    for name in [
        "plan (Kari's conflicted copy 2026-1l-30).json",
        "plan (conflicted copy 2026-11-30 10I500).json",
    ] {
        let source = classify(name).map(|c| c.source);
        assert!(
            !matches!(
                source,
                Some(Source::Dropbox { .. } | Source::Nextcloud { .. })
            ),
            "{name}: {source:?}"
        );
    }
    // The same names with digits are copies (the test can fail the other way).
    assert!(matches!(
        classify("plan.sync-conflict-20261130-101500-ABCDEFG.json").map(|c| c.source),
        Some(Source::Syncthing { .. })
    ));
    assert!(matches!(
        classify("plan (Kari's conflicted copy 2026-11-30).json").map(|c| c.source),
        Some(Source::Dropbox { .. })
    ));
    assert!(matches!(
        classify("plan (conflicted copy 2026-11-30 101500).json").map(|c| c.source),
        Some(Source::Nextcloud { .. })
    ));
}

#[test]
fn a_negative_fraction_is_not_a_whole_number_and_a_negative_whole_is_out_of_range() {
    use tavle_core::diag::DiagKind;
    let kinds = |wip: &str| -> Vec<DiagKind> {
        let text = format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A","wip":{wip}}}]}}"#
        );
        tavle_core::analyze::analyze_text(&text)
            .1
            .into_iter()
            .map(|p| p.kind)
            .collect()
    };
    for wip in ["-1.5", "-2e3"] {
        let k = kinds(wip);
        assert!(
            k.iter().any(|k| matches!(k, DiagKind::WrongType { .. })),
            "{wip}: {k:?}"
        );
        assert!(
            !k.iter().any(|k| matches!(k, DiagKind::OutOfRange { .. })),
            "{wip}: {k:?}"
        );
    }
    let k = kinds("-3");
    assert!(
        k.iter()
            .any(|k| matches!(k, DiagKind::OutOfRange { value, .. } if value == "-3")),
        "{k:?}"
    );
}

#[test]
fn a_board_of_a_newer_format_is_named_as_newer() {
    use tavle_core::diag::DiagKind;
    let newer = |v: u64| {
        let text = format!(r#"{{"tavle":{v},"title":"T","kind":"drift","columns":[]}}"#);
        tavle_core::analyze::analyze_text(&text)
            .1
            .into_iter()
            .any(|p| p.kind == DiagKind::NewerVersion { found: v })
    };
    assert!(!newer(1), "version 1 is this program's");
    assert!(newer(2));
    assert!(newer(17));
}

#[test]
fn a_swap_of_the_first_two_letters_is_one_edit_from_the_word() {
    use tavle_core::diag::suggest;
    // "drift" has 5 letters: one edit (5 / 3) is the most a suggestion may be off.
    const KINDS: &[&str] = &["drift", "forbedring"];
    assert_eq!(suggest("rdift", KINDS), Some("drift"));
    assert_eq!(suggest("dirft", KINDS), Some("drift"));
    assert_eq!(suggest("drfit", KINDS), Some("drift"));
    // Two swaps are two edits: too far.
    assert_eq!(suggest("rdfit", KINDS), None);
}

#[test]
fn renumbered_cards_take_the_decisions_made_while_each_was_the_newest() {
    // Three cards share id k1, made on the 1st, 3rd and 5th; a card k9 made
    // on the 2nd stands between them. Each decision about k1 goes with the
    // k1 that was made last before it.
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[
             {"id":"k1","title":"Første","column":"a","created":"2026-11-01T08:00:00+01:00"},
             {"id":"k9","title":"Annen","column":"a","created":"2026-11-02T08:00:00+01:00"},
             {"id":"k1","title":"Andre","column":"a","created":"2026-11-03T08:00:00+01:00"},
             {"id":"k1","title":"Tredje","column":"a","created":"2026-11-05T08:00:00+01:00"}],
           "decisions":[
             {"id":"b1","at":"2026-11-02T09:00:00+01:00","text":"om første","card":"k1"},
             {"id":"b2","at":"2026-11-04T09:00:00+01:00","text":"om andre","card":"k1"},
             {"id":"b3","at":"2026-11-06T09:00:00+01:00","text":"om tredje","card":"k1"}]}"#,
    );
    let done = tavle_core::dupes::renumber(&mut b);
    assert_eq!(done.len(), 2, "{done:?}");
    let ids: Vec<&str> = b.cards.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids[0], "k1");
    assert_eq!(ids[1], "k9");
    assert!(
        ids[2] != "k1" && ids[3] != "k1" && ids[2] != ids[3],
        "{ids:?}"
    );
    let about: Vec<Option<&str>> = b.decisions.iter().map(|d| d.card.as_deref()).collect();
    assert_eq!(about, [Some("k1"), Some(ids[2]), Some(ids[3])]);
}

#[test]
fn json_nested_to_the_limit_parses_and_one_deeper_is_too_deep() {
    use tavle_core::json::{MAX_DEPTH, SyntaxErrorKind, parse};
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert_eq!(MAX_DEPTH, 128);
    assert!(parse(&nested(128)).is_ok());
    assert_eq!(
        parse(&nested(129)).map(|_| ()).unwrap_err().kind,
        SyntaxErrorKind::TooDeep
    );
}

#[test]
fn unicode_escapes_read_upper_and_lower_case_hex() {
    use tavle_core::json::{Value, parse};
    // U+00C6 is Æ, U+00E6 is æ, U+00F8 is ø; U+00AB is «.
    for (text, want) in [
        (r#""\u00C6""#, "Æ"),
        (r#""\u00c6""#, "Æ"),
        (r#""\u00E6\u00F8""#, "æø"),
        (r#""\u00AB""#, "«"),
        (r#""\u00ab""#, "«"),
    ] {
        let node = parse(text).unwrap();
        assert_eq!(node.value, Value::String(want.into()), "{text}");
    }
}

fn follow_up_ids(today: &str) -> Vec<String> {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[
             {"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"a","owner":"Ola","due":"2026-12-01"},
             {"id":"b2","at":"2026-11-24T09:00:00+01:00","text":"b","owner":"Kari","due":"2026-11-26"},
             {"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"c","owner":"Kari","due":"2026-11-25","done":true},
             {"id":"b4","at":"2026-11-24T09:00:00+01:00","text":"d"}]}"#,
    );
    let today = chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
    tavle_core::meeting::follow_ups(&b, today)
        .into_iter()
        .map(|d| d.id.clone())
        .collect()
}

#[test]
fn follow_ups_are_the_open_ones_decided_before_today_soonest_due_first() {
    // b3 is done and b4 has no owner or due date: never follow-ups.
    assert_eq!(follow_up_ids("2026-11-23"), Vec::<String>::new());
    assert_eq!(follow_up_ids("2026-11-24"), ["b1"]);
    assert_eq!(follow_up_ids("2026-11-25"), ["b2", "b1"]);
}

#[test]
fn false_flags_are_left_out_of_the_file_and_true_ones_written() {
    use tavle_core::analyze::{TextStyle, to_text};
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"K","column":"a","archived":false},
                    {"id":"k2","title":"L","column":"a","archived":true}],
           "decisions":[{"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"a","done":false},
                        {"id":"b2","at":"2026-11-23T09:00:00+01:00","text":"b","done":true}]}"#,
    );
    let text = to_text(&b, TextStyle::default());
    assert_eq!(text.matches("\"archived\"").count(), 1, "{text}");
    assert_eq!(text.matches("\"done\"").count(), 1, "{text}");
    assert!(text.contains("\"archived\": true") && text.contains("\"done\": true"));
}

#[test]
fn every_goal_type_name_is_read() {
    use tavle_core::model::GoalType;
    assert_eq!(GoalType::parse("effekt"), Some(GoalType::Effekt));
    assert_eq!(GoalType::parse("resultat"), Some(GoalType::Resultat));
    assert_eq!(GoalType::parse("prosess"), Some(GoalType::Prosess));
    assert_eq!(GoalType::parse("Prosess"), None);
    assert_eq!(GoalType::parse("mål"), None);
}

#[test]
fn an_exponent_must_be_digits_after_one_sign() {
    use tavle_core::number::read;
    assert_eq!(read("1e+5"), Ok(100_000.0));
    assert_eq!(read("1,5E-2"), Ok(0.015));
    for bad in ["1e+-5", "1e-+5", "1e", "1e+", "1e5x"] {
        assert!(read(bad).is_err(), "{bad}: {:?}", read(bad));
    }
}

#[test]
fn badness_is_red_then_overdue_then_yellow() {
    use tavle_core::plan::{Counts, badness};
    let c = Counts {
        red: 2,
        yellow: 5,
        green: 7,
        none: 1,
        done: 9,
        overdue: 3,
    };
    assert_eq!(badness(&c), (2, 3, 5));
    assert_eq!(badness(&Counts::default()), (0, 0, 0));
}

fn goal_cycles(goals: &str) -> usize {
    let b = board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"forbedring","columns":[{{"id":"a","title":"A"}}],"goals":[{goals}]}}"#
    ));
    tavle_core::rules::validate(&b)
        .iter()
        .filter(|d| matches!(d.kind, tavle_core::diag::DiagKind::GoalCycle { .. }))
        .count()
}

#[test]
fn a_chain_of_sub_goals_is_no_cycle_and_a_loop_is() {
    let chain = r#"{"id":"m1","title":"Hovedmål"},
                   {"id":"m1-1","title":"Delmål","parent":"m1"},
                   {"id":"m1-1-1","title":"Under","parent":"m1-1"}"#;
    assert_eq!(goal_cycles(chain), 0);
    let round = r#"{"id":"m1","title":"En","parent":"m2"},
                   {"id":"m2","title":"To","parent":"m1"}"#;
    assert_eq!(goal_cycles(round), 2, "each goal of the loop is named");
}

#[test]
fn the_generated_schema_is_the_published_file() {
    let published = include_str!("../../schema/board.schema.json");
    assert_eq!(tavle_core::schema::board_schema(), published);
}

#[test]
fn a_persons_report_keeps_a_board_where_they_only_own_a_decision() {
    use tavle_core::status::{Asked, Input, report};
    let card_board = board(
        r#"{"tavle":1,"title":"Kort","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"K","column":"a","owner":"Kari"}]}"#,
    );
    let decision_board = board(
        r#"{"tavle":1,"title":"Vedtak","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Kari","due":"2026-11-30","done":true}]}"#,
    );
    let other_board = board(
        r#"{"tavle":1,"title":"Andre","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"K","column":"a","owner":"Ola"}]}"#,
    );
    let inputs = [
        Input::Board {
            id: "kort",
            board: &card_board,
            log: &[],
        },
        Input::Board {
            id: "vedtak",
            board: &decision_board,
            log: &[],
        },
        Input::Board {
            id: "andre",
            board: &other_board,
            log: &[],
        },
    ];
    let asked = Asked {
        owner: Some("Kari".into()),
        ..Asked::default()
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let r = report(&inputs, today, &asked, Vec::new());
    let mut ids: Vec<&str> = r.boards.iter().map(|b| b.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["kort", "vedtak"]);
}

#[test]
fn wrapping_nothing_gives_no_lines() {
    use tavle_core::text::wrap;
    assert_eq!(wrap("", 10, 2), Vec::<String>::new());
    assert_eq!(wrap("  \t ", 10, 2), Vec::<String>::new());
    assert_eq!(wrap("Ring Kari", 10, 2), ["Ring Kari"]);
    assert_eq!(wrap("Ring Kari i dag", 10, 2), ["Ring Kari", "i dag"]);
}

#[test]
fn a_csv_in_utf16_without_a_bom_is_named_and_stray_nul_bytes_are_not_utf16() {
    use tavle_core::csv_import::encoding::{EncodingError, decode};
    let text = "Tittel;Frist\nRing Kari;1.12\n";
    let be: Vec<u8> = text.bytes().flat_map(|b| [0, b]).collect();
    let le: Vec<u8> = text.bytes().flat_map(|b| [b, 0]).collect();
    for (name, bytes) in [("big-endian", be), ("little-endian", le)] {
        assert!(
            matches!(decode(&bytes), Err(EncodingError::Utf16WithoutBom)),
            "{name}"
        );
    }
    // A NUL in every fourth byte (half of the even places) is far from the
    // three quarters UTF-16 text has: read as the UTF-8 it is.
    let stray: Vec<u8> = "abc;"
        .repeat(16)
        .bytes()
        .map(|b| if b == b';' { 0 } else { b })
        .collect();
    // "abc\0" puts them in the odd places, reversed in the even ones.
    let reversed: Vec<u8> = stray.iter().rev().copied().collect();
    for bytes in [stray, reversed] {
        let decoded = decode(&bytes).map_err(|e| format!("{e:?}")).unwrap();
        assert_eq!(decoded.text.len(), 64);
    }
}

#[test]
fn the_day_before_yesterday_is_two_days_back_in_every_spelling() {
    use tavle_core::dates::{DateFor, parse};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let two_back = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    for word in [
        "iforgårs",
        "forgårs",
        "iførgår",
        "iførgårs",
        "førgår",
        "i forgårs",
    ] {
        assert_eq!(parse(word, today, DateFor::Past), Ok(two_back), "{word}");
    }
}

#[test]
fn column_changes_are_empty_only_without_any() {
    use tavle_core::meeting::{ColumnRef, Columns};
    assert!(Columns::default().is_empty());
    let added = Columns {
        added: vec![ColumnRef {
            id: "a".into(),
            title: "A".into(),
        }],
        ..Columns::default()
    };
    assert!(!added.is_empty());
    let order = Columns {
        order: Some(vec!["b".into(), "a".into()]),
        ..Columns::default()
    };
    assert!(!order.is_empty());
}

fn at(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn logged(at: &str, change: tavle_core::ops::Change) -> tavle_core::log::Logged {
    tavle_core::log::Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    }
}

#[test]
fn since_last_time_is_not_empty_when_a_card_was_finished() {
    use tavle_core::meeting::{CardRef, Since, Span, between};
    let b = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let (start, until) = (
        at("2026-11-17T10:00:00+01:00"),
        at("2026-11-24T09:00:00+01:00"),
    );
    let (changes, finished) = between(&b, &[], start, until);
    assert!(finished.is_empty());
    let mut since = Since {
        previous: Span {
            start: at("2026-11-17T09:00:00+01:00"),
            end: start,
            running: false,
            attendees: Vec::new(),
            incomplete: false,
        },
        until,
        changes,
        finished,
        due: Vec::new(),
    };
    assert!(since.is_empty());
    since.finished.push(CardRef {
        id: "k1".into(),
        title: "Ring Kari".into(),
    });
    assert!(!since.is_empty());
}

#[test]
fn the_running_meeting_is_read_from_the_board() {
    use tavle_core::meeting::Span;
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "meeting":{"running":{"started":"2026-11-24T09:00:00+01:00",
             "item_started":"2026-11-24T09:00:00+01:00","attendees":["Kari","Ola"]}}}"#,
    );
    let now = at("2026-11-24T09:20:00+01:00");
    let span = Span::running(&b, now).unwrap();
    assert_eq!(span.start, at("2026-11-24T09:00:00+01:00"));
    assert_eq!(span.end, now);
    assert!(span.running);
    assert_eq!(span.attendees, ["Kari", "Ola"]);
    let idle =
        board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    assert_eq!(Span::running(&idle, now), None);
}

#[test]
fn before_a_scope_is_strictly_before_its_start_or_day() {
    use tavle_core::meeting::{Scope, Span};
    let m = Scope::Meeting(Span {
        start: at("2026-11-24T09:00:00+01:00"),
        end: at("2026-11-24T10:00:00+01:00"),
        running: false,
        attendees: Vec::new(),
        incomplete: false,
    });
    assert!(m.before(at("2026-11-24T08:59:59+01:00")));
    assert!(!m.before(at("2026-11-24T09:00:00+01:00")));
    assert!(!m.before(at("2026-11-24T09:30:00+01:00")));
    assert!(!m.before(at("2026-11-24T11:00:00+01:00")));
    let d = Scope::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert!(d.before(at("2026-11-23T23:59:00+01:00")));
    assert!(!d.before(at("2026-11-24T00:00:00+01:00")));
    assert!(!d.before(at("2026-11-25T08:00:00+01:00")));
}

#[test]
fn the_previous_meeting_is_never_the_one_still_running() {
    use tavle_core::ops::Change;
    let log = [
        logged("2026-11-17T09:00:00+01:00", Change::MeetingStarted),
        logged(
            "2026-11-17T10:00:00+01:00",
            Change::MeetingEnded {
                started: "2026-11-17T09:00:00+01:00".into(),
                attendees: vec!["Kari".into()],
                incomplete: false,
            },
        ),
        // Started an hour before `before` and not ended.
        logged("2026-11-24T09:00:00+01:00", Change::MeetingStarted),
    ];
    let prev = tavle_core::meeting::previous(&log, at("2026-11-24T10:00:00+01:00")).unwrap();
    assert_eq!(prev.start, at("2026-11-17T09:00:00+01:00"));
    assert_eq!(prev.end, at("2026-11-17T10:00:00+01:00"));
}

#[test]
fn preparation_folds_time_boxes_and_drops_an_item_moved_back() {
    use tavle_core::meeting::{Scope, prepared};
    use tavle_core::ops::Change;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let log = [
        logged(
            "2026-11-23T09:00:00+01:00",
            Change::AgendaTimeBox {
                title: "Økonomi".into(),
                place: 1,
                from: None,
                to: Some(10),
            },
        ),
        logged(
            "2026-11-23T09:05:00+01:00",
            Change::AgendaTimeBox {
                title: "Økonomi".into(),
                place: 1,
                from: Some(10),
                to: Some(15),
            },
        ),
        logged(
            "2026-11-23T09:10:00+01:00",
            Change::AgendaMoved {
                title: "Status".into(),
                from: 0,
                to: 2,
            },
        ),
        logged(
            "2026-11-23T09:15:00+01:00",
            Change::AgendaMoved {
                title: "Status".into(),
                from: 2,
                to: 0,
            },
        ),
        logged(
            "2026-11-23T09:20:00+01:00",
            Change::AgendaMoved {
                title: "Runde".into(),
                from: 3,
                to: 1,
            },
        ),
    ];
    let p = prepared(&log, &Scope::Day(day));
    assert_eq!(
        p.plan,
        [
            Change::AgendaTimeBox {
                title: "Økonomi".into(),
                place: 1,
                from: None,
                to: Some(15),
            },
            Change::AgendaMoved {
                title: "Runde".into(),
                from: 3,
                to: 1,
            },
        ]
    );
}

#[test]
fn names_sort_with_ae_oe_aa_after_z_in_that_order() {
    use tavle_core::meeting::name_order;
    let mut names = ["Åse", "Øystein", "Ærlig", "Zara", "Anne"];
    names.sort_by_key(|n| name_order(n));
    assert_eq!(names, ["Anne", "Zara", "Ærlig", "Øystein", "Åse"]);
}

#[test]
fn a_merge_lists_changed_columns_and_each_decision_by_its_own_id() {
    use serde_json::json;
    use tavle_core::merge::{Changed, Element, Named, changed};
    let text = |column: &str, decision: &str| {
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"{column}"}}],
               "decisions":[{{"id":"b1","at":"2026-11-23T09:00:00+01:00","text":"{decision}"}},
                            {{"id":"b2","at":"2026-11-23T09:00:00+01:00","text":"Uendret"}}]}}"#
        )
    };
    let before = board(&text("A", "Ring Kari"));
    let after = board(&text("Arbeid", "Ring Ola"));
    assert_eq!(
        changed(&before, &after),
        [
            Changed {
                element: Named {
                    element: Element::Column("a".into()),
                    title: "Arbeid".into(),
                },
                field: "title".into(),
                from: json!("A"),
                to: json!("Arbeid"),
            },
            Changed {
                element: Named {
                    element: Element::Decision("b1".into()),
                    title: "Ring Ola".into(),
                },
                field: "text".into(),
                from: json!("Ring Kari"),
                to: json!("Ring Ola"),
            },
        ]
    );
}

fn summary_board() -> tavle_core::model::Board {
    board(
        r#"{"tavle":1,"title":"T","kind":"drift",
           "columns":[{"id":"a","title":"Å gjøre"},{"id":"b","title":"Pågår"},{"id":"f","title":"Ferdig","done":true}],
           "cards":[{"id":"k1","title":"Uten eier","column":"a"},
                    {"id":"k2","title":"Arkivert uten eier","column":"a","archived":true},
                    {"id":"k3","title":"Med eier","column":"b","owner":"Kari"},
                    {"id":"k4","title":"Ferdig uten eier","column":"f"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"},
                        {"id":"b9","at":"2026-11-25T09:00:00+01:00","text":"Senere","owner":"Ola","due":"2026-12-10"}]}"#,
    )
}

fn day_23() -> tavle_core::meeting::Scope {
    tavle_core::meeting::Scope::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
}

#[test]
fn the_minutes_list_a_card_archived_that_day() {
    use tavle_core::ops::Change;
    let b = summary_board();
    let log = [logged(
        "2026-11-23T09:00:00+01:00",
        Change::Archived {
            card: "k2".into(),
            title: "Arkivert uten eier".into(),
        },
    )];
    let s = tavle_core::meeting::summary(&b, &log, &day_23());
    let archived: Vec<(&str, &str)> = s
        .archived
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert_eq!(archived, [("k2", "Arkivert uten eier")]);
}

#[test]
fn cards_without_an_owner_are_the_active_unfinished_ones() {
    let b = summary_board();
    let s = tavle_core::meeting::summary(&b, &[], &day_23());
    let ids: Vec<&str> = s.no_owner.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["k1"],
        "not the archived k2, not k3 with an owner, not the finished k4"
    );
}

#[test]
fn a_follow_up_marked_done_and_undone_the_same_day_is_not_done() {
    use tavle_core::ops::Change;
    let b = summary_board();
    let mark = |at: &str, done: bool| {
        logged(
            at,
            Change::FollowedUp {
                decision: "b1".into(),
                text: "Ring".into(),
                done,
            },
        )
    };
    let log = [
        mark("2026-11-23T09:00:00+01:00", true),
        mark("2026-11-23T09:05:00+01:00", false),
    ];
    let s = tavle_core::meeting::summary(&b, &log, &day_23());
    assert!(s.done.is_empty());
    let open: Vec<&str> = s
        .follow_ups
        .iter()
        .map(|d| d.decision.id.as_str())
        .collect();
    assert_eq!(open, ["b1"], "still open; b9 was decided after the day");
}

#[test]
fn a_card_added_and_removed_the_same_day_is_not_in_the_minutes() {
    use tavle_core::ops::Change;
    let b = summary_board();
    let log = [
        logged(
            "2026-11-23T09:00:00+01:00",
            Change::Added {
                card: "k7".into(),
                title: "Kortvarig".into(),
                column: "a".into(),
            },
        ),
        logged(
            "2026-11-23T09:01:00+01:00",
            Change::Moved {
                card: "k7".into(),
                title: "Kortvarig".into(),
                from: "a".into(),
                to: "b".into(),
            },
        ),
        logged(
            "2026-11-23T09:02:00+01:00",
            Change::Removed {
                card: "k7".into(),
                title: "Kortvarig".into(),
            },
        ),
    ];
    let s = tavle_core::meeting::summary(&b, &log, &day_23());
    assert!(s.added.is_empty(), "{:?}", s.added);
    assert!(s.moved.is_empty(), "{:?}", s.moved);
}

#[test]
fn decisions_added_on_both_sides_are_merged_in_the_order_they_were_made() {
    let with = |extra: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Først"}},{extra}]}}"#
        ))
    };
    // The board's new decision has the lower id but was made a day later.
    let ours = with(r#"{"id":"b2","at":"2026-11-25T09:00:00+01:00","text":"Vår"}"#);
    let theirs = with(r#"{"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"Deres"}"#);
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(None, a, b);
        let ids: Vec<&str> = m.merged.decisions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["b1", "b3", "b2"]);
    }
}

#[test]
fn archiving_a_card_by_a_patch_is_logged_as_archived_and_restoring_as_restored() {
    use tavle_core::ops::{CardOp, CardPatch, Change, Op, Stamp, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Ring Kari","column":"a","light":"red"}]}"#,
    );
    let stamp = Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let set = |archived: bool| {
        Op::Card(CardOp::Set {
            id: "k1".into(),
            patch: CardPatch {
                archived: Some(archived),
                ..CardPatch::default()
            },
        })
    };
    let change = apply(&mut b, &set(true), &stamp).unwrap().change;
    assert_eq!(
        change,
        Change::Archived {
            card: "k1".into(),
            title: "Ring Kari".into()
        }
    );
    let change = apply(&mut b, &set(false), &stamp).unwrap().change;
    assert_eq!(
        change,
        Change::Restored {
            card: "k1".into(),
            title: "Ring Kari".into()
        }
    );
}

fn merge_board(fields: serde_json::Value) -> tavle_core::model::Board {
    let mut v = serde_json::json!({"tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}]});
    if let (Some(m), serde_json::Value::Object(f)) = (v.as_object_mut(), fields) {
        m.extend(f);
    }
    board(&v.to_string())
}

fn card_ids(b: &tavle_core::model::Board) -> Vec<&str> {
    b.cards.iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn an_unknown_field_added_on_one_side_is_merged_in() {
    use serde_json::json;
    let plain = merge_board(json!({"cards": [{"id": "k1", "title": "En", "column": "a"}]}));
    let marked =
        merge_board(json!({"cards": [{"id": "k1", "title": "En", "column": "a", "x-n": 1}]}));
    for (a, b) in [(&marked, &plain), (&plain, &marked)] {
        let m = tavle_core::merge::merge(Some(&plain), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged.cards[0].extra.get("x-n"), Some(&json!(1)));
    }
}

#[test]
fn a_decision_removed_on_one_side_is_kept_as_a_record() {
    use serde_json::json;
    use tavle_core::merge::{Element, Note, NoteKind, Side, merge};
    let with = merge_board(json!({"decisions": [
        {"id": "b1", "at": "2026-11-20T09:00:00+01:00", "text": "Ring"}]}));
    let without = merge_board(json!({}));
    let m = merge(Some(&with), &with, &without);
    assert_eq!(m.merged.decisions.len(), 1);
    assert_eq!(
        m.kept_edits,
        [Note {
            element: Element::Decision("b1".into()),
            kind: NoteKind::KeptRecord {
                removed_on: Some(Side::Copy)
            },
        }]
    );
}

#[test]
fn moves_on_both_sides_in_the_middle_of_a_list_are_both_kept() {
    use serde_json::json;
    let cards = |ids: &[&str]| {
        let list: Vec<serde_json::Value> = ids
            .iter()
            .map(|id| json!({"id": id, "title": id.to_uppercase(), "column": "a"}))
            .collect();
        merge_board(json!({ "cards": list }))
    };
    let base = cards(&["k1", "k2", "k3", "k4", "k5", "k6", "k7"]);
    // The board moved k2 to after k4; the copy moved k6 to after k3.
    let ours = cards(&["k1", "k3", "k4", "k2", "k5", "k6", "k7"]);
    let theirs = cards(&["k1", "k2", "k3", "k6", "k4", "k5", "k7"]);
    let want = ["k1", "k3", "k6", "k4", "k2", "k5", "k7"];
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(Some(&base), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(card_ids(&m.merged), want);
    }
}

#[test]
fn column_ids_spell_out_the_nordic_and_accented_letters() {
    use tavle_core::ops::column_id;
    assert_eq!(column_id("Venter på andre", &[]), "venter-pa-andre");
    assert_eq!(column_id("Ærlig", &[]), "aerlig");
    assert_eq!(column_id("Møte Öst", &[]), "mote-ost");
    assert_eq!(column_id("Café à la", &[]), "cafe-a-la");
    assert_eq!(column_id("Übung Núm", &[]), "ubung-num");
    assert_eq!(column_id("Übung", &["ubung"]), "ubung-2");
}

#[test]
fn an_identity_number_split_by_a_wide_or_leader_dot_is_found() {
    use tavle_core::privacy::find;
    // 24118634582 passes the mod-11 rule (see planted_bugs.rs).
    assert_eq!(find("Født 241186.34582"), one(6..18));
    // U+FF0E (full-width full stop) and U+2024 (one dot leader) are 3 bytes.
    assert_eq!(find("Født 241186\u{FF0E}34582"), one(6..20));
    assert_eq!(find("Født 241186\u{2024}34582"), one(6..20));
}

#[test]
fn a_file_that_starts_with_a_number_is_read_for_identity_numbers() {
    use tavle_core::privacy::json::find;
    // Not JSON at all (a broken file): the number at the very start is found.
    let found = find("24118634582");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].at, 0..11);
    assert!(find("12").is_empty());
}

fn stamp() -> tavle_core::ops::Stamp {
    tavle_core::ops::Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

#[test]
fn a_decision_put_back_goes_between_the_older_and_the_newer() {
    use tavle_core::ops::{DecisionOp, Op, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"En"},
                        {"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"Tre"}]}"#,
    );
    let mut d = b.decisions[0].clone();
    d.id = "b2".into();
    d.at = tavle_core::model::Timestamp::parse("2026-11-22T09:00:00+01:00").unwrap();
    apply(
        &mut b,
        &Op::Decision(DecisionOp::Insert(Box::new(d))),
        &stamp(),
    )
    .unwrap();
    let ids: Vec<&str> = b.decisions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["b1", "b2", "b3"]);
}

#[test]
fn a_value_for_a_date_between_two_others_goes_between_them() {
    use tavle_core::ops::{IndicatorOp, Op, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i","title":"Fall","values":[
             {"date":"2026-11-02","value":1},{"date":"2026-11-16","value":3}]}]}"#,
    );
    let date = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let op = Op::Indicator(IndicatorOp::Measure {
        indicator: "i".into(),
        date: date(9),
        value: 2.0,
    });
    apply(&mut b, &op, &stamp()).unwrap();
    let dates: Vec<_> = b.indicators[0].values.iter().map(|m| m.date).collect();
    assert_eq!(dates, [date(2), date(9), date(16)]);
}

#[test]
fn a_running_meeting_is_marked_log_incomplete_once() {
    use tavle_core::ops::{log_incomplete, mark_log_incomplete};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "meeting":{"running":{"started":"2026-11-24T09:00:00+01:00",
             "item_started":"2026-11-24T09:00:00+01:00"}}}"#,
    );
    let running = |b: &tavle_core::model::Board| b.meeting.clone().unwrap().running.unwrap();
    assert!(!log_incomplete(&running(&b)));
    assert!(mark_log_incomplete(&mut b), "marked: something to write");
    assert!(log_incomplete(&running(&b)));
    assert!(
        !mark_log_incomplete(&mut b),
        "marked already: nothing to write"
    );
    let mut idle =
        board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    assert!(!mark_log_incomplete(&mut idle), "no meeting runs");
}

#[test]
fn a_meeting_may_last_a_whole_day_and_not_a_minute_more() {
    use tavle_core::ops::{MAX_MINUTES, Op, PrepareOp, apply};
    assert_eq!(MAX_MINUTES, 1440);
    let mut b =
        board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let set = |m: u64| Op::Prepare(PrepareOp::SetLength(Some(m)));
    assert!(apply(&mut b, &set(1440), &stamp()).is_ok());
    assert!(apply(&mut b, &set(1441), &stamp()).is_err());
    assert!(apply(&mut b, &set(0), &stamp()).is_err());
    assert!(apply(&mut b, &set(1), &stamp()).is_ok());
}

#[test]
fn a_number_after_a_lone_dot_outside_strings_is_not_a_fraction() {
    use tavle_core::privacy::json::find;
    // `.24118634582` with no digit before the dot is not the fraction of a
    // value: the number is there (a broken file, say).
    let found = find(r#"{"a": .24118634582}"#);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].at, 7..18);
    // `0.24118634582` is a fraction: not reported.
    assert!(find(r#"{"a": 0.24118634582}"#).is_empty());
}

#[test]
fn a_lone_carriage_return_between_the_parts_is_one_break() {
    use tavle_core::privacy::find;
    assert_eq!(find("241186\r34582"), one(0..12));
    assert_eq!(find("241186\r\n34582"), one(0..13));
    assert_eq!(find("241186\n34582"), one(0..12));
}

#[test]
fn a_number_in_thousands_groups_is_found_only_when_not_part_of_a_longer_one() {
    use tavle_core::privacy::find;
    // 24118634582 as 24 118 634 582.
    assert_eq!(find("24 118 634 582"), one(0..14));
    // Followed by another group after a different separator: still alone.
    assert_eq!(find("24 118 634 582-7"), one(0..14));
    // Followed by more groups with the same separator: a longer number.
    assert_eq!(
        find("24 118 634 582 999 9"),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(
        find("1/1-24 118 634 582 999 9"),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(find("1/1-24 118 634 582"), one(4..18));
    // Groups split by mixed separators are not one printed number.
    assert_eq!(find("24 118.634 582"), Vec::<std::ops::Range<usize>>::new());
    assert_eq!(find("24.118.634.582"), one(0..14));
}

#[test]
fn an_escalated_copy_of_each_light_is_counted_once_at_its_origin() {
    use tavle_core::plan::Counts;
    use tavle_core::status::organisation;
    let cards = |copy: bool| {
        let from = |id: &str| {
            if copy {
                format!(r#","escalated_from":{{"board":"nord","card":"{id}"}}"#)
            } else {
                String::new()
            }
        };
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift",
               "columns":[{{"id":"a","title":"A"}},{{"id":"f","title":"F","done":true}}],
               "cards":[{{"id":"r","title":"R","column":"a","light":"red"{}}},
                        {{"id":"y","title":"Y","column":"a","light":"yellow"{}}},
                        {{"id":"g","title":"G","column":"a","light":"green"{}}},
                        {{"id":"n","title":"N","column":"a"{}}}]}}"#,
            from("r"),
            from("y"),
            from("g"),
            from("n")
        ))
    };
    let (nord, leder) = (cards(false), cards(true));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let org = organisation(&[("nord", &nord), ("leder", &leder)], today, None);
    let one_each = Counts {
        red: 1,
        yellow: 1,
        green: 1,
        none: 1,
        done: 0,
        overdue: 0,
    };
    assert_eq!(org.boards, [one_each, one_each]);
    assert_eq!(org.copies, [Counts::default(), one_each]);
    assert_eq!(org.total, one_each);
}

#[test]
fn a_decision_report_is_a_follow_up_only_while_open() {
    use tavle_core::status::decision_report;
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "decisions":[{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"},
                        {"id":"b2","at":"2026-11-20T09:00:00+01:00","text":"Ringt","owner":"Ola","due":"2026-11-30","done":true},
                        {"id":"b3","at":"2026-11-20T09:00:00+01:00","text":"Vedtak"}]}"#,
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let follow: Vec<bool> = b
        .decisions
        .iter()
        .map(|d| decision_report(d, today).follow_up)
        .collect();
    assert_eq!(follow, [true, false, false]);
}

#[test]
fn an_address_starts_at_its_scheme_not_at_the_word_before() {
    use tavle_core::text::escape_markdown;
    // The address alone is fenced as code; the word before stays text.
    assert_eq!(
        escape_markdown("Se https://tavle.no"),
        "Se `https://tavle.no`"
    );
    assert_eq!(
        escape_markdown("se:https://tavle.no"),
        "se:`https://tavle.no`"
    );
    assert_eq!(
        escape_markdown("(https://tavle.no)"),
        "(`https://tavle.no`)"
    );
}

#[test]
fn a_column_order_asked_in_a_merge_shows_the_column_ids() {
    use serde_json::json;
    let cols = |order: [&str; 2]| {
        let list: Vec<serde_json::Value> = order
            .iter()
            .map(|c| json!({"id": c, "title": c.to_uppercase()}))
            .collect();
        merge_board(json!({ "columns": list }))
    };
    let m = tavle_core::merge::merge(None, &cols(["a", "b"]), &cols(["b", "a"]));
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].board, json!(["a", "b"]));
    assert_eq!(m.conflicts[0].copy, json!(["b", "a"]));
}

/// One range, as `find` reports a single number.
fn one(r: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    vec![r]
}

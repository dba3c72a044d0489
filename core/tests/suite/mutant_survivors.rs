//! Tests for mutants that `cargo mutants -p tavle-core` found surviving the
//! rest of the suite (docs/mutants.md lists the runs; the survivors in the
//! meeting, the merge and the identity-number scan have files of their own,
//! `mutant_survivors_*.rs`). Each test names what it guards; expected values
//! are written out here, not computed by the code under test.

use crate::common::board;

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
    let published = include_str!("../../../schema/board.schema.json");
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

//! Tests for the survivors of run 8 (shard 2/6 of `tavle-core`, see
//! docs/mutants.md). Each fails on its mutant; the expected values are
//! written out by hand.

use chrono::NaiveDate;
use tavle_core::changes::Changes;
use tavle_core::ops::Change;

/// `changes.rs` `+` → `-` in `Changes::len`: the improvement work and the
/// operations changes count like every other line (`status --since` says
/// how many lines there are to tell from it).
#[test]
fn the_improvement_and_operations_lines_count() {
    let staff = Change::StaffSet {
        date: NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        shift: "dag".into(),
        planned: Some(9),
        present: Some(7),
    };
    let mut c = Changes::default();
    c.operations.push(staff.clone());
    assert!(!c.is_empty());
    assert_eq!(c.len(), 1);
    c.improvement.push(Change::MeetingStarted);
    c.operations.push(staff);
    assert_eq!(c.len(), 3);
}

/// `changes.rs` `&&` → `||` in `since`: a card added in the period counts
/// as turned red only when it is red; one added green is no red news.
#[test]
fn a_card_added_green_is_not_turned_red() {
    use tavle_core::log::Logged;
    let (board, _) = tavle_core::analyze::analyze_text(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "cards":[{"id":"k1","title":"Grønn","column":"a","light":"green"},
                    {"id":"k2","title":"Rød","column":"a","light":"red"}]}"#,
    );
    let board = board.expect("a board");
    let added = |card: &str, title: &str| Logged {
        at: "2026-11-24T08:00:00+01:00".into(),
        by: "Kari".into(),
        change: Change::Added {
            card: card.into(),
            title: title.into(),
            column: "a".into(),
        },
    };
    let log = [added("k1", "Grønn"), added("k2", "Rød")];
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
    let c = tavle_core::changes::since(&board, &log, day, now, day, None);
    let red: Vec<&str> = c.turned_red.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(red, ["k2"]);
}

/// `json.rs` `-=` → `/=` / `+=` on an empty object or array: leaving one
/// gives its depth back, so a long list of empty ones is not "too deep".
#[test]
fn many_empty_objects_and_arrays_side_by_side_are_not_deep() {
    let items = ["{}", "[]"].repeat(200).join(",");
    let text = format!("[{items}]");
    assert!(tavle_core::json::parse(&text).is_ok());
}

/// `diag.rs` `+` → `*` in `edit_distance` (a deleted letter cost nothing):
/// a word with many letters too many is no typo of a key value.
#[test]
fn many_letters_too_many_are_no_typo() {
    use tavle_core::diag::suggest;
    const KINDS: &[&str] = &["drift", "forbedring"];
    assert_eq!(suggest("driftt", KINDS), Some("drift"));
    assert_eq!(suggest("driftxxxxxxxx", KINDS), None);
    assert_eq!(suggest("forbedringer og mer", KINDS), None);
}

/// `csv_import.rs` `&&` → `||` in `is_header`: a first line whose date is a
/// date word ("i går") is a row, not a heading, even with letters in it —
/// so a bad value in it is reported, never skipped without a word.
#[test]
fn a_first_line_with_a_date_word_is_a_row_not_a_heading() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let (rows, bad) = tavle_core::csv_import::parse("Fall;i går;fem\nFall;2026-11-20;3\n", today);
    assert_eq!(rows.len(), 1);
    assert_eq!(bad.iter().map(|b| b.line).collect::<Vec<_>>(), [1]);
    // A real heading is still skipped without a word.
    let (rows, bad) =
        tavle_core::csv_import::parse("Indikator;Dato;Verdi\nFall;2026-11-20;3\n", today);
    assert_eq!((rows.len(), bad.len()), (1, 0));
}

/// `json.rs` `||` → `&&` in `Parser::string`: a high surrogate must be
/// followed by `\u` and its low half; `\x` with four hex digits is no pair.
#[test]
fn a_high_surrogate_needs_a_backslash_u_after_it() {
    use tavle_core::json::parse;
    assert!(parse(r#""\uD83D\uDE00""#).is_ok());
    assert!(parse(r#""\uD83D\xDE00""#).is_err());
    assert!(parse(r#""\uD83DuDE00""#).is_err());
}

/// `json.rs` `-=` → `/=` in `line_col`: an offset inside a letter of two
/// bytes (å) is the letter's column, not a hang.
#[test]
fn an_offset_inside_a_letter_is_that_letters_column() {
    use tavle_core::json::line_col;
    // x is byte 0, å bytes 1–2, the newline 3, y byte 4.
    assert_eq!(line_col("xå\ny", 2), (1, 2));
    assert_eq!(line_col("xå\ny", 4), (2, 1));
}

/// `model.rs` `&&` → `||` in `ser_number`: only whole values are written
/// without a fraction; 2.5 stays 2.5 and 6.0 is written 6.
#[test]
fn measured_values_are_written_as_they_are() {
    let (b, _) = tavle_core::analyze::analyze_text(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"fall","title":"Fall","values":[
             {"date":"2026-11-02","value":2.5},{"date":"2026-11-09","value":6.0}]}]}"#,
    );
    let b = b.expect("a board");
    let text = tavle_core::analyze::to_text(&b, Default::default());
    assert!(text.contains(r#""value": 2.5"#), "{text}");
    assert!(
        text.contains(r#""value": 6"#) && !text.contains("6.0"),
        "{text}"
    );
    // `Board::indicator` → None: the indicator is found by its id.
    assert_eq!(b.indicator("fall").map(|i| i.title.as_str()), Some("Fall"));
    assert!(b.indicator("fal").is_none());
}

//! Tests for the survivors of mutation run 14, shard 5/6 of tavle-core
//! (`cargo mutants -p tavle-core --shard 5/6 --sharding round-robin`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand (from a calendar, by counting bytes, by the rules in the
//! doc comments), never taken from the code under test.
//!
//! Five of the survivors made a loop that no longer advances (the run
//! counted them as timeouts). Their tests fail fast where they can (the
//! identity-number scan), else run the code on a thread of its own and
//! fail when it has not finished in [`LIMIT`], instead of hanging. The
//! other tests keep their JSON free of whitespace between tokens and of
//! escapes, and their CSV on one line, so that with those mutants planted
//! this file still ends. More of the shard's survivors are in
//! `mutant_survivors_run14b.rs`.

use crate::common::{board, day, found};

use std::sync::mpsc::{RecvTimeoutError, channel};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, NaiveDate};
use tavle_core::analyze::decode_text;
use tavle_core::changes::since;
use tavle_core::csv_import::{self, BadRow, Row, RowError};
use tavle_core::diag::DiagKind;
use tavle_core::json::{self, SyntaxErrorKind, Value};
use tavle_core::layout::PanelKind;
use tavle_core::log::Logged;
use tavle_core::merge::merge;
use tavle_core::model::{Board, Light, Role};
use tavle_core::operations::minutes_changes;
use tavle_core::ops::Change;
use tavle_core::privacy::mask_number;
use tavle_core::runchart::{Direction, SignalKind};
use tavle_core::text::escape_markdown;

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

/// A few bytes of text are read in microseconds; this is ample on a loaded
/// machine and short next to cargo-mutants' 60 s timeout.
const LIMIT: Duration = Duration::from_secs(5);

/// `f`'s result, or a failed test when it has not finished in [`LIMIT`]
/// (the thread left running ends with the test binary).
fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(LIMIT) {
        Ok(v) => v,
        Err(RecvTimeoutError::Timeout) => panic!("not done in {LIMIT:?}: a loop that never ends"),
        Err(RecvTimeoutError::Disconnected) => panic!("the code under test panicked"),
    }
}

/// `analyze.rs:77` `*` → `+` in `looks_utf16` (`even * 4 >= half + 3`):
/// a file is UTF-16 without a BOM only when at least three quarters of its
/// even bytes (of the first 64) are NUL. 64 bytes have 32 even places:
/// 24 NULs there is UTF-16, 23 is a UTF-8 text with NULs in it.
#[test]
fn a_file_is_utf16_only_when_three_quarters_of_every_other_byte_are_nul() {
    let text = |nuls: usize| -> Vec<u8> {
        (0..64)
            .map(|i| if i % 2 == 0 && i / 2 < nuls { 0 } else { b'a' })
            .collect()
    };
    let bytes = text(23);
    assert_eq!(bytes.iter().filter(|b| **b == 0).count(), 23);
    let (got, _) = decode_text(bytes.clone()).expect("UTF-8 with NULs, not UTF-16");
    assert_eq!(got.as_bytes(), &bytes[..]);
    // A handful of NULs is far from UTF-16 too.
    assert!(decode_text(text(10)).is_ok());
    assert_eq!(decode_text(text(24)).unwrap_err().kind, DiagKind::Utf16);
}

/// A board with cards of Ola and Kari and an indicator `i` measured on
/// the Mondays 31.08–30.11.2026 (`values`, in that order).
fn changes_board(values: &[u32]) -> Board {
    let monday = day(2026, 8, 31);
    let values: Vec<String> = values
        .iter()
        .enumerate()
        .map(|(w, v)| {
            let date = monday + chrono::Duration::weeks(w as i64);
            format!(r#"{{"date":"{date}","value":{v}}}"#)
        })
        .collect();
    board(&format!(
        concat!(
            r#"{{"tavle":1,"title":"T","kind":"drift","#,
            r#""columns":[{{"id":"a","title":"A"}}],"#,
            r#""cards":[{{"id":"k1","title":"K1","column":"a","owner":"Ola"}},"#,
            r#"{{"id":"k2","title":"K2","column":"a","owner":"Kari"}}],"#,
            r#""indicators":[{{"id":"i","title":"I","values":[{}]}}]}}"#
        ),
        values.join(",")
    ))
}

fn prioritised(card: &str) -> Change {
    Change::Prioritised {
        card: card.into(),
        title: card.to_uppercase(),
        effect: Some(4),
        effort: Some(2),
    }
}

/// `changes.rs:202` `||` → `&&` in `since`: the whole board's view lists
/// all the improvement work of the period, a role set on no card too; one
/// person's view lists the work on their own cards.
#[test]
fn since_lists_all_improvement_work_and_an_owner_the_work_on_their_cards() {
    let role = Change::RoleSet {
        role: Role::TeamLeader,
        from: None,
        to: Some("Kari".into()),
    };
    let log: Vec<Logged> = [prioritised("k1"), prioritised("k2"), role.clone()]
        .into_iter()
        .map(|change| Logged {
            at: "2026-11-24T09:00:00+01:00".into(),
            by: "Kari".into(),
            change,
        })
        .collect();
    let b = changes_board(&[]);
    let now = at("2026-11-24T10:00:00+01:00");
    let (monday, today) = (day(2026, 11, 23), day(2026, 11, 24));
    let all = since(&b, &log, monday, now, today, None);
    assert_eq!(
        all.improvement,
        vec![prioritised("k1"), prioritised("k2"), role]
    );
    let ola = since(&b, &log, monday, now, today, Some("Ola"));
    assert_eq!(ola.improvement, vec![prioritised("k1")]);
}

/// `changes.rs:237` `<` → `<=` in `new_signals`: the chart before the
/// period is drawn without the measurements dated on its first day. Eight
/// values 4, 6, … then six 9s from 26.10 (Mondays, counted on a calendar):
/// all fourteen have the median 6 (the 7th and 8th of 4 4 4 4 6 6 6 6 9…),
/// and the six 9s above it are a shift; without the last one (30.11) the
/// median is 6 still and five 9s are no shift. So since Monday 30.11 the
/// shift is new; since 1.12 nothing is.
#[test]
fn a_signal_completed_on_the_first_day_of_the_period_is_new() {
    let b = changes_board(&[4, 6, 4, 6, 4, 6, 4, 6, 9, 9, 9, 9, 9, 9]);
    let now = at("2026-12-01T10:00:00+01:00");
    let today = day(2026, 12, 1);
    let c = since(&b, &[], day(2026, 11, 30), now, today, None);
    let got: Vec<_> = c
        .signals
        .iter()
        .map(|s| {
            let i = &s.signal;
            (
                s.indicator.as_str(),
                i.kind,
                i.direction,
                i.from,
                i.to,
                i.points,
            )
        })
        .collect();
    assert_eq!(
        got,
        [(
            "i",
            SignalKind::Shift,
            Direction::Above,
            day(2026, 10, 26),
            day(2026, 11, 30),
            6
        )]
    );
    assert!(since(&b, &[], today, now, today, None).signals.is_empty());
}

/// `json.rs:282` `-=` → `+=` in `Parser::object`: the depth counts the
/// objects a value is nested in, not the objects read before it. 200
/// objects side by side in an array are 2 levels deep, far below 128.
#[test]
fn many_objects_side_by_side_are_not_too_deep() {
    let text = format!("[{}]", vec![r#"{"a":1}"#; 200].join(","));
    let node = json::parse(&text).expect("200 objects in a row");
    let Value::Array(items) = &node.value else {
        panic!("{node:?}")
    };
    assert_eq!(items.len(), 200);
    // The limit itself still holds: 129 arrays inside each other.
    let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
    assert_eq!(
        json::parse(&deep).unwrap_err().kind,
        SyntaxErrorKind::TooDeep
    );
}

/// `json.rs:509` the `Value::Array` arm deleted in `Node::locate`: a JSON
/// Pointer goes into arrays by index (`/cards/1/column`), so a problem in
/// the second card points at that card's field, not at the list.
#[test]
fn a_pointer_goes_into_an_array_by_its_index() {
    let text = r#"{"cards":[{"id":"a","column":"x"},{"id":"b","column":"y"}]}"#;
    // Counted by hand: the list is bytes 9..58, the second card 34..57,
    // its "y" 53..56, the first card's "x" 29..32.
    let root = json::parse(text).unwrap();
    let span = |pointer: &str| {
        let s = root.locate(pointer).span;
        (s.start, s.end)
    };
    assert_eq!(span("/cards/1/column"), (53, 56));
    assert_eq!(span("/cards/0/column"), (29, 32));
    assert_eq!(span("/cards/1"), (34, 57));
    assert_eq!(&text[53..56], r#""y""#);
    assert_eq!(&text[34..57], r#"{"id":"b","column":"y"}"#);
    // As far as it goes: no card 2, and `x` is no index.
    assert_eq!(span("/cards/2/column"), (9, 58));
    assert_eq!(span("/cards/x"), (9, 58));
}

/// `layout.rs:43` `PanelKind::as_str` → `"xyzzy"`: each panel is written
/// by its name in the file, and that name reads back as the panel.
#[test]
fn each_panel_is_named_as_the_file_names_it() {
    let names = [
        (PanelKind::Goals, "goals"),
        (PanelKind::Staffing, "staffing"),
        (PanelKind::Risks, "risks"),
        (PanelKind::Measures, "measures"),
        (PanelKind::Deadlines, "deadlines"),
    ];
    for (panel, name) in names {
        assert_eq!(panel.as_str(), name);
        assert_eq!(PanelKind::parse(panel.as_str()), Some(panel));
    }
}

/// `model.rs:179` `Light::as_str` → `""`: each light is written by its
/// name in the file, and that name reads back as the light.
#[test]
fn each_light_is_named_as_the_file_names_it() {
    for (light, name) in [
        (Light::Green, "green"),
        (Light::Yellow, "yellow"),
        (Light::Red, "red"),
    ] {
        assert_eq!(light.as_str(), name);
        assert_eq!(Light::parse(light.as_str()), Some(light));
    }
}

/// `merge.rs:240` `&&` → `||` in `merge`: a base is trusted only when both
/// sides' histories name it. Here the board descends from the base (it has
/// its id among its revisions) and the copy has a history without it; so
/// the merge is two-way, and the card the copy lacks is kept without a
/// question (a three-way merge would ask whether to remove it).
#[test]
fn a_base_only_one_side_names_is_not_trusted() {
    let text = |cards: &str| {
        format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],"cards":[{cards}]}}"#
        )
    };
    let k1 = r#"{"id":"k1","title":"K1","column":"a"}"#;
    let k2 = r#"{"id":"k2","title":"K2","column":"a"}"#;
    let base = board(&text(k1));
    let mut ours = board(&text(&format!("{k1},{k2}")));
    tavle_core::revision::advance(&mut ours, &tavle_core::revision::id(&base));
    let mut theirs = board(&text(k2));
    theirs.revisions = vec!["0123456789ab".into()];
    assert!(ours.revisions.contains(&tavle_core::revision::id(&base)));
    assert!(!theirs.revisions.contains(&tavle_core::revision::id(&base)));
    for m in [
        merge(Some(&base), &ours, &theirs),
        merge(Some(&base), &theirs, &ours),
    ] {
        assert!(!m.three_way);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let mut ids: Vec<&str> = m.merged.cards.iter().map(|c| c.id.as_str()).collect();
        ids.sort();
        assert_eq!(ids, ["k1", "k2"]);
    }
}

fn staff(date: NaiveDate, shift: &str, present: u32) -> Change {
    Change::StaffSet {
        date,
        shift: shift.into(),
        planned: Some(5),
        present: Some(present),
    }
}

/// `operations.rs:74` `!` deleted in `minutes_changes`: a shift's staffing
/// is listed once, as it stood last, and the other operations changes stay
/// in the order they were made.
#[test]
fn the_minutes_keep_the_other_changes_and_a_shifts_last_staffing() {
    let monday = day(2026, 11, 30);
    let risk = Change::RiskAdded {
        risk: "r1".into(),
        title: "Fall".into(),
        likelihood: 3,
        consequence: 4,
    };
    let changes = [
        staff(monday, "dag", 4),
        risk.clone(),
        staff(monday, "dag", 2),
        staff(monday, "natt", 5),
    ];
    assert_eq!(
        minutes_changes(&changes),
        vec![risk, staff(monday, "dag", 2), staff(monday, "natt", 5)]
    );
}

/// `privacy/mod.rs:161` `||` → `&&` in `mask_number`: only a number as
/// JSON writes it (a digit or `-` first) is read as one. 15076500565 is a
/// valid identity number (check digits 6 and 5 by the weights 3 7 6 1 8 9
/// 4 5 2 and 5 4 3 2 7 6 5 4 3 2), masked as its date part in stars and
/// the last five digits; with a `+` or a `.` first the token is no JSON
/// number.
#[test]
fn only_a_json_number_is_masked_as_a_number() {
    assert_eq!(mask_number("15076500565"), Some("******00565".to_string()));
    assert_eq!(mask_number("+15076500565"), None);
    assert_eq!(mask_number(".15076500565e11"), None);
}

/// `text.rs:85` `>` → `>=` in `escape_markdown`: a `.` or `)` at the start
/// gets a backslash only after digits (`1.` opens a list); alone it is no
/// Markdown and stays as written. (`1. punkt` is left out: with the
/// mutant `privacy/scan.rs:174` below, the identity-number scan that
/// `escape_markdown` runs never ends on it.)
#[test]
fn a_dot_or_parenthesis_without_digits_before_it_is_not_escaped() {
    assert_eq!(escape_markdown(". punkt"), ". punkt");
    assert_eq!(escape_markdown(")"), ")");
    assert_eq!(escape_markdown("."), ".");
    assert_eq!(escape_markdown("12) punkt"), "12\\) punkt");
}

/// `csv_import.rs:275` `skip_line_breaks` → `1`: a row starts where its
/// line does; every row of a CSV is read once, at its own line (with the
/// mutant the second row was read again and again, forever).
#[test]
fn each_csv_row_is_read_at_its_own_line() {
    let today = day(2026, 12, 4);
    let (rows, bad) = within(move || {
        csv_import::parse(
            "Ventetid;2026-11-30;12\n\nVentetid;01.12.2026;14,5\n",
            today,
        )
    });
    assert_eq!(bad, []);
    assert_eq!(
        rows,
        [
            Row {
                line: 1,
                indicator: "Ventetid".into(),
                date: day(2026, 11, 30),
                value: 12.0,
            },
            Row {
                line: 3,
                indicator: "Ventetid".into(),
                date: day(2026, 12, 1),
                value: 14.5,
            },
        ]
    );
}

/// `csv_import.rs:314` `Lines::start_of_next` → `0`: a bad row is told
/// with the text of its line (with the mutant the text was empty, and a
/// quote not closed on its line made the reading start over forever).
#[test]
fn a_bad_csv_row_is_told_with_its_line() {
    let today = day(2026, 12, 4);
    let text = "Ventetid;2026-11-30;12\r\nVentetid;ikke en dato;13\r\n";
    let (rows, bad) = within(move || csv_import::parse(text, today));
    assert_eq!(rows.len(), 1);
    assert_eq!(
        bad,
        [BadRow {
            line: 2,
            error: RowError::BadDate("ikke en dato".into()),
            text: "Ventetid;ikke en dato;13".into(),
        }]
    );
    // A quote not closed on its line: the row is bad, and the reading goes
    // on at the next line.
    let text = "Ventetid;2026-11-30;12\r\nVentetid;\"01.12.2026;14\r\nVentetid;2026-12-02;15\r\n";
    let (rows, bad) = within(move || csv_import::parse(text, today));
    assert_eq!(
        bad,
        [BadRow {
            line: 2,
            error: RowError::Malformed("a quote opened on this line is not closed on it".into()),
            text: "Ventetid;\"01.12.2026;14".into(),
        }]
    );
    let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [1, 3]);
}

/// `json.rs:171` `+=` → `*=` in `Parser::ws`: whitespace between tokens is
/// passed over (with the mutant the parser stood still at the first space).
#[test]
fn whitespace_between_tokens_is_passed_over() {
    let node = within(|| json::parse(" [ 1 ,\n\t2 ]\r\n"));
    let node = node.expect("a list of two numbers");
    let Value::Array(items) = &node.value else {
        panic!("{node:?}")
    };
    let got: Vec<&Value> = items.iter().map(|n| &n.value).collect();
    assert_eq!(got, [&Value::Number("1"), &Value::Number("2")]);
    assert_eq!((node.span.start, node.span.end), (1, 11));
}

/// `json.rs:419` `+=` → `-=` in `Parser::string`: an escape is read once
/// and the string goes on after it (with the mutant the parser read the
/// same escape forever).
#[test]
fn an_escape_in_a_string_is_read_once() {
    let node = within(|| json::parse(r#""a\nb\"c""#));
    let node = node.expect("a string with two escapes");
    assert_eq!(node.value, Value::String("a\nb\"c".into()));
    assert_eq!((node.span.start, node.span.end), (0, 9));
}

/// The byte ranges [`find`] reports, as (start, end).
/// `privacy/scan.rs:115` `<` → `>` in `read_group` (a timeout: the scan
/// stood still at a digit that is not ASCII): a group of digits reads on
/// past an invisible character and through digits of other scripts.
/// 15076500565 is valid (see above); with a zero-width space (3 bytes)
/// after the date part it is bytes 0..14, in full-width digits (3 bytes
/// each) 0..33.
#[test]
fn a_number_with_an_invisible_character_or_full_width_digits_is_found() {
    assert_eq!(found("150765\u{200B}00565"), [(0, 14)]);
    let wide = "１５０７６５００５６５";
    assert_eq!(wide.len(), 33);
    assert_eq!(within(move || found(wide)), [(0, 33)]);
}

/// `privacy/scan.rs:174` `+=` → `-=` in `read_sep` (a timeout: the scan
/// stepped back onto the digit before a separator, for ever): digit groups
/// with a space between them are read as one number. In full-width digits
/// (3 bytes each) with an ASCII space, 6 + 1 + 5 characters are bytes
/// 0..34; the mutant stepped back into the middle of a digit and panicked.
/// In ASCII, 0..12 (only reached when the first has passed).
#[test]
fn digit_groups_with_a_space_between_are_one_number() {
    assert_eq!(within(|| found("１５０７６５ ００５６５")), [(0, 34)]);
    assert_eq!(within(|| found("150765 00565")), [(0, 12)]);
}

/// `privacy/scan.rs:195` `+` → `*` in `match_chain`: a number written
/// `DD.MM.YY IIIKK` is found after other digit groups of the same chain
/// (here three, so the date starts at the fourth group). In full-width
/// digits (3 bytes each), so that with the mutant of line 174 above this
/// test panics at once instead of filling the memory. Bytes counted by
/// hand: `Seng ` is 5, `１２ １４ １６ ` 21, the number 36; `１ ２ ３ ` is 12.
#[test]
fn a_number_with_its_date_written_out_is_found_after_other_groups() {
    let seng = "Seng １２ １４ １６ １５.０７.６５ ００５６５";
    assert_eq!(within(move || found(seng)), [(26, 62)]);
    let list = "１ ２ ３ １５.０７.６５ ００５６５";
    assert_eq!(within(move || found(list)), [(12, 48)]);
}

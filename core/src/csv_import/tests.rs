//! Tests of [`super`].

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the tests import on: after every date they expect to be good.
fn today() -> NaiveDate {
    date(2026, 12, 3)
}

fn row(line: usize, indicator: &str, d: NaiveDate, value: f64) -> Row {
    Row {
        line,
        indicator: indicator.into(),
        date: d,
        value,
    }
}

/// Parse text that must be entirely good.
fn good(text: &str) -> Vec<Row> {
    let (rows, bad) = parse(text, today());
    assert_eq!(bad, vec![], "unexpected bad rows in {text:?}");
    rows
}

#[test]
fn semicolon_with_decimal_comma() {
    let rows = good("Sykefravær;2026-11-24;6,2\nHMS-avvik;2026-11-24;3\n");
    assert_eq!(
        rows,
        vec![
            row(1, "Sykefravær", date(2026, 11, 24), 6.2),
            row(2, "HMS-avvik", date(2026, 11, 24), 3.0),
        ]
    );
}

#[test]
fn comma_with_decimal_point() {
    let rows = good("Sykefravær,2026-11-24,6.2\nHMS-avvik,2026-11-25,-1\n");
    assert_eq!(
        rows,
        vec![
            row(1, "Sykefravær", date(2026, 11, 24), 6.2),
            row(2, "HMS-avvik", date(2026, 11, 25), -1.0),
        ]
    );
}

#[test]
fn comma_with_quoted_decimal_comma() {
    let rows = good("\"Sykefravær, totalt\",2026-11-24,\"6,2\"\n");
    assert_eq!(
        rows,
        vec![row(1, "Sykefravær, totalt", date(2026, 11, 24), 6.2)]
    );
}

#[test]
fn doubled_quote_inside_quoted_field() {
    let rows = good("\"Avvik \"\"HMS\"\"\";2026-11-24;1\n");
    assert_eq!(rows[0].indicator, "Avvik \"HMS\"");
}

#[test]
fn tab_separated() {
    let rows = good("Sykefravær\t2026-11-24\t6,2\nLeveringspresisjon\t24.11.2026\t97.5\n");
    assert_eq!(
        rows,
        vec![
            row(1, "Sykefravær", date(2026, 11, 24), 6.2),
            row(2, "Leveringspresisjon", date(2026, 11, 24), 97.5),
        ]
    );
}

#[test]
fn header_skipped_english() {
    let rows = good("indicator,date,value\nSykefravær,2026-11-24,6.2\n");
    assert_eq!(rows, vec![row(2, "Sykefravær", date(2026, 11, 24), 6.2)]);
}

#[test]
fn header_skipped_norwegian() {
    let rows = good("Indikator;Dato;Verdi (%)\nSykefravær;24.11.2026;6,2\n");
    assert_eq!(rows, vec![row(2, "Sykefravær", date(2026, 11, 24), 6.2)]);
}

#[test]
fn broken_first_data_row_is_not_taken_for_a_header() {
    let (rows, bad) = parse("Sykefravær;24.11.2026;6,2x\nHMS;2026-11-24;1\n", today());
    assert_eq!(rows.len(), 1);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 1);
    assert_eq!(bad[0].error, RowError::BadValue("6,2x".into()));
}

#[test]
fn only_the_first_line_can_be_a_header() {
    let (rows, bad) = parse("indikator;dato;verdi\nindikator;dato;verdi\n", today());
    assert!(rows.is_empty());
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 2);
    assert_eq!(bad[0].error, RowError::BadDate("dato".into()));
}

#[test]
fn bom_is_ignored() {
    let rows = good("\u{feff}indikator;dato;verdi\nSykefravær;24.11.2026;6,2\n");
    assert_eq!(rows, vec![row(2, "Sykefravær", date(2026, 11, 24), 6.2)]);
    let rows = good("\u{feff}Sykefravær;24.11.2026;6,2");
    assert_eq!(rows[0].indicator, "Sykefravær");
}

#[test]
fn crlf_line_endings() {
    let (rows, bad) = parse(
        "indikator;dato;verdi\r\nA;24.11.2026;6,2\r\n\r\nB;x;1\r\nC;1.2.26;3\r\n",
        today(),
    );
    assert_eq!(
        rows,
        vec![
            row(2, "A", date(2026, 11, 24), 6.2),
            row(5, "C", date(2026, 2, 1), 3.0),
        ]
    );
    assert_eq!(
        bad,
        vec![BadRow {
            line: 4,
            error: RowError::BadDate("x".into()),
            text: "B;x;1".into(),
        }]
    );
}

#[test]
fn lone_cr_line_endings_count_as_lines() {
    let (rows, bad) = parse("A;24.11.2026;1\rB;x;2\r", today());
    assert_eq!(rows, vec![row(1, "A", date(2026, 11, 24), 1.0)]);
    assert_eq!(bad[0].line, 2);
    assert_eq!(bad[0].text, "B;x;2");
}

#[test]
fn norwegian_dates() {
    let rows = good("A;24.11.2026;1\nB;1.2.26;2\nC;01.02.2026;3\nD;2026-2-1;4\n");
    let dates: Vec<_> = rows.iter().map(|r| r.date).collect();
    assert_eq!(
        dates,
        vec![
            date(2026, 11, 24),
            date(2026, 2, 1),
            date(2026, 2, 1),
            date(2026, 2, 1)
        ]
    );
}

#[test]
fn impossible_dates_are_bad() {
    for d in [
        "31.02.2026",
        "2026-13-01",
        "24.11.226",
        "24.11.2026.1",
        "24/11.2026",
        "+2026-01-01",
        "i fjor",
    ] {
        let (rows, bad) = parse(&format!("A;{d};1\n"), today());
        assert!(rows.is_empty(), "{d}");
        assert_eq!(bad[0].error, RowError::BadDate(d.into()), "{d}");
    }
}

#[test]
fn bad_date_reported_with_its_line() {
    let (rows, bad) = parse("A;24.11.2026;1\nB;2026-11-24;2\nC;i fjor;3\n", today());
    assert_eq!(rows.len(), 2);
    assert_eq!(
        bad,
        vec![BadRow {
            line: 3,
            error: RowError::BadDate("i fjor".into()),
            text: "C;i fjor;3".into(),
        }]
    );
}

#[test]
fn bad_value_reported_with_its_line() {
    let (rows, bad) = parse("A;24.11.2026;1\nB;24.11.2026;mye\n", today());
    assert_eq!(rows.len(), 1);
    assert_eq!(
        bad,
        vec![BadRow {
            line: 2,
            error: RowError::BadValue("mye".into()),
            text: "B;24.11.2026;mye".into(),
        }]
    );
}

#[test]
fn wrong_field_count() {
    let (rows, bad) = parse(
        "A;24.11.2026\nB;24.11.2026;1;notat\nC;24.11.2026;1\n",
        today(),
    );
    assert_eq!(rows, vec![row(3, "C", date(2026, 11, 24), 1.0)]);
    assert_eq!(
        bad.iter()
            .map(|b| (b.line, b.error.clone()))
            .collect::<Vec<_>>(),
        vec![
            (1, RowError::FieldCount { found: 2 }),
            (2, RowError::FieldCount { found: 4 }),
        ]
    );
}

#[test]
fn trailing_empty_fields_and_empty_rows_from_excel() {
    let rows = good("A;24.11.2026;1;;\n;;\n  \n;;;;\nB;24.11.2026;2\n");
    assert_eq!(
        rows,
        vec![
            row(1, "A", date(2026, 11, 24), 1.0),
            row(5, "B", date(2026, 11, 24), 2.0),
        ]
    );
}

#[test]
fn empty_indicator() {
    let (rows, bad) = parse("A;24.11.2026;1\n  ;24.11.2026;2\n", today());
    assert_eq!(rows.len(), 1);
    assert_eq!(bad[0].line, 2);
    assert_eq!(bad[0].error, RowError::EmptyIndicator);
}

#[test]
fn several_bad_rows_all_reported_and_good_rows_kept() {
    let text = "indikator;dato;verdi\n\
                A;24.11.2026;1\n\
                B;31.11.2026;2\n\
                \n\
                C;24.11.2026;x\n\
                D;24.11.2026;4\n\
                ;24.11.2026;5\n\
                E;24.11.2026\n\
                F;1.12.26;6,5\n";
    let (rows, bad) = parse(text, today());
    assert_eq!(
        rows,
        vec![
            row(2, "A", date(2026, 11, 24), 1.0),
            row(6, "D", date(2026, 11, 24), 4.0),
            row(9, "F", date(2026, 12, 1), 6.5),
        ]
    );
    assert_eq!(
        bad.iter()
            .map(|b| (b.line, b.error.clone()))
            .collect::<Vec<_>>(),
        vec![
            (3, RowError::BadDate("31.11.2026".into())),
            (5, RowError::BadValue("x".into())),
            (7, RowError::EmptyIndicator),
            (8, RowError::FieldCount { found: 2 }),
        ]
    );
}

#[test]
fn unclosed_quote_is_malformed_and_later_rows_still_read() {
    let (rows, bad) = parse(
        "A,2026-11-24,1\nB,2026-11-24,\"6,2\nC,2026-11-24,3\nD,x,4\n",
        today(),
    );
    assert_eq!(
        rows,
        vec![
            row(1, "A", date(2026, 11, 24), 1.0),
            row(3, "C", date(2026, 11, 24), 3.0),
        ]
    );
    assert_eq!(bad.len(), 2);
    assert_eq!(bad[0].line, 2);
    assert!(matches!(bad[0].error, RowError::Malformed(_)));
    assert_eq!(bad[0].text, "B,2026-11-24,\"6,2");
    assert_eq!(
        (bad[1].line, bad[1].error.clone()),
        (4, RowError::BadDate("x".into()))
    );
}

#[test]
fn unclosed_quote_on_the_last_line_is_malformed() {
    let (rows, bad) = parse("A;2026-11-24;1\nB;2026-11-24;\"6,2", today());
    assert_eq!(rows.len(), 1);
    assert_eq!(bad[0].line, 2);
    assert!(matches!(bad[0].error, RowError::Malformed(_)));
}

#[test]
fn stray_quote_is_malformed() {
    let (rows, bad) = parse("A\"B;2026-11-24;1\n", today());
    assert!(rows.is_empty());
    assert_eq!(bad[0].line, 1);
    assert!(matches!(bad[0].error, RowError::Malformed(_)));
}

#[test]
fn quoted_line_break_is_malformed() {
    let (rows, bad) = parse(
        "C;2026-11-24;2\n\"A\nB\";2026-11-24;1\nD;2026-11-24;3\n",
        today(),
    );
    assert_eq!(
        rows,
        vec![
            row(1, "C", date(2026, 11, 24), 2.0),
            row(4, "D", date(2026, 11, 24), 3.0),
        ]
    );
    let lines: Vec<_> = bad.iter().map(|b| b.line).collect();
    assert_eq!(lines, vec![2, 3]);
    assert!(
        bad.iter()
            .all(|b| matches!(b.error, RowError::Malformed(_)))
    );
}

#[test]
fn empty_input() {
    for text in [
        "",
        "\u{feff}",
        "\n\n",
        "\r\n",
        "   \n\t\n",
        "indikator;dato;verdi\n",
    ] {
        assert_eq!(parse(text, today()), (vec![], vec![]), "{text:?}");
    }
}

#[test]
fn thousands_separator_and_percent() {
    let rows = good(
        "A;24.11.2026;1 234,5\nB;24.11.2026;12,5 %\nC;24.11.2026;1\u{a0}234\u{a0}567\nD;24.11.2026;97%\n",
    );
    let values: Vec<_> = rows.iter().map(|r| r.value).collect();
    assert_eq!(values, vec![1234.5, 12.5, 1_234_567.0, 97.0]);
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "\"",
        "\"\"\"",
        ";",
        "\t",
        ",\n\"\n\r\r\n\"",
        "\u{feff}\u{feff};;",
        "a;b;c\n\"\u{0}\";\u{1f600};💥",
        "\r",
        "æøå;2026-02-29;1",
        "x;99.99.99;1\ny;0.0.00;1",
    ];
    for text in inputs {
        let _ = parse(text, today());
    }
    // Every prefix of a tricky text, cut at every character boundary.
    let text = "\u{feff}indikator;dato;verdi\r\n\"A;\";1.2.26;\"1 234,5\"\r\nB;x\r\"C\n";
    for (i, _) in text.char_indices() {
        let _ = parse(&text[..i], today());
    }
}

#[test]
fn dates_are_read_as_a_measurements_the_last_such_day() {
    // Thursday 3 December 2026.
    let rows =
        good("A;i går;1\nB;man;2\nC;1.12;3\nD;24/11/2026;4\nE;uke 49;5\nF;-1u;6\nG;4.12;7\n");
    let dates: Vec<_> = rows.iter().map(|r| r.date).collect();
    assert_eq!(
        dates,
        vec![
            date(2026, 12, 2),
            date(2026, 11, 30),
            date(2026, 12, 1),
            date(2026, 11, 24),
            date(2026, 11, 30),
            date(2026, 11, 26),
            // The last 4 December that has come.
            date(2025, 12, 4),
        ]
    );
}

#[test]
fn a_date_after_today_is_a_bad_row() {
    let (rows, bad) = parse("A;i morgen;1\nB;2026-12-04;2\nC;i dag;3\n", today());
    assert_eq!(rows, vec![row(3, "C", today(), 3.0)]);
    assert_eq!(
        bad.iter().map(|b| b.error.clone()).collect::<Vec<_>>(),
        vec![
            RowError::FutureDate("i morgen".into(), date(2026, 12, 4)),
            RowError::FutureDate("2026-12-04".into(), date(2026, 12, 4)),
        ]
    );
}

#[test]
fn ambiguous_values_are_bad_rows_with_their_parts_and_unicode_minus_is_a_minus() {
    let (rows, bad) = parse(
        "A;24.11.2026;1.234\nB;24.11.2026;\u{2212}2,5\nC;24.11.2026;\"1,234\"\nD;24.11.2026;1 234\n",
        today(),
    );
    assert_eq!(
        rows,
        vec![
            row(2, "B", date(2026, 11, 24), -2.5),
            row(4, "D", date(2026, 11, 24), 1234.0),
        ]
    );
    let ambiguous = |mark: char| crate::number::Ambiguous {
        sign: "",
        whole: "1".into(),
        mark,
        three: "234".into(),
    };
    assert_eq!(
        bad.iter()
            .map(|b| (b.line, b.error.clone()))
            .collect::<Vec<_>>(),
        vec![
            (1, RowError::AmbiguousValue("1.234".into(), ambiguous('.'))),
            (3, RowError::AmbiguousValue("1,234".into(), ambiguous(','))),
        ]
    );
}

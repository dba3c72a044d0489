//! Tests of [`super`].

use super::*;

fn col(id: &str, done: Option<bool>) -> Column {
    Column {
        id: id.into(),
        title: id.into(),
        wip: None,
        done,
        extra: Extra::new(),
    }
}

#[test]
fn last_column_is_done_unless_one_says_so() {
    let mut b = Board {
        tavle: 1,
        title: "t".into(),
        kind: Kind::Drift,
        unit: None,
        meeting: None,
        columns: vec![col("a", None), col("b", None), col("c", None)],
        cards: vec![],
        goals: vec![],
        indicators: vec![],
        decisions: vec![],
        revisions: vec![],
        extra: Extra::new(),
    };
    assert_eq!(b.done_column().map(|c| c.id.as_str()), Some("c"));
    b.columns[1].done = Some(true);
    assert_eq!(b.done_column().map(|c| c.id.as_str()), Some("b"));
}

#[test]
fn whole_numbers_are_written_without_fraction() {
    let m = Measurement {
        date: NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(),
        value: 6.0,
        extra: Extra::new(),
    };
    assert_eq!(
        serde_json::to_string(&m).unwrap(),
        r#"{"date":"2026-11-16","value":6}"#
    );
}

#[test]
fn timestamps_keep_their_text() {
    let t = Timestamp::parse("2026-11-24T07:00:00Z").unwrap();
    assert_eq!(
        serde_json::to_string(&t).unwrap(),
        "\"2026-11-24T07:00:00Z\""
    );
    assert!(Timestamp::parse("2026-11-24 07:00").is_none());
}

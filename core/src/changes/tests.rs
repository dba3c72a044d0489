use super::*;
use crate::ops::Change;
use crate::runchart::{Direction, SignalKind};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn line(at: &str, change: Change) -> Logged {
    Logged {
        at: at.into(),
        by: "Kari".into(),
        change,
    }
}

fn lit(at: &str, card: &str, from: Option<Light>, to: Option<Light>) -> Logged {
    line(
        at,
        Change::Light {
            card: card.into(),
            title: format!("Kort {card}"),
            from,
            to,
        },
    )
}

fn moved(at: &str, card: &str, from: &str, to: &str) -> Logged {
    line(
        at,
        Change::Moved {
            card: card.into(),
            title: format!("Kort {card}"),
            from: from.into(),
            to: to.into(),
        },
    )
}

/// Twelve weekly values, from 31.08: the first eight around 5, the last
/// four (from 26.10) high.
fn values() -> String {
    let v = [5, 4, 6, 5, 4, 6, 5, 5, 9, 9, 9, 9, 9, 9];
    v.iter()
        .enumerate()
        .map(|(i, x)| {
            let date = d("2026-08-31") + chrono::Duration::weeks(i as i64);
            format!(r#"{{"date":"{date}","value":{x}}}"#)
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn board() -> Board {
    crate::analyze::analyze_text(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift",
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"b","title":"Pågår"}},{{"id":"c","title":"Ferdig","done":true}}],
          "cards":[{{"id":"k1","title":"Kort k1","column":"a","light":"red","owner":"Ola"}},
                   {{"id":"k2","title":"Kort k2","column":"a","light":"yellow"}},
                   {{"id":"k3","title":"Kort k3","column":"c","owner":"Kari"}},
                   {{"id":"k4","title":"Kort k4","column":"a"}},
                   {{"id":"k5","title":"Forfalt i perioden","column":"a","due":"2026-11-20","light":"green"}},
                   {{"id":"k6","title":"Forfalt før","column":"a","due":"2026-11-10"}},
                   {{"id":"k7","title":"Ferdig, frist i perioden","column":"c","due":"2026-11-19"}},
                   {{"id":"k8","title":"Ny og rød","column":"a","light":"red"}},
                   {{"id":"k9","title":"Kopi","column":"a","light":"red","escalated_from":{{"board":"enhet","card":"e1"}}}}],
          "indicators":[{{"id":"i","title":"Indikator","values":[{}]}}]}}"#,
        values()
    ))
    .0
    .unwrap()
}

fn now() -> DateTime<FixedOffset> {
    t("2026-11-24T10:00:00+01:00")
}

fn today() -> NaiveDate {
    d("2026-11-24")
}

fn log() -> Vec<Logged> {
    vec![
        // Before the period: not told.
        lit("2026-11-13T09:00:00+01:00", "k2", None, Some(Light::Red)),
        moved("2026-11-13T09:00:00+01:00", "k4", "a", "c"),
        // k1 turned red; k2 red and back to yellow (net nothing).
        lit(
            "2026-11-17T09:00:00+01:00",
            "k1",
            Some(Light::Green),
            Some(Light::Yellow),
        ),
        lit(
            "2026-11-18T09:00:00+01:00",
            "k1",
            Some(Light::Yellow),
            Some(Light::Red),
        ),
        lit(
            "2026-11-18T10:00:00+01:00",
            "k2",
            Some(Light::Red),
            Some(Light::Red),
        ),
        lit(
            "2026-11-18T10:00:00+01:00",
            "k2",
            Some(Light::Yellow),
            Some(Light::Red),
        ),
        lit(
            "2026-11-18T10:05:00+01:00",
            "k2",
            Some(Light::Red),
            Some(Light::Yellow),
        ),
        // k3 finished; k4 moved to done and back (a move undone).
        moved("2026-11-19T09:00:00+01:00", "k3", "b", "c"),
        moved("2026-11-19T09:00:00+01:00", "k4", "c", "b"),
        moved("2026-11-19T09:30:00+01:00", "k4", "b", "a"),
        moved("2026-11-20T09:00:00+01:00", "k4", "a", "c"),
        moved("2026-11-20T09:01:00+01:00", "k4", "c", "a"),
        line(
            "2026-11-20T12:00:00+01:00",
            Change::Added {
                card: "k8".into(),
                title: "Ny og rød".into(),
                column: "a".into(),
            },
        ),
        lit(
            "2026-11-21T09:00:00+01:00",
            "k9",
            Some(Light::Yellow),
            Some(Light::Red),
        ),
    ]
}

fn since_monday(owner: Option<&str>) -> Changes {
    since(&board(), &log(), d("2026-11-16"), now(), today(), owner)
}

#[test]
fn turned_red_is_net_and_from_the_period() {
    let c = since_monday(None);
    let got: Vec<(&str, Option<Option<Light>>, bool)> = c
        .turned_red
        .iter()
        .map(|x| (x.id.as_str(), x.from, x.added))
        .collect();
    assert_eq!(
        got,
        [
            ("k1", Some(Some(Light::Green)), false),
            ("k9", Some(Some(Light::Yellow)), false),
            ("k8", Some(None), true),
        ]
    );
    let copy = c.turned_red.iter().find(|x| x.id == "k9").unwrap();
    assert_eq!(copy.copy_of.as_ref().unwrap().board, "enhet");
}

#[test]
fn finished_leaves_out_a_move_undone() {
    let c = since_monday(None);
    let got: Vec<&str> = c.finished.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(got, ["k3"]);
}

#[test]
fn new_overdue_is_a_deadline_passed_in_the_period_and_still_open() {
    let c = since_monday(None);
    let got: Vec<&str> = c.new_overdue.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(got, ["k5"]);
    assert_eq!(c.new_overdue[0].light, Some(Light::Red));
}

#[test]
fn a_signal_is_new_when_the_chart_before_the_period_lacked_it() {
    // Values dated 14.09–30.11 … the high run starts 26.10; from 02.11 on
    // the run has six points: a shift above the median.
    let c = since(&board(), &[], d("2026-11-02"), now(), today(), None);
    let got: Vec<(SignalKind, Direction, NaiveDate)> = c
        .signals
        .iter()
        .map(|s| (s.signal.kind, s.signal.direction, s.signal.from))
        .collect();
    assert!(
        got.contains(&(SignalKind::Shift, Direction::Above, d("2026-10-26"))),
        "{got:?}"
    );
    // Seen from after the last value: nothing is new.
    let c = since(&board(), &[], d("2026-12-07"), now(), today(), None);
    assert!(c.signals.is_empty(), "{:?}", c.signals);
    // A value recorded in the period for an old date makes the chart new too.
    let late = [line(
        "2026-12-08T09:00:00+01:00",
        Change::Measured {
            indicator: "i".into(),
            date: d("2026-11-23"),
            value: Some(9.0),
        },
    )];
    let c = since(
        &board(),
        &late,
        d("2026-12-07"),
        t("2026-12-08T10:00:00+01:00"),
        d("2026-12-08"),
        None,
    );
    assert!(!c.signals.is_empty());
}

#[test]
fn an_owner_sees_only_their_cards_and_no_indicators() {
    let c = since_monday(Some("kari"));
    assert!(c.turned_red.is_empty());
    assert_eq!(c.finished.len(), 1);
    assert!(c.new_overdue.is_empty() && c.signals.is_empty());
    assert!(!since_monday(None).is_empty());
    assert_eq!(
        since_monday(None).len(),
        3 + 1 + 1 + since_monday(None).signals.len()
    );
}

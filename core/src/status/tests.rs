use super::*;
use crate::model::Light;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn read(text: &str) -> Board {
    crate::analyze::analyze_text(text).0.unwrap()
}

/// A board with `n` overdue measures (green by hand), a red one without a
/// deadline, `m` green ones with later deadlines, one without a light, one
/// done and overdue-looking, one archived red.
fn many(n: usize, m: usize, unit: &str) -> Board {
    let mut cards = Vec::new();
    for i in 0..n {
        cards.push(format!(
            r#"{{"id":"o{i}","title":"Forfalt {i}","column":"a","owner":"Kari","light":"green","due":"2026-11-{:02}"}}"#,
            1 + i % 20
        ));
    }
    for i in 0..m {
        cards.push(format!(
            r#"{{"id":"g{i}","title":"Grønn {i}","column":"a","owner":"Ola","light":"green","due":"2026-12-{:02}"}}"#,
            1 + i % 28
        ));
    }
    cards.push(r#"{"id":"r","title":"Rød uten frist","column":"a","light":"red"}"#.into());
    cards.push(r#"{"id":"n","title":"Uten lys","column":"a"}"#.into());
    cards.push(
        r#"{"id":"d","title":"Ferdig","column":"f","light":"red","due":"2026-10-01"}"#.into(),
    );
    cards
        .push(r#"{"id":"x","title":"Arkivert","column":"a","light":"red","archived":true}"#.into());
    read(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","unit":"{unit}",
          "columns":[{{"id":"a","title":"A"}},{{"id":"f","title":"F","done":true}}],
          "cards":[{}],
          "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-30"}},
                       {{"id":"b2","at":"2026-11-19T09:00:00+01:00","text":"Forfalt","owner":"Kari","due":"2026-11-21"}},
                       {{"id":"b3","at":"2026-11-18T09:00:00+01:00","text":"Utført","owner":"Kari","due":"2026-11-21","done":true}},
                       {{"id":"b4","at":"2026-11-18T09:00:00+01:00","text":"Uten frist","owner":"Kari"}}]}}"#,
        cards.join(",")
    ))
}

fn ids(cards: &[CardReport]) -> Vec<&str> {
    cards.iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn every_red_and_every_overdue_measure_is_named_without_a_cap() {
    let b = many(7, 8, "Sone nord");
    let r = board_report("b", &b, today(), None);
    assert_eq!(r.counts.red, 8);
    assert_eq!(r.counts.overdue, 7);
    assert_eq!(r.counts.none, 1);
    assert_eq!(r.red.len(), r.counts.red);
    assert_eq!(r.red.iter().filter(|c| c.overdue).count(), r.counts.overdue);
    // Overdue first, earliest first; the red one without a deadline last.
    assert_eq!(ids(&r.red)[..2], ["o0", "o1"]);
    assert_eq!(ids(&r.red).last(), Some(&"r"));
    assert!(r.red.iter().all(|c| c.board == "b"));
    // Every other open card with a deadline, not five of them.
    assert_eq!(r.next_deadlines.len(), 8);
    assert!(r.next_deadlines.iter().all(|c| c.light != Some(Light::Red)));
    // The done card with an old deadline and the archived red one are named nowhere.
    assert!(!ids(&r.red).contains(&"d") && !ids(&r.red).contains(&"x"));
}

#[test]
fn follow_ups_are_the_open_ones_earliest_first() {
    let b = many(1, 0, "U");
    let r = board_report("b", &b, today(), None);
    let got: Vec<(&str, bool)> = r
        .follow_ups
        .iter()
        .map(|d| (d.id.as_str(), d.overdue))
        .collect();
    assert_eq!(got, [("b2", true), ("b1", false)]);
    let kari = board_report("b", &b, today(), Some("kari"));
    assert_eq!(kari.follow_ups.len(), 1);
    assert_eq!(kari.follow_ups[0].id, "b2");
}

#[test]
fn goals_carry_the_plans_own_light() {
    let b = read(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
          "goals":[{"id":"m1","title":"Hoved"},{"id":"m2","title":"Del","parent":"m1"},
                   {"id":"m3","title":"For hånd","light":"green"}],
          "cards":[{"id":"k1","title":"K","column":"a","goal":"m2","light":"yellow"},
                   {"id":"k2","title":"K2","column":"a","goal":"m3","light":"red"}]}"#,
    );
    let r = board_report("b", &b, today(), None);
    let got: Vec<(&str, usize, Option<Light>, &str)> = r
        .goals
        .iter()
        .map(|g| (g.id.as_str(), g.depth, g.light, g.source))
        .collect();
    assert_eq!(
        got,
        [
            ("m1", 0, Some(Light::Yellow), "derived"),
            ("m2", 1, Some(Light::Yellow), "derived"),
            ("m3", 0, Some(Light::Green), "hand"),
        ]
    );
    for g in &r.goals {
        let plan = plan::goal_status(&b, b.goal(&g.id).unwrap(), today());
        assert_eq!(g.status, plan);
    }
}

#[test]
fn the_latest_value_carries_its_date() {
    let b = read(
        r#"{"tavle":1,"title":"T","kind":"drift",
          "indicators":[{"id":"i","title":"I","values":[
            {"date":"2026-11-16","value":7},{"date":"2026-11-02","value":5},{"date":"2026-11-09","value":6}]}]}"#,
    );
    let r = board_report("b", &b, today(), None);
    assert_eq!(r.indicators[0].latest, Some(7.0));
    assert_eq!(
        r.indicators[0].latest_date,
        NaiveDate::from_ymd_opt(2026, 11, 16)
    );
}

fn inputs<'a>(boards: &'a [(&'a str, Board)]) -> Vec<Input<'a>> {
    boards
        .iter()
        .map(|(id, board)| Input::Board {
            id,
            board,
            log: &[],
        })
        .collect()
}

#[test]
fn the_total_leads_and_counts_each_measure_once() {
    let unit = read(
        r#"{"tavle":1,"title":"Enhet","kind":"drift","unit":"Sone nord","columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
          "cards":[{"id":"k1","title":"Fall","column":"a","light":"red","escalated_to":{"board":"top","card":"t1"}}]}"#,
    );
    let top = read(
        r#"{"tavle":1,"title":"Topp","kind":"drift","unit":"Ledelsen","columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
          "cards":[{"id":"t1","title":"Fall","column":"a","light":"red","escalated_from":{"board":"unit","card":"k1"}},
                   {"id":"t2","title":"Eget","column":"a","light":"yellow"}]}"#,
    );
    let boards = [("unit", unit), ("top", top)];
    let mut all = inputs(&boards);
    all.push(Input::Broken {
        id: "odelagt",
        error: "odelagt.json:1:2: feil",
    });
    let r = report(&all, today(), &Asked::default(), Vec::new());
    assert_eq!(r.total.boards, 3);
    assert_eq!(r.total.unreadable, 1);
    assert_eq!((r.total.counts.red, r.total.counts.yellow), (1, 1));
    assert_eq!((r.total.copies.red, r.total.copies.yellow), (1, 0));
    let top = r.boards.iter().find(|b| b.id == "top").unwrap();
    // The board still shows its copy, marked.
    assert_eq!(top.counts.red, 1);
    assert_eq!(top.copies.red, 1);
    let copy = top.red.iter().find(|c| c.id == "t1").unwrap();
    assert!(!copy.in_total);
    let origin = copy.copy_of.as_ref().unwrap();
    assert_eq!(
        (origin.board.as_str(), origin.card.as_str()),
        ("unit", "k1")
    );
    // Only the top's unit: its copy is counted, since its origin is not in the report.
    let asked = Asked {
        unit: Some("ledelsen".into()),
        ..Asked::default()
    };
    let r = report(&all, today(), &asked, Vec::new());
    let got: Vec<&str> = r.boards.iter().map(|b| b.id.as_str()).collect();
    // The broken board stays: nobody can tell its unit.
    assert_eq!(got, ["odelagt", "top"]);
    assert_eq!((r.total.counts.red, r.total.copies), (1, Counts::default()));
    assert!(r.boards[1].red[0].in_total);
    // One board by id: the broken one goes too.
    let asked = Asked {
        board: Some("unit".into()),
        ..Asked::default()
    };
    let r = report(&all, today(), &asked, Vec::new());
    let got: Vec<&str> = r.boards.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(got, ["unit"]);
    assert_eq!(r.board.as_deref(), Some("unit"));
}

#[test]
fn a_unit_is_matched_by_its_words() {
    assert!(unit_matches(
        Some("Hjemmetjenesten sone nord"),
        Some("HJEMMETJENESTEN")
    ));
    assert!(!unit_matches(None, Some("nord")));
    assert!(unit_matches(None, None) && unit_matches(None, Some(" ")));
    assert!(!unit_matches(Some("Sone sør"), Some("nord")));
}

#[test]
fn the_json_says_which_card_is_a_copy_of_which() {
    let top = read(
        r#"{"tavle":1,"title":"Topp","kind":"drift","columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
          "cards":[{"id":"t1","title":"Fall","column":"a","light":"red","escalated_from":{"board":"unit","card":"k1"}}]}"#,
    );
    let boards = [("top", top)];
    let r = report(&inputs(&boards), today(), &Asked::default(), Vec::new());
    let v: serde_json::Value = serde_json::from_str(&json(&r)).unwrap();
    assert_eq!(v["format"], 2);
    let card = &v["boards"][0]["red"][0];
    assert_eq!(card["copy_of"]["board"], "unit");
    assert_eq!(card["copy_of"]["card"], "k1");
    assert_eq!(card["board"], "top");
    assert_eq!(card["in_total"], true);
    assert_eq!(v["total"]["counts"]["red"], 1);
    assert!(v["boards"][0]["changes"].is_null());
}

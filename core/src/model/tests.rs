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
        team_leader: None,
        measurement_lead: None,
        panels: vec![],
        meeting: None,
        columns: vec![col("a", None), col("b", None), col("c", None)],
        cards: vec![],
        goals: vec![],
        indicators: vec![],
        decisions: vec![],
        routines: vec![],
        staffing: None,
        risks: vec![],
        deviations: vec![],
        wheel: vec![],
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

/// Every field of an improvement board, in the order tavle writes them,
/// with a field tavle does not know inside each new struct.
const IMPROVEMENT: &str = r#"{
  "tavle": 1,
  "title": "Forbedringstavle Solbakken",
  "kind": "forbedring",
  "team_leader": "Anne Berg",
  "measurement_lead": "Per Hansen",
  "columns": [
    {
      "id": "ideer",
      "title": "Ideer"
    }
  ],
  "cards": [
    {
      "id": "k1",
      "title": "Sittevakt om natta",
      "column": "ideer",
      "source": "pårørende",
      "received": "2026-11-02",
      "effect": 3,
      "effort": 1,
      "indicator": "fall",
      "pdsa": [
        {
          "plan": "Sittevakt tre netter",
          "prediction": "Færre fall",
          "started": "2026-11-09",
          "measured": "Fall per natt",
          "result": "Ingen fall",
          "decision": "adapt",
          "ended": "2026-11-16",
          "x-cycle": 1
        },
        {
          "plan": "Sittevakt hver natt",
          "x-cycle": 2
        }
      ],
      "evaluation": {
        "problem": "Fall om natta",
        "decided": "Teste sittevakt",
        "done": "Tre netter",
        "told": "Avdelingsmøtet",
        "effect": "Ingen fall",
        "remains": "Bemanning",
        "share": "Fagdag",
        "x-evaluation": true
      },
      "benefit": {
        "kind": "better-quality",
        "who": "Enhetsleder",
        "by": "2027-06-01",
        "how": "Fall per 1000 liggedøgn",
        "x-benefit": "ja"
      },
      "a3": {
        "current": "Fire fall i oktober",
        "root_cause": "Uro om natta",
        "whys": [
          "De står opp alene",
          "Ingen ser dem"
        ],
        "goal": "Null fall",
        "x-a3": [
          1
        ]
      }
    }
  ],
  "indicators": [
    {
      "id": "fall",
      "title": "Fall",
      "values": []
    }
  ],
  "routines": [
    {
      "id": "r1",
      "title": "Sittevakt",
      "purpose": "Færre fall",
      "content": "Sittevakt ved uro",
      "arenas": "Morgenmøtet",
      "follow_up": "Ledergruppa hver måned",
      "revision": "2027-11-24",
      "card": "k1",
      "created": "2026-11-24T09:00:00+01:00",
      "x-routine": {
        "by": "Kari"
      }
    }
  ],
  "x-board": 2
}
"#;

#[test]
fn an_improvement_board_round_trips_with_every_field_and_unknown_ones() {
    let (board, problems) = crate::analyze::analyze_text(IMPROVEMENT);
    assert!(problems.is_empty(), "{problems:?}");
    let board = board.unwrap();
    let card = &board.cards[0];
    // Each value landed in its own field, not in `extra`.
    assert_eq!(board.team_leader.as_deref(), Some("Anne Berg"));
    assert_eq!(board.measurement_lead.as_deref(), Some("Per Hansen"));
    assert_eq!(card.received, NaiveDate::from_ymd_opt(2026, 11, 2));
    assert_eq!(card.indicator.as_deref(), Some("fall"));
    assert_eq!(card.pdsa.len(), 2);
    assert_eq!(card.pdsa[0].decision, Some(CycleDecision::Adapt));
    assert_eq!(
        card.pdsa[1].extra.get("x-cycle"),
        Some(&serde_json::json!(2))
    );
    let e = card.evaluation.as_ref().unwrap();
    assert_eq!(e.share.as_deref(), Some("Fagdag"));
    assert_eq!(e.extra.len(), 1);
    let b = card.benefit.as_ref().unwrap();
    assert_eq!(b.kind, Some(BenefitKind::BetterQuality));
    assert_eq!(b.by, NaiveDate::from_ymd_opt(2027, 6, 1));
    let a3 = card.a3.as_ref().unwrap();
    assert_eq!(a3.whys, ["De står opp alene", "Ingen ser dem"]);
    assert_eq!(a3.root_cause.as_deref(), Some("Uro om natta"));
    let r = &board.routines[0];
    assert_eq!(r.revision, NaiveDate::from_ymd_opt(2027, 11, 24).unwrap());
    assert_eq!(r.follow_up.as_deref(), Some("Ledergruppa hver måned"));
    assert_eq!(r.extra.len(), 1);
    assert!(card.extra.is_empty());
    // And it is written back byte for byte.
    let saved = crate::analyze::to_text(&board, crate::analyze::TextStyle::default());
    assert_eq!(saved, IMPROVEMENT);
}

#[test]
fn the_new_enums_are_written_as_the_format_says() {
    let words: Vec<String> = [
        CycleDecision::Adopt,
        CycleDecision::Adapt,
        CycleDecision::Abandon,
    ]
    .iter()
    .map(|d| serde_json::to_string(d).unwrap())
    .chain(
        [
            BenefitKind::AvoidedCost,
            BenefitKind::TimeSaved,
            BenefitKind::BetterQuality,
        ]
        .iter()
        .map(|k| serde_json::to_string(k).unwrap()),
    )
    .collect();
    assert_eq!(
        words,
        [
            "\"adopt\"",
            "\"adapt\"",
            "\"abandon\"",
            "\"avoided-cost\"",
            "\"time-saved\"",
            "\"better-quality\""
        ]
    );
    // `as_str` and `parse` agree with what is written.
    for d in [
        CycleDecision::Adopt,
        CycleDecision::Adapt,
        CycleDecision::Abandon,
    ] {
        assert_eq!(CycleDecision::parse(d.as_str()), Some(d));
    }
    for k in [
        BenefitKind::AvoidedCost,
        BenefitKind::TimeSaved,
        BenefitKind::BetterQuality,
    ] {
        assert_eq!(BenefitKind::parse(k.as_str()), Some(k));
    }
    assert_eq!(Role::TeamLeader.name(), "team_leader");
    assert_eq!(Role::MeasurementLead.name(), "measurement_lead");
}

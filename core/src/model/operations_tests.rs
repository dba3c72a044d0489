//! An operations board with every new field and unknown ones at every level
//! is read into its fields and written back byte for byte.

use chrono::NaiveDate;

use super::*;

const OPERATIONS: &str = r#"{
  "tavle": 1,
  "title": "Hjemmetjenesten sone nord",
  "kind": "drift",
  "columns": [
    {
      "id": "a",
      "title": "Tiltak"
    }
  ],
  "cards": [
    {
      "id": "k1",
      "title": "Sklisikre matter",
      "column": "a",
      "risk": "ri1"
    },
    {
      "id": "k2",
      "title": "Fall: Falt på badet",
      "column": "a",
      "deviation": "av1"
    }
  ],
  "staffing": {
    "shifts": [
      "dag",
      "kveld",
      "natt",
      "helg"
    ],
    "days": [
      {
        "date": "2026-12-04",
        "shift": "dag",
        "planned": 5,
        "present": 4,
        "who": [
          "Kari",
          "Ola"
        ],
        "x-entry": true
      },
      {
        "date": "2026-12-04",
        "shift": "kveld",
        "planned": 3
      }
    ],
    "x-staffing": "ja"
  },
  "risks": [
    {
      "id": "ri1",
      "title": "Fall på glatt bad",
      "likelihood": 4,
      "consequence": 3,
      "owner": "Kari",
      "card": "k1",
      "created": "2026-11-24T09:00:00+01:00",
      "x-risk": [
        1
      ]
    }
  ],
  "deviations": [
    {
      "id": "av1",
      "date": "2026-12-01",
      "category": "fall",
      "text": "Falt på badet",
      "card": "k2",
      "created": "2026-12-01T14:00:00+01:00",
      "x-deviation": {
        "meldt": true
      }
    }
  ],
  "wheel": [
    {
      "id": "e1",
      "week": 37,
      "title": "Samling 1"
    },
    {
      "id": "e2",
      "week": 9,
      "title": "Dokumentere og rapportere på tilskudd",
      "role": "leader",
      "note": "Frist i søknaden",
      "made": [
        {
          "year": 2026,
          "card": "k9",
          "x-made": 1
        }
      ],
      "x-event": "ja"
    }
  ],
  "x-board": 2
}
"#;

#[test]
fn an_operations_board_round_trips_with_every_field_and_unknown_ones() {
    let (board, problems) = crate::analyze::analyze_text(OPERATIONS);
    let board = board.unwrap();
    let s = board.staffing.as_ref().unwrap();
    // Each value landed in its own field, not in `extra`.
    assert_eq!(s.shift_names(), ["dag", "kveld", "natt", "helg"]);
    assert_eq!(s.days[0].present, Some(4));
    assert_eq!(s.days[0].who, ["Kari", "Ola"]);
    assert_eq!(s.days[0].extra.len(), 1);
    assert_eq!(s.days[1].present, None);
    assert_eq!(s.extra.len(), 1);
    let r = &board.risks[0];
    assert_eq!((r.likelihood, r.consequence), (4, 3));
    assert_eq!(r.card.as_deref(), Some("k1"));
    assert_eq!(r.extra.len(), 1);
    let d = &board.deviations[0];
    assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
    assert_eq!(d.category, "fall");
    assert_eq!(d.extra.len(), 1);
    let e = &board.wheel[1];
    assert_eq!(e.week, 9);
    assert_eq!(e.role, Some(WheelRole::Leader));
    assert_eq!(e.made[0].year, 2026);
    assert_eq!(e.made[0].extra.len(), 1);
    assert_eq!(e.extra.len(), 1);
    assert_eq!(board.cards[0].risk.as_deref(), Some("ri1"));
    assert_eq!(board.cards[1].deviation.as_deref(), Some("av1"));
    assert!(board.cards.iter().all(|c| c.extra.is_empty()));
    // The made card k9 is gone from the board: history, not a problem.
    assert!(problems.is_empty(), "{problems:?}");
    // And it is written back byte for byte.
    let saved = crate::analyze::to_text(&board, crate::analyze::TextStyle::default());
    assert_eq!(saved, OPERATIONS);
}

#[test]
fn the_wheel_roles_are_written_as_the_format_says() {
    for (r, word) in [
        (WheelRole::Leader, "leader"),
        (WheelRole::TeamLeader, "team_leader"),
        (WheelRole::MeasurementLead, "measurement_lead"),
    ] {
        assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{word}\""));
        assert_eq!(r.as_str(), word);
        assert_eq!(WheelRole::parse(word), Some(r));
    }
    assert_eq!(WheelRole::Leader.team_role(), None);
    assert_eq!(WheelRole::TeamLeader.team_role(), Some(Role::TeamLeader));
    assert_eq!(
        WheelRole::MeasurementLead.team_role(),
        Some(Role::MeasurementLead)
    );
}

#[test]
fn bad_values_are_read_and_warned_about_and_bad_types_are_errors() {
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "columns":[{"id":"a","title":"A"}],
      "cards":[{"id":"k1","title":"K","column":"a","risk":"ri9","deviation":"av9"}],
      "staffing":{"days":[{"date":"2026-12-04","shift":"dag","planned":5},
                          {"date":"2026-12-04","shift":"helg","planned":1},
                          {"date":"2026-12-04","shift":"dag","planned":4}]},
      "risks":[{"id":"ri1","title":"R","likelihood":6,"consequence":0,"card":"k7"},
               {"id":"ri1","title":"R2","likelihood":1,"consequence":1}],
      "deviations":[{"id":"av1","date":"2026-12-01","category":"fall","text":"t","card":"k8"}],
      "wheel":[{"id":"e1","week":54,"title":"W"}]}"#;
    let (board, problems) = crate::analyze::analyze_text(text);
    assert!(board.is_some(), "warnings only, but for the duplicate id");
    use crate::diag::{DiagKind as D, IdKind, Severity};
    let found: Vec<(Severity, D)> = problems
        .iter()
        .map(|p| (p.severity, p.kind.clone()))
        .collect();
    let range = |v: &str, max| D::OutOfRange {
        value: v.into(),
        min: 1,
        max,
    };
    let want = [
        (
            Severity::Error,
            D::DuplicateId {
                kind: IdKind::Risk,
                id: "ri1".into(),
            },
        ),
        (Severity::Warning, range("6", 5)),
        (Severity::Warning, range("0", 5)),
        (Severity::Warning, D::UnknownCard { id: "k7".into() }),
        (Severity::Warning, D::UnknownCard { id: "k8".into() }),
        (Severity::Warning, range("54", 53)),
        (
            Severity::Warning,
            D::UnknownLink {
                kind: IdKind::Risk,
                id: "ri9".into(),
            },
        ),
        (
            Severity::Warning,
            D::UnknownLink {
                kind: IdKind::Deviation,
                id: "av9".into(),
            },
        ),
        (
            Severity::Warning,
            D::UnknownShift {
                shift: "helg".into(),
            },
        ),
        (
            Severity::Warning,
            D::DuplicateId {
                kind: IdKind::Staffing,
                id: "2026-12-04/dag".into(),
            },
        ),
    ];
    for w in &want {
        assert!(found.contains(w), "missing {w:?} in {found:?}");
    }
    assert_eq!(found.len(), want.len(), "{found:?}");
    // A likelihood that is no number at all is an error: the board is not read.
    let text = r#"{"tavle":1,"title":"T","kind":"drift",
      "risks":[{"id":"ri1","title":"R","likelihood":"høy","consequence":1}]}"#;
    let (board, problems) = crate::analyze::analyze_text(text);
    assert!(board.is_none());
    assert!(
        problems
            .iter()
            .any(|p| matches!(p.kind, D::WrongType { .. }))
    );
}

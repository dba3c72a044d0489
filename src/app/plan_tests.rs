//! Space on the action plan cycles the light of a goal and of a measure.
//! (Goals m1–m3 of the sample have no light; measure f5 is green.)

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;

use super::*;
use crate::app::Entry;
use crate::app::request::Request;
use crate::i18n::Lang;
use tavle_core::model::Light;

/// The sample improvement board, open.
fn shared() -> Shared {
    let a = crate::folder::store::analyze_bytes(
        include_bytes!("../../boards/sykehjem-forbedring.json").to_vec(),
    );
    let e = Entry::from_analysis(PathBuf::from("/mappe/sykehjem-forbedring.json"), a);
    Shared::new(
        Lang::En,
        PathBuf::from("/mappe"),
        vec![e],
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        Instant::now(),
    )
}

/// The ops Space on the row `row` asks to save.
fn space_on(s: &Shared, row: &str) -> Vec<Op> {
    let mut screen = PlanScreen {
        row: Some(row.to_string()),
    };
    let rq = screen.update(Cmd::CycleLight, s);
    match rq.0.as_slice() {
        [Request::Apply { ops, .. }] => ops.clone(),
        other => panic!("one save asked for, not {other:?}"),
    }
}

#[test]
fn space_on_a_goal_without_a_light_sets_it_green() {
    let s = shared();
    assert_eq!(
        space_on(&s, "m1"),
        [Op::Goal(GoalOp::Set {
            id: "m1".to_string(),
            patch: GoalPatch {
                light: Some(Some(Light::Green)),
                ..GoalPatch::default()
            },
        })]
    );
}

#[test]
fn space_on_a_green_measure_turns_it_yellow() {
    let s = shared();
    assert_eq!(
        space_on(&s, "f5"),
        [Op::Card(CardOp::Set {
            id: "f5".to_string(),
            patch: CardPatch {
                light: Some(Some(Light::Yellow)),
                ..CardPatch::default()
            },
        })]
    );
}

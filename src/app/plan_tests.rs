//! Space on the action plan cycles the light of a goal and of a measure.
//! (Goals m1–m3 of the sample have no light; measure f5 is green.)

use super::*;
use crate::app::test_util::{one_save, sample_shared};
use tavle_core::model::Light;

/// The ops Space on the row `row` asks to save.
fn space_on(s: &Shared, row: &str) -> Vec<Op> {
    let mut screen = PlanScreen {
        row: Some(row.to_string()),
    };
    let rq = screen.update(Cmd::CycleLight, s);
    one_save(&rq).0
}

#[test]
fn space_on_a_goal_without_a_light_sets_it_green() {
    let s = sample_shared();
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
    let s = sample_shared();
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

//! A new cycle typed in the form is started whole: every field typed is in
//! the op, none dropped on the way from the form to the cycle.

use std::path::PathBuf;
use std::time::Instant;

use super::*;
use crate::app::test_util::{sample_board, type_in};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// No board is needed for the ops of a cycle: the language and today.
fn shared() -> Shared {
    Shared::new(
        Lang::En,
        PathBuf::from("/mappe"),
        Vec::new(),
        day(2026, 11, 24),
        Instant::now(),
    )
}

/// A card of the sample improvement board.
fn card(id: &str) -> Card {
    sample_board().card(id).unwrap().clone()
}

#[test]
fn a_new_cycle_starts_with_every_field_typed() {
    let s = shared();
    let card = card("f5");
    let mut ed = cycle(Lang::En, &card, None);
    type_in(
        &mut ed,
        Field::Pdsa(L::Plan),
        "Telefontid 10–11 på avdeling A",
    );
    type_in(
        &mut ed,
        Field::Pdsa(L::Prediction),
        "Færre avbrudd i medisinrunden",
    );
    type_in(&mut ed, Field::Pdsa(L::Started), "02.11.2026");
    type_in(&mut ed, Field::Pdsa(L::Measured), "Avbrudd per vakt");
    type_in(&mut ed, Field::Pdsa(L::Result), "Fra 9 til 4");
    type_in(&mut ed, Field::Pdsa(L::Decision), "adopt");
    type_in(&mut ed, Field::Pdsa(L::Ended), "20.11.2026");
    let ops = cycle_ops(&ed, &s, &card, None).expect("the cycle is valid");
    assert_eq!(
        ops,
        vec![Op::Pdsa(PdsaOp::Start {
            card: "f5".to_string(),
            cycle: Box::new(Cycle {
                plan: Some("Telefontid 10–11 på avdeling A".to_string()),
                prediction: Some("Færre avbrudd i medisinrunden".to_string()),
                started: Some(day(2026, 11, 2)),
                measured: Some("Avbrudd per vakt".to_string()),
                result: Some("Fra 9 til 4".to_string()),
                decision: Some(CycleDecision::Adopt),
                ended: Some(day(2026, 11, 20)),
                ..Cycle::default()
            }),
        })]
    );
}

//! Picking the indicator a card follows saves it; "no indicator" clears it.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::KeyModifiers;

use super::*;
use crate::app::Entry;
use crate::app::request::Request;
use crate::i18n::Lang;

/// The sample improvement board (one indicator, `ernaering`, followed by
/// f11), open, today 24 November 2026.
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

/// The ops Enter on row `at` of the picker for `card` asks to save.
fn picked(s: &Shared, card: &str, at: usize) -> Vec<Op> {
    let mut pick = IndicatorPick {
        card: card.to_string(),
        at,
    };
    let mut rq = Requests::new();
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(pick.key(&enter, s, &mut rq), Flow::Close);
    match rq.0.as_slice() {
        [Request::Apply { ops, .. }] => ops.clone(),
        other => panic!("one save asked for, not {other:?}"),
    }
}

fn indicator(card: &str, to: Option<&str>) -> Op {
    Op::Card(CardOp::Set {
        id: card.to_string(),
        patch: CardPatch {
            indicator: Some(to.map(str::to_string)),
            ..CardPatch::default()
        },
    })
}

#[test]
fn the_indicator_picked_is_saved_on_the_card() {
    let s = shared();
    // f7 follows none: row 1 is the board's first indicator.
    assert_eq!(picked(&s, "f7", 1), [indicator("f7", Some("ernaering"))]);
    // f11 follows `ernaering`: row 0 is no indicator.
    assert_eq!(picked(&s, "f11", 0), [indicator("f11", None)]);
}

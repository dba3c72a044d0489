//! Picking the indicator a card follows saves it; "no indicator" clears it.

use crossterm::event::KeyModifiers;

use super::*;
use crate::app::test_util::{one_save, sample_shared};

/// The ops Enter on row `at` of the picker for `card` asks to save.
fn picked(s: &Shared, card: &str, at: usize) -> Vec<Op> {
    let mut pick = IndicatorPick {
        card: card.to_string(),
        at,
    };
    let mut rq = Requests::new();
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(pick.key(&enter, s, &mut rq), Flow::Close);
    one_save(&rq).0
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
    // The sample board has one indicator, `ernaering`, followed by f11.
    let s = sample_shared();
    // f7 follows none: row 1 is the board's first indicator.
    assert_eq!(picked(&s, "f7", 1), [indicator("f7", Some("ernaering"))]);
    // f11 follows `ernaering`: row 0 is no indicator.
    assert_eq!(picked(&s, "f11", 0), [indicator("f11", None)]);
}

//! The op of a light key: the card's light, set or cleared.

use super::*;

#[test]
fn a_light_key_sets_the_light_and_none_clears_it() {
    for light in [Some(Light::Red), None] {
        assert_eq!(
            light_op("k3", light),
            Op::Card(CardOp::Set {
                id: "k3".to_string(),
                patch: CardPatch {
                    light: Some(light),
                    ..CardPatch::default()
                },
            })
        );
    }
    // A light set is not an empty patch (which would save nothing).
    let Op::Card(CardOp::Set { patch, .. }) = light_op("k3", Some(Light::Green)) else {
        panic!("a card op");
    };
    assert!(!patch.is_empty());
}

//! The op of a light key: the card's light, set or cleared.

use super::*;
use crate::app::test_util::sample_board;

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

#[test]
fn archive_archives_a_card_and_restores_an_archived_one() {
    let board = sample_board();
    let mut card = board.card("f1").unwrap().clone();
    let archive = |archived: bool| {
        Some(Op::Card(CardOp::Set {
            id: "f1".to_string(),
            patch: CardPatch {
                archived: Some(archived),
                ..CardPatch::default()
            },
        }))
    };
    assert_eq!(command_op(Cmd::Archive, &board, &card), archive(true));
    card.archived = true;
    assert_eq!(command_op(Cmd::Archive, &board, &card), archive(false));
}

//! Saving the card form: every field changed is in the op that is saved.

use super::*;
use crate::app::test_util::{one_save, sample_shared, type_in};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The ops the form asks to save on Ctrl+S.
fn saved(ed: &mut Editor, s: &Shared) -> Vec<Op> {
    let mut rq = Requests::new();
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(ed.key(&ctrl_s, s, &mut rq), Flow::Close, "{:?}", ed.error);
    one_save(&rq).0
}

/// The card form on the card `id` of the board open in `s`.
fn form_on(s: &Shared, id: &str) -> Editor {
    let card = s.board().unwrap().card(id).unwrap().clone();
    Editor::card(&card)
}

/// The one op that sets the card `id` to `patch`.
fn set_card(id: &str, patch: CardPatch) -> Vec<Op> {
    vec![Op::Card(CardOp::Set {
        id: id.to_string(),
        patch,
    })]
}

#[test]
fn every_field_changed_on_a_card_is_in_the_op() {
    let s = sample_shared();
    // f1: no owner, no deadline; a note, a tag, a source, effect 3, effort 2.
    let mut ed = form_on(&s, "f1");
    type_in(
        &mut ed,
        Field::Title,
        "Bebuarane vel sjølve når dei står opp",
    );
    type_in(&mut ed, Field::Owner, "Liv");
    type_in(&mut ed, Field::Due, "15.12.2026");
    type_in(&mut ed, Field::Note, "Prøv på avdeling A først.");
    type_in(&mut ed, Field::Tags, "demens, morgon");
    type_in(&mut ed, Field::Source, "tilsett");
    type_in(&mut ed, Field::Effect, "1");
    type_in(&mut ed, Field::Effort, "3");
    assert_eq!(
        saved(&mut ed, &s),
        set_card(
            "f1",
            CardPatch {
                title: Some("Bebuarane vel sjølve når dei står opp".to_string()),
                owner: Some(Some("Liv".to_string())),
                due: Some(Some(day(2026, 12, 15))),
                note: Some(Some("Prøv på avdeling A først.".to_string())),
                tags: Some(vec!["demens".to_string(), "morgon".to_string()]),
                source: Some(Some("tilsett".to_string())),
                effect: Some(Some(1)),
                effort: Some(Some(3)),
                ..CardPatch::default()
            },
        )
    );
}

#[test]
fn a_title_changed_alone_is_the_whole_patch() {
    let s = sample_shared();
    let mut ed = form_on(&s, "f3");
    type_in(&mut ed, Field::Title, "Stille stove om kvelden");
    assert_eq!(
        saved(&mut ed, &s),
        set_card(
            "f3",
            CardPatch {
                title: Some("Stille stove om kvelden".to_string()),
                ..CardPatch::default()
            },
        )
    );
}

//! What the source field's text means, and which key picks which source.

use super::*;
use crate::app::test_util::{one_save, sample_shared, type_in};

#[test]
fn a_choice_digit_or_word_in_any_language_is_the_known_sources_bokmal_key() {
    for (typed, want) in [
        ("1", "ansatt"),
        ("2", "bruker"),
        ("3", "pårørende"),
        ("4", "annet"),
        ("tilsett", "ansatt"),
        ("Brukar", "bruker"),
        ("relative", "pårørende"),
        ("staff", "ansatt"),
        ("anna", "annet"),
    ] {
        assert_eq!(source(typed).as_deref(), Some(want), "{typed}");
    }
}

#[test]
fn another_source_is_what_is_written_after_its_word() {
    assert_eq!(source("annet: frivillig").as_deref(), Some("frivillig"));
    assert_eq!(source("Other:  volunteer ").as_deref(), Some("volunteer"));
    assert_eq!(source("annet:").as_deref(), Some("annet"));
    assert_eq!(source("leverandør").as_deref(), Some("leverandør"));
    assert_eq!(source("   "), None);
}

#[test]
fn a_key_picks_a_source_by_digit_or_first_letter_never_two_by_one_letter() {
    assert_eq!(choice(Lang::Nb, '1'), Some(1));
    assert_eq!(choice(Lang::Nb, '4'), Some(4));
    assert_eq!(choice(Lang::Nb, '5'), None);
    assert_eq!(choice(Lang::Nb, 'b'), Some(2));
    assert_eq!(choice(Lang::Nb, 'P'), Some(3));
    // `annet` starts like `ansatt`: `a` is staff, and other is 4 only.
    assert_eq!(choice(Lang::Nb, 'a'), Some(1));
    assert_eq!(choice(Lang::Nn, 't'), Some(1));
    assert_eq!(choice(Lang::Nn, 'a'), Some(4));
    assert_eq!(choice(Lang::En, 's'), Some(1));
    assert_eq!(choice(Lang::En, 'r'), Some(3));
    assert_eq!(choice(Lang::En, 'o'), Some(4));
    assert_eq!(choice(Lang::En, 'q'), None);
}

#[test]
fn an_idea_taken_in_is_a_new_card_with_its_title_column_source_and_day() {
    // The sample board (its Ideas column `ideer`), today 24 November 2026.
    let s = sample_shared();
    let mut ed = form("ideer".to_string(), s.today());
    type_in(&mut ed, Field::Source, "2");
    type_in(&mut ed, Field::Received, "20.11.2026");
    type_in(&mut ed, Field::Title, "Kaffi i stova om ettermiddagen");
    let mut rq = Requests::new();
    assert_eq!(save(&mut ed, &s, &mut rq), Flow::Close, "{:?}", ed.error);
    let (ops, _) = one_save(&rq);
    assert_eq!(
        ops,
        vec![Op::Card(CardOp::Add(NewCard {
            title: "Kaffi i stova om ettermiddagen".to_string(),
            column: "ideer".to_string(),
            owner: None,
            due: None,
            light: None,
            source: Some("bruker".to_string()),
            received: NaiveDate::from_ymd_opt(2026, 11, 20),
        }))]
    );
}

//! Sending a card up, through the real folder layer in a temp folder.

use super::*;
use tavle_core::model::Timestamp;

fn board(title: &str, cards: &str) -> String {
    format!(
        r#"{{"tavle":1,"title":"{title}","kind":"drift",
          "columns":[{{"id":"a","title":"I dag"}}],"cards":[{cards}]}}"#
    )
}

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-12-03T09:00:00+01:00").unwrap(),
        by: "Kari".into(),
    }
}

/// The card sent up is copied to the board above with a link back, and
/// the original, on disk, links to the copy: board id and card id.
#[test]
fn a_card_sent_up_is_linked_both_ways_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let from = dir.path().join("avdeling.json");
    let to = dir.path().join("ledelse.json");
    std::fs::write(
        &from,
        board(
            "Avdeling",
            r#"{"id":"c1","title":"Mangler vikar","column":"a"}"#,
        ),
    )
    .unwrap();
    std::fs::write(&to, board("Ledelse", "")).unwrap();

    let done = escalate(&from, "c1", &to, &stamp()).unwrap();
    assert_eq!(done.board, "ledelse");

    let on_disk = |p: &Path| store::analyze(p).board.unwrap();
    let above = on_disk(&to);
    assert_eq!(above.cards.len(), 1);
    let copy = &above.cards[0];
    assert_eq!(copy.id, done.card);
    assert_eq!(copy.title, "Mangler vikar");
    let back = copy.escalated_from.as_ref().unwrap();
    assert_eq!(
        (back.board.as_str(), back.card.as_str()),
        ("avdeling", "c1")
    );

    let original = on_disk(&from);
    let link = original.card("c1").unwrap().escalated_to.as_ref().unwrap();
    assert_eq!(link.board, "ledelse");
    assert_eq!(link.card, copy.id);

    // Sent once: a second time is refused, naming the board above.
    assert!(matches!(
        escalate(&from, "c1", &to, &stamp()),
        Err(Msg::AlreadyEscalated(b)) if b == "ledelse"
    ));
}

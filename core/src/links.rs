//! Escalation links between boards (tiered huddles): a card sent up to
//! another board keeps a link to its copy there (`escalated_to`), and the
//! copy a link back to its origin (`escalated_from`). A card in the middle
//! tier has both. Here: the links of a card in the order the chain reads
//! (where it came from, then where it went), which link a jump follows,
//! and what the copy's state says to the origin — finished or archived on
//! the board above — read from the board as it is, with nothing written to
//! the origin's file.
//!
//! Pure: boards and cards in, links and states out.

use crate::model::{Board, Card, CardRef};

/// Which way a link points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Way {
    /// Down the chain: the card this one is a copy of (`escalated_from`, `⇩`).
    Origin,
    /// Up the chain: the copy this card was sent up as (`escalated_to`, `⇪`).
    Escalation,
}

/// The links of `card`: its origin first, then its escalation (a card in
/// the middle tier has both).
pub fn of(card: &Card) -> Vec<(Way, &CardRef)> {
    let from = card.escalated_from.as_ref().map(|r| (Way::Origin, r));
    let to = card.escalated_to.as_ref().map(|r| (Way::Escalation, r));
    from.into_iter().chain(to).collect()
}

/// The link a jump follows from `card`: the one `way` names when the card
/// has it, else its only link (so one key works on every linked card).
pub fn follow(card: &Card, way: Way) -> Option<(Way, &CardRef)> {
    let links = of(card);
    links
        .iter()
        .find(|(w, _)| *w == way)
        .or_else(|| links.first())
        .copied()
}

/// What a linked card's state says to the card at the other end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Still being worked on.
    Open,
    /// In the board's finished column (archived or not).
    Finished,
    /// Archived without being finished.
    Archived,
}

/// The state of `card` on `board`: finished wins over archived, since a
/// copy finished and then cleared away was finished all the same.
pub fn state(board: &Board, card: &Card) -> State {
    if board.is_done(card) {
        State::Finished
    } else if card.archived {
        State::Archived
    } else {
        State::Open
    }
}

/// The card a link points at, when its board is among `boards` (`(id,
/// board)`) and the card is still on it.
pub fn target<'b>(link: &CardRef, boards: &[(&str, &'b Board)]) -> Option<(&'b Board, &'b Card)> {
    let (_, board) = boards.iter().find(|(id, _)| *id == link.board)?;
    Some((*board, board.card(&link.card)?))
}

/// One escalated copy as its origin sees it: the origin card (board id,
/// card id), the copy it points at, and the copy's state now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    pub origin: (String, String),
    pub copy: (String, String),
    /// The copy's title, for a notice.
    pub title: String,
    pub state: State,
}

/// Every copy sent up from a card of `boards` whose board is among them
/// too, in board and card order: what the origins can say about them.
pub fn copies(boards: &[(&str, &Board)]) -> Vec<Copy> {
    copies_from(boards, 0..boards.len())
}

/// [`copies`] sent up from the boards at the indices `from` (ascending) of
/// `boards`: the same list when `from` holds every board that has a card
/// sent up, without reading the cards of the others.
pub fn copies_from(boards: &[(&str, &Board)], from: impl IntoIterator<Item = usize>) -> Vec<Copy> {
    let mut out = Vec::new();
    for (id, board) in from.into_iter().filter_map(|i| boards.get(i)) {
        for card in &board.cards {
            let Some(link) = &card.escalated_to else {
                continue;
            };
            if let Some((up, copy)) = target(link, boards) {
                out.push(Copy {
                    origin: (id.to_string(), card.id.clone()),
                    copy: (link.board.clone(), link.card.clone()),
                    title: copy.title.clone(),
                    state: state(up, copy),
                });
            }
        }
    }
    out
}

/// The copies of `after` that were open in `before` and are finished or
/// archived now: what happened on the board above since. A copy not seen
/// before (its board just read) is not news.
pub fn closed<'a>(before: &[Copy], after: &'a [Copy]) -> Vec<&'a Copy> {
    after
        .iter()
        .filter(|a| a.state != State::Open)
        .filter(|a| {
            before
                .iter()
                .any(|b| b.origin == a.origin && b.copy == a.copy && b.state == State::Open)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(json: &str) -> Board {
        crate::analyze::analyze_text(json).0.unwrap()
    }

    fn chain() -> (Board, Board, Board) {
        let team = board(
            r#"{"tavle":1,"title":"Team","kind":"drift",
              "columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
              "cards":[{"id":"k1","title":"Fall","column":"a",
                        "escalated_to":{"board":"unit","card":"k7"}}]}"#,
        );
        let unit = board(
            r#"{"tavle":1,"title":"Unit","kind":"drift",
              "columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
              "cards":[{"id":"k7","title":"Fall (team)","column":"a",
                        "escalated_from":{"board":"team","card":"k1"},
                        "escalated_to":{"board":"top","card":"k2"}}]}"#,
        );
        let top = board(
            r#"{"tavle":1,"title":"Top","kind":"drift",
              "columns":[{"id":"a","title":"A"},{"id":"z","title":"Z"}],
              "cards":[{"id":"k2","title":"Fall (unit)","column":"a",
                        "escalated_from":{"board":"unit","card":"k7"}}]}"#,
        );
        (team, unit, top)
    }

    #[test]
    fn a_middle_card_has_both_links_origin_first_and_a_jump_prefers_the_way_asked() {
        let (team, unit, top) = chain();
        let mid = unit.card("k7").unwrap();
        let ways: Vec<(Way, &str)> = of(mid)
            .iter()
            .map(|(w, r)| (*w, r.board.as_str()))
            .collect();
        assert_eq!(ways, [(Way::Origin, "team"), (Way::Escalation, "top")]);
        assert_eq!(follow(mid, Way::Escalation).unwrap().1.board, "top");
        assert_eq!(follow(mid, Way::Origin).unwrap().1.board, "team");
        // One link: either way follows it.
        let low = team.card("k1").unwrap();
        assert_eq!(follow(low, Way::Origin).unwrap().1.board, "unit");
        let high = top.card("k2").unwrap();
        assert_eq!(follow(high, Way::Escalation).unwrap().1.board, "unit");
        assert_eq!(
            follow(&board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[{"id":"x","title":"X","column":"a"}]}"#).cards[0], Way::Escalation),
            None
        );
    }

    #[test]
    fn the_copy_state_is_read_from_the_board_above_and_closing_is_news_once() {
        let (team, unit, mut top) = chain();
        let all = |top: &Board| -> Vec<Copy> {
            copies(&[("team", &team), ("unit", &unit), ("top", top)])
        };
        let before = all(&top);
        assert_eq!(
            before
                .iter()
                .map(|c| (c.origin.0.as_str(), c.copy.0.as_str(), c.state))
                .collect::<Vec<_>>(),
            [("team", "unit", State::Open), ("unit", "top", State::Open)]
        );
        // The top board has no column marked done: its last one finishes.
        top.cards[0].column = "z".into();
        let after = all(&top);
        let news = closed(&before, &after);
        assert_eq!(news.len(), 1);
        assert_eq!(news[0].origin, ("unit".to_string(), "k7".to_string()));
        assert_eq!(news[0].state, State::Finished);
        assert_eq!(news[0].title, "Fall (unit)");
        // Seen once: no news the second time.
        assert!(closed(&after, &after).is_empty());
        // Archived without being finished.
        top.cards[0].column = "a".into();
        top.cards[0].archived = true;
        assert_eq!(state(&top, &top.cards[0]), State::Archived);
        assert_eq!(closed(&before, &all(&top))[0].state, State::Archived);
        // A board not read: no copy to speak of, and nothing new when it comes.
        let partial = copies(&[("team", &team), ("unit", &unit)]);
        assert_eq!(partial.len(), 1);
        assert!(closed(&partial, &after).is_empty());
        // A card gone from the board above: no target.
        top.cards.clear();
        assert_eq!(
            target(
                unit.cards[0].escalated_to.as_ref().unwrap(),
                &[("top", &top)]
            ),
            None
        );
    }
}

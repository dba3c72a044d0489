//! One person's view of a board (`/` on the overview, `tavle status
//! --owner`): the cards they own, and the decisions they are responsible
//! for — their open follow-ups first, then the rest. One rule for who a
//! name means ([`matches`]), used for cards and decisions alike. The names
//! offered while the filter is typed: [`people`].

pub mod people;

use chrono::NaiveDate;

use crate::model::{Board, Card, Decision};
use crate::plan;

/// Whether `name` (a card's or a decision's owner) is the person `query`
/// names: case-insensitive, ignoring spaces around, a part of the name being
/// enough (`kari` is `Kari Nilsen`); anyone when `query` is `None` or blank.
pub fn matches(name: Option<&str>, query: Option<&str>) -> bool {
    match query.map(str::trim).filter(|q| !q.is_empty()) {
        None => true,
        Some(q) => {
            let q = q.to_lowercase();
            name.is_some_and(|n| n.trim().to_lowercase().contains(&q))
        }
    }
}

/// The open cards of the person on the board (archived and done ones left
/// out), in board order.
pub fn cards<'b>(board: &'b Board, query: &str, today: NaiveDate) -> Vec<&'b Card> {
    board
        .cards
        .iter()
        .filter(|c| {
            !c.archived
                && matches(c.owner.as_deref(), Some(query))
                && !plan::card_status(board, c, today).done
        })
        .collect()
}

/// A decision the person is responsible for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Owned<'b> {
    pub decision: &'b Decision,
    /// An open follow-up: a deadline, and not marked done.
    pub open: bool,
    /// Past its deadline and not done ([`plan::is_overdue`]).
    pub overdue: bool,
}

/// The person's decisions on the board: open follow-ups first, earliest
/// deadline first; then every other decision of theirs, newest first.
pub fn decisions<'b>(board: &'b Board, query: &str, today: NaiveDate) -> Vec<Owned<'b>> {
    let mut out: Vec<Owned> = board
        .decisions
        .iter()
        .filter(|d| matches(d.owner.as_deref(), Some(query)))
        .map(|d| Owned {
            decision: d,
            open: d.is_follow_up() && !d.done,
            overdue: plan::is_overdue(d.due, today, d.done),
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |o: &Owned| (!o.open, o.open.then_some(o.decision.due).flatten());
        key(a)
            .cmp(&key(b))
            .then_with(|| b.decision.at.at().cmp(&a.decision.at.at()))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> Board {
        crate::analyze::analyze_text(
            r#"{"tavle":1,"title":"T","kind":"drift",
          "columns":[{"id":"a","title":"A"},{"id":"f","title":"F","done":true}],
          "cards":[{"id":"k1","title":"Kari sin","column":"a","owner":"Kari Nilsen"},
                   {"id":"k2","title":"Ferdig","column":"f","owner":"Kari"},
                   {"id":"k3","title":"Arkivert","column":"a","owner":"Kari","archived":true},
                   {"id":"k4","title":"Ola sin","column":"a","owner":"Ola"}],
          "decisions":[
            {"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Gammel","owner":"kari"},
            {"id":"b2","at":"2026-11-21T09:00:00+01:00","text":"Senere frist","owner":"Kari","due":"2026-12-10"},
            {"id":"b3","at":"2026-11-22T09:00:00+01:00","text":"Forfalt","owner":"Kari","due":"2026-11-23"},
            {"id":"b4","at":"2026-11-23T09:00:00+01:00","text":"Utført","owner":"Kari","due":"2026-11-01","done":true},
            {"id":"b5","at":"2026-11-23T10:00:00+01:00","text":"Olas","owner":"Ola","due":"2026-11-30"}]}"#,
        )
        .0
        .unwrap()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    #[test]
    fn a_part_of_the_name_in_any_case_is_the_person() {
        assert!(matches(Some("Kari Nilsen"), Some(" KARI ")));
        assert!(!matches(Some("Ola"), Some("kari")));
        assert!(!matches(None, Some("kari")));
        assert!(matches(None, None) && matches(None, Some("  ")));
    }

    #[test]
    fn cards_are_the_open_ones() {
        let b = board();
        let ids: Vec<&str> = cards(&b, "kari", today())
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["k1"]);
    }

    #[test]
    fn open_follow_ups_first_by_deadline_then_the_rest_newest_first() {
        let b = board();
        let got: Vec<(&str, bool, bool)> = decisions(&b, "kari", today())
            .iter()
            .map(|o| (o.decision.id.as_str(), o.open, o.overdue))
            .collect();
        assert_eq!(
            got,
            [
                ("b3", true, true),
                ("b2", true, false),
                // Done: never overdue, however old its deadline.
                ("b4", false, false),
                ("b1", false, false),
            ]
        );
    }
}

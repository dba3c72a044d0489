//! Tests for the survivors of mutation run 18, what no run had reached in
//! tavle-core (`cargo mutants -p tavle-core --config /tmp/rest.toml
//! --shuffle`, the list from `scripts/mutants_rest.py`). Each names its
//! mutant and the rule it holds; the expected values are written out by
//! hand (from a calendar, by counting, by the rules in the doc comments),
//! never taken from the code under test.

use crate::common::{board, day, found, logged};

use tavle_core::model::Board;
use tavle_core::ops::Change;

/// `meeting/summary.rs:339` delete the arm `Some((true, false)) => continue`
/// in `summary`: a card that stood on the board before the day and was
/// removed that day is not in the minutes at all, not even with the moves
/// (or archiving) it had before it was removed.
#[test]
fn a_card_moved_and_then_removed_the_same_day_is_not_in_the_minutes() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift",
           "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"}]}"#,
    );
    let log = [
        logged(
            "2026-11-23T09:01:00+01:00",
            Change::Moved {
                card: "k7".into(),
                title: "Gammel".into(),
                from: "a".into(),
                to: "b".into(),
            },
        ),
        logged(
            "2026-11-23T09:02:00+01:00",
            Change::Archived {
                card: "k7".into(),
                title: "Gammel".into(),
            },
        ),
        logged(
            "2026-11-23T09:03:00+01:00",
            Change::Removed {
                card: "k7".into(),
                title: "Gammel".into(),
            },
        ),
    ];
    let scope = tavle_core::meeting::Scope::Day(day(2026, 11, 23));
    let s = tavle_core::meeting::summary(&b, &log, &scope);
    assert!(s.added.is_empty(), "{:?}", s.added);
    assert!(s.moved.is_empty(), "{:?}", s.moved);
    assert!(s.archived.is_empty(), "{:?}", s.archived);
}

fn goal_board(goals: &str) -> Board {
    board(&format!(
        r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],"goals":[{goals}]}}"#
    ))
}

/// `merge/byid.rs:53` `<impl Identified for Goal>::id` → `"xyzzy"`: a merge
/// knows goals by their ids, so a goal added on the board and another added
/// on the copy are two goals, both kept, not one goal in conflict with itself.
#[test]
fn goals_added_on_both_sides_are_both_kept_by_their_ids() {
    let base = goal_board("");
    let a = goal_board(r#"{"id":"g1","title":"Færre fall"}"#);
    let b = goal_board(r#"{"id":"g2","title":"Kortere ventetid"}"#);
    for (x, y) in [(&a, &b), (&b, &a)] {
        let m = tavle_core::merge::merge(Some(&base), x, y);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let mut ids: Vec<&str> = m.merged.goals.iter().map(|g| g.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["g1", "g2"]);
    }
}

/// `merge/ids.rs:87` `==` → `!=` in `split_collisions` (`shared`): when both
/// sides added a card `k1` (different cards, no base), the copy's `k1` gets a
/// fresh id (`k2`, one more than the largest `k` number in use), and the
/// copy's links follow it, except from a wheel event the board has exactly
/// as the copy has it: that event is the board's, and its card stays `k1`.
#[test]
fn a_wheel_event_both_sides_have_alike_keeps_the_boards_card_when_ids_collide() {
    let side = |title: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"Drift","kind":"drift","columns":[{{"id":"a","title":"Tiltak"}}],
               "cards":[{{"id":"k1","title":"{title}","column":"a"}}],
               "wheel":[{{"id":"e1","week":37,"title":"Samling 1","made":[{{"year":2026,"card":"k1"}}]}}]}}"#
        ))
    };
    let a = side("Fra brettet");
    let b = side("Fra kopien");
    let m = tavle_core::merge::merge(None, &a, &b);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let renamed: Vec<(&str, String)> = m
        .renamed
        .iter()
        .map(|r| (r.from.as_str(), format!("{:?}", r.element)))
        .collect();
    assert_eq!(renamed, [("k1", r#"Card("k2")"#.to_string())]);
    let cards: Vec<(&str, &str)> = m
        .merged
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    assert!(cards.contains(&("k1", "Fra brettet")), "{cards:?}");
    assert!(cards.contains(&("k2", "Fra kopien")), "{cards:?}");
    let made: Vec<&str> = m.merged.wheel[0]
        .made
        .iter()
        .map(|x| x.card.as_str())
        .collect();
    assert_eq!(made, ["k1"]);
}

/// `json.rs:324` `self.depth -= 1` → `/= 1` in `Parser::array`: the nesting
/// depth counts the arrays a value is inside, not the arrays before it, so
/// 200 arrays side by side (each one level deep, far fewer than
/// `MAX_DEPTH` = 128 levels) are read, and so are 128 nested ones.
#[test]
fn many_arrays_side_by_side_are_not_too_deep() {
    let side_by_side = format!("[{}]", vec!["[1]"; 200].join(","));
    assert!(tavle_core::json::parse(&side_by_side).is_ok());
    let nested = format!("{}{}", "[".repeat(128), "]".repeat(128));
    assert!(tavle_core::json::parse(&nested).is_ok());
    let too_deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
    assert!(tavle_core::json::parse(&too_deep).is_err());
}

/// `merge/byid.rs:77` `<impl Identified for Decision>::born` → `None`:
/// decisions added on both sides are put in the order they were made, by
/// the instant, not by how the time is written. b2 was made at 09:30+02:00
/// (07:30 UTC), b3 at 09:00+01:00 (08:00 UTC): b2 first, though "09:00"
/// sorts before "09:30" as text.
#[test]
fn decisions_added_on_both_sides_are_ordered_by_the_instant_not_the_written_time() {
    let with = |extra: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Først"}},{extra}]}}"#
        ))
    };
    let ours = with(r#"{"id":"b2","at":"2026-11-24T09:30:00+02:00","text":"Vår"}"#);
    let theirs = with(r#"{"id":"b3","at":"2026-11-24T09:00:00+01:00","text":"Deres"}"#);
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(None, a, b);
        let ids: Vec<&str> = m.merged.decisions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["b1", "b2", "b3"]);
    }
}

/// `merge/diff.rs:117` delete the arm `Element::Deviation(id)` in
/// `changed`: a deviation both boards have, with its text changed, is listed
/// field by field like any other element (`text`: "Falt" → "Falt i gangen").
#[test]
fn a_deviation_with_its_text_changed_is_listed_as_changed() {
    use tavle_core::merge::{Element, changed};
    let with = |text: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"Drift","kind":"drift","columns":[{{"id":"a","title":"Tiltak"}}],
               "deviations":[{{"id":"av1","date":"2026-12-03","category":"fall","text":"{text}"}}]}}"#
        ))
    };
    let got: Vec<(Element, String, serde_json::Value, serde_json::Value)> =
        changed(&with("Falt"), &with("Falt i gangen"))
            .into_iter()
            .map(|c| (c.element.element, c.field, c.from, c.to))
            .collect();
    assert_eq!(
        got,
        [(
            Element::Deviation("av1".into()),
            "text".to_string(),
            serde_json::json!("Falt"),
            serde_json::json!("Falt i gangen"),
        )]
    );
}

/// `operations/deadlines.rs:114` `&&` → `||` in `by_week`: "earlier" holds
/// the deadlines before this week that are not done, not whatever is
/// overdue. A goal due 2026-12-31 (ISO week 53) is overdue on Wednesday
/// 2026-12-02 (week 49) because its measure card, due 2026-11-02 (week 45),
/// is; the card is earlier, the goal is in none of the three lists.
#[test]
fn a_goal_overdue_through_its_measure_but_due_later_is_not_earlier() {
    use tavle_core::operations::deadlines::{Of, by_week};
    let b = board(
        r#"{"tavle":1,"title":"Drift","kind":"drift",
           "columns":[{"id":"a","title":"Tiltak"},{"id":"f","title":"Ferdig","done":true}],
           "goals":[{"id":"g1","title":"Færre fall","due":"2026-12-31"}],
           "cards":[{"id":"k1","title":"Sklimatter","column":"a","goal":"g1","due":"2026-11-02"}]}"#,
    );
    let d = by_week(&b, day(2026, 12, 2));
    let earlier: Vec<(Of, &str, bool)> = d
        .earlier
        .iter()
        .map(|x| (x.of, x.id.as_str(), x.overdue))
        .collect();
    assert_eq!(earlier, [(Of::Card, "k1", true)]);
    assert!(d.this_week.is_empty(), "{:?}", d.this_week);
    assert!(d.next_week.is_empty(), "{:?}", d.next_week);
}

/// The byte ranges `privacy::find` reports, as (start, end).
/// `privacy/scan.rs:215` `+` → `*` in `match_chain` (`sep(i + 2) == t`): a
/// number printed in thousands groups (`15 076 500 565`, 2-3-3-3 digits)
/// has the same separator three times; with a dash as the last one it is
/// not such a number. 15076500565 is valid: with the weights 3 7 6 1 8 9 4
/// 5 2 the first check digit is 11 − (3+35+0+7+48+45+0+0+10) mod 11 =
/// 11 − 148 mod 11 = 11 − 5 = 6, and with 5 4 3 2 7 6 5 4 3 2 the second
/// is 11 − (5+20+0+14+42+30+0+0+15+12) mod 11 = 11 − 138 mod 11 = 11 − 6 = 5.
#[test]
fn thousands_groups_need_the_same_separator_all_three_times() {
    assert_eq!(found("15 076 500 565"), [(0, 14)]);
    assert_eq!(found("15 076 500-565"), []);
    assert_eq!(found("15 076-500 565"), []);
}

/// Found while looking at `meeting/prep.rs:68` (delete the arm
/// `Change::AgendaRenamed { to, .. }` in `about`): an agenda item that stood
/// on the agenda before the day, removed, added again and removed again, is
/// gone by the end of the day, so the net plan is one removal. The fold
/// drops the first removal together with the item added again (both are
/// "about" its title) and shows no change at all.
#[test]
fn an_item_removed_added_again_and_removed_again_is_removed() {
    let removed = || Change::AgendaRemoved {
        title: "Sykefravær".into(),
        place: 0,
    };
    let log = [
        logged("2026-11-23T08:00:00+01:00", removed()),
        logged(
            "2026-11-23T08:01:00+01:00",
            Change::AgendaAdded {
                title: "Sykefravær".into(),
                place: 0,
                minutes: None,
            },
        ),
        logged("2026-11-23T08:02:00+01:00", removed()),
    ];
    let scope = tavle_core::meeting::Scope::Day(day(2026, 11, 23));
    let plan = tavle_core::meeting::prepared(&log, &scope).plan;
    assert_eq!(plan, [removed()]);
}

/// `privacy/scan.rs:153` `+=` → `-=` in `read_sep`: an invisible character
/// between two digit groups is skipped, forward, like one inside a group.
/// `150765`, a zero-width space (3 bytes), a space and `00565` is the
/// valid number 15076500565 (check digits counted above): bytes
/// 6 + 3 + 1 + 5 = 0..15. (The invisible character comes right after the
/// digits, so that the mutant, stepping back onto them, ends the chain at
/// once instead of reading the same groups for ever.)
#[test]
fn an_invisible_character_between_digit_groups_is_skipped() {
    assert_eq!(found("150765\u{200B} 00565"), [(0, 15)]);
}

/// `merge/operations.rs:109` `<impl Identified for Risk>::born` → `None`:
/// risks added on both sides at the same place are put in the order they
/// were made (`created`), by the instant, not by how the time is written.
/// The board's ri2 was made at 09:30+02:00 (07:30 UTC), the copy's ri3 at
/// 09:00+01:00 (08:00 UTC): ri2 first, though "09:00" sorts before "09:30"
/// as text.
#[test]
fn risks_added_on_both_sides_are_ordered_by_the_instant_they_were_made() {
    let with = |risk: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"Drift","kind":"drift","columns":[{{"id":"a","title":"Tiltak"}}],
               "risks":[{{"id":"ri1","title":"Fall","likelihood":2,"consequence":3}}{risk}]}}"#
        ))
    };
    let base = with("");
    let ours = with(
        r#",{"id":"ri2","title":"Brann","likelihood":1,"consequence":2,"created":"2026-12-01T09:30:00+02:00"}"#,
    );
    let theirs = with(
        r#",{"id":"ri3","title":"Angrep","likelihood":1,"consequence":2,"created":"2026-12-01T09:00:00+01:00"}"#,
    );
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(Some(&base), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let ids: Vec<&str> = m.merged.risks.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["ri1", "ri2", "ri3"]);
    }
}

/// `privacy/scan.rs:66` `+=` → `*=` in `find`: a character that is no
/// digit but whose first byte may start one (an emoji: 4 bytes, first byte
/// 0xF0, the block of the mathematical digits) is stepped over whole, and a
/// number right after it is found. `abcdefgh` (8 bytes), `😀` (4) and the
/// valid number 15076500565 (check digits counted above): bytes 12..23.
/// (The mutant jumps from byte 8 to byte 32, past the number; at the start
/// of the text it would stand still at byte 0 instead.)
#[test]
fn a_number_right_after_an_emoji_is_found() {
    assert_eq!("abcdefgh😀".len(), 12);
    assert_eq!(found("abcdefgh😀15076500565"), [(12, 23)]);
}

/// `merge/byid.rs:44` `<impl Identified for Card>::born` → `None`: cards
/// added on both sides at the same place are put in the order they were
/// made (`created`), by the instant, not by how the time is written. The
/// board's k2 was made at 09:30+02:00 (07:30 UTC), the copy's k3 at
/// 09:00+01:00 (08:00 UTC): k2 first, though "09:00" sorts before "09:30"
/// as text.
#[test]
fn cards_added_on_both_sides_are_ordered_by_the_instant_they_were_made() {
    let with = |card: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],
               "cards":[{{"id":"k1","title":"En","column":"a"}}{card}]}}"#
        ))
    };
    let base = with("");
    let ours =
        with(r#",{"id":"k2","title":"Vår","column":"a","created":"2026-12-01T09:30:00+02:00"}"#);
    let theirs =
        with(r#",{"id":"k3","title":"Deres","column":"a","created":"2026-12-01T09:00:00+01:00"}"#);
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(Some(&base), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let ids: Vec<&str> = m.merged.cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["k1", "k2", "k3"]);
    }
}

/// `merge/operations.rs:133` `earlier` → `None`: a risk both sides have
/// keeps the time it was made (`created`) through a merge; here neither side
/// changed it, and one side raised the likelihood.
#[test]
fn a_risk_keeps_when_it_was_made_through_a_merge() {
    let with = |likelihood: u8| {
        board(&format!(
            r#"{{"tavle":1,"title":"Drift","kind":"drift","columns":[{{"id":"a","title":"Tiltak"}}],
               "risks":[{{"id":"ri1","title":"Fall","likelihood":{likelihood},"consequence":3,
                          "created":"2026-12-01T09:00:00+01:00"}}]}}"#
        ))
    };
    let (base, raised) = (with(2), with(4));
    for (a, b) in [(&base, &raised), (&raised, &base)] {
        for o in [Some(&base), None] {
            let m = tavle_core::merge::merge(o, a, b);
            let r = &m.merged.risks[0];
            assert_eq!(
                r.created.as_ref().map(|t| t.as_str()),
                Some("2026-12-01T09:00:00+01:00")
            );
        }
    }
}

/// `owner/people.rs:37` `+=` → `*=` in `people` (`p.follow_ups`): a
/// person's open follow-ups are counted, one each. Kari owns two open cards
/// (one more in the done column is not counted) and two open follow-ups
/// (a third is done); Ola one card and no follow-up.
#[test]
fn a_persons_open_cards_and_follow_ups_are_counted() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift",
           "columns":[{"id":"a","title":"A"},{"id":"f","title":"Ferdig","done":true}],
           "cards":[{"id":"k1","title":"En","column":"a","owner":"Kari"},
                    {"id":"k2","title":"To","column":"a","owner":"Ola"},
                    {"id":"k3","title":"Tre","column":"a","owner":"Kari"},
                    {"id":"k4","title":"Fire","column":"f","owner":"Kari"}],
           "decisions":[
             {"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Kari","due":"2026-12-10"},
             {"id":"b2","at":"2026-11-21T09:00:00+01:00","text":"Skriv","owner":"Kari","due":"2026-12-11"},
             {"id":"b3","at":"2026-11-22T09:00:00+01:00","text":"Send","owner":"Kari","due":"2026-12-12","done":true}]}"#,
    );
    let s = tavle_core::summary::Summary::of(&b);
    let got: Vec<(String, usize, usize)> =
        tavle_core::owner::people::people(&[&s], "", day(2026, 12, 2))
            .into_iter()
            .map(|p| (p.name, p.cards, p.follow_ups))
            .collect();
    assert_eq!(got, [("Kari".to_string(), 2, 2), ("Ola".to_string(), 1, 0)]);
}

/// `ops/meeting.rs:94` delete `!` in `apply` (`SetAttendees`): the names
/// ticked present are kept trimmed, and blank ones are left out.
#[test]
fn blank_attendee_names_are_left_out() {
    use tavle_core::ops::{MeetingOp, Op, Stamp, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "meeting":{"running":{"started":"2026-11-24T09:00:00+01:00",
             "item_started":"2026-11-24T09:00:00+01:00"}}}"#,
    );
    let stamp = Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:05:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let names = vec!["Kari".to_string(), "  ".to_string(), " Ola ".to_string()];
    apply(&mut b, &Op::Meeting(MeetingOp::SetAttendees(names)), &stamp).unwrap();
    let running = b.meeting.unwrap().running.unwrap();
    assert_eq!(running.attendees, ["Kari", "Ola"]);
}

/// `ops/cards.rs:443` `&&` → `||` in `insert`: a card moved before a card
/// of the column it moves to lands right before that card, not before the
/// first card of the column. Column b holds x then y; k moved there before
/// y gives x, k, y.
#[test]
fn a_card_moved_before_another_lands_right_before_it() {
    use tavle_core::ops::{CardOp, Op, Stamp, apply};
    let mut b = board(
        r#"{"tavle":1,"title":"T","kind":"drift",
           "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"f","title":"F","done":true}],
           "cards":[{"id":"k","title":"K","column":"a"},
                    {"id":"x","title":"X","column":"b"},
                    {"id":"y","title":"Y","column":"b"}]}"#,
    );
    let stamp = Stamp {
        at: tavle_core::model::Timestamp::parse("2026-11-24T09:05:00+01:00").unwrap(),
        by: "Kari".into(),
    };
    let op = Op::Card(CardOp::Move {
        id: "k".into(),
        column: "b".into(),
        before: Some("y".into()),
    });
    apply(&mut b, &op, &stamp).unwrap();
    let order: Vec<(&str, &str)> = b
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.column.as_str()))
        .collect();
    assert_eq!(order, [("x", "b"), ("k", "b"), ("y", "b")]);
}

/// `merge/byid.rs:68` `<impl Identified for Routine>::born` → `None`:
/// routines added on both sides at the same place are put in the order they
/// were made (`created`), by the instant, not by how the time is written.
/// The board's r2 was made at 09:30+02:00 (07:30 UTC), the copy's r3 at
/// 09:00+01:00 (08:00 UTC): r2 first, though "09:00" sorts before "09:30"
/// as text.
#[test]
fn routines_added_on_both_sides_are_ordered_by_the_instant_they_were_made() {
    let with = |routine: &str| {
        board(&format!(
            r#"{{"tavle":1,"title":"Forbedring","kind":"forbedring","columns":[{{"id":"a","title":"Ideer"}}],
               "routines":[{{"id":"r1","title":"Nattlys","revision":"2027-01-15"}}{routine}]}}"#
        ))
    };
    let base = with("");
    let ours = with(
        r#",{"id":"r2","title":"Sittevakt","revision":"2027-03-01","created":"2026-12-01T09:30:00+02:00"}"#,
    );
    let theirs = with(
        r#",{"id":"r3","title":"Fallmatte","revision":"2027-03-01","created":"2026-12-01T09:00:00+01:00"}"#,
    );
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let m = tavle_core::merge::merge(Some(&base), a, b);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let ids: Vec<&str> = m.merged.routines.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["r1", "r2", "r3"]);
    }
}

/// `meeting/since.rs:52` `Since::today` → `Default::default()`: the day the
/// follow-ups are due by is the day the span ends, as the clock there read
/// it: 00:30 on 24 November at +01:00 is the 24th (23:30 on the 23rd in UTC).
#[test]
fn since_last_time_is_due_by_the_local_day_it_ends() {
    use tavle_core::meeting::{Since, Span, between};
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let b = board(r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#);
    let (start, until) = (
        at("2026-11-17T10:00:00+01:00"),
        at("2026-11-24T00:30:00+01:00"),
    );
    let (changes, finished) = between(&b, &[], start, until);
    let since = Since {
        previous: Span {
            start: at("2026-11-17T09:00:00+01:00"),
            end: start,
            running: false,
            attendees: Vec::new(),
            incomplete: false,
        },
        until,
        changes,
        finished,
        due: Vec::new(),
    };
    assert_eq!(since.today(), day(2026, 11, 24));
}

/// `privacy/chars.rs:89` delete the arm `'_' | '\u{FF3F}'` in `between`: a
/// full-width low line (＿, 3 bytes) between the date part and the personal
/// number joins them like `_` does. 150765＿00565 is the valid number
/// 15076500565 (check digits counted above): bytes 6 + 3 + 5 = 0..14.
#[test]
fn a_full_width_low_line_joins_the_two_parts_of_a_number() {
    assert_eq!(found("150765_00565"), [(0, 12)]);
    assert_eq!(found("150765\u{FF3F}00565"), [(0, 14)]);
}

/// `text/links.rs:121` `+` → `-` in `email_start`: an e-mail address
/// starts right after the last character before the `@` that cannot be in
/// its local part (here the `:` of `e-post:`, and a `(`), and only the
/// address is written as code.
#[test]
fn an_email_address_starts_right_after_the_character_before_it() {
    use tavle_core::text::escape_markdown;
    assert_eq!(
        escape_markdown("se e-post:kari@eksempel.no nå"),
        "se e-post:`kari@eksempel.no` nå"
    );
    assert_eq!(
        escape_markdown("se (kari@eksempel.no)"),
        "se (`kari@eksempel.no`)"
    );
}

/// `model.rs:464` `<` → `<=` in `ser_number`: whole numbers below 10^15
/// are written without a fractional part; 10^15 itself is written as the
/// float it is (`1000000000000000.0`).
#[test]
fn whole_numbers_are_written_plain_only_below_ten_to_the_fifteenth() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i1","title":"I","values":[
             {"date":"2026-11-01","value":1000000000000000},
             {"date":"2026-11-02","value":999999999999999}]}]}"#,
    );
    let text = tavle_core::analyze::to_text(&b, Default::default());
    let values: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\"value\": "))
        .collect();
    assert_eq!(values, ["1000000000000000.0", "999999999999999"]);
}

/// `meeting/summary.rs:243` delete the arm `Change::Edited { title, .. }`
/// in `summary`: the minutes name a card by the title it had at its last
/// change in the scope, a rename included: moved as "Ring Kari", then
/// renamed "Ring Kari og Ola", it is listed as moved under the new title.
#[test]
fn the_minutes_name_a_card_by_its_title_after_a_rename() {
    let b = board(
        r#"{"tavle":1,"title":"T","kind":"drift",
           "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"}],
           "cards":[{"id":"k1","title":"Ring Kari og Ola","column":"b"}]}"#,
    );
    let log = [
        logged(
            "2026-11-23T09:01:00+01:00",
            Change::Moved {
                card: "k1".into(),
                title: "Ring Kari".into(),
                from: "a".into(),
                to: "b".into(),
            },
        ),
        logged(
            "2026-11-23T09:02:00+01:00",
            Change::Edited {
                card: "k1".into(),
                title: "Ring Kari og Ola".into(),
                fields: vec!["title".into()],
            },
        ),
    ];
    let scope = tavle_core::meeting::Scope::Day(day(2026, 11, 23));
    let s = tavle_core::meeting::summary(&b, &log, &scope);
    let moved: Vec<(&str, &str, &str, &str)> = s
        .moved
        .iter()
        .map(|m| {
            (
                m.card.id.as_str(),
                m.card.title.as_str(),
                m.from.as_str(),
                m.to.as_str(),
            )
        })
        .collect();
    assert_eq!(moved, [("k1", "Ring Kari og Ola", "A", "B")]);
}

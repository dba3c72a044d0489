//! The report made board by board ([`assemble`]) is the report made over
//! whole boards ([`super::super::report`]), on boards chosen to break it:
//! copies sent up one and two tiers, rings, copies of archived or missing
//! cards, two cards with one id, broken files, and every filter.

use super::*;
use crate::status::{Input, report};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn from(board: &str, card: &str) -> String {
    format!(r#","escalated_from":{{"board":"{board}","card":"{card}"}}"#)
}

/// A card on column `a` (or `f`, done) with the given extra fields.
fn card(id: &str, extra: &str) -> String {
    format!(r#"{{"id":"{id}","title":"Tiltak {id}","column":"a"{extra}}}"#)
}

fn board(title: &str, unit: Option<&str>, cards: &[String]) -> Board {
    let unit = unit
        .map(|u| format!(r#""unit":"{u}","#))
        .unwrap_or_default();
    let text = format!(
        r#"{{"tavle":1,"title":"{title}","kind":"drift",{unit}
          "columns":[{{"id":"a","title":"A"}},{{"id":"f","title":"F","done":true}}],
          "cards":[{}],
          "goals":[{{"id":"m1","title":"Mål","light":"yellow"}}],
          "decisions":[{{"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ring","owner":"Ola","due":"2026-11-21"}}]}}"#,
        cards.join(",")
    );
    let (b, problems) = crate::analyze::analyze_text(&text);
    b.unwrap_or_else(|| panic!("{title}: {problems:?}"))
}

/// Boards named by id, and one broken file.
fn folder() -> Vec<(String, Board)> {
    let red = r#","light":"red""#;
    let kari = r#","owner":"Kari""#;
    let late = r#","due":"2026-11-02""#;
    let soon = r#","due":"2026-12-02","light":"green""#;
    let nord = Some("Hjemmetjenesten sone nord");
    let b = |t, u, c: Vec<String>| board(t, u, &c);
    vec![
        (
            "a".into(),
            b(
                "A",
                nord,
                vec![
                    card("a1", &format!("{red}{kari}{late}")),
                    card("a2", &format!(r#","light":"yellow"{late}"#)),
                    card("a3", &format!(r#"{red},"archived":true"#)),
                    card("a4", soon),
                    card("a4", &format!("{red}{}", from("z", "z1"))),
                ],
            ),
        ),
        (
            "b".into(),
            b(
                "B",
                Some("Hjemmetjenesten sone sør"),
                vec![
                    // A copy of a1, overdue as its origin is.
                    card("b1", &format!("{red}{kari}{late}{}", from("a", "a1"))),
                    // A copy of an archived card: counted here.
                    card("b2", &format!("{red}{}", from("a", "a3"))),
                    // A copy of someone else's card.
                    card("b3", &format!(r#"{soon},"owner":"Ola"{}"#, from("a", "a2"))),
                    // Two cards with one id, the first a copy: both left out.
                    card("b4", &format!("{soon}{kari}{}", from("a", "a4"))),
                    card("b4", &format!("{red}{kari}")),
                    // Two with one id, the first not a copy: both counted.
                    card("b5", soon),
                    card("b5", &format!("{red}{}", from("a", "a1"))),
                    r#"{"id":"b6","title":"Ferdig","column":"f","light":"red"}"#.to_string(),
                ],
            ),
        ),
        (
            "c".into(),
            b(
                "C",
                Some("Sykehjem"),
                vec![
                    // Two tiers up.
                    card("c1", &format!("{red}{kari}{}", from("b", "b1"))),
                    // The origin is not in the folder.
                    card("c2", &format!("{soon}{}", from("z", "z9"))),
                    card("c3", &format!("{late}{kari}")),
                ],
            ),
        ),
        // A ring of two, and one of three.
        (
            "x".into(),
            b(
                "X",
                None,
                vec![card("x1", &format!("{red}{}", from("y", "y1")))],
            ),
        ),
        (
            "y".into(),
            b(
                "Y",
                None,
                vec![card("y1", &format!("{red}{}", from("x", "x1")))],
            ),
        ),
        (
            "p".into(),
            b(
                "P",
                None,
                vec![card("p1", &format!("{soon}{}", from("q", "q1")))],
            ),
        ),
        (
            "q".into(),
            b(
                "Q",
                None,
                vec![card("q1", &format!("{red}{kari}{}", from("r", "r1")))],
            ),
        ),
        (
            "r".into(),
            b(
                "R",
                None,
                vec![card("r1", &format!("{late}{}", from("p", "p1")))],
            ),
        ),
        ("tom".into(), b("Tom", nord, vec![])),
    ]
}

/// Every way of asking the CLI offers, each filter alone and together.
fn askeds() -> Vec<Asked> {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let s = |x: &str| Some(x.to_string());
    let mut out = vec![Asked::default()];
    for owner in [None, s("Kari"), s("ola"), s("Ingen")] {
        for unit in [None, s("hjemmetjenesten"), s("sykehjem")] {
            for board in [None, s("b"), s("knekt")] {
                out.push(Asked {
                    owner: owner.clone(),
                    unit: unit.clone(),
                    board,
                    since: None,
                });
            }
        }
    }
    out.push(Asked {
        since: Some((day, now)),
        ..Asked::default()
    });
    out.push(Asked {
        owner: s("Kari"),
        since: Some((day, now)),
        ..Asked::default()
    });
    out
}

/// The report of the folder by [`assemble`], the parts taken in `order`.
fn assembled(boards: &[(String, Board)], asked: &Asked, reverse: bool) -> Report {
    let mut parts: Vec<Part> = boards
        .iter()
        .filter_map(|(id, b)| Part::of(id, b, &[], today(), asked))
        .collect();
    parts.extend(Part::broken("knekt", "knekt.json:1:1: feil".into(), asked));
    if reverse {
        parts.reverse();
    }
    let held = vec![HeldBack {
        file: "a (1).json".into(),
        copy_of: "a.json".into(),
    }];
    assemble(parts, today(), asked, held)
}

#[test]
fn the_report_made_board_by_board_is_the_report_of_the_whole_boards() {
    let boards = folder();
    let held = vec![HeldBack {
        file: "a (1).json".into(),
        copy_of: "a.json".into(),
    }];
    let mut inputs: Vec<Input> = boards
        .iter()
        .map(|(id, board)| Input::Board {
            id,
            board,
            log: &[],
        })
        .collect();
    inputs.push(Input::Broken {
        id: "knekt",
        error: "knekt.json:1:1: feil",
    });
    let mut left_out_somewhere = false;
    for asked in askeds() {
        let whole = report(&inputs, today(), &asked, held.clone());
        left_out_somewhere |= whole.total.copies != Counts::default();
        for reverse in [false, true] {
            let parts = assembled(&boards, &asked, reverse);
            assert_eq!(parts, whole, "{asked:?}, reversed: {reverse}");
            assert_eq!(super::super::json(&parts), super::super::json(&whole));
        }
    }
    // The folder does exercise the copies rule.
    assert!(left_out_somewhere);
}

#[test]
fn copies_are_left_out_once_and_named() {
    // Worked out by hand from `folder`, independently of `left_out`.
    let r = assembled(&folder(), &Asked::default(), false);
    let board = |id: &str| r.boards.iter().find(|b| b.id == id).unwrap();
    // b1 (of a1), b3 (of a2), b4 twice (of a4, the second one red): the
    // copy of the archived a3 and the b5 pair (first not a copy) count.
    let b = board("b");
    assert_eq!(
        (
            b.copies.red,
            b.copies.green,
            b.copies.overdue,
            b.copies.none
        ),
        (2, 2, 1, 0)
    );
    let named: Vec<(&str, bool)> = b.red.iter().map(|c| (c.id.as_str(), c.in_total)).collect();
    assert!(named.contains(&("b1", false)) && named.contains(&("b2", true)));
    // c1 two tiers up is left out, c2's origin is gone.
    assert_eq!(board("c").copies.red, 1);
    assert_eq!(board("c").copies.green, 0);
    // Rings keep the smallest: x1 and p1 count, y1, q1, r1 do not.
    assert_eq!(board("x").copies, Counts::default());
    assert_eq!(board("y").copies.red, 1);
    assert_eq!(board("p").copies, Counts::default());
    assert_eq!((board("q").copies.red, board("r").copies.red), (1, 1));
    let sum = r
        .boards
        .iter()
        .fold(Counts::default(), |a, b| total::plus(a, b.counts));
    assert_eq!(r.total.counts, total::sub(sum, r.total.copies));
}

//! Whose names to offer when the facilitator ticks who is present: the
//! board's `meeting.team` list as written, then every other name the board
//! already knows — owners of its cards and follow-ups, and who came to its
//! earlier meetings — in Norwegian alphabetical order (æ, ø, å after z). One
//! name once, whatever its case. Pure and wordless.

use crate::log::Logged;
use crate::model::Board;
use crate::ops::{Change, same_person};

/// A sort key that puts names in Norwegian alphabetical order, as a
/// Norwegian phone book does: case folded; æ, ø, å (and the Swedish and
/// Danish ä, ö) after z; a letter with an accent sorted as its base letter
/// (é as e, ñ as n) and ü as y. Names alike but for accents ("Rene",
/// "René") then go by the letters as written, so the order is total.
/// Letters of other scripts come after å, by code point.
pub fn name_order(name: &str) -> Vec<u32> {
    let lower = name.trim().to_lowercase();
    let mut key: Vec<u32> = lower.chars().map(primary).collect();
    key.push(0);
    key.extend(lower.chars().map(u32::from));
    key
}

/// Where a lower-case letter sorts among Norwegian letters.
fn primary(c: char) -> u32 {
    const AE: u32 = 0x7B; // right after z
    const OE: u32 = 0x7C;
    const AA: u32 = 0x7D;
    let base = match c {
        'æ' | 'ä' => return AE,
        'ø' | 'ö' | 'ő' => return OE,
        'å' => return AA,
        'à' | 'á' | 'â' | 'ã' | 'ā' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ð' | 'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ō' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' => 't',
        'ù' | 'ú' | 'û' | 'ū' | 'ů' => 'u',
        'ü' | 'ű' | 'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // ASCII by its code; a letter of another script (all above 0x7F)
        // after å by its own.
        c => c,
    };
    u32::from(base)
}

/// The names of the board's team: `meeting.team` first, in its order, then
/// the owners of active cards and open follow-ups and everyone recorded
/// present at an earlier meeting in `log`, alphabetically.
pub fn team(board: &Board, log: &[Logged]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let add = |out: &mut Vec<String>, name: &str| {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|n| same_person(n, name)) {
            out.push(name.to_string());
        }
    };
    for name in board.meeting.iter().flat_map(|m| &m.team) {
        add(&mut out, name);
    }
    let listed = out.len();
    let owners = board
        .cards
        .iter()
        .filter(|c| !c.archived)
        .filter_map(|c| c.owner.as_deref());
    let follow = board
        .decisions
        .iter()
        .filter(|d| d.is_follow_up() && !d.done)
        .filter_map(|d| d.owner.as_deref());
    let came = log.iter().flat_map(|l| match &l.change {
        Change::MeetingEnded { attendees, .. } => attendees.as_slice(),
        _ => &[],
    });
    for name in owners.chain(follow).chain(came.map(String::as_str)) {
        add(&mut out, name);
    }
    out[listed..].sort_by_cached_key(|n| name_order(n));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_team_list_first_then_every_known_name_once_in_norwegian_order() {
        let board = crate::analyze::analyze_text(
            r#"{"tavle":1,"title":"T","kind":"drift",
              "meeting":{"team":["Åse","Per"," "]},
              "columns":[{"id":"a","title":"A"}],
              "cards":[{"id":"k1","title":"x","column":"a","owner":"Øystein"},
                       {"id":"k2","title":"y","column":"a","owner":"per"},
                       {"id":"k3","title":"z","column":"a","owner":"Gammel","archived":true},
                       {"id":"k4","title":"w","column":"a","owner":"Zara"}],
              "decisions":[{"id":"b1","at":"2026-11-23T09:05:00+01:00","text":"t","owner":"Æsa","due":"2026-11-24"},
                           {"id":"b2","at":"2026-11-23T09:05:00+01:00","text":"t","owner":"Ferdig","due":"2026-11-24","done":true}]}"#,
        )
        .0
        .unwrap();
        let log = [Logged {
            at: "2026-11-23T09:10:00+01:00".into(),
            by: "Kari".into(),
            change: Change::MeetingEnded {
                started: "2026-11-23T09:00:00+01:00".into(),
                attendees: vec!["Anne".into(), "Zara".into()],
                incomplete: false,
            },
        }];
        assert_eq!(
            team(&board, &log),
            ["Åse", "Per", "Anne", "Zara", "Æsa", "Øystein"]
        );
    }
}

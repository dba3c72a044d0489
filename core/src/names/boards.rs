//! Boards told apart: two boards in one folder may have the same title (two
//! units copy one template, a board is copied to start a new one). Wherever
//! a board is named — the overview, the top bar, `tavle status`, the command
//! line's messages — a title shared with another board is followed by what
//! tells it apart: its unit when that differs, else its file name, which is
//! unique in a folder and what the command line accepts.
//!
//! The command line names a board the same way as everything else
//! ([`super::resolve`], by its id — the file name without `.json` — or its
//! title), and when the name fits boards that share a title it says that
//! the file name tells them apart ([`NameError::SameTitle`]).
//!
//! Titles that are not the same but read the same where they are shown —
//! two long titles cut to the room of a column, `Driftstavle – Hjemmebaserte
//! tjenester, sone nord` and `…, sone sør` both `Driftstavle – Hjemmebaserte
//! tj…` — are *similar*, and told apart the same way ([`apart_within`]).
//! One rule: the same title is the special case of unlimited room.
//!
//! Pure: `(title, unit, file)` in, the names out, in the same order.

use std::collections::HashMap;

use super::{NameError, fold};

/// A board as it is named: its title, its unit and its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Board<'a> {
    pub title: &'a str,
    pub unit: Option<&'a str>,
    /// The file name (`nord.json`): unique in a folder.
    pub file: &'a str,
}

/// What tells a board apart from the other boards with its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Apart {
    /// Its title is its own.
    Title,
    /// Another board has the title, in another unit.
    Unit(String),
    /// Another board has the title and the unit (or neither has a unit): the file.
    File(String),
}

/// For each board, what tells it apart. Titles (and units) are compared
/// folded ([`fold`]): `Drift nord` and `drift  Nord` are one name to a reader.
pub fn apart(boards: &[Board<'_>]) -> Vec<Apart> {
    apart_by(boards, fold)
}

/// For each board, what tells it apart where its title is shown in at most
/// `room` cells: titles that read the same when cut to `room`
/// ([`crate::text::fit`], then folded) are told apart as if they were the
/// same title. With room for every title whole, this is [`apart`].
pub fn apart_within(boards: &[Board<'_>], room: usize) -> Vec<Apart> {
    apart_by(boards, |t| fold(&crate::text::fit(t.trim(), room)))
}

/// [`apart`] with titles compared by `title_key`. Each title and unit is
/// folded once and counted in a map, so a region's 10,000 boards cost
/// 10,000 keys, not 10,000 × 10,000 comparisons.
fn apart_by(boards: &[Board<'_>], title_key: impl Fn(&str) -> String) -> Vec<Apart> {
    let titles: Vec<String> = boards.iter().map(|b| title_key(b.title)).collect();
    let units: Vec<Option<String>> = boards.iter().map(|b| b.unit.map(fold)).collect();
    let mut same: HashMap<&str, usize> = HashMap::new();
    let mut same_unit: HashMap<(&str, &str), usize> = HashMap::new();
    for (title, unit) in titles.iter().zip(&units) {
        *same.entry(title).or_default() += 1;
        if let Some(u) = unit {
            *same_unit.entry((title, u)).or_default() += 1;
        }
    }
    (boards.iter().zip(titles.iter().zip(&units)))
        .map(|(b, (title, unit))| {
            if title.is_empty() {
                return Apart::File(b.file.to_string());
            }
            if same[title.as_str()] < 2 {
                return Apart::Title;
            }
            let unit = unit.as_deref().filter(|u| !u.is_empty());
            match (unit, b.unit) {
                (Some(u), Some(shown)) if same_unit[&(title.as_str(), u)] == 1 => {
                    Apart::Unit(shown.trim().to_string())
                }
                _ => Apart::File(b.file.to_string()),
            }
        })
        .collect()
}

/// A board's name as shown: `Drift`, `Drift (Sone sør)`, `Drift (nord.json)`;
/// the file name alone for a board without a title.
pub fn label(b: &Board<'_>, apart: &Apart) -> String {
    let title = b.title.trim();
    match apart {
        Apart::Title => title.to_string(),
        Apart::File(f) if title.is_empty() => f.clone(),
        Apart::Unit(x) | Apart::File(x) => format!("{title} ({x})"),
    }
}

/// Every board's name as shown ([`label`] of [`apart`]), in the order given.
pub fn labels(boards: &[Board<'_>]) -> Vec<String> {
    apart(boards)
        .iter()
        .zip(boards)
        .map(|(a, b)| label(b, a))
        .collect()
}

/// The board `query` names: its file name, or by the one rule
/// ([`super::resolve`]) its id (the file name without `.json`) or title.
/// The names in an error are told apart as [`labels`] says; a name that
/// fits only boards with one title is [`NameError::SameTitle`].
pub fn resolve(query: &str, boards: &[Board<'_>]) -> Result<usize, NameError> {
    if let Some(i) = boards.iter().position(|b| b.file == query.trim()) {
        return Ok(i);
    }
    let ids: Vec<&str> = boards
        .iter()
        .map(|b| b.file.strip_suffix(".json").unwrap_or(b.file))
        .collect();
    let candidates: Vec<(&str, &str)> = ids
        .iter()
        .copied()
        .zip(boards.iter().map(|b| b.title))
        .collect();
    let names = labels(boards);
    match super::resolve(query, &candidates) {
        Ok(id) => ids
            .iter()
            .position(|i| *i == id)
            .ok_or(NameError::Unknown { valid: names }),
        Err(NameError::Ambiguous { matches }) => {
            // The boards the matches name: by title, or by id when untitled.
            let hit: Vec<usize> = (0..boards.len())
                .filter(|&i| {
                    let shown = if boards[i].title.trim().is_empty() {
                        ids[i]
                    } else {
                        boards[i].title.trim()
                    };
                    matches.iter().any(|m| m == shown)
                })
                .collect();
            let titles: Vec<String> = hit.iter().map(|&i| fold(boards[i].title)).collect();
            let matches = hit.iter().map(|&i| names[i].clone()).collect();
            if titles.len() > 1 && titles.iter().all(|t| *t == titles[0] && !t.is_empty()) {
                let files = hit.iter().map(|&i| boards[i].file.to_string()).collect();
                Err(NameError::SameTitle { matches, files })
            } else {
                Err(NameError::Ambiguous { matches })
            }
        }
        Err(NameError::Unknown { .. }) => Err(NameError::Unknown { valid: names }),
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b<'a>(title: &'a str, unit: Option<&'a str>, file: &'a str) -> Board<'a> {
        Board { title, unit, file }
    }

    #[test]
    fn a_title_of_its_own_stays_as_it_is() {
        let boards = [
            b("Drift nord", Some("Sone nord"), "nord.json"),
            b("Drift sør", Some("Sone nord"), "sor.json"),
        ];
        assert_eq!(labels(&boards), ["Drift nord", "Drift sør"]);
    }

    #[test]
    fn the_same_title_is_told_apart_by_unit_else_by_file() {
        let boards = [
            b("Driftstavle", Some("Sone nord"), "nord.json"),
            b("driftstavle ", Some("Sone sør"), "sor.json"),
            b("Driftstavle", Some("Sone sør"), "sor-kopi.json"),
            b("Driftstavle", None, "ny.json"),
            b("Annen", None, "annen.json"),
        ];
        assert_eq!(
            labels(&boards),
            [
                "Driftstavle (Sone nord)",
                // Two in Sone sør: the unit does not tell them apart.
                "driftstavle (sor.json)",
                "Driftstavle (sor-kopi.json)",
                "Driftstavle (ny.json)",
                "Annen",
            ]
        );
        assert_eq!(
            apart(&boards)[0],
            Apart::Unit("Sone nord".into()),
            "the unit as written"
        );
        // Every name is different, whatever the files hold.
        let names = labels(&boards);
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn the_command_line_takes_the_file_name_where_titles_collide() {
        let boards = [
            b("Driftstavle", Some("Sone nord"), "nord.json"),
            b("Driftstavle", Some("Sone nord"), "nord-kopi.json"),
            b("Plan", None, "plan.json"),
        ];
        assert_eq!(resolve("nord-kopi.json", &boards), Ok(1));
        assert_eq!(resolve("nord-kopi", &boards), Ok(1));
        assert_eq!(resolve("nord", &boards), Ok(0), "an id exactly as typed");
        assert_eq!(resolve("plan", &boards), Ok(2));
        assert_eq!(
            resolve("driftstavle", &boards),
            Err(NameError::SameTitle {
                matches: vec![
                    "Driftstavle (nord.json)".into(),
                    "Driftstavle (nord-kopi.json)".into()
                ],
                files: vec!["nord.json".into(), "nord-kopi.json".into()],
            })
        );
        // Different titles that share a beginning: type more of the name.
        let boards = [
            b("Drift nord", None, "a.json"),
            b("Drift sør", None, "b.json"),
        ];
        assert_eq!(
            resolve("drift", &boards),
            Err(NameError::Ambiguous {
                matches: vec!["Drift nord".into(), "Drift sør".into()]
            })
        );
        assert_eq!(
            resolve("x", &[b("T", None, "t.json"), b("T", None, "u.json")]),
            Err(NameError::Unknown {
                valid: vec!["T (t.json)".into(), "T (u.json)".into()]
            })
        );
    }

    #[test]
    fn titles_that_read_the_same_in_the_room_shown_are_told_apart_too() {
        let boards = [
            b(
                "Driftstavle hjemmetjenesten sone nord",
                Some("Nord"),
                "n.json",
            ),
            b(
                "Driftstavle hjemmetjenesten sone sør",
                Some("Sør"),
                "s.json",
            ),
            b(
                "Driftstavle hjemmetjenesten sone sør ",
                Some("sør"),
                "s2.json",
            ),
            b("Plan", None, "plan.json"),
        ];
        // Whole, only the two sør boards share a title (their unit too).
        assert_eq!(
            apart(&boards),
            [
                Apart::Title,
                Apart::File("s.json".into()),
                Apart::File("s2.json".into()),
                Apart::Title
            ]
        );
        // In 30 cells all three read `Driftstavle hjemmetjenesten s…`.
        let cut = "Driftstavle hjemmetjenesten s…";
        assert_eq!(crate::text::fit(boards[0].title, 30), cut);
        assert_eq!(
            apart_within(&boards, 30),
            [
                Apart::Unit("Nord".into()),
                Apart::File("s.json".into()),
                Apart::File("s2.json".into()),
                Apart::Title
            ]
        );
        // With room for every title whole, the rule is `apart`.
        assert_eq!(apart_within(&boards, 80), apart(&boards));
        // While the letter that differs is shown (`sone n…`, `sone s…`),
        // they read apart; one cell less, they read the same.
        let first_difference = "Driftstavle hjemmetjenesten sone ".chars().count();
        assert_eq!(
            apart_within(&boards[..2], first_difference + 2),
            [Apart::Title, Apart::Title]
        );
        assert_eq!(
            apart_within(&boards[..2], first_difference + 1),
            [Apart::Unit("Nord".into()), Apart::Unit("Sør".into())]
        );
    }

    #[test]
    fn a_board_without_a_title_is_its_file() {
        assert_eq!(labels(&[b(" ", None, "x.json")]), ["x.json"]);
    }

    /// The rule as first written: every board compared with every other.
    /// Too slow for a region, but plainly right: the counted version must
    /// give the same answer for every mix of titles, units and spellings.
    fn compared_pairwise(boards: &[Board<'_>], room: usize) -> Vec<Apart> {
        let title_key = |t: &str| fold(&crate::text::fit(t.trim(), room));
        let key = |s: &str| fold(s);
        let mut out = Vec::new();
        for b in boards {
            let title = title_key(b.title);
            let same: Vec<&Board> = (boards.iter())
                .filter(|o| title_key(o.title) == title)
                .collect();
            let unit = b.unit.map(key).filter(|u| !u.is_empty());
            out.push(if title.is_empty() {
                Apart::File(b.file.to_string())
            } else if same.len() < 2 {
                Apart::Title
            } else {
                let alike = |u: &str| {
                    (same.iter())
                        .filter(|o| o.unit.map(key).as_deref() == Some(u))
                        .count()
                };
                match (unit, b.unit) {
                    (Some(u), Some(shown)) if alike(&u) == 1 => {
                        Apart::Unit(shown.trim().to_string())
                    }
                    _ => Apart::File(b.file.to_string()),
                }
            });
        }
        out
    }

    #[test]
    fn counting_names_gives_what_comparing_every_pair_gives() {
        let titles = [
            "Drift",
            "drift ",
            "DRIFT",
            "Forbedring",
            "",
            " ",
            "Drift nord",
            "Driftstavle – sone nord",
        ];
        let units = [
            None,
            Some("Nord"),
            Some("nord"),
            Some(" "),
            Some("Sør"),
            Some("Sone  nord"),
        ];
        let files: Vec<String> = (0..200).map(|i| format!("t{i}.json")).collect();
        // A small deterministic generator: many collisions of every kind.
        let mut x: u64 = 24;
        let mut next = |n: usize| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (x >> 33) as usize % n
        };
        let mut differing_kinds = std::collections::HashSet::new();
        for len in [0, 1, 2, 3, 5, 8, 20, 200] {
            let boards: Vec<Board> = (0..len)
                .map(|i| {
                    b(
                        titles[next(titles.len())],
                        units[next(units.len())],
                        &files[i],
                    )
                })
                .collect();
            for room in [usize::MAX, 40, 6, 3] {
                let got = if room == usize::MAX {
                    apart(&boards)
                } else {
                    apart_within(&boards, room)
                };
                assert_eq!(
                    got,
                    compared_pairwise(&boards, room),
                    "{len} boards, room {room}"
                );
                differing_kinds.extend(got.iter().map(std::mem::discriminant));
            }
        }
        // The inputs did reach every answer: title, unit and file.
        assert_eq!(differing_kinds.len(), 3);
    }
}

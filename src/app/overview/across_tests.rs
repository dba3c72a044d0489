//! The kept values across the boards equal the ones worked out afresh over
//! all the entries (`board_names`, `board_names_within`, `board_apart` and
//! the column widths as the overview used to fold them), after random
//! sequences of edits, new boards, deleted boards, broken files and moves
//! in the order.

use std::path::PathBuf;
use std::sync::Arc;

use proptest::prelude::*;

use super::{Across, Widths};
use crate::app::entry::Entry;
use crate::app::overview::{board_apart, board_names, board_names_within};
use tavle_core::model::Board;

fn template() -> Board {
    let bytes = include_bytes!("../../../boards/hjemmetjenesten-nord.json").to_vec();
    crate::folder::store::analyze_bytes(bytes)
        .board
        .expect("the example board parses")
}

const TITLES: &[&str] = &[
    "Drift",
    "drift ",
    "Drift  nord",
    "Driftstavle – Hjemmebaserte tjenester, sone nord",
    "Driftstavle – Hjemmebaserte tjenester, sone sør",
    "Forbedring",
    "",
    "   ",
];
const UNITS: &[Option<&str>] = &[
    None,
    Some("Nord"),
    Some("nord"),
    Some("Sør"),
    Some(""),
    Some("En lang enhet"),
];

/// One step done to the list of entries.
#[derive(Debug, Clone)]
enum Op {
    /// The board at (index mod len) taken in anew with this title, unit,
    /// number of columns and of indicators.
    Edit(usize, usize, usize, usize, usize),
    /// A new board file.
    Add(usize, usize),
    Delete(usize),
    /// The file no longer parses and never did (no board).
    Unread(usize),
    /// Two boards change places (the order worst first).
    Swap(usize, usize),
    /// The same content read again: a new board with the same title.
    Reread(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<usize>(), 0..TITLES.len(), 0..UNITS.len(), 0..6usize, 0..5usize)
            .prop_map(|(i, t, u, c, n)| Op::Edit(i, t, u, c, n)),
        2 => (0..TITLES.len(), 0..UNITS.len()).prop_map(|(t, u)| Op::Add(t, u)),
        2 => any::<usize>().prop_map(Op::Delete),
        1 => any::<usize>().prop_map(Op::Unread),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Op::Swap(a, b)),
        1 => any::<usize>().prop_map(Op::Reread),
    ]
}

fn board(base: &Board, t: usize, u: usize, columns: usize, indicators: usize) -> Board {
    let mut b = base.clone();
    b.title = TITLES[t].to_string();
    b.unit = UNITS[u].map(str::to_string);
    let ind = b.indicators.first().cloned();
    b.columns.truncate(columns.max(1));
    b.indicators = ind.into_iter().cycle().take(indicators).collect();
    b
}

fn apply(entries: &mut Vec<Entry>, base: &Board, op: &Op, next: &mut usize) {
    let n = entries.len();
    match *op {
        Op::Edit(i, t, u, c, k) if n > 0 => {
            entries[i % n].replace(Some(Arc::new(board(base, t, u, c, k))));
        }
        Op::Add(t, u) => {
            *next += 1;
            let mut e = entries[0].clone();
            e.path = PathBuf::from(format!("/mappe/tavle-{next}.json"));
            e.id = format!("tavle-{next}");
            e.replace(Some(Arc::new(board(base, t, u, 3, 2))));
            entries.push(e);
        }
        Op::Delete(i) if n > 1 => {
            entries.remove(i % n);
        }
        Op::Unread(i) if n > 0 => entries[i % n].replace(None),
        Op::Swap(a, b) if n > 0 => entries.swap(a % n, b % n),
        Op::Reread(i) if n > 0 => {
            let b = entries[i % n].board.as_deref().cloned();
            entries[i % n].replace(b.map(Arc::new));
        }
        _ => {}
    }
}

/// The widths as the overview folded them over every board each frame.
fn widths_afresh(entries: &[Entry]) -> Widths {
    let boards: Vec<&Board> = entries.iter().filter_map(|e| e.board.as_deref()).collect();
    Widths {
        cards: boards
            .iter()
            .map(|b| b.columns.len() * 2)
            .max()
            .unwrap_or(0),
        indicators: (boards.iter())
            .map(|b| (b.indicators.len() * 10).saturating_sub(1))
            .max()
            .unwrap_or(0),
        unit: (boards.iter())
            .filter_map(|b| b.unit.as_deref())
            .map(tavle_core::text::width)
            .max()
            .unwrap_or(0),
    }
}

fn start(base: &Board) -> Vec<Entry> {
    let a = crate::folder::store::analyze_bytes(
        include_bytes!("../../../boards/hjemmetjenesten-nord.json").to_vec(),
    );
    let first = Entry::from_analysis(PathBuf::from("/mappe/tavle-0.json"), a);
    let mut entries = vec![first];
    let mut next = 0;
    for (t, u) in [(0, 1), (1, 1), (0, 3), (3, 0), (4, 0), (5, 2)] {
        apply(&mut entries, base, &Op::Add(t, u), &mut next);
    }
    entries
}

fn check(across: &Across, entries: &[Entry]) -> Result<(), TestCaseError> {
    // As many rooms as are kept: each is brought up to date, not made anew.
    for room in [None, Some(4), Some(30)] {
        let names = across.names(entries, room);
        let want = match room {
            None => board_names(entries),
            Some(r) => board_names_within(entries, r),
        };
        let got: Vec<_> = (0..entries.len()).filter_map(|i| names.get(i)).collect();
        prop_assert_eq!(got, want, "room {:?}", room);
        if room.is_none() {
            let apart: Vec<_> = (0..entries.len()).filter_map(|i| names.apart(i)).collect();
            prop_assert_eq!(apart, board_apart(entries));
        }
    }
    prop_assert_eq!(across.widths(entries), widths_afresh(entries));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn kept_names_and_widths_equal_fresh_ones_after_any_edits(
        ops in proptest::collection::vec(op(), 1..40),
        every in 1..4usize,
    ) {
        let base = template();
        let mut entries = start(&base);
        let across = Across::default();
        let mut next = 100;
        check(&across, &entries)?;
        for (k, o) in ops.iter().enumerate() {
            apply(&mut entries, &base, o, &mut next);
            // Looked at after every step, or only after a few (several
            // changes taken in at once).
            if k % every == 0 {
                check(&across, &entries)?;
            }
        }
        check(&across, &entries)?;
    }
}

/// Two boards with one title are told apart by their units; the title of
/// one changed (a new board in its entry) leaves the other alone.
#[test]
fn an_edit_tells_apart_only_what_it_changed() {
    let base = template();
    let mut entries = start(&base);
    let across = Across::default();
    let names = across.names(&entries, None);
    // "Drift" (Nord) and "drift " (Nord) share title and unit: their files;
    // "Drift" (Sør) its unit.
    assert_eq!(
        names.get(1),
        Some(("Drift".into(), " (tavle-1.json)".into()))
    );
    assert_eq!(
        names.get(2),
        Some(("drift".into(), " (tavle-2.json)".into()))
    );
    assert_eq!(names.get(3), Some(("Drift".into(), " (Sør)".into())));
    drop(names);
    entries[2].replace(Some(Arc::new(board(&base, 5, 0, 3, 2))));
    let names = across.names(&entries, None);
    // Now tavle-1 (Nord) and tavle-3 (Sør) differ by unit.
    assert_eq!(names.get(1), Some(("Drift".into(), " (Nord)".into())));
    assert_eq!(names.get(3), Some(("Drift".into(), " (Sør)".into())));
}

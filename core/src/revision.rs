//! The revisions of a board: every save records the id of the content it
//! wrote in the file itself (`revisions`, newest first, the way CouchDB's
//! `_revisions` does), so the common ancestor of a board and a sync
//! client's conflict copy of it is found from the two files, not guessed
//! from what one machine happened to keep.
//!
//! A revision id is the content's own fingerprint: FNV-1a over the board
//! written in the canonical layout *without* its `revisions`, as 12 hex
//! digits. So a version kept somewhere (`.tavle/revs/`) proves its own id,
//! a version cannot be passed off as another, and two machines that reach
//! the same content (an undo, a merge made on both sides) reach the same
//! id. A version both histories name is a common ancestor of both.
//!
//! Pure: boards in, ids out. Keeping versions on disk is the folder layer's.

use crate::model::Board;

/// How many revision ids a board keeps: enough for weeks of daily meetings
/// apart; a merge of sides further apart than that is two-way (asks more).
pub const KEEP: usize = 100;

/// The id of `board`'s content (its `revisions` left out).
pub fn id(board: &Board) -> String {
    let mut content = board.clone();
    content.revisions.clear();
    let text = serde_json::to_string_pretty(&content).unwrap_or_default();
    format!("{:012x}", fnv1a(text.as_bytes()) & 0xffff_ffff_ffff)
}

/// The id `board` says it has: the first of its history, or, for a board
/// saved before revisions were kept, the id of its content.
pub fn current(board: &Board) -> String {
    board
        .revisions
        .first()
        .cloned()
        .unwrap_or_else(|| id(board))
}

/// Record a save: `board` is what will be written, `before` the id of the
/// file it replaces. The history keeps `before` (a file from before
/// revisions were kept has none yet) and gets the new content's id on top;
/// an id met again (an undo back to it) moves to the top; at most [`KEEP`].
pub fn advance(board: &mut Board, before: &str) {
    let new = id(board);
    let mut history = vec![new];
    if !board.revisions.iter().any(|r| r == before) {
        history.push(before.to_string());
    }
    history.extend(board.revisions.iter().cloned());
    board.revisions = dedup(history);
}

/// Both histories as one, `a`'s first: the history of a merge of the two.
pub fn union(a: &[String], b: &[String]) -> Vec<String> {
    dedup(a.iter().chain(b).cloned().collect())
}

fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<String> = ids.into_iter().filter(|i| seen.insert(i.clone())).collect();
    out.truncate(KEEP);
    out
}

/// The revisions both boards have been at, newest (on `board`'s side)
/// first, each board's own content counting: the candidates for the common
/// ancestor of a merge, best first.
pub fn common(board: &Board, copy: &Board) -> Vec<String> {
    let history = |b: &Board| {
        let mut ids = vec![id(b)];
        ids.extend(b.revisions.iter().cloned());
        ids
    };
    let theirs: std::collections::HashSet<String> = history(copy).into_iter().collect();
    dedup(
        history(board)
            .into_iter()
            .filter(|i| theirs.contains(i))
            .collect(),
    )
}

/// The common ancestor of `board` and `copy`: the newest revision both
/// histories name whose content is known — one of the two boards itself
/// (when the other descends from it), or one of `kept`.
pub fn ancestor(board: &Board, copy: &Board, kept: &[Board]) -> Option<Board> {
    let known: Vec<(String, &Board)> = [board, copy]
        .into_iter()
        .chain(kept)
        .map(|b| (id(b), b))
        .collect();
    common(board, copy).iter().find_map(|want| {
        known
            .iter()
            .find(|(have, _)| have == want)
            .map(|(_, b)| (*b).clone())
    })
}

/// Whether `earlier` is a version `board` has been at, by the ids `board`
/// records. A board without a history says nothing (a file from before
/// revisions were kept, or a test): then the caller's word is taken.
pub fn is_ancestor(earlier: &Board, board: &Board) -> bool {
    if board.revisions.is_empty() {
        return true;
    }
    let e = id(earlier);
    board.revisions.contains(&e) || id(board) == e
}

/// 64-bit FNV-1a: fixed for good (ids are written into files and compared
/// across machines and versions of tavle), unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board(cards: &[&str]) -> Board {
        let cards: Vec<String> = cards
            .iter()
            .map(|id| format!(r#"{{"id":"{id}","title":"Kort {id}","column":"a"}}"#))
            .collect();
        let text = format!(
            r#"{{"tavle":1,"title":"T","kind":"drift","columns":[{{"id":"a","title":"A"}}],"cards":[{}]}}"#,
            cards.join(",")
        );
        crate::analyze::analyze_text(&text).0.unwrap()
    }

    /// A save of `next` over `prev`, as the folder layer does it.
    fn save(prev: &Board, mut next: Board) -> Board {
        next.revisions = prev.revisions.clone();
        advance(&mut next, &current(prev));
        next
    }

    #[test]
    fn the_id_is_the_content_without_its_history_and_fixed() {
        let a = board(&["k1"]);
        let mut b = a.clone();
        b.revisions = vec!["x".into(), "y".into()];
        assert_eq!(id(&a), id(&b), "the history is not content");
        assert_ne!(id(&a), id(&board(&["k2"])));
        assert_eq!(id(&a).len(), 12);
        // Written into files: the same on every machine and every build.
        // FNV-1a 64 of "tavle", worked out by hand (Python) from the spec.
        assert_eq!(fnv1a(b"tavle"), 0xdcd7_4329_ec71_e483);
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }

    #[test]
    fn saves_extend_one_history_and_the_common_ancestor_is_found_from_both_files() {
        let r0 = board(&["k1"]);
        let r1 = save(&r0, board(&["k1", "k2"]));
        assert_eq!(r1.revisions, [id(&r1), id(&r0)]);
        // Apart: each side saves on top of r1.
        let a = save(&r1, board(&["k1", "k2", "a"]));
        let b = save(&r1, board(&["k1", "k2", "b"]));
        let b2 = save(&b, board(&["k1", "k2", "b", "b2"]));
        assert_eq!(common(&a, &b2), [id(&r1), id(&r0)]);
        assert!(is_ancestor(&r1, &a) && is_ancestor(&r1, &b2));
        assert!(!is_ancestor(&b, &a), "b is not in a's history");
        // The merge's history holds both; the next save extends it.
        let mut merged = board(&["k1", "k2", "a", "b", "b2"]);
        merged.revisions = union(&a.revisions, &b2.revisions);
        advance(&mut merged, &current(&a));
        assert_eq!(merged.revisions[0], id(&merged));
        for side in [&a, &b, &b2, &r1, &r0] {
            assert!(merged.revisions.contains(&id(side)));
        }
        // No common revision: no ancestor.
        assert!(common(&board(&["x"]), &board(&["y"])).is_empty());
        // The ancestor is the newest common revision whose content is known.
        assert_eq!(
            ancestor(&a, &b2, std::slice::from_ref(&r0)),
            Some(r0.clone())
        );
        assert_eq!(
            ancestor(&a, &b2, &[r0.clone(), r1.clone()]),
            Some(r1.clone())
        );
        assert_eq!(
            ancestor(&a, &b2, std::slice::from_ref(&b)),
            None,
            "b is not a's"
        );
        // One side is itself the ancestor of the other.
        assert_eq!(ancestor(&r1, &b2, &[]), Some(r1.clone()));
    }

    #[test]
    fn a_history_is_bounded_and_an_undo_moves_its_id_to_the_top() {
        let mut b = board(&["k1"]);
        for i in 0..(KEEP + 10) {
            b = save(&b, board(&["k1", &format!("k{}", i + 2)]));
        }
        assert_eq!(b.revisions.len(), KEEP);
        let back = save(&b, board(&["k1"]));
        let again = save(&back, board(&["k1", "k9999"]));
        let undo = save(&again, board(&["k1"]));
        assert_eq!(undo.revisions[0], id(&board(&["k1"])));
        assert_eq!(
            undo.revisions
                .iter()
                .filter(|r| **r == undo.revisions[0])
                .count(),
            1
        );
    }
}

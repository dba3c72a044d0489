//! More tests of where a page may be written (run 16's survivors).

use super::*;

/// A folder that is not there (yet) cannot be made canonical: the paths
/// are compared as written, so a page named like a board in that very
/// folder is still one of its boards, and one in another folder is not.
#[test]
fn folders_not_there_are_compared_as_written() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("not-there");
    assert!(is_board_of(&missing.join("plan.json"), &missing));
    assert!(!is_board_of(
        &missing.join("a").join("plan.json"),
        &missing.join("b")
    ));
}

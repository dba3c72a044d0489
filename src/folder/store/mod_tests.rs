//! More tests of reading a board file (run 16's survivors).

use super::*;

/// A file that is no text still has a fingerprint of its bytes (the poller
/// tells a touch from a change by it): the same bytes the same, other
/// bytes another, whatever the hash.
#[test]
fn bytes_that_are_no_text_have_a_fingerprint_of_their_own() {
    let a = b"{\"tavle\":1,\"title\":\"\xFF\"}".to_vec();
    let b = b"{\"tavle\":1,\"title\":\"\xFE\"}".to_vec();
    let (fa, fb) = (analyze_bytes(a.clone()), analyze_bytes(b));
    assert!(fa.board.is_none() && fa.problems.len() == 1);
    assert_eq!(fa.problems[0].kind, DiagKind::NotUtf8);
    assert_ne!(fa.fingerprint, fb.fingerprint);
    assert_eq!(analyze_bytes(a).fingerprint, fa.fingerprint);
}

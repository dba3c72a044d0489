//! More tests of what a lock file says (run 16's survivors).

use super::*;

/// A lock that names one id of the three still names ids: the others are
/// unknown, not "an older tavle" (each id alone, since any one of them is
/// written only by a tavle that writes ids).
#[test]
fn one_id_line_alone_is_a_holder_with_ids() {
    let only = |line: &str| {
        Holder::parse(format!("host=vm\npid=42\nat=x\n{line}\n").as_bytes())
            .unwrap()
            .ids
            .map(|ids| *ids)
    };
    let ids = |machine: Option<&str>, boot: Option<&str>, pidns: Option<&str>| Ids {
        machine: machine.map(str::to_string),
        boot: boot.map(str::to_string),
        pidns: pidns.map(str::to_string),
    };
    assert_eq!(only("machine=3d12"), Some(ids(Some("3d12"), None, None)));
    assert_eq!(only("boot=eb89"), Some(ids(None, Some("eb89"), None)));
    assert_eq!(
        only("pidns=pid:[7]"),
        Some(ids(None, None, Some("pid:[7]")))
    );
    // Written empty: known to be unknown, still a holder with ids.
    assert_eq!(only("machine="), Some(ids(None, None, None)));
    assert_eq!(only("nonce=n"), None);
}

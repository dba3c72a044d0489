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

/// A lock of this machine whose process the OS cannot say anything about is
/// a crash only once it is `STALE_AFTER` old: a younger one is in use.
#[test]
fn an_unknown_holder_here_is_held_until_it_is_stale() {
    let here = Machine {
        host: "me".into(),
        ids: Ids::default(),
    };
    let text = "host=me\npid=7\nat=x\nnonce=n\nmachine=\nboot=\npidns=\n";
    let now = SystemTime::now();
    let seen = |age_secs: u64| Seen {
        meta: Meta {
            kind: NodeKind::File,
            len: text.len() as u64,
            modified: Some(now - Duration::from_secs(age_secs)),
            id: (1, 1),
            mode: 0o644,
            gid: None,
            readonly: false,
        },
        bytes: text.as_bytes().to_vec(),
        holder: Holder::parse(text.as_bytes()),
        unreadable: false,
    };
    let unknown = |_| Liveness::Unknown;
    assert_eq!(judge(&seen(2), now, &here, unknown), Verdict::Held);
    assert_eq!(judge(&seen(29), now, &here, unknown), Verdict::Held);
    assert_eq!(judge(&seen(30), now, &here, unknown), Verdict::Breakable);
}

/// The very same lock is the same file with the same time, size and bytes:
/// a lock that differs in any one of them is another lock (a new lock may
/// reuse a freed inode number, and a refilled one keeps its file).
#[test]
fn a_lock_is_the_same_only_when_file_time_size_and_bytes_all_match() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let seen = |id: u64, secs: u64, len: u64, bytes: &[u8]| Seen {
        meta: Meta {
            kind: NodeKind::File,
            len,
            modified: Some(at + Duration::from_secs(secs)),
            id: (1, id),
            mode: 0o644,
            gid: None,
            readonly: false,
        },
        bytes: bytes.to_vec(),
        holder: None,
        unreadable: false,
    };
    let one = seen(7, 0, 3, b"abc");
    assert!(one.same(&seen(7, 0, 3, b"abc")));
    assert!(!one.same(&seen(8, 0, 3, b"abc")), "another file");
    assert!(!one.same(&seen(7, 1, 3, b"abc")), "another time");
    assert!(!one.same(&seen(7, 0, 4, b"abc")), "another size");
    assert!(!one.same(&seen(7, 0, 3, b"abd")), "other bytes");
}

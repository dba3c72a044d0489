//! Tests of what a lock says and how it is judged, with an injected clock
//! and process table: the holder's text and ids, where a holder is, the
//! verdict by place and age as seen by tavle (a time in the future ages from
//! the first sighting), and the mode a lock file is created with.
//!
//! Each test that plants a future time uses file ids of its own, so that
//! the per-process memo of first sightings is not shared between tests.

use super::age;
use super::files::{first_mode, group_bits};
use super::holder::{Seen, Verdict, judge};
use super::machine::place;
use super::*;
use crate::folder::safe_fs::Meta;
use crate::platform::Liveness;
use std::cell::Cell;

fn ids(machine: &str, boot: &str, pidns: &str) -> Ids {
    let v = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Ids {
        machine: v(machine),
        boot: v(boot),
        pidns: v(pidns),
    }
}

fn me() -> Machine {
    Machine {
        host: "me".into(),
        ids: ids("m1", "b1", "pid:[1]"),
    }
}

fn holder(host: &str, ids: Option<Ids>) -> Holder {
    Holder {
        host: host.into(),
        pid: 7,
        at: String::new(),
        nonce: Some("n".into()),
        ids: ids.map(Box::new),
    }
}

fn meta(id: u64, modified: Option<SystemTime>) -> Meta {
    Meta {
        kind: NodeKind::File,
        len: 1,
        modified,
        id: (1, id),
        mode: 0o644,
        gid: None,
        readonly: false,
    }
}

fn seen_at(holder: Option<Holder>, id: u64, modified: Option<SystemTime>) -> Seen {
    Seen {
        meta: meta(id, modified),
        bytes: holder
            .as_ref()
            .map(|h| h.to_text().into_bytes())
            .unwrap_or_default(),
        holder,
        unreadable: false,
    }
}

fn seen(holder: Option<Holder>, age: Duration) -> Seen {
    seen_at(holder, 1, Some(SystemTime::now() - age))
}

#[test]
fn stale_is_judged_by_holder_liveness_and_age() {
    let here = || Some(holder("me", Some(me().ids)));
    let other = || Some(holder("other", Some(me().ids)));
    let now = SystemTime::now();
    let s = Duration::from_secs;
    let j = |seen: &Seen, l: Liveness| judge(seen, now, &me(), |_| l);
    assert_eq!(j(&seen(here(), s(2)), Liveness::Dead), Verdict::Breakable);
    assert_eq!(
        j(&seen(here(), Duration::ZERO), Liveness::Dead),
        Verdict::Held
    );
    assert_eq!(j(&seen(here(), s(2)), Liveness::Alive), Verdict::Held);
    assert_eq!(j(&seen(here(), s(40)), Liveness::Alive), Verdict::Stale);
    assert_eq!(
        j(&seen(here(), s(40)), Liveness::Unknown),
        Verdict::Breakable
    );
    assert_eq!(j(&seen(other(), s(10)), Liveness::Dead), Verdict::Held);
    assert_eq!(j(&seen(other(), s(40)), Liveness::Dead), Verdict::Stale);
    assert_eq!(j(&seen(None, s(2)), Liveness::Dead), Verdict::Held);
    assert_eq!(j(&seen(None, s(6)), Liveness::Alive), Verdict::Breakable);
    // A lock this user may not read is someone's: never broken automatically.
    let mut hidden = seen(None, s(600));
    hidden.unreadable = true;
    assert_eq!(j(&hidden, Liveness::Dead), Verdict::Stale);
    hidden.meta.modified = Some(now - s(6));
    assert_eq!(j(&hidden, Liveness::Dead), Verdict::Held);
}

#[test]
fn a_holder_is_here_only_when_host_machine_boot_and_pid_namespace_all_match() {
    let asked = Cell::new(0);
    let dead = |_| {
        asked.set(asked.get() + 1);
        Liveness::Dead
    };
    let at = |h: Holder| place(Some(&h), false, &me(), dead);
    let cases = [
        (holder("other", Some(me().ids)), Differs::Host),
        (
            holder("me", Some(ids("m2", "b1", "pid:[1]"))),
            Differs::Machine,
        ),
        (
            holder("me", Some(ids("m1", "b2", "pid:[1]"))),
            Differs::Boot,
        ),
        (
            holder("me", Some(ids("m1", "b1", "pid:[2]"))),
            Differs::PidNamespace,
        ),
        // One side that cannot tell is not the same as one that can.
        (
            holder("me", Some(ids("m1", "b1", ""))),
            Differs::PidNamespace,
        ),
        (
            holder("me", Some(ids("", "b1", "pid:[1]"))),
            Differs::Machine,
        ),
    ];
    for (h, differs) in cases {
        assert_eq!(at(h.clone()), Place::Elsewhere(differs), "{h:?}");
    }
    assert_eq!(asked.get(), 0, "another machine's pid was looked up here");
    assert_eq!(
        at(holder("me", Some(me().ids))),
        Place::Here {
            alive: Liveness::Dead,
            by_name_only: false
        }
    );
    // An older tavle's lock names only the host: judged by it, and said so.
    assert_eq!(
        at(holder("me", None)),
        Place::Here {
            alive: Liveness::Dead,
            by_name_only: true
        }
    );
    assert_eq!(asked.get(), 2);
    // A system that can tell none of the ids, on both sides, is judged by the name.
    let bare = Machine {
        host: "me".into(),
        ids: Ids::default(),
    };
    let h = holder("me", Some(Ids::default()));
    assert!(matches!(
        place(Some(&h), false, &bare, |_| Liveness::Alive),
        Place::Here {
            by_name_only: false,
            ..
        }
    ));
    assert_eq!(place(None, false, &me(), dead), Place::Nobody);
    assert_eq!(place(None, true, &me(), dead), Place::Unreadable);
}

#[test]
fn a_holder_with_ids_survives_its_text_and_an_older_lock_has_none() {
    let full = holder("vm", Some(ids("3d12", "eb89", "pid:[4026532175]")));
    assert_eq!(Holder::parse(full.to_text().as_bytes()), Some(full.clone()));
    let text = full.to_text();
    for line in [
        "machine=3d12",
        "boot=eb89",
        "pidns=pid:[4026532175]",
        "pid=7",
    ] {
        assert!(text.lines().any(|l| l == line), "{text}");
    }
    // An id this system cannot tell is written empty and read back as unknown.
    let partial = holder("vm", Some(ids("", "eb89", "")));
    assert!(partial.to_text().contains("machine=\n"));
    assert_eq!(Holder::parse(partial.to_text().as_bytes()), Some(partial));
    // An older tavle's lock: no id lines at all.
    let old = Holder::parse(b"host=vm\npid=42\nat=x\nnonce=n\n").unwrap();
    assert_eq!((old.pid, old.ids), (42, None));
    // `pidns=` first does not hide `pid=`; unknown lines are skipped.
    let h = Holder::parse(b"pidns=pid:[9]\nfuture=1\nhost=vm\npid=42\n").unwrap();
    assert_eq!(h.pid, 42);
    assert_eq!(h.ids.unwrap().pidns.as_deref(), Some("pid:[9]"));
    // What an older tavle reads from a new lock: the fields it knows.
    let older = |text: &str, k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
            .map(str::to_string)
    };
    assert_eq!(older(&text, "pid").as_deref(), Some("7"));
    assert_eq!(older(&text, "host").as_deref(), Some("vm"));
    // This process's own lock names its ids.
    let mine = Holder::me("n".into());
    assert_eq!(mine.ids.as_deref(), Some(Ids::here()));
    assert_eq!(mine.pid, std::process::id());
}

#[test]
fn a_future_lock_ages_from_when_tavle_first_saw_it() {
    let now = SystemTime::now();
    let year_2126 = Some(now + Duration::from_secs(100 * 365 * 24 * 3600));
    let m = me();
    let dead_here = Some(holder("me", Some(m.ids.clone())));
    let judge_at = |seen: &Seen, after: Duration| judge(seen, now + after, &m, |_| Liveness::Dead);
    // A dead holder of this machine: broken once seen for DEAD_MIN_AGE.
    let dead = seen_at(dead_here.clone(), 9001, year_2126);
    assert_eq!(judge_at(&dead, Duration::ZERO), Verdict::Held);
    assert_eq!(judge_at(&dead, DEAD_MIN_AGE / 2), Verdict::Held);
    assert_eq!(judge_at(&dead, DEAD_MIN_AGE), Verdict::Breakable);
    // An empty lock: broken once seen for EMPTY_MIN_AGE.
    let empty = seen_at(None, 9002, year_2126);
    assert_eq!(judge_at(&empty, Duration::ZERO), Verdict::Held);
    assert_eq!(judge_at(&empty, DEAD_MIN_AGE), Verdict::Held);
    assert_eq!(judge_at(&empty, EMPTY_MIN_AGE), Verdict::Breakable);
    // The same file with other bytes is another lock: its own first sighting.
    let mut refilled = empty.clone();
    refilled.bytes = b"garbage".to_vec();
    assert_eq!(judge_at(&refilled, EMPTY_MIN_AGE), Verdict::Held);
    // Another machine's future lock: stale once seen for STALE_AFTER.
    let far = seen_at(Some(holder("other", None)), 9003, year_2126);
    assert_eq!(judge_at(&far, Duration::ZERO), Verdict::Held);
    assert_eq!(judge_at(&far, STALE_AFTER), Verdict::Stale);
    // A file with no time at all ages the same way.
    let timeless = seen_at(dead_here, 9004, None);
    assert_eq!(judge_at(&timeless, Duration::ZERO), Verdict::Held);
    assert_eq!(judge_at(&timeless, DEAD_MIN_AGE), Verdict::Breakable);
}

#[test]
fn a_time_within_clock_skew_is_trusted_and_one_beyond_it_is_not() {
    let now = SystemTime::now();
    let ahead = |secs: u64| meta(1, Some(now + Duration::from_secs(secs)));
    assert!(!age::untrusted(&ahead(0), now));
    assert!(!age::untrusted(&ahead(FUTURE_SKEW.as_secs()), now));
    assert!(age::untrusted(&ahead(FUTURE_SKEW.as_secs() + 1), now));
    assert!(age::untrusted(&meta(1, None), now));
    assert_eq!(age::future_time(&ahead(10), now), None);
    let far = now + Duration::from_secs(3600);
    assert_eq!(age::future_time(&meta(1, Some(far)), now), Some(far));
}

#[test]
fn a_lock_is_never_readable_by_more_than_its_board() {
    let board = |mode: u32| Meta {
        mode,
        gid: Some(100),
        ..meta(1, None)
    };
    // (board mode, created with, group bits added once in the board's group)
    let table = [
        (0o600, 0o600, 0o000),
        (0o640, 0o600, 0o040),
        (0o660, 0o600, 0o040),
        (0o644, 0o604, 0o040),
        (0o666, 0o604, 0o040),
        (0o604, 0o604, 0o000),
        (0o400, 0o600, 0o000),
        (0o000, 0o600, 0o000),
        (0o777, 0o604, 0o040),
    ];
    for (mode, first, group) in table {
        let b = board(mode);
        assert_eq!(first_mode(Some(&b)), first, "{mode:o}");
        assert_eq!(group_bits(&b), group, "{mode:o}");
        // Never a bit for group or others the board does not give.
        assert_eq!((first | group) & 0o077 & !mode, 0, "{mode:o}");
    }
    // No board yet: readable as tavle always made locks (the umask narrows).
    assert_eq!(first_mode(None), 0o644);
}

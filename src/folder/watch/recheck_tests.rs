//! The decision of a poll round, without a folder or a clock: which stamp
//! differences make a re-read, when a file is racy, and that the turns cover
//! every file within the full-check time.

use super::*;

const S: i128 = 1_000_000_000;

/// A stamp last modified and changed at `t` seconds.
fn stamp(t: i128) -> FileStamp {
    FileStamp {
        len: 100,
        modified_ns: t * S,
        changed_ns: t * S,
        id: (1, 42),
        mode: 0o644,
    }
}

/// Known as read at `read` seconds with that stamp.
fn known(stamp: FileStamp, read: i128) -> Known {
    Known {
        stamp: Some(stamp),
        state: (7, None),
        read_ns: read * S,
    }
}

#[test]
fn an_unknown_file_or_an_unknown_stamp_is_read() {
    let s = stamp(100);
    assert_eq!(decide(None, Some(&s), false, false), Reason::New);
    let k = known(s, 1000);
    assert_eq!(decide(Some(&k), None, false, false), Reason::Stamp);
    let blind = Known { stamp: None, ..k };
    assert_eq!(decide(Some(&blind), Some(&s), false, false), Reason::Stamp);
}

#[test]
fn an_old_unchanged_stamp_is_not_read() {
    let s = stamp(100);
    assert_eq!(
        decide(Some(&known(s, 1000)), Some(&s), false, false),
        Reason::Skip
    );
}

#[test]
fn every_part_of_the_stamp_counts() {
    let s = stamp(100);
    let k = known(s, 1000);
    let changes = [
        FileStamp { len: 101, ..s },
        FileStamp {
            modified_ns: s.modified_ns + 1,
            ..s
        },
        FileStamp {
            modified_ns: s.modified_ns - 3600 * S,
            ..s
        },
        FileStamp {
            changed_ns: s.changed_ns + 1,
            ..s
        },
        FileStamp { id: (1, 43), ..s },
        FileStamp { id: (2, 42), ..s },
        FileStamp { mode: 0o444, ..s },
    ];
    for c in changes {
        assert_eq!(
            decide(Some(&k), Some(&c), false, false),
            Reason::Stamp,
            "{c:?}"
        );
    }
}

#[test]
fn a_file_changed_close_to_its_read_is_racy_until_read_later() {
    let s = stamp(100);
    // Read in the same second as the write, and up to RACY after it.
    for read in [100, 101, 102] {
        assert_eq!(
            decide(Some(&known(s, read)), Some(&s), false, false),
            Reason::Racy
        );
    }
    // Read clearly after: trusted.
    assert_eq!(
        decide(Some(&known(s, 103)), Some(&s), false, false),
        Reason::Skip
    );
    // A change time close to the read makes it racy too (a touch back).
    let touched = FileStamp {
        modified_ns: 10 * S,
        ..s
    };
    assert_eq!(
        decide(Some(&known(touched, 101)), Some(&touched), false, false),
        Reason::Racy
    );
    // A time ahead of the reader's clock as well.
    assert_eq!(
        decide(Some(&known(s, 50)), Some(&s), false, false),
        Reason::Racy
    );
}

#[test]
fn the_open_board_and_its_turn_are_read_though_unchanged() {
    let s = stamp(100);
    let k = known(s, 1000);
    assert_eq!(decide(Some(&k), Some(&s), true, false), Reason::Open);
    assert_eq!(decide(Some(&k), Some(&s), false, true), Reason::Turn);
}

#[test]
fn turns_cover_every_file_within_the_full_check() {
    let interval = Duration::from_millis(1500);
    // 300 s / 1.5 s = 200 rounds.
    assert_eq!(turn_size(500, interval, FULL_CHECK), 3);
    assert_eq!(turn_size(200, interval, FULL_CHECK), 1);
    assert_eq!(turn_size(1, interval, FULL_CHECK), 1);
    assert_eq!(turn_size(0, interval, FULL_CHECK), 0);
    // A full check shorter than the interval: every file, every round.
    assert_eq!(turn_size(10, interval, Duration::from_millis(1)), 10);
    for files in [1usize, 7, 200, 500, 1001] {
        let size = turn_size(files, interval, FULL_CHECK);
        let rounds = (FULL_CHECK.as_millis() / interval.as_millis()) as usize;
        let mut seen = vec![false; files];
        let mut cursor = 0;
        for _ in 0..rounds {
            for (i, s) in seen.iter_mut().enumerate() {
                *s |= in_turn(i, cursor, size, files);
            }
            cursor = (cursor + size) % files;
        }
        assert!(
            seen.iter().all(|s| *s),
            "{files} files not all checked in {rounds} rounds"
        );
        // And each round checks exactly `size` files.
        let one = (0..files).filter(|&i| in_turn(i, 5, size, files)).count();
        assert_eq!(one, size.min(files));
    }
}

/// An empty folder has no turn: no position is in it (and nothing is
/// divided by its zero files).
#[test]
fn an_empty_folder_has_no_turn() {
    for (i, cursor, size) in [(0, 0, 0), (0, 0, 1), (3, 7, 2)] {
        assert!(!in_turn(i, cursor, size, 0), "{i} {cursor} {size}");
    }
}

//! Tests of what a polling watcher reports and when: a folder that cannot
//! be listed is an error once per cause and a full rescan when it is back; a
//! board file that cannot be read is news when it becomes so and when it
//! mends, not every round in between; a skipped entry is news once; a board
//! deleted between the listing and its reading is not a broken board; a
//! change the stamp cannot see is found in its turn, and the turn keeps its
//! place when the last board of the listing goes.
//!
//! The watcher tests drive the real thread on a temporary folder and count
//! its rounds in [`PollStats`] rather than trusting a clock; the tests of
//! [`poll_round`] itself play the rounds one by one. Every expected path,
//! count and title is written out here, never taken from the code under test.

use std::fs;

use super::*;
use crate::folder::watch::tests::{aged_boards, board, sink, title, wait_for};
use crate::folder::watch::{RACY, watch_polled};
use tavle_core::diag::DiagKind;

/// Rounds come this often in the watcher tests.
const FAST: Duration = Duration::from_millis(10);

/// How long a test waits for something that must come (a busy machine is slow).
const PATIENCE: Duration = Duration::from_secs(10);

/// How long a test listens for events that must not come, where the
/// watcher counts no rounds (while the folder cannot be listed): 30 rounds
/// at [`FAST`] on an idle machine.
#[cfg(unix)]
const QUIET: Duration = Duration::from_millis(300);

fn fast() -> PollOptions {
    PollOptions::new(FAST)
}

/// Make `path` one byte larger than tavle reads (sparse: nothing is written).
fn make_too_large(path: &Path) {
    fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .unwrap()
        .set_len(store::MAX_FILE_SIZE + 1)
        .unwrap();
}

/// Whether a change is `path` present and refused as too large.
fn is_too_large(change: &FileChange, path: &Path) -> bool {
    match change {
        FileChange::Present { path: p, analysis } => {
            p == path
                && analysis.board.is_none()
                && matches!(
                    analysis.problems.as_slice(),
                    [problem] if matches!(problem.kind, DiagKind::TooLarge { .. })
                )
        }
        FileChange::Missing { .. } => false,
    }
}

/// The next event, which must come.
fn next_event(rx: &Receiver<WatchEvent>) -> WatchEvent {
    rx.recv_timeout(PATIENCE)
        .unwrap_or_else(|e| panic!("no event: {e}"))
}

/// The next error, which must come; its message. A round that listed the
/// folder just before it went away finds its files gone: they may come
/// first, as missing.
#[cfg(unix)]
fn next_error(rx: &Receiver<WatchEvent>) -> String {
    loop {
        match next_event(rx) {
            WatchEvent::Error(message) => return message,
            WatchEvent::Changed(changes)
                if changes
                    .iter()
                    .all(|c| matches!(c, FileChange::Missing { .. })) => {}
            other => panic!("expected an error, got {other:?}"),
        }
    }
}

/// Nothing is reported for `time`.
#[cfg(unix)]
fn no_event_for(rx: &Receiver<WatchEvent>, time: Duration) {
    match rx.recv_timeout(time) {
        Err(RecvTimeoutError::Timeout) => {}
        other => panic!("expected nothing, got {other:?}"),
    }
}

/// Wait until the watcher has counted `more` rounds after the ones it has
/// counted now; then nothing may have been reported meanwhile. A round is
/// counted before it reports, so the last round's report may still be on
/// its way: the rounds before it are what is checked.
fn nothing_in_rounds(w: &Watcher, rx: &Receiver<WatchEvent>, more: u64) {
    let rounds = || w.poll_stats().unwrap().rounds;
    let until = rounds() + more;
    let deadline = Instant::now() + PATIENCE;
    while rounds() < until {
        assert!(Instant::now() < deadline, "fewer than {more} rounds");
        thread::sleep(Duration::from_millis(5));
    }
    let told: Vec<WatchEvent> = rx.try_iter().collect();
    assert!(told.is_empty(), "{told:?}");
}

/// A folder that cannot be listed is reported once, not every round, and
/// again only when the cause changes (gone, a file in its place, gone
/// again); when it is back, every board in it comes as a `Rescanned`, the
/// one too large to read included. A good round forgets the failure: the
/// same cause later is reported again. Unix: Windows will not rename a
/// folder while the watcher has a file in it open.
#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_listed_is_one_error_per_cause_then_rescanned() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("tavler");
    let away = tmp.path().join("borte");
    fs::create_dir(&dir).unwrap();
    let a = dir.join("a.json");
    let big = dir.join("big.json");
    fs::write(&a, board("A")).unwrap();
    make_too_large(&big);
    let (send, rx) = sink();
    let w = watch_polled(&dir, fast(), send).unwrap();

    let rescanned = |rx: &Receiver<WatchEvent>| match next_event(rx) {
        WatchEvent::Rescanned(all) => {
            let paths: Vec<&Path> = all.iter().map(FileChange::path).collect();
            assert_eq!(paths, [a.as_path(), big.as_path()]);
            assert_eq!(title(&all[0]), Some("A"));
            assert!(is_too_large(&all[1], &big), "{:?}", all[1]);
        }
        other => panic!("expected a rescan, got {other:?}"),
    };

    fs::rename(&dir, &away).unwrap();
    let not_found = next_error(&rx);
    assert!(not_found.contains("tavler"), "{not_found}");
    no_event_for(&rx, QUIET);

    // A file where the folder was: another cause, another message.
    fs::write(&dir, "ikke en mappe").unwrap();
    let not_a_folder = next_error(&rx);
    assert_ne!(not_a_folder, not_found);
    no_event_for(&rx, QUIET);

    // Gone again: the cause changed back, so it is told again.
    fs::remove_file(&dir).unwrap();
    assert_eq!(next_error(&rx), not_found);
    no_event_for(&rx, QUIET);

    fs::rename(&away, &dir).unwrap();
    rescanned(&rx);
    nothing_in_rounds(&w, &rx, 3);

    // The same cause as the last error, after a good round: told again.
    fs::rename(&dir, &away).unwrap();
    assert_eq!(next_error(&rx), not_found);
    no_event_for(&rx, QUIET);
    fs::rename(&away, &dir).unwrap();
    rescanned(&rx);
    nothing_in_rounds(&w, &rx, 3);
}

/// A board that becomes unreadable (here: too large) is reported as a
/// broken board at once, not again while it stays so though it is read
/// every round (the only file is in turn every round), and reported again
/// when it can be read again.
#[test]
fn an_unreadable_board_is_told_when_it_breaks_and_when_it_mends_not_between() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let a = dir.join("a.json");
    fs::write(&a, board("Før")).unwrap();
    let (send, rx) = sink();
    let w = watch_polled(dir, fast(), send).unwrap();

    make_too_large(&a);
    match next_event(&rx) {
        WatchEvent::Changed(changes) => {
            assert_eq!(changes.len(), 1, "{changes:?}");
            assert!(is_too_large(&changes[0], &a), "{changes:?}");
        }
        other => panic!("expected the broken board, got {other:?}"),
    }
    nothing_in_rounds(&w, &rx, 5);

    // Written in place (a rename over a file the watcher may have open
    // fails on Windows): a round may see it half written first.
    fs::write(&a, board("Etter")).unwrap();
    wait_for(&rx, dir, &a, |c| title(c) == Some("Etter"));
    nothing_in_rounds(&w, &rx, 3);
}

/// An entry named like a board that is not read (a broken link) is
/// reported when it appears, once; when it is gone and comes back, once
/// more.
#[cfg(unix)]
#[test]
fn a_skipped_entry_is_told_once_while_it_stays() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    fs::write(dir.join("a.json"), board("A")).unwrap();
    let (send, rx) = sink();
    let w = watch_polled(dir, fast(), send).unwrap();

    let link = dir.join("x.json");
    let broken = vec![Skipped {
        path: link.clone(),
        why: store::SkipWhy::BrokenLink,
    }];
    for _ in 0..2 {
        symlink("ingenting", &link).unwrap();
        match next_event(&rx) {
            WatchEvent::Skipped(skipped) => assert_eq!(skipped, broken),
            other => panic!("expected the skipped link, got {other:?}"),
        }
        nothing_in_rounds(&w, &rx, 5);
        fs::remove_file(&link).unwrap();
        // Two rounds: the second listed the folder after the removal.
        nothing_in_rounds(&w, &rx, 2);
    }
}

/// A board deleted after the listing saw it and before it is read is
/// missing, not a board that cannot be read. There is no pause between the
/// two to hold, so many files are deleted while rounds read them all; a
/// round must never report one as present and broken. Unix: Windows
/// refuses to delete a file the round has open.
#[cfg(unix)]
#[test]
fn a_board_deleted_while_a_round_reads_is_not_a_broken_board() {
    const FILES: usize = 300;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let paths: Vec<PathBuf> = (0..FILES)
        .map(|i| dir.join(format!("b{i:03}.json")))
        .collect();
    for p in &paths {
        fs::write(p, board("B")).unwrap();
    }
    let stop = AtomicBool::new(false);
    let ctx = Ctx {
        open: None,
        options: fast(),
        stop: &stop,
    };
    let mut seen = Seen::default();
    poll_round(dir, &mut seen, Round::Baseline, &ctx).unwrap();
    assert_eq!(seen.files.len(), FILES);

    // From the last file to the first, against the rounds' order, and
    // spread over many rounds, so that many deletions fall between a
    // round's listing and its reading of the file.
    let deleter = thread::spawn(move || {
        for p in paths.iter().rev() {
            fs::remove_file(p).unwrap();
            thread::sleep(Duration::from_micros(100));
        }
    });
    let deadline = Instant::now() + PATIENCE;
    loop {
        let found = poll_round(dir, &mut seen, Round::Everything, &ctx)
            .unwrap()
            .unwrap();
        for c in &found.changes {
            match c {
                FileChange::Present { path, analysis } => assert!(
                    analysis.board.is_some(),
                    "{} reported broken: {:?}",
                    path.display(),
                    analysis.problems
                ),
                FileChange::Missing { path } => panic!("a rescan tells no Missing: {path:?}"),
            }
        }
        if deleter.is_finished() && seen.files.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "the files are not deleted");
    }
    deleter.join().unwrap();
}

/// Five files in five rounds: one a round.
const ONE_A_ROUND: PollOptions = PollOptions {
    interval: Duration::from_secs(1),
    full_check: Duration::from_secs(5),
};

/// Boards `b0.json` to `b4.json`, last changed long enough ago that their
/// stamps are no longer racy: after the first round, only the turn reads.
fn five_settled_boards(dir: &Path) {
    aged_boards(dir, 5, "Lik");
    thread::sleep(RACY + Duration::from_millis(200));
}

/// One round of changes; the names of the known files it read (those with
/// a new time of reading), sorted, and what it found.
fn changes_round(dir: &Path, seen: &mut Seen, ctx: &Ctx<'_>) -> (Vec<String>, Found) {
    let before = seen.files.clone();
    let found = poll_round(dir, seen, Round::Changes, ctx).unwrap().unwrap();
    let mut read: Vec<String> = seen
        .files
        .iter()
        .filter(|(p, k)| before.get(*p).is_some_and(|b| b.read_ns != k.read_ns))
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    read.sort();
    (read, found)
}

/// A board whose content differs from the last read while its stamp stayed
/// the same (a sync client that sets the old times back within the same
/// tick, a Windows share; on Linux a write always changes the change time,
/// so the test plays it by making the last read's memory differ) is found
/// in its turn:
/// five files re-read within five rounds, one a round, each of them once,
/// and that one reported once.
#[test]
fn a_change_the_stamp_cannot_see_is_found_in_its_turn() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    five_settled_boards(dir);
    let stop = AtomicBool::new(false);
    let ctx = Ctx {
        open: None,
        options: ONE_A_ROUND,
        stop: &stop,
    };
    let mut seen = Seen::default();
    poll_round(dir, &mut seen, Round::Baseline, &ctx).unwrap();
    let b3 = dir.join("b3.json");
    seen.files.get_mut(&b3).unwrap().state.0 ^= 1;

    let mut read = Vec::new();
    let mut reported = Vec::new();
    for _ in 0..5 {
        let (names, found) = changes_round(dir, &mut seen, &ctx);
        assert_eq!(found.cost.opened, 1);
        read.extend(names);
        reported.extend(found.changes);
    }
    read.sort();
    assert_eq!(
        read,
        ["b0.json", "b1.json", "b2.json", "b3.json", "b4.json"]
    );
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert_eq!(reported[0].path(), b3);
    assert_eq!(title(&reported[0]), Some("Lik"));
}

/// When the last board of the listing is deleted, the turn goes on where
/// it was: every round still reads one file, and no file waits more than
/// the full check (five rounds) for its next read. (The baseline is round
/// 0; before round 8 is where a turn that kept its place only modulo the
/// old count of files would skip one.)
#[test]
fn a_board_deleted_from_the_end_does_not_make_the_turn_skip_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    five_settled_boards(dir);
    let stop = AtomicBool::new(false);
    let ctx = Ctx {
        open: None,
        options: ONE_A_ROUND,
        stop: &stop,
    };
    let mut seen = Seen::default();
    poll_round(dir, &mut seen, Round::Baseline, &ctx).unwrap();
    let mut last_read: HashMap<String, usize> = (0..5).map(|i| (format!("b{i}.json"), 0)).collect();
    let b4 = dir.join("b4.json");
    for round in 1..=12 {
        if round == 8 {
            fs::remove_file(&b4).unwrap();
            last_read.remove("b4.json");
        }
        let (read, found) = changes_round(dir, &mut seen, &ctx);
        assert_eq!(read.len(), 1, "round {round}: {read:?}");
        for name in read {
            let waited = round - last_read[&name];
            assert!(waited <= 5, "round {round}: {name} waited {waited} rounds");
            last_read.insert(name, round);
        }
        let told: Vec<&Path> = found.changes.iter().map(FileChange::path).collect();
        if round == 8 {
            assert_eq!(told, [b4.as_path()]);
            assert!(matches!(found.changes[0], FileChange::Missing { .. }));
        } else {
            assert!(told.is_empty(), "round {round}: {:?}", found.changes);
        }
    }
    // And none is overdue at the end.
    for (name, last) in &last_read {
        assert!(*last > 12 - 5, "{name} last read in round {last}");
    }
}

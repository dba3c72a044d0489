//! Unit tests of `rewrite` (run 16's survivors).

use super::*;

const BOARD: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

/// A temp folder (kept alive by the caller) and the path of a board
/// `drift.json` in it, not written yet.
fn board_path() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drift.json");
    (dir, path)
}

/// A temp folder with a board `drift.json` that holds `text`.
fn board_with(text: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = board_path();
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// Another program (that takes no lock) writes the board at `path` with
/// the title `T{made}`.
fn change_outside(path: &Path, made: i32) {
    let outside = BOARD.replace(r#""title":"T""#, &format!(r#""title":"T{made}""#));
    std::fs::write(path, outside).unwrap();
}

/// Rewrites the board at `path` with an edit that does `each(n)` the n-th
/// time it is made (from 1) and then changes the board: the result, and how
/// many times the edit was made.
fn rewrite_counting(
    path: &Path,
    mut each: impl FnMut(i32) -> Result<(), UpdateError>,
) -> (Result<Rewritten, UpdateError>, i32) {
    let mut made = 0;
    let res = rewrite(path, LOCK_WAIT, |_, _| {
        made += 1;
        each(made)?;
        Ok(true)
    });
    (res, made)
}

/// A program that takes no lock and writes the board every time the edit is
/// made: the edit is made again, five times in all, and then nothing is
/// written (the last outside version stays).
#[test]
fn a_board_that_keeps_changing_is_tried_five_times() {
    let (_dir, path) = board_with(BOARD);
    let (res, made) = rewrite_counting(&path, |made| {
        change_outside(&path, made);
        Ok(())
    });
    assert!(matches!(res, Err(UpdateError::KeptChanging)));
    assert_eq!(made, 5);
    let now = std::fs::read_to_string(&path).unwrap();
    assert!(now.contains(r#""title":"T5""#), "{now}");
}

/// A board file over the size limit is broken (it is never written), not a
/// failure to read.
#[test]
fn a_board_too_large_to_read_is_broken() {
    let (_dir, path) = board_path();
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(20 * 1024 * 1024 + 1).unwrap();
    drop(f);
    let (res, made) = rewrite_counting(&path, |_| Ok(()));
    assert!(matches!(res, Err(UpdateError::Broken(_))));
    assert_eq!(made, 0, "the edit is not made");
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        20 * 1024 * 1024 + 1
    );
}

/// A board of a newer format than this program's (2) is read only: the
/// edit is not made, the file stays as it is.
#[test]
fn a_board_of_a_newer_format_is_not_rewritten() {
    let newer = BOARD.replace(r#""tavle":1"#, r#""tavle":2"#);
    let (_dir, path) = board_with(&newer);
    let (res, made) = rewrite_counting(&path, |_| Ok(()));
    assert!(matches!(res, Err(UpdateError::ReadOnly(2))));
    assert_eq!(made, 0, "the edit is not made");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

/// A board of exactly the size limit (20 MiB) is written; one byte more is not.
#[test]
fn a_board_of_exactly_the_limit_is_written() {
    let (_dir, path) = board_path();
    let limit = 20 * 1024 * 1024;
    write_atomic(&path, &vec![b' '; limit]).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().len(), limit as u64);
    let err = write_atomic(&path, &vec![b' '; limit + 1]).unwrap_err();
    assert!(matches!(err.kind, FsErrorKind::TooLarge { .. }), "{err:?}");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), limit as u64);
}

/// A board file that is not there is a failure to read (the reason kept),
/// not a broken board.
#[test]
fn a_board_that_is_not_there_is_a_failure_to_read() {
    let (_dir, path) = board_path();
    let res = rewrite(&path, LOCK_WAIT, |_, _| Ok(true));
    assert!(
        matches!(&res, Err(UpdateError::Fs(e)) if e.kind == FsErrorKind::NotFound),
        "{:?}",
        res.err()
    );
    assert!(!path.exists());
}

/// A board that does not parse is refused with its error (here, the text
/// ends in the middle of an object), not as an empty file.
#[test]
fn a_broken_board_is_refused_with_its_own_error() {
    let (_dir, path) = board_with(r#"{"tavle":1,"title":"T""#);
    let res = rewrite(&path, LOCK_WAIT, |_, _| Ok(true));
    match res {
        Err(UpdateError::Broken(p)) => {
            assert_eq!(p.severity, Severity::Error);
            assert!(matches!(p.kind, DiagKind::Syntax(_)), "{p:?}");
        }
        other => panic!("{:?}", other.err()),
    }
}

/// A board whose edit makes exactly 20 MiB is written; one byte more is
/// not (and the file stays as it was).
#[test]
fn an_edit_of_exactly_the_limit_is_written_and_one_byte_more_is_not() {
    const LIMIT: usize = 20 * 1024 * 1024;
    let (_dir, path) = board_with(BOARD);
    // A hundred revisions (as many as are kept) of the length of a real
    // one: every save then writes as many, so the size is the title's.
    let revisions: Vec<String> = (0..100).map(|i| format!("{i:012x}")).collect();
    let titled = |n: usize| {
        let revisions = revisions.clone();
        move |b: &mut Board, _: &Fresh<'_>| {
            b.title = "x".repeat(n);
            b.revisions = revisions.clone();
            Ok::<bool, UpdateError>(true)
        }
    };
    rewrite(&path, LOCK_WAIT, titled(1)).unwrap();
    let one = std::fs::metadata(&path).unwrap().len() as usize;
    let exact = LIMIT - one + 1;
    std::fs::write(&path, BOARD).unwrap();
    let saved = rewrite(&path, LOCK_WAIT, titled(exact)).unwrap();
    assert!(saved.written);
    drop(saved);
    assert_eq!(std::fs::metadata(&path).unwrap().len() as usize, LIMIT);
    std::fs::write(&path, BOARD).unwrap();
    let res = rewrite(&path, LOCK_WAIT, titled(exact + 1));
    assert!(
        matches!(
            res,
            Err(UpdateError::TooLarge {
                size,
                limit
            }) if size as usize == LIMIT + 1 && limit as usize == LIMIT
        ),
        "{:?}",
        res.err()
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), BOARD);
}

/// The file gone when the edit is checked, after it kept changing four
/// times: a failure to read, not one more change (which would make it a
/// board that kept changing).
#[test]
fn a_board_gone_at_the_last_check_is_a_failure_to_read() {
    let (_dir, path) = board_with(BOARD);
    let (res, made) = rewrite_counting(&path, |made| {
        if made < 5 {
            change_outside(&path, made);
        } else {
            std::fs::remove_file(&path).unwrap();
        }
        Ok(())
    });
    assert!(
        matches!(&res, Err(UpdateError::Fs(e)) if e.kind == FsErrorKind::NotFound),
        "{:?}",
        res.err()
    );
    assert_eq!(made, 5);
    assert!(!path.exists());
}

/// A board that keeps changing is given up on after five tries, whatever
/// the edit: one that would go on longer fails here, not by hanging.
#[test]
fn the_tries_of_a_board_that_keeps_changing_end() {
    let (_dir, path) = board_with(BOARD);
    let (res, made) = rewrite_counting(&path, |made| {
        if made > 10 {
            // Not reached unless the tries never end.
            return Err(UpdateError::ReadOnly(0));
        }
        change_outside(&path, made);
        Ok(())
    });
    assert!(
        matches!(res, Err(UpdateError::KeptChanging)),
        "{:?}",
        res.err()
    );
    assert_eq!(made, 5);
}

/// Minutes that cannot be written for another reason than a name taken
/// (here a name too long for the file system, and so every `-N` after it)
/// fail with that reason at once, not as if all the names were taken.
#[test]
fn minutes_that_cannot_be_written_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let perms = safe_fs::Perms {
        mode: 0o600,
        gid: None,
    };
    let stem = "m".repeat(300);
    let err = write_new(dir.path(), "referater", &stem, "# Referat\n", perms).unwrap_err();
    assert_ne!(err.kind, FsErrorKind::AlreadyExists, "{err:?}");
    let made = std::fs::read_dir(dir.path().join("referater"))
        .unwrap()
        .count();
    assert_eq!(made, 0);
}

/// A board made too large to read by someone else during the edit has
/// changed: it is read again and then refused as broken, not reported as
/// a failure to read.
#[test]
fn a_board_made_too_large_during_the_edit_is_broken() {
    let (_dir, path) = board_with(BOARD);
    let (res, made) = rewrite_counting(&path, |_| {
        let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        f.set_len(20 * 1024 * 1024 + 1).unwrap();
        Ok(())
    });
    assert!(
        matches!(&res, Err(UpdateError::Broken(p)) if matches!(p.kind, DiagKind::TooLarge { .. })),
        "{:?}",
        res.err()
    );
    assert_eq!(made, 1);
}

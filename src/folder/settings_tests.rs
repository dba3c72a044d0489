//! More tests of reading the settings files (run 16's survivors).
//!
//! The person's own file is found through the environment
//! (`XDG_CONFIG_HOME`), which a test must not change in this process (other
//! tests read it at the same time): the test runs a child of this very test
//! binary with its own environment, and the child reads and checks.

use super::*;

/// The child's name, as the test harness knows it.
#[cfg(unix)]
const CHILD: &str = "folder::settings::more_tests::personal_file_in_a_child";

/// Set in the child's environment only.
#[cfg(unix)]
const CHILD_VAR: &str = "TAVLE_TEST_PERSONAL_CHILD";

/// The person's `tavle.toml` of exactly 64 KiB is read whole, one byte
/// more is too large (not cut short and read as if that were all).
#[cfg(unix)]
#[test]
fn a_personal_file_of_64_kib_is_read_whole_and_no_more() {
    let config = tempfile::tempdir().unwrap();
    crate::test_util::run_in_child(CHILD, CHILD_VAR, &[("XDG_CONFIG_HOME", config.path())]);
}

/// Run only by the test above, in a child process whose `XDG_CONFIG_HOME`
/// is a fresh folder.
#[cfg(unix)]
#[test]
#[ignore = "run in a child process by a_personal_file_of_64_kib_is_read_whole_and_no_more"]
fn personal_file_in_a_child() {
    if std::env::var_os(CHILD_VAR).is_none() {
        return;
    }
    let base = PathBuf::from(std::env::var_os("XDG_CONFIG_HOME").unwrap());
    let dir = base.join("tavle");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tavle.toml");
    // 65 536 bytes: a comment line filling the limit.
    let text = format!("#{}\n", "x".repeat(64 * 1024 - 2));
    assert_eq!(text.len(), 65_536);
    std::fs::write(&file, &text).unwrap();
    let (path, read) = read_personal().unwrap();
    assert_eq!(path, file);
    assert_eq!(read, Ok(text.clone()));

    std::fs::write(&file, format!("{text}y")).unwrap();
    let (_, read) = read_personal().unwrap();
    assert!(
        matches!(read, Err(Unread::Fs(FsErrorKind::TooLarge { .. }))),
        "{read:?}"
    );
}

/// A folder's `tavle.toml` that cannot be read is a problem reported with
/// its path (whatever the person's own file says).
#[test]
fn an_unreadable_folder_file_is_a_problem_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("tavle.toml")).unwrap();
    let loaded = load(Some(dir.path()));
    let found: Vec<_> = loaded
        .problems
        .iter()
        .filter(|f| f.path == dir.path().join("tavle.toml"))
        .collect();
    assert_eq!(found.len(), 1, "{:?}", loaded.problems);
    assert!(matches!(found[0].problem.kind, ProblemKind::Unreadable(_)));
}

/// A folder's `tavle.toml` far over the limit is reported with the limit,
/// 65 536 bytes, as the person's own file is.
#[test]
fn a_folder_file_far_too_large_is_reported_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tavle.toml"), "#".repeat(100_000)).unwrap();
    let (_, read) = read_folder(dir.path()).unwrap();
    assert_eq!(
        read,
        Err(Unread::Fs(FsErrorKind::TooLarge {
            size: 100_000,
            limit: 65_536
        }))
    );
}

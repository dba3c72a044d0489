//! Tests of the OS calls: process liveness, OS errors given a kind, a FIFO
//! opened without blocking, and links not followed where tavle writes.
//!
//! They must not write outside their temporary folders.

use super::*;

#[test]
fn this_process_runs_and_an_impossible_one_does_not() {
    assert_eq!(process(std::process::id()), Liveness::Alive);
    assert_ne!(process(u32::MAX - 1), Liveness::Alive);
}

/// A lock's holder that ended is recognised as dead, not assumed alive: a
/// child (this test program, listing nothing) that was waited for.
#[test]
fn a_process_that_ended_is_dead() {
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--list", "--exact", "no such test"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    child.wait().unwrap();
    assert_eq!(process(pid), Liveness::Dead);
}

#[test]
fn this_machine_has_a_name() {
    let name = hostname();
    assert!(!name.trim().is_empty());
    assert_eq!(hostname(), name, "the same at every call");
}

#[cfg(unix)]
#[test]
fn os_errors_get_a_kind() {
    use rustix::io::Errno;
    let kind = |e: Errno| classify(&io::Error::from_raw_os_error(e.raw_os_error()));
    assert_eq!(kind(Errno::ROFS), FsErrorKind::ReadOnlyFs);
    assert_eq!(kind(Errno::NOSPC), FsErrorKind::NoSpace);
    assert_eq!(kind(Errno::DQUOT), FsErrorKind::NoSpace);
    assert_eq!(kind(Errno::ACCESS), FsErrorKind::PermissionDenied);
    assert_eq!(kind(Errno::LOOP), FsErrorKind::Symlink);
    // A name taken (a `mkdir` or an exclusive create): said in the
    // user's language, not the OS's English "File exists".
    assert_eq!(kind(Errno::EXIST), FsErrorKind::AlreadyExists);
    assert!(matches!(kind(Errno::IO), FsErrorKind::Other(_)));
}

#[cfg(unix)]
#[test]
fn a_fifo_is_opened_without_blocking_and_seen_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.json");
    // `mkfifo` the program: rustix has no mkfifoat on macOS.
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let f = open_read_path(&fifo).unwrap();
    assert_eq!(DirHandle::fstat(&f).unwrap().kind, NodeKind::Fifo);
    let d = DirHandle::open(dir.path()).unwrap();
    assert_eq!(
        d.stat(OsStr::new("x.json"), false).unwrap().kind,
        NodeKind::Fifo
    );
}

#[cfg(unix)]
#[test]
fn links_are_not_followed_where_tavle_writes() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("f"), dir.path().join("f")).unwrap();
    let d = DirHandle::open(dir.path()).unwrap();
    // Linux answers ENOTDIR here, not ELOOP: `safe_fs` names it by an lstat.
    assert!(d.open_sub(OsStr::new("sub"), true).is_err());
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    let e = d.open_append(OsStr::new("f")).unwrap_err();
    assert_eq!(classify(&e), FsErrorKind::Symlink);
    assert!(d.create_new(OsStr::new("f"), 0o644).is_err());
    assert!(!outside.path().join("f").exists(), "wrote through a link");
}

/// A file held open through every try is classified by the OS's own error.
#[test]
fn a_held_file_is_classified_by_what_the_os_said() {
    let held = held_open_error(io::Error::from(io::ErrorKind::PermissionDenied));
    assert!(held_open(&held));
    assert_eq!(classify(&held), FsErrorKind::PermissionDenied);
    assert!(!held_open(&io::Error::from(
        io::ErrorKind::PermissionDenied
    )));
}

#[cfg(windows)]
#[test]
fn windows_errors_get_a_kind() {
    let kind = |code: i32| classify(&io::Error::from_raw_os_error(code));
    assert_eq!(kind(19), FsErrorKind::ReadOnlyFs); // ERROR_WRITE_PROTECT
    assert_eq!(kind(112), FsErrorKind::NoSpace); // ERROR_DISK_FULL
    assert_eq!(kind(5), FsErrorKind::PermissionDenied); // ERROR_ACCESS_DENIED
    assert_eq!(kind(2), FsErrorKind::NotFound); // ERROR_FILE_NOT_FOUND
    assert_eq!(kind(1921), FsErrorKind::Symlink); // ERROR_CANT_RESOLVE_FILENAME
}

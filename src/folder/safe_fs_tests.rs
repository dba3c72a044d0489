//! Tests of the folder primitives, written for the mutants cargo-mutants
//! left alive in run 15 (issue 19 point 8) and for the rest of this module's
//! promises: the permissions a file tavle writes gets, the reasons a failed
//! open is given, bounded and tail reads, appends that narrow a file that is
//! too readable and never follow a link, and the temp names.
//!
//! Every expected mode, kind and byte is written out here, never computed by
//! the code under test. The tests run as root on the build machine: mode 000
//! stops no read there, and a chown to any group succeeds, so a test that
//! needs a group change says what it expects either way. Links, FIFOs and
//! modes are Unix only.

use super::*;
use std::fs;

/// A `Meta` as a stat of a `kind` with permission bits `mode` and group
/// `gid` would give.
fn meta(kind: NodeKind, mode: u32, gid: Option<u32>) -> Meta {
    Meta {
        kind,
        len: 0,
        modified: None,
        id: (0, 0),
        mode,
        gid,
        readonly: mode & 0o222 == 0,
    }
}

fn folder(dir: &tempfile::TempDir) -> Folder {
    Folder::open(dir.path()).unwrap()
}

fn os(name: &str) -> &OsStr {
    OsStr::new(name)
}

/// Run `f` on its own thread and fail when it has not returned within 20 s:
/// an append that loops instead of failing fails the test, it does not hang it.
#[cfg(unix)]
fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(20))
        .expect("did not return within 20 s (a loop?)")
}

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::MetadataExt;
    fs::symlink_metadata(path).unwrap().mode() & 0o7777
}

#[cfg(unix)]
fn gid_of(path: &Path) -> u32 {
    use std::os::unix::fs::MetadataExt;
    fs::symlink_metadata(path).unwrap().gid()
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// A FIFO at `path` (`mkfifo` the program: rustix has no mkfifoat on macOS).
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    assert!(made.unwrap().success(), "mkfifo {}", path.display());
}

/// A group other than `gid`, for a chown that must or must not happen.
#[cfg(unix)]
fn other_group(gid: u32) -> u32 {
    if gid == 4242 { 4243 } else { 4242 }
}

// ---- FsError ----

#[test]
fn an_fs_error_says_its_path_and_reason_in_english() {
    let e = FsError::new(FsErrorKind::NotFound, "x/b.json");
    assert_eq!(e.to_string(), "x/b.json: not found");
    let e = FsError::new(FsErrorKind::TooLarge { size: 9, limit: 4 }, "b.json");
    assert_eq!(e.to_string(), "b.json: too large (9 bytes; limit 4)");
}

/// Callers that speak `io::Error` (the lock and the history) still see a
/// missing file as missing and a refusal as a refusal; anything else is
/// `Other`, and the typed error stays inside.
#[test]
fn an_fs_error_as_io_error_keeps_not_found_and_permission_denied() {
    let cases = [
        (
            FsErrorKind::PermissionDenied,
            io::ErrorKind::PermissionDenied,
        ),
        (FsErrorKind::NotFound, io::ErrorKind::NotFound),
        (FsErrorKind::Symlink, io::ErrorKind::Other),
        (FsErrorKind::AlreadyExists, io::ErrorKind::Other),
        (FsErrorKind::ReadOnlyFs, io::ErrorKind::Other),
    ];
    for (kind, io_kind) in cases {
        let fs_error = FsError::new(kind.clone(), "b.json");
        let e = io::Error::from(fs_error.clone());
        assert_eq!(e.kind(), io_kind, "{kind:?}");
        let inner = e.get_ref().and_then(|i| i.downcast_ref::<FsError>());
        assert_eq!(inner, Some(&fs_error), "{kind:?}");
    }
}

// ---- Perms ----

/// The board file that replaces a board has exactly the board's bits: a
/// private board stays private, a team board readable by the team only.
#[test]
fn a_board_keeps_exactly_its_own_mode_and_group() {
    let cases = [
        (0o600, 0o600),
        (0o640, 0o640),
        (0o660, 0o660),
        (0o400, 0o400),
        (0o000, 0o000),
    ];
    for (board, want) in cases {
        let p = Perms::exact(&meta(NodeKind::File, board, Some(77)));
        assert_eq!(
            p,
            Perms {
                mode: want,
                gid: Some(77)
            },
            "board {board:o}"
        );
    }
    let p = Perms::exact(&meta(NodeKind::File, 0o600, None));
    assert_eq!(p.gid, None);
}

/// A file beside the board: the board's read and write bits, never execute,
/// always read and write for the owner.
#[test]
fn a_file_beside_the_board_is_no_more_readable_than_the_board() {
    let cases = [
        (0o600, 0o600),
        (0o640, 0o640),
        (0o660, 0o660),
        (0o644, 0o644),
        (0o755, 0o644),
        (0o777, 0o666),
        (0o400, 0o600),
        (0o000, 0o600),
        (0o070, 0o660),
    ];
    for (board, want) in cases {
        let p = Perms::beside(&meta(NodeKind::File, board, Some(5)));
        assert_eq!(
            p,
            Perms {
                mode: want,
                gid: Some(5)
            },
            "board {board:o}"
        );
    }
}

// ---- Folder: perms from the disk ----

/// A board saved through `replace` with the board's own permissions has
/// them on disk, whatever the umask: 0600 stays 0600, 0640 stays 0640.
#[cfg(unix)]
#[test]
fn a_saved_board_has_the_mode_bits_of_the_board_it_replaces() {
    for mode in [0o600, 0o640] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        fs::write(&path, "old").unwrap();
        chmod(&path, mode);
        let folder = folder(&dir);
        let board = folder.stat(os("b.json"), false).unwrap().unwrap();
        let perms = Perms::exact(&board);
        let r = folder.replace(os("b.json"), b"new", Some(perms), || Ok::<(), ()>(()));
        assert!(r.is_ok());
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(mode_of(&path), mode, "board {mode:o}");
        assert_eq!(gid_of(&path), gid_of(dir.path()));
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "temp left");
    }
}

#[cfg(unix)]
#[test]
fn perms_beside_a_regular_board_are_the_boards_read_and_write_bits() {
    let dir = tempfile::tempdir().unwrap();
    let folder = folder(&dir);
    for (mode, want) in [(0o640, 0o640), (0o755, 0o644), (0o600, 0o600)] {
        let path = dir.path().join("b.json");
        fs::write(&path, "{}").unwrap();
        chmod(&path, mode);
        let p = folder.perms_beside(os("b.json"));
        assert_eq!(
            p,
            Perms {
                mode: want,
                gid: Some(gid_of(&path))
            },
            "board {mode:o}"
        );
    }
}

/// A board that cannot be seen as a regular file (gone, a folder, a link a
/// colleague planted, a FIFO) lends nothing: files beside it are private.
#[cfg(unix)]
#[test]
fn perms_beside_anything_but_a_regular_board_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let private = Perms {
        mode: 0o600,
        gid: None,
    };
    let folder = folder(&dir);
    assert_eq!(folder.perms_beside(os("gone.json")), private);

    fs::create_dir(dir.path().join("dir.json")).unwrap();
    chmod(&dir.path().join("dir.json"), 0o775);
    assert_eq!(folder.perms_beside(os("dir.json")), private);

    let target = dir.path().join("open.json");
    fs::write(&target, "{}").unwrap();
    chmod(&target, 0o666);
    std::os::unix::fs::symlink(&target, dir.path().join("link.json")).unwrap();
    assert_eq!(folder.perms_beside(os("link.json")), private);

    mkfifo(&dir.path().join("fifo.json"));
    chmod(&dir.path().join("fifo.json"), 0o666);
    assert_eq!(folder.perms_beside(os("fifo.json")), private);
}

#[cfg(unix)]
#[test]
fn perms_of_a_new_file_are_the_folders_read_and_write_bits() {
    let dir = tempfile::tempdir().unwrap();
    for (mode, want) in [(0o770, 0o660), (0o755, 0o644), (0o700, 0o600)] {
        let sub = dir.path().join(format!("f{mode:o}"));
        fs::create_dir(&sub).unwrap();
        chmod(&sub, mode);
        let p = Folder::open(&sub).unwrap().perms_of_new();
        assert_eq!(
            p,
            Perms {
                mode: want,
                gid: Some(gid_of(&sub))
            },
            "folder {mode:o}"
        );
    }
}

#[cfg(unix)]
#[test]
fn create_private_gives_the_perms_whatever_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let folder = folder(&dir);
    for (name, mode) in [("a", 0o640), ("b", 0o600), ("c", 0o664)] {
        let perms = Perms { mode, gid: None };
        let mut f = folder.create_private(os(name), perms).unwrap();
        f.write_all(b"x").unwrap();
        assert_eq!(mode_of(&dir.path().join(name)), mode, "{name}");
    }
    let e = folder
        .create_private(
            os("a"),
            Perms {
                mode: 0o600,
                gid: None,
            },
        )
        .unwrap_err();
    assert_eq!(e.kind, FsErrorKind::AlreadyExists);
    assert_eq!(fs::read_to_string(dir.path().join("a")).unwrap(), "x");
}

// ---- Folder: opening, stat, explaining failures ----

#[test]
fn join_and_path_name_the_folder_opened() {
    let dir = tempfile::tempdir().unwrap();
    let folder = folder(&dir);
    assert_eq!(folder.path(), dir.path());
    assert_eq!(folder.join(os("b.json")), dir.path().join("b.json"));
    assert_eq!(Folder::open(Path::new("")).unwrap().path(), Path::new("."));
}

#[test]
fn stat_says_what_is_there_and_none_when_nothing_is() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), "12345").unwrap();
    let folder = folder(&dir);
    let m = folder.stat(os("b.json"), false).unwrap().unwrap();
    assert_eq!((m.kind, m.len), (NodeKind::File, 5));
    fs::create_dir(dir.path().join("d")).unwrap();
    let m = folder.stat(os("d"), false).unwrap().unwrap();
    assert_eq!(m.kind, NodeKind::Directory);
    assert_eq!(folder.stat(os("gone.json"), false).unwrap(), None);
}

/// A failure other than "nothing there" is an error, not "nothing there":
/// a regular file used as a folder.
#[cfg(unix)]
#[test]
fn stat_through_a_file_is_an_error_not_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("f"), "").unwrap();
    let e = folder(&dir).stat(os("f/b.json"), false).unwrap_err();
    assert_eq!(e.path, dir.path().join("f/b.json"));
    assert!(matches!(e.kind, FsErrorKind::Other(_)), "{e:?}");
}

#[cfg(unix)]
#[test]
fn stat_sees_a_link_itself_unless_told_to_follow() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("nowhere", dir.path().join("l")).unwrap();
    let folder = folder(&dir);
    let m = folder.stat(os("l"), false).unwrap().unwrap();
    assert_eq!(m.kind, NodeKind::Symlink);
    assert_eq!(folder.stat(os("l"), true).unwrap(), None);
}

#[cfg(unix)]
#[test]
fn a_sub_folder_is_opened_or_made_and_anything_else_refused_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let folder = folder(&dir);
    let made = folder.sub(os(".tavle"), true).unwrap();
    assert_eq!(made.path(), dir.path().join(".tavle"));
    assert!(dir.path().join(".tavle").is_dir());
    fs::write(dir.path().join(".tavle/x"), "x").unwrap();
    let again = folder.sub(os(".tavle"), false).unwrap();
    assert_eq!(again.names().unwrap(), vec![OsString::from("x")]);

    let e = folder.sub(os("gone"), false).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::NotFound, dir.path().join("gone"))
    );

    std::os::unix::fs::symlink(dir.path().join(".tavle"), dir.path().join("l")).unwrap();
    let e = folder.sub(os("l"), false).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::Symlink, dir.path().join("l"))
    );

    mkfifo(&dir.path().join("p"));
    let e = folder.sub(os("p"), false).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (
            FsErrorKind::NotRegular(NodeKind::Fifo),
            dir.path().join("p")
        )
    );
}

/// A regular file where a folder should be is the OS's "not a directory",
/// never "not a regular file": that would tell the user a file is not one.
#[cfg(unix)]
#[test]
fn a_regular_file_where_a_folder_should_be_is_not_called_irregular() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(".tavle"), "x").unwrap();
    let e = folder(&dir).sub(os(".tavle"), false).unwrap_err();
    assert_eq!(e.path, dir.path().join(".tavle"));
    match &e.kind {
        FsErrorKind::Other(text) => assert!(text.contains("ot a directory"), "{text}"),
        other => panic!("a regular file reported as {other:?}"),
    }
    assert_eq!(fs::read_to_string(dir.path().join(".tavle")).unwrap(), "x");
}

// ---- Folder: reading ----

#[test]
fn read_takes_a_file_up_to_and_including_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.json"), "abcde").unwrap();
    let folder = folder(&dir);
    for limit in [5, 6, 100] {
        let (bytes, m) = folder.read(os("b.json"), false, limit).unwrap();
        assert_eq!(bytes, b"abcde", "limit {limit}");
        assert_eq!((m.kind, m.len), (NodeKind::File, 5));
    }
    let e = folder.read(os("b.json"), false, 4).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (
            FsErrorKind::TooLarge { size: 5, limit: 4 },
            dir.path().join("b.json")
        )
    );
    // The size said is the file's, not what a bounded read got of it.
    fs::write(dir.path().join("c.json"), "0123456789").unwrap();
    let e = folder.read(os("c.json"), false, 4).unwrap_err();
    assert_eq!(e.kind, FsErrorKind::TooLarge { size: 10, limit: 4 });
    let (bytes, _) = folder.read(os("c.json"), false, 10).unwrap();
    assert_eq!(bytes, b"0123456789");
    let e = folder.read(os("gone.json"), false, 100).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::NotFound, dir.path().join("gone.json"))
    );
}

/// A file longer than its stat says (one that grows while read; a /proc
/// file says 0) is still never read past the limit.
#[cfg(target_os = "linux")]
#[test]
fn a_file_that_says_it_is_empty_is_still_read_no_further_than_the_limit() {
    let e = read_path(Path::new("/proc/self/status"), 16).unwrap_err();
    assert_eq!(
        e.kind,
        FsErrorKind::TooLarge {
            size: 17,
            limit: 16
        }
    );
    let (bytes, m) = read_path(Path::new("/proc/self/status"), 1 << 20).unwrap();
    assert_eq!(m.len, 0, "/proc no longer says 0: this test proves nothing");
    assert!(bytes.starts_with(b"Name:"));
}

#[cfg(unix)]
#[test]
fn read_never_follows_a_link_unless_told_and_refuses_odd_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("t.json"), "{}").unwrap();
    std::os::unix::fs::symlink("t.json", dir.path().join("l.json")).unwrap();
    fs::create_dir(dir.path().join("d.json")).unwrap();
    mkfifo(&dir.path().join("p.json"));
    let folder = folder(&dir);
    let e = folder.read(os("l.json"), false, 100).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::Symlink, dir.path().join("l.json"))
    );
    assert_eq!(folder.read(os("l.json"), true, 100).unwrap().0, b"{}");
    let e = folder.read(os("d.json"), false, 100).unwrap_err();
    assert_eq!(e.kind, FsErrorKind::NotRegular(NodeKind::Directory));
    let e = within(move || folder.read(os("p.json"), false, 100)).unwrap_err();
    assert_eq!(e.kind, FsErrorKind::NotRegular(NodeKind::Fifo));
}

#[test]
fn read_tail_takes_the_last_bytes_and_says_whether_it_cut() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("log"), "0123456789").unwrap();
    let folder = folder(&dir);
    let tail = |limit| folder.read_tail(os("log"), limit).unwrap();
    assert_eq!(tail(4), (b"6789".to_vec(), true));
    assert_eq!(tail(9), (b"123456789".to_vec(), true));
    assert_eq!(tail(10), (b"0123456789".to_vec(), false));
    assert_eq!(tail(11), (b"0123456789".to_vec(), false));
    let e = folder.read_tail(os("gone"), 4).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::NotFound, dir.path().join("gone"))
    );
}

#[cfg(unix)]
#[test]
fn read_tail_refuses_a_link_and_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("t"), "x").unwrap();
    std::os::unix::fs::symlink("t", dir.path().join("l")).unwrap();
    mkfifo(&dir.path().join("p"));
    let folder = folder(&dir);
    let e = folder.read_tail(os("l"), 4).unwrap_err();
    assert_eq!(e.kind, FsErrorKind::Symlink);
    let e = within(move || folder.read_tail(os("p"), 4)).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (
            FsErrorKind::NotRegular(NodeKind::Fifo),
            dir.path().join("p")
        )
    );
}

// ---- Folder: creating, appending ----

#[cfg(unix)]
#[test]
fn create_new_refuses_anything_already_there_even_a_dangling_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("f"), "old").unwrap();
    std::os::unix::fs::symlink("nowhere", dir.path().join("l")).unwrap();
    let folder = folder(&dir);
    for name in ["f", "l"] {
        let e = folder.create_new(os(name), 0o600).unwrap_err();
        assert_eq!(
            (e.kind, e.path),
            (FsErrorKind::AlreadyExists, dir.path().join(name))
        );
    }
    assert_eq!(fs::read_to_string(dir.path().join("f")).unwrap(), "old");
    assert!(!dir.path().join("nowhere").exists());
    let mut f = folder.create_new(os("n"), 0o600).unwrap();
    f.write_all(b"new").unwrap();
    assert_eq!(fs::read_to_string(dir.path().join("n")).unwrap(), "new");
}

#[cfg(unix)]
#[test]
fn append_makes_the_file_with_the_perms_then_appends_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = folder(&dir);
    let perms = Perms {
        mode: 0o640,
        gid: None,
    };
    folder.append(os("log"), b"one\n", perms).unwrap();
    folder.append(os("log"), b"two\n", perms).unwrap();
    let path = dir.path().join("log");
    assert_eq!(fs::read_to_string(&path).unwrap(), "one\ntwo\n");
    assert_eq!(mode_of(&path), 0o640);
}

/// A log more readable than it should be (an older tavle, or by hand) is
/// narrowed to the perms: to the bits both allow.
#[cfg(unix)]
#[test]
fn append_narrows_a_file_that_is_more_readable_than_the_perms() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    fs::write(&path, "old\n").unwrap();
    chmod(&path, 0o644);
    let perms = Perms {
        mode: 0o600,
        gid: None,
    };
    folder(&dir).append(os("log"), b"new\n", perms).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "old\nnew\n");
    assert_eq!(mode_of(&path), 0o600);

    fs::write(&path, "").unwrap();
    chmod(&path, 0o664);
    let perms = Perms {
        mode: 0o640,
        gid: None,
    };
    folder(&dir).append(os("log"), b"x", perms).unwrap();
    assert_eq!(mode_of(&path), 0o640);
}

/// A file no more readable than the perms is left as it is: no wider mode,
/// and no change of group (the perms' group would be a chown of a file the
/// group cannot read anyway).
#[cfg(unix)]
#[test]
fn append_leaves_a_file_that_is_narrow_enough_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    fs::write(&path, "").unwrap();
    chmod(&path, 0o600);
    let g0 = gid_of(&path);
    let perms = Perms {
        mode: 0o640,
        gid: Some(other_group(g0)),
    };
    folder(&dir).append(os("log"), b"x", perms).unwrap();
    assert_eq!((mode_of(&path), gid_of(&path)), (0o600, g0));
    assert_eq!(fs::read_to_string(&path).unwrap(), "x");

    // Group bits, but already the perms' group.
    chmod(&path, 0o640);
    let perms = Perms {
        mode: 0o640,
        gid: Some(g0),
    };
    folder(&dir).append(os("log"), b"y", perms).unwrap();
    assert_eq!((mode_of(&path), gid_of(&path)), (0o640, g0));
}

/// A file whose group may read it, in another group than the board's, is
/// given the board's group (root may; another user who may not gets the
/// group bits taken away): the wrong group never keeps reading it.
#[cfg(unix)]
#[test]
fn append_takes_a_file_readable_by_another_group_from_that_group() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("log");
    fs::write(&path, "").unwrap();
    chmod(&path, 0o640);
    let g0 = gid_of(&path);
    let g1 = other_group(g0);
    let perms = Perms {
        mode: 0o640,
        gid: Some(g1),
    };
    folder(&dir).append(os("log"), b"x", perms).unwrap();
    let (mode, gid) = (mode_of(&path), gid_of(&path));
    assert!(
        (mode, gid) == (0o640, g1) || (mode & 0o070 == 0 && gid == g0),
        "mode {mode:o} group {gid}, the board's group {g1}"
    );
    if rustix::process::geteuid().is_root() {
        assert_eq!((mode, gid), (0o640, g1));
    }
}

#[cfg(unix)]
#[test]
fn append_never_writes_through_a_link_or_into_an_odd_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("elsewhere");
    fs::write(&target, "theirs").unwrap();
    std::os::unix::fs::symlink(&target, dir.path().join("l")).unwrap();
    fs::create_dir(dir.path().join("d")).unwrap();
    mkfifo(&dir.path().join("p"));
    let perms = Perms {
        mode: 0o600,
        gid: None,
    };
    let cases = [
        ("l", FsErrorKind::Symlink),
        ("d", FsErrorKind::NotRegular(NodeKind::Directory)),
        ("p", FsErrorKind::NotRegular(NodeKind::Fifo)),
        ("gone/log", FsErrorKind::NotFound),
    ];
    for (name, want) in cases {
        let folder = folder(&dir);
        let e = within(move || folder.append(os(name), b"x", perms)).unwrap_err();
        assert_eq!((e.kind, e.path), (want, dir.path().join(name)), "{name}");
    }
    assert_eq!(fs::read_to_string(&target).unwrap(), "theirs");
    assert_eq!(fs::read_dir(dir.path().join("d")).unwrap().count(), 0);
}

/// Writers that find no file at once, all appending: `writers` threads
/// start together on each of `rounds` new logs; what each append returned.
#[cfg(unix)]
fn race_to_make(
    dir: &tempfile::TempDir,
    rounds: usize,
    writers: usize,
) -> Vec<Result<(), FsError>> {
    let folder = folder(dir);
    let perms = Perms {
        mode: 0o600,
        gid: None,
    };
    let mut results = Vec::new();
    for round in 0..rounds {
        let name = format!("log{round}");
        let start = std::sync::Barrier::new(writers);
        std::thread::scope(|s| {
            let racers: Vec<_> = (0..writers)
                .map(|w| {
                    let (folder, name, start) = (&folder, &name, &start);
                    s.spawn(move || {
                        start.wait();
                        folder.append(os(name), format!("{w}\n").as_bytes(), perms)
                    })
                })
                .collect();
            results.extend(racers.into_iter().map(|r| r.join().unwrap()));
        });
    }
    results
}

/// The one that made the log first wins; the others, finding it made "just
/// now", append to it: none fails with "already exists".
#[cfg(unix)]
#[test]
fn writers_racing_to_make_a_log_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    for r in race_to_make(&dir, 200, 4) {
        assert_eq!(r, Ok(()));
    }
}

/// Four writers racing to make each of 200 logs: no line is lost. The
/// writer that made a log once wrote through the new file's own handle,
/// which writes at offset 0, over a line another writer had appended in
/// between (a change-log line lost when two screens made a board's first
/// change at once); this failed within a few rounds then.
#[cfg(unix)]
#[test]
fn writers_racing_to_make_a_log_lose_no_line() {
    let dir = tempfile::tempdir().unwrap();
    for r in race_to_make(&dir, 200, 4) {
        assert_eq!(r, Ok(()));
    }
    for round in 0..200 {
        let text = fs::read_to_string(dir.path().join(format!("log{round}"))).unwrap();
        let mut lines: Vec<&str> = text.lines().collect();
        lines.sort_unstable();
        assert_eq!(lines, ["0", "1", "2", "3"], "log{round}");
    }
}

// ---- Folder: names, remove, rename, link, try_clone ----

#[cfg(unix)]
#[test]
fn names_remove_rename_and_link_do_what_they_say() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a"), "A").unwrap();
    fs::write(dir.path().join("b"), "B").unwrap();
    fs::write(dir.path().join("t"), "T").unwrap();
    std::os::unix::fs::symlink("t", dir.path().join("l")).unwrap();
    let folder = folder(&dir);
    let sorted = |folder: &Folder| {
        let mut n = folder.names().unwrap();
        n.sort();
        n
    };
    assert_eq!(sorted(&folder), ["a", "b", "l", "t"]);

    // Removing a link removes the link, never what it points to.
    folder.remove(os("l")).unwrap();
    assert_eq!(fs::read_to_string(dir.path().join("t")).unwrap(), "T");
    let e = folder.remove(os("l")).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::NotFound, dir.path().join("l"))
    );

    folder.rename(os("a"), os("b")).unwrap();
    assert_eq!(fs::read_to_string(dir.path().join("b")).unwrap(), "A");
    let e = folder.rename(os("a"), os("c")).unwrap_err();
    assert_eq!(
        (e.kind, e.path),
        (FsErrorKind::NotFound, dir.path().join("c"))
    );

    folder.link(os("b"), os("c")).unwrap();
    assert_eq!(fs::read_to_string(dir.path().join("c")).unwrap(), "A");
    let e = folder.link(os("t"), os("c")).unwrap_err();
    assert_eq!(e.path, dir.path().join("c"));
    assert_eq!(fs::read_to_string(dir.path().join("c")).unwrap(), "A");

    let clone = folder.try_clone().unwrap();
    assert_eq!(clone.path(), dir.path());
    assert_eq!(sorted(&clone), ["b", "c", "t"]);
}

#[cfg(unix)]
#[test]
fn a_writable_board_has_no_refusal_and_a_0444_one_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    fs::write(&path, "{}").unwrap();
    chmod(&path, 0o644);
    let folder = folder(&dir);
    let m = folder.stat(os("b.json"), false).unwrap().unwrap();
    assert_eq!(folder.write_refusal(os("b.json"), &m), None);
    chmod(&path, 0o444);
    let m = folder.stat(os("b.json"), false).unwrap().unwrap();
    assert_eq!(
        folder.write_refusal(os("b.json"), &m),
        Some(Refusal::NoWritePermission)
    );
}

// ---- names of temp files ----

/// FNV-1a (32 bits), checked against the published test vectors.
#[test]
fn host_tag_is_fnv_1a_of_the_host_name() {
    assert_eq!(host_tag(""), "811c9dc5");
    assert_eq!(host_tag("a"), "e40c292c");
    assert_eq!(host_tag("foobar"), "bf9cf968");
}

#[test]
fn random_tokens_are_128_bits_of_hex_and_differ() {
    let a = random_token();
    let b = random_token();
    assert_eq!(a.len(), 32);
    assert!(
        a.bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    assert_ne!(a, b);
}

#[test]
fn a_temp_name_is_hidden_and_names_its_board_process_and_host() {
    let name = temp_name(os("b.json"));
    let rest = name
        .strip_prefix(&format!(".b.json.{}-", std::process::id()))
        .unwrap_or_else(|| panic!("{name}"));
    let (host, rest) = rest.split_at(8);
    assert_eq!(host, host_tag(&platform::hostname()));
    let random = rest
        .strip_prefix('.')
        .and_then(|r| r.strip_suffix(".tmp"))
        .unwrap_or_else(|| panic!("{name}"));
    assert_eq!(random.len(), 16);
    assert!(random.bytes().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(temp_name(os("b.json")), name);
}

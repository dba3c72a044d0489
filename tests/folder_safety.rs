//! A board folder that other people can write to: nothing outside it is ever
//! written or followed by accident, odd files never hang a command, a save
//! keeps the file's permissions and never replaces a file the user could not
//! have written, crashed writers' temp files are cleaned up, and errors are
//! told in the user's language. Each test plants what a colleague (or a
//! crash) could leave in the folder and checks what tavle did.
//!
//! Links, FIFOs, sockets and permission bits are made the Unix way, so the
//! tests that plant them are Unix only (a symbolic link on Windows needs a
//! privilege the tests cannot count on); the rest run everywhere.
// Some helpers serve only the Unix tests.
#![cfg_attr(not(unix), allow(dead_code, unused_imports))]

use std::ffi::OsStr;
use std::fs;
#[cfg(unix)]
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use tavle::diag::{FsErrorKind, NodeKind};
use tavle::folder::store::{self, Access, SkipWhy, UpdateError, Why};
use tavle::model::Timestamp;
use tavle::ops::{CardOp, NewCard, Op, Stamp};

const BOARD: &str =
    r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;

fn stamp() -> Stamp {
    Stamp {
        at: Timestamp::parse("2026-11-24T08:15:00+01:00").unwrap(),
        by: "test".into(),
    }
}

fn add(title: &str) -> Op {
    Op::Card(CardOp::Add(NewCard {
        title: title.into(),
        column: "a".into(),
        owner: None,
        due: None,
        light: None,
        source: None,
        received: None,
    }))
}

fn titles(path: &Path) -> Vec<String> {
    let board = store::analyze(path).board.expect("parses");
    board.cards.iter().map(|c| c.title.clone()).collect()
}

/// Run the binary in `dir`; a run that takes more than 10 s hung (on a FIFO).
fn tavle(dir: &Path, lang: &str, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("tavle {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// `./NAME` as the commands print a name in the folder `.` (`.\\NAME` on Windows).
fn here(name: &str) -> String {
    Path::new(".").join(name).display().to_string()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

fn age(path: &Path, by: Duration) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(SystemTime::now() - by)
        .unwrap();
}

/// Nothing but `expected` names in `dir` (besides `.tavle`).
fn assert_names(dir: &Path, expected: &[&str]) {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".tavle")
        .collect();
    names.sort();
    let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    expected.sort();
    assert_eq!(names, expected);
}

#[cfg(unix)]
#[test]
fn a_board_link_inside_the_folder_is_written_at_its_target_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("arkiv")).unwrap();
    let real = dir.path().join("arkiv").join("real.json");
    fs::write(&real, BOARD).unwrap();
    // Through `..` and back into the folder: still inside.
    let name = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let link = dir.path().join("a.json");
    symlink(format!("../{name}/arkiv/real.json"), &link).unwrap();

    assert_eq!(store::analyze(&link).access, Access::Writable);
    store::update(&link, &[add("via lenke")], &stamp()).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(titles(&real), ["via lenke"]);
    // The lock and log are the target's, shared with edits of the real file.
    store::update(&real, &[add("direkte")], &stamp()).unwrap();
    assert_eq!(titles(&link), ["via lenke", "direkte"]);
    assert_eq!(tavle::folder::log::read(&real).len(), 2);
    assert_names(&dir.path().join("arkiv"), &["real.json"]);

    // `tavle fmt` follows the same rule.
    fs::write(&real, BOARD).unwrap();
    let out = tavle(dir.path(), "en", &["fmt", "a.json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&real)
            .unwrap()
            .starts_with("{\n  \"tavle\": 1")
    );
}

#[cfg(unix)]
#[test]
fn a_board_link_out_of_the_folder_opens_read_only_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let theirs = home.path().join("privat.json");
    fs::write(&theirs, BOARD).unwrap();
    let link = dir.path().join("b.json");
    symlink(&theirs, &link).unwrap();

    let a = store::analyze(&link);
    assert!(a.board.is_some(), "readable through the link");
    assert_eq!(a.access, Access::ReadOnly(Why::LinkOutside));
    match store::update(&link, &[add("x")], &stamp()) {
        Err(UpdateError::Refused {
            why: Why::LinkOutside,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    let e = store::write_atomic(&link, b"{}").unwrap_err();
    assert_eq!(e.kind, FsErrorKind::OutsideFolder);
    let out = tavle(dir.path(), "en", &["fmt", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("read-only"),
        "{}",
        text(&out.stderr)
    );
    let out = tavle(dir.path(), "nb", &["card", "add", "b.json", "--title", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("tavla b er bare for lesing: filen er en lenke"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(fs::read_to_string(&theirs).unwrap(), BOARD);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_dir(home.path()).unwrap().count(), 1);
}

#[cfg(unix)]
#[test]
fn planted_links_at_temp_log_and_lock_names_are_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let victim = home.path().join("notater.txt");
    fs::write(&victim, "mine\n").unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    // The temp names of older versions were `.b.json.PID.tmp`: predictable.
    let pid = std::process::id();
    for name in [
        format!(".b.json.{pid}.tmp"),
        format!(".b.json.{}.tmp", pid + 1),
    ] {
        symlink(&victim, dir.path().join(name)).unwrap();
    }
    fs::create_dir(dir.path().join(".tavle")).unwrap();
    symlink(&victim, dir.path().join(".tavle").join("b.log.jsonl")).unwrap();

    store::update(&board, &[add("ny")], &stamp()).unwrap();
    assert_eq!(titles(&board), ["ny"]);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "mine\n");
    assert!(tavle::folder::log::read(&board).is_empty());

    // A link planted at the lock name is reported, never written through.
    symlink(&victim, tavle::folder::lock::lock_path(&board)).unwrap();
    match store::update(&board, &[add("to")], &stamp()) {
        Err(UpdateError::Lock(e)) => match *e {
            tavle::folder::lock::LockError::NotRegular { kind, .. } => {
                assert_eq!(kind, NodeKind::Symlink);
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "mine\n");
}

#[cfg(unix)]
const PRIVATE: tavle::folder::safe_fs::Perms = tavle::folder::safe_fs::Perms {
    mode: 0o600,
    gid: None,
};

#[cfg(unix)]
#[test]
fn a_linked_referater_folder_and_planted_minutes_links_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    symlink(home.path(), dir.path().join("referater")).unwrap();
    let e = store::write_minutes(dir.path(), date, "b", "# Referat\n", PRIVATE).unwrap_err();
    assert_eq!(e.kind, FsErrorKind::Symlink);
    assert_eq!(fs::read_dir(home.path()).unwrap().count(), 0);

    let dir = tempfile::tempdir().unwrap();
    let victim = home.path().join("v.md");
    fs::write(&victim, "mine").unwrap();
    fs::create_dir(dir.path().join("referater")).unwrap();
    symlink(&victim, dir.path().join("referater/2026-11-24-b.md")).unwrap();
    let written = store::write_minutes(dir.path(), date, "b", "# Referat\n", PRIVATE).unwrap();
    assert_eq!(written, dir.path().join("referater/2026-11-24-b-2.md"));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "mine");
}

#[cfg(unix)]
#[test]
fn odd_files_in_the_folder_are_skipped_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.json"), BOARD).unwrap();
    mkfifo(&d.join("fifo.json"));
    let _socket = std::os::unix::net::UnixListener::bind(d.join("sokkel.json")).unwrap();
    symlink("/dev/zero", d.join("enhet.json")).unwrap();
    symlink("finnes-ikke.json", d.join("brutt.json")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    mkfifo(&outside.path().join("rør"));
    symlink(outside.path().join("rør"), d.join("rør.json")).unwrap();

    let listing = store::list_boards(d).unwrap();
    assert_eq!(listing.boards, [d.join("a.json")]);
    let skipped: Vec<(String, SkipWhy)> = listing
        .skipped
        .iter()
        .map(|s| {
            (
                s.path.file_name().unwrap().to_string_lossy().into_owned(),
                s.why.clone(),
            )
        })
        .collect();
    assert_eq!(
        skipped,
        [
            ("brutt.json".into(), SkipWhy::BrokenLink),
            ("enhet.json".into(), SkipWhy::LinkTo(NodeKind::CharDevice)),
            ("fifo.json".into(), SkipWhy::Special(NodeKind::Fifo)),
            ("rør.json".into(), SkipWhy::LinkTo(NodeKind::Fifo)),
            ("sokkel.json".into(), SkipWhy::Special(NodeKind::Socket)),
        ]
    );
    assert_eq!(store::board_files(d).unwrap(), [d.join("a.json")]);

    // Named directly, they are refused at once, never read.
    let start = Instant::now();
    for name in ["fifo.json", "rør.json", "enhet.json"] {
        let a = store::analyze(&d.join(name));
        assert!(a.board.is_none() && a.errors() == 1, "{name}");
        assert!(store::update(&d.join(name), &[add("x")], &stamp()).is_err());
    }
    assert!(start.elapsed() < Duration::from_secs(2));

    let out = tavle(d, "en", &["check", "."]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("./fifo.json: warning: a FIFO (named pipe), not a regular file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("./brutt.json: warning: a link that leads to no file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 file checked: 0 errors, 5 warnings"),
        "{stdout}"
    );
    assert_eq!(
        tavle(d, "en", &["check", "--strict", "."]).status.code(),
        Some(1)
    );
    assert_eq!(
        tavle(d, "en", &["check", "fifo.json"]).status.code(),
        Some(1)
    );
    let out = tavle(d, "en", &["fmt", "--check", "."]);
    assert!(
        text(&out.stderr).contains("fifo.json"),
        "{}",
        text(&out.stderr)
    );
    let out = tavle(d, "en", &["card", "add", "fifo.json", "--title", "x"]);
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_mode_and_the_group() {
    let dir = tempfile::tempdir().unwrap();
    let private = dir.path().join("privat.json");
    fs::write(&private, BOARD).unwrap();
    fs::set_permissions(&private, fs::Permissions::from_mode(0o600)).unwrap();
    store::update(&private, &[add("x")], &stamp()).unwrap();
    assert_eq!(fs::metadata(&private).unwrap().mode() & 0o777, 0o600);

    let team = dir.path().join("team.json");
    fs::write(&team, BOARD).unwrap();
    fs::set_permissions(&team, fs::Permissions::from_mode(0o660)).unwrap();
    // A team's group: one this user belongs to, or any (as the superuser).
    let gid = if is_root() {
        4242
    } else {
        fs::metadata(dir.path()).unwrap().gid()
    };
    std::os::unix::fs::chown(&team, None, Some(gid)).unwrap();
    store::update(&team, &[add("x")], &stamp()).unwrap();
    let meta = fs::metadata(&team).unwrap();
    assert_eq!((meta.mode() & 0o777, meta.gid()), (0o660, gid));
    // `tavle fmt` is a save like any other.
    fs::write(&team, BOARD).unwrap();
    std::os::unix::fs::chown(&team, None, Some(gid)).unwrap();
    assert!(
        tavle(dir.path(), "en", &["fmt", "team.json"])
            .status
            .success()
    );
    let meta = fs::metadata(&team).unwrap();
    assert_eq!((meta.mode() & 0o777, meta.gid()), (0o660, gid));
}

#[cfg(unix)]
fn is_root() -> bool {
    fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

#[test]
fn a_board_the_user_may_not_write_opens_read_only_and_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    // No write bit on Unix (0444), the read-only attribute on Windows.
    let mut perms = fs::metadata(&board).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&board, perms).unwrap();
    #[cfg(unix)]
    let inode = fs::metadata(&board).unwrap().ino();

    assert_eq!(
        store::analyze(&board).access,
        Access::ReadOnly(Why::NoWritePermission)
    );
    match store::update(&board, &[add("x")], &stamp()) {
        Err(UpdateError::Refused {
            why: Why::NoWritePermission,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(
        store::write_atomic(&board, b"{}").unwrap_err().kind,
        FsErrorKind::PermissionDenied
    );
    let out = tavle(dir.path(), "nb", &["card", "add", "b.json", "--title", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "tavle: tavla b er bare for lesing: du har ikke skrivetilgang til filen"
    );
    let out = tavle(dir.path(), "en", &["fmt", "."]);
    assert_eq!(out.status.code(), Some(1));
    let meta = fs::metadata(&board).unwrap();
    assert!(meta.permissions().readonly());
    #[cfg(unix)]
    assert_eq!(
        (meta.ino(), meta.mode() & 0o777),
        (inode, 0o444),
        "replaced"
    );
    assert_eq!(fs::read_to_string(&board).unwrap(), BOARD);
    assert_names(dir.path(), &["b.json"]);
}

/// A temp file name of board `b.json` owned by `pid` on this machine.
fn temp_of(pid: u32) -> String {
    let ours = tavle::folder::board_fs::temp_name(OsStr::new("b.json"));
    let rest = ours
        .strip_prefix(&format!(".b.json.{}-", std::process::id()))
        .unwrap();
    format!(".b.json.{pid}-{rest}")
}

fn dead_pid() -> u32 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .arg("--version")
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn temp_files_of_crashed_writers_are_listed_by_check_and_removed_at_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    let crashed = temp_of(dead_pid());
    let running = temp_of(std::process::id());
    let fresh = temp_of(dead_pid());
    let foreign = ".b.json.77-0badc0de.abcdefgh.tmp".to_string();
    for name in [&crashed, &running, &fresh, &foreign] {
        fs::write(dir.path().join(name), "{").unwrap();
    }
    for name in [&crashed, &running, &foreign] {
        age(&dir.path().join(name), Duration::from_secs(10 * 60));
    }

    let out = tavle(dir.path(), "en", &["check", "."]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "{}: warning: temp file of a save that did not finish (10 min); the next save removes it",
            here(&crashed)
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{}: warning:", here(&running))),
        "{stdout}"
    );
    assert!(
        !stdout.contains(&fresh),
        "a young temp file is a save under way: {stdout}"
    );

    store::update(&board, &[add("x")], &stamp()).unwrap();
    // Removed: the dead process's, old. Kept: a live process's, a young
    // one, and another machine's younger than an hour.
    assert_names(dir.path(), &["b.json", &running, &fresh, &foreign]);
}

#[test]
fn size_and_control_character_messages_are_right() {
    let dir = tempfile::tempdir().unwrap();
    let f = fs::File::create(dir.path().join("stor.json")).unwrap();
    f.set_len(20 * 1024 * 1024 + 300 * 1024).unwrap();
    fs::write(
        dir.path().join("nul.json"),
        "{\"tavle\":1,\"title\":\"T\0\",\"kind\":\"drift\"}",
    )
    .unwrap();
    let out = tavle(dir.path(), "nb", &["check", "."]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "{}:1:1: error: filen er for stor (20,3 MB; grensen er 20 MB)",
            here("stor.json")
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{}:1:22: error: kontrolltegn U+0000 inne i en tekst",
            here("nul.json")
        )),
        "{stdout}"
    );
}

#[test]
fn unlock_breaks_only_a_stale_lock_and_says_whose() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("b.json");
    fs::write(&board, BOARD).unwrap();
    let held = tavle::folder::lock::acquire(&board, Duration::ZERO).unwrap();
    let out = tavle(dir.path(), "en", &["unlock", "b", "--dir", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is in use right now by"),
        "{}",
        text(&out.stderr)
    );
    assert!(held.verify().is_ok(), "a lock in use was broken");
    drop(held);

    let lock = tavle::folder::lock::lock_path(&board);
    fs::write(&lock, "").unwrap();
    age(&lock, Duration::from_secs(60));
    let out = tavle(dir.path(), "en", &["unlock", "b", "--dir", "."]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        "broke a lock with no holder on the board b"
    );
    let out = tavle(dir.path(), "en", &["unlock", "b", "--dir", "."]);
    assert_eq!(text(&out.stdout).trim(), "the board b was not locked");
}

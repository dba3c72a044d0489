//! Tests of [`super`]: what is written is read back, and only while it can
//! be trusted.

use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default()
}

fn known(modified_ns: i128, facts: Option<RankFacts>) -> Known {
    Known {
        stamp: FileStamp {
            len: 1234,
            modified_ns,
            changed_ns: modified_ns - 5,
            id: (7, 99),
            mode: 0o644,
        },
        facts,
    }
}

fn facts() -> RankFacts {
    RankFacts {
        day: day(3),
        fixed: Counts {
            red: 4,
            yellow: 1,
            green: 2,
            none: 3,
            done: 5,
            overdue: 2,
        },
        dated: vec![
            (day(9), Some(Light::Yellow)),
            (day(24), None),
            (day(4), Some(Light::Red)),
        ],
        revisions: vec![day(31)],
    }
}

const BEGUN: i64 = 1_800_000_000_000_000_000;

/// The file of `dir`'s facts, begun at [`BEGUN`]: its head and the
/// lines of `boards`, one after another.
fn file(dir: &Path, boards: &[(String, Known)]) -> Vec<u8> {
    let mut bytes = head(dir, BEGUN).unwrap();
    for (name, known) in boards {
        bytes.extend_from_slice(line(name, known).unwrap().as_bytes());
    }
    bytes
}

#[test]
fn what_is_remembered_is_read_back_for_the_same_folder_only() {
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    let old = i128::from(BEGUN - RACY - 1);
    let boards = vec![
        ("a.json".to_string(), known(old, Some(facts()))),
        ("ødelagt.json".to_string(), known(old - 10, None)),
    ];
    write_in(cache.path(), dir.path(), &file(dir.path(), &boards)).unwrap();
    let read = read_in(cache.path(), dir.path());
    assert_eq!(read.len(), 2);
    assert_eq!(read["a.json"], boards[0].1);
    assert_eq!(read["ødelagt.json"], boards[1].1);
    // Another folder's facts are not these.
    assert!(read_in(cache.path(), other.path()).is_empty());
    // The file is the user's alone, and holds no more than numbers and
    // file names.
    let (name, _) = place(dir.path()).unwrap();
    let path = cache.path().join(&name);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let text = std::fs::read_to_string(&path).unwrap();
    let mut rows = text.lines();
    let head: serde_json::Value = serde_json::from_str(rows.next().unwrap()).unwrap();
    assert_eq!(head["format"], 1);
    // A board's line: its name and numbers, nothing else.
    let board: serde_json::Value = serde_json::from_str(rows.next().unwrap()).unwrap();
    assert_eq!(board[0], "a.json");
    let strings = |v: &serde_json::Value| v.to_string().matches('"').count();
    assert_eq!(strings(&board), 2, "{board}");
    // 9 December 2026 is day 739,959 (Python: `date(2026, 12, 9).toordinal()`); yellow is 2.
    assert_eq!(board[9][0], 739_959 * 4 + 2);
}

#[test]
fn a_stamp_from_just_before_the_reading_began_is_not_trusted() {
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let boards = vec![
        (
            "gammel.json".to_string(),
            known(i128::from(BEGUN - RACY - 1), None),
        ),
        (
            "kant.json".to_string(),
            known(i128::from(BEGUN - RACY), None),
        ),
        ("ny.json".to_string(), known(i128::from(BEGUN + 1), None)),
    ];
    write_in(cache.path(), dir.path(), &file(dir.path(), &boards)).unwrap();
    let read = read_in(cache.path(), dir.path());
    let mut names: Vec<&String> = read.keys().collect();
    names.sort();
    assert_eq!(names, ["gammel.json"]);
}

#[test]
fn a_file_that_cannot_be_trusted_is_as_good_as_none() {
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (name, _) = place(dir.path()).unwrap();
    let path = cache.path().join(&name);
    let key = place(dir.path()).unwrap().1;
    let head = format!(
        r#"{{"format":1,"folder":{},"begun_ns":{BEGUN}}}"#,
        serde_json::json!(key)
    );
    let old = BEGUN - RACY - 1;
    for bad in [
        "not json".to_string(),
        head.replace(r#""format":1"#, r#""format":2"#),
        head.replace(&key, "/another/folder"),
    ] {
        let good = format!(r#"["a.json",1,{old},{old},1,2,420,739000,[1,0,0,0,0,0],[],[]]"#);
        std::fs::write(&path, format!("{bad}\n{good}\n")).unwrap();
        assert!(read_in(cache.path(), dir.path()).is_empty(), "{bad}");
    }
    // A deadline out of range, or a line that is not a board's, leaves that
    // board out, not the rest.
    let text = format!(
        "{head}\n\
         [\"a.json\",1,{old},{old},1,2,420,739000,[0,0,0,0,0,0],[2000000000],[]]\n\
         {{\"torn\n\
         [\"b.json\",1,{old},{old},1,3,420,739000,[1,0,0,0,0,0],[2956004],[]]\n"
    );
    std::fs::write(&path, text).unwrap();
    let read = read_in(cache.path(), dir.path());
    assert_eq!(read.keys().collect::<Vec<_>>(), ["b.json"]);
    assert_eq!(read["b.json"].facts.as_ref().unwrap().fixed.red, 1);
    // A link where the file should be is not followed.
    #[cfg(unix)]
    {
        let elsewhere = cache.path().join("elsewhere.json");
        std::fs::rename(&path, &elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &path).unwrap();
        assert!(read_in(cache.path(), dir.path()).is_empty());
    }
}

#[test]
fn the_cache_folder_is_made_when_missing() {
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join(".cache").join("tavle");
    let dir = tempfile::tempdir().unwrap();
    let old = i128::from(BEGUN - RACY - 1);
    let boards = vec![("a.json".to_string(), known(old, Some(facts())))];
    write_in(&cache, dir.path(), &file(dir.path(), &boards)).unwrap();
    assert_eq!(read_in(&cache, dir.path()).len(), 1);
    // Made for the user alone, whatever the folder above allows.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
        let open = tempfile::tempdir().unwrap();
        std::fs::set_permissions(open.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
        let cache = open.path().join("c").join("tavle");
        write_in(&cache, dir.path(), &file(dir.path(), &boards)).unwrap();
        assert_eq!(mode(&cache), 0o700);
        assert_eq!(mode(cache.parent().unwrap()), 0o700);
    }
}

/// The cache file's name is the FNV-1a hash of the folder's path, the same
/// on every run: for `/` it is af63a24c860189fe (worked out by hand from
/// the FNV-1a definition, which gives the published af63dc4c8601ec8c for
/// "a" and 85944171f73967e8 for "foobar").
#[cfg(unix)]
#[test]
fn the_cache_name_is_the_fnv_1a_of_the_path() {
    assert_eq!(
        place(Path::new("/")),
        Some(("ranks-af63a24c860189fe.json".to_string(), "/".to_string()))
    );
}

/// The child's name, as the test harness knows it.
#[cfg(unix)]
const CHILD: &str = "folder::ranks::tests::remembered_in_a_child";

/// Set in the child's environment only.
#[cfg(unix)]
const CHILD_VAR: &str = "TAVLE_TEST_RANKS_CHILD";

/// What is remembered in the user's cache folder is read back from there.
/// The cache folder is found through the environment (`XDG_CACHE_HOME`),
/// which no test may change in this process: a child of this very test
/// binary, with a fresh cache folder of its own, writes and reads.
#[cfg(unix)]
#[test]
fn what_is_remembered_in_the_users_cache_is_read_back() {
    let cache = tempfile::tempdir().unwrap();
    crate::test_util::run_in_child(CHILD, CHILD_VAR, &[("XDG_CACHE_HOME", cache.path())]);
    // Written where the environment said: one file, in `tavle/`.
    let files: Vec<_> = std::fs::read_dir(cache.path().join("tavle"))
        .unwrap()
        .collect();
    assert_eq!(files.len(), 1);
}

/// Run only by the test above, in a child process whose `XDG_CACHE_HOME`
/// is a fresh folder.
#[cfg(unix)]
#[test]
#[ignore = "run in a child process by what_is_remembered_in_the_users_cache_is_read_back"]
fn remembered_in_a_child() {
    if std::env::var_os(CHILD_VAR).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let old = i128::from(BEGUN - RACY - 1);
    let boards = vec![("a.json".to_string(), known(old, Some(facts())))];
    assert!(read(dir.path()).is_empty());
    write(dir.path(), &file(dir.path(), &boards)).unwrap();
    let back = read(dir.path());
    assert_eq!(back.len(), 1);
    assert_eq!(back["a.json"], boards[0].1);
}

/// A file where the cache folder should be: writing fails for what is
/// there (not a folder), not as if the folder were being made by another.
#[cfg(unix)]
#[test]
fn a_file_in_place_of_the_cache_folder_is_not_a_folder() {
    let home = tempfile::tempdir().unwrap();
    let cache = home.path().join("tavle");
    std::fs::write(&cache, "not a folder").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let err = write_in(&cache, dir.path(), &file(dir.path(), &[])).unwrap_err();
    // ENOTDIR, 20 on every Unix tavle runs on; not EEXIST from making it.
    assert!(
        matches!(&err.kind, FsErrorKind::Other(m) if m.contains("(os error 20)")),
        "{err:?}"
    );
    assert_eq!(std::fs::read_to_string(&cache).unwrap(), "not a folder");
}

/// A stamp exactly at the start of the racy window before the reading
/// began is not trusted (only those strictly before it are).
#[test]
fn a_stamp_at_the_edge_of_the_racy_window_is_not_trusted() {
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let edge = i128::from(BEGUN - RACY);
    let boards = vec![
        ("kant.json".to_string(), known(edge, None)),
        ("før.json".to_string(), known(edge - 1, None)),
    ];
    write_in(cache.path(), dir.path(), &file(dir.path(), &boards)).unwrap();
    let read = read_in(cache.path(), dir.path());
    assert_eq!(read.len(), 1);
    assert!(read.contains_key("før.json"));
}

/// Every light a dated card may have (green too, and none) is read back
/// as it was written.
#[test]
fn every_light_is_read_back() {
    let cache = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let old = i128::from(BEGUN - RACY - 1);
    let mut lit = facts();
    lit.dated = vec![
        (day(1), Some(Light::Green)),
        (day(2), None),
        (day(3), Some(Light::Yellow)),
        (day(4), Some(Light::Red)),
    ];
    let boards = vec![("a.json".to_string(), known(old, Some(lit)))];
    write_in(cache.path(), dir.path(), &file(dir.path(), &boards)).unwrap();
    let read = read_in(cache.path(), dir.path());
    assert_eq!(read.len(), 1);
    assert_eq!(read["a.json"], boards[0].1);
}

/// A cache folder that may not be made is reported by why it may not (the
/// making's error), not as a folder that is not there. Where a folder is
/// refused to everyone, root too: the top of sysfs (skipped where `/sys`
/// is not sysfs).
#[cfg(target_os = "linux")]
#[test]
fn a_cache_folder_that_may_not_be_made_says_so() {
    if !Path::new("/sys/kernel").is_dir() {
        return;
    }
    let cache = Path::new("/sys").join(format!("tavle-test-{}", std::process::id()));
    let dir = tempfile::tempdir().unwrap();
    let err = write_in(&cache, dir.path(), &file(dir.path(), &[])).unwrap_err();
    assert_eq!(err.kind, FsErrorKind::PermissionDenied, "{err:?}");
    assert!(!cache.exists());
}

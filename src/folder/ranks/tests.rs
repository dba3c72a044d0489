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
    write_in(cache.path(), dir.path(), BEGUN, &boards).unwrap();
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
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&String> = v["boards"][0].as_object().unwrap().keys().collect();
    let expected = [
        "changed_ns",
        "dated",
        "day",
        "dev",
        "fixed",
        "ino",
        "len",
        "mode",
    ];
    assert!(
        expected.iter().all(|k| keys.iter().any(|x| x == k)),
        "{keys:?}"
    );
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
    write_in(cache.path(), dir.path(), BEGUN, &boards).unwrap();
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
    for bad in [
        "not json".to_string(),
        r#"{"format":2,"folder":"x","begun_ns":0,"boards":[]}"#.to_string(),
    ] {
        std::fs::write(&path, bad).unwrap();
        assert!(read_in(cache.path(), dir.path()).is_empty());
    }
    // A day or light out of range leaves that board out, not the rest.
    let old = BEGUN - RACY - 1;
    let key = place(dir.path()).unwrap().1;
    let text = serde_json::json!({"format": 1, "folder": key, "begun_ns": BEGUN, "boards": [
        {"name": "a.json", "len": 1, "modified_ns": old, "changed_ns": old, "dev": 1, "ino": 2,
         "mode": 420, "day": 739_000, "fixed": [0, 0, 0, 0, 0, 0], "dated": [[739_001, 9]], "revisions": []},
        {"name": "b.json", "len": 1, "modified_ns": old, "changed_ns": old, "dev": 1, "ino": 3,
         "mode": 420, "day": 739_000, "fixed": [1, 0, 0, 0, 0, 0], "dated": [[739_001, 3]], "revisions": []}
    ]});
    std::fs::write(&path, text.to_string()).unwrap();
    let read = read_in(cache.path(), dir.path());
    assert_eq!(read.keys().collect::<Vec<_>>(), ["b.json"]);
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
    write_in(&cache, dir.path(), BEGUN, &boards).unwrap();
    assert_eq!(read_in(&cache, dir.path()).len(), 1);
}

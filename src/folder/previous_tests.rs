//! More tests of finding the last minutes (run 16's survivors).

use super::*;

/// A `referater` that is a link (never followed) is an error to report,
/// not a folder without minutes; one that is not there is nothing.
#[cfg(unix)]
#[test]
fn a_linked_minutes_folder_is_an_error_and_a_missing_one_nothing() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(newest_file(dir.path(), "drift", None), Ok(None)));
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("referater")).unwrap();
    let err = newest_file(dir.path(), "drift", None).err().unwrap();
    assert_eq!(err.kind, crate::folder::safe_fs::FsErrorKind::Symlink);
}

/// Minutes dated the day the previous meeting ended, or later, are found;
/// older ones are another meeting's.
#[test]
fn minutes_from_the_earliest_day_on_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let referater = dir.path().join("referater");
    std::fs::create_dir(&referater).unwrap();
    std::fs::write(
        referater.join("2026-11-24-drift.md"),
        "# Referat Drift (`drift`)\n",
    )
    .unwrap();
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let found = newest_file(dir.path(), "drift", Some(day(24))).unwrap();
    assert!(
        matches!(&found, Some(Previous::File { name, .. }) if name == "2026-11-24-drift.md"),
        "{found:?}"
    );
    assert!(matches!(
        newest_file(dir.path(), "drift", Some(day(23))),
        Ok(Some(_))
    ));
    assert!(matches!(
        newest_file(dir.path(), "drift", Some(day(25))),
        Ok(None)
    ));
}

/// The minutes are looked for in `referater/` beside the board (not in the
/// working folder): a board with no meeting in its log still finds them.
#[test]
fn the_minutes_beside_the_board_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let board = dir.path().join("drift.json");
    std::fs::write(&board, r#"{"tavle":1,"title":"Drift","kind":"drift"}"#).unwrap();
    let referater = dir.path().join("referater");
    std::fs::create_dir(&referater).unwrap();
    std::fs::write(
        referater.join("2026-11-24-drift.md"),
        "# Referat Drift (`drift`)\n",
    )
    .unwrap();
    let before = DateTime::parse_from_rfc3339("2026-11-25T09:00:00+01:00").unwrap();
    let found = read(&board, before, Lang::Nb);
    assert!(
        matches!(&found, Previous::File { name, .. } if name == "2026-11-24-drift.md"),
        "{found:?}"
    );
}

/// The number of a day's second or later minutes is digits only: a sign
/// (which a number parser would take) makes the name another file's.
#[test]
fn a_minutes_number_is_digits_only() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    assert_eq!(parse_name("2026-11-24-drift-2.md", "drift"), Some((day, 2)));
    assert_eq!(parse_name("2026-11-24-drift-+2.md", "drift"), None);
    assert_eq!(parse_name("2026-11-24-drift-.md", "drift"), None);
    assert_eq!(parse_name("2026-11-24-drift-2a.md", "drift"), None);
}

/// Minutes of a long meeting (100 KB, far under the 1 MiB read) are found
/// and read whole.
#[test]
fn long_minutes_are_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let referater = dir.path().join("referater");
    std::fs::create_dir(&referater).unwrap();
    let mut text = String::from("# Referat Drift (`drift`)\n");
    for i in 0..1000 {
        text.push_str(&format!("- sak {i:04} {}\n", "x".repeat(88)));
    }
    assert!(text.len() > 100_000);
    std::fs::write(referater.join("2026-11-24-drift.md"), &text).unwrap();
    match newest_file(dir.path(), "drift", None) {
        Ok(Some(Previous::File { name, text: read })) => {
            assert_eq!(name, "2026-11-24-drift.md");
            assert!(read.contains("- sak 0999 "), "{}", read.len());
        }
        other => panic!("{other:?}"),
    }
}

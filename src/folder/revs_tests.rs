//! More tests of the versions kept by revision (run 16's survivors).

use super::*;

/// A version kept already is not written again: keeping the same bytes a
/// second time leaves the file as it was (its time too).
#[test]
fn a_version_kept_already_is_not_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let bytes = br#"{"tavle":1,"title":"T","kind":"drift"}"#;
    keep_in(&folder, OsStr::new("b.json"), "r1", bytes).unwrap();
    let kept = dir.path().join(".tavle/revs/b/r1.json");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&kept)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    keep_in(&folder, OsStr::new("b.json"), "r1", bytes).unwrap();
    let meta = std::fs::metadata(&kept).unwrap();
    assert_eq!(meta.modified().unwrap(), hour_ago);
    assert_eq!(std::fs::read(&kept).unwrap(), bytes);
}

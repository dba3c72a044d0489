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

/// Two boards edited apart from one kept version: that version is their
/// common ancestor.
#[test]
fn the_kept_version_both_came_from_is_their_ancestor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    let text =
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],"cards":[]}"#;
    std::fs::write(&path, text).unwrap();
    let base = store::analyze_bytes(text.as_bytes().to_vec())
        .board
        .unwrap();
    let base_id = revision::id(&base);
    let kept = keep(&path, store::fingerprint(text.as_bytes())).unwrap();
    assert_eq!(kept, Kept::Kept(base_id.clone()));
    let edited = |title: &str| {
        let mut b = base.clone();
        b.title = title.to_string();
        revision::advance(&mut b, &base_id);
        b
    };
    let (now, copy) = (edited("Nord"), edited("Sør"));
    let found = ancestor(&path, &now, &copy).expect("the kept version");
    assert_eq!(found.title, "T");
    assert_eq!(revision::id(&found), base_id);
}

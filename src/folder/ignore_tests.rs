//! More tests of the ignore files (the old runs' survivors).

use super::*;

/// An ignore file is read up to 256 KiB: one of 200 KiB is added to, one
/// a byte over 256 KiB is refused as too large and left as it is.
#[test]
fn an_ignore_file_is_read_up_to_256_kib() {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    let path = dir.path().join(".gitignore");
    let line = "# ".to_string() + &"x".repeat(97) + "\n";
    let long = line.repeat(2 * 1024);
    assert_eq!(long.len(), 200 * 1024);
    std::fs::write(&path, &long).unwrap();
    assert_eq!(ensure_lines(&folder, ".gitignore", &["a"]).unwrap(), 1);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        format!("{long}a\n")
    );

    let too_long = "x".repeat(256 * 1024 + 1);
    std::fs::write(&path, &too_long).unwrap();
    let err = ensure_lines(&folder, ".gitignore", &["a"]).unwrap_err();
    assert_eq!(
        err.kind,
        FsErrorKind::TooLarge {
            size: 256 * 1024 + 1,
            limit: 256 * 1024
        }
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), too_long);
}

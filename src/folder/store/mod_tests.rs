//! More tests of reading a board file (run 16's survivors).

use super::*;

/// A file that is no text still has a fingerprint of its bytes (the poller
/// tells a touch from a change by it): the same bytes the same, other
/// bytes another, whatever the hash.
#[test]
fn bytes_that_are_no_text_have_a_fingerprint_of_their_own() {
    let a = b"{\"tavle\":1,\"title\":\"\xFF\"}".to_vec();
    let b = b"{\"tavle\":1,\"title\":\"\xFE\"}".to_vec();
    let (fa, fb) = (analyze_bytes(a.clone()), analyze_bytes(b));
    assert!(fa.board.is_none() && fa.problems.len() == 1);
    assert_eq!(fa.problems[0].kind, DiagKind::NotUtf8);
    assert_ne!(fa.fingerprint, fb.fingerprint);
    assert_eq!(analyze_bytes(a).fingerprint, fa.fingerprint);
}

/// A board file's bytes are read as they are (its byte-order mark too), and
/// its text without the mark; a file too large is refused unread.
#[test]
fn a_board_files_bytes_and_text_are_read_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    let text = "{\"tavle\":1,\"title\":\"Ærlig\",\"kind\":\"drift\"}\r\n";
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let mut want = vec![0xEF, 0xBB, 0xBF];
    want.extend_from_slice(text.as_bytes());
    assert_eq!(read_bytes(&path).unwrap(), want);
    let (read, style) = read_text(&path).unwrap();
    assert_eq!(read, text);
    assert!(style.bom && style.crlf);

    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_FILE_SIZE + 1)
        .unwrap();
    let refused = read_bytes(&path).unwrap_err();
    assert!(
        matches!(refused.kind, DiagKind::TooLarge { .. }),
        "{refused:?}"
    );
}

/// A board of this format may be edited; one of a newer format is read only.
#[test]
fn only_a_board_of_a_newer_format_is_read_only() {
    let now = analyze_bytes(br#"{"tavle":1,"title":"T","kind":"drift"}"#.to_vec());
    assert!(now.board.is_some());
    assert!(!now.read_only());
    let newer = analyze_bytes(br#"{"tavle":2,"title":"T","kind":"drift"}"#.to_vec());
    assert!(newer.read_only());
}

/// Only errors are counted as errors, every one of them: none in a file of
/// warnings, two in one with two errors and a warning between them.
#[test]
fn errors_counts_the_errors_only() {
    let at = |severity: Severity| Located {
        line: 1,
        col: 1,
        severity,
        kind: DiagKind::Empty,
    };
    let with = |problems: Vec<Located>| Analysis {
        problems,
        ..unreadable(at(Severity::Error))
    };
    assert_eq!(with(vec![]).errors(), 0);
    assert_eq!(with(vec![at(Severity::Warning)]).errors(), 0);
    let two = with(vec![
        at(Severity::Error),
        at(Severity::Warning),
        at(Severity::Error),
    ]);
    assert_eq!(two.errors(), 2);
}

/// Two cards with one id: the board is read, but only read (an edit naming
/// the id could reach either card).
#[test]
fn a_board_with_a_duplicate_id_is_read_only() {
    let twice = br#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
        "cards":[{"id":"k1","title":"En","column":"a","created":"2026-11-02T08:00:00+01:00"},
                 {"id":"k1","title":"To","column":"a","created":"2026-11-02T08:00:00+01:00"}]}"#;
    let read = analyze_bytes(twice.to_vec());
    assert!(read.board.is_some());
    assert_eq!(read.access, Access::ReadOnly(Why::DuplicateIds));
}

//! The guards of the locked save against what takes no lock and what would
//! not be read again: an editor (Notepad, a sync client) that writes the
//! board between tavle's locked re-read and its rename is noticed, and the
//! edit is made again on what it wrote; a save, `fmt` or merge whose result
//! would be over the size limit is refused with the file untouched: exactly
//! the limit is written, a byte more is not (the locked save and the unlocked
//! `write_atomic` alike).

use std::cell::Cell;
use std::path::Path;

use serde_json::{Value, json};
use tavle::folder::store::{self, MAX_FILE_SIZE, UpdateError};

fn board(cards: Value) -> Value {
    json!({"tavle": 1, "title": "Drift", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}], "cards": cards})
}

fn write(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap()).unwrap();
}

fn ids(path: &Path) -> Vec<String> {
    let b = store::analyze(path).board.expect("the board reads");
    b.cards.iter().map(|c| c.id.clone()).collect()
}

/// Add card `id` to the board in the edit.
fn add(b: &mut tavle::model::Board, id: &str) {
    let mut card = b.cards[0].clone();
    card.id = id.into();
    card.title = format!("Kort {id}");
    b.cards.push(card);
}

#[test]
fn an_editor_writing_between_the_re_read_and_the_rename_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    write(
        &path,
        &board(json!([{"id": "k1", "title": "En", "column": "a"}])),
    );
    let calls = Cell::new(0);
    let saved = store::rewrite(&path, store::LOCK_WAIT, |b, _| {
        calls.set(calls.get() + 1);
        if calls.get() == 1 {
            // Notepad saves, without a lock, while tavle holds its own.
            write(
                &path,
                &board(json!([
                    {"id": "k1", "title": "En", "column": "a"},
                    {"id": "k2", "title": "Fra Notisblokk", "column": "a"}
                ])),
            );
        }
        add(b, "k3");
        Ok(true)
    })
    .map_err(|e| format!("{e:?}"))
    .unwrap();
    assert!(saved.written);
    assert_eq!(calls.get(), 2, "read again and the edit made again");
    assert_eq!(ids(&path), ["k1", "k2", "k3"], "neither change is lost");
}

#[test]
fn an_editor_that_keeps_writing_wins_and_nothing_is_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    write(
        &path,
        &board(json!([{"id": "k1", "title": "En", "column": "a"}])),
    );
    let calls = Cell::new(0);
    let r = store::rewrite(&path, store::LOCK_WAIT, |b, _| {
        calls.set(calls.get() + 1);
        let n = calls.get();
        write(
            &path,
            &board(json!([{"id": "k1", "title": format!("Utgave {n}"), "column": "a"}])),
        );
        add(b, "k9");
        Ok(true)
    });
    assert!(matches!(r, Err(UpdateError::KeptChanging)), "{:?}", r.err());
    let b = store::analyze(&path).board.unwrap();
    assert_eq!(b.cards.len(), 1, "the editor's last version stays");
    assert_eq!(b.cards[0].title, format!("Utgave {}", calls.get()));
    // A half-written save by the editor is never overwritten either.
    let once = Cell::new(true);
    let r = store::rewrite(&path, store::LOCK_WAIT, |b, _| {
        if once.replace(false) {
            std::fs::write(&path, "{\"tavle\": 1, \"title\": \"Dr").unwrap();
        }
        add(b, "k9");
        Ok(true)
    });
    assert!(matches!(r, Err(UpdateError::Broken(_))), "{:?}", r.err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"tavle\": 1, \"title\": \"Dr"
    );
}

/// A compact board just under the size limit whose pretty form is over it.
fn compact_near_the_limit() -> String {
    let note = "x".repeat(1000);
    let per_card = serde_json::to_string(&json!(
        {"id": "k100000", "title": "T", "column": "a", "note": note}
    ))
    .unwrap()
    .len()
        + 1;
    let n = (MAX_FILE_SIZE as usize - 200) / per_card;
    let cards: Vec<Value> = (0..n)
        .map(|i| json!({"id": format!("k{}", 100_000 + i), "title": "T", "column": "a", "note": note}))
        .collect();
    let text = serde_json::to_string(&board(json!(cards))).unwrap();
    assert!(text.len() as u64 <= MAX_FILE_SIZE && text.len() as u64 > MAX_FILE_SIZE - 2000);
    text
}

#[test]
fn a_save_or_fmt_that_would_exceed_the_size_limit_is_refused_and_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    let text = compact_near_the_limit();
    std::fs::write(&path, &text).unwrap();
    // An edit that adds a long note would make it too large.
    let r = store::rewrite(&path, store::LOCK_WAIT, |b, _| {
        b.cards[0].note = Some("y".repeat(4000));
        Ok(true)
    });
    match r {
        Err(UpdateError::TooLarge { size, limit }) => {
            assert_eq!(limit, MAX_FILE_SIZE);
            assert!(size > limit);
        }
        other => panic!("{:?}", other.err()),
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    // `tavle fmt` would indent it past the limit: refused, said, untouched.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["fmt"])
        .arg(&path)
        .env("TAVLE_LANG", "en")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the board would become too large"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );
}

#[test]
fn an_atomic_write_of_exactly_the_limit_is_written_and_one_byte_more_refused() {
    use tavle::folder::safe_fs::FsErrorKind;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    std::fs::write(&path, "{}").unwrap();
    let limit = usize::try_from(MAX_FILE_SIZE).unwrap();
    let over = vec![b' '; limit + 1];
    let e = store::write_atomic(&path, &over).unwrap_err();
    assert_eq!(
        e.kind,
        FsErrorKind::TooLarge {
            size: MAX_FILE_SIZE + 1,
            limit: MAX_FILE_SIZE
        }
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"{}", "untouched");
    store::write_atomic(&path, &over[..limit]).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().len(), MAX_FILE_SIZE);
}

#[test]
fn a_file_over_the_limit_or_half_written_is_broken_and_a_missing_one_is_a_file_system_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    let limit = usize::try_from(MAX_FILE_SIZE).unwrap();
    std::fs::write(&path, vec![b' '; limit + 1]).unwrap();
    let r = store::rewrite(&path, store::LOCK_WAIT, |_, _| Ok(true));
    assert!(matches!(r, Err(UpdateError::Broken(_))), "{:?}", r.err());
    // A half-written file is broken by its first error, where it is.
    std::fs::write(&path, "{\"tavle\": 1,\n \"title\": \"Dr").unwrap();
    match store::rewrite(&path, store::LOCK_WAIT, |_, _| Ok(true)) {
        Err(UpdateError::Broken(first)) => {
            assert!(
                matches!(first.kind, tavle::diag::DiagKind::Syntax(_)),
                "{first:?}"
            );
            assert_eq!(first.line, 2, "{first:?}");
        }
        other => panic!("{:?}", other.err()),
    }
    // Not a broken board: a file that is not there.
    let gone = dir.path().join("borte.json");
    let r = store::rewrite(&gone, store::LOCK_WAIT, |_, _| Ok(true));
    assert!(matches!(r, Err(UpdateError::Fs(_))), "{:?}", r.err());
}

#[test]
fn an_edit_whose_result_is_exactly_the_limit_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    write(
        &path,
        &board(json!([{"id": "k1", "title": "En", "column": "a"}])),
    );
    let limit = usize::try_from(MAX_FILE_SIZE).unwrap();
    let saved = store::rewrite(&path, store::LOCK_WAIT, |b, fresh| {
        // The file as the save will write it, with an empty note first: the
        // note then takes exactly the bytes left up to the limit (plain
        // ASCII, written as it is; revision ids have one length).
        let before = tavle::revision::current(b);
        let mut probe = b.clone();
        probe.cards[0].note = Some(String::new());
        tavle::revision::advance(&mut probe, &before);
        let size = tavle::analyze::to_text(&probe, fresh.style).len();
        b.cards[0].note = Some("x".repeat(limit - size));
        Ok(true)
    })
    .map_err(|e| format!("{e:?}"))
    .unwrap();
    assert!(saved.written);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), MAX_FILE_SIZE);
}

#[test]
fn an_editor_writing_a_file_over_the_limit_before_the_rename_leaves_it_broken_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.json");
    write(
        &path,
        &board(json!([{"id": "k1", "title": "En", "column": "a"}])),
    );
    let limit = usize::try_from(MAX_FILE_SIZE).unwrap();
    let huge = vec![b' '; limit + 1];
    let calls = Cell::new(0);
    let r = store::rewrite(&path, store::LOCK_WAIT, |b, _| {
        calls.set(calls.get() + 1);
        // Between tavle's re-read and its rename, the file grows past the limit.
        std::fs::write(&path, &huge).unwrap();
        add(b, "k2");
        Ok(true)
    });
    // Read again (a change under the lock), and then too large to read: broken.
    assert!(matches!(r, Err(UpdateError::Broken(_))), "{:?}", r.err());
    assert_eq!(calls.get(), 1);
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        MAX_FILE_SIZE + 1,
        "not overwritten"
    );
}

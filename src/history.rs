//! The change log of a board: one JSON line per change, in
//! `.tavle/BOARD.log.jsonl` beside the board files. It is written under the
//! board's lock by every edit (screen or script), so the minutes can say what
//! was added, moved, archived and re-lit today, whoever did it.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use tavle_core::log::Logged;

/// The log file of the board file at `board`.
pub fn log_path(board: &Path) -> PathBuf {
    let dir = board.parent().unwrap_or(Path::new("."));
    let id = crate::store::board_id(board);
    dir.join(".tavle").join(format!("{id}.log.jsonl"))
}

/// Append changes to the log of `board` (call with the board's lock held).
pub fn append(board: &Path, entries: &[Logged]) -> io::Result<()> {
    let text = tavle_core::log::lines(entries);
    if text.is_empty() {
        return Ok(());
    }
    let path = log_path(board);
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut f = OpenOptions::new().create(true).append(true).open(&path)?;
    // One write per batch, so a reader never sees half a line from us.
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Every readable entry of the log of `board`, oldest first (see
/// [`tavle_core::log::parse`]).
pub fn read(board: &Path) -> Vec<Logged> {
    fs::read_to_string(log_path(board))
        .map(|t| tavle_core::log::parse(&t))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tavle_core::ops::Change;

    #[test]
    fn appends_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let board = dir.path().join("b.json");
        let e = Logged {
            at: "2026-11-24T09:00:00+01:00".into(),
            by: "Kari".into(),
            change: Change::Moved {
                card: "k1".into(),
                title: "Kort".into(),
                from: "a".into(),
                to: "b".into(),
            },
        };
        append(&board, std::slice::from_ref(&e)).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(log_path(&board))
            .unwrap()
            .write_all(b"{\"torn\n")
            .unwrap();
        append(&board, std::slice::from_ref(&e)).unwrap_or(());
        let read = read(&board);
        assert_eq!(read.first(), Some(&e));
        assert!(log_path(&board).starts_with(dir.path().join(".tavle")));
    }
}

//! Writing a routine as Markdown beside its board, in
//! `rutiner/YYYY-MM-DD-BOARD-ROUTINE.md` (a second one the same day gets
//! `-2`): the storage worker does it for `w` on the routines screen. The
//! text is the document `tavle routine` prints ([`crate::report::routine`]),
//! every line sanitized; the file is written as minutes are
//! ([`store::write_new`]: never over another file, never through a link,
//! with the board's permissions). It must not read the clock or print.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::folder::safe_fs::{FsError, FsErrorKind};
use crate::folder::store;
use crate::i18n::Lang;
use tavle_core::model::Board;

/// Write the routine `routine` (its id) of `board`, the board file at
/// `path`, for `today`; the path written.
pub fn write(
    path: &Path,
    board: &Board,
    routine: &str,
    today: NaiveDate,
    lang: Lang,
) -> Result<PathBuf, FsError> {
    let Some(r) = board.routine(routine) else {
        return Err(FsError::new(FsErrorKind::NotFound, path.to_path_buf()));
    };
    let doc = crate::report::routine::document(lang, board, r, today);
    let text = crate::folder::minutes::safe_lines(&crate::minutes::markdown(&doc));
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let perms = crate::folder::board_fs::locate_board(path)?;
    let perms = perms.folder.perms_beside(&perms.name);
    // The routine's id is the board's text: only letters, digits and dashes
    // reach the file name.
    let id: String = (r.id.chars())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = format!(
        "{}-{}-{id}",
        today.format("%Y-%m-%d"),
        store::board_id(path)
    );
    store::write_new(dir, "rutiner", &stem, &text, perms)
}
#[cfg(test)]
#[path = "routines_tests.rs"]
mod more_tests;

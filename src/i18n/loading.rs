//! Words of the folder's first reading: how far it has come, while a large
//! folder is read in the background (`Shared::loading`).

use super::Lang;

/// "Reading the boards … 1200 of 10000".
pub fn loading_boards(lang: Lang, read: usize, total: usize) -> String {
    f!(lang, "loading-boards", read = read, total = total)
}

/// A board held in brief is being read in full to be shown.
pub fn loading_board(lang: Lang) -> &'static str {
    s!(lang, "loading-board")
}

//! Words of the columns: the dialogs that add and change a column, and the
//! column changes in the minutes. Only words; the board's keys are worded
//! with the other keys (`words.rs`).

use super::Lang;

/// Fixed words about columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnWord {
    /// Title of the dialog that adds a column.
    New,
    /// Title of the dialog that renames a column or changes its limit.
    Edit,
    /// The label of a column's WIP limit.
    Wip,
    /// Heading of the column changes in the minutes.
    Heading,
    Added,
    Removed,
    Renamed,
    Limit,
    Order,
    /// A WIP limit that is not there.
    NoLimit,
    /// The keys that scroll a dialog taller than the screen.
    ScrollKeys,
}

/// The text of a [`ColumnWord`].
pub fn column_word(lang: Lang, w: ColumnWord) -> &'static str {
    use ColumnWord as W;
    match w {
        W::New => s!(lang, "column-new"),
        W::Edit => s!(lang, "column-edit"),
        W::Wip => s!(lang, "label-wip"),
        W::Heading => s!(lang, "minutes-columns"),
        W::Added => s!(lang, "minutes-column-added"),
        W::Removed => s!(lang, "minutes-column-removed"),
        W::Renamed => s!(lang, "minutes-column-renamed"),
        W::Limit => s!(lang, "minutes-column-limit"),
        W::Order => s!(lang, "minutes-column-order"),
        W::NoLimit => s!(lang, "minutes-no-limit"),
        W::ScrollKeys => s!(lang, "ui-scroll-keys"),
    }
}

//! The staffing panel's words (issue 22, bemanning) and the goals panel's
//! few of its own: the panel's headings and marks (`▼ 2 mangler`, `I dag
//! mangler 3`), its dialogs, its question, its notices, and the `?` and
//! hint-bar words of its keys.

use super::Lang;

/// A word of the staffing panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffWord {
    /// The column of the shifts.
    Shift,
    /// How many are planned (the column, and the dialog's title).
    Planned,
    /// How many are present (the column, and the dialog's title).
    Present,
    /// A shift with all planned present.
    Full,
    /// A shift in the file that is not one of the board's shifts.
    NotAShift,
    /// The number field's label.
    Count,
    /// The dialog of a new shift.
    NewShift,
    /// No figures for today on any shift.
    NoFigures,
}

pub fn staff_word(lang: Lang, w: StaffWord) -> &'static str {
    match w {
        StaffWord::Shift => s!(lang, "staff-shift"),
        StaffWord::Planned => s!(lang, "staff-planned"),
        StaffWord::Present => s!(lang, "staff-present"),
        StaffWord::Full => s!(lang, "staff-full"),
        StaffWord::NotAShift => s!(lang, "staff-not-a-shift"),
        StaffWord::Count => s!(lang, "staff-count"),
        StaffWord::NewShift => s!(lang, "staff-new-shift"),
        StaffWord::NoFigures => s!(lang, "staff-no-figures"),
    }
}

/// A shift's gap: `▼ 2 mangler`.
pub fn staff_gap(lang: Lang, missing: u32) -> String {
    f!(lang, "staff-gap", missing = missing)
}

/// The total line: `I dag mangler 3`, or every shift full.
pub fn staff_total(lang: Lang, missing: u32) -> String {
    f!(lang, "staff-total", missing = missing)
}

/// The question before a shift is taken out.
pub fn staff_remove_ask(lang: Lang, shift: &str) -> String {
    f!(lang, "staff-remove-ask", shift = shift)
}

pub(super) fn staff_unknown(lang: Lang, shift: &str) -> String {
    f!(lang, "staff-msg-unknown", shift = shift)
}

pub(super) fn bad_count(lang: Lang, text: &str) -> String {
    f!(lang, "staff-msg-bad-count", text = text)
}

/// The `?` overlay's words for the staffing panel's keys.
pub(super) fn staff_cmd_help(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "ops-more-present" => s!(lang, "cmd-help-ops-more-present"),
        "ops-fewer-present" => s!(lang, "cmd-help-ops-fewer-present"),
        "ops-set-present" => s!(lang, "cmd-help-ops-set-present"),
        "ops-set-planned" => s!(lang, "cmd-help-ops-set-planned"),
        "ops-add-shift" => s!(lang, "cmd-help-ops-add-shift"),
        "ops-remove-shift" => s!(lang, "cmd-help-ops-remove-shift"),
        _ => return None,
    })
}

/// The hint bar's words for the staffing panel's keys.
pub(super) fn staff_cmd_hint(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "ops-more-present" => s!(lang, "cmd-hint-ops-more-present"),
        "ops-fewer-present" => s!(lang, "cmd-hint-ops-fewer-present"),
        "ops-set-present" => s!(lang, "cmd-hint-ops-set-present"),
        "ops-set-planned" => s!(lang, "cmd-hint-ops-set-planned"),
        "ops-add-shift" => s!(lang, "cmd-hint-ops-add-shift"),
        "ops-remove-shift" => s!(lang, "cmd-hint-ops-remove-shift"),
        _ => return None,
    })
}

//! Words of `tavle status` as issue 18 asked for them: the organisation's
//! total, copies counted once, every red measure under its heading, the
//! deadlines folded in the text, what changed since a day — and the
//! overview's view of the same, with its keys and `--help` texts.
//!
//! Plain data only, like the rest of the catalogue.

use super::Lang;

/// Fixed words of the report and of the overview's "since" view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportWord {
    Total,
    Red,
    Goals,
    Decisions,
    NoOwner,
    TurnedRed,
    Finished,
    NewOverdue,
    NewSignals,
    Added,
    NothingChanged,
    ChangesTitle,
    ChangesAsk,
    ChangesReading,
    ChangesKeysTyping,
    /// The day the view asks from at first: `forrige uke`.
    ChangesDefaultDay,
}

pub fn report_word(lang: Lang, w: ReportWord) -> &'static str {
    use ReportWord as W;
    match w {
        W::Total => s!(lang, "report-total"),
        W::Red => s!(lang, "report-red"),
        W::Goals => s!(lang, "report-goals"),
        W::Decisions => s!(lang, "report-decisions"),
        W::NoOwner => s!(lang, "report-no-owner"),
        W::TurnedRed => s!(lang, "report-turned-red"),
        W::Finished => s!(lang, "report-finished"),
        W::NewOverdue => s!(lang, "report-new-overdue"),
        W::NewSignals => s!(lang, "report-new-signals"),
        W::Added => s!(lang, "report-added"),
        W::NothingChanged => s!(lang, "report-nothing-changed"),
        W::ChangesTitle => s!(lang, "changes-title"),
        W::ChangesAsk => s!(lang, "changes-ask"),
        W::ChangesReading => s!(lang, "changes-reading"),
        W::ChangesKeysTyping => s!(lang, "changes-keys-typing"),
        W::ChangesDefaultDay => s!(lang, "changes-default-day"),
    }
}

/// `30 tavler`.
pub fn report_boards(lang: Lang, count: usize) -> String {
    f!(lang, "report-boards", count = count)
}

/// `3 åpne oppfølginger (1 forfalt)`.
pub fn report_follow_ups(lang: Lang, count: usize, overdue: usize) -> String {
    f!(
        lang,
        "report-follow-ups-total",
        count = count,
        overdue = overdue
    )
}

/// Why the total is less than the sum of the boards.
pub fn report_copies_note(lang: Lang, count: usize) -> String {
    f!(lang, "report-copies-note", count = count)
}

/// Boards whose cards are not counted.
pub fn report_unreadable(lang: Lang, count: usize) -> String {
    f!(lang, "report-unreadable-note", count = count)
}

/// `⇩ kopi av enhet/k7`: `card` is `board/card`.
pub fn report_copy_of(lang: Lang, card: &str) -> String {
    f!(lang, "report-copy-of", card = card)
}

/// The deadlines folded away in the text, and how to see them.
pub fn report_more(lang: Lang, count: usize) -> String {
    f!(lang, "report-more", count = count)
}

/// `målt 16.11.2026`.
pub fn report_measured(lang: Lang, date: &str) -> String {
    f!(lang, "report-measured", date = date)
}

/// `Endringer siden mandag 16. november 2026`.
pub fn report_since(lang: Lang, date: &str) -> String {
    f!(lang, "report-since-title", date = date)
}

/// `før: gul`.
pub fn report_was(lang: Lang, light: &str) -> String {
    f!(lang, "report-was", light = light)
}

/// `Uten endringer: A, B`.
pub fn report_unchanged(lang: Lang, boards: &str) -> String {
    f!(lang, "report-unchanged", boards = boards)
}

/// The overview's "since" view when nothing changed anywhere.
pub fn changes_none(lang: Lang, date: &str) -> String {
    f!(lang, "changes-none", date = date)
}

/// Help texts of `tavle status`'s options that issue 18 added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusHelp {
    Unit,
    Board,
    Since,
    All,
}

pub fn status_help(lang: Lang, h: StatusHelp) -> &'static str {
    match h {
        StatusHelp::Unit => s!(lang, "cli-status-unit"),
        StatusHelp::Board => s!(lang, "cli-status-board"),
        StatusHelp::Since => s!(lang, "cli-status-since"),
        StatusHelp::All => s!(lang, "cli-status-all"),
    }
}

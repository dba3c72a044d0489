//! Words of the status page, `tavle status --format html` (issue 23, point
//! 4): the page's headings, the run chart's caption, the notes on a board
//! that could not be read now, and the `--out`/`--watch` messages and help.
//!
//! Plain data only, like the rest of the catalogue.

use super::Lang;

/// Fixed words of the status page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageWord {
    /// The caption of the table of boards.
    Boards,
    /// The table's column of each board's worst light.
    Light,
    /// Instead of the table of red and overdue measures, when there are none.
    NoRed,
    /// The column of a measure's title.
    Measure,
    Indicators,
    NoValues,
    /// A board file that could not be read, after its id.
    Broken,
    Legend,
    LightsNote,
    Footer,
    /// `--out`'s help.
    HelpOut,
    /// `--watch`'s help.
    HelpWatch,
}

pub fn page_word(lang: Lang, w: PageWord) -> &'static str {
    use PageWord as W;
    match w {
        W::Boards => s!(lang, "status-page-boards"),
        W::Light => s!(lang, "status-page-light"),
        W::NoRed => s!(lang, "status-page-no-red"),
        W::Measure => s!(lang, "status-page-measure"),
        W::Indicators => s!(lang, "status-page-indicators"),
        W::NoValues => s!(lang, "status-page-no-values"),
        W::Broken => s!(lang, "status-page-broken"),
        W::Legend => s!(lang, "status-page-legend"),
        W::LightsNote => s!(lang, "status-page-lights-note"),
        W::Footer => s!(lang, "status-page-footer"),
        W::HelpOut => s!(lang, "cli-status-out"),
        W::HelpWatch => s!(lang, "cli-status-watch"),
    }
}

/// `Oppdatert 24.11.2026 kl. 10:00`.
pub fn page_updated(lang: Lang, date: &str, time: &str) -> String {
    f!(lang, "status-page-updated", date = date, time = time)
}

/// The run chart's caption: its indicator, how many points, first and last date.
pub fn page_chart(lang: Lang, title: &str, count: usize, from: &str, to: &str) -> String {
    f!(
        lang,
        "status-page-chart",
        title = title,
        count = count,
        from = from,
        to = to
    )
}

/// A board shown as it last read well, and why it cannot be read now.
pub fn page_stale(lang: Lang, error: &str) -> String {
    f!(lang, "status-page-stale", error = error)
}

/// Under the page kept current by `--watch`: how often the browser reloads it.
pub fn page_refresh_note(lang: Lang, seconds: u32) -> String {
    f!(lang, "status-page-refresh-note", seconds = seconds)
}

/// The page could not be written, and why.
pub fn page_not_written(lang: Lang, reason: &str) -> String {
    f!(lang, "status-page-not-written", reason = reason)
}

/// `--watch` started: which file it keeps, for which folder.
pub fn page_watching(lang: Lang, file: &str, dir: &str) -> String {
    f!(lang, "status-page-watching", file = file, dir = dir)
}

/// `--out` names a board file of the folder the report is of.
pub fn page_out_is_board(lang: Lang, file: &str) -> String {
    f!(lang, "status-page-out-is-board", file = file)
}

/// The folder can no longer be watched.
pub fn page_watch_error(lang: Lang, error: &str) -> String {
    f!(lang, "status-page-watch-error", error = error)
}

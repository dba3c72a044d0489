//! Every sentence a user reads, in Norwegian bokmål (the default), nynorsk and
//! English. The words live in one Fluent catalogue per language,
//! `i18n/<code>/tavle.ftl`; this module is the typed way in. Nothing else in
//! the program spells out a sentence a user reads, and nothing here does I/O.
//!
//! Why `i18n-embed` with `i18n-embed-fl`: its `fl!` macro checks every message
//! id and the names of its arguments against the bokmål catalogue when the
//! program is compiled, so a typo or a forgotten argument is a build error,
//! not a `{ $var }` on the meeting-room screen. `fluent-templates` checks
//! nothing at compile time. What `fl!` does not check (that nynorsk and
//! English have the same messages with the same variables) `tests/i18n.rs`
//! does.
//!
//! Layout: `lang` (the table of languages and how one is chosen),
//! `catalogue` (loaders and the `&'static str` cache), then the words by
//! area: `problems` (board-file diagnostics), `messages` (notices),
//! `folder` (file errors, locks, read-only boards, odd files), `unlock`
//! (what `tavle unlock` found at a lock), `starts` (odd starts: bad
//! arguments, no terminal, the system's errors), `sync`
//! (conflict copies and merging them), `git` (git as a sync client:
//! `tavle merge --git`, the merge driver, `tavle init`), `words`
//! (screens, keys, minutes, plan), `runchart` (run-chart signals by their
//! weeks, the chart's legend), `prepare` (the meeting screen, "since
//! last time", the previous minutes), `screens`, `commands` (command-line
//! output and `--help` texts), `csv` (the measurement lead's data: CSV
//! encodings, ambiguous numbers, each stored value), `clap_help` (clap's own
//! words in `--help`), `clap_errors` (clap's usage errors), `said` (dates of
//! days that have been, minutes of a day without a meeting, who signs a
//! change), `runchart` (a run chart's signals in words), `report` (`tavle
//! status`'s totals and changes since a day), `intake` (an idea's source,
//! the intake form and the priority matrix), `pdsa` (the PDSA card: cycles,
//! evaluation, benefit), `improvement` (improvement work in the change log) and `status_page`
//! (the status page of `tavle status --format html`).
//!
//! The catalogue sits below the folder layer, the app and the screens and
//! imports none of them (`tests/i18n.rs` checks): it words plain data —
//! strings, numbers, the core's enums, a key's stable id — and those layers
//! turn their own types into that data.

/// An argument-less message as `&'static str` (cached per language), its id
/// checked against the bokmål catalogue at compile time.
macro_rules! s {
    ($lang:expr, $id:literal) => {
        $crate::i18n::catalogue::cached($lang, $id, |l| ::i18n_embed_fl::fl!(l, $id))
    };
}

/// A message with arguments as `String`; `fl!` checks the id and that the
/// argument names are exactly the message's variables.
macro_rules! f {
    ($lang:expr, $id:literal $(, $k:ident = $v:expr)+ $(,)?) => {
        ::i18n_embed_fl::fl!($crate::i18n::catalogue::loader($lang), $id $(, $k = $v)+)
    };
}

mod catalogue;
mod clap_errors;
mod clap_help;
mod columns;
mod commands;
mod csv;
mod folder;
mod git;
mod improve;
mod improvement;
mod intake;
mod lang;
mod links;
mod loading;
mod messages;
mod new_board;
mod operations;
mod ops_panels;
mod pdsa;
mod prepare;
mod problems;
mod report;
mod room;
mod round;
mod runchart;
mod said;
mod screens;
mod settings;
mod staffing;
mod starts;
mod status_page;
mod sync;
mod unlock;
mod views;
mod wall;
mod words;

pub use catalogue::loader;
pub use clap_errors::{command_tip, usage_error};
pub use clap_help::{localise_help, plain_usage};
pub use columns::*;
pub use commands::*;
pub use csv::*;
pub use folder::*;
pub use git::*;
pub use improve::*;
pub use improvement::*;
pub use intake::*;
pub use lang::Lang;
pub use links::*;
pub use loading::*;
pub use messages::{Msg, msg};
pub use new_board::*;
pub use operations::*;
pub use ops_panels::*;
pub use pdsa::*;
pub use prepare::*;
pub use problems::diag;
pub use report::*;
pub use room::*;
pub use round::*;
pub use runchart::*;
pub use said::*;
pub use screens::*;
pub use settings::*;
pub use staffing::*;
pub use starts::*;
pub use status_page::*;
pub use sync::*;
pub use unlock::*;
pub use views::*;
pub use wall::*;
pub use words::*;

use chrono::{Datelike, NaiveDate, Weekday};

/// A weekday's full name: `tirsdag`, `tysdag`, `Tuesday`.
pub fn weekday_name(lang: Lang, w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => s!(lang, "weekday-mon"),
        Weekday::Tue => s!(lang, "weekday-tue"),
        Weekday::Wed => s!(lang, "weekday-wed"),
        Weekday::Thu => s!(lang, "weekday-thu"),
        Weekday::Fri => s!(lang, "weekday-fri"),
        Weekday::Sat => s!(lang, "weekday-sat"),
        Weekday::Sun => s!(lang, "weekday-sun"),
    }
}

/// A weekday's short name, as on the board and in the top bar: `tir`,
/// `tys`, `Tue`. `dates::parse_due` reads each of them back.
pub fn weekday_short(lang: Lang, w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => s!(lang, "weekday-short-mon"),
        Weekday::Tue => s!(lang, "weekday-short-tue"),
        Weekday::Wed => s!(lang, "weekday-short-wed"),
        Weekday::Thu => s!(lang, "weekday-short-thu"),
        Weekday::Fri => s!(lang, "weekday-short-fri"),
        Weekday::Sat => s!(lang, "weekday-short-sat"),
        Weekday::Sun => s!(lang, "weekday-short-sun"),
    }
}

/// A month's name, `month` counted from 1 (January); `None` outside 1..=12.
pub fn month_name(lang: Lang, month: u32) -> Option<&'static str> {
    Some(match month {
        1 => s!(lang, "month-1"),
        2 => s!(lang, "month-2"),
        3 => s!(lang, "month-3"),
        4 => s!(lang, "month-4"),
        5 => s!(lang, "month-5"),
        6 => s!(lang, "month-6"),
        7 => s!(lang, "month-7"),
        8 => s!(lang, "month-8"),
        9 => s!(lang, "month-9"),
        10 => s!(lang, "month-10"),
        11 => s!(lang, "month-11"),
        12 => s!(lang, "month-12"),
        _ => return None,
    })
}

/// A date written out: `tirsdag 24. november 2026`, `Tuesday 24 November 2026`.
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    f!(
        lang,
        "date-long",
        weekday = weekday_name(lang, d.weekday()),
        day = d.day().to_string(),
        month = month_name(lang, d.month()).unwrap_or_default(),
        year = d.year().to_string(),
    )
}

/// `uke 48`, `veke 48`, `week 48`.
pub fn week_number(lang: Lang, week: u32) -> String {
    f!(lang, "week-number", week = week.to_string())
}

/// The name of a traffic light, said with its glyph on screen.
pub fn light_name(lang: Lang, l: tavle_core::model::Light) -> &'static str {
    use tavle_core::model::Light;
    match l {
        Light::Green => s!(lang, "light-green"),
        Light::Yellow => s!(lang, "light-yellow"),
        Light::Red => s!(lang, "light-red"),
    }
}

/// A due date the way it is said in the room: `i dag`, `i morgen`, `fre`, `uke 49`.
/// A deadline passed in an earlier year than today's is its date with the
/// year (`20.12.2025`), not a count of days that hides which year it was.
pub fn due(lang: Lang, d: tavle_core::dates::Due, date: NaiveDate) -> String {
    use tavle_core::dates::Due;
    match d {
        Due::Overdue(1) => s!(lang, "due-yesterday").into(),
        Due::Overdue(n)
            if date
                .checked_add_days(chrono::Days::new(u64::from(n)))
                .is_none_or(|today| today.year() != date.year()) =>
        {
            date.format("%d.%m.%Y").to_string()
        }
        Due::Overdue(n) => f!(lang, "due-overdue", days = n.to_string()),
        Due::Today => s!(lang, "due-today").into(),
        Due::Tomorrow => s!(lang, "due-tomorrow").into(),
        Due::ThisWeek(w) => weekday_short(lang, w).into(),
        Due::Week(n) => week_number(lang, n),
        Due::Later(_) => date.format("%d.%m.%y").to_string(),
    }
}

/// A number the way it is written in the language: `6,2` in Norwegian, `6.2`
/// in English; whole numbers without decimals, at most two decimals otherwise.
/// A value that is an identity number is masked (`******12345`): indicator
/// values reach the screen, the minutes and `tavle status` through here.
pub fn number(lang: Lang, v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e12 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let s = match s!(lang, "decimal-separator") {
        "." => s,
        sep => s.replace('.', sep),
    };
    tavle_core::privacy::mask_value(v, &s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_languages_decimal_separator() {
        assert_eq!(number(Lang::Nb, 6.2), "6,2");
        assert_eq!(number(Lang::Nn, 6.25), "6,25");
        assert_eq!(number(Lang::En, 6.2), "6.2");
        assert_eq!(number(Lang::Nn, 6.0), "6");
    }

    #[test]
    fn dates_in_words_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(date_long(Lang::Nb, d), "tirsdag 24. november 2026");
        assert_eq!(date_long(Lang::Nn, d), "tysdag 24. november 2026");
        assert_eq!(date_long(Lang::En, d), "Tuesday 24 November 2026");
        assert_eq!(week_number(Lang::Nn, 48), "veke 48");
        assert_eq!(month_name(Lang::Nb, 13), None);
    }

    #[test]
    fn the_cache_gives_the_same_text_as_the_catalogue() {
        for &lang in Lang::ALL {
            let first = weekday_short(lang, Weekday::Sat);
            assert_eq!(first, loader(lang).get("weekday-short-sat"));
            // Served from the cache the second time: the very same string.
            assert!(std::ptr::eq(first, weekday_short(lang, Weekday::Sat)));
        }
    }

    #[test]
    fn no_isolation_marks_reach_the_terminal() {
        let text = check_summary(Lang::Nn, 3, 1, 2);
        assert_eq!(text, "3 filer sjekka: 1 feil, 2 åtvaringar");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }
}

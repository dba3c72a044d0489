//! Words of issue 17's "record what was said": a date typed for a day that
//! has been (a measurement, a meeting) that is not one or has not come yet,
//! minutes asked for a day without a meeting, the word a change is signed
//! with when nobody can be named, and the help of `--as` and `--anyway`.
//!
//! Plain data only, like the rest of the catalogue: dates arrive as the
//! strings `dates::format_nb` makes.

use super::Lang;

/// A date typed for a day that has been, in none of the forms tavle reads.
pub fn bad_day(lang: Lang, text: &str) -> String {
    f!(lang, "date-bad-day", text = text)
}

/// A date typed for a day that has been, that is after today.
pub fn future_day(lang: Lang, text: &str, date: &str) -> String {
    f!(lang, "date-future", text = text, date = date)
}

/// A CSV row dated after today.
pub fn csv_future(lang: Lang, value: &str, date: &str) -> String {
    f!(lang, "csv-future-date", value = value, date = date)
}

/// `tavle minutes` for a day without a meeting: the days that had one
/// (the latest few, already joined), and how many there are.
pub fn no_meeting_that_day(lang: Lang, date: &str, days: &str, count: usize) -> String {
    f!(
        lang,
        "minutes-no-meeting-day",
        date = date,
        days = days,
        count = count
    )
}

/// Who signs a change when no name can be found: never the program's name.
pub fn unknown_person(lang: Lang) -> &'static str {
    s!(lang, "who-unknown")
}

/// `--as NAME`.
pub fn as_help(lang: Lang) -> &'static str {
    s!(lang, "cli-as")
}

/// `tavle minutes --anyway`.
pub fn anyway_help(lang: Lang) -> &'static str {
    s!(lang, "cli-minutes-anyway")
}

impl super::Msg {
    /// What to say about `text`, typed as a day that has been, that
    /// [`tavle_core::dates::parse`] refused with `error`.
    pub fn for_day(text: &str, error: &tavle_core::dates::DateError) -> super::Msg {
        match error {
            tavle_core::dates::DateError::Future(d) => super::Msg::FutureDay {
                text: text.to_string(),
                date: tavle_core::dates::format_nb(*d),
            },
            _ => super::Msg::BadDay(text.to_string()),
        }
    }
}

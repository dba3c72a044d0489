//! The measurement lead's round in words (`tavle round`, `r` on the
//! overview): how often an indicator is measured, who measures it, its last
//! value and when it was due, the screen's column heads and its keys.
//! Only lookups in the catalogue (the section "Målerunden").

use chrono::NaiveDate;
use tavle_core::round::Every;

use super::Lang;

/// How often, in words: `hver uke`, `hver 14. dag`.
pub fn every(lang: Lang, e: Every) -> String {
    match e {
        Every::Week => s!(lang, "every-week").into(),
        Every::Month => s!(lang, "every-month").into(),
        Every::Quarter => s!(lang, "every-quarter").into(),
        Every::Year => s!(lang, "every-year").into(),
        Every::Days(n) => f!(lang, "every-days", count = n),
    }
}

/// The round's fixed words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundWord {
    /// Neither `measured_by` nor a measurement lead is written.
    NoOne,
    Never,
    DueNow,
    ColIndicator,
    ColEvery,
    ColWho,
    ColLast,
    ColDue,
    ColValue,
    /// The screen's name: `Målerunde`.
    Name,
    /// A value of today is recorded.
    Done,
    Empty,
    AllDone,
    HelpLine,
}

pub fn round_word(lang: Lang, w: RoundWord) -> &'static str {
    use RoundWord as W;
    match w {
        W::NoOne => s!(lang, "round-no-one"),
        W::Never => s!(lang, "round-never"),
        W::DueNow => s!(lang, "round-due-now"),
        W::ColIndicator => s!(lang, "round-col-indicator"),
        W::ColEvery => s!(lang, "round-col-every"),
        W::ColWho => s!(lang, "round-col-who"),
        W::ColLast => s!(lang, "round-col-last"),
        W::ColDue => s!(lang, "round-col-due"),
        W::ColValue => s!(lang, "round-col-value"),
        W::Name => s!(lang, "round-name"),
        W::Done => s!(lang, "round-done"),
        W::Empty => s!(lang, "round-empty"),
        W::AllDone => s!(lang, "round-all-done"),
        W::HelpLine => s!(lang, "round-help-line"),
    }
}

/// A date as the round writes it: `04.12.2026`.
pub fn round_date(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// `Målerunde fredag 4. desember 2026`.
pub fn round_title(lang: Lang, today: NaiveDate) -> String {
    f!(lang, "round-title", date = super::date_long(lang, today))
}

/// `3 indikatorer skal måles`.
pub fn round_count(lang: Lang, count: usize) -> String {
    f!(lang, "round-count", count = count)
}

/// `Måles av: Kari` (the `--who` asked for).
pub fn round_who(lang: Lang, who: &str) -> String {
    f!(lang, "round-who", who = who)
}

/// `sist 5,2 % (31.10.2026)`, or `aldri målt`; `unit` after the value.
pub fn round_last(lang: Lang, last: Option<(NaiveDate, f64)>, unit: Option<&str>) -> String {
    match last {
        None => round_word(lang, RoundWord::Never).into(),
        Some((date, v)) => {
            let value = match unit.map(str::trim).filter(|u| !u.is_empty()) {
                Some(u) => format!("{} {u}", super::number(lang, v)),
                None => super::number(lang, v),
            };
            f!(lang, "round-last", value = value, date = round_date(date))
        }
    }
}

/// `frist 30.11.2026`, or `skal måles nå` for one never measured.
pub fn round_due(lang: Lang, due: Option<NaiveDate>) -> String {
    match due {
        None => round_word(lang, RoundWord::DueNow).into(),
        Some(d) => f!(lang, "round-due", date = round_date(d)),
    }
}

/// A board file that could not be read is left out of the round.
pub fn round_unreadable(lang: Lang, file: &str) -> String {
    f!(lang, "round-unreadable", file = file)
}

/// `tavle round --help`.
pub fn round_help(lang: Lang, id: &str) -> &'static str {
    match id {
        "round" => s!(lang, "cli-round"),
        "round.dir" => s!(lang, "cli-round-dir"),
        "round.who" => s!(lang, "cli-round-who"),
        "round.format" => s!(lang, "cli-round-format"),
        "round.exit" => s!(lang, "cli-round-exit"),
        _ => "",
    }
}

pub(super) fn cmd_help_round(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "round-open" => s!(lang, "cmd-help-round-open"),
        "round-save" => s!(lang, "cmd-help-round-save"),
        "round-skip" => s!(lang, "cmd-help-round-skip"),
        _ => return None,
    })
}

pub(super) fn cmd_hint_round(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "round-open" => s!(lang, "cmd-hint-round-open"),
        "round-save" => s!(lang, "cmd-hint-round-save"),
        "round-skip" => s!(lang, "cmd-hint-round-skip"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequencies_in_words_in_every_language() {
        assert_eq!(every(Lang::Nb, Every::Days(14)), "hver 14. dag");
        assert_eq!(every(Lang::Nb, Every::Days(1)), "hver dag");
        assert_eq!(every(Lang::En, Every::Days(14)), "every 14 days");
        assert_eq!(every(Lang::Nn, Every::Week), "kvar veke");
        assert_eq!(every(Lang::Nb, Every::Quarter), "hvert kvartal");
    }

    #[test]
    fn the_last_value_has_its_unit_and_its_date() {
        let d = NaiveDate::from_ymd_opt(2026, 10, 31).unwrap();
        assert_eq!(
            round_last(Lang::Nb, Some((d, 5.2)), Some("%")),
            "sist 5,2 % (31.10.2026)"
        );
        assert_eq!(round_last(Lang::En, None, Some("%")), "never measured");
        assert_eq!(round_due(Lang::Nb, None), "skal måles nå");
        assert_eq!(round_due(Lang::Nb, Some(d)), "frist 31.10.2026");
    }
}

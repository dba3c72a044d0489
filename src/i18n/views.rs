//! Words of the facilitator's views: boards with one title told apart,
//! dates that show their year when it is not this one, a deadline of
//! something finished said as history, the fields of a board in the user's
//! words (merge screen, card history), the notices that confirm what a key
//! did ([`Did`]), one person's cards and decisions, and what each symbol on
//! screen means ([`Symbol`]). Only words: when and where they show is the
//! views' and the app's business.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::Lang;
use tavle_core::merge::Element;
use tavle_core::model::Light;

/// `«Drift» er tittelen på flere tavler: Drift (nord.json), Drift (sor.json);
/// skriv filnavnet, for eksempel nord.json`.
pub fn same_title_board(lang: Lang, name: &str, matches: &str, file: &str) -> String {
    f!(
        lang,
        "views-same-title-board",
        name = name,
        matches = matches,
        file = file
    )
}

/// A day as a short date: `24.11` this year, `24.11.2025` in any other, so
/// no date from last year reads as this year's.
pub fn date_short(d: NaiveDate, today: NaiveDate) -> String {
    if d.year() == today.year() {
        d.format("%d.%m").to_string()
    } else {
        d.format("%d.%m.%Y").to_string()
    }
}

/// A moment as a short date and time: `24.11 08:20`, `24.11.2025 08:20`.
pub fn stamp_short(t: DateTime<FixedOffset>, today: NaiveDate) -> String {
    format!(
        "{} {}",
        date_short(t.date_naive(), today),
        t.format("%H:%M")
    )
}

/// A deadline as the room says it, by the one rule for overdue
/// ([`tavle_core::plan::is_overdue`]): relative words while it is open
/// ([`super::due`]: `i morgen`, `uke 49`, `3 d over`); the date itself once
/// it is done, since a finished measure's deadline is history, never "over".
pub fn deadline(lang: Lang, due: NaiveDate, today: NaiveDate, done: bool) -> String {
    if done {
        date_short(due, today)
    } else {
        super::due(lang, tavle_core::dates::describe_due(due, today), due)
    }
}

/// The name of a field of a board element in the user's words: `Tittel`,
/// `Rekkefølgen på kolonnene`, `Utført`; a key tavle does not know (someone's
/// own field in the file) as it is written.
pub fn field_word(lang: Lang, element: &Element, key: &str) -> String {
    use Element as E;
    let word = match (element, key) {
        (E::Board, "cards") => s!(lang, "views-field-order-cards"),
        (E::Board, "columns") => s!(lang, "views-field-order-columns"),
        (E::Board, "goals") => s!(lang, "views-field-order-goals"),
        (E::Board, "indicators") => s!(lang, "views-field-order-indicators"),
        (E::Board, "decisions") => s!(lang, "views-field-order-decisions"),
        (E::Board | E::Indicator(_), "unit") => super::ui(lang, super::Ui::Unit),
        (E::Board, "kind") => super::ui(lang, super::Ui::Kind),
        (E::Meeting, "goal") => s!(lang, "views-field-meeting-goal"),
        (E::Meeting, "agenda") => s!(lang, "views-field-agenda"),
        (E::Meeting, "minutes") => s!(lang, "views-field-minutes"),
        (E::Meeting, "running") => s!(lang, "views-field-running"),
        (E::Column(_), "wip") => s!(lang, "views-field-wip"),
        (E::Column(_), "done") => s!(lang, "views-field-done-column"),
        (E::Decision(_), "done") => super::ui(lang, super::Ui::Done),
        (E::Decision(_), "done_at") => s!(lang, "views-field-done-at"),
        (E::Decision(_), "at") => s!(lang, "views-field-decided-at"),
        (E::Decision(_), "by") => s!(lang, "views-field-by"),
        (E::Decision(_), "card") => super::ui(lang, super::Ui::LinkedCard),
        (E::Decision(_), "corrections") => s!(lang, "views-field-corrections"),
        (E::Goal(_), "parent") => s!(lang, "views-field-parent"),
        (E::Goal(_) | E::Indicator(_), "target") => s!(lang, "views-field-target"),
        (E::Indicator(_), "better") => s!(lang, "views-field-better"),
        (E::Indicator(_), "values") => s!(lang, "views-field-values"),
        (E::Card(_), "evaluation") => super::pdsa_word(lang, super::PdsaWord::Evaluation),
        (E::Card(_), "benefit") => super::pdsa_word(lang, super::PdsaWord::Benefit),
        (E::Card(_), "indicator") => super::pdsa_word(lang, super::PdsaWord::Indicator),
        (E::Card(_), "pdsa") => super::pdsa_word(lang, super::PdsaWord::Cycles),
        (_, "goal") => super::card_word(lang, super::CardWord::Goal),
        (_, "created") => super::card_word(lang, super::CardWord::Created),
        (_, "updated") => super::card_word(lang, super::CardWord::Updated),
        (_, "updated_by") => s!(lang, "views-field-updated-by"),
        (_, "archived") => super::ui(lang, super::Ui::Archived),
        (_, "escalated_to") => s!(lang, "views-field-escalated-to"),
        (_, "escalated_from") => s!(lang, "views-field-escalated-from"),
        _ => return super::field(lang, key),
    };
    word.to_string()
}

/// What an undone or redone step did, for [`Did::Undo`] and [`Did::Redo`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    Added {
        title: String,
    },
    Removed {
        title: String,
    },
    Moved {
        title: String,
        from: String,
        to: String,
    },
    Light {
        title: String,
        from: Option<Light>,
        to: Option<Light>,
    },
    /// `fields` are the keys in the file (`title`, `note`).
    Edited {
        title: String,
        fields: Vec<String>,
    },
    Archived {
        title: String,
    },
    Restored {
        title: String,
    },
    Escalated {
        title: String,
        board: String,
    },
    Decided {
        text: String,
    },
    DecisionRemoved {
        text: String,
    },
    Corrected {
        text: String,
    },
    FollowedUp {
        text: String,
        done: bool,
    },
    /// `value` in words; `None`: the value was taken away.
    Measured {
        indicator: String,
        date: NaiveDate,
        value: Option<String>,
    },
    Goal {
        title: String,
    },
    /// A change already in words (staffing, risks, deviations, the wheel).
    Worded(String),
    Other,
}

/// A short notice that a key did what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Did {
    Undo(What),
    Redo(What),
    Archived {
        title: String,
    },
    Restored {
        title: String,
    },
    /// A follow-up marked done (or not done after all).
    FollowedUp {
        text: String,
        done: bool,
    },
    /// A measurement stored, and the value the day had if it replaced one
    /// (values exactly as stored, see [`super::exact_number`]).
    Stored {
        indicator: String,
        date: NaiveDate,
        value: String,
        old: Option<String>,
    },
    /// A change to the staffing, a risk, a deviation or the wheel, in the
    /// words of the change log: a panel may not show the card it made.
    Worded(String),
}

fn light(lang: Lang, l: Option<Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), super::light_name(lang, l)),
        None => format!("○ {}", s!(lang, "minutes-no-light")),
    }
}

fn what(lang: Lang, w: &What) -> String {
    let day = |d: &NaiveDate| d.format("%d.%m.%Y").to_string();
    match w {
        What::Added { title } => f!(lang, "views-what-added", title = title),
        What::Removed { title } => f!(lang, "views-what-removed", title = title),
        What::Moved { title, from, to } => {
            f!(
                lang,
                "views-what-moved",
                title = title,
                from = from,
                to = to
            )
        }
        What::Light { title, from, to } => f!(
            lang,
            "views-what-moved",
            title = title,
            from = light(lang, *from),
            to = light(lang, *to)
        ),
        What::Edited { title, fields } => {
            let fields = fields_words(lang, fields);
            f!(lang, "views-what-edited", title = title, fields = fields)
        }
        What::Archived { title } => f!(lang, "views-what-archived", title = title),
        What::Restored { title } => f!(lang, "views-what-restored", title = title),
        What::Escalated { title, board } => {
            f!(lang, "views-what-escalated", title = title, board = board)
        }
        What::Decided { text } => f!(lang, "views-what-decided", text = text),
        What::DecisionRemoved { text } => f!(lang, "views-what-decision-removed", text = text),
        What::Corrected { text } => f!(lang, "views-what-corrected", text = text),
        What::FollowedUp { text, done: true } => f!(lang, "views-what-done", text = text),
        What::FollowedUp { text, done: false } => f!(lang, "views-what-not-done", text = text),
        What::Measured {
            indicator,
            date,
            value: Some(v),
        } => f!(
            lang,
            "views-what-measured",
            indicator = indicator,
            date = day(date),
            value = v.as_str()
        ),
        What::Measured {
            indicator,
            date,
            value: None,
        } => f!(
            lang,
            "views-what-unmeasured",
            indicator = indicator,
            date = day(date)
        ),
        What::Goal { title } => f!(lang, "views-what-goal", title = title),
        What::Worded(text) => text.clone(),
        What::Other => s!(lang, "views-what-other").into(),
    }
}

/// A card's changed fields in words, `tittel, notat`.
pub fn fields_words(lang: Lang, fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| field_word(lang, &Element::Card(String::new()), f).to_lowercase())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text of a [`Did`] notice.
pub fn did(lang: Lang, d: &Did) -> String {
    match d {
        Did::Undo(w) => f!(lang, "views-did-undo", what = what(lang, w)),
        Did::Redo(w) => f!(lang, "views-did-redo", what = what(lang, w)),
        Did::Archived { title } => f!(lang, "views-did-archived", title = title),
        Did::Restored { title } => f!(lang, "views-did-restored", title = title),
        Did::FollowedUp { text, done: true } => f!(lang, "views-did-done", text = text),
        Did::FollowedUp { text, done: false } => f!(lang, "views-did-not-done", text = text),
        Did::Stored {
            indicator,
            date,
            value,
            old,
        } => super::stored(lang, indicator, *date, value, old.as_deref()),
        Did::Worded(text) => text.clone(),
    }
}

/// A change of a card's history that `history` in `screens` does not word:
/// field edits in the user's words, and the decisions about the card.
pub fn card_history(
    lang: Lang,
    change: &tavle_core::ops::Change,
    board: &tavle_core::model::Board,
) -> String {
    use tavle_core::ops::Change;
    match change {
        Change::Edited { fields, .. } if !fields.is_empty() => {
            let fields = fields_words(lang, fields);
            f!(lang, "views-history-edited", fields = fields)
        }
        Change::Decided { text, .. } => f!(lang, "views-history-decided", text = text),
        Change::Corrected { text, .. } => f!(lang, "views-history-corrected", text = text),
        Change::FollowedUp {
            text, done: true, ..
        } => f!(lang, "views-history-done", text = text),
        Change::FollowedUp {
            text, done: false, ..
        } => f!(lang, "views-history-not-done", text = text),
        other => super::history(lang, other, board),
    }
}

/// Words of one person's view: the overview filtered by owner and `tavle
/// status --owner`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerWord {
    /// Heading of the person's open follow-ups.
    FollowUps,
    /// Heading of the person's other decisions.
    Decisions,
    /// The person has nothing on any board.
    Nothing,
}

pub fn owner_word(lang: Lang, w: OwnerWord) -> &'static str {
    match w {
        OwnerWord::FollowUps => s!(lang, "views-owner-follow-ups"),
        OwnerWord::Decisions => s!(lang, "views-owner-decisions"),
        OwnerWord::Nothing => s!(lang, "views-owner-nothing"),
    }
}

/// What a symbol on screen means, for the `?` overlay's second page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Symbol {
    Green,
    Yellow,
    Red,
    NoLight,
    Done,
    SetByHand,
    Overdue,
    DueToday,
    MissesTarget,
    ChangedBy,
    EscalatedTo,
    EscalatedFrom,
    Selected,
    MoreLeft,
    MoreAbove,
    MoreBelow,
    Goal,
    Measure,
    FollowUpOpen,
    FollowUpDone,
    TimeLeft,
    OverTime,
    Cursor,
    Info,
    Added,
    Removed,
    Changed,
    Sparkline,
    ChartPoint,
    ChartShift,
    ChartTrend,
    ChartBoth,
    /// The operations panels' own symbols.
    Ops(super::OpsSymbol),
    /// Half and whole blocks: letters drawn large (`z`, `Z`, the big clock).
    BigLetters,
}

/// The meaning of a symbol, in a few words.
pub fn symbol(lang: Lang, s: Symbol) -> &'static str {
    use Symbol as S;
    match s {
        S::Green => s!(lang, "views-symbol-green"),
        S::Yellow => s!(lang, "views-symbol-yellow"),
        S::Red => s!(lang, "views-symbol-red"),
        S::NoLight => s!(lang, "views-symbol-no-light"),
        S::Done => s!(lang, "views-symbol-done"),
        S::SetByHand => s!(lang, "views-symbol-set-by-hand"),
        S::Overdue => s!(lang, "views-symbol-overdue"),
        S::DueToday => s!(lang, "views-symbol-due-today"),
        S::MissesTarget => s!(lang, "views-symbol-misses-target"),
        S::ChangedBy => s!(lang, "views-symbol-changed-by"),
        S::EscalatedTo => s!(lang, "views-symbol-escalated-to"),
        S::EscalatedFrom => s!(lang, "views-symbol-escalated-from"),
        S::Selected => s!(lang, "views-symbol-selected"),
        S::MoreLeft => s!(lang, "views-symbol-more-left"),
        S::MoreAbove => s!(lang, "views-symbol-more-above"),
        S::MoreBelow => s!(lang, "views-symbol-more-below"),
        S::Goal => s!(lang, "views-symbol-goal"),
        S::Measure => s!(lang, "views-symbol-measure"),
        S::FollowUpOpen => s!(lang, "views-symbol-follow-up-open"),
        S::FollowUpDone => s!(lang, "views-symbol-follow-up-done"),
        S::TimeLeft => s!(lang, "views-symbol-time-left"),
        S::OverTime => s!(lang, "views-symbol-over-time"),
        S::Cursor => s!(lang, "views-symbol-cursor"),
        S::Info => s!(lang, "views-symbol-info"),
        S::Added => s!(lang, "views-symbol-added"),
        S::Removed => s!(lang, "views-symbol-removed"),
        S::Changed => s!(lang, "views-symbol-changed"),
        S::Sparkline => s!(lang, "views-symbol-sparkline"),
        S::ChartPoint => s!(lang, "views-symbol-chart-point"),
        S::ChartShift => s!(lang, "views-symbol-chart-shift"),
        S::ChartTrend => s!(lang, "views-symbol-chart-trend"),
        S::ChartBoth => s!(lang, "views-symbol-chart-both"),
        S::Ops(o) => super::ops_symbol(lang, o),
        S::BigLetters => s!(lang, "views-symbol-big-letters"),
    }
}

/// Words around the symbols: the page's title and the help page's pointer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolPage {
    Title,
    /// Under the keys: `?` shows what the symbols mean.
    FromHelp,
    /// Under the symbols: any key closes.
    Close,
}

pub fn symbol_page(lang: Lang, w: SymbolPage) -> &'static str {
    match w {
        SymbolPage::Title => s!(lang, "views-symbols-title"),
        SymbolPage::FromHelp => s!(lang, "views-symbols-from-help"),
        SymbolPage::Close => s!(lang, "views-symbols-close"),
    }
}

/// Words of the merge screen's look at one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeView {
    /// Under the values: the part that differs is marked, and how to scroll.
    DiffHint,
    /// The value both had before (the common ancestor).
    Base,
}

pub fn merge_view(lang: Lang, w: MergeView) -> &'static str {
    match w {
        MergeView::DiffHint => s!(lang, "views-merge-diff-hint"),
        MergeView::Base => s!(lang, "views-merge-base"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_date_from_another_year_shows_its_year() {
        let today = d(2026, 1, 5);
        assert_eq!(date_short(d(2026, 1, 2), today), "02.01");
        assert_eq!(date_short(d(2025, 12, 30), today), "30.12.2025");
        assert_eq!(date_short(d(2027, 1, 2), today), "02.01.2027");
    }

    #[test]
    fn a_deadline_of_something_done_is_never_over() {
        let today = d(2026, 11, 24);
        let due = d(2026, 11, 20);
        assert_eq!(deadline(Lang::Nb, due, today, false), "4 d over");
        assert_eq!(deadline(Lang::Nb, due, today, true), "20.11");
        assert_eq!(
            deadline(Lang::En, d(2025, 11, 20), today, true),
            "20.11.2025"
        );
    }

    #[test]
    fn fields_are_said_in_the_users_words() {
        let card = Element::Card("k1".into());
        assert_eq!(field_word(Lang::Nb, &card, "note"), "Notat");
        assert_eq!(
            field_word(Lang::En, &Element::Board, "columns"),
            "Order of the columns"
        );
        // A key of someone's own stays as written.
        assert_eq!(field_word(Lang::Nb, &card, "x-farge"), "x-farge");
        assert_eq!(
            fields_words(Lang::Nb, &["title".into(), "note".into()]),
            "tittel, notat"
        );
    }
}

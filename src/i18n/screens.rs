//! Words of the card detail screen, the banners over a board, and a card's
//! history in sentences. Only words; the screens lay them out.

use super::{Lang, light_name};
use tavle_core::model::{Board, Light};
use tavle_core::ops::Change;

/// Labels of the card detail screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardWord {
    Column,
    Light,
    Goal,
    Created,
    Updated,
    Id,
    Decisions,
    NoDecisions,
    History,
    NoHistory,
    Links,
    Card,
}

pub fn card_word(lang: Lang, w: CardWord) -> &'static str {
    use CardWord as W;
    match w {
        W::Column => s!(lang, "card-column"),
        W::Light => s!(lang, "card-light"),
        W::Goal => s!(lang, "card-goal"),
        W::Created => s!(lang, "card-created"),
        W::Updated => s!(lang, "card-updated"),
        W::Id => s!(lang, "card-id"),
        W::Decisions => s!(lang, "card-decisions"),
        W::NoDecisions => s!(lang, "card-no-decisions"),
        W::History => s!(lang, "card-history"),
        W::NoHistory => s!(lang, "card-no-history"),
        W::Links => s!(lang, "card-links"),
        W::Card => s!(lang, "card-card"),
    }
}

/// What is wrong with the board on screen, said over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Banner {
    /// The file does not parse: how many problems, and the first.
    Broken {
        count: usize,
        at: String,
        message: String,
    },
    /// The file was deleted, renamed or replaced by a folder.
    Gone,
    /// A newer format than this tavle knows.
    NewerFormat(u64),
    /// No columns: cards cannot be shown or added.
    NoColumns,
    /// Cards stand in columns that do not exist.
    Orphans { count: usize, columns: String },
    /// The file may not be written (why, in words).
    ReadOnly(String),
    /// Cards or decisions share these ids: read-only until renumbered.
    DuplicateIds(String),
}

pub fn banner(lang: Lang, b: &Banner) -> String {
    match b {
        Banner::Broken { count, at, message } => {
            let count = *count;
            f!(
                lang,
                "banner-broken",
                count = count,
                at = at,
                message = message
            )
        }
        Banner::Gone => s!(lang, "banner-gone").into(),
        Banner::NewerFormat(v) => {
            let version = *v;
            f!(lang, "banner-newer-format", version = version)
        }
        Banner::NoColumns => s!(lang, "banner-no-columns").into(),
        Banner::ReadOnly(why) => f!(lang, "banner-read-only", why = why),
        Banner::DuplicateIds(ids) => f!(lang, "banner-duplicate-ids", ids = ids),
        Banner::Orphans { count, columns } => {
            let count = *count;
            f!(lang, "banner-orphans", count = count, columns = columns)
        }
    }
}

fn light(lang: Lang, l: Option<Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), light_name(lang, l)),
        None => format!("○ {}", s!(lang, "minutes-no-light")),
    }
}

/// One change of a card's history in words: "flyttet I dag → Pågår".
pub fn history(lang: Lang, change: &Change, board: &Board) -> String {
    let column = |id: &str| {
        board
            .column(id)
            .map_or_else(|| id.to_string(), |c| c.title.clone())
    };
    match change {
        Change::Added { column: c, .. } => {
            let column = column(c);
            f!(lang, "history-added", column = column)
        }
        Change::Removed { .. } => s!(lang, "history-removed").into(),
        Change::Moved { from, to, .. } => {
            let (from, to) = (column(from), column(to));
            f!(lang, "history-moved", from = from, to = to)
        }
        Change::Archived { .. } => s!(lang, "history-archived").into(),
        Change::Restored { .. } => s!(lang, "history-restored").into(),
        Change::Light { from, to, .. } => {
            let (from, to) = (light(lang, *from), light(lang, *to));
            f!(lang, "history-light", from = from, to = to)
        }
        Change::Edited { fields, .. } if !fields.is_empty() => {
            let fields = fields.join(", ");
            f!(lang, "history-edited-fields", fields = fields)
        }
        Change::Edited { .. } => s!(lang, "history-edited").into(),
        Change::Escalated { to_board, .. } => f!(lang, "history-escalated", board = to_board),
        Change::Prioritised { effect, effort, .. } => {
            let value = |v: &Option<u8>| v.map_or_else(|| "–".to_string(), |v| v.to_string());
            let (effect, effort) = (value(effect), value(effort));
            f!(
                lang,
                "history-prioritised",
                effect = effect,
                effort = effort
            )
        }
        Change::CycleStarted { .. } | Change::CycleChanged { .. } | Change::CycleRemoved { .. } => {
            super::cycle_change(lang, change).unwrap_or_default()
        }
        Change::MeasureMade { .. } | Change::EventCard { .. } => {
            super::operations_change(lang, change).unwrap_or_default()
        }
        // Not about a card: the history lists only what is.
        _ => String::new(),
    }
}

/// `↑ 3 til`: lines of a list scrolled out of sight above.
pub fn more_above(lang: Lang, count: usize) -> String {
    f!(lang, "list-more-above", count = count)
}

/// `↓ 3 til`: lines of a list out of sight below.
pub fn more_below(lang: Lang, count: usize) -> String {
    f!(lang, "list-more-below", count = count)
}

/// More words of the minutes (referat), beside [`super::MinutesWord`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesMore {
    /// The changes heading of the minutes of one meeting (not of a whole day).
    ChangesInMeeting,
    /// A card taken back from the archive.
    Restored,
    /// A decision from an earlier meeting corrected in this one.
    CorrectedEarlier,
    /// What a corrected decision said before.
    Was,
    /// Heading: indicator values recorded in the meeting.
    Values,
    /// Who was present, when nobody was recorded for this meeting.
    NoAttendance,
    /// The meeting is still under way (the end time is now).
    Running,
    /// A change could not be written to the change log during the meeting.
    MaybeIncomplete,
}

/// The text of a [`MinutesMore`] word.
pub fn minutes_more(lang: Lang, w: MinutesMore) -> &'static str {
    use MinutesMore as W;
    match w {
        W::ChangesInMeeting => s!(lang, "minutes-changes-in-meeting"),
        W::Restored => s!(lang, "minutes-restored"),
        W::CorrectedEarlier => s!(lang, "minutes-corrected-earlier"),
        W::Was => s!(lang, "minutes-was"),
        W::Values => s!(lang, "minutes-values"),
        W::NoAttendance => s!(lang, "minutes-no-attendance"),
        W::Running => s!(lang, "minutes-running"),
        W::MaybeIncomplete => s!(lang, "minutes-maybe-incomplete"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn board() -> Board {
        let text = r#"{"tavle":1,"title":"T","kind":"forbedring"}"#;
        tavle_core::analyze::analyze_text(text).0.unwrap()
    }

    #[test]
    fn a_cards_improvement_changes_have_their_own_words_in_every_language() {
        let changes = [
            Change::Prioritised {
                card: "k1".into(),
                title: "t".into(),
                effect: Some(3),
                effort: None,
            },
            Change::CycleStarted {
                card: "k1".into(),
                title: "t".into(),
                cycle: 2,
            },
            Change::CycleChanged {
                card: "k1".into(),
                title: "t".into(),
                cycle: 2,
                fields: vec!["result".into(), "decision".into()],
                decision: None,
            },
            Change::CycleRemoved {
                card: "k1".into(),
                title: "t".into(),
                cycle: 2,
            },
        ];
        let b = board();
        let nb: Vec<String> = changes.iter().map(|c| history(Lang::Nb, c, &b)).collect();
        assert_eq!(
            nb,
            [
                "plassert i prioriteringsmatrisen: effekt 3, ressursbruk –",
                "PDSA-syklus 2 startet",
                "PDSA-syklus 2 endret: resultat, beslutning",
                "PDSA-syklus 2 fjernet",
            ]
        );
        for c in &changes {
            let texts: Vec<String> = Lang::ALL.iter().map(|&l| history(l, c, &b)).collect();
            for (i, a) in texts.iter().enumerate() {
                for other in &texts[i + 1..] {
                    assert_ne!(a, other, "{c:?}");
                }
            }
        }
    }
}

//! Words of preparing and opening a meeting: the meeting screen (goal,
//! length, agenda, who is present), "since last time", the previous
//! minutes, the decision dialog's card field, and what the minutes say of
//! how the meeting was prepared. Only words, from plain data.

use super::Lang;

/// Notices and dialog errors of the meeting screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrepMsg {
    /// Ticking who is present needs a running meeting.
    TickNeedsMeeting,
    /// The key works on an agenda item: choose one.
    ChooseItem,
    /// Space ticks a person: choose one.
    ChoosePerson,
    /// A time box that is not 1 to 1440 whole minutes (as typed).
    BadMinutes(String),
    /// The agenda item (its title) is gone: another screen removed or renamed it.
    ItemGone(String),
    /// "Since last time" with no meeting before.
    NoEarlierMeeting,
    /// No previous minutes: no meeting and no file.
    NoMinutes,
    /// The decision's card field names no card (as typed).
    NoSuchCard(String),
    /// The decision's card field names several cards: as typed, and their titles.
    AmbiguousCard(String, String),
}

/// The text of a meeting-screen notice.
pub fn prep_msg(lang: Lang, m: &PrepMsg) -> String {
    match m {
        PrepMsg::TickNeedsMeeting => s!(lang, "prep-msg-tick-needs-meeting").into(),
        PrepMsg::ChooseItem => s!(lang, "prep-msg-choose-item").into(),
        PrepMsg::ChoosePerson => s!(lang, "prep-msg-choose-person").into(),
        PrepMsg::BadMinutes(t) => f!(lang, "prep-msg-bad-minutes", text = t),
        PrepMsg::ItemGone(t) => f!(lang, "prep-msg-item-gone", item = t),
        PrepMsg::NoEarlierMeeting => s!(lang, "prep-msg-no-earlier-meeting").into(),
        PrepMsg::NoMinutes => s!(lang, "prep-msg-no-minutes").into(),
        PrepMsg::NoSuchCard(t) => f!(lang, "prep-msg-no-such-card", text = t),
        PrepMsg::AmbiguousCard(t, m) => {
            f!(lang, "prep-msg-ambiguous-card", text = t, cards = m)
        }
    }
}

/// Fixed words of the meeting screen and its panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrepWord {
    /// The screen's title.
    Screen,
    Goal,
    NoGoal,
    Length,
    Agenda,
    NoAgenda,
    AddItem,
    Team,
    Guest,
    AddGuest,
    /// Under the team when no meeting runs: ticking comes when it starts.
    TickWhenRunning,
    NotStarted,
    Started,
    Since,
    SinceKeys,
    PreviousMeeting,
    PresentThen,
    NothingSince,
    Cards,
    Finished,
    DecisionsSince,
    MinutesTitle,
    MinutesKeys,
    MadeFromLog,
    /// The decision's card field left empty.
    WholeMeeting,
    /// The heading of the plan's changes in the minutes.
    PlanChanges,
    GoalRemoved,
    DefaultLength,
    ItemAdded,
    ItemRemoved,
    ItemRenamed,
    ItemMoved,
    ItemTimeBox,
    NoTimeBox,
}

/// Fixed words of the meeting screen and its panels.
pub fn prep_word(lang: Lang, w: PrepWord) -> &'static str {
    use PrepWord as W;
    match w {
        W::Screen => s!(lang, "prep-screen"),
        W::Goal => s!(lang, "prep-goal"),
        W::NoGoal => s!(lang, "prep-no-goal"),
        W::Length => s!(lang, "prep-length"),
        W::Agenda => s!(lang, "prep-agenda"),
        W::NoAgenda => s!(lang, "prep-no-agenda"),
        W::AddItem => s!(lang, "prep-add-item"),
        W::Team => s!(lang, "prep-team"),
        W::Guest => s!(lang, "prep-guest"),
        W::AddGuest => s!(lang, "prep-add-guest"),
        W::TickWhenRunning => s!(lang, "prep-tick-when-running"),
        W::NotStarted => s!(lang, "prep-not-started"),
        W::Started => s!(lang, "prep-started"),
        W::Since => s!(lang, "prep-since"),
        W::SinceKeys => s!(lang, "prep-since-keys"),
        W::PreviousMeeting => s!(lang, "prep-previous-meeting"),
        W::PresentThen => s!(lang, "prep-present-then"),
        W::NothingSince => s!(lang, "prep-nothing-since"),
        W::Cards => s!(lang, "prep-cards"),
        W::Finished => s!(lang, "prep-finished"),
        W::DecisionsSince => s!(lang, "prep-decisions-since"),
        W::MinutesTitle => s!(lang, "prep-minutes-title"),
        W::MinutesKeys => s!(lang, "prep-minutes-keys"),
        W::MadeFromLog => s!(lang, "prep-made-from-log"),
        W::WholeMeeting => s!(lang, "prep-whole-meeting"),
        W::PlanChanges => s!(lang, "prep-plan-changes"),
        W::GoalRemoved => s!(lang, "prep-goal-removed"),
        W::DefaultLength => s!(lang, "prep-default-length"),
        W::ItemAdded => s!(lang, "prep-item-added"),
        W::ItemRemoved => s!(lang, "prep-item-removed"),
        W::ItemRenamed => s!(lang, "prep-item-renamed"),
        W::ItemMoved => s!(lang, "prep-item-moved"),
        W::ItemTimeBox => s!(lang, "prep-item-time-box"),
        W::NoTimeBox => s!(lang, "prep-no-time-box"),
    }
}

/// `10 min`, or `15 min (standard)` when the board sets no length.
pub fn length_text(lang: Lang, minutes: Option<u64>) -> String {
    match minutes {
        Some(m) => f!(lang, "prep-minutes", minutes = m),
        None => format!(
            "{} ({})",
            f!(lang, "prep-minutes", minutes = 15),
            prep_word(lang, PrepWord::DefaultLength)
        ),
    }
}

/// A move of an agenda item, from place `from` to `to` (counted from 1).
pub fn item_moved(lang: Lang, from: usize, to: usize) -> String {
    f!(lang, "prep-item-places", from = from, to = to)
}

/// The decision dialog's card field left empty while a card is selected:
/// the decision is for the whole meeting, and how to link it to that card.
pub fn card_offer(lang: Lang, id: &str, title: &str) -> String {
    f!(lang, "prep-card-offer", card = id, title = title)
}

/// The previous minutes' file, for the panel's title.
pub fn minutes_file(lang: Lang, name: &str) -> String {
    f!(lang, "prep-minutes-file", file = name)
}

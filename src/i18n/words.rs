//! Fixed words of the screens, the keys, the minutes, the action plan and
//! `tavle status`: small enums of words and the functions that say them.
//! Only words: layout is `ui`, the minutes' structure is `meeting`.

use super::Lang;

/// Fixed words of the screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    Overview,
    Board,
    Kind,
    Unit,
    Cards,
    Overdue,
    Changed,
    Drift,
    Forbedring,
    NoBoards,
    TooSmall,
    Help,
    HelpClose,
    Filter,
    NewCard,
    EditCard,
    Title,
    Owner,
    Due,
    EditKeys,
    ReadOnly,
    Broken,
    Archived,
    OverLimit,
    Week,
    Empty,
    ChangedBy,
    Meeting,
    Goal,
    Left,
    OverTime,
    Item,
    FollowUps,
    DecisionsToday,
    NewDecision,
    CorrectDecision,
    Decision,
    LinkedCard,
    Attendees,
    AttendeesHint,
    Closing,
    ClosingKeys,
    NoneYet,
    NoMeetingHint,
    Done,
    Corrected,
    ChooseKeys,
    /// Esc was pressed on text that would be lost.
    DiscardAgain,
    /// The keys of a form that has a note of several lines.
    EditKeysNote,
    /// Why a light is red although something else was set: the deadline passed.
    OverDeadline,
    /// A card changed by someone without tavle (no author known).
    ChangedOutside,
}

/// Fixed words of the screens.
pub fn ui(lang: Lang, w: Ui) -> &'static str {
    use Ui as U;
    match w {
        U::Overview => s!(lang, "ui-overview"),
        U::Board => s!(lang, "ui-board"),
        U::Kind => s!(lang, "ui-kind"),
        U::Unit => s!(lang, "ui-unit"),
        U::Cards => s!(lang, "ui-cards"),
        U::Overdue => s!(lang, "ui-overdue"),
        U::Changed => s!(lang, "ui-changed"),
        U::Drift => s!(lang, "ui-drift"),
        U::Forbedring => s!(lang, "ui-forbedring"),
        U::NoBoards => s!(lang, "ui-no-boards"),
        U::TooSmall => s!(lang, "ui-too-small"),
        U::Help => s!(lang, "ui-help"),
        U::HelpClose => s!(lang, "ui-help-close"),
        U::Filter => s!(lang, "ui-filter"),
        U::NewCard => s!(lang, "ui-new-card"),
        U::EditCard => s!(lang, "ui-edit-card"),
        U::Title => s!(lang, "ui-title"),
        U::Owner => s!(lang, "ui-owner"),
        U::Due => s!(lang, "ui-due"),
        U::EditKeys => s!(lang, "ui-edit-keys"),
        U::ReadOnly => s!(lang, "ui-read-only"),
        U::Broken => s!(lang, "ui-broken"),
        U::Archived => s!(lang, "ui-archived"),
        U::OverLimit => s!(lang, "ui-over-limit"),
        U::Week => s!(lang, "ui-week"),
        U::Empty => s!(lang, "ui-empty"),
        U::ChangedBy => s!(lang, "ui-changed-by"),
        U::Meeting => s!(lang, "ui-meeting"),
        U::Goal => s!(lang, "ui-goal"),
        U::Left => s!(lang, "ui-left"),
        U::OverTime => s!(lang, "ui-over-time"),
        U::Item => s!(lang, "ui-item"),
        U::FollowUps => s!(lang, "ui-follow-ups"),
        U::DecisionsToday => s!(lang, "ui-decisions-today"),
        U::NewDecision => s!(lang, "ui-new-decision"),
        U::CorrectDecision => s!(lang, "ui-correct-decision"),
        U::Decision => s!(lang, "ui-decision"),
        U::LinkedCard => s!(lang, "ui-linked-card"),
        U::Attendees => s!(lang, "ui-attendees"),
        U::AttendeesHint => s!(lang, "ui-attendees-hint"),
        U::Closing => s!(lang, "ui-closing"),
        U::ClosingKeys => s!(lang, "ui-closing-keys"),
        U::NoneYet => s!(lang, "ui-none-yet"),
        U::NoMeetingHint => s!(lang, "ui-no-meeting-hint"),
        U::Done => s!(lang, "ui-done"),
        U::Corrected => s!(lang, "ui-corrected"),
        U::ChooseKeys => s!(lang, "ui-choose-keys"),
        U::DiscardAgain => s!(lang, "ui-discard-again"),
        U::EditKeysNote => s!(lang, "ui-edit-keys-note"),
        U::OverDeadline => s!(lang, "ui-over-deadline"),
        U::ChangedOutside => s!(lang, "ui-changed-outside"),
    }
}

/// Words of the minutes (referat).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesWord {
    Minutes,
    Date,
    Time,
    Board,
    Attendees,
    Goal,
    Agenda,
    Decisions,
    FollowUps,
    Changes,
    Lights,
    NoOwner,
    None,
    Owner,
    Due,
    Card,
    Corrected,
    Overdue,
    Added,
    Moved,
    Archived,
    NoLight,
}

/// Words of the minutes (referat).
pub fn minutes_word(lang: Lang, w: MinutesWord) -> &'static str {
    use MinutesWord as W;
    match w {
        W::Minutes => s!(lang, "minutes-minutes"),
        W::Date => s!(lang, "minutes-date"),
        W::Time => s!(lang, "minutes-time"),
        W::Board => s!(lang, "minutes-board"),
        W::Attendees => s!(lang, "minutes-attendees"),
        W::Goal => s!(lang, "minutes-goal"),
        W::Agenda => s!(lang, "minutes-agenda"),
        W::Decisions => s!(lang, "minutes-decisions"),
        W::FollowUps => s!(lang, "minutes-follow-ups"),
        W::Changes => s!(lang, "minutes-changes"),
        W::Lights => s!(lang, "minutes-lights"),
        W::NoOwner => s!(lang, "minutes-no-owner"),
        W::None => s!(lang, "minutes-none"),
        W::Owner => s!(lang, "minutes-owner"),
        W::Due => s!(lang, "minutes-due"),
        W::Card => s!(lang, "minutes-card"),
        W::Corrected => s!(lang, "minutes-corrected"),
        W::Overdue => s!(lang, "minutes-overdue"),
        W::Added => s!(lang, "minutes-added"),
        W::Moved => s!(lang, "minutes-moved"),
        W::Archived => s!(lang, "minutes-archived"),
        W::NoLight => s!(lang, "minutes-no-light"),
    }
}

/// Words of the action plan, the indicators and the organisation overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanWord {
    Plan,
    Goal,
    Measure,
    Status,
    Smart,
    Missing,
    Owner,
    Deadline,
    Target,
    ByHand,
    Derived,
    Done,
    NoGoal,
    NoGoals,
    Indicators,
    NoIndicators,
    Median,
    TargetLine,
    Latest,
    MeetsTarget,
    MissesTarget,
    TooFew,
    NoSignal,
    Shift,
    Trend,
    Above,
    Below,
    Rising,
    Falling,
    Value,
    Date,
    NewValue,
    EditGoal,
    Measurable,
    EscalateTo,
    EscalatedTo,
    EscalatedFrom,
    ResponsibleFor,
    NextDeadlines,
    Signals,
    Points,
}

/// Words of the action plan, the indicators and the organisation overview.
pub fn plan_word(lang: Lang, w: PlanWord) -> &'static str {
    use PlanWord as W;
    match w {
        W::Plan => s!(lang, "plan-plan"),
        W::Goal => s!(lang, "plan-goal"),
        W::Measure => s!(lang, "plan-measure"),
        W::Status => s!(lang, "plan-status"),
        W::Smart => s!(lang, "plan-smart"),
        W::Missing => s!(lang, "plan-missing"),
        W::Owner => s!(lang, "plan-owner"),
        W::Deadline => s!(lang, "plan-deadline"),
        W::Target => s!(lang, "plan-target"),
        W::ByHand => s!(lang, "plan-by-hand"),
        W::Derived => s!(lang, "plan-derived"),
        W::Done => s!(lang, "plan-done"),
        W::NoGoal => s!(lang, "plan-no-goal"),
        W::NoGoals => s!(lang, "plan-no-goals"),
        W::Indicators => s!(lang, "plan-indicators"),
        W::NoIndicators => s!(lang, "plan-no-indicators"),
        W::Median => s!(lang, "plan-median"),
        W::TargetLine => s!(lang, "plan-target-line"),
        W::Latest => s!(lang, "plan-latest"),
        W::MeetsTarget => s!(lang, "plan-meets-target"),
        W::MissesTarget => s!(lang, "plan-misses-target"),
        W::TooFew => s!(lang, "plan-too-few"),
        W::NoSignal => s!(lang, "plan-no-signal"),
        W::Shift => s!(lang, "plan-shift"),
        W::Trend => s!(lang, "plan-trend"),
        W::Above => s!(lang, "plan-above"),
        W::Below => s!(lang, "plan-below"),
        W::Rising => s!(lang, "plan-rising"),
        W::Falling => s!(lang, "plan-falling"),
        W::Value => s!(lang, "plan-value"),
        W::Date => s!(lang, "plan-date"),
        W::NewValue => s!(lang, "plan-new-value"),
        W::EditGoal => s!(lang, "plan-edit-goal"),
        W::Measurable => s!(lang, "plan-measurable"),
        W::EscalateTo => s!(lang, "plan-escalate-to"),
        W::EscalatedTo => s!(lang, "plan-escalated-to"),
        W::EscalatedFrom => s!(lang, "plan-escalated-from"),
        W::ResponsibleFor => s!(lang, "plan-responsible-for"),
        W::NextDeadlines => s!(lang, "plan-next-deadlines"),
        W::Signals => s!(lang, "plan-signals"),
        W::Points => s!(lang, "plan-points"),
    }
}

/// Words of `tavle status` and `tavle measure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusWord {
    Title,
    Done,
    Overdue,
    Next,
    Responsible,
    Indicator,
}

/// Words of `tavle status` and `tavle measure`.
pub fn status_word(lang: Lang, w: StatusWord) -> &'static str {
    use StatusWord as S;
    match w {
        S::Title => s!(lang, "status-title"),
        S::Done => s!(lang, "status-done"),
        S::Overdue => s!(lang, "status-overdue"),
        S::Next => s!(lang, "status-next"),
        S::Responsible => s!(lang, "status-responsible"),
        S::Indicator => s!(lang, "status-indicator"),
    }
}

/// What a command does, for the `?` overlay.
pub fn cmd_help(lang: Lang, c: crate::app::keymap::Cmd) -> &'static str {
    use crate::app::keymap::Cmd;
    match c {
        Cmd::Up => s!(lang, "cmd-help-up"),
        Cmd::Down => s!(lang, "cmd-help-down"),
        Cmd::Left => s!(lang, "cmd-help-left"),
        Cmd::Right => s!(lang, "cmd-help-right"),
        Cmd::Open => s!(lang, "cmd-help-open"),
        Cmd::MoveLeft => s!(lang, "cmd-help-move-left"),
        Cmd::MoveRight => s!(lang, "cmd-help-move-right"),
        Cmd::MoveUp => s!(lang, "cmd-help-move-up"),
        Cmd::MoveDown => s!(lang, "cmd-help-move-down"),
        Cmd::CycleLight => s!(lang, "cmd-help-cycle-light"),
        Cmd::New => s!(lang, "cmd-help-new"),
        Cmd::Edit => s!(lang, "cmd-help-edit"),
        Cmd::Archive => s!(lang, "cmd-help-archive"),
        Cmd::ShowArchived => s!(lang, "cmd-help-show-archived"),
        Cmd::Undo => s!(lang, "cmd-help-undo"),
        Cmd::Redo => s!(lang, "cmd-help-redo"),
        Cmd::Filter => s!(lang, "cmd-help-filter"),
        Cmd::NextBoard => s!(lang, "cmd-help-next-board"),
        Cmd::PrevBoard => s!(lang, "cmd-help-prev-board"),
        Cmd::Help => s!(lang, "cmd-help-help"),
        Cmd::Back => s!(lang, "cmd-help-back"),
        Cmd::Quit => s!(lang, "cmd-help-quit"),
        Cmd::Meeting => s!(lang, "cmd-help-meeting"),
        Cmd::NextItem => s!(lang, "cmd-help-next-item"),
        Cmd::PrevItem => s!(lang, "cmd-help-prev-item"),
        Cmd::BigClock => s!(lang, "cmd-help-big-clock"),
        Cmd::Decide => s!(lang, "cmd-help-decide"),
        Cmd::Panel => s!(lang, "cmd-help-panel"),
        Cmd::Attendees => s!(lang, "cmd-help-attendees"),
        Cmd::Done => s!(lang, "cmd-help-done"),
        Cmd::Plan => s!(lang, "cmd-help-plan"),
        Cmd::Indicators => s!(lang, "cmd-help-indicators"),
        Cmd::Escalate => s!(lang, "cmd-help-escalate"),
        Cmd::AddValue => s!(lang, "cmd-help-add-value"),
        Cmd::Details => s!(lang, "cmd-help-details"),
        Cmd::LightGreen => s!(lang, "cmd-help-light-green"),
        Cmd::LightYellow => s!(lang, "cmd-help-light-yellow"),
        Cmd::LightRed => s!(lang, "cmd-help-light-red"),
        Cmd::LightNone => s!(lang, "cmd-help-light-none"),
        Cmd::Sync(c) => super::sync::sync_cmd_help(lang, c),
    }
}

/// The short word for a command in the hint bar.
pub fn cmd_hint(lang: Lang, c: crate::app::keymap::Cmd) -> &'static str {
    use crate::app::keymap::Cmd;
    match c {
        Cmd::MoveLeft | Cmd::MoveRight => s!(lang, "cmd-hint-move"),
        Cmd::CycleLight => s!(lang, "cmd-hint-light"),
        Cmd::New => s!(lang, "cmd-hint-new"),
        Cmd::Edit => s!(lang, "cmd-hint-edit"),
        Cmd::Archive => s!(lang, "cmd-hint-archive"),
        Cmd::Undo => s!(lang, "cmd-hint-undo"),
        Cmd::Filter => s!(lang, "cmd-hint-filter"),
        Cmd::Open => s!(lang, "cmd-hint-open"),
        Cmd::NextBoard => s!(lang, "cmd-hint-next-board"),
        Cmd::Help => s!(lang, "cmd-hint-help"),
        Cmd::Back => s!(lang, "cmd-hint-back"),
        Cmd::Quit => s!(lang, "cmd-hint-quit"),
        Cmd::Meeting => s!(lang, "cmd-hint-meeting"),
        Cmd::Decide => s!(lang, "cmd-hint-decide"),
        Cmd::Done => s!(lang, "cmd-hint-done"),
        Cmd::Plan => s!(lang, "cmd-hint-plan"),
        Cmd::Indicators => s!(lang, "cmd-hint-indicators"),
        Cmd::AddValue => s!(lang, "cmd-hint-add-value"),
        Cmd::Details => s!(lang, "cmd-hint-details"),
        Cmd::Sync(c) => super::sync::sync_cmd_hint(lang, c),
        other => cmd_help(lang, other),
    }
}

/// A run-chart signal in words: "skift: 6 punkter over medianen".
pub fn signal(lang: Lang, s: &crate::runchart::Signal) -> String {
    use crate::runchart::Signal;
    use PlanWord as W;
    let (kind, len, direction) = match s {
        Signal::Shift { above, len, .. } => {
            (W::Shift, *len, if *above { W::Above } else { W::Below })
        }
        Signal::Trend { rising, len, .. } => {
            (W::Trend, *len, if *rising { W::Rising } else { W::Falling })
        }
    };
    f!(
        lang,
        "signal",
        kind = plan_word(lang, kind),
        len = len,
        direction = plan_word(lang, direction),
    )
}

/// The labels of the editor's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Title,
    Decision,
    Owner,
    Due,
    Note,
    Tags,
    Source,
    Effect,
    Effort,
    Measurable,
    Value,
    Date,
}

/// The label of an editor field.
pub fn label(lang: Lang, l: Label) -> &'static str {
    match l {
        Label::Title => ui(lang, Ui::Title),
        Label::Decision => ui(lang, Ui::Decision),
        Label::Owner => ui(lang, Ui::Owner),
        Label::Due => ui(lang, Ui::Due),
        Label::Note => s!(lang, "label-note"),
        Label::Tags => s!(lang, "label-tags"),
        Label::Source => s!(lang, "label-source"),
        Label::Effect => s!(lang, "label-effect"),
        Label::Effort => s!(lang, "label-effort"),
        Label::Measurable => plan_word(lang, PlanWord::Measurable),
        Label::Value => plan_word(lang, PlanWord::Value),
        Label::Date => plan_word(lang, PlanWord::Date),
    }
}

/// A light and its name, `■ rød`, or `○ uten lys`.
fn light_text(lang: Lang, l: Option<crate::model::Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), super::light_name(lang, l)),
        None => format!("○ {}", minutes_word(lang, MinutesWord::NoLight)),
    }
}

/// An honest status in words, for reports and minutes: `■ rød`, `✓ ferdig`, or
/// `■ rød (over frist; satt: ▲ gul)` when the deadline overrides the light set by hand.
pub fn status_text(lang: Lang, s: &crate::plan::Status) -> String {
    if s.done {
        return plan_word(lang, PlanWord::Done).to_string();
    }
    let shown = light_text(lang, s.light);
    match s.overridden() {
        Some(crate::plan::Why::Deadline) => format!(
            "{shown} ({}; {}: {})",
            ui(lang, Ui::OverDeadline),
            plan_word(lang, PlanWord::ByHand),
            light_text(lang, s.set)
        ),
        None => shown,
    }
}

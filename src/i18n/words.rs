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
    /// The heading of the global keys in `?`.
    HelpEverywhere,
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
    /// What a new decision is about (a card, or the whole meeting).
    Concerns,
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
        U::HelpEverywhere => s!(lang, "ui-help-everywhere"),
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
        U::Concerns => s!(lang, "ui-concerns"),
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

/// What a command does, for the `?` overlay, by the command's stable id
/// (`Cmd::id`: `move-left` is `cmd-help-move-left`). An id without a text
/// shows itself, so a gap is visible; `tests/i18n.rs` makes sure there is none.
pub fn cmd_help(lang: Lang, id: &'static str) -> &'static str {
    match id {
        "up" => s!(lang, "cmd-help-up"),
        "down" => s!(lang, "cmd-help-down"),
        "left" => s!(lang, "cmd-help-left"),
        "right" => s!(lang, "cmd-help-right"),
        "open" => s!(lang, "cmd-help-open"),
        "move-left" => s!(lang, "cmd-help-move-left"),
        "move-right" => s!(lang, "cmd-help-move-right"),
        "move-up" => s!(lang, "cmd-help-move-up"),
        "move-down" => s!(lang, "cmd-help-move-down"),
        "cycle-light" => s!(lang, "cmd-help-cycle-light"),
        "new" => s!(lang, "cmd-help-new"),
        "edit" => s!(lang, "cmd-help-edit"),
        "archive" => s!(lang, "cmd-help-archive"),
        "show-archived" => s!(lang, "cmd-help-show-archived"),
        "undo" => s!(lang, "cmd-help-undo"),
        "redo" => s!(lang, "cmd-help-redo"),
        "filter" => s!(lang, "cmd-help-filter"),
        "next-board" => s!(lang, "cmd-help-next-board"),
        "prev-board" => s!(lang, "cmd-help-prev-board"),
        "help" => s!(lang, "cmd-help-help"),
        "back" => s!(lang, "cmd-help-back"),
        "quit" => s!(lang, "cmd-help-quit"),
        "meeting" => s!(lang, "cmd-help-meeting"),
        "next-item" => s!(lang, "cmd-help-next-item"),
        "prev-item" => s!(lang, "cmd-help-prev-item"),
        "big-clock" => s!(lang, "cmd-help-big-clock"),
        "decide" => s!(lang, "cmd-help-decide"),
        "panel" => s!(lang, "cmd-help-panel"),
        "attendees" => s!(lang, "cmd-help-attendees"),
        "done" => s!(lang, "cmd-help-done"),
        "plan" => s!(lang, "cmd-help-plan"),
        "indicators" => s!(lang, "cmd-help-indicators"),
        "escalate" => s!(lang, "cmd-help-escalate"),
        "add-value" => s!(lang, "cmd-help-add-value"),
        "details" => s!(lang, "cmd-help-details"),
        "light-green" => s!(lang, "cmd-help-light-green"),
        "light-yellow" => s!(lang, "cmd-help-light-yellow"),
        "light-red" => s!(lang, "cmd-help-light-red"),
        "light-none" => s!(lang, "cmd-help-light-none"),
        "sync-open" => s!(lang, "cmd-help-sync-open"),
        "sync-board" => s!(lang, "cmd-help-sync-board"),
        "sync-copy" => s!(lang, "cmd-help-sync-copy"),
        "sync-merge" => s!(lang, "cmd-help-sync-merge"),
        "sync-skip" => s!(lang, "cmd-help-sync-skip"),
        "prep-open" => s!(lang, "cmd-help-prep-open"),
        "prep-goal" => s!(lang, "cmd-help-prep-goal"),
        "prep-length" => s!(lang, "cmd-help-prep-length"),
        "prep-add-item" => s!(lang, "cmd-help-prep-add-item"),
        "prep-remove-item" => s!(lang, "cmd-help-prep-remove-item"),
        "prep-time-box" => s!(lang, "cmd-help-prep-time-box"),
        "prep-tick" => s!(lang, "cmd-help-prep-tick"),
        "prep-guest" => s!(lang, "cmd-help-prep-guest"),
        "prep-since" => s!(lang, "cmd-help-prep-since"),
        "prep-minutes" => s!(lang, "cmd-help-prep-minutes"),
        "prep-edit" => s!(lang, "cmd-help-prep-edit"),
        "prep-item-up" => s!(lang, "cmd-help-prep-item-up"),
        "prep-item-down" => s!(lang, "cmd-help-prep-item-down"),
        "new-column" => s!(lang, "cmd-help-new-column"),
        "edit-column" => s!(lang, "cmd-help-edit-column"),
        "column-left" => s!(lang, "cmd-help-column-left"),
        "column-right" => s!(lang, "cmd-help-column-right"),
        "sync-page-down" => s!(lang, "cmd-help-sync-page-down"),
        "sync-page-up" => s!(lang, "cmd-help-sync-page-up"),
        "since-open" => s!(lang, "cmd-help-since-open"),
        "new-board" => s!(lang, "cmd-help-new-board"),
        "since-date" => s!(lang, "cmd-help-since-date"),
        "since-page-down" => s!(lang, "cmd-help-since-page-down"),
        "since-page-up" => s!(lang, "cmd-help-since-page-up"),
        _ => super::links::cmd_help_links(lang, id)
            .or_else(|| super::improve::cmd_help_improve(lang, id))
            .or_else(|| super::intake::cmd_help_intake(lang, id))
            .or_else(|| super::pdsa::cmd_help_pdsa(lang, id))
            .or_else(|| super::round::cmd_help_round(lang, id))
            .or_else(|| super::operations::cmd_help_ops(lang, id))
            .or_else(|| super::ops_panels::cmd_help_panels(lang, id))
            .or_else(|| super::wall::cmd_help_wall(lang, id))
            .or_else(|| super::room::cmd_help_room(lang, id))
            .unwrap_or(id),
    }
}

/// The short word for a command in the hint bar, by its stable id; the
/// `?` overlay's text where the hint bar has no shorter word.
pub fn cmd_hint(lang: Lang, id: &'static str) -> &'static str {
    match id {
        "move-left" | "move-right" => s!(lang, "cmd-hint-move"),
        "cycle-light" => s!(lang, "cmd-hint-light"),
        "new" => s!(lang, "cmd-hint-new"),
        "edit" => s!(lang, "cmd-hint-edit"),
        "archive" => s!(lang, "cmd-hint-archive"),
        "undo" => s!(lang, "cmd-hint-undo"),
        "filter" => s!(lang, "cmd-hint-filter"),
        "open" => s!(lang, "cmd-hint-open"),
        "next-board" => s!(lang, "cmd-hint-next-board"),
        "help" => s!(lang, "cmd-hint-help"),
        "back" => s!(lang, "cmd-hint-back"),
        "quit" => s!(lang, "cmd-hint-quit"),
        "meeting" => s!(lang, "cmd-hint-meeting"),
        "decide" => s!(lang, "cmd-hint-decide"),
        "done" => s!(lang, "cmd-hint-done"),
        "plan" => s!(lang, "cmd-hint-plan"),
        "indicators" => s!(lang, "cmd-hint-indicators"),
        "add-value" => s!(lang, "cmd-hint-add-value"),
        "details" => s!(lang, "cmd-hint-details"),
        "sync-open" => s!(lang, "cmd-hint-sync-open"),
        "sync-board" => s!(lang, "cmd-hint-sync-board"),
        "sync-copy" => s!(lang, "cmd-hint-sync-copy"),
        "sync-merge" => s!(lang, "cmd-hint-sync-merge"),
        "sync-skip" => s!(lang, "cmd-hint-sync-skip"),
        "prep-add-item" => s!(lang, "cmd-hint-prep-add-item"),
        "prep-tick" => s!(lang, "cmd-hint-prep-tick"),
        "prep-since" => s!(lang, "cmd-hint-prep-since"),
        "prep-minutes" => s!(lang, "cmd-hint-prep-minutes"),
        "prep-edit" => s!(lang, "cmd-hint-prep-edit"),
        "new-column" => s!(lang, "cmd-hint-new-column"),
        "edit-column" => s!(lang, "cmd-hint-edit-column"),
        "column-left" | "column-right" => s!(lang, "cmd-hint-column-move"),
        "agenda-item" => s!(lang, "cmd-hint-agenda-item"),
        "end-meeting" => s!(lang, "cmd-hint-end-meeting"),
        "since-open" => s!(lang, "cmd-hint-since-open"),
        "new-board" => s!(lang, "cmd-hint-new-board"),
        other => super::links::cmd_hint_links(lang, other)
            .or_else(|| super::improve::cmd_hint_improve(lang, other))
            .or_else(|| super::intake::cmd_hint_intake(lang, other))
            .or_else(|| super::pdsa::cmd_hint_pdsa(lang, other))
            .or_else(|| super::round::cmd_hint_round(lang, other))
            .or_else(|| super::operations::cmd_hint_ops(lang, other))
            .or_else(|| super::ops_panels::cmd_hint_panels(lang, other))
            .or_else(|| super::wall::cmd_hint_wall(lang, other))
            .or_else(|| super::room::cmd_hint_room(lang, other))
            .unwrap_or_else(|| cmd_help(lang, other)),
    }
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
    Goal,
    Minutes,
    Item,
    Name,
    Card,
    /// A column's WIP limit.
    Wip,
    /// The kind of a new board.
    Kind,
    /// The improvement team's leader.
    TeamLeader,
    /// The improvement team's measurement lead.
    MeasurementLead,
    /// A routine's fields (seed 000).
    Purpose,
    Content,
    Arenas,
    FollowUp,
    Revision,
    /// The day an idea came in.
    Received,
    /// A PDSA cycle's, an evaluation's or a benefit plan's field.
    Pdsa(super::PdsaLabel),
    /// A field of a risk, a deviation or an annual-wheel event.
    Ops(super::OpsLabel),
    /// How many people (a shift's staffing).
    Count,
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
        Label::Goal => ui(lang, Ui::Goal),
        Label::Minutes => s!(lang, "label-minutes"),
        Label::Item => s!(lang, "label-item"),
        Label::Name => s!(lang, "label-name"),
        Label::Card => s!(lang, "label-card"),
        Label::Wip => super::column_word(lang, super::ColumnWord::Wip),
        Label::Kind => super::new_board_word(lang, super::NewBoardWord::Kind),
        Label::TeamLeader => super::new_board_word(lang, super::NewBoardWord::TeamLeader),
        Label::MeasurementLead => super::new_board_word(lang, super::NewBoardWord::MeasurementLead),
        Label::Purpose => super::routine_word(lang, super::RoutineWord::LabelPurpose),
        Label::Content => super::routine_word(lang, super::RoutineWord::LabelContent),
        Label::Arenas => super::routine_word(lang, super::RoutineWord::LabelArenas),
        Label::FollowUp => super::routine_word(lang, super::RoutineWord::LabelFollowUp),
        Label::Revision => super::routine_word(lang, super::RoutineWord::LabelRevision),
        Label::Received => super::intake_word(lang, super::IntakeWord::Received),
        Label::Pdsa(l) => super::pdsa_label(lang, l),
        Label::Ops(l) => super::ops_label(lang, l),
        Label::Count => super::staffing::staff_word(lang, super::StaffWord::Count),
    }
}

/// A light and its name, `■ rød`, or `○ uten lys`.
fn light_text(lang: Lang, l: Option<tavle_core::model::Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), super::light_name(lang, l)),
        None => format!("○ {}", minutes_word(lang, MinutesWord::NoLight)),
    }
}

/// An honest status in words, for reports and minutes: `■ rød`, `✓ ferdig`, or
/// `■ rød (over frist; satt: ▲ gul)` when the deadline overrides the light set by hand.
pub fn status_text(lang: Lang, s: &tavle_core::plan::Status) -> String {
    if s.done {
        return plan_word(lang, PlanWord::Done).to_string();
    }
    let shown = light_text(lang, s.light);
    match s.overridden() {
        Some(tavle_core::plan::Why::Deadline) => format!(
            "{shown} ({}; {}: {})",
            ui(lang, Ui::OverDeadline),
            plan_word(lang, PlanWord::ByHand),
            light_text(lang, s.set)
        ),
        None => shown,
    }
}

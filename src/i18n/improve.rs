//! Words of the improvement that becomes a routine and of the reports a
//! team is asked for (issue 21, seeds 000 and 001): the routine with the
//! template's headings, the routines screen and the offer to make one, the
//! A3 one-pager of an improvement, and the status and final report of a
//! learning network's team.
//!
//! Plain data only, like the rest of the catalogue.

use super::Lang;

/// Fixed words of routines: the seed's headings, the screen, the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoutineWord {
    Doc,
    Purpose,
    Content,
    Arenas,
    FollowUp,
    Revision,
    RevisionDate,
    Board,
    Card,
    Created,
    NotWritten,
    None,
    ScreenTitle,
    Empty,
    ColRoutine,
    ColRevision,
    ColCard,
    DialogNew,
    DialogEdit,
    LabelPurpose,
    LabelContent,
    LabelArenas,
    LabelFollowUp,
    LabelRevision,
    Yes,
    No,
}

pub fn routine_word(lang: Lang, w: RoutineWord) -> &'static str {
    use RoutineWord as W;
    match w {
        W::Doc => s!(lang, "routine-doc"),
        W::Purpose => s!(lang, "routine-purpose"),
        W::Content => s!(lang, "routine-content"),
        W::Arenas => s!(lang, "routine-arenas"),
        W::FollowUp => s!(lang, "routine-follow-up"),
        W::Revision => s!(lang, "routine-revision"),
        W::RevisionDate => s!(lang, "routine-revision-date"),
        W::Board => s!(lang, "routine-board"),
        W::Card => s!(lang, "routine-card"),
        W::Created => s!(lang, "routine-created"),
        W::NotWritten => s!(lang, "routine-not-written"),
        W::None => s!(lang, "routine-none"),
        W::ScreenTitle => s!(lang, "routines-title"),
        W::Empty => s!(lang, "routines-empty"),
        W::ColRoutine => s!(lang, "routines-col-routine"),
        W::ColRevision => s!(lang, "routines-col-revision"),
        W::ColCard => s!(lang, "routines-col-card"),
        W::DialogNew => s!(lang, "routine-dialog-new"),
        W::DialogEdit => s!(lang, "routine-dialog-edit"),
        W::LabelPurpose => s!(lang, "label-routine-purpose"),
        W::LabelContent => s!(lang, "label-routine-content"),
        W::LabelArenas => s!(lang, "label-routine-arenas"),
        W::LabelFollowUp => s!(lang, "label-routine-follow-up"),
        W::LabelRevision => s!(lang, "label-routine-revision"),
        W::Yes => s!(lang, "routine-yes"),
        W::No => s!(lang, "routine-no"),
    }
}

/// The question asked when a card moves into Korrigere/standardisere.
pub fn routine_offer(lang: Lang, card: &str) -> String {
    f!(lang, "routine-offer", card = card)
}

/// The question asked before a routine is removed.
pub fn routine_remove_ask(lang: Lang, routine: &str) -> String {
    f!(lang, "routine-remove-ask", routine = routine)
}

/// Notices about routines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoutineMsg {
    /// The card (its title) became a routine (its title) already: it is
    /// not offered a second one.
    ExistsFor { card: String, routine: String },
    /// The routine was written as Markdown to this file.
    Written(String),
}

pub fn routine_msg(lang: Lang, m: &RoutineMsg) -> String {
    match m {
        RoutineMsg::ExistsFor { card, routine } => f!(
            lang,
            "routine-exists-for",
            card = card.as_str(),
            routine = routine.as_str()
        ),
        RoutineMsg::Written(path) => f!(lang, "routine-written", path = path.as_str()),
    }
}

/// The board's legend: `⚠ 2 rutiner til revisjon`.
pub fn routines_overdue(lang: Lang, count: usize) -> String {
    f!(lang, "routines-overdue", count = count)
}

/// Fixed words of the A3 and of the team's reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum A3Word {
    Title,
    Problem,
    Description,
    Current,
    RootCause,
    Whys,
    Goal,
    Measures,
    Plan,
    PlanField,
    Prediction,
    Started,
    Result,
    Measured,
    Outcome,
    Decision,
    Ended,
    NoCycles,
    RunChart,
    NoIndicator,
    Median,
    Target,
    Signals,
    Above,
    Below,
    OnMedian,
    Benefit,
    BenefitKind,
    BenefitWho,
    BenefitBy,
    BenefitHow,
    Owner,
    Due,
    Column,
    Board,
    Adopt,
    Adapt,
    Abandon,
    AvoidedCost,
    TimeSaved,
    BetterQuality,
    StatusReport,
    FinalReport,
    Team,
    Unit,
    TeamLeader,
    MeasurementLead,
    Date,
    NotSet,
    Goals,
    NoGoals,
    MeasuresCycles,
    NoMeasures,
    Indicators,
    NoIndicators,
    Routines,
    NoRoutines,
    Achieved,
    NothingAchieved,
    Benefits,
    NoBenefits,
    Kept,
    NothingKept,
    Latest,
    Effect,
    Remains,
    /// The keys of the A3 on screen.
    Keys,
}

pub fn a3_word(lang: Lang, w: A3Word) -> &'static str {
    use A3Word as W;
    match w {
        W::Title => s!(lang, "a3-title"),
        W::Problem => s!(lang, "a3-problem"),
        W::Description => s!(lang, "a3-description"),
        W::Current => s!(lang, "a3-current"),
        W::RootCause => s!(lang, "a3-root-cause"),
        W::Whys => s!(lang, "a3-whys"),
        W::Goal => s!(lang, "a3-goal"),
        W::Measures => s!(lang, "a3-measures"),
        W::Plan => s!(lang, "a3-plan"),
        W::PlanField => s!(lang, "a3-plan-field"),
        W::Prediction => s!(lang, "a3-prediction"),
        W::Started => s!(lang, "a3-started"),
        W::Result => s!(lang, "a3-result"),
        W::Measured => s!(lang, "a3-measured"),
        W::Outcome => s!(lang, "a3-outcome"),
        W::Decision => s!(lang, "a3-decision"),
        W::Ended => s!(lang, "a3-ended"),
        W::NoCycles => s!(lang, "a3-no-cycles"),
        W::RunChart => s!(lang, "a3-run-chart"),
        W::NoIndicator => s!(lang, "a3-no-indicator"),
        W::Median => s!(lang, "a3-median"),
        W::Target => s!(lang, "a3-target"),
        W::Signals => s!(lang, "a3-signals"),
        W::Above => s!(lang, "a3-above"),
        W::Below => s!(lang, "a3-below"),
        W::OnMedian => s!(lang, "a3-on-median"),
        W::Benefit => s!(lang, "a3-benefit"),
        W::BenefitKind => s!(lang, "a3-benefit-kind"),
        W::BenefitWho => s!(lang, "a3-benefit-who"),
        W::BenefitBy => s!(lang, "a3-benefit-by"),
        W::BenefitHow => s!(lang, "a3-benefit-how"),
        W::Owner => s!(lang, "a3-owner"),
        W::Due => s!(lang, "a3-due"),
        W::Column => s!(lang, "a3-column"),
        W::Board => s!(lang, "a3-board"),
        W::Adopt => s!(lang, "a3-adopt"),
        W::Adapt => s!(lang, "a3-adapt"),
        W::Abandon => s!(lang, "a3-abandon"),
        W::AvoidedCost => s!(lang, "a3-avoided-cost"),
        W::TimeSaved => s!(lang, "a3-time-saved"),
        W::BetterQuality => s!(lang, "a3-better-quality"),
        W::StatusReport => s!(lang, "team-status-report"),
        W::FinalReport => s!(lang, "team-final-report"),
        W::Team => s!(lang, "team-team"),
        W::Unit => s!(lang, "team-unit"),
        W::TeamLeader => s!(lang, "team-leader"),
        W::MeasurementLead => s!(lang, "team-measurement-lead"),
        W::Date => s!(lang, "team-date"),
        W::NotSet => s!(lang, "team-not-set"),
        W::Goals => s!(lang, "team-goals"),
        W::NoGoals => s!(lang, "team-no-goals"),
        W::MeasuresCycles => s!(lang, "team-measures"),
        W::NoMeasures => s!(lang, "team-no-measures"),
        W::Indicators => s!(lang, "team-indicators"),
        W::NoIndicators => s!(lang, "team-no-indicators"),
        W::Routines => s!(lang, "team-routines"),
        W::NoRoutines => s!(lang, "team-no-routines"),
        W::Achieved => s!(lang, "team-achieved"),
        W::NothingAchieved => s!(lang, "team-nothing-achieved"),
        W::Benefits => s!(lang, "team-benefits"),
        W::NoBenefits => s!(lang, "team-no-benefits"),
        W::Kept => s!(lang, "team-kept"),
        W::NothingKept => s!(lang, "team-nothing-kept"),
        W::Latest => s!(lang, "team-latest"),
        W::Effect => s!(lang, "team-effect"),
        W::Remains => s!(lang, "team-remains"),
        W::Keys => s!(lang, "a3-keys"),
    }
}

/// `Syklus 2`.
pub fn a3_cycle(lang: Lang, n: usize) -> String {
    f!(lang, "a3-cycle", n = n)
}

/// `3 PDSA-sykluser`.
pub fn team_cycles(lang: Lang, count: usize) -> String {
    f!(lang, "team-cycles", count = count)
}

/// The `?` overlay's text for the keys of this topic, by command id.
pub(super) fn cmd_help_improve(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "routines" => s!(lang, "cmd-help-routines"),
        "a3" => s!(lang, "cmd-help-a3"),
        "routine-new" => s!(lang, "cmd-help-routine-new"),
        "routine-edit" => s!(lang, "cmd-help-routine-edit"),
        "routine-remove" => s!(lang, "cmd-help-routine-remove"),
        "routine-revised" => s!(lang, "cmd-help-routine-revised"),
        "routine-write" => s!(lang, "cmd-help-routine-write"),
        _ => return None,
    })
}

/// The hint bar's word for the keys of this topic, by command id.
pub(super) fn cmd_hint_improve(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "routines" => s!(lang, "cmd-hint-routines"),
        "a3" => s!(lang, "cmd-hint-a3"),
        "routine-new" => s!(lang, "cmd-hint-routine-new"),
        "routine-edit" => s!(lang, "cmd-hint-routine-edit"),
        "routine-remove" => s!(lang, "cmd-hint-routine-remove"),
        "routine-revised" => s!(lang, "cmd-hint-routine-revised"),
        "routine-write" => s!(lang, "cmd-hint-routine-write"),
        _ => return None,
    })
}

/// The `--help` texts of `tavle routine`, `tavle a3` and `tavle report`, by
/// argument; empty for one this topic does not know.
pub fn routine_help(lang: Lang, id: &str) -> &'static str {
    match id {
        "routine" => s!(lang, "cli-routine"),
        "routine.routine" => s!(lang, "cli-routine-routine"),
        "a3" => s!(lang, "cli-a3"),
        "a3.card" => s!(lang, "cli-a3-card"),
        "report" => s!(lang, "cli-report"),
        "report.status" => s!(lang, "cli-report-status"),
        "report.final" => s!(lang, "cli-report-final"),
        _ => "",
    }
}

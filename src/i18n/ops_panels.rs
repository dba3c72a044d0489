//! The words of two panels of the operations board (issue 22): risks and
//! deviations (`r`), deadlines and the annual wheel (`f`) — their headings,
//! form labels and dialog titles, the notes under a form, what the panels
//! refuse, and their keys' words for the hint bar and `?`. Words only; the
//! change log's words for the same changes are in [`super::operations`].

use super::Lang;
use tavle_core::model::WheelRole;
use tavle_core::operations::deadlines::Of;

/// A label of a panel's form field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpsLabel {
    Likelihood,
    Consequence,
    Category,
    /// A deviation's text: what happened.
    Text,
    Week,
    Role,
}

/// The label of a panel's form field.
pub fn ops_label(lang: Lang, l: OpsLabel) -> &'static str {
    match l {
        OpsLabel::Likelihood => s!(lang, "ops-label-likelihood"),
        OpsLabel::Consequence => s!(lang, "ops-label-consequence"),
        OpsLabel::Category => s!(lang, "ops-label-category"),
        OpsLabel::Text => s!(lang, "ops-label-text"),
        OpsLabel::Week => s!(lang, "ops-label-week"),
        OpsLabel::Role => s!(lang, "ops-label-role"),
    }
}

/// A fixed word of the two panels and their forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelWord {
    NewRisk,
    EditRisk,
    NewDeviation,
    EditDeviation,
    NewEvent,
    EditEvent,
    /// Under the likelihood and consequence fields: what 1 and 5 mean.
    Scale,
    /// Under a deviation's text: it looks like it holds an identity number.
    Identity,
    /// Under the role field: the choices.
    Roles,
    Risks,
    NoRisks,
    Deviations,
    NoDeviations,
    PerWeek,
    ToMeasure,
    /// The matrix's axes: likelihood (up) and consequence (across).
    AxisLikelihood,
    AxisConsequence,
    Earlier,
    NoDeadlines,
    Overdue,
    WheelAhead,
    NoEvents,
    ToCard,
    /// The legend of the strip: an event, this week.
    StripLegend,
}

/// The text of a [`PanelWord`].
pub fn panel_word(lang: Lang, w: PanelWord) -> &'static str {
    match w {
        PanelWord::NewRisk => s!(lang, "ops-dialog-new-risk"),
        PanelWord::EditRisk => s!(lang, "ops-dialog-edit-risk"),
        PanelWord::NewDeviation => s!(lang, "ops-dialog-new-deviation"),
        PanelWord::EditDeviation => s!(lang, "ops-dialog-edit-deviation"),
        PanelWord::NewEvent => s!(lang, "ops-dialog-new-event"),
        PanelWord::EditEvent => s!(lang, "ops-dialog-edit-event"),
        PanelWord::Scale => s!(lang, "ops-form-scale"),
        PanelWord::Identity => s!(lang, "ops-form-identity"),
        PanelWord::Roles => s!(lang, "ops-form-roles"),
        PanelWord::Risks => s!(lang, "ops-risks-title"),
        PanelWord::NoRisks => s!(lang, "ops-risks-none"),
        PanelWord::Deviations => s!(lang, "ops-deviations-title"),
        PanelWord::NoDeviations => s!(lang, "ops-deviations-none"),
        PanelWord::PerWeek => s!(lang, "ops-per-week"),
        PanelWord::ToMeasure => s!(lang, "ops-to-measure"),
        PanelWord::AxisLikelihood => s!(lang, "ops-axis-likelihood"),
        PanelWord::AxisConsequence => s!(lang, "ops-axis-consequence"),
        PanelWord::Earlier => s!(lang, "ops-week-earlier"),
        PanelWord::NoDeadlines => s!(lang, "ops-deadlines-none"),
        PanelWord::Overdue => s!(lang, "ops-overdue"),
        PanelWord::WheelAhead => s!(lang, "ops-wheel-ahead"),
        PanelWord::NoEvents => s!(lang, "ops-wheel-none"),
        PanelWord::ToCard => s!(lang, "ops-wheel-to-card"),
        PanelWord::StripLegend => s!(lang, "ops-strip-legend"),
    }
}

/// What a deadline belongs to, in a word: kort, mål, revisjon.
pub fn deadline_of(lang: Lang, of: Of) -> &'static str {
    match of {
        Of::Card => s!(lang, "ops-of-card"),
        Of::Goal => s!(lang, "ops-of-goal"),
        Of::Revision => s!(lang, "ops-of-revision"),
    }
}

/// The owner role of a wheel event: leder, teamleder, måleansvarlig.
pub fn wheel_role(lang: Lang, r: WheelRole) -> &'static str {
    match r {
        WheelRole::Leader => s!(lang, "ops-role-leader"),
        WheelRole::TeamLeader => s!(lang, "ops-role-team-leader"),
        WheelRole::MeasurementLead => s!(lang, "ops-role-measurement-lead"),
    }
}

/// "Uke 49 – denne uka".
pub fn this_week(lang: Lang, week: u32) -> String {
    f!(lang, "ops-week-this", week = week)
}

/// "Uke 50 – neste uke".
pub fn next_week(lang: Lang, week: u32) -> String {
    f!(lang, "ops-week-next", week = week)
}

/// "Avvik denne uka (uke 48): 2".
pub fn deviations_this_week(lang: Lang, week: u32, count: usize) -> String {
    f!(lang, "ops-deviations-week", week = week, count = count)
}

/// The question before a risk, deviation or event is taken out.
pub fn remove_ask(lang: Lang, title: &str) -> String {
    f!(lang, "ops-remove-ask", title = title)
}

/// Under a deviation's category: the categories the board used before.
pub fn categories_used(lang: Lang, list: &str) -> String {
    f!(lang, "ops-form-categories", categories = list)
}

/// "Året 2026" over the strip and the ring.
pub fn wheel_year(lang: Lang, year: i32) -> String {
    f!(lang, "ops-wheel-year", year = year.to_string())
}

/// A wheel event whose card is made this year: "kort k15".
pub fn wheel_made(lang: Lang, card: &str) -> String {
    f!(lang, "ops-wheel-made", card = card)
}

/// What a panel refuses, for the form or the notice line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelMsg {
    /// Not a whole number from 1 to 5 (the text typed).
    NotOneToFive(String),
    /// Not a week from 1 to 53.
    NotAWeek(String),
    UnknownRole(String),
    /// `c` on a row that is not an event due to become a card.
    NotDue,
    /// Enter on a row that is not a card's deadline nor an event made a card.
    NotACard,
}

/// The text of a [`PanelMsg`].
pub fn panel_msg(lang: Lang, m: &PanelMsg) -> String {
    match m {
        PanelMsg::NotOneToFive(t) => f!(lang, "ops-msg-not-one-to-five", text = t),
        PanelMsg::NotAWeek(t) => f!(lang, "ops-msg-not-a-week", text = t),
        PanelMsg::UnknownRole(t) => f!(lang, "ops-msg-unknown-role", text = t),
        PanelMsg::NotDue => s!(lang, "ops-msg-not-due").into(),
        PanelMsg::NotACard => s!(lang, "ops-msg-not-a-card").into(),
    }
}

/// The `?` overlay's text for the two panels' keys, by command id.
pub(super) fn cmd_help_panels(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "ops-new-risk" => s!(lang, "cmd-help-ops-new-risk"),
        "ops-new-deviation" => s!(lang, "cmd-help-ops-new-deviation"),
        "ops-other-list" => s!(lang, "cmd-help-ops-other-list"),
        "ops-edit-item" => s!(lang, "cmd-help-ops-edit-item"),
        "ops-remove-item" => s!(lang, "cmd-help-ops-remove-item"),
        "ops-make-measure" => s!(lang, "cmd-help-ops-make-measure"),
        "ops-new-event" => s!(lang, "cmd-help-ops-new-event"),
        "ops-wheel-view" => s!(lang, "cmd-help-ops-wheel-view"),
        _ => return None,
    })
}

/// The hint bar's word for the two panels' keys, by command id.
pub(super) fn cmd_hint_panels(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "ops-new-risk" => s!(lang, "cmd-hint-ops-new-risk"),
        "ops-new-deviation" => s!(lang, "cmd-hint-ops-new-deviation"),
        "ops-other-list" => s!(lang, "cmd-hint-ops-other-list"),
        "ops-edit-item" => s!(lang, "cmd-hint-ops-edit-item"),
        "ops-remove-item" => s!(lang, "cmd-hint-ops-remove-item"),
        "ops-make-measure" => s!(lang, "cmd-hint-ops-make-measure"),
        "ops-new-event" => s!(lang, "cmd-hint-ops-new-event"),
        "ops-wheel-view" => s!(lang, "cmd-hint-ops-wheel-view"),
        _ => return None,
    })
}

/// The word before a week's number in a row: uke, veke, week.
pub fn week_word(lang: Lang) -> &'static str {
    s!(lang, "ops-week-word")
}

/// A symbol of the risks and deadlines panels, for the `?` symbols page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpsSymbol {
    RiskLow,
    RiskMedium,
    RiskHigh,
    /// An event of the annual wheel, in the strip or the ring.
    WheelEvent,
    /// This week, in the strip.
    ThisWeek,
    /// Made or to be made a card: `→ tiltak`, `→ kort`.
    ToCard,
}

/// The meaning of an [`OpsSymbol`].
pub fn ops_symbol(lang: Lang, s: OpsSymbol) -> &'static str {
    match s {
        OpsSymbol::RiskLow => s!(lang, "ops-symbol-risk-low"),
        OpsSymbol::RiskMedium => s!(lang, "ops-symbol-risk-medium"),
        OpsSymbol::RiskHigh => s!(lang, "ops-symbol-risk-high"),
        OpsSymbol::WheelEvent => s!(lang, "ops-symbol-wheel-event"),
        OpsSymbol::ThisWeek => s!(lang, "ops-symbol-this-week"),
        OpsSymbol::ToCard => s!(lang, "ops-symbol-to-card"),
    }
}

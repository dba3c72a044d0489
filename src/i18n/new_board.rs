//! Words of new boards (`tavle new`, `n` on the overview): the templates'
//! column titles, meeting goal and agenda in the user's language (handed to
//! the core's [`tavle_core::template`] as plain strings), the dialog, the
//! command's help and what it says. Only words.

use super::Lang;
use tavle_core::diag::FsErrorKind;
use tavle_core::model::Kind;
use tavle_core::template::Words;

/// The words of the template of `kind` in `lang`.
pub fn template_words(lang: Lang, kind: Kind) -> Words {
    let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    match kind {
        Kind::Forbedring => Words {
            columns: own(&[
                s!(lang, "template-forbedring-col-ideas"),
                s!(lang, "template-forbedring-col-plan"),
                s!(lang, "template-forbedring-col-do"),
                s!(lang, "template-forbedring-col-study"),
                s!(lang, "template-forbedring-col-act"),
                s!(lang, "template-forbedring-col-done"),
            ]),
            goal: s!(lang, "template-forbedring-goal").to_string(),
            agenda: own(&[
                s!(lang, "template-forbedring-agenda-tests"),
                s!(lang, "template-forbedring-agenda-ideas"),
                s!(lang, "template-forbedring-agenda-priority"),
                s!(lang, "template-forbedring-agenda-decisions"),
            ]),
        },
        Kind::Drift => Words {
            columns: own(&[
                s!(lang, "template-drift-col-today"),
                s!(lang, "template-drift-col-week"),
                s!(lang, "template-drift-col-doing"),
                s!(lang, "template-drift-col-waiting"),
                s!(lang, "template-drift-col-done"),
            ]),
            goal: s!(lang, "template-drift-goal").to_string(),
            agenda: own(&[
                s!(lang, "template-drift-agenda-staffing"),
                s!(lang, "template-drift-agenda-goals"),
                s!(lang, "template-drift-agenda-risk"),
                s!(lang, "template-drift-agenda-deadlines"),
                s!(lang, "template-drift-agenda-decisions"),
            ]),
        },
    }
}

/// What a board of `kind` is called: `forbedringstavle`, `driftstavle`.
pub fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    match kind {
        Kind::Forbedring => s!(lang, "new-board-kind-forbedring"),
        Kind::Drift => s!(lang, "new-board-kind-drift"),
    }
}

/// Fixed words of the new-board dialog and command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewBoardWord {
    /// The dialog's title, which names the kinds to type.
    Dialog,
    /// The label of the kind field.
    Kind,
    /// The label of the name field.
    Name,
    /// `tavle new`: what it does.
    Help,
    /// `tavle new`: the kind argument.
    HelpKind,
    /// `tavle new`: the name argument.
    HelpName,
    /// `tavle new`: `--dir`.
    HelpDir,
    /// `tavle new`: `--team-leader`.
    HelpTeamLeader,
    /// `tavle new`: `--measurement-lead`.
    HelpMeasurementLead,
    /// The label of the team leader field.
    TeamLeader,
    /// The label of the measurement lead field.
    MeasurementLead,
}

/// The text of a [`NewBoardWord`].
pub fn new_board_word(lang: Lang, w: NewBoardWord) -> &'static str {
    use NewBoardWord as W;
    match w {
        W::Dialog => s!(lang, "new-board-dialog"),
        W::Kind => s!(lang, "new-board-label-kind"),
        W::Name => s!(lang, "new-board-label-name"),
        W::Help => s!(lang, "cli-new"),
        W::HelpKind => s!(lang, "cli-new-kind"),
        W::HelpName => s!(lang, "cli-new-name"),
        W::HelpDir => s!(lang, "cli-new-dir"),
        W::HelpTeamLeader => s!(lang, "cli-new-team-leader"),
        W::HelpMeasurementLead => s!(lang, "cli-new-measurement-lead"),
        W::TeamLeader => s!(lang, "new-board-label-team-leader"),
        W::MeasurementLead => s!(lang, "new-board-label-measurement-lead"),
    }
}

/// What became of a new board, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewBoardMsg {
    /// Written: the kind, and the file.
    Created { kind: Kind, path: String },
    /// A file of that name is there already: nothing was written.
    Exists(String),
    /// The file could not be written: where, and why.
    Failed { path: String, kind: FsErrorKind },
    /// The kind field holds no kind (what was typed).
    BadKind(String),
    /// The name field is empty.
    NoName,
}

/// The text of a [`NewBoardMsg`].
pub fn new_board_msg(lang: Lang, m: &NewBoardMsg) -> String {
    match m {
        NewBoardMsg::Created { kind, path } => f!(
            lang,
            "new-board-created",
            kind = kind_name(lang, *kind),
            path = path.as_str()
        ),
        NewBoardMsg::Exists(path) => f!(lang, "new-board-exists", path = path.as_str()),
        NewBoardMsg::Failed { path, kind } => f!(
            lang,
            "new-board-failed",
            error = super::fs_error(lang, kind, path)
        ),
        NewBoardMsg::BadKind(text) => f!(lang, "new-board-bad-kind", text = text.as_str()),
        NewBoardMsg::NoName => s!(lang, "new-board-no-name").to_string(),
    }
}

/// The name of one of the improvement team's roles (seed 001).
pub fn role_name(lang: Lang, role: tavle_core::model::Role) -> &'static str {
    match role {
        tavle_core::model::Role::TeamLeader => s!(lang, "role-team-leader"),
        tavle_core::model::Role::MeasurementLead => s!(lang, "role-measurement-lead"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_has_a_title_for_each_column_in_every_language() {
        for &lang in Lang::ALL {
            for kind in [Kind::Forbedring, Kind::Drift] {
                let w = template_words(lang, kind);
                let shapes = tavle_core::template::columns(kind);
                assert_eq!(w.columns.len(), shapes.len(), "{lang:?} {kind:?}");
                assert!(w.columns.iter().all(|c| !c.trim().is_empty()));
                assert!(w.agenda.len() >= 4 && !w.goal.is_empty());
            }
        }
        assert_ne!(
            template_words(Lang::Nb, Kind::Forbedring),
            template_words(Lang::En, Kind::Forbedring)
        );
    }
}

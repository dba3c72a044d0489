//! The rules of an operations board's own lists: ids unique; a likelihood
//! or consequence outside 1–5 and a week outside 1–53 (read as written, so
//! the board still opens: see `decode/operations.rs`); links to a card, risk
//! or deviation that is not there; a staffing entry for a shift the board
//! does not name, or two entries of one date and shift; a panel tavle does
//! not know (kept in the file, not shown). Warnings but for
//! duplicate ids, which are errors as in every list. Part of [`super`].

use std::collections::HashSet;

use super::{at, unique_ids};
use crate::diag::{DiagKind, Diagnostic, IdKind};
use crate::layout::PanelKind;
use crate::model::Board;

fn range(value: u8, max: u64) -> Option<DiagKind> {
    (!(1..=max).contains(&u64::from(value))).then(|| DiagKind::OutOfRange {
        value: value.to_string(),
        min: 1,
        max,
    })
}

pub(super) fn validate(board: &Board, cards: &HashSet<&str>, out: &mut Vec<Diagnostic>) {
    let risks = unique_ids(
        out,
        IdKind::Risk,
        "risks",
        board.risks.iter().map(|r| r.id.as_str()),
    );
    let deviations = unique_ids(
        out,
        IdKind::Deviation,
        "deviations",
        board.deviations.iter().map(|d| d.id.as_str()),
    );
    unique_ids(
        out,
        IdKind::Event,
        "wheel",
        board.wheel.iter().map(|e| e.id.as_str()),
    );
    let warn = |out: &mut Vec<Diagnostic>, pointer: String, kind: DiagKind| {
        out.push(Diagnostic::warning(at(pointer), kind));
    };

    for (i, r) in board.risks.iter().enumerate() {
        if let Some(k) = range(r.likelihood, 5) {
            warn(out, format!("/risks/{i}/likelihood"), k);
        }
        if let Some(k) = range(r.consequence, 5) {
            warn(out, format!("/risks/{i}/consequence"), k);
        }
        if let Some(card) = r.card.as_ref().filter(|c| !cards.contains(c.as_str())) {
            let kind = DiagKind::UnknownCard { id: card.clone() };
            warn(out, format!("/risks/{i}/card"), kind);
        }
    }
    for (i, d) in board.deviations.iter().enumerate() {
        if let Some(card) = d.card.as_ref().filter(|c| !cards.contains(c.as_str())) {
            let kind = DiagKind::UnknownCard { id: card.clone() };
            warn(out, format!("/deviations/{i}/card"), kind);
        }
    }
    for (i, name) in board.panels.iter().enumerate() {
        if PanelKind::parse(name).is_none() {
            let allowed: &'static [&'static str] = &PanelKind::NAMES;
            let kind = DiagKind::UnknownValue {
                suggestion: crate::diag::suggest(name, allowed),
                value: name.clone(),
                allowed,
            };
            warn(out, format!("/panels/{i}"), kind);
        }
    }
    for (i, e) in board.wheel.iter().enumerate() {
        if let Some(k) = range(e.week, 53) {
            warn(out, format!("/wheel/{i}/week"), k);
        }
    }
    for (i, c) in board.cards.iter().enumerate() {
        if let Some(r) = c.risk.as_ref().filter(|r| !risks.contains(r.as_str())) {
            let kind = DiagKind::UnknownLink {
                kind: IdKind::Risk,
                id: r.clone(),
            };
            warn(out, format!("/cards/{i}/risk"), kind);
        }
        if let Some(d) = c
            .deviation
            .as_ref()
            .filter(|d| !deviations.contains(d.as_str()))
        {
            let kind = DiagKind::UnknownLink {
                kind: IdKind::Deviation,
                id: d.clone(),
            };
            warn(out, format!("/cards/{i}/deviation"), kind);
        }
    }
    if let Some(s) = &board.staffing {
        let names = s.shift_names();
        let mut seen = HashSet::new();
        for (i, e) in s.days.iter().enumerate() {
            if !names.contains(&e.shift) {
                let kind = DiagKind::UnknownShift {
                    shift: e.shift.clone(),
                };
                warn(out, format!("/staffing/days/{i}/shift"), kind);
            }
            if !seen.insert((e.date, e.shift.as_str())) {
                let kind = DiagKind::DuplicateId {
                    kind: IdKind::Staffing,
                    id: e.key(),
                };
                warn(out, format!("/staffing/days/{i}"), kind);
            }
        }
    }
}

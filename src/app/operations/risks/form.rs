//! The forms of the risks panel: a risk (title, likelihood 1–5,
//! consequence 1–5, owner) and a deviation (date, category, text). They
//! are the editor's forms ([`Editor`] with [`EditKind::Risk`] or
//! [`EditKind::Deviation`]): this module makes them, reads what was typed
//! into one op, and says what the field with the cursor takes. A
//! deviation's date is a day that has been (`i går`, `mandag`: the last
//! Monday), today when left as it is. Its text is masked by the op
//! ([`tavle_core::privacy`]); the form warns as soon as the text holds an
//! identity number, so nobody believes it was stored as typed. No I/O.

use super::super::super::editor::{EditKind, Editor, Field, Flow};
use super::super::super::event::Origin;
use super::super::super::request::Requests;
use super::super::super::shared::Shared;
use crate::i18n::{self, Msg, OpsLabel, PanelMsg, PanelWord};
use tavle_core::dates::{DateFor, format_nb};
use tavle_core::model::{Board, Deviation, Risk};
use tavle_core::ops::{DeviationOp, DeviationPatch, NewDeviation, NewRisk, Op, RiskOp, RiskPatch};

pub const LIKELIHOOD: Field = Field::Ops(OpsLabel::Likelihood);
pub const CONSEQUENCE: Field = Field::Ops(OpsLabel::Consequence);
pub const CATEGORY: Field = Field::Ops(OpsLabel::Category);
pub const TEXT: Field = Field::Ops(OpsLabel::Text);

/// The form of a new risk (`None`) or of `risk`.
pub fn risk(risk: Option<&Risk>) -> Editor {
    let n = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
    Editor::form(
        EditKind::Risk {
            id: risk.map(|r| r.id.clone()),
        },
        vec![
            (
                Field::Title,
                risk.map(|r| r.title.clone()).unwrap_or_default(),
            ),
            (LIKELIHOOD, n(risk.map(|r| r.likelihood))),
            (CONSEQUENCE, n(risk.map(|r| r.consequence))),
            (
                Field::Owner,
                risk.and_then(|r| r.owner.clone()).unwrap_or_default(),
            ),
        ],
    )
}

/// The form of a new deviation dated `today` (`None`) or of `deviation`.
pub fn deviation(deviation: Option<&Deviation>, today: chrono::NaiveDate) -> Editor {
    Editor::form(
        EditKind::Deviation {
            id: deviation.map(|d| d.id.clone()),
        },
        vec![
            (Field::Date, format_nb(deviation.map_or(today, |d| d.date))),
            (
                CATEGORY,
                deviation.map(|d| d.category.clone()).unwrap_or_default(),
            ),
            (TEXT, deviation.map(|d| d.text.clone()).unwrap_or_default()),
        ],
    )
}

/// A 1–5 field.
fn one_to_five(ed: &Editor, field: Field) -> Result<u8, (Msg, Field)> {
    let text = ed.get(field);
    match text.parse::<u8>() {
        Ok(v @ 1..=5) => Ok(v),
        _ => Err((Msg::Panel(PanelMsg::NotOneToFive(text)), field)),
    }
}

fn optional(ed: &Editor, field: Field) -> Option<String> {
    Some(ed.get(field)).filter(|t| !t.is_empty())
}

/// The op of a risk's form; `Ok(None)` when nothing changed.
fn risk_op(ed: &Editor, s: &Shared, id: Option<&String>) -> Result<Option<Op>, (Msg, Field)> {
    let title = ed.get(Field::Title);
    if title.is_empty() {
        return Err((Msg::EmptyTitle, Field::Title));
    }
    let likelihood = one_to_five(ed, LIKELIHOOD)?;
    let consequence = one_to_five(ed, CONSEQUENCE)?;
    let owner = optional(ed, Field::Owner);
    let Some(id) = id else {
        return Ok(Some(Op::Risk(RiskOp::Add(NewRisk {
            title,
            likelihood,
            consequence,
            owner,
        }))));
    };
    if s.board().and_then(|b| b.risk(id)).is_none() {
        let msg = Msg::Ops(i18n::OpsMsg::RiskGone(id.clone()));
        return Err((msg, Field::Title));
    }
    let ch = |f| ed.changed(f);
    let patch = RiskPatch {
        title: ch(Field::Title).then_some(title),
        likelihood: ch(LIKELIHOOD).then_some(likelihood),
        consequence: ch(CONSEQUENCE).then_some(consequence),
        owner: ch(Field::Owner).then_some(owner),
        card: None,
    };
    if patch == RiskPatch::default() {
        return Ok(None);
    }
    Ok(Some(Op::Risk(RiskOp::Set {
        id: id.clone(),
        patch,
    })))
}

/// The op of a deviation's form; `Ok(None)` when nothing changed.
fn deviation_op(ed: &Editor, s: &Shared, id: Option<&String>) -> Result<Option<Op>, (Msg, Field)> {
    let typed = ed.get(Field::Date);
    let date = if typed.is_empty() {
        s.today()
    } else {
        tavle_core::dates::parse(&typed, s.today(), DateFor::Past)
            .map_err(|e| (Msg::for_day(&typed, &e), Field::Date))?
    };
    let category = ed.get(CATEGORY);
    if category.is_empty() {
        return Err((Msg::EmptyTitle, CATEGORY));
    }
    let text = ed.get(TEXT);
    if text.is_empty() {
        return Err((Msg::EmptyTitle, TEXT));
    }
    let Some(id) = id else {
        return Ok(Some(Op::Deviation(DeviationOp::Add(NewDeviation {
            date,
            category,
            text,
        }))));
    };
    if s.board().and_then(|b| b.deviation(id)).is_none() {
        let msg = Msg::Ops(i18n::OpsMsg::DeviationGone(id.clone()));
        return Err((msg, CATEGORY));
    }
    let ch = |f| ed.changed(f);
    let patch = DeviationPatch {
        date: ch(Field::Date).then_some(date),
        category: ch(CATEGORY).then_some(category),
        text: ch(TEXT).then_some(text),
        card: None,
    };
    if patch == DeviationPatch::default() {
        return Ok(None);
    }
    Ok(Some(Op::Deviation(DeviationOp::Set {
        id: id.clone(),
        patch,
    })))
}

/// Enter in a risk's or deviation's form: `None` for any other form.
pub fn save(ed: &mut Editor, s: &Shared, rq: &mut Requests) -> Option<Flow> {
    let op = match &ed.kind {
        EditKind::Risk { id } => risk_op(ed, s, id.as_ref()),
        EditKind::Deviation { id } => deviation_op(ed, s, id.as_ref()),
        _ => return None,
    };
    Some(match op {
        Err((e, field)) => {
            ed.error = Some(e);
            ed.focus_on(field);
            Flow::Stay
        }
        Ok(None) => Flow::Close,
        Ok(Some(op)) => {
            if let Some(why) = s.why_read_only() {
                ed.error = Some(why);
                return Some(Flow::Stay);
            }
            rq.apply_form(s, vec![op], Origin::Edit, ed.clone());
            Flow::Close
        }
    })
}

/// The categories of the board's deviations, most used first (then the
/// latest first), each once as first written.
pub fn categories(board: &Board) -> Vec<String> {
    let mut seen: Vec<(String, usize, usize)> = Vec::new();
    for (i, d) in board.deviations.iter().enumerate() {
        let key = d.category.trim().to_lowercase();
        if key.is_empty() {
            continue;
        }
        match seen.iter_mut().find(|(k, ..)| *k == key) {
            Some(e) => {
                e.1 += 1;
                e.2 = i;
            }
            None => seen.push((key, 1, i)),
        }
    }
    seen.sort_by_key(|&(_, n, last)| (std::cmp::Reverse(n), std::cmp::Reverse(last)));
    seen.into_iter()
        .filter_map(|(_, _, i)| board.deviations.get(i))
        .map(|d| d.category.trim().to_string())
        .collect()
}

/// The notes under a risk's or deviation's form, `(warning, text)`: what
/// the field with the cursor takes, the categories used before, and a
/// warning while the text holds an identity number.
pub fn notes(ed: &Editor, s: &Shared) -> Vec<(bool, String)> {
    let lang = s.lang();
    let focus = ed.fields.get(ed.focus).map(|f| f.field);
    let mut out = Vec::new();
    match ed.kind {
        EditKind::Risk { .. } => {
            if matches!(focus, Some(f) if f == LIKELIHOOD || f == CONSEQUENCE) {
                out.push((false, i18n::panel_word(lang, PanelWord::Scale).to_string()));
            }
        }
        EditKind::Deviation { .. } => {
            let used = s.board().map(categories).unwrap_or_default();
            if focus == Some(CATEGORY) && !used.is_empty() {
                let list: Vec<String> = used.into_iter().take(8).collect();
                out.push((false, i18n::categories_used(lang, &list.join(" · "))));
            }
            let text = ed.get(TEXT);
            if !tavle_core::privacy::find(&text).is_empty() {
                out.push((
                    true,
                    i18n::panel_word(lang, PanelWord::Identity).to_string(),
                ));
            }
        }
        _ => {}
    }
    out
}

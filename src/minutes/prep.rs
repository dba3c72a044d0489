//! What the minutes say of how the meeting was prepared: the changes to its
//! goal, length and agenda since the meeting before ([`Prepared`], net), and
//! who came as a guest. Only words and structure.

use super::{Block, Inline, text, word};
use crate::i18n::{self, Lang, MinutesWord as W, PrepWord as P};
use tavle_core::meeting::Prepared;
use tavle_core::ops::Change;

/// `3 min`, or `ingen` for no time box of its own.
fn time_box(lang: Lang, m: Option<u64>) -> String {
    m.map_or_else(
        || i18n::prep_word(lang, P::NoTimeBox).to_string(),
        |m| i18n::length_text(lang, Some(m)),
    )
}

/// The section on the meeting's preparation; nothing when nothing changed.
pub fn plan_blocks(lang: Lang, p: &Prepared) -> Vec<Block> {
    let w = |x| i18n::prep_word(lang, x);
    let mut b = Vec::new();
    for c in &p.plan {
        let line: Vec<Inline> = match c {
            Change::MeetingGoal { from, to: Some(to) } => {
                let mut line = vec![
                    word(format!("{}: ", i18n::minutes_word(lang, W::Goal))),
                    text(to),
                ];
                if let Some(from) = from {
                    let was = i18n::minutes_more(lang, i18n::MinutesMore::Was);
                    line.extend([word(format!(" ({was}: ")), text(from), word(")")]);
                }
                line
            }
            Change::MeetingGoal { from, to: None } => {
                let mut line = vec![word(w(P::GoalRemoved))];
                if let Some(from) = from {
                    line.extend([word(" ("), text(from), word(")")]);
                }
                line
            }
            Change::MeetingLength { from, to } => vec![word(format!(
                "{}: {} → {}",
                w(P::Length),
                i18n::length_text(lang, *from),
                i18n::length_text(lang, *to)
            ))],
            Change::AgendaAdded { title, minutes, .. } => {
                let mut line = vec![word(format!("{}: ", w(P::ItemAdded))), text(title)];
                if let Some(m) = minutes {
                    line.push(word(format!(" ({})", i18n::length_text(lang, Some(*m)))));
                }
                line
            }
            Change::AgendaRemoved { title, .. } => {
                vec![word(format!("{}: ", w(P::ItemRemoved))), text(title)]
            }
            Change::AgendaRenamed { from, to, .. } => vec![
                word(format!("{}: ", w(P::ItemRenamed))),
                text(from),
                word(" → "),
                text(to),
            ],
            Change::AgendaMoved { title, from, to } => vec![
                word(format!("{}: ", w(P::ItemMoved))),
                text(title),
                word(format!(" ({})", i18n::item_moved(lang, from + 1, to + 1))),
            ],
            Change::AgendaTimeBox {
                title, from, to, ..
            } => vec![
                word(format!("{}: ", w(P::ItemTimeBox))),
                text(title),
                word(format!(
                    ": {} → {}",
                    time_box(lang, *from),
                    time_box(lang, *to)
                )),
            ],
            _ => continue,
        };
        b.push(Block::Bullet(line));
    }
    if b.is_empty() {
        return b;
    }
    b.insert(0, Block::Heading(2, vec![word(w(P::PlanChanges))]));
    b
}

/// Who was present, a guest marked `(gjest)`.
pub fn attendance(lang: Lang, attendees: &[String], p: &Prepared) -> Vec<Inline> {
    let mut people = Vec::new();
    for (i, a) in attendees.iter().enumerate() {
        if i > 0 {
            people.push(word(", "));
        }
        people.push(text(a));
        if p.guests.iter().any(|g| tavle_core::ops::same_person(g, a)) {
            people.push(word(format!(" ({})", i18n::prep_word(lang, P::Guest))));
        }
    }
    people
}

//! "Since last time" as a document, in the user's language, from what the
//! core found ([`tavle_core::meeting::since_last`]): the previous meeting and
//! who was there, then the cards finished, added, moved, archived and
//! restored, the lights changed, the follow-ups done and due, the decisions
//! logged between the meetings and the values entered. Sections with nothing
//! in them are left out; nothing at all says so. Drawn like the closing
//! summary ([`super::lines`]); only words and structure here.

use super::{Block, Doc, Inline, card, decision, light_word, text, word};
use crate::i18n::{self, Lang, MinutesMore as M, MinutesWord as W, PrepWord as P};
use tavle_core::meeting::Since;
use tavle_core::model::Board;

/// The "since last time" panel of `board` as a document.
pub fn since_doc(lang: Lang, board: &Board, since: &Since) -> Doc {
    let w = |x| i18n::minutes_word(lang, x);
    let more = |x| i18n::minutes_more(lang, x);
    let p = |x| i18n::prep_word(lang, x);
    let c = &since.changes;
    let prev = &since.previous;
    let mut b = vec![Block::Heading(
        1,
        vec![word(format!("{} – ", p(P::Since))), text(&board.title)],
    )];
    b.push(Block::Field(
        p(P::PreviousMeeting),
        vec![word(format!(
            "{} {}–{} ({} {})",
            tavle_core::dates::format_nb(prev.start.date_naive()),
            prev.start.format("%H:%M"),
            prev.end.format("%H:%M"),
            i18n::ui(lang, i18n::Ui::Week),
            tavle_core::dates::iso_week(prev.start.date_naive())
        ))],
    ));
    let mut people = Vec::new();
    for (i, a) in prev.attendees.iter().enumerate() {
        if i > 0 {
            people.push(word(", "));
        }
        people.push(text(a));
    }
    if people.is_empty() {
        people.push(Inline::Em(more(M::NoAttendance).to_string()));
    }
    b.push(Block::Field(p(P::PresentThen), people));
    if since.is_empty() {
        b.push(Block::Para(vec![word(p(P::NothingSince))]));
        return Doc { blocks: b };
    }

    let mut cards = Vec::new();
    for (label, list) in [
        (p(P::Finished), &since.finished),
        (w(W::Added), &c.added),
        (w(W::Archived), &c.archived),
        (more(M::Restored), &c.restored),
    ] {
        for r in list {
            let mut line = vec![word(format!("{label}: "))];
            line.extend(card(&r.title, &r.id));
            cards.push(Block::Bullet(line));
        }
    }
    for m in &c.moved {
        let mut line = vec![word(format!("{}: ", w(W::Moved)))];
        line.extend(card(&m.card.title, &m.card.id));
        line.extend([word(": "), text(&m.from), word(" → "), text(&m.to)]);
        cards.push(Block::Bullet(line));
    }
    for copy in &c.merged {
        cards.push(Block::Bullet(vec![text(&i18n::merged_line(
            lang, copy, false,
        ))]));
    }
    section(&mut b, p(P::Cards), cards);

    let lights = c
        .lights
        .iter()
        .map(|l| {
            let mut line = card(&l.card.title, &l.card.id);
            line.push(word(format!(
                ": {} → {}",
                light_word(lang, l.from),
                light_word(lang, l.to)
            )));
            Block::Bullet(line)
        })
        .collect();
    section(&mut b, w(W::Lights), lights);

    let mut follow: Vec<Block> = c
        .done
        .iter()
        .map(|d| Block::Check(true, vec![text(d.text)]))
        .collect();
    for d in &since.due {
        let mut line = decision(lang, board, d, false);
        if d.due.is_some_and(|due| due < since.today()) {
            line.push(word(" "));
            line.push(Inline::Strong(format!("({})", w(W::Overdue))));
        }
        follow.push(Block::Check(false, line));
    }
    section(&mut b, w(W::FollowUps), follow);

    let decided = c
        .decisions
        .iter()
        .map(|d| Block::Bullet(decision(lang, board, d, true)))
        .collect();
    section(&mut b, p(P::DecisionsSince), decided);

    b.extend(super::improvement::section(lang, board, &c.improvement));
    b.extend(super::operations::section(lang, &c.operations));

    let values = c
        .values
        .iter()
        .map(|v| {
            let mut line = vec![
                text(&v.title),
                word(format!(
                    " {}: {}",
                    tavle_core::dates::format_nb(v.date),
                    i18n::number(lang, v.value)
                )),
            ];
            if let Some(u) = &v.unit {
                line.extend([word(" "), text(u)]);
            }
            Block::Bullet(line)
        })
        .collect();
    section(&mut b, more(M::Values), values);
    Doc { blocks: b }
}

/// A heading and its blocks, when there are any.
fn section(b: &mut Vec<Block>, heading: &str, blocks: Vec<Block>) {
    if !blocks.is_empty() {
        b.push(Block::Heading(2, vec![word(heading)]));
        b.extend(blocks);
    }
}

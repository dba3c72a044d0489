//! The minutes (referat) of a meeting as Markdown, in the user's language,
//! from the summary [`tavle_core::meeting::summary`] computes. Only words and
//! layout here; what belongs in the minutes is decided in the core.

use crate::i18n::{self, Lang};
use tavle_core::meeting::Summary;
use tavle_core::model::{Board, Light};
use tavle_core::text::markdown_inline as md;

fn light_word(lang: Lang, l: Option<Light>) -> String {
    match l {
        Some(l) => format!("{} {}", l.glyph(), i18n::light_name(lang, l)),
        None => i18n::minutes_word(lang, i18n::MinutesWord::NoLight).to_string(),
    }
}

/// The minutes (referat) of a meeting as Markdown.
pub fn minutes(lang: Lang, board: &Board, board_id: &str, s: &Summary) -> String {
    use i18n::MinutesWord as W;
    let w = |x| i18n::minutes_word(lang, x);
    let mut out = String::new();
    let week = crate::dates::iso_week(s.date);
    out.push_str(&format!("# {} – {}\n\n", w(W::Minutes), md(&board.title)));
    out.push_str(&format!(
        "- **{}:** {} ({} {week})\n",
        w(W::Date),
        crate::dates::format_nb(s.date),
        i18n::ui(lang, i18n::Ui::Week)
    ));
    if let Some((from, to)) = &s.time {
        out.push_str(&format!("- **{}:** {from}–{to}\n", w(W::Time)));
    }
    out.push_str(&format!(
        "- **{}:** {} (`{board_id}`)\n",
        w(W::Board),
        md(&board.title)
    ));
    if let Some(unit) = &board.unit {
        out.push_str(&format!(
            "- **{}:** {}\n",
            i18n::ui(lang, i18n::Ui::Unit),
            md(unit)
        ));
    }
    if !s.attendees.is_empty() {
        let people: Vec<String> = s.attendees.iter().map(|a| md(a)).collect();
        out.push_str(&format!(
            "- **{}:** {}\n",
            w(W::Attendees),
            people.join(", ")
        ));
    }
    if let Some(goal) = board.meeting.as_ref().and_then(|m| m.goal.as_ref()) {
        out.push_str(&format!("- **{}:** {}\n", w(W::Goal), md(goal)));
    }
    let agenda = board.meeting.as_ref().map(|m| &m.agenda[..]).unwrap_or(&[]);
    if !agenda.is_empty() {
        out.push_str(&format!("\n## {}\n\n", w(W::Agenda)));
        for (i, item) in agenda.iter().enumerate() {
            match item.minutes {
                Some(m) => out.push_str(&format!("{}. {} ({m} min)\n", i + 1, md(&item.title))),
                None => out.push_str(&format!("{}. {}\n", i + 1, md(&item.title))),
            }
        }
    }
    out.push_str(&format!("\n## {}\n\n", w(W::Decisions)));
    if s.decisions.is_empty() {
        out.push_str(&format!("{}\n", w(W::None)));
    }
    for d in &s.decisions {
        out.push_str(&format!("- {}", md(&d.text)));
        let mut extra = Vec::new();
        if let Some(o) = &d.owner {
            extra.push(format!("{}: {}", w(W::Owner), md(o)));
        }
        if let Some(due) = d.due {
            extra.push(format!("{}: {}", w(W::Due), crate::dates::format_nb(due)));
        }
        if let Some(card) = d.card.as_ref().and_then(|c| board.card(c)) {
            extra.push(format!("{}: {} ({})", w(W::Card), md(&card.title), card.id));
        }
        if !extra.is_empty() {
            out.push_str(&format!(" — {}", extra.join(", ")));
        }
        if !d.corrections.is_empty() {
            out.push_str(&format!(
                " _({} {}×)_",
                w(W::Corrected),
                d.corrections.len()
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("\n## {}\n\n", w(W::FollowUps)));
    if s.follow_ups.is_empty() && s.done_today.is_empty() {
        out.push_str(&format!("{}\n", w(W::None)));
    }
    for d in &s.follow_ups {
        let overdue = d.due.is_some_and(|due| due < s.date);
        out.push_str(&format!(
            "- [ ] {} — {}: {}, {}: {}{}\n",
            md(&d.text),
            w(W::Owner),
            md(d.owner.as_deref().unwrap_or("")),
            w(W::Due),
            d.due.map(crate::dates::format_nb).unwrap_or_default(),
            if overdue {
                format!(" **({})**", w(W::Overdue))
            } else {
                String::new()
            }
        ));
    }
    for d in &s.done_today {
        out.push_str(&format!("- [x] {}\n", md(&d.text)));
    }
    let has_changes = !(s.added.is_empty() && s.moved.is_empty() && s.archived.is_empty());
    out.push_str(&format!("\n## {}\n\n", w(W::Changes)));
    if !has_changes {
        out.push_str(&format!("{}\n", w(W::None)));
    }
    for (id, title) in &s.added {
        out.push_str(&format!("- {}: {} ({id})\n", w(W::Added), md(title)));
    }
    for (id, title, from, to) in &s.moved {
        out.push_str(&format!(
            "- {}: {} ({id}): {} → {}\n",
            w(W::Moved),
            md(title),
            md(from),
            md(to)
        ));
    }
    for (id, title) in &s.archived {
        out.push_str(&format!("- {}: {} ({id})\n", w(W::Archived), md(title)));
    }
    out.push_str(&format!("\n## {}\n\n", w(W::Lights)));
    if s.lights.is_empty() {
        out.push_str(&format!("{}\n", w(W::None)));
    }
    for (id, title, from, to) in &s.lights {
        out.push_str(&format!(
            "- {} ({id}): {} → {}\n",
            md(title),
            light_word(lang, *from),
            light_word(lang, *to)
        ));
    }
    if !s.no_owner.is_empty() {
        out.push_str(&format!("\n## {}\n\n", w(W::NoOwner)));
        for c in &s.no_owner {
            out.push_str(&format!("- {} ({})\n", md(&c.title), c.id));
        }
    }
    out
}

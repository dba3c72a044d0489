//! The board meeting as rules: the time box and its countdown, the follow-ups
//! to go through, the summary at the end and the minutes (referat). Pure: the
//! time is always passed in.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::history::Logged;
use crate::i18n::{self, Lang};
use crate::model::{Board, Card, Decision, Light, Running};
use crate::ops::Change;
use crate::text::markdown_inline as md;

/// How the countdown looks: normal, the last two minutes, or over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Normal,
    Warning,
    Over,
}

/// The last minutes of a time box are shown as a warning.
pub const WARN_SECS: i64 = 120;

/// A countdown: seconds left (negative: over time by that much).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub left: i64,
    pub total: i64,
    pub phase: Phase,
}

impl Countdown {
    pub fn new(
        started: DateTime<FixedOffset>,
        minutes: u64,
        now: DateTime<FixedOffset>,
    ) -> Countdown {
        let total = i64::try_from(minutes.saturating_mul(60)).unwrap_or(i64::MAX);
        let elapsed = (now - started).num_seconds().max(0);
        let left = total.saturating_sub(elapsed);
        let phase = if left <= 0 {
            Phase::Over
        } else if left <= WARN_SECS.min(total / 2).max(1) {
            Phase::Warning
        } else {
            Phase::Normal
        };
        Countdown { left, total, phase }
    }

    /// `07:12` left, or `+01:05` over time.
    pub fn clock(&self) -> String {
        let s = self.left.unsigned_abs();
        let sign = if self.left < 0 { "+" } else { "" };
        format!("{sign}{:02}:{:02}", s / 60, s % 60)
    }
}

/// The whole meeting's countdown.
pub fn meeting_countdown(
    board: &Board,
    running: &Running,
    now: DateTime<FixedOffset>,
) -> Countdown {
    let minutes = board.meeting.as_ref().map_or(15, |m| m.time_box());
    Countdown::new(running.started.at(), minutes, now)
}

/// The current agenda item's countdown, when it has its own time box.
pub fn item_countdown(
    board: &Board,
    running: &Running,
    now: DateTime<FixedOffset>,
) -> Option<Countdown> {
    let item = board.meeting.as_ref()?.agenda.get(running.item as usize)?;
    Some(Countdown::new(
        running.item_started.at(),
        item.minutes?,
        now,
    ))
}

/// The date something happened, in its own time zone (where it was decided).
fn date_of(t: &crate::model::Timestamp) -> NaiveDate {
    t.at().date_naive()
}

/// Open follow-ups from earlier meetings: decisions with an owner and a due
/// date, not done, decided before `today`; overdue first, then by due date.
pub fn follow_ups(board: &Board, today: NaiveDate) -> Vec<&Decision> {
    let mut list: Vec<&Decision> = board
        .decisions
        .iter()
        .filter(|d| d.is_follow_up() && !d.done && date_of(&d.at) < today)
        .collect();
    list.sort_by_key(|d| (d.due, d.at.at()));
    list
}

/// What the meeting did, for the closing summary and the minutes.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'b> {
    pub date: NaiveDate,
    pub decisions: Vec<&'b Decision>,
    /// Every open follow-up, with owner and deadline (today's included).
    pub follow_ups: Vec<&'b Decision>,
    /// Follow-ups marked done today.
    pub done_today: Vec<&'b Decision>,
    pub added: Vec<(String, String)>,
    pub moved: Vec<(String, String, String, String)>,
    pub archived: Vec<(String, String)>,
    pub lights: Vec<(String, String, Option<Light>, Option<Light>)>,
    /// Active cards with no owner.
    pub no_owner: Vec<&'b Card>,
    pub attendees: Vec<String>,
    /// When the (last) meeting of the day started and ended, `HH:MM`.
    pub time: Option<(String, String)>,
}

/// The summary of `date` from the board and its change log.
pub fn summary<'b>(board: &'b Board, log: &[Logged], date: NaiveDate) -> Summary<'b> {
    let today: Vec<&Logged> = log
        .iter()
        .filter(|l| l.time().is_some_and(|t| date_of(&t) == date))
        .collect();
    let mut s = Summary {
        date,
        decisions: board
            .decisions
            .iter()
            .filter(|d| date_of(&d.at) == date)
            .collect(),
        follow_ups: board
            .decisions
            .iter()
            .filter(|d| d.is_follow_up() && !d.done)
            .collect(),
        done_today: board
            .decisions
            .iter()
            .filter(|d| d.done && d.done_at.as_ref().is_some_and(|t| date_of(t) == date))
            .collect(),
        added: Vec::new(),
        moved: Vec::new(),
        archived: Vec::new(),
        lights: Vec::new(),
        no_owner: board
            .cards
            .iter()
            .filter(|c| {
                !c.archived
                    && !board.is_done(c)
                    && c.owner.as_deref().is_none_or(|o| o.trim().is_empty())
            })
            .collect(),
        attendees: Vec::new(),
        time: None,
    };
    s.follow_ups.sort_by_key(|d| (d.due, d.at.at()));
    let column_title = |id: &str| {
        board
            .column(id)
            .map_or_else(|| id.to_string(), |c| c.title.clone())
    };
    for l in today {
        match &l.change {
            Change::Added { card, title, .. } => s.added.push((card.clone(), title.clone())),
            Change::Moved {
                card,
                title,
                from,
                to,
            } => s.moved.push((
                card.clone(),
                title.clone(),
                column_title(from),
                column_title(to),
            )),
            Change::Archived { card, title } => s.archived.push((card.clone(), title.clone())),
            Change::Light {
                card,
                title,
                from,
                to,
            } => s.lights.push((card.clone(), title.clone(), *from, *to)),
            Change::MeetingEnded { attendees, started } => {
                if let (Some(from), Some(to)) = (crate::model::Timestamp::parse(started), l.time())
                {
                    s.time = Some((
                        from.at().format("%H:%M").to_string(),
                        to.at().format("%H:%M").to_string(),
                    ));
                }
                for a in attendees {
                    if !s.attendees.contains(a) {
                        s.attendees.push(a.clone());
                    }
                }
            }
            _ => {}
        }
    }
    // A card added and removed again (undo) was never really added.
    s.added.retain(|(id, _)| board.card(id).is_some());
    if let Some(r) = board.meeting.as_ref().and_then(|m| m.running.as_ref()) {
        for a in &r.attendees {
            if !s.attendees.contains(a) {
                s.attendees.push(a.clone());
            }
        }
    }
    s
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn countdown_phases() {
        let start = t("2026-11-24T09:00:00+01:00");
        let c = Countdown::new(start, 15, t("2026-11-24T09:02:48+01:00"));
        assert_eq!(
            (c.left, c.phase, c.clock()),
            (732, Phase::Normal, "12:12".into())
        );
        let c = Countdown::new(start, 15, t("2026-11-24T09:13:00+01:00"));
        assert_eq!((c.phase, c.clock()), (Phase::Warning, "02:00".into()));
        let c = Countdown::new(start, 15, t("2026-11-24T09:15:00+01:00"));
        assert_eq!((c.phase, c.clock()), (Phase::Over, "00:00".into()));
        let c = Countdown::new(start, 15, t("2026-11-24T09:16:05+01:00"));
        assert_eq!(
            (c.left, c.phase, c.clock()),
            (-65, Phase::Over, "+01:05".into())
        );
        // A clock that is behind the start (another machine's clock) counts from zero.
        let c = Countdown::new(start, 15, t("2026-11-24T08:59:00+01:00"));
        assert_eq!(c.left, 900);
        // A 2-minute item warns only in its last minute, not from the start.
        let c = Countdown::new(start, 2, t("2026-11-24T09:00:30+01:00"));
        assert_eq!(c.phase, Phase::Normal);
    }
}

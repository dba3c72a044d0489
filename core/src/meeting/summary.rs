//! What one meeting (or one day) did, as data for the minutes and the closing
//! summary: its decisions and corrections, follow-ups done, the board's net
//! changes and who was there. Net means a light cycled ▲→■→○→● is one change
//! ▲→●, and a move, an archive or a value that was taken back is no change.
//! Pure and wordless: the words are written beside the catalogue.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::span::{Scope, Span};
use crate::log::Logged;
use crate::model::{Board, Card, Decision, Light};
use crate::ops::Change;

/// A card as the log names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRef {
    pub id: String,
    /// The title it had at its last change in the scope.
    pub title: String,
}

/// A card that stands in another column than before (column titles, or the
/// ids of columns that are gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub card: CardRef,
    pub from: String,
    pub to: String,
}

/// A card whose light changed, first light before → last light after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relit {
    pub card: CardRef,
    pub from: Option<Light>,
    pub to: Option<Light>,
}

/// An indicator value recorded (the last one for its date).
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub indicator: String,
    /// The indicator's title (its id when it is gone from the board).
    pub title: String,
    pub unit: Option<String>,
    pub date: NaiveDate,
    pub value: f64,
}

/// A decision as it stood when the scope ended: corrections made later are
/// left out, so minutes written again later say what was decided then.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionAt<'b> {
    pub decision: &'b Decision,
    pub text: &'b str,
    pub owner: Option<&'b str>,
    pub due: Option<NaiveDate>,
    /// Corrections made up to the end of the scope.
    pub corrections: usize,
    /// For a decision made before the scope and corrected in it: what it said
    /// before the scope's first correction.
    pub before: Option<&'b str>,
    /// Marked done in the scope: set on a decision listed among those made or
    /// corrected in it, which is then not listed again as done ([`listed_once`]).
    pub done: bool,
}

impl<'b> DecisionAt<'b> {
    fn new(d: &'b Decision, scope: &Scope) -> DecisionAt<'b> {
        let later = d.corrections.iter().find(|c| scope.after(c.at.at()));
        DecisionAt {
            decision: d,
            text: later.map_or(&d.text, |c| &c.text),
            owner: later.map_or(d.owner.as_deref(), |c| c.owner.as_deref()),
            due: later.map_or(d.due, |c| c.due),
            corrections: d
                .corrections
                .iter()
                .filter(|c| !scope.after(c.at.at()))
                .count(),
            before: None,
            done: false,
        }
    }

    /// A follow-up: someone must act on it by a date.
    pub fn is_follow_up(&self) -> bool {
        self.owner.is_some_and(|o| !o.trim().is_empty()) && self.due.is_some()
    }
}

/// What a meeting (or a day) did.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'b> {
    /// The day of the minutes (the day the meeting started).
    pub date: NaiveDate,
    /// The meeting, or `None` for a whole day without one.
    pub meeting: Option<Span>,
    /// Decisions made in the scope.
    pub decisions: Vec<DecisionAt<'b>>,
    /// Decisions made earlier and corrected in the scope (`before` is set).
    pub corrected: Vec<DecisionAt<'b>>,
    /// Follow-ups open when the scope ended, earliest deadline first.
    pub follow_ups: Vec<DecisionAt<'b>>,
    /// Follow-ups marked done in the scope (and not undone in it).
    pub done: Vec<DecisionAt<'b>>,
    pub added: Vec<CardRef>,
    pub moved: Vec<Move>,
    pub archived: Vec<CardRef>,
    pub restored: Vec<CardRef>,
    pub lights: Vec<Relit>,
    pub values: Vec<Value>,
    /// Active cards with no owner (the board as it is).
    pub no_owner: Vec<&'b Card>,
    /// Who was present at *this* meeting; empty when none was recorded.
    pub attendees: Vec<String>,
    /// Conflict copies merged into the board in the scope (and not undone in it).
    pub merged: Vec<String>,
    /// How the meeting's goal, length and agenda were prepared, and its guests.
    pub prepared: super::prep::Prepared,
    /// Columns added, renamed, limited or reordered in the scope (net).
    pub columns: super::columns::Columns,
    /// The improvement work of the scope ([`Change::is_improvement`]), in
    /// the order it was done: cycles, evaluations, benefit plans, routines.
    pub improvement: Vec<Change>,
    /// Staffing, risks, deviations and the annual wheel changed in the scope
    /// ([`crate::operations::minutes_changes`]).
    pub operations: Vec<Change>,
}

/// One card's changes in the scope: the state before the first and after the last.
#[derive(Default)]
struct Net {
    title: String,
    exists: Option<(bool, bool)>,
    column: Option<(String, String)>,
    archived: Option<(bool, bool)>,
    light: Option<(Option<Light>, Option<Light>)>,
}

/// Keep the first `before` and the latest `after` of a state.
fn step<T>(slot: &mut Option<(T, T)>, before: T, after: T) {
    match slot {
        Some((_, last)) => *last = after,
        None => *slot = Some((before, after)),
    }
}

/// `Some((before, after))` when the two differ.
fn changed<T: PartialEq>(slot: Option<(T, T)>) -> Option<(T, T)> {
    slot.filter(|(a, b)| a != b)
}

/// The summary of `scope` from the board and its change log.
pub fn summary<'b>(board: &'b Board, log: &[Logged], scope: &Scope) -> Summary<'b> {
    let inside: Vec<&Logged> = log
        .iter()
        .filter(|l| l.time().is_some_and(|t| scope.contains(t.at())))
        .collect();
    let mut cards: Vec<(String, Net)> = Vec::new();
    let mut values: Vec<((String, NaiveDate), Option<f64>)> = Vec::new();
    let mut followed: Vec<(String, (bool, bool))> = Vec::new();
    // Each copy's last merge or undo of it: net, like everything else here.
    let mut merged: Vec<(String, bool)> = Vec::new();
    let mut improvement = Vec::new();
    for l in &inside {
        if l.change.is_improvement() {
            improvement.push(l.change.clone());
        }
        if let Change::Merged { copy, undone, .. } = &l.change {
            match merged.iter_mut().find(|(c, _)| c == copy) {
                Some((_, last)) => *last = !undone,
                None => merged.push((copy.clone(), !undone)),
            }
            continue;
        }
        if let Change::FollowedUp { decision, done, .. } = &l.change {
            match followed.iter_mut().find(|(id, _)| id == decision) {
                Some((_, (_, last))) => *last = *done,
                None => followed.push((decision.clone(), (!done, *done))),
            }
            continue;
        }
        if let Change::Measured {
            indicator,
            date,
            value,
        } = &l.change
        {
            let key = (indicator.clone(), *date);
            match values.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => *v = *value,
                None => values.push((key, *value)),
            }
            continue;
        }
        let Some(id) = l.change.card() else {
            continue;
        };
        let i = match cards.iter().position(|(c, _)| c == id) {
            Some(i) => i,
            None => {
                cards.push((id.to_string(), Net::default()));
                cards.len() - 1
            }
        };
        let net = &mut cards[i].1;
        match &l.change {
            // A measure card made of a risk or deviation, or of an annual-wheel
            // event, is a card added (its undo is logged `removed`).
            Change::Added { title, .. }
            | Change::MeasureMade { title, .. }
            | Change::EventCard { title, .. } => {
                net.title = title.clone();
                step(&mut net.exists, false, true);
            }
            Change::Removed { title, .. } => {
                net.title = title.clone();
                step(&mut net.exists, true, false);
            }
            Change::Moved {
                title, from, to, ..
            } => {
                net.title = title.clone();
                step(&mut net.column, from.clone(), to.clone());
            }
            Change::Archived { title, .. } => {
                net.title = title.clone();
                step(&mut net.archived, false, true);
            }
            Change::Restored { title, .. } => {
                net.title = title.clone();
                step(&mut net.archived, true, false);
            }
            Change::Light {
                title, from, to, ..
            } => {
                net.title = title.clone();
                step(&mut net.light, *from, *to);
            }
            Change::Edited { title, .. } => net.title = title.clone(),
            _ => {}
        }
    }
    let column_title = |id: &str| {
        board
            .column(id)
            .map_or_else(|| id.to_string(), |c| c.title.clone())
    };
    let mut s = Summary {
        date: scope.date(),
        meeting: scope.meeting().cloned(),
        decisions: board
            .decisions
            .iter()
            .filter(|d| scope.contains(d.at.at()))
            .map(|d| DecisionAt::new(d, scope))
            .collect(),
        corrected: board
            .decisions
            .iter()
            .filter(|d| scope.before(d.at.at()))
            .filter_map(|d| {
                let first = d.corrections.iter().find(|c| scope.contains(c.at.at()))?;
                Some(DecisionAt {
                    before: Some(&first.text),
                    ..DecisionAt::new(d, scope)
                })
            })
            .collect(),
        follow_ups: Vec::new(),
        done: Vec::new(),
        added: Vec::new(),
        moved: Vec::new(),
        archived: Vec::new(),
        restored: Vec::new(),
        lights: Vec::new(),
        values: Vec::new(),
        no_owner: board
            .cards
            .iter()
            .filter(|c| {
                !c.archived
                    && !board.is_done(c)
                    && c.owner.as_deref().is_none_or(|o| o.trim().is_empty())
            })
            .collect(),
        attendees: attendees(board, scope),
        merged: merged
            .into_iter()
            .filter(|(_, kept)| *kept)
            .map(|(copy, _)| copy)
            .collect(),
        prepared: super::prep::prepared(log, scope),
        columns: super::columns::columns(inside.iter().copied()),
        improvement,
        operations: crate::operations::minutes_changes(inside.iter().map(|l| &l.change)),
    };
    // Each follow-up's last logged mark up to the end of the scope, in one pass.
    let mut marked: HashMap<&str, bool> = HashMap::new();
    for l in log {
        if let Change::FollowedUp { decision, done, .. } = &l.change
            && l.time().is_some_and(|t| !scope.after(t.at()))
        {
            marked.insert(decision, *done);
        }
    }
    for d in &board.decisions {
        let logged = followed.iter().find(|(id, _)| *id == d.id).map(|(_, n)| *n);
        let done_here = match logged {
            Some((before, after)) => !before && after,
            // Not in the log (a hand edit, a lost log): the board's own stamp.
            None => d.done && d.done_at.as_ref().is_some_and(|t| scope.contains(t.at())),
        };
        if done_here {
            s.done.push(DecisionAt::new(d, scope));
            continue;
        }
        let view = DecisionAt::new(d, scope);
        // Done by the end: its last mark then, else the board's own stamp.
        let done_by_end = marked
            .get(d.id.as_str())
            .copied()
            .unwrap_or_else(|| d.done && d.done_at.as_ref().is_none_or(|t| !scope.after(t.at())));
        if view.is_follow_up() && !scope.after(d.at.at()) && !done_by_end {
            s.follow_ups.push(view);
        }
    }
    s.follow_ups.sort_by_key(|d| (d.due, d.decision.at.at()));
    for (id, net) in cards {
        let card = CardRef {
            id,
            title: net.title,
        };
        match changed(net.exists) {
            // Added and removed again, or removed: nothing the minutes list.
            Some((true, false)) => continue,
            Some((false, true)) => s.added.push(card.clone()),
            _ if net.exists == Some((false, false)) => continue,
            _ => {
                // A card added here is listed as added, where it stands now.
                if let Some((from, to)) = changed(net.column) {
                    s.moved.push(Move {
                        card: card.clone(),
                        from: column_title(&from),
                        to: column_title(&to),
                    });
                }
            }
        }
        match changed(net.archived) {
            Some((false, true)) => s.archived.push(card.clone()),
            Some((true, false)) => s.restored.push(card.clone()),
            _ => {}
        }
        if let Some((from, to)) = changed(net.light) {
            s.lights.push(Relit { card, from, to });
        }
    }
    for ((indicator, date), value) in values {
        // Recorded and removed again: no value was recorded.
        let Some(value) = value else { continue };
        let ind = board.indicators.iter().find(|i| i.id == indicator);
        s.values.push(Value {
            title: ind.map_or_else(|| indicator.clone(), |i| i.title.clone()),
            unit: ind.and_then(|i| i.unit.clone()),
            indicator,
            date,
            value,
        });
    }
    listed_once(&mut s);
    s
}

/// Each decision is listed once: one made (or corrected) in the scope is
/// listed there, with its owner and deadline, and not again among the open
/// follow-ups; one also marked done in the scope carries the mark
/// ([`DecisionAt::done`]) instead of a second line among the follow-ups done.
fn listed_once(s: &mut Summary<'_>) {
    let id = |d: &DecisionAt<'_>| d.decision.id.clone();
    let done: Vec<String> = s.done.iter().map(id).collect();
    let mut shown: Vec<String> = Vec::new();
    for d in s.decisions.iter_mut().chain(s.corrected.iter_mut()) {
        d.done = done.contains(&d.decision.id);
        shown.push(d.decision.id.clone());
    }
    s.follow_ups.retain(|d| !shown.contains(&d.decision.id));
    s.done.retain(|d| !shown.contains(&d.decision.id));
}

/// Who was at the meeting: what its end logged, or for the running meeting
/// who the board says is there. Never anyone from another meeting.
fn attendees(board: &Board, scope: &Scope) -> Vec<String> {
    let Scope::Meeting(span) = scope else {
        return Vec::new();
    };
    let running = board
        .meeting
        .as_ref()
        .and_then(|m| m.running.as_ref())
        .filter(|r| span.running && r.started.at() == span.start);
    let mut out: Vec<String> = Vec::new();
    for a in running.map_or(&span.attendees, |r| &r.attendees) {
        if !a.trim().is_empty() && !out.contains(a) {
            out.push(a.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn board(text: &str) -> Board {
        crate::analyze::analyze_text(text).0.unwrap()
    }

    fn span(from: &str, to: &str, running: bool) -> Scope {
        Scope::Meeting(Span {
            start: DateTime::parse_from_rfc3339(from).unwrap(),
            end: DateTime::parse_from_rfc3339(to).unwrap(),
            running,
            attendees: vec!["Fra loggen".into()],
            incomplete: false,
        })
    }

    #[test]
    fn a_decision_reads_as_it_stood_when_the_meeting_ended() {
        let b = board(
            r#"{"tavle":1,"title":"T","kind":"drift","decisions":[
              {"id":"b1","at":"2026-11-24T09:05:00+01:00","text":"Tredje","owner":"Per","due":"2026-12-03",
               "corrections":[
                 {"at":"2026-11-24T09:06:00+01:00","text":"Første","owner":"Kari","due":"2026-12-01"},
                 {"at":"2026-11-24T14:00:00+01:00","text":"Andre","owner":"Ola","due":"2026-12-02"}]}]}"#,
        );
        let morning = span(
            "2026-11-24T09:00:00+01:00",
            "2026-11-24T09:10:00+01:00",
            false,
        );
        let s = summary(&b, &[], &morning);
        let d = &s.decisions[0];
        // The afternoon's correction is not the morning's: then it said "Andre".
        assert_eq!(
            (d.text, d.owner, d.due, d.corrections),
            (
                "Andre",
                Some("Ola"),
                NaiveDate::from_ymd_opt(2026, 12, 2),
                1
            )
        );
        let afternoon = span(
            "2026-11-24T13:55:00+01:00",
            "2026-11-24T14:05:00+01:00",
            false,
        );
        let s = summary(&b, &[], &afternoon);
        assert!(s.decisions.is_empty());
        assert_eq!(
            s.corrected
                .iter()
                .map(|d| (d.text, d.before, d.corrections))
                .collect::<Vec<_>>(),
            [("Tredje", Some("Andre"), 2)]
        );
    }

    #[test]
    fn the_running_meeting_has_the_attendees_on_the_board() {
        let b = board(
            r#"{"tavle":1,"title":"T","kind":"drift","meeting":{"running":{
              "started":"2026-11-24T09:00:00+01:00","item_started":"2026-11-24T09:00:00+01:00",
              "attendees":["Kari"," ","Kari","Ola"]}}}"#,
        );
        let now = span(
            "2026-11-24T09:00:00+01:00",
            "2026-11-24T09:03:00+01:00",
            true,
        );
        assert_eq!(summary(&b, &[], &now).attendees, ["Kari", "Ola"]);
        // An ended meeting has what its end logged, whatever the board says now.
        let ended = span(
            "2026-11-24T09:00:00+01:00",
            "2026-11-24T09:03:00+01:00",
            false,
        );
        assert_eq!(summary(&b, &[], &ended).attendees, ["Fra loggen"]);
        let day = Scope::Day(NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
        assert!(summary(&b, &[], &day).attendees.is_empty());
    }

    #[test]
    fn a_merge_undone_in_the_meeting_is_not_listed() {
        let b = board(r#"{"tavle":1,"title":"T","kind":"drift"}"#);
        let merged = |copy: &str, undone: bool, at: &str| crate::log::Logged {
            at: at.into(),
            by: "Kari".into(),
            change: Change::Merged {
                copy: copy.into(),
                cards: 1,
                decisions: 0,
                values: 0,
                chosen: 0,
                removed: Vec::new(),
                changed: 0,
                renamed: 0,
                undone,
            },
        };
        let log = [
            merged("a (1).json", false, "2026-11-24T09:01:00+01:00"),
            merged("b (1).json", false, "2026-11-24T09:02:00+01:00"),
            merged("b (1).json", true, "2026-11-24T09:03:00+01:00"),
        ];
        let s = summary(
            &b,
            &log,
            &span(
                "2026-11-24T09:00:00+01:00",
                "2026-11-24T09:10:00+01:00",
                false,
            ),
        );
        assert_eq!(s.merged, ["a (1).json"]);
    }
}

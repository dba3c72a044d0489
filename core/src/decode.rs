//! Turn a parsed JSON tree into a [`Board`], reporting every schema problem at the
//! exact value it concerns (not just the first one, as serde would). Fields the
//! model does not know are kept in `extra`.

use chrono::NaiveDate;

use crate::diag::{DiagKind, Diagnostic, Expected, Found, Location, suggest};
use crate::json::{Member, Node, Value};
use crate::model::{
    AgendaItem, Board, Card, CardRef, Column, Extra, FORMAT_VERSION, Kind, Light, Meeting, Running,
    Timestamp,
};

mod improvement;
mod operations;
mod records;

/// Decode a board. Returns the board only when there were no errors; the
/// diagnostics hold every problem found either way.
pub fn decode_board(root: &Node) -> (Option<Board>, Vec<Diagnostic>) {
    let mut d = Dec { diags: Vec::new() };
    let board = d.board(root);
    // A newer format version is an error for `check`, but the board is still
    // shown (read-only) when everything else decodes.
    let ok = d
        .diags
        .iter()
        .all(|x| matches!(x.kind, DiagKind::NewerVersion { .. }));
    (board.filter(|_| ok), d.diags)
}

/// A board written as a `serde_json` value, decoded as a file of it would
/// be (for tests, which build boards with `json!`).
#[cfg(test)]
pub(crate) fn decode_value(v: &serde_json::Value) -> (Option<Board>, Vec<Diagnostic>) {
    let text = v.to_string();
    match crate::json::parse(&text) {
        Ok(root) => decode_board(&root),
        Err(e) => panic!("{e:?}"),
    }
}

/// [`decode_value`] of a value that must be a board.
#[cfg(test)]
pub(crate) fn board_of(v: &serde_json::Value) -> Board {
    let (board, diags) = decode_value(v);
    board.unwrap_or_else(|| panic!("{diags:?}"))
}

/// Parse a date written `YYYY-MM-DD`, exactly (no `2026-1-5`, no time part).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    // The shape holds: digits where the numbers are (chrono's
    // `parse_from_str` with a format took longer than the rest of a card).
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0'));
    let year = i32::try_from(num(0..4)).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7), num(8..10))
}

fn found(node: &Node) -> Found {
    match node.value {
        Value::Null => Found::Null,
        Value::Bool(_) => Found::Bool,
        Value::Number(_) => Found::Number,
        Value::String(_) => Found::String,
        Value::Array(_) => Found::Array,
        Value::Object(_) => Found::Object,
    }
}

struct Dec {
    diags: Vec<Diagnostic>,
}

/// The members of one object being decoded; what is not taken ends in `extra`.
struct Fields<'n> {
    node: &'n Node<'n>,
    members: &'n [Member<'n>],
    taken: Vec<bool>,
}

impl<'n> Fields<'n> {
    /// The value of `key`, or `None` when absent. `null` counts as absent.
    fn take(&mut self, key: &str) -> Option<&'n Node<'n>> {
        let i = self.members.iter().rposition(|m| m.key == key)?;
        self.taken[i] = true;
        let node = &self.members[i].node;
        (!matches!(node.value, Value::Null)).then_some(node)
    }

    fn rest(self) -> Extra {
        self.members
            .iter()
            .zip(&self.taken)
            .filter(|(_, t)| !**t)
            .map(|(m, _)| (m.key.to_string(), m.node.to_serde()))
            .collect()
    }
}

impl Dec {
    fn error(&mut self, offset: usize, kind: DiagKind) {
        self.diags
            .push(Diagnostic::error(Location::Offset(offset), kind));
    }

    fn wrong_type(&mut self, node: &Node, expected: Expected) {
        self.error(
            node.span.start,
            DiagKind::WrongType {
                expected,
                found: found(node),
            },
        );
    }

    fn object<'n>(&mut self, node: &'n Node<'n>) -> Option<Fields<'n>> {
        let Some(members) = node.members() else {
            self.wrong_type(node, Expected::Object);
            return None;
        };
        for (i, m) in members.iter().enumerate() {
            if members[..i].iter().any(|p| p.key == m.key) {
                self.error(
                    m.key_span.start,
                    DiagKind::DuplicateKey {
                        key: m.key.to_string(),
                    },
                );
            }
        }
        Some(Fields {
            node,
            members,
            taken: vec![false; members.len()],
        })
    }

    /// A required field: reports it missing at the object's opening brace.
    fn req<'n, T>(
        &mut self,
        f: &mut Fields<'n>,
        key: &'static str,
        get: impl FnOnce(&mut Self, &'n Node<'n>) -> Option<T>,
    ) -> Option<T> {
        match f.take(key) {
            Some(node) => get(self, node),
            None => {
                self.error(f.node.span.start, DiagKind::Missing { field: key });
                None
            }
        }
    }

    /// An optional field: `Ok(None)` when absent, `Err(())` when present but bad.
    fn opt<'n, T>(
        &mut self,
        f: &mut Fields<'n>,
        key: &str,
        get: impl FnOnce(&mut Self, &'n Node<'n>) -> Option<T>,
    ) -> Result<Option<T>, ()> {
        match f.take(key) {
            Some(node) => get(self, node).map(Some).ok_or(()),
            None => Ok(None),
        }
    }

    fn string(&mut self, node: &Node) -> Option<String> {
        self.text(node).map(str::to_string)
    }

    /// A string's text, borrowed from the tree (for a value parsed from it).
    fn text<'n>(&mut self, node: &'n Node) -> Option<&'n str> {
        match &node.value {
            Value::String(s) => Some(s),
            _ => {
                self.wrong_type(node, Expected::String);
                None
            }
        }
    }

    fn bool(&mut self, node: &Node) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(node, Expected::Bool);
                None
            }
        }
    }

    fn number(&mut self, node: &Node) -> Option<f64> {
        match &node.value {
            Value::Number(n) => match n.parse::<f64>() {
                Ok(v) if v.is_finite() => Some(v),
                _ => {
                    self.wrong_type(node, Expected::Number);
                    None
                }
            },
            _ => {
                self.wrong_type(node, Expected::Number);
                None
            }
        }
    }

    fn whole(&mut self, node: &Node, min: u64, max: u64) -> Option<u64> {
        let Value::Number(n) = &node.value else {
            self.wrong_type(node, Expected::WholeNumber);
            return None;
        };
        match n.parse::<u64>() {
            Ok(v) if (min..=max).contains(&v) => Some(v),
            Ok(_) => {
                self.error(
                    node.span.start,
                    DiagKind::OutOfRange {
                        value: n.to_string(),
                        min,
                        max,
                    },
                );
                None
            }
            Err(_) if n.starts_with('-') && !n.contains(['.', 'e', 'E']) => {
                self.error(
                    node.span.start,
                    DiagKind::OutOfRange {
                        value: n.to_string(),
                        min,
                        max,
                    },
                );
                None
            }
            Err(_) => {
                self.wrong_type(node, Expected::WholeNumber);
                None
            }
        }
    }

    fn date(&mut self, node: &Node) -> Option<NaiveDate> {
        let s = self.text(node)?;
        let d = parse_iso_date(s);
        if d.is_none() {
            let value = s.to_string();
            self.error(node.span.start, DiagKind::BadDate { value });
        }
        d
    }

    fn timestamp(&mut self, node: &Node) -> Option<Timestamp> {
        let s = self.text(node)?;
        let t = Timestamp::parse(s);
        if t.is_none() {
            let value = s.to_string();
            self.error(node.span.start, DiagKind::BadTimestamp { value });
        }
        t
    }

    fn choice<T>(
        &mut self,
        node: &Node,
        allowed: &'static [&'static str],
        parse: fn(&str) -> Option<T>,
    ) -> Option<T> {
        let s = self.text(node)?;
        let v = parse(s);
        if v.is_none() {
            self.error(
                node.span.start,
                DiagKind::UnknownValue {
                    suggestion: suggest(s, allowed),
                    value: s.to_string(),
                    allowed,
                },
            );
        }
        v
    }

    /// A list whose items are decoded one by one; a bad item is reported and skipped.
    fn list<'n, T>(
        &mut self,
        node: &'n Node<'n>,
        mut item: impl FnMut(&mut Self, &'n Node<'n>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Value::Array(items) = &node.value else {
            self.wrong_type(node, Expected::Array);
            return None;
        };
        // Sized for every item at once: a card is over a kilobyte, and a
        // list grown by doubling moves them all again each time.
        let mut out = Vec::with_capacity(items.len());
        out.extend(items.iter().filter_map(|n| item(self, n)));
        Some(out)
    }

    fn strings(&mut self, node: &Node) -> Option<Vec<String>> {
        self.list(node, Self::string)
    }

    fn board(&mut self, root: &Node) -> Option<Board> {
        let mut f = self.object(root)?;
        let tavle = self.req(&mut f, "tavle", |d, n| d.whole(n, 1, u64::MAX));
        if let Some(v) = tavle.filter(|v| *v > FORMAT_VERSION) {
            let at = f.members.iter().rfind(|m| m.key == "tavle");
            let offset = at.map_or(root.span.start, |m| m.node.span.start);
            self.error(offset, DiagKind::NewerVersion { found: v });
        }
        let title = self.req(&mut f, "title", Self::string);
        let kind = self.req(&mut f, "kind", |d, n| d.choice(n, Kind::NAMES, Kind::parse));
        let unit = self.opt(&mut f, "unit", Self::string);
        let team_leader = self.opt(&mut f, "team_leader", Self::string);
        let measurement_lead = self.opt(&mut f, "measurement_lead", Self::string);
        let panels = self.opt(&mut f, "panels", Self::strings);
        let meeting = self.opt(&mut f, "meeting", Self::meeting);
        let columns = self.opt(&mut f, "columns", |d, n| d.list(n, Self::column));
        let cards = self.opt(&mut f, "cards", |d, n| d.list(n, Self::card));
        let goals = self.opt(&mut f, "goals", |d, n| d.list(n, Self::goal));
        let indicators = self.opt(&mut f, "indicators", |d, n| d.list(n, Self::indicator));
        let decisions = self.opt(&mut f, "decisions", |d, n| d.list(n, Self::decision));
        let routines = self.opt(&mut f, "routines", |d, n| d.list(n, Self::routine));
        let staffing = self.opt(&mut f, "staffing", Self::staffing);
        let risks = self.opt(&mut f, "risks", |d, n| d.list(n, Self::risk));
        let deviations = self.opt(&mut f, "deviations", |d, n| d.list(n, Self::deviation));
        let wheel = self.opt(&mut f, "wheel", |d, n| d.list(n, Self::wheel_event));
        let revisions = self.opt(&mut f, "revisions", Self::strings);
        Some(Board {
            tavle: tavle?,
            title: title?,
            kind: kind?,
            unit: unit.ok()?,
            team_leader: team_leader.ok()?,
            measurement_lead: measurement_lead.ok()?,
            panels: panels.ok()?.unwrap_or_default(),
            meeting: meeting.ok()?,
            columns: columns.ok()?.unwrap_or_default(),
            cards: cards.ok()?.unwrap_or_default(),
            goals: goals.ok()?.unwrap_or_default(),
            indicators: indicators.ok()?.unwrap_or_default(),
            decisions: decisions.ok()?.unwrap_or_default(),
            routines: routines.ok()?.unwrap_or_default(),
            staffing: staffing.ok()?,
            risks: risks.ok()?.unwrap_or_default(),
            deviations: deviations.ok()?.unwrap_or_default(),
            wheel: wheel.ok()?.unwrap_or_default(),
            revisions: revisions.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }

    fn meeting(&mut self, node: &Node) -> Option<Meeting> {
        let mut f = self.object(node)?;
        let minutes = self.opt(&mut f, "minutes", |d, n| d.whole(n, 1, 24 * 60));
        let goal = self.opt(&mut f, "goal", Self::string);
        let agenda = self.opt(&mut f, "agenda", |d, n| d.list(n, Self::agenda_item));
        let team = self.opt(&mut f, "team", Self::strings);
        let running = self.opt(&mut f, "running", Self::running);
        Some(Meeting {
            minutes: minutes.ok()?,
            goal: goal.ok()?,
            agenda: agenda.ok()?.unwrap_or_default(),
            team: team.ok()?.unwrap_or_default(),
            running: running.ok()?,
            extra: f.rest(),
        })
    }

    fn agenda_item(&mut self, node: &Node) -> Option<AgendaItem> {
        if let Value::String(s) = &node.value {
            return Some(AgendaItem::new(s));
        }
        let mut f = self.object(node)?;
        let title = self.req(&mut f, "title", Self::string);
        let minutes = self.opt(&mut f, "minutes", |d, n| d.whole(n, 1, 24 * 60));
        Some(AgendaItem {
            title: title?,
            minutes: minutes.ok()?,
            extra: f.rest(),
        })
    }

    fn running(&mut self, node: &Node) -> Option<Running> {
        let mut f = self.object(node)?;
        let started = self.req(&mut f, "started", Self::timestamp);
        let item = self.opt(&mut f, "item", |d, n| d.whole(n, 0, u64::MAX));
        let item_started = self.req(&mut f, "item_started", Self::timestamp);
        let attendees = self.opt(&mut f, "attendees", Self::strings);
        Some(Running {
            started: started?,
            item: item.ok()?.unwrap_or(0),
            item_started: item_started?,
            attendees: attendees.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }

    fn column(&mut self, node: &Node) -> Option<Column> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let title = self.req(&mut f, "title", Self::string);
        let wip = self.opt(&mut f, "wip", |d, n| d.whole(n, 1, u64::MAX));
        let done = self.opt(&mut f, "done", Self::bool);
        Some(Column {
            id: id?,
            title: title?,
            wip: wip.ok()?,
            done: done.ok()?,
            extra: f.rest(),
        })
    }

    fn card(&mut self, node: &Node) -> Option<Card> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let title = self.req(&mut f, "title", Self::string);
        let column = self.req(&mut f, "column", Self::string);
        let owner = self.opt(&mut f, "owner", Self::string);
        let due = self.opt(&mut f, "due", Self::date);
        let light = self.opt(&mut f, "light", |d, n| {
            d.choice(n, Light::NAMES, Light::parse)
        });
        let tags = self.opt(&mut f, "tags", Self::strings);
        let note = self.opt(&mut f, "note", Self::string);
        let goal = self.opt(&mut f, "goal", Self::string);
        let archived = self.opt(&mut f, "archived", Self::bool);
        let created = self.opt(&mut f, "created", Self::timestamp);
        let updated = self.opt(&mut f, "updated", Self::timestamp);
        let updated_by = self.opt(&mut f, "updated_by", Self::string);
        let source = self.opt(&mut f, "source", Self::string);
        let received = self.opt(&mut f, "received", Self::date);
        let effect = self.opt(&mut f, "effect", |d, n| d.whole(n, 1, 3));
        let effort = self.opt(&mut f, "effort", |d, n| d.whole(n, 1, 3));
        let indicator = self.opt(&mut f, "indicator", Self::string);
        let pdsa = self.opt(&mut f, "pdsa", |d, n| d.list(n, Self::cycle));
        let evaluation = self.opt(&mut f, "evaluation", Self::evaluation);
        let benefit = self.opt(&mut f, "benefit", Self::benefit);
        let a3 = self.opt(&mut f, "a3", Self::a3);
        let risk = self.opt(&mut f, "risk", Self::string);
        let deviation = self.opt(&mut f, "deviation", Self::string);
        let escalated_to = self.opt(&mut f, "escalated_to", Self::card_ref);
        let escalated_from = self.opt(&mut f, "escalated_from", Self::card_ref);
        Some(Card {
            id: id?,
            title: title?,
            column: column?,
            owner: owner.ok()?,
            due: due.ok()?,
            light: light.ok()?,
            tags: tags.ok()?.unwrap_or_default(),
            note: note.ok()?,
            goal: goal.ok()?,
            archived: archived.ok()?.unwrap_or(false),
            created: created.ok()?,
            updated: updated.ok()?,
            updated_by: updated_by.ok()?,
            source: source.ok()?,
            received: received.ok()?,
            effect: effect.ok()?.map(|v| v as u8),
            effort: effort.ok()?.map(|v| v as u8),
            indicator: indicator.ok()?,
            pdsa: pdsa.ok()?.unwrap_or_default(),
            evaluation: evaluation.ok()?,
            benefit: benefit.ok()?,
            a3: a3.ok()?,
            risk: risk.ok()?,
            deviation: deviation.ok()?,
            escalated_to: escalated_to.ok()?,
            escalated_from: escalated_from.ok()?,
            extra: f.rest(),
        })
    }

    fn card_ref(&mut self, node: &Node) -> Option<CardRef> {
        let mut f = self.object(node)?;
        let board = self.req(&mut f, "board", Self::string);
        let card = self.req(&mut f, "card", Self::string);
        Some(CardRef {
            board: board?,
            card: card?,
            extra: f.rest(),
        })
    }
}

#[cfg(test)]
mod tests;

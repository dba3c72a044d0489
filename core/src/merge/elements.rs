//! How each kind of element of a board merges: the board's own fields, the
//! meeting, columns, cards, goals, indicators and their values, decisions and
//! their corrections. The rules are in the module doc of `merge`.
//!
//! Pure: values in, merged value out; conflicts and notes go to the [`Cx`].

use super::byid::{ById, keep_one, time_key};
use super::cx::{Cx, Fields, settle, text};
use super::list::{self, Rules};
use super::{Element, NoteKind, Path, Side};
use crate::model::{
    Board, Card, Column, Correction, Decision, Goal, Indicator, Measurement, Meeting, Routine,
    Timestamp,
};

/// Merge two whole boards; `base` is the common ancestor, if known.
pub(super) fn board(cx: &mut Cx<'_>, base: Option<&Board>, a: &Board, b: &Board) -> Board {
    let mut f = Fields {
        cx,
        element: Element::Board,
        base,
        board: a,
        copy: b,
    };
    let tavle = f.pick("tavle", |x| &x.tavle);
    let title = f.pick("title", |x| &x.title);
    let kind = f.pick("kind", |x| &x.kind);
    let unit = f.pick("unit", |x| &x.unit);
    let team_leader = f.pick("team_leader", |x| &x.team_leader);
    let measurement_lead = f.pick("measurement_lead", |x| &x.measurement_lead);
    let panels = f.pick("panels", |x| &x.panels);
    let extra = f.extra(|x| &x.extra);
    let base_meeting = base.map(|o| o.meeting.as_ref());
    let meeting = meeting(cx, base_meeting, a.meeting.as_ref(), b.meeting.as_ref());
    macro_rules! list {
        ($field:ident, $rules:expr) => {
            list::merge(
                cx,
                &$rules,
                base.map(|o| &o.$field[..]),
                &a.$field,
                &b.$field,
            )
        };
    }
    let columns = list!(columns, ById::new("columns", Element::Column, column));
    let cards = list!(cards, ById::new("cards", Element::Card, card));
    let goals = list!(goals, ById::new("goals", Element::Goal, goal));
    let indicators = list!(
        indicators,
        ById::records("indicators", Element::Indicator, indicator)
    );
    let decisions = list!(
        decisions,
        ById::records("decisions", Element::Decision, decision)
    );
    let routines = list!(routines, ById::new("routines", Element::Routine, routine));
    let base_staffing = base.map(|o| o.staffing.as_ref());
    let staffing =
        super::operations::staffing(cx, base_staffing, a.staffing.as_ref(), b.staffing.as_ref());
    let risks = list!(
        risks,
        ById::new("risks", Element::Risk, super::operations::risk)
    );
    let deviations = list!(
        deviations,
        ById::records(
            "deviations",
            Element::Deviation,
            super::operations::deviation
        )
    );
    let wheel = list!(
        wheel,
        ById::new("wheel", Element::Event, super::operations::event)
    );
    Board {
        tavle,
        title,
        kind,
        unit,
        team_leader,
        measurement_lead,
        panels,
        meeting,
        columns,
        cards,
        goals,
        indicators,
        decisions,
        routines,
        staffing,
        risks,
        deviations,
        wheel,
        // Bookkeeping, never a conflict: both histories, the board's first.
        revisions: crate::revision::union(&a.revisions, &b.revisions),
        extra,
    }
}

/// The meeting is one optional element: added, removed or merged field by field.
fn meeting(
    cx: &mut Cx<'_>,
    base: Option<Option<&Meeting>>,
    a: Option<&Meeting>,
    b: Option<&Meeting>,
) -> Option<Meeting> {
    let (x, side) = match (a, b) {
        (Some(x), Some(y)) => {
            let mut f = Fields {
                cx,
                element: Element::Meeting,
                base: base.flatten(),
                board: x,
                copy: y,
            };
            return Some(Meeting {
                minutes: f.pick("minutes", |m| &m.minutes),
                goal: f.pick("goal", |m| &m.goal),
                agenda: f.pick("agenda", |m| &m.agenda),
                team: f.pick("team", |m| &m.team),
                running: f.pick("running", |m| &m.running),
                extra: f.extra(|m| &m.extra),
            });
        }
        (Some(x), None) => (x, Side::Board),
        (None, Some(y)) => (y, Side::Copy),
        (None, None) => return None,
    };
    match base.flatten() {
        None => Some(x.clone()),
        Some(o) if o == x => None,
        Some(_) => {
            let removed_on = side.other();
            cx.note(Element::Meeting, NoteKind::KeptEdited { removed_on });
            Some(x.clone())
        }
    }
}

fn column(cx: &mut Cx<'_>, o: Option<&Column>, a: &Column, b: &Column) -> Column {
    let element = Element::Column(a.id.clone());
    let mut f = Fields {
        cx,
        element,
        base: o,
        board: a,
        copy: b,
    };
    Column {
        id: a.id.clone(),
        title: f.pick("title", |c| &c.title),
        wip: f.pick("wip", |c| &c.wip),
        done: f.pick("done", |c| &c.done),
        extra: f.extra(|c| &c.extra),
    }
}

fn card(cx: &mut Cx<'_>, o: Option<&Card>, a: &Card, b: &Card) -> Card {
    let element = Element::Card(a.id.clone());
    let mut f = Fields {
        cx,
        element,
        base: o,
        board: a,
        copy: b,
    };
    let created = settle(o.map(|c| &c.created), &a.created, &b.created)
        .cloned()
        .unwrap_or_else(|| earliest([&a.created, &b.created]));
    let (updated, updated_by) = latest_edit(o, a, b);
    Card {
        id: a.id.clone(),
        title: f.pick("title", |c| &c.title),
        column: f.pick("column", |c| &c.column),
        owner: f.pick("owner", |c| &c.owner),
        due: f.pick("due", |c| &c.due),
        light: f.pick("light", |c| &c.light),
        tags: f.pick("tags", |c| &c.tags),
        note: f.pick("note", |c| &c.note),
        goal: f.pick("goal", |c| &c.goal),
        archived: archived(&mut f),
        created,
        updated,
        updated_by,
        source: f.pick("source", |c| &c.source),
        received: f.pick("received", |c| &c.received),
        effect: f.pick("effect", |c| &c.effect),
        effort: f.pick("effort", |c| &c.effort),
        indicator: f.pick("indicator", |c| &c.indicator),
        // A card's cycles, evaluation, benefit plan and A3 are each one
        // field: two sides that wrote different answers are asked.
        pdsa: f.pick("pdsa", |c| &c.pdsa),
        evaluation: f.pick("evaluation", |c| &c.evaluation),
        benefit: f.pick("benefit", |c| &c.benefit),
        a3: f.pick("a3", |c| &c.a3),
        risk: f.pick("risk", |c| &c.risk),
        deviation: f.pick("deviation", |c| &c.deviation),
        escalated_to: f.pick("escalated_to", |c| &c.escalated_to),
        escalated_from: f.pick("escalated_from", |c| &c.escalated_from),
        extra: f.extra(|c| &c.extra),
    }
}

/// Archived on one side while edited on the other: the edit is work someone did
/// on a card they could see, so the card stays visible and the user is told.
fn archived(f: &mut Fields<'_, '_, Card>) -> bool {
    let (a, b) = (f.board, f.copy);
    if let Some(o) = f.base
        && a.archived != b.archived
    {
        // A flag has two values, so exactly one side changed it.
        let (changed, other, side) = if o.archived == a.archived {
            (b, a, Side::Copy)
        } else {
            (a, b, Side::Board)
        };
        if changed.archived && edited(o, other) {
            let kind = NoteKind::Unarchived { archived_on: side };
            f.cx.note(f.element.clone(), kind);
            return false;
        }
        return changed.archived;
    }
    f.pick("archived", |c| &c.archived)
}

/// Whether `card` differs from `base` in more than archiving and bookkeeping.
fn edited(base: &Card, card: &Card) -> bool {
    let strip = |c: &Card| Card {
        archived: false,
        updated: None,
        updated_by: None,
        ..c.clone()
    };
    strip(base) != strip(card)
}

/// `updated` and `updated_by` go together: the one side's change, else the
/// later edit with the name of who made it.
fn latest_edit(o: Option<&Card>, a: &Card, b: &Card) -> (Option<Timestamp>, Option<String>) {
    let pair = |c: &Card| (c.updated.clone(), c.updated_by.clone());
    let (pa, pb) = (pair(a), pair(b));
    if let Some(v) = settle(o.map(pair).as_ref(), &pa, &pb) {
        return v.clone();
    }
    let key = |p: &(Option<Timestamp>, Option<String>)| {
        let at = p.0.as_ref().map(|t| (t.at(), t.as_str().to_string()));
        (at, p.1.clone())
    };
    if key(&pa) >= key(&pb) { pa } else { pb }
}

/// The earliest of some optional times (the raw text breaks ties), if any.
fn earliest<'t>(times: impl IntoIterator<Item = &'t Option<Timestamp>>) -> Option<Timestamp> {
    times
        .into_iter()
        .flatten()
        .min_by_key(|t| (t.at(), t.as_str().to_string()))
        .cloned()
}

fn goal(cx: &mut Cx<'_>, o: Option<&Goal>, a: &Goal, b: &Goal) -> Goal {
    let element = Element::Goal(a.id.clone());
    let mut f = Fields {
        cx,
        element,
        base: o,
        board: a,
        copy: b,
    };
    Goal {
        id: a.id.clone(),
        title: f.pick("title", |g| &g.title),
        kind: f.pick("type", |g| &g.kind),
        target: f.pick("target", |g| &g.target),
        due: f.pick("due", |g| &g.due),
        parent: f.pick("parent", |g| &g.parent),
        light: f.pick("light", |g| &g.light),
        extra: f.extra(|g| &g.extra),
    }
}

fn indicator(cx: &mut Cx<'_>, o: Option<&Indicator>, a: &Indicator, b: &Indicator) -> Indicator {
    let element = Element::Indicator(a.id.clone());
    let mut f = Fields {
        cx,
        element,
        base: o,
        board: a,
        copy: b,
    };
    Indicator {
        id: a.id.clone(),
        title: f.pick("title", |i| &i.title),
        unit: f.pick("unit", |i| &i.unit),
        target: f.pick("target", |i| &i.target),
        better: f.pick("better", |i| &i.better),
        every: f.pick("every", |i| &i.every),
        measured_by: f.pick("measured_by", |i| &i.measured_by),
        values: list::merge(
            f.cx,
            &Values(&a.id),
            o.map(|i| &i.values[..]),
            &a.values,
            &b.values,
        ),
        extra: f.extra(|i| &i.extra),
    }
}

fn decision(cx: &mut Cx<'_>, o: Option<&Decision>, a: &Decision, b: &Decision) -> Decision {
    let element = Element::Decision(a.id.clone());
    let mut f = Fields {
        cx,
        element,
        base: o,
        board: a,
        copy: b,
    };
    // A follow-up done on either side is done, since it was first done.
    let done = settle(o.map(|d| &d.done), &a.done, &b.done).is_none_or(|d| *d);
    let done_at = settle(o.map(|d| &d.done_at), &a.done_at, &b.done_at)
        .cloned()
        .unwrap_or_else(|| earliest([a, b].iter().filter(|d| d.done == done).map(|d| &d.done_at)));
    Decision {
        id: a.id.clone(),
        at: f.pick("at", |d| &d.at),
        text: f.pick("text", |d| &d.text),
        owner: f.pick("owner", |d| &d.owner),
        due: f.pick("due", |d| &d.due),
        card: f.pick("card", |d| &d.card),
        by: f.pick("by", |d| &d.by),
        done,
        done_at,
        corrections: list::merge(
            f.cx,
            &Corrections(&a.id),
            o.map(|d| &d.corrections[..]),
            &a.corrections,
            &b.corrections,
        ),
        extra: f.extra(|d| &d.extra),
    }
}

fn routine(cx: &mut Cx<'_>, o: Option<&Routine>, a: &Routine, b: &Routine) -> Routine {
    let element = Element::Routine(a.id.clone());
    let mut f = Fields {
        cx,
        element,
        base: o,
        board: a,
        copy: b,
    };
    Routine {
        id: a.id.clone(),
        title: f.pick("title", |r| &r.title),
        purpose: f.pick("purpose", |r| &r.purpose),
        content: f.pick("content", |r| &r.content),
        arenas: f.pick("arenas", |r| &r.arenas),
        follow_up: f.pick("follow_up", |r| &r.follow_up),
        revision: f.pick("revision", |r| &r.revision),
        card: f.pick("card", |r| &r.card),
        // Bookkeeping, as a card's: the earlier time.
        created: settle(o.map(|r| &r.created), &a.created, &b.created)
            .cloned()
            .unwrap_or_else(|| earliest([&a.created, &b.created])),
        extra: f.extra(|r| &r.extra),
    }
}

/// The values of one indicator, by date; never dropped.
struct Values<'a>(&'a str);

impl Values<'_> {
    fn element(&self, m: &Measurement) -> Element {
        Element::Value {
            indicator: self.0.to_string(),
            date: m.date,
        }
    }
}

impl Rules<Measurement> for Values<'_> {
    fn at(&self) -> Path {
        Path {
            element: Element::Indicator(self.0.to_string()),
            field: "values".to_string(),
        }
    }

    fn ask_order(&self) -> bool {
        false
    }

    fn key(&self, x: &Measurement) -> String {
        x.date.to_string()
    }

    fn tie(&self, x: &Measurement) -> String {
        x.date.to_string()
    }

    fn both(
        &self,
        cx: &mut Cx<'_>,
        o: Option<&Measurement>,
        a: &Measurement,
        b: &Measurement,
    ) -> Measurement {
        let mut f = Fields {
            cx,
            element: self.element(a),
            base: o,
            board: a,
            copy: b,
        };
        Measurement {
            date: a.date,
            value: f.pick("value", |m| &m.value),
            extra: f.extra(|m| &m.extra),
        }
    }

    fn one(
        &self,
        cx: &mut Cx<'_>,
        o: Option<&Measurement>,
        x: &Measurement,
        side: Side,
    ) -> Option<Measurement> {
        keep_one(cx, self.element(x), o, x, side, true)
    }

    fn base_only(&self, cx: &mut Cx<'_>, o: &Measurement) -> Option<Measurement> {
        cx.note(self.element(o), NoteKind::KeptRecord { removed_on: None });
        Some(o.clone())
    }
}

/// The corrections of one decision: a set in time order. A correction is never
/// edited, only added, or taken back by undo; so one the base has and a side
/// lacks was taken back there.
struct Corrections<'a>(&'a str);

impl Rules<Correction> for Corrections<'_> {
    fn at(&self) -> Path {
        Path {
            element: Element::Decision(self.0.to_string()),
            field: "corrections".to_string(),
        }
    }

    fn ask_order(&self) -> bool {
        false
    }

    fn key(&self, x: &Correction) -> String {
        text(x)
    }

    fn tie(&self, x: &Correction) -> String {
        time_key(&x.at)
    }

    fn both(
        &self,
        _: &mut Cx<'_>,
        _: Option<&Correction>,
        a: &Correction,
        _: &Correction,
    ) -> Correction {
        a.clone()
    }

    fn one(
        &self,
        _: &mut Cx<'_>,
        o: Option<&Correction>,
        x: &Correction,
        _: Side,
    ) -> Option<Correction> {
        o.is_none().then(|| x.clone())
    }

    fn base_only(&self, _: &mut Cx<'_>, _: &Correction) -> Option<Correction> {
        None
    }
}

//! How an operations board's own elements merge: risks and wheel events by
//! id field by field like routines, deviations by id as records (a
//! registered deviation is never dropped, like a decision), and staffing as
//! one optional element whose shifts are one field and whose entries merge
//! by date and shift, field by field. The rules are in the module doc of
//! `merge`. Pure.

use std::collections::HashSet;

use super::byid::{Identified, keep_one};
use super::cx::{Cx, Fields, settle, text};
use super::ids::{colliding, fresh};
use super::list::{self, Rules};
use super::{Element, NoteKind, Path, Renamed, Side};
use crate::model::{Board, Deviation, Risk, StaffEntry, Staffing, Timestamp, WheelEvent};

/// Give the copy's risks, deviations and wheel events that collide with the
/// board's (both sides made `ri3`, different risks) fresh ids, as
/// routines get: each is all content, so two with one id are one only when
/// equal. The copy's cards made of a renamed risk or deviation follow it.
pub(super) fn split_collisions(
    base: Option<&Board>,
    board: &Board,
    copy: &mut Board,
    renamed: &mut Vec<Renamed>,
) {
    let all = |copy: &Board, f: fn(&Board) -> Vec<&str>| -> HashSet<String> {
        base.into_iter()
            .chain([board, copy])
            .flat_map(f)
            .map(str::to_string)
            .collect()
    };
    let mut used = all(copy, |b| b.risks.iter().map(|r| r.id.as_str()).collect());
    let collided = colliding(
        &copy.risks,
        &board.risks,
        |r| &r.id,
        text,
        |id| base.is_some_and(|o| o.risk(id).is_some()),
    );
    for (old, at) in collided {
        let new = fresh(&old, &mut used);
        if let Some(r) = copy.risks.get_mut(at) {
            r.id.clone_from(&new);
        }
        for c in copy
            .cards
            .iter_mut()
            .filter(|c| c.risk.as_deref() == Some(&old))
        {
            if board.card(&c.id) != Some(&*c) {
                c.risk = Some(new.clone());
            }
        }
        renamed.push(Renamed {
            element: Element::Risk(new),
            from: old,
        });
    }
    let mut used = all(copy, |b| {
        b.deviations.iter().map(|d| d.id.as_str()).collect()
    });
    let collided = colliding(
        &copy.deviations,
        &board.deviations,
        |d| &d.id,
        text,
        |id| base.is_some_and(|o| o.deviation(id).is_some()),
    );
    for (old, at) in collided {
        let new = fresh(&old, &mut used);
        if let Some(d) = copy.deviations.get_mut(at) {
            d.id.clone_from(&new);
        }
        for c in copy
            .cards
            .iter_mut()
            .filter(|c| c.deviation.as_deref() == Some(&old))
        {
            if board.card(&c.id) != Some(&*c) {
                c.deviation = Some(new.clone());
            }
        }
        renamed.push(Renamed {
            element: Element::Deviation(new),
            from: old,
        });
    }
    let mut used = all(copy, |b| b.wheel.iter().map(|e| e.id.as_str()).collect());
    let collided = colliding(
        &copy.wheel,
        &board.wheel,
        |e| &e.id,
        text,
        |id| base.is_some_and(|o| o.event(id).is_some()),
    );
    for (old, at) in collided {
        let new = fresh(&old, &mut used);
        if let Some(e) = copy.wheel.get_mut(at) {
            e.id.clone_from(&new);
        }
        renamed.push(Renamed {
            element: Element::Event(new),
            from: old,
        });
    }
}

impl Identified for Risk {
    fn id(&self) -> &str {
        &self.id
    }
    fn born(&self) -> Option<&Timestamp> {
        self.created.as_ref()
    }
}

impl Identified for Deviation {
    fn id(&self) -> &str {
        &self.id
    }
    fn born(&self) -> Option<&Timestamp> {
        self.created.as_ref()
    }
}

impl Identified for WheelEvent {
    fn id(&self) -> &str {
        &self.id
    }
}

fn earlier(
    o: Option<&Option<Timestamp>>,
    a: &Option<Timestamp>,
    b: &Option<Timestamp>,
) -> Option<Timestamp> {
    settle(o, a, b).cloned().unwrap_or_else(|| {
        [a, b]
            .into_iter()
            .flatten()
            .min_by_key(|t| (t.at(), t.as_str().to_string()))
            .cloned()
    })
}

pub(super) fn risk(cx: &mut Cx<'_>, o: Option<&Risk>, a: &Risk, b: &Risk) -> Risk {
    let mut f = Fields {
        cx,
        element: Element::Risk(a.id.clone()),
        base: o,
        board: a,
        copy: b,
    };
    Risk {
        id: a.id.clone(),
        title: f.pick("title", |r| &r.title),
        likelihood: f.pick("likelihood", |r| &r.likelihood),
        consequence: f.pick("consequence", |r| &r.consequence),
        owner: f.pick("owner", |r| &r.owner),
        card: f.pick("card", |r| &r.card),
        created: earlier(o.map(|r| &r.created), &a.created, &b.created),
        extra: f.extra(|r| &r.extra),
    }
}

pub(super) fn deviation(
    cx: &mut Cx<'_>,
    o: Option<&Deviation>,
    a: &Deviation,
    b: &Deviation,
) -> Deviation {
    let mut f = Fields {
        cx,
        element: Element::Deviation(a.id.clone()),
        base: o,
        board: a,
        copy: b,
    };
    Deviation {
        id: a.id.clone(),
        date: f.pick("date", |d| &d.date),
        category: f.pick("category", |d| &d.category),
        text: f.pick("text", |d| &d.text),
        card: f.pick("card", |d| &d.card),
        created: earlier(o.map(|d| &d.created), &a.created, &b.created),
        extra: f.extra(|d| &d.extra),
    }
}

pub(super) fn event(
    cx: &mut Cx<'_>,
    o: Option<&WheelEvent>,
    a: &WheelEvent,
    b: &WheelEvent,
) -> WheelEvent {
    let mut f = Fields {
        cx,
        element: Element::Event(a.id.clone()),
        base: o,
        board: a,
        copy: b,
    };
    WheelEvent {
        id: a.id.clone(),
        week: f.pick("week", |e| &e.week),
        title: f.pick("title", |e| &e.title),
        role: f.pick("role", |e| &e.role),
        note: f.pick("note", |e| &e.note),
        made: f.pick("made", |e| &e.made),
        extra: f.extra(|e| &e.extra),
    }
}

/// Staffing is one optional element: added, removed or merged field by field,
/// its entries by date and shift.
pub(super) fn staffing(
    cx: &mut Cx<'_>,
    base: Option<Option<&Staffing>>,
    a: Option<&Staffing>,
    b: Option<&Staffing>,
) -> Option<Staffing> {
    let (x, side) = match (a, b) {
        (Some(x), Some(y)) => {
            let o = base.flatten();
            let mut f = Fields {
                cx,
                element: Element::Staffing,
                base: o,
                board: x,
                copy: y,
            };
            let shifts = f.pick("shifts", |s| &s.shifts);
            let extra = f.extra(|s| &s.extra);
            let days = list::merge(cx, &Days, o.map(|s| &s.days[..]), &x.days, &y.days);
            return Some(Staffing {
                shifts,
                days,
                extra,
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
            cx.note(Element::Staffing, NoteKind::KeptEdited { removed_on });
            Some(x.clone())
        }
    }
}

/// The staffing entries, by date and shift, in date order.
struct Days;

impl Days {
    fn element(x: &StaffEntry) -> Element {
        Element::StaffDay(x.key())
    }
}

impl Rules<StaffEntry> for Days {
    fn at(&self) -> Path {
        Path {
            element: Element::Staffing,
            field: "days".to_string(),
        }
    }

    fn ask_order(&self) -> bool {
        false
    }

    fn key(&self, x: &StaffEntry) -> String {
        x.key()
    }

    fn tie(&self, x: &StaffEntry) -> String {
        x.key()
    }

    fn both(
        &self,
        cx: &mut Cx<'_>,
        o: Option<&StaffEntry>,
        a: &StaffEntry,
        b: &StaffEntry,
    ) -> StaffEntry {
        let mut f = Fields {
            cx,
            element: Days::element(a),
            base: o,
            board: a,
            copy: b,
        };
        StaffEntry {
            date: a.date,
            shift: a.shift.clone(),
            planned: f.pick("planned", |e| &e.planned),
            present: f.pick("present", |e| &e.present),
            who: f.pick("who", |e| &e.who),
            extra: f.extra(|e| &e.extra),
        }
    }

    fn one(
        &self,
        cx: &mut Cx<'_>,
        o: Option<&StaffEntry>,
        x: &StaffEntry,
        side: Side,
    ) -> Option<StaffEntry> {
        keep_one(cx, Days::element(x), o, x, side, false)
    }

    fn base_only(&self, _: &mut Cx<'_>, _: &StaffEntry) -> Option<StaffEntry> {
        None
    }
}

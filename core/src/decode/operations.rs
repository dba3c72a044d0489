//! Decoding what an operations board keeps beside its cards: staffing,
//! risks, deviations and the annual wheel. Part of [`super`].
//!
//! A likelihood, consequence or week outside its range is read as written
//! (up to 255) and warned about by `tavle check` ([`crate::rules`]): the
//! board still opens, and the screen leaves the value out of the matrix or
//! the strip rather than refusing the whole shared file.

use super::Dec;
use crate::json::Node;
use crate::model::{Deviation, Made, Risk, StaffEntry, Staffing, WheelEvent, WheelRole};

impl Dec {
    pub(super) fn staffing(&mut self, node: &Node) -> Option<Staffing> {
        let mut f = self.object(node)?;
        let shifts = self.opt(&mut f, "shifts", Self::strings);
        let days = self.opt(&mut f, "days", |d, n| d.list(n, Self::staff_entry));
        Some(Staffing {
            shifts: shifts.ok()?.unwrap_or_default(),
            days: days.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }

    fn staff_entry(&mut self, node: &Node) -> Option<StaffEntry> {
        let mut f = self.object(node)?;
        let date = self.req(&mut f, "date", Self::date);
        let shift = self.req(&mut f, "shift", Self::string);
        let count = |d: &mut Self, n: &Node| d.whole(n, 0, u64::from(u32::MAX)).map(|v| v as u32);
        let planned = self.opt(&mut f, "planned", count);
        let present = self.opt(&mut f, "present", count);
        let who = self.opt(&mut f, "who", Self::strings);
        Some(StaffEntry {
            date: date?,
            shift: shift?,
            planned: planned.ok()?,
            present: present.ok()?,
            who: who.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }

    /// A small whole number (0–255), checked against its real range by
    /// [`crate::rules`].
    fn small(&mut self, node: &Node) -> Option<u8> {
        self.whole(node, 0, u64::from(u8::MAX)).map(|v| v as u8)
    }

    pub(super) fn risk(&mut self, node: &Node) -> Option<Risk> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let title = self.req(&mut f, "title", Self::string);
        let likelihood = self.req(&mut f, "likelihood", Self::small);
        let consequence = self.req(&mut f, "consequence", Self::small);
        let owner = self.opt(&mut f, "owner", Self::string);
        let card = self.opt(&mut f, "card", Self::string);
        let created = self.opt(&mut f, "created", Self::timestamp);
        Some(Risk {
            id: id?,
            title: title?,
            likelihood: likelihood?,
            consequence: consequence?,
            owner: owner.ok()?,
            card: card.ok()?,
            created: created.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn deviation(&mut self, node: &Node) -> Option<Deviation> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let date = self.req(&mut f, "date", Self::date);
        let category = self.req(&mut f, "category", Self::string);
        let text = self.req(&mut f, "text", Self::string);
        let card = self.opt(&mut f, "card", Self::string);
        let created = self.opt(&mut f, "created", Self::timestamp);
        Some(Deviation {
            id: id?,
            date: date?,
            category: category?,
            text: text?,
            card: card.ok()?,
            created: created.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn wheel_event(&mut self, node: &Node) -> Option<WheelEvent> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let week = self.req(&mut f, "week", Self::small);
        let title = self.req(&mut f, "title", Self::string);
        let role = self.opt(&mut f, "role", |d, n| {
            d.choice(n, WheelRole::NAMES, WheelRole::parse)
        });
        let note = self.opt(&mut f, "note", Self::string);
        let made = self.opt(&mut f, "made", |d, n| d.list(n, Self::made));
        Some(WheelEvent {
            id: id?,
            week: week?,
            title: title?,
            role: role.ok()?,
            note: note.ok()?,
            made: made.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }

    fn made(&mut self, node: &Node) -> Option<Made> {
        let mut f = self.object(node)?;
        let year = self.req(&mut f, "year", |d, n| d.whole(n, 1, 9999).map(|v| v as i32));
        let card = self.req(&mut f, "card", Self::string);
        Some(Made {
            year: year?,
            card: card?,
            extra: f.rest(),
        })
    }
}

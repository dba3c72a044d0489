//! Decoding the records of an action plan: goals, indicators with their
//! measurements, and decisions with their corrections. Part of [`super`].

use crate::model::{Better, Correction, Decision, Goal, GoalType, Indicator, Light, Measurement};

use super::Dec;
use crate::json::Node;

impl Dec {
    pub(super) fn correction(&mut self, node: &Node) -> Option<Correction> {
        let mut f = self.object(node)?;
        let at = self.req(&mut f, "at", Self::timestamp);
        let by = self.opt(&mut f, "by", Self::string);
        let text = self.req(&mut f, "text", Self::string);
        let owner = self.opt(&mut f, "owner", Self::string);
        let due = self.opt(&mut f, "due", Self::date);
        Some(Correction {
            at: at?,
            by: by.ok()?,
            text: text?,
            owner: owner.ok()?,
            due: due.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn goal(&mut self, node: &Node) -> Option<Goal> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let title = self.req(&mut f, "title", Self::string);
        let kind = self.opt(&mut f, "type", |d, n| {
            d.choice(n, GoalType::NAMES, GoalType::parse)
        });
        let target = self.opt(&mut f, "target", Self::string);
        let due = self.opt(&mut f, "due", Self::date);
        let parent = self.opt(&mut f, "parent", Self::string);
        let light = self.opt(&mut f, "light", |d, n| {
            d.choice(n, Light::NAMES, Light::parse)
        });
        Some(Goal {
            id: id?,
            title: title?,
            kind: kind.ok()?,
            target: target.ok()?,
            due: due.ok()?,
            parent: parent.ok()?,
            light: light.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn indicator(&mut self, node: &Node) -> Option<Indicator> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let title = self.req(&mut f, "title", Self::string);
        let unit = self.opt(&mut f, "unit", Self::string);
        let target = self.opt(&mut f, "target", Self::number);
        let better = self.opt(&mut f, "better", |d, n| {
            d.choice(n, Better::NAMES, Better::parse)
        });
        let every = self.opt(&mut f, "every", Self::string);
        let measured_by = self.opt(&mut f, "measured_by", Self::string);
        let values = self.opt(&mut f, "values", |d, n| d.list(n, Self::measurement));
        Some(Indicator {
            id: id?,
            title: title?,
            unit: unit.ok()?,
            target: target.ok()?,
            better: better.ok()?,
            every: every.ok()?,
            measured_by: measured_by.ok()?,
            values: values.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }

    pub(super) fn measurement(&mut self, node: &Node) -> Option<Measurement> {
        let mut f = self.object(node)?;
        let date = self.req(&mut f, "date", Self::date);
        let value = self.req(&mut f, "value", Self::number);
        Some(Measurement {
            date: date?,
            value: value?,
            extra: f.rest(),
        })
    }

    pub(super) fn decision(&mut self, node: &Node) -> Option<Decision> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let at = self.req(&mut f, "at", Self::timestamp);
        let text = self.req(&mut f, "text", Self::string);
        let owner = self.opt(&mut f, "owner", Self::string);
        let due = self.opt(&mut f, "due", Self::date);
        let card = self.opt(&mut f, "card", Self::string);
        let by = self.opt(&mut f, "by", Self::string);
        let done = self.opt(&mut f, "done", Self::bool);
        let done_at = self.opt(&mut f, "done_at", Self::timestamp);
        let corrections = self.opt(&mut f, "corrections", |d, n| d.list(n, Self::correction));
        Some(Decision {
            id: id?,
            at: at?,
            text: text?,
            owner: owner.ok()?,
            due: due.ok()?,
            card: card.ok()?,
            by: by.ok()?,
            done: done.ok()?.unwrap_or(false),
            done_at: done_at.ok()?,
            corrections: corrections.ok()?.unwrap_or_default(),
            extra: f.rest(),
        })
    }
}

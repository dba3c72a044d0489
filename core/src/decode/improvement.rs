//! Decoding what an improvement board keeps beside its cards: routines, and
//! a card's PDSA cycles, evaluation, benefit plan and A3. Part of [`super`].

use super::Dec;
use crate::json::Node;
use crate::model::{A3, Benefit, BenefitKind, Cycle, CycleDecision, Evaluation, Routine};

impl Dec {
    pub(super) fn routine(&mut self, node: &Node) -> Option<Routine> {
        let mut f = self.object(node)?;
        let id = self.req(&mut f, "id", Self::string);
        let title = self.req(&mut f, "title", Self::string);
        let purpose = self.opt(&mut f, "purpose", Self::string);
        let content = self.opt(&mut f, "content", Self::string);
        let arenas = self.opt(&mut f, "arenas", Self::string);
        let follow_up = self.opt(&mut f, "follow_up", Self::string);
        let revision = self.req(&mut f, "revision", Self::date);
        let card = self.opt(&mut f, "card", Self::string);
        let created = self.opt(&mut f, "created", Self::timestamp);
        Some(Routine {
            id: id?,
            title: title?,
            purpose: purpose.ok()?,
            content: content.ok()?,
            arenas: arenas.ok()?,
            follow_up: follow_up.ok()?,
            revision: revision?,
            card: card.ok()?,
            created: created.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn cycle(&mut self, node: &Node) -> Option<Cycle> {
        let mut f = self.object(node)?;
        let plan = self.opt(&mut f, "plan", Self::string);
        let prediction = self.opt(&mut f, "prediction", Self::string);
        let started = self.opt(&mut f, "started", Self::date);
        let measured = self.opt(&mut f, "measured", Self::string);
        let result = self.opt(&mut f, "result", Self::string);
        let decision = self.opt(&mut f, "decision", |d, n| {
            d.choice(n, CycleDecision::NAMES, CycleDecision::parse)
        });
        let ended = self.opt(&mut f, "ended", Self::date);
        Some(Cycle {
            plan: plan.ok()?,
            prediction: prediction.ok()?,
            started: started.ok()?,
            measured: measured.ok()?,
            result: result.ok()?,
            decision: decision.ok()?,
            ended: ended.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn evaluation(&mut self, node: &Node) -> Option<Evaluation> {
        let mut f = self.object(node)?;
        let mut answer = |d: &mut Self, key: &str| d.opt(&mut f, key, Self::string);
        let problem = answer(self, "problem");
        let decided = answer(self, "decided");
        let done = answer(self, "done");
        let told = answer(self, "told");
        let effect = answer(self, "effect");
        let remains = answer(self, "remains");
        let share = answer(self, "share");
        Some(Evaluation {
            problem: problem.ok()?,
            decided: decided.ok()?,
            done: done.ok()?,
            told: told.ok()?,
            effect: effect.ok()?,
            remains: remains.ok()?,
            share: share.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn benefit(&mut self, node: &Node) -> Option<Benefit> {
        let mut f = self.object(node)?;
        let kind = self.opt(&mut f, "kind", |d, n| {
            d.choice(n, BenefitKind::NAMES, BenefitKind::parse)
        });
        let who = self.opt(&mut f, "who", Self::string);
        let by = self.opt(&mut f, "by", Self::date);
        let how = self.opt(&mut f, "how", Self::string);
        Some(Benefit {
            kind: kind.ok()?,
            who: who.ok()?,
            by: by.ok()?,
            how: how.ok()?,
            extra: f.rest(),
        })
    }

    pub(super) fn a3(&mut self, node: &Node) -> Option<A3> {
        let mut f = self.object(node)?;
        let current = self.opt(&mut f, "current", Self::string);
        let root_cause = self.opt(&mut f, "root_cause", Self::string);
        let whys = self.opt(&mut f, "whys", Self::strings);
        let goal = self.opt(&mut f, "goal", Self::string);
        Some(A3 {
            current: current.ok()?,
            root_cause: root_cause.ok()?,
            whys: whys.ok()?.unwrap_or_default(),
            goal: goal.ok()?,
            extra: f.rest(),
        })
    }
}

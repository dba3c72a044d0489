//! How a meeting was prepared, for its minutes: the changes to its goal,
//! length and agenda made since the meeting before (so preparing on Monday
//! for Tuesday's meeting is in Tuesday's minutes), and who was ticked
//! present as a guest. Net, like the rest of the minutes: an item added and
//! removed again is not there, a goal set and set back is no change, a
//! rename, a move or a time box of an item added here is folded into its
//! "added". Pure and wordless.

use super::span::{Scope, previous};
use crate::log::Logged;
use crate::ops::Change;

/// How the meeting was prepared.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prepared {
    /// Net changes to the plan, in the order first made: `MeetingGoal`,
    /// `MeetingLength` and the `Agenda…` changes of the change log.
    pub plan: Vec<Change>,
    /// Who was ticked present as a guest (not one of the board's team).
    pub guests: Vec<String>,
}

/// The preparation of the meeting (or day) `scope`, from `log`.
pub fn prepared(log: &[Logged], scope: &Scope) -> Prepared {
    // From the end of the meeting before (when there is one) to the end of this one.
    let since = match scope {
        Scope::Meeting(span) => previous(log, span.start).map(|p| p.end),
        Scope::Day(_) => None,
    };
    let in_plan_window = |l: &&Logged| {
        l.time().is_some_and(|t| {
            let t = t.at();
            match (scope, since) {
                (Scope::Day(_), _) => scope.contains(t),
                (Scope::Meeting(_), Some(from)) => t > from && !scope.after(t),
                (Scope::Meeting(_), None) => !scope.after(t),
            }
        })
    };
    let mut plan: Vec<Change> = Vec::new();
    for l in log.iter().filter(in_plan_window) {
        fold(&mut plan, &l.change);
    }
    plan.retain(|c| !unchanged(c));
    let mut guests: Vec<String> = Vec::new();
    for l in log {
        if let Change::Attended {
            name,
            present: true,
            guest: true,
        } = &l.change
            && l.time().is_some_and(|t| scope.contains(t.at()))
            && !guests.contains(name)
        {
            guests.push(name.clone());
        }
    }
    Prepared { plan, guests }
}

/// The title an agenda change is about.
fn about(c: &Change) -> Option<&str> {
    match c {
        Change::AgendaAdded { title, .. }
        | Change::AgendaRemoved { title, .. }
        | Change::AgendaMoved { title, .. }
        | Change::AgendaTimeBox { title, .. } => Some(title),
        Change::AgendaRenamed { to, .. } => Some(to),
        _ => None,
    }
}

fn added<'a>(plan: &'a mut [Change], name: &str) -> Option<&'a mut Change> {
    plan.iter_mut()
        .find(|c| matches!(c, Change::AgendaAdded { title, .. } if title == name))
}

/// Add `c` to the net `plan`.
fn fold(plan: &mut Vec<Change>, c: &Change) {
    match c {
        Change::MeetingGoal { to, .. } => {
            match plan
                .iter_mut()
                .find(|x| matches!(x, Change::MeetingGoal { .. }))
            {
                Some(Change::MeetingGoal { to: last, .. }) => last.clone_from(to),
                _ => plan.push(c.clone()),
            }
        }
        Change::MeetingLength { to, .. } => {
            match plan
                .iter_mut()
                .find(|x| matches!(x, Change::MeetingLength { .. }))
            {
                Some(Change::MeetingLength { to: last, .. }) => *last = *to,
                _ => plan.push(c.clone()),
            }
        }
        Change::AgendaAdded { .. } => plan.push(c.clone()),
        Change::AgendaRemoved { title, .. } => {
            let born_here = added(plan, title).is_some();
            // An item of that title removed before this one was added: that
            // removal stands (the one added here and removed cancel out).
            let earlier = (plan.iter())
                .find(|x| matches!(x, Change::AgendaRemoved { title: t, .. } if t == title))
                .cloned();
            // Whatever else happened to it here is moot now.
            plan.retain(|x| {
                about(x) != Some(title.as_str()) || matches!(x, Change::AgendaRenamed { .. })
            });
            if born_here {
                plan.retain(|x| about(x) != Some(title.as_str()));
                plan.extend(earlier);
            } else {
                plan.push(c.clone());
            }
        }
        Change::AgendaRenamed { from, to, .. } => {
            let born_here = added(plan, from).is_some();
            let chained = plan
                .iter()
                .any(|x| matches!(x, Change::AgendaRenamed { to: t, .. } if t == from));
            for x in plan.iter_mut() {
                match x {
                    Change::AgendaAdded { title, .. }
                    | Change::AgendaMoved { title, .. }
                    | Change::AgendaTimeBox { title, .. }
                        if title == from =>
                    {
                        title.clone_from(to)
                    }
                    Change::AgendaRenamed { to: t, .. } if t == from => t.clone_from(to),
                    _ => {}
                }
            }
            if !born_here && !chained {
                plan.push(c.clone());
            }
        }
        Change::AgendaMoved { title, to, .. } => {
            if added(plan, title).is_some() {
                return;
            }
            match plan
                .iter_mut()
                .find(|x| matches!(x, Change::AgendaMoved { title: t, .. } if t == title))
            {
                Some(Change::AgendaMoved { to: last, .. }) => *last = *to,
                _ => plan.push(c.clone()),
            }
        }
        Change::AgendaTimeBox { title, to, .. } => {
            if let Some(Change::AgendaAdded { minutes, .. }) = added(plan, title) {
                *minutes = *to;
                return;
            }
            match plan
                .iter_mut()
                .find(|x| matches!(x, Change::AgendaTimeBox { title: t, .. } if t == title))
            {
                Some(Change::AgendaTimeBox { to: last, .. }) => *last = *to,
                _ => plan.push(c.clone()),
            }
        }
        _ => {}
    }
}

/// A change that, net, changed nothing.
fn unchanged(c: &Change) -> bool {
    match c {
        Change::MeetingGoal { from, to } => from == to,
        Change::MeetingLength { from, to } => from == to,
        Change::AgendaRenamed { from, to, .. } => from == to,
        Change::AgendaMoved { from, to, .. } => from == to,
        Change::AgendaTimeBox { from, to, .. } => from == to,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::Span;
    use chrono::DateTime;

    fn at(minute: u32, change: Change) -> Logged {
        Logged {
            at: format!("2026-11-24T09:{minute:02}:00+01:00"),
            by: "Kari".into(),
            change,
        }
    }

    fn meeting(from: u32, to: u32) -> Scope {
        let t = |m: u32| DateTime::parse_from_rfc3339(&format!("2026-11-24T09:{m:02}:00+01:00"));
        Scope::Meeting(Span {
            start: t(from).unwrap(),
            end: t(to).unwrap(),
            running: false,
            attendees: Vec::new(),
            incomplete: false,
        })
    }

    fn add(title: &str) -> Change {
        Change::AgendaAdded {
            title: title.into(),
            place: 0,
            minutes: None,
        }
    }

    #[test]
    fn the_plan_is_net_from_the_meeting_before_to_the_end_of_this_one() {
        let log = [
            // Before the meeting before: in its minutes, not these.
            at(
                1,
                Change::MeetingGoal {
                    from: None,
                    to: Some("Gammelt".into()),
                },
            ),
            at(2, Change::MeetingStarted),
            at(
                3,
                Change::MeetingEnded {
                    started: "2026-11-24T09:02:00+01:00".into(),
                    attendees: Vec::new(),
                    incomplete: false,
                },
            ),
            // Prepared between the meetings.
            at(
                10,
                Change::MeetingGoal {
                    from: Some("Gammelt".into()),
                    to: Some("Nytt".into()),
                },
            ),
            at(11, add("Fall")),
            at(
                12,
                Change::AgendaRenamed {
                    from: "Fall".into(),
                    to: "Fall i rute 4".into(),
                    place: 0,
                },
            ),
            at(
                13,
                Change::AgendaTimeBox {
                    title: "Fall i rute 4".into(),
                    place: 0,
                    from: None,
                    to: Some(3),
                },
            ),
            at(14, add("Feil")),
            at(
                15,
                Change::AgendaRemoved {
                    title: "Feil".into(),
                    place: 1,
                },
            ),
            // Moved and moved back: no move.
            at(
                16,
                Change::AgendaMoved {
                    title: "Avvik".into(),
                    from: 2,
                    to: 0,
                },
            ),
            at(
                17,
                Change::AgendaMoved {
                    title: "Avvik".into(),
                    from: 0,
                    to: 2,
                },
            ),
            at(20, Change::MeetingStarted),
            at(
                21,
                Change::MeetingLength {
                    from: None,
                    to: Some(20),
                },
            ),
            at(
                22,
                Change::Attended {
                    name: "Per".into(),
                    present: true,
                    guest: true,
                },
            ),
            at(
                22,
                Change::Attended {
                    name: "Kari".into(),
                    present: true,
                    guest: false,
                },
            ),
            // After this meeting: the next one's.
            at(
                40,
                Change::AgendaRemoved {
                    title: "Avvik".into(),
                    place: 2,
                },
            ),
        ];
        let p = prepared(&log, &meeting(20, 30));
        assert_eq!(
            p.plan,
            [
                Change::MeetingGoal {
                    from: Some("Gammelt".into()),
                    to: Some("Nytt".into())
                },
                Change::AgendaAdded {
                    title: "Fall i rute 4".into(),
                    place: 0,
                    minutes: Some(3)
                },
                Change::MeetingLength {
                    from: None,
                    to: Some(20)
                },
            ]
        );
        assert_eq!(p.guests, ["Per"]);
        // The day as a whole has every change of the day, net.
        let day = prepared(
            &log,
            &Scope::Day(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()),
        );
        assert!(day.plan.contains(&Change::AgendaRemoved {
            title: "Avvik".into(),
            place: 2
        }));
    }

    #[test]
    fn a_goal_set_and_set_back_is_no_change() {
        let goal = |from: &str, to: &str| Change::MeetingGoal {
            from: Some(from.into()),
            to: Some(to.into()),
        };
        let log = [at(1, goal("A", "B")), at(2, goal("B", "A"))];
        assert!(prepared(&log, &meeting(0, 5)).plan.is_empty());
    }
}

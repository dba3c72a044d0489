//! Naming the improvement team's roles on the board (seed 001): the team
//! leader and the measurement lead. Pure; see [`super`].

use crate::model::{Board, Role};

use super::{Change, OpError, Outcome, Stamp, clean};

/// A change to the team's roles.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamOp {
    /// Name who holds `role`; `None` (or only spaces) leaves it empty.
    Set { role: Role, name: Option<String> },
}

/// Apply `op` to `board`; it cannot fail.
pub(super) fn apply(
    board: &mut Board,
    op: &TeamOp,
    _stamp: &Stamp,
) -> Result<Outcome<TeamOp>, OpError> {
    match op {
        TeamOp::Set { role, name } => {
            let slot = match role {
                Role::TeamLeader => &mut board.team_leader,
                Role::MeasurementLead => &mut board.measurement_lead,
            };
            let to = clean(name);
            let from = std::mem::replace(slot, to.clone());
            Ok(Outcome {
                inverse: TeamOp::Set {
                    role: *role,
                    name: from.clone(),
                },
                change: Change::RoleSet {
                    role: *role,
                    from,
                    to,
                },
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Op, Stamp, apply as apply_op};
    use super::*;
    use crate::model::Timestamp;

    fn stamp() -> Stamp {
        Stamp {
            at: Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
            by: "Kari".into(),
        }
    }

    #[test]
    fn each_role_is_set_on_its_own_and_the_undo_puts_back_who_held_it() {
        let text = r#"{"tavle":1,"title":"T","kind":"forbedring","measurement_lead":"Per"}"#;
        let original = crate::analyze::analyze_text(text).0.unwrap();
        let mut b = original.clone();
        let op = Op::Team(TeamOp::Set {
            role: Role::TeamLeader,
            name: Some("  Anne Berg ".into()),
        });
        let applied = apply_op(&mut b, &op, &stamp()).unwrap();
        assert_eq!(b.team_leader.as_deref(), Some("Anne Berg"));
        assert_eq!(b.measurement_lead.as_deref(), Some("Per"));
        assert_eq!(
            applied.change,
            Change::RoleSet {
                role: Role::TeamLeader,
                from: None,
                to: Some("Anne Berg".into()),
            }
        );
        apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
        assert_eq!(b, original);

        // Only spaces leave the role empty.
        let op = Op::Team(TeamOp::Set {
            role: Role::MeasurementLead,
            name: Some(" ".into()),
        });
        let applied = apply_op(&mut b, &op, &stamp()).unwrap();
        assert_eq!(
            (b.team_leader.clone(), b.measurement_lead.clone()),
            (None, None)
        );
        assert_eq!(
            applied.inverse,
            Op::Team(TeamOp::Set {
                role: Role::MeasurementLead,
                name: Some("Per".into()),
            })
        );
        apply_op(&mut b, &applied.inverse, &stamp()).unwrap();
        assert_eq!(b, original);
        // The change log line names the role by its key in the file.
        let line = serde_json::to_string(&applied.change).unwrap();
        assert_eq!(
            line,
            r#"{"change":"role_set","role":"measurement_lead","from":"Per"}"#
        );
    }
}

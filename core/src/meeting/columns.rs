//! What a meeting (or a day) did to the columns of the board, net, for the
//! minutes: columns added (and not taken away again), renamed (first title
//! → last), WIP limits changed (first limit → last), and the new order when
//! the columns stand in another order at the end than at the start. A
//! change taken back in the same scope is no change. Pure and wordless.

use crate::log::Logged;
use crate::ops::Change;

/// A column as the minutes name it: its id and its title at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRef {
    pub id: String,
    pub title: String,
}

/// A column renamed: the title before the first rename and after the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    pub id: String,
    pub from: String,
    pub to: String,
}

/// A column's WIP limit changed: before the first change and after the last
/// (`None`: no limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limited {
    pub column: ColumnRef,
    pub from: Option<u64>,
    pub to: Option<u64>,
}

/// The net changes to the columns in a scope.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Columns {
    pub added: Vec<ColumnRef>,
    pub removed: Vec<ColumnRef>,
    pub renamed: Vec<Renamed>,
    pub limits: Vec<Limited>,
    /// The column ids left to right, when the order changed (by moves).
    pub order: Option<Vec<String>>,
}

impl Columns {
    pub fn is_empty(&self) -> bool {
        *self == Columns::default()
    }
}

#[derive(Default)]
struct Net {
    title: String,
    exists: Option<(bool, bool)>,
    name: Option<(String, String)>,
    wip: Option<(Option<u64>, Option<u64>)>,
}

fn step<T>(slot: &mut Option<(T, T)>, before: T, after: T) {
    match slot {
        Some((_, last)) => *last = after,
        None => *slot = Some((before, after)),
    }
}

/// The order before a move, from the order after it: the column back from
/// place `to` to place `from` (counted from 1). `None` when the log does
/// not fit (a hand-edited line).
fn before_move(order: &[String], column: &str, from: usize, to: usize) -> Option<Vec<String>> {
    let mut o = order.to_vec();
    if from == 0 || to == 0 || o.get(to - 1).map(String::as_str) != Some(column) {
        return None;
    }
    let c = o.remove(to - 1);
    if from - 1 > o.len() {
        return None;
    }
    o.insert(from - 1, c);
    Some(o)
}

/// The net column changes of the log lines `inside` a scope, in log order.
pub fn columns<'a>(inside: impl IntoIterator<Item = &'a Logged>) -> Columns {
    let mut nets: Vec<(String, Net)> = Vec::new();
    let mut first_order: Option<Vec<String>> = None;
    let mut last_order: Option<Vec<String>> = None;
    for l in inside {
        let (id, title) = match &l.change {
            Change::ColumnAdded { column, title, .. }
            | Change::ColumnRemoved { column, title }
            | Change::ColumnChanged { column, title, .. }
            | Change::ColumnMoved { column, title, .. } => (column, title),
            _ => continue,
        };
        let i = match nets.iter().position(|(c, _)| c == id) {
            Some(i) => i,
            None => {
                nets.push((id.clone(), Net::default()));
                nets.len() - 1
            }
        };
        let net = &mut nets[i].1;
        net.title = title.clone();
        match &l.change {
            Change::ColumnAdded { .. } => step(&mut net.exists, false, true),
            Change::ColumnRemoved { .. } => step(&mut net.exists, true, false),
            Change::ColumnChanged {
                title,
                renamed_from,
                wip,
                ..
            } => {
                if let Some(from) = renamed_from {
                    step(&mut net.name, from.clone(), title.clone());
                }
                if let Some(w) = wip {
                    step(&mut net.wip, w.from, w.to);
                }
            }
            Change::ColumnMoved {
                column,
                from,
                to,
                order,
                ..
            } => {
                if first_order.is_none() {
                    first_order = before_move(order, column, *from, *to);
                }
                last_order = Some(order.clone());
            }
            _ => {}
        }
    }
    let mut out = Columns::default();
    let gone: Vec<&String> = nets
        .iter()
        .filter(|(_, n)| matches!(n.exists, Some((_, false))))
        .map(|(id, _)| id)
        .collect();
    for (id, net) in &nets {
        let column = ColumnRef {
            id: id.clone(),
            title: net.title.clone(),
        };
        match net.exists {
            // Added and taken away again: nothing happened to the board.
            Some((false, false)) => continue,
            Some((true, false)) => {
                out.removed.push(column);
                continue;
            }
            // Listed as added, with its title and limit as they are now.
            Some((false, true)) => {
                out.added.push(column);
                continue;
            }
            _ => {}
        }
        if let Some((from, to)) = net.name.clone().filter(|(a, b)| a != b) {
            out.renamed.push(Renamed {
                id: id.clone(),
                from,
                to,
            });
        }
        if let Some((from, to)) = net.wip.filter(|(a, b)| a != b) {
            out.limits.push(Limited { column, from, to });
        }
    }
    // The order changed when the columns there both before and after stand
    // in another order (a column only added or removed is listed as such).
    if let Some(last) = last_order {
        let same = match &first_order {
            Some(first) => {
                let keep = |o: &Vec<String>| -> Vec<String> {
                    o.iter()
                        .filter(|c| first.contains(c) && last.contains(c) && !gone.contains(c))
                        .cloned()
                        .collect()
                };
                keep(first) == keep(&last)
            }
            None => false,
        };
        if !same {
            out.order = Some(last);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::Limit;

    fn line(change: Change) -> Logged {
        Logged {
            at: "2026-11-24T09:01:00+01:00".into(),
            by: "Kari".into(),
            change,
        }
    }

    fn moved(column: &str, from: usize, to: usize, order: &[&str]) -> Logged {
        line(Change::ColumnMoved {
            column: column.into(),
            title: column.to_uppercase(),
            from,
            to,
            order: order.iter().map(|s| s.to_string()).collect(),
        })
    }

    fn changed(column: &str, title: &str, from: Option<&str>, wip: Option<Limit>) -> Logged {
        line(Change::ColumnChanged {
            column: column.into(),
            title: title.into(),
            renamed_from: from.map(str::to_string),
            wip,
        })
    }

    #[test]
    fn a_move_taken_back_is_no_change_and_two_moves_are_one_new_order() {
        let log = [
            moved("a", 1, 2, &["b", "a", "c"]),
            moved("a", 2, 1, &["a", "b", "c"]),
        ];
        assert!(columns(&log).is_empty());
        // a right, then b right: b stands where it was, a does not.
        let log = [
            moved("a", 1, 2, &["b", "a", "c"]),
            moved("b", 1, 2, &["a", "b", "c"]),
            moved("c", 3, 1, &["c", "a", "b"]),
        ];
        assert_eq!(
            columns(&log).order,
            Some(vec!["c".to_string(), "a".into(), "b".into()])
        );
    }

    #[test]
    fn renames_and_limits_are_net_and_added_columns_are_listed_once() {
        let log = [
            changed("p", "Pågår nå", Some("Pågår"), None),
            changed("p", "Pågår", Some("Pågår nå"), None),
            changed(
                "v",
                "Venter",
                Some("Venter på andre"),
                Some(Limit {
                    from: None,
                    to: Some(3),
                }),
            ),
            changed(
                "v",
                "Venter",
                None,
                Some(Limit {
                    from: Some(3),
                    to: Some(4),
                }),
            ),
            line(Change::ColumnAdded {
                column: "n".into(),
                title: "Ny".into(),
                wip: None,
            }),
            changed("n", "Nyere", Some("Ny"), None),
            line(Change::ColumnAdded {
                column: "x".into(),
                title: "Feil".into(),
                wip: None,
            }),
            line(Change::ColumnRemoved {
                column: "x".into(),
                title: "Feil".into(),
            }),
        ];
        let c = columns(&log);
        assert_eq!(
            c.renamed,
            [Renamed {
                id: "v".into(),
                from: "Venter på andre".into(),
                to: "Venter".into()
            }]
        );
        assert_eq!(
            c.limits,
            [Limited {
                column: ColumnRef {
                    id: "v".into(),
                    title: "Venter".into()
                },
                from: None,
                to: Some(4)
            }]
        );
        assert_eq!(
            c.added,
            [ColumnRef {
                id: "n".into(),
                title: "Nyere".into()
            }]
        );
        assert!(c.removed.is_empty() && c.order.is_none());
    }
}

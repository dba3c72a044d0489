//! What each side does to the board, made with the real commands or the real
//! screen, and the independent check that a board holds every one of those
//! edits: the JSON read with `serde_json`, nothing of tavle's own code.
//!
//! The two sides work on different cards (the plans below), so a correct
//! merge has nothing to ask; a scenario that wants a true conflict adds one.

use std::fmt;

use serde_json::Value;

use super::screen::{BACKSPACE, CTRL_S, ENTER, Screen, TAB};
use super::team::{self, BOARD};
use super::{Pair, Side};

/// One edit a side made, as it must be found in the final board.
#[derive(Debug, Clone)]
pub enum Edit {
    Light {
        card: &'static str,
        light: &'static str,
    },
    Owner {
        card: &'static str,
        owner: &'static str,
    },
    Title {
        card: &'static str,
        title: String,
    },
    Archived {
        card: &'static str,
    },
    NewCard {
        title: String,
    },
    Decision {
        text: String,
    },
}

/// An edit and the side that made it.
#[derive(Debug, Clone)]
pub struct Done {
    pub side: &'static str,
    pub edit: Edit,
}

impl fmt::Display for Done {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.side;
        match &self.edit {
            Edit::Light { card, light } => write!(f, "{s}: light of {card} set to {light}"),
            Edit::Owner { card, owner } => write!(f, "{s}: owner of {card} set to {owner}"),
            Edit::Title { card, title } => write!(f, "{s}: title of {card} set to {title:?}"),
            Edit::Archived { card } => write!(f, "{s}: {card} archived"),
            Edit::NewCard { title } => write!(f, "{s}: new card {title:?}"),
            Edit::Decision { text } => write!(f, "{s}: new decision {text:?}"),
        }
    }
}

/// The card `id` of `board`, if it has one.
pub fn card<'a>(board: &'a Value, id: &str) -> Option<&'a Value> {
    board["cards"].as_array()?.iter().find(|c| c["id"] == id)
}

impl Done {
    /// Whether `board` holds this edit; if not, what it holds instead.
    pub fn check(&self, board: &Value) -> Result<(), String> {
        let card_has = |id: &str, name: &str, want: Value| match card(board, id) {
            None => Err(format!("no card {id}")),
            Some(c) if c[name] == want => Ok(()),
            Some(c) => Err(format!("{name} {}", c[name])),
        };
        let any = |kind: &str, key: &str, want: &str| {
            let found = board[kind].as_array().is_some_and(|es| {
                es.iter()
                    .any(|e| e[key] == want && e["archived"] != Value::Bool(true))
            });
            if found {
                Ok(())
            } else {
                Err(format!("no such element in {kind}"))
            }
        };
        match &self.edit {
            Edit::Light { card, light } => card_has(card, "light", Value::from(*light)),
            Edit::Owner { card, owner } => card_has(card, "owner", Value::from(*owner)),
            Edit::Title { card, title } => card_has(card, "title", Value::from(title.as_str())),
            Edit::Archived { card } => card_has(card, "archived", Value::Bool(true)),
            Edit::NewCard { title } => any("cards", "title", title),
            Edit::Decision { text } => any("decisions", "text", text),
        }
    }
}

/// The cards one side works on; the two plans share none.
pub struct Plan {
    pub light: (&'static str, &'static str),
    pub owner: &'static str,
    pub archive: &'static str,
}

pub const PLAN_A: Plan = Plan {
    light: ("k2", "red"),
    owner: "k5",
    archive: "k8",
};
pub const PLAN_B: Plan = Plan {
    light: ("k6", "yellow"),
    owner: "k7",
    archive: "k9",
};

/// The five kinds of edit with commands on `side`: a light, an owner, an
/// archive, a new card and a new decision (texts carry `tag`, so rounds
/// differ). Returns what was done.
pub fn by_commands(side: &Side, plan: &Plan, tag: &str) -> Vec<Done> {
    let (light_card, light) = plan.light;
    team::ok(side, &["card", "set", BOARD, light_card, "--light", light]);
    team::ok(
        side,
        &["card", "set", BOARD, plan.owner, "--owner", side.user],
    );
    team::ok(side, &["card", "archive", BOARD, plan.archive]);
    let title = format!("{} ({tag}): ny bruker fra sykehuset", side.user);
    team::ok(side, &["card", "add", BOARD, "--title", &title]);
    let text = format!("{} ({tag}): vi prøver ny rute fra mandag", side.user);
    team::ok(side, &["decision", "add", BOARD, "--text", &text]);
    let edits = vec![
        Edit::Light {
            card: light_card,
            light,
        },
        Edit::Owner {
            card: plan.owner,
            owner: side.user,
        },
        Edit::Archived { card: plan.archive },
        Edit::NewCard { title },
        Edit::Decision { text },
    ];
    done(side, edits)
}

/// The same five kinds of edit with the keys of the running screen: the
/// first card (k1, selected when the board opens) red and given to this
/// side's user, the next one (k2) archived, a new card and a decision.
/// Each is waited for in the file before the next key.
pub fn by_screen(screen: &mut Screen, side: &Side, tag: &str) -> Vec<Done> {
    screen.send("3");
    screen.wait_for_file(side, "k1 red", |b| {
        card(b, "k1").is_some_and(|c| c["light"] == "red")
    });
    screen.send("e");
    screen.wait_for("Edit card");
    screen.send(TAB);
    screen.send(&BACKSPACE.repeat(20));
    screen.send(side.user);
    screen.send(CTRL_S);
    screen.wait_for_file(side, "k1 owned by this side", |b| {
        card(b, "k1").is_some_and(|c| c["owner"] == side.user)
    });
    screen.send("j");
    screen.send("x");
    screen.wait_for_file(side, "k2 archived", |b| {
        card(b, "k2").is_some_and(|c| c["archived"] == true)
    });
    let title = format!("{} ({tag}): ny kaffemaskin på basen", side.user);
    screen.send("n");
    screen.wait_for("New card");
    screen.send(&title);
    screen.send(ENTER);
    screen.wait_for_file(side, "the new card", |b| {
        b["cards"]
            .as_array()
            .is_some_and(|cs| cs.iter().any(|c| c["title"] == title.as_str()))
    });
    let text = format!("{} ({tag}): kaffemaskinen betales av velferden", side.user);
    screen.send("d");
    screen.wait_for("New decision");
    screen.send(&text);
    screen.send(ENTER);
    screen.wait_for_file(side, "the new decision", |b| {
        b["decisions"]
            .as_array()
            .is_some_and(|ds| ds.iter().any(|d| d["text"] == text.as_str()))
    });
    let edits = vec![
        Edit::Light {
            card: "k1",
            light: "red",
        },
        Edit::Owner {
            card: "k1",
            owner: side.user,
        },
        Edit::Archived { card: "k2" },
        Edit::NewCard { title },
        Edit::Decision { text },
    ];
    done(side, edits)
}

/// `edits` as done by `side`, each checked in that side's own file right away
/// (so a later loss is the sync's or the merge's, not the edit's).
pub fn done(side: &Side, edits: Vec<Edit>) -> Vec<Done> {
    let board = team::board(side);
    let done: Vec<Done> = edits
        .into_iter()
        .map(|edit| Done {
            side: side.name,
            edit,
        })
        .collect();
    for d in &done {
        if let Err(e) = d.check(&board) {
            panic!("side {}: the edit did not land: {d}: {e}", side.name);
        }
    }
    done
}

/// Ids that more than one card, or more than one decision, carry.
pub fn duplicate_ids(board: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for kind in ["cards", "decisions"] {
        let ids: Vec<String> = board[kind]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e["id"].to_string())
            .collect();
        for (i, id) in ids.iter().enumerate() {
            if ids[..i].contains(id) && !out.contains(id) {
                out.push(format!("{kind} {id}"));
            }
        }
    }
    out
}

/// The final check: both folders hold the same board, no conflict copy is
/// left beside it, no id is used twice, and every edit in `all` is in it.
#[track_caller]
pub fn assert_nothing_lost(pair: &Pair, all: &[&[Done]]) {
    let boards = [team::board(&pair.a), team::board(&pair.b)];
    let mut problems = Vec::new();
    if boards[0] != boards[1] {
        problems.push("the two sides' boards differ".to_string());
    }
    for (side, board) in pair.sides().into_iter().zip(&boards) {
        let copies = side.conflict_copies();
        if !copies.is_empty() {
            problems.push(format!(
                "side {}: conflict copies left: {copies:?}",
                side.name
            ));
        }
        let dups = duplicate_ids(board);
        if !dups.is_empty() {
            problems.push(format!("side {}: ids used twice: {dups:?}", side.name));
        }
        for d in all.iter().flat_map(|edits| edits.iter()) {
            if let Err(e) = d.check(board) {
                problems.push(format!("side {}: LOST {d} (the board has {e})", side.name));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "after the merge:\n  {}\n--- final board on A ---\n{}",
        problems.join("\n  "),
        summary(&boards[0])
    );
}

/// A board's cards and decisions, one line each, for failure messages.
pub fn summary(board: &Value) -> String {
    let mut out = String::new();
    for c in board["cards"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "card {} {} light={} owner={} archived={}\n",
            c["id"], c["title"], c["light"], c["owner"], c["archived"]
        ));
    }
    for d in board["decisions"].as_array().into_iter().flatten() {
        out.push_str(&format!("decision {} {}\n", d["id"], d["text"]));
    }
    out
}

//! A generated folder of 30 boards as a unit leader follows them — red,
//! yellow, green and unlit measures, overdue ones (more than five on some
//! boards), finished ones with old deadlines, archived ones, escalated
//! copies across boards (a copy of a copy, a copy whose original is gone),
//! decisions with follow-ups, goals and indicators — and what a report of
//! it must count, worked out here from the board JSON alone, without the
//! code under test.
//!
//! Only the fixture and the independent count live here; each test binary
//! uses part of it, so unused items are allowed.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::{Days, NaiveDate};
use serde_json::{Value, json};

/// A small deterministic generator: the same folder on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

pub const UNITS: [&str; 6] = [
    "Hjemmetjenesten sone nord",
    "Hjemmetjenesten sone sør",
    "Solbakken sykehjem",
    "Legevakta",
    "Psykisk helse og rus",
    "Ledelsen",
];

const OWNERS: [Option<&str>; 5] = [
    Some("Kari"),
    Some("Ola"),
    Some("Hilde"),
    Some("Jonas"),
    None,
];

/// A deadline `days` from `today` (negative: before). Never within a day of
/// today, so a report made just after midnight counts the same.
fn day(today: NaiveDate, days: i64) -> String {
    let d = if days >= 0 {
        today.checked_add_days(Days::new(days as u64))
    } else {
        today.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    d.unwrap().to_string()
}

/// Write the 30 boards (`b00.json` … `b29.json`) into `dir`; returns their ids.
pub fn write(dir: &Path, today: NaiveDate) -> Vec<String> {
    let mut rng = Rng(0x5EED_1234_ABCD_0042);
    let mut boards: Vec<(String, Value)> = Vec::new();
    for i in 0..30u64 {
        let id = format!("b{i:02}");
        let unit = if i >= 24 {
            UNITS[5]
        } else {
            UNITS[(i % 5) as usize]
        };
        let n = if i == 0 { 14 } else { 4 + (i * 5) % 14 };
        let mut cards = Vec::new();
        for j in 0..n {
            let kind = if i == 0 && j < 9 { 0 } else { rng.below(10) };
            let owner = OWNERS[rng.below(5) as usize];
            let light = ["red", "yellow", "green", ""][rng.below(4) as usize];
            let (column, due, light, archived) = match kind {
                0..=2 => ("a", Some(-(2 + rng.below(30) as i64)), light, false),
                3 => ("c", Some(-(2 + rng.below(30) as i64)), light, false),
                4 => ("b", None, "red", false),
                5 => ("a", Some(2 + rng.below(60) as i64), "yellow", false),
                6 => ("b", Some(2 + rng.below(60) as i64), "green", false),
                7 => ("a", None, "", false),
                8 => ("a", Some(2 + rng.below(60) as i64), "", false),
                _ => ("a", Some(-5), "red", true),
            };
            let mut card = json!({
                "id": format!("k{j}"),
                "title": format!("Tiltak {id}-k{j}: {}", ["fall", "sykefravær", "legemidler", "ernæring"][(j % 4) as usize]),
                "column": column,
            });
            if let Some(o) = owner {
                card["owner"] = json!(o);
            }
            if let Some(d) = due {
                card["due"] = json!(day(today, d));
            }
            if !light.is_empty() {
                card["light"] = json!(light);
            }
            if archived {
                card["archived"] = json!(true);
            }
            if j % 3 == 0 {
                card["goal"] = json!(if j % 2 == 0 { "m1" } else { "m2" });
            }
            cards.push(card);
        }
        let mut decisions = Vec::new();
        for d in 0..rng.below(4) {
            let mut dec = json!({
                "id": format!("d{d}"),
                "at": "2026-01-05T09:00:00+01:00",
                "text": format!("Beslutning {d} på {id}"),
                "owner": OWNERS[(d % 4) as usize],
            });
            match rng.below(4) {
                0 => dec["due"] = json!(day(today, -3)),
                1 => dec["due"] = json!(day(today, 10)),
                2 => {
                    dec["due"] = json!(day(today, -9));
                    dec["done"] = json!(true);
                }
                _ => {}
            }
            decisions.push(dec);
        }
        let mut board = json!({
            "tavle": 1,
            "title": format!("Driftstavle {}", i % 7),
            "kind": if i % 4 == 0 { "forbedring" } else { "drift" },
            "unit": unit,
            "columns": [
                {"id": "a", "title": "I dag"},
                {"id": "b", "title": "Pågår"},
                {"id": "c", "title": "Ferdig", "done": true},
                {"id": "d", "title": "Parkert"}
            ],
            "goals": [
                {"id": "m1", "title": format!("Hovedmål {id}"), "target": "50 %"},
                {"id": "m2", "title": format!("Delmål {id}"), "parent": "m1"}
            ],
            "cards": cards,
            "decisions": decisions,
        });
        if i % 3 == 0 {
            let values: Vec<Value> = (0..12)
                .map(|w| json!({"date": day(today, -7 * (12 - w)), "value": (w * 3 % 7) as f64 + 0.5}))
                .collect();
            board["indicators"] = json!([{"id": "i", "title": format!("Indikator {id}"), "unit": "%", "values": values}]);
        }
        boards.push((id, board));
    }
    // Escalated copies: each top-tier board (24–29) takes copies of cards
    // on the boards below it; 29 also copies one of 24's copies (two tiers),
    // and 28 holds a copy whose original's board is not in the folder.
    let mut next = 100;
    for top in 24..30usize {
        for k in 0..3usize {
            let from = (top * 7 + k * 5) % 24;
            let Some(origin) = boards[from].1["cards"]
                .as_array()
                .unwrap()
                .iter()
                .position(|c| c.get("archived").is_none() && c.get("escalated_to").is_none())
            else {
                continue;
            };
            let copy_id = format!("k{next}");
            next += 1;
            let mut copy = boards[from].1["cards"][origin].clone();
            let origin_id = copy["id"].as_str().unwrap().to_string();
            copy["id"] = json!(copy_id);
            copy["column"] = json!("a");
            copy["escalated_from"] = json!({"board": boards[from].0, "card": origin_id});
            if k == 1 {
                copy["light"] = json!("red");
            }
            boards[from].1["cards"][origin]["escalated_to"] =
                json!({"board": boards[top].0, "card": copy_id});
            boards[top].1["cards"].as_array_mut().unwrap().push(copy);
        }
    }
    let copy_of_copy = json!({"id": "k900", "title": "Kopi av en kopi", "column": "a", "light": "red",
        "owner": "Kari", "escalated_from": {"board": "b24", "card": "k100"}});
    boards[29].1["cards"]
        .as_array_mut()
        .unwrap()
        .push(copy_of_copy);
    let dangling = json!({"id": "k901", "title": "Kopi fra en tavle som er borte", "column": "a",
        "light": "yellow", "due": day(today, -4), "escalated_from": {"board": "nedlagt", "card": "k1"}});
    boards[28].1["cards"].as_array_mut().unwrap().push(dangling);
    for (id, b) in &boards {
        std::fs::write(
            dir.join(format!("{id}.json")),
            serde_json::to_string_pretty(b).unwrap(),
        )
        .unwrap();
    }
    boards.into_iter().map(|(id, _)| id).collect()
}

/// What a report of one board must count and name.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Expected {
    pub counts: BTreeMap<&'static str, usize>,
    /// Open cards whose honest light is red, by id.
    pub red: BTreeSet<String>,
    /// Open cards past their deadline, by id.
    pub overdue: BTreeSet<String>,
    /// Every counted card's title, owner and deadline (`dd.mm.yyyy`), by id.
    pub titles: BTreeMap<String, String>,
    pub owners: BTreeMap<String, Option<String>>,
    pub dues: BTreeMap<String, Option<String>>,
    /// Counted cards that are copies of a card counted in the report.
    pub left_out: BTreeMap<&'static str, usize>,
    /// Open follow-ups (owner, deadline, not done).
    pub follow_ups: usize,
}

fn is_done_column(board: &Value, column: &str) -> bool {
    let cols = board["columns"].as_array().unwrap();
    let marked: Vec<&Value> = cols.iter().filter(|c| c["done"] == json!(true)).collect();
    if marked.is_empty() {
        cols.last().is_some_and(|c| c["id"] == json!(column))
    } else {
        marked.iter().any(|c| c["id"] == json!(column))
    }
}

/// The bucket a card is counted in, and whether it is overdue: worked out
/// from the file as docs/status.md says, not by the code under test.
fn bucket(board: &Value, card: &Value, today: NaiveDate) -> (&'static str, bool) {
    let done = is_done_column(board, card["column"].as_str().unwrap());
    if done {
        return ("done", false);
    }
    let due = card["due"]
        .as_str()
        .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
    if due.is_some_and(|d| d < today) {
        return ("red", true);
    }
    let light = match card["light"].as_str() {
        Some("red") => "red",
        Some("yellow") => "yellow",
        Some("green") => "green",
        _ => "none",
    };
    (light, false)
}

/// Every board file of `dir` as JSON, by id.
pub fn read_all(dir: &Path) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            out.insert(
                id,
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap(),
            );
        }
    }
    out
}

/// What the report of `boards` must count, per board.
pub fn expect(boards: &BTreeMap<String, Value>, today: NaiveDate) -> BTreeMap<String, Expected> {
    let counted: BTreeSet<(String, String)> = boards
        .iter()
        .flat_map(|(id, b)| {
            b["cards"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|c| c.get("archived") != Some(&json!(true)))
                .map(move |c| (id.clone(), c["id"].as_str().unwrap().to_string()))
        })
        .collect();
    let mut out = BTreeMap::new();
    for (id, b) in boards {
        let mut e = Expected::default();
        for k in ["red", "yellow", "green", "none", "done", "overdue"] {
            e.counts.insert(k, 0);
            e.left_out.insert(k, 0);
        }
        for c in b["cards"].as_array().into_iter().flatten() {
            if c.get("archived") == Some(&json!(true)) {
                continue;
            }
            let cid = c["id"].as_str().unwrap().to_string();
            let (bucket, overdue) = bucket(b, c, today);
            *e.counts.get_mut(bucket).unwrap() += 1;
            let origin = c.get("escalated_from").map(|f| {
                (
                    f["board"].as_str().unwrap().to_string(),
                    f["card"].as_str().unwrap().to_string(),
                )
            });
            let copy = origin.is_some_and(|o| counted.contains(&o));
            if copy {
                *e.left_out.get_mut(bucket).unwrap() += 1;
            }
            if overdue {
                *e.counts.get_mut("overdue").unwrap() += 1;
                e.overdue.insert(cid.clone());
                if copy {
                    *e.left_out.get_mut("overdue").unwrap() += 1;
                }
            }
            if bucket == "red" {
                e.red.insert(cid.clone());
            }
            e.titles
                .insert(cid.clone(), c["title"].as_str().unwrap().to_string());
            e.owners.insert(
                cid.clone(),
                c["owner"]
                    .as_str()
                    .filter(|o| !o.trim().is_empty())
                    .map(str::to_string),
            );
            let due = c["due"].as_str().map(|d| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .unwrap()
                    .format("%d.%m.%Y")
                    .to_string()
            });
            e.dues.insert(cid, due);
        }
        // A routine past its yearly revision counts among the overdue
        // (issue 21.5): dated before today, not today.
        for r in b["routines"].as_array().into_iter().flatten() {
            let revision = r["revision"].as_str().unwrap();
            let revision = NaiveDate::parse_from_str(revision, "%Y-%m-%d").unwrap();
            if revision < today {
                *e.counts.get_mut("overdue").unwrap() += 1;
            }
        }
        e.follow_ups = b["decisions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| {
                d["owner"].as_str().is_some_and(|o| !o.trim().is_empty())
                    && d["due"].is_string()
                    && d["done"] != json!(true)
            })
            .count();
        out.insert(id.clone(), e);
    }
    out
}

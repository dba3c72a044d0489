//! The boards the synced-folder tests share: a small operations board, a
//! change made to a copy of it, and a board with a Syncthing conflict copy
//! beside it, both saved on top of the same version (a three-way merge with
//! a conflict each way).
#![allow(dead_code)]

use std::path::Path;

use serde_json::{Value, json};

pub const COPY: &str = "drift.sync-conflict-20261130-101500-ABCD123.json";

pub fn board(cards: Value) -> Value {
    json!({
        "tavle": 1,
        "title": "Drift sone nord",
        "kind": "drift",
        "columns": [{"id": "i-dag", "title": "I dag"}, {"id": "pagar", "title": "Pågår"}],
        "cards": cards,
    })
}

/// The board every test starts from.
pub fn drift() -> Value {
    board(json!([
        {"id": "k1", "title": "Ring vikarbyrået", "column": "i-dag", "owner": "Kari"},
        {"id": "k2", "title": "Bestill hjelpemidler", "column": "i-dag", "owner": "Ola"},
    ]))
}

pub fn write(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap()).unwrap();
}

/// A copy of `v` with a change made by `f`.
pub fn changed(v: &Value, f: impl FnOnce(&mut Value)) -> Value {
    let mut v = v.clone();
    f(&mut v);
    v
}

/// The board and its copy, both saved on top of [`drift`]: the board
/// retitled k1 and gave k2 to Liv; the copy retitled k1 otherwise, gave k2
/// to Per and added k3. Their histories name `drift()` (see [`descended`]).
pub fn conflict_texts() -> [(&'static str, String); 2] {
    let ours = changed(&drift(), |v| {
        v["cards"][0]["title"] = json!("Ring vikarbyrået i dag");
        v["cards"][1]["owner"] = json!("Liv");
    });
    let theirs = changed(&drift(), |v| {
        v["cards"][0]["title"] = json!("Ring vikarbyrået før ni");
        v["cards"][1]["owner"] = json!("Per");
        v["cards"].as_array_mut().unwrap().push(json!(
            {"id": "k3", "title": "Ny bruker torsdag", "column": "pagar"}
        ));
    });
    [
        ("drift.json", descended(&drift(), &ours)),
        (COPY, descended(&drift(), &theirs)),
    ]
}

/// [`conflict_texts`] written into `dir`, with `drift()` kept by revision as
/// the machine that saved the board on top of it keeps it: a three-way
/// merge with two conflicts (k1's title, k2's owner) and a card added.
pub fn write_conflict(dir: &Path) {
    for (name, text) in conflict_texts() {
        std::fs::write(dir.join(name), text).unwrap();
    }
    keep(dir, &drift());
}

/// Keep `v` in `dir/.tavle/revs/drift/` as a save there would.
pub fn keep(dir: &Path, v: &Value) {
    let board = tavle::analyze::analyze_text(&v.to_string()).0.unwrap();
    let at = dir.join(".tavle/revs/drift");
    std::fs::create_dir_all(&at).unwrap();
    let text = tavle::analyze::to_text(&board, Default::default());
    std::fs::write(
        at.join(format!("{}.json", tavle::revision::id(&board))),
        text,
    )
    .unwrap();
}

/// `child` written as a save made on top of `parent` would write it: with
/// `parent`'s revision history extended by its own id (see
/// `tavle::revision`), so the two files prove their common ancestor.
pub fn descended(parent: &Value, child: &Value) -> String {
    let parse = |v: &Value| tavle::analyze::analyze_text(&v.to_string()).0.unwrap();
    let (parent, mut child) = (parse(parent), parse(child));
    child.revisions = parent.revisions.clone();
    tavle::revision::advance(&mut child, &tavle::revision::current(&parent));
    tavle::analyze::to_text(&child, Default::default())
}

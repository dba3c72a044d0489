//! Tests of [`super`]: every sync client's conflict-copy name is read back to
//! its original and source, ordinary board names are not taken for copies,
//! and the ambiguous kinds count only once shared history confirms them.
//!
//! Names and titles only: nothing here may touch the file system.

use super::*;
use crate::model::Board;

fn dt(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok()
}

/// The original and source of a name that must be a copy.
fn read(name: &str) -> (String, Source, bool) {
    let c = classify(name).unwrap_or_else(|| panic!("not a copy: {name}"));
    (c.original, c.source, c.needs_same_board)
}

fn syncthing(at: &str, device: &str) -> Source {
    let device = device.to_string();
    Source::Syncthing { at: dt(at), device }
}

fn nextcloud(at: &str, user: Option<&str>) -> Source {
    let user = user.map(str::to_string);
    Source::Nextcloud { at: dt(at), user }
}

#[test]
fn syncthing_copies() {
    let at = "2026-11-30 10:15:00";
    let cases = [
        (
            "plan.sync-conflict-20261130-101500-ABCD123.json",
            "plan.json",
            syncthing(at, "ABCD123"),
        ),
        // Spaces and æøå, mixed case, a stem with dots of its own.
        (
            "Møte på Solbakken v2.0.SYNC-Conflict-20261130-101500-ZZ7Q2AB.json",
            "Møte på Solbakken v2.0.json",
            syncthing(at, "ZZ7Q2AB"),
        ),
        // Digits that are no real time are still Syncthing's shape.
        (
            "plan.sync-conflict-20261399-256000-AB.json",
            "plan.json",
            syncthing("", "AB"),
        ),
    ];
    for (name, original, source) in cases {
        assert_eq!(read(name), (original.to_string(), source, false), "{name}");
    }
}

#[test]
fn dropbox_copies_in_several_languages() {
    // `name => who`; `-` where no name can be taken out of the wording.
    let cases = [
        "plan (Kari's conflicted copy 2026-11-30).json => Kari",
        "plan (Kari Nordmann’s conflicted copy 2026-11-30).json => Kari Nordmann",
        "plan (KARI'S CONFLICTED COPY 2026-11-30).json => KARI",
        "plan (Kari's conflicted copy 2026-11-30 (1)).json => Kari",
        "plan (LAPTOP-7 conflicted copy 2026-11-30).json => LAPTOP-7",
        "plan (conflicted copy 2026-11-30).json => -",
        "plan (Karis in Konflikt stehende Kopie 2026-11-30).json => Karis",
        "plan (In Konflikt stehende Kopie von Kari 2026-11-30).json => Kari",
        "plan (Copie en conflit de Kari 2026-11-30).json => Kari",
        "plan (Copia conflictiva de Kari 2026-11-30).json => Kari",
        "plan (Karis konfliktkopi 2026-11-30).json => -",
        "plan (kopi i konflikt fra Kari 2026-11-30).json => -",
    ];
    let date = NaiveDate::from_ymd_opt(2026, 11, 30);
    for case in cases {
        let (name, who) = case.split_once(" => ").unwrap();
        let who = (who != "-").then(|| who.to_string());
        let want = (
            "plan.json".to_string(),
            Source::Dropbox { who, date },
            false,
        );
        assert_eq!(read(name), want, "{name}");
    }
    let name = "Tavle 3. etasje – sone nord (Åse's conflicted copy 2026-01-02).json";
    assert_eq!(read(name).0, "Tavle 3. etasje – sone nord.json");
}

#[test]
fn nextcloud_and_owncloud_copies() {
    let at = "2026-11-30 10:15:00";
    let cases = [
        (
            "plan (conflicted copy 2026-11-30 101500).json",
            nextcloud(at, None),
        ),
        (
            "plan (Conflicted Copy kari.n 2026-11-30 101500).json",
            nextcloud(at, Some("kari.n")),
        ),
        (
            "plan (conflicted copy Åse Ødegård 2026-11-30 101500).json",
            nextcloud(at, Some("Åse Ødegård")),
        ),
        ("plan_conflict-20261130-101500.json", nextcloud(at, None)),
    ];
    for (name, source) in cases {
        assert_eq!(
            read(name),
            ("plan.json".to_string(), source, false),
            "{name}"
        );
    }
}

#[test]
fn onedrive_copies_are_only_candidates() {
    let host = |h: &str| Source::OneDrive {
        host: h.to_string(),
    };
    assert!(read("plan-DESKTOP-AB12CD3.json").2);
    // Every reading is offered, the longest original first.
    let all: Vec<(String, Source)> = candidates("plan-DESKTOP-AB12CD3.json")
        .into_iter()
        .map(|c| (c.original, c.source))
        .collect();
    let want = [
        ("plan-DESKTOP.json".to_string(), host("AB12CD3")),
        ("plan.json".to_string(), host("DESKTOP-AB12CD3")),
    ];
    assert_eq!(all, want);
    assert_eq!(
        read("Drift sone nord-Karis-PC.json").0,
        "Drift sone nord-Karis.json"
    );
}

#[test]
fn numbered_copies_are_only_candidates() {
    for (name, n) in [
        ("plan (1).json", 1),
        ("plan (2).json", 2),
        ("plan - Copy.json", 1),
        ("plan - Kopi.json", 1),
        ("plan - kopia.json", 1),
        ("plan - Copy (3).json", 3),
        ("plan - Kopi (2).json", 2),
    ] {
        let want = ("plan.json".to_string(), Source::Duplicate { n }, true);
        assert_eq!(read(name), want, "{name}");
    }
    assert_eq!(read("Møte på Ålesund (1).json").0, "Møte på Ålesund.json");
}

#[test]
fn near_misses_are_not_copies_by_name() {
    for name in [
        "plan.json",
        "plan-2.json",
        "plan-2026.json",
        "uke-47-2026.json",
        "plan-2026-11-30.json",
        "møte (utkast).json",
        "møte (2026-11-30).json",
        "a.sync-conflict.json",
        "a.sync-conflict-2026-ABC.json",
        "a.sync-conflict-20261130-101500-.json",
        "sync-conflict-20261130-101500-ABCD123.json",
        ".sync-conflict-20261130-101500-ABCD123.json",
        ".hidden.json",
        ".plan (1).json",
        "plan (0).json",
        "plan (01).json",
        "plan(1).json",
        " (1).json",
        "(Kari's conflicted copy 2026-11-30).json",
        "plan (Kari's copy 2026-11-30).json",
        "plan (conflicted copy).json",
        "plan (Kari's conflicted copy 2026-11-30).JSON",
        "plan (1).json.tmp",
        "plan_conflict-2026.json",
        "plan - Copyright.json",
        ".json",
    ] {
        assert_eq!(classify(name), None, "{name}");
    }
}

/// A board with `title`, cards `(id, created)` and decisions `(id, at)`.
fn board(title: &str, cards: &[(&str, Option<&str>)], decisions: &[(&str, &str)]) -> Board {
    let cards: Vec<serde_json::Value> = cards
        .iter()
        .map(|(id, created)| {
            let mut c = serde_json::json!({"id": id, "title": format!("Kort {id}"), "column": "a"});
            if let Some(t) = created {
                c["created"] = serde_json::json!(t);
            }
            c
        })
        .collect();
    let decisions: Vec<serde_json::Value> = decisions
        .iter()
        .map(|(id, at)| serde_json::json!({"id": id, "at": at, "text": "Vedtak"}))
        .collect();
    let v = serde_json::json!({
        "tavle": 1, "title": title, "kind": "drift",
        "columns": [{"id": "a", "title": "A"}],
        "cards": cards, "decisions": decisions,
    });
    crate::decode::board_of(&v)
}

const T1: &str = "2026-11-02T08:00:00+01:00";
const T2: &str = "2026-11-03T08:00:00+01:00";

#[test]
fn confirm_needs_shared_history_only_for_ambiguous_names() {
    let dash = classify("drift-nord.json").unwrap();
    assert!(dash.needs_same_board);
    let original = Kin::of(&board("Drift", &[("k1", Some(T1)), ("k2", None)], &[]));
    // One card in common, made at the same time: the same board's history.
    let copy = Kin::of(&board("Drift", &[("k1", Some(T1)), ("k9", Some(T2))], &[]));
    assert!(confirm(&dash, Some(&original), Some(&copy)));
    // A card without a creation time counts by its id.
    let by_id = Kin::of(&board("Drift", &[("k2", Some(T2))], &[]));
    assert!(confirm(&dash, Some(&original), Some(&by_id)));
    // The same title alone is not evidence: a planted or unrelated board.
    let empty = Kin::of(&board("Drift", &[], &[]));
    assert!(!confirm(&dash, Some(&original), Some(&empty)));
    assert!(!confirm(&dash, Some(&empty), Some(&original)));
    // The same ids made at other times are other cards.
    let other_times = Kin::of(&board("Drift", &[("k1", Some(T2))], &[]));
    assert!(!confirm(&dash, Some(&original), Some(&other_times)));
    // Shared work under another title: a board started from a copy and renamed.
    let renamed = Kin::of(&board("Natt", &[("k1", Some(T1))], &[]));
    assert!(!confirm(&dash, Some(&original), Some(&renamed)));
    // A decision in common is evidence too.
    let with_decision = Kin::of(&board("Drift", &[], &[("v1", T1)]));
    let copy_decision = Kin::of(&board("Drift", &[], &[("v1", T1), ("v2", T2)]));
    assert!(confirm(&dash, Some(&with_decision), Some(&copy_decision)));
    assert!(!confirm(&dash, None, Some(&copy)));
    assert!(!confirm(&dash, Some(&original), None));
    let sync = classify("drift.sync-conflict-20261130-101500-ABCD123.json").unwrap();
    assert!(confirm(&sync, Some(&original), Some(&renamed)));
    assert!(confirm(&sync, None, None));
}

#[test]
fn copies_of_lists_copies_whose_original_is_there() {
    let names = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let listing = names(&[
        "drift.json",
        "drift-nord.json",
        "drift (1).json",
        "drift.sync-conflict-20261130-101500-ABCD123.json",
        "plan (Kari's conflicted copy 2026-11-30).json",
        "plan-2.json",
        "mål-DESKTOP-AB12CD3.json",
        "mål-DESKTOP.json",
        "mål.json",
    ]);
    let copies = copies_of(&listing);
    let found: Vec<(&str, &str)> = copies
        .iter()
        .map(|f| (f.copy, f.name.original.as_str()))
        .collect();
    let want = [
        ("drift-nord.json", "drift.json"),
        ("drift (1).json", "drift.json"),
        (
            "drift.sync-conflict-20261130-101500-ABCD123.json",
            "drift.json",
        ),
        ("mål-DESKTOP-AB12CD3.json", "mål-DESKTOP.json"),
        ("mål-DESKTOP.json", "mål.json"),
    ];
    assert_eq!(found, want);
    // The Dropbox copy of plan.json is an ordinary board: plan.json is gone.
    let alone = names(&["plan (Kari's conflicted copy 2026-11-30).json"]);
    assert!(copies_of(&alone).is_empty());
}

#[test]
fn copies_in_confirms_the_ambiguous_kinds_by_shared_history() {
    let names: Vec<String> = [
        "drift.json",
        "drift-LAPTOP.json",
        "plan.json",
        "plan (1).json",
        "plan.sync-conflict-20261130-101500-ABCD123.json",
        "dag.json",
        "dag - Kopi.json",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let drift = board("Drift", &[("k1", Some(T1))], &[]);
    let drift_copy = board("Drift", &[("k1", Some(T1)), ("k2", Some(T2))], &[]);
    let plan = board("Plan", &[("k1", Some(T1))], &[]);
    // Same title, nothing in common: a planted file or another unit's board.
    let plan_one = board("Plan", &[("k1", Some(T2))], &[]);
    let dag = board("Dag", &[("k1", Some(T1))], &[]);
    let asked = std::cell::RefCell::new(Vec::new());
    let kin = |name: &str| {
        asked.borrow_mut().push(name.to_string());
        let b = match name {
            "drift.json" => &drift,
            "drift-LAPTOP.json" => &drift_copy,
            "plan.json" => &plan,
            "plan (1).json" => &plan_one,
            "dag.json" | "dag - Kopi.json" => &dag,
            _ => return None,
        };
        Some(Kin::of(b))
    };
    let found: Vec<&str> = copies_in(&names, kin).iter().map(|f| f.copy).collect();
    assert_eq!(
        found,
        [
            "drift-LAPTOP.json",
            "plan.sync-conflict-20261130-101500-ABCD123.json",
            "dag - Kopi.json",
        ]
    );
    // Read lazily: never for the unambiguous Syncthing copy.
    assert!(!asked.borrow().iter().any(|n| n.contains("sync-conflict")));
}

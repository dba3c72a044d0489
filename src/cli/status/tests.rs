//! `tavle status` read board by board ([`stream::report`]) prints what it
//! printed when it held every board ([`read`], [`report_of`], [`render`],
//! kept for `--watch`): byte for byte, in every form, every filter and
//! every language, on a folder made to break it.

use std::path::Path;

use super::*;
use serde_json::{Value, json};

/// The sample boards, a board of copies sent up from one of them (and one
/// more tier up), conflict copies (a sure one, an ambiguous one that is a
/// copy and one that is not), broken files and links.
fn folder() -> (tempfile::TempDir, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    for name in [
        "hjemmetjenesten-nord.json",
        "sykehjem-forbedring.json",
        "helsefellesskap-handlingsplan.json",
    ] {
        std::fs::copy(root.join(name), d.join(name)).unwrap();
    }
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(d.join(name)).unwrap()).unwrap()
    };
    let write = |name: &str, v: &Value| {
        std::fs::write(d.join(name), serde_json::to_string_pretty(v).unwrap()).unwrap();
    };
    // Copies of the first four measures of home care; the fourth twice.
    let nord = read("hjemmetjenesten-nord.json");
    let mut leder = nord.clone();
    leder["title"] = json!("Ledergruppa");
    leder["unit"] = json!("Ledergruppa hjemmetjenesten");
    let mut cards = Vec::new();
    for (i, c) in nord["cards"].as_array().unwrap().iter().take(4).enumerate() {
        let mut copy = c.clone();
        copy["id"] = json!(format!("l{}", i.min(3)));
        copy["escalated_from"] = json!({"board": "hjemmetjenesten-nord", "card": c["id"]});
        cards.push(copy);
    }
    let mut twice = cards[3].clone();
    twice["light"] = json!("red");
    cards.push(twice);
    leder["cards"] = Value::Array(cards);
    write("leder.json", &leder);
    // One tier further up, and a copy whose origin is not here.
    let mut region = leder.clone();
    region["title"] = json!("Regionen");
    region["unit"] = Value::Null;
    let mut top = leder["cards"][0].clone();
    top["id"] = json!("r1");
    top["escalated_from"] = json!({"board": "leder", "card": "l0"});
    let mut lost = leder["cards"][1].clone();
    lost["id"] = json!("r2");
    lost["escalated_from"] = json!({"board": "borte", "card": "x"});
    region["cards"] = json!([top, lost]);
    write("region.json", &region);
    // Conflict copies: Syncthing's, an ambiguous copy of the same board,
    // and an ambiguous name over another board (a board of its own).
    let sykehjem = std::fs::read(d.join("sykehjem-forbedring.json")).unwrap();
    std::fs::write(
        d.join("hjemmetjenesten-nord.sync-conflict-20261130-140312-ABCDEFG.json"),
        std::fs::read(d.join("hjemmetjenesten-nord.json")).unwrap(),
    )
    .unwrap();
    std::fs::write(d.join("sykehjem-forbedring (1).json"), &sykehjem).unwrap();
    std::fs::copy(
        d.join("helsefellesskap-handlingsplan.json"),
        d.join("leder (2).json"),
    )
    .unwrap();
    // Broken: not JSON, empty, UTF-16, a board with two schema errors
    // (the first in the file is the one named).
    std::fs::write(d.join("knekt.json"), "{\"tavle\": 1,\n  \"title\": ").unwrap();
    std::fs::write(d.join("tom.json"), "").unwrap();
    std::fs::write(d.join("utf16.json"), b"\xFF\xFE{\0}\0").unwrap();
    let mut bad = leder.clone();
    bad["title"] = json!("Feil");
    bad["cards"][0]["column"] = json!(42);
    bad["cards"][2]["due"] = json!(7);
    write("skjema.json", &bad);
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(d.join("sykehjem-forbedring.json"), d.join("lenke.json")).unwrap();
        let out = elsewhere.path().join("ute.json");
        std::fs::write(&out, &sykehjem).unwrap();
        symlink(&out, d.join("utenfor.json")).unwrap();
    }
    (dir, elsewhere)
}

#[test]
fn the_report_read_board_by_board_prints_what_the_whole_folder_printed() {
    let (dir, _elsewhere) = folder();
    let d = dir.path();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").unwrap();
    let today = now.date_naive();
    let analysed = read(d).unwrap();
    let owners = [None, Some("Jonas"), Some("ingrid"), Some("Ingen slik")];
    let units = [None, Some("hjemmetjenesten"), Some("sjukeheim")];
    let boards = [None, Some("leder"), Some("knekt")];
    let (mut held, mut copies, mut unreadable, mut charted) = (0, 0, 0, 0);
    let mut cases = 0;
    for owner in owners {
        for unit in units {
            for board in boards {
                for since in [None, Some("2026-11-01")] {
                    let o = Options {
                        owner,
                        unit,
                        board,
                        since,
                        ..Options::default()
                    };
                    let asked = asked(d, &o, now).unwrap();
                    let lang = Lang::ALL[cases % Lang::ALL.len()];
                    cases += 1;
                    let (old, _) = report_of(&analysed, today, &asked, lang);
                    let (new, charts, files) =
                        stream::report(d, today, &asked, lang, true).unwrap();
                    assert_eq!(new, old, "{o:?}");
                    assert_eq!(files.len(), analysed.len());
                    held = held.max(new.held_back.len());
                    copies = copies.max(new.total.copies.red + new.total.copies.yellow);
                    unreadable = unreadable.max(new.total.unreadable);
                    charted = charted.max(charts.len());
                    let stale = Default::default();
                    for format in ["text", "json", "markdown", "html"] {
                        for all in [false, true] {
                            let o = Options { format, all, ..o };
                            assert_eq!(
                                render_with(&new, &charts, &o, lang, now, &stale),
                                render(&analysed, &old, &o, lang, now, &stale),
                                "{o:?}"
                            );
                        }
                    }
                }
            }
        }
    }
    // The folder does what it was made for: two copies held back, copies
    // left out of the total, four broken files, run charts on the page.
    assert_eq!(held, 2);
    assert!(copies >= 2, "{copies}");
    assert_eq!(unreadable, 4);
    assert!(charted > 0);
}

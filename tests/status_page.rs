//! The status page (`tavle status --format html`, issue 23 point 4) read
//! the way a browser reads it: parsed by a real HTML5 parser with zero parse
//! errors in standards mode, self-contained (no script, nothing loaded from
//! elsewhere, no web font), and showing the same lights and counts as
//! `tavle status --format json` for the sample boards and for a hostile
//! folder, with every red and overdue measure and every indicator's run
//! chart; text from the boards stays text. `--out` writes the same page.

use std::path::Path;

use serde_json::Value;

mod status_page_support;
use status_page_support::*;

fn samples() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The page and the JSON of the same folder, taken at once.
fn page_and_json(dir: &Path, folder: &str, lang: &str) -> (Parsed, String, Value) {
    loop {
        let html = stdout(dir, lang, &["status", folder, "--format", "html"]);
        let json: Value =
            serde_json::from_str(&stdout(dir, lang, &["status", folder, "--format", "json"]))
                .unwrap();
        // Both runs on the same day (not across midnight).
        let day = tavle_core_day(&json);
        if html.contains(&day) {
            return (parse(&html), html, json);
        }
    }
}

/// The report's day as the page's title writes it (`24.11.2026`).
fn tavle_core_day(json: &Value) -> String {
    let d = json["date"].as_str().unwrap();
    let (y, rest) = d.split_once('-').unwrap();
    let (m, day) = rest.split_once('-').unwrap();
    format!("{day}.{m}.{y}")
}

fn article<'a>(page: &'a El, id: &str) -> &'a El {
    let found = page.find(|e| e.name == "article" && e.attr("data-board") == Some(id));
    assert_eq!(found.len(), 1, "article of {id}");
    found[0]
}

/// Every board's light and counts, the total, the overview's rows, the red
/// and overdue measures and the indicators' charts, against the JSON.
fn same_as_json(page: &El, json: &Value) {
    let total = &page.find(|e| e.name == "section" && e.has_class("total"))[0];
    let want: Vec<(String, u64)> = COUNT_KEYS
        .iter()
        .map(|k| (k.to_string(), json["total"]["counts"][k].as_u64().unwrap()))
        .collect();
    assert_eq!(shown_counts(total), want, "the total");
    let boards = json["boards"].as_array().unwrap();
    assert_eq!(page.named("article").len(), boards.len());
    // Worst first, as in the JSON.
    let order: Vec<&str> = page
        .named("article")
        .iter()
        .map(|a| a.attr("data-board").unwrap())
        .collect();
    let json_order: Vec<&str> = boards.iter().map(|b| b["id"].as_str().unwrap()).collect();
    assert_eq!(order, json_order);
    for b in boards {
        let id = b["id"].as_str().unwrap();
        let a = article(page, id);
        let h2 = &a.named("h2")[0];
        let row = page.find(|e| e.name == "tr" && e.attr("data-board") == Some(id));
        assert_eq!(row.len(), 1, "the overview's row of {id}");
        if !b["error"].is_null() {
            let light = h2.find(|e| e.attr("data-light").is_some());
            assert_eq!(light[0].attr("data-light"), Some("broken"), "{id}");
            assert!(shown_counts(a).is_empty(), "a broken board has no counts");
            continue;
        }
        // The title, made harmless, is in the heading as text.
        let title = b["title"].as_str().unwrap();
        let safe = tavle::text::sanitize(title);
        assert!(h2.text().contains(safe.as_ref()), "{id}: {}", h2.text());
        // The light: glyph, word and colour class, from the counts.
        let want_light = worst_light(&b["counts"]);
        for scope in [h2, row[0]] {
            let light = scope.find(|e| e.attr("data-light").is_some());
            assert_eq!(light.len(), 1, "{id}");
            assert_eq!(light[0].attr("data-light"), Some(want_light), "{id}");
            assert!(light[0].has_class(&format!("light-{want_light}")));
            let glyph = match want_light {
                "red" => "■",
                "yellow" => "▲",
                "green" => "●",
                _ => "○",
            };
            assert!(light[0].text().starts_with(glyph), "{}", light[0].text());
            assert!(
                light[0].text().chars().count() > 2,
                "a word after the glyph"
            );
        }
        let want: Vec<(String, u64)> = COUNT_KEYS
            .iter()
            .map(|k| (k.to_string(), b["counts"][k].as_u64().unwrap()))
            .collect();
        assert_eq!(shown_counts(a), want, "{id}");
        assert_eq!(shown_counts(row[0]), want, "{id}: the row");
        // Every red measure, overdue ones with owner and date.
        let rows = a.find(|e| e.name == "tr" && e.attr("data-card").is_some());
        let red = b["red"].as_array().unwrap();
        assert_eq!(rows.len(), red.len(), "{id}");
        for (c, tr) in red.iter().zip(&rows) {
            assert_eq!(tr.attr("data-card"), c["id"].as_str());
            let text = tr.text();
            let safe = tavle::text::sanitize(c["title"].as_str().unwrap()).into_owned();
            assert!(text.contains(&safe), "{text}");
            if let Some(owner) = c["owner"].as_str() {
                assert!(
                    text.contains(tavle::text::sanitize(owner).as_ref()),
                    "{text}"
                );
            }
            if let Some(due) = c["due"].as_str() {
                let (y, md) = due.split_once('-').unwrap();
                let (m, d) = md.split_once('-').unwrap();
                assert!(text.contains(&format!("{d}.{m}.{y}")), "{text}");
            }
            assert_eq!(tr.has_class("overdue"), c["overdue"].as_bool().unwrap());
        }
        // Every indicator: a chart with a mark per value, the median line,
        // the target line, and the signals' marks.
        for ind in b["indicators"].as_array().unwrap() {
            let iid = ind["id"].as_str().unwrap();
            let fig = a.find(|e| e.name == "figure" && e.attr("data-indicator") == Some(iid));
            assert_eq!(fig.len(), 1, "{id}/{iid}");
            let svg = fig[0].named("svg");
            let chart = svg.iter().find(|s| s.has_class("runchart")).unwrap();
            let marks = chart.find(|e| e.name == "g" && e.has_class("mark"));
            assert_eq!(marks.len() as u64, ind["points"].as_u64().unwrap(), "{iid}");
            let lines = |class: &str| chart.find(|e| e.name == "line" && e.has_class(class)).len();
            assert_eq!(lines("median"), usize::from(!ind["median"].is_null()));
            assert_eq!(lines("target"), usize::from(!ind["target"].is_null()));
            let count = |class: &str| marks.iter().filter(|m| m.has_class(class)).count();
            let signals = ind["signals"].as_array().unwrap();
            // Shifts never share a point: their points are the shift marks.
            let shift_points: u64 = signals
                .iter()
                .filter(|s| s["kind"] == "shift")
                .map(|s| s["points"].as_u64().unwrap())
                .sum();
            assert_eq!(
                (count("mark-shift") + count("mark-both")) as u64,
                shift_points,
                "{iid}"
            );
            for (direction, class) in [("rising", "mark-rising"), ("falling", "mark-falling")] {
                let trend = signals
                    .iter()
                    .any(|s| s["kind"] == "trend" && s["direction"] == direction);
                if !trend {
                    assert_eq!(count(class), 0, "{iid} {class}");
                }
            }
            let trends = signals.iter().filter(|s| s["kind"] == "trend").count();
            assert_eq!(
                trends > 0,
                count("mark-rising") + count("mark-falling") + count("mark-both") > 0
            );
            // Each signal is listed in words with its mark.
            let listed = fig[0].find(|e| e.name == "li" && e.has_class("signal"));
            assert_eq!(listed.len(), signals.len(), "{iid}");
        }
    }
}

#[test]
fn the_sample_boards_page_parses_cleanly_and_agrees_with_the_json() {
    for lang in ["nb", "nn", "en"] {
        let (parsed, html, json) = page_and_json(samples(), "boards", lang);
        assert_eq!(parsed.errors, Vec::<String>::new(), "{lang}");
        assert!(!parsed.quirks, "{lang}: standards mode");
        assert!(html.starts_with("<!DOCTYPE html>\n"));
        assert!(html.ends_with("</html>\n"));
        let page = &parsed.root;
        assert_self_contained(page);
        let root = page.named("html");
        assert_eq!(root[0].attr("lang"), Some(lang));
        let head = page.named("head")[0];
        assert_eq!(head.named("title").len(), 1);
        assert!(
            head.named("title")[0]
                .text()
                .contains(&tavle_core_day(&json))
        );
        let metas = page.named("meta");
        assert!(metas.iter().any(|m| m.attr("charset") == Some("utf-8")));
        assert!(
            !metas.iter().any(|m| m.attr("http-equiv").is_some()),
            "no reload without --watch"
        );
        let css = page.named("style")[0].text();
        assert!(css.contains("@media print"), "a print stylesheet");
        same_as_json(page, &json);
        // The sample boards do have charts with signals to mark.
        let marks = page.find(|e| e.has_class("mark-shift") || e.has_class("mark-falling"));
        assert!(!marks.is_empty());
    }
}

#[test]
fn a_hostile_folder_stays_text_and_agrees_with_the_json() {
    let dir = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    for lang in ["nb", "en"] {
        let (parsed, html, json) = page_and_json(dir.path(), ".", lang);
        assert_eq!(parsed.errors, Vec::<String>::new(), "{lang}");
        assert!(!parsed.quirks);
        assert_self_contained(&parsed.root);
        same_as_json(&parsed.root, &json);
        // Nothing became markup: the title is text in its heading.
        let farlig = article(&parsed.root, "farlig");
        let h2 = farlig.named("h2")[0].text();
        assert!(h2.contains(HOSTILE_TITLE), "{h2}");
        assert!(
            !html.contains(['\u{202e}', '\u{2066}', '\u{1b}']),
            "a bidi or escape character reached the page"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        // Quotes in attributes are escaped too (the ids are plain here,
        // the texts in titles of the chart's points are not).
        assert!(html.contains("&quot;quoted&quot; &#39;single&#39; &amp; amp"));
        // The broken board is named, and its error shown as text.
        let brutt = article(&parsed.root, "brutt");
        assert!(brutt.text().contains("brutt.json"), "{}", brutt.text());
        // The chart has its shift and trend marks.
        let chart = farlig.find(|e| e.name == "svg" && e.has_class("runchart"));
        assert_eq!(chart.len(), 1);
        assert!(!chart[0].find(|e| e.has_class("mark-shift")).is_empty());
    }
}

#[test]
fn out_writes_the_same_page_to_a_file_and_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    let out = tavle(
        dir.path(),
        "en",
        &["status", ".", "--format", "html", "--out", "page.html"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(dir.path().join("page.html")).unwrap();
    let printed = stdout(dir.path(), "en", &["status", ".", "--format", "html"]);
    // The same but for the minute it was made in.
    let strip = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("class=\"updated\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&written), strip(&printed));
    let parsed = parse(&written);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    // Any form can go to a file: the JSON too, still valid.
    let site = tempfile::tempdir().unwrap();
    let file = site.path().join("status.json");
    let out = tavle(
        dir.path(),
        "en",
        &[
            "status",
            ".",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["boards"].as_array().unwrap().len(), 3);
}

#[test]
fn watch_without_out_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = tavle(
        dir.path(),
        "en",
        &["status", ".", "--format", "html", "--watch"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out"));
}

#[test]
fn out_refuses_a_board_name_in_the_boards_folder() {
    let dir = tempfile::tempdir().unwrap();
    hostile_folder(dir.path());
    let before = std::fs::read_dir(dir.path()).unwrap().count();
    let out = tavle(
        dir.path(),
        "en",
        &["status", ".", "--format", "json", "--out", "status.json"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("would be read as a board"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(before, after, "nothing written");
}

#[test]
fn an_empty_folder_gives_a_whole_page_with_no_boards() {
    let dir = tempfile::tempdir().unwrap();
    let (parsed, html, json) = page_and_json(dir.path(), ".", "nn");
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert!(html.ends_with("</html>\n"));
    assert_eq!(json["boards"].as_array().unwrap().len(), 0);
    assert!(parsed.root.named("article").is_empty());
    same_as_json(&parsed.root, &json);
}

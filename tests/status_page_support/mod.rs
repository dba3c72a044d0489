//! What the status page tests share (`tavle status --format html`): running
//! tavle, the hostile folder, and reading a page with a real HTML5 parser
//! (html5ever, every parse error reported) into a small tree to look in.
//! Only the fixture lives here, no test; each test binary uses part of it,
//! so unused items are allowed.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use html5ever::tendril::TendrilSink;
use html5ever::tokenizer::TokenizerOpts;
use html5ever::tree_builder::{QuirksMode, TreeBuilderOpts};
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// Run tavle in `dir` with `args`, in `lang`.
pub fn tavle(dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

/// Its stdout, which must be a success.
pub fn stdout(dir: &Path, lang: &str, args: &[&str]) -> String {
    let out = tavle(dir, lang, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The title that tries to become markup, and a bidi override with an escape.
pub const HOSTILE_TITLE: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";
pub const BIDI: &str = "\u{202e}evil\u{1b}[2J\u{2066}";

/// A folder of boards whose every text tries to become markup or to drive
/// what shows it, one board that does not parse, and one with a run chart
/// with a shift and a trend.
pub fn hostile_folder(dir: &Path) {
    let hostile = |tag: &str| format!("{tag} {HOSTILE_TITLE} \"quoted\" 'single' & amp {BIDI}");
    let values: Vec<serde_json::Value> =
        [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]
            .iter()
            .enumerate()
            .map(|(k, v)| {
                let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
                    + chrono::Days::new(7 * k as u64);
                serde_json::json!({"date": day.to_string(), "value": v})
            })
            .collect();
    let board = serde_json::json!({
        "tavle": 1,
        "title": format!("{HOSTILE_TITLE}{BIDI}"),
        "kind": "drift",
        "unit": hostile("Enhet"),
        "columns": [
            {"id": "a", "title": hostile("Kolonne")},
            {"id": "b", "title": "Ferdig", "done": true}
        ],
        "cards": [
            {"id": "k1", "title": hostile("Kort"), "column": "a", "owner": hostile("Eier"),
             "due": "2026-01-20", "light": "green"},
            {"id": "k2", "title": "Gult", "column": "a", "light": "yellow"},
            {"id": "k3", "title": "Ferdig", "column": "b", "light": "red"},
            {"id": "k4", "title": hostile("Rødt"), "column": "a", "light": "red", "due": "2099-01-01"}
        ],
        "indicators": [{"id": "i1", "title": hostile("Indikator"), "unit": "<b>%</b>",
            "target": 4, "better": "lower", "values": values}],
    });
    std::fs::write(
        dir.join("farlig.json"),
        serde_json::to_string_pretty(&board).unwrap(),
    )
    .unwrap();
    let quiet = serde_json::json!({
        "tavle": 1, "title": "Stille tavle", "kind": "drift",
        "columns": [{"id": "a", "title": "A"}, {"id": "b", "title": "B", "done": true}],
        "cards": [
            {"id": "k1", "title": "Grønt", "column": "a", "light": "green"},
            {"id": "k2", "title": "Uten lys", "column": "a"},
            {"id": "k3", "title": "Uten lys", "column": "a"}
        ]
    });
    std::fs::write(dir.join("stille.json"), quiet.to_string()).unwrap();
    std::fs::write(
        dir.join("brutt.json"),
        "{\"tavle\": 1, \"title\": \"<i>x</i>\",",
    )
    .unwrap();
}

/// An element of a parsed page: its name, attributes, and children; text
/// is a child element named `#text`.
#[derive(Debug, Clone)]
pub struct El {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<El>,
    /// For `#text`: the text.
    pub text: String,
}

impl El {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }

    /// Every element below (and including) this one, in document order.
    pub fn all(&self) -> Vec<&El> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.all());
        }
        out
    }

    pub fn find(&self, pred: impl Fn(&El) -> bool) -> Vec<&El> {
        self.all().into_iter().filter(|e| pred(e)).collect()
    }

    pub fn named(&self, name: &str) -> Vec<&El> {
        self.find(|e| e.name == name)
    }

    /// The text of everything below.
    pub fn text(&self) -> String {
        if self.name == "#text" {
            return self.text.clone();
        }
        self.children.iter().map(El::text).collect()
    }
}

/// A page parsed: its tree, the parser's errors and whether it is in
/// standards mode.
pub struct Parsed {
    pub root: El,
    pub errors: Vec<String>,
    pub quirks: bool,
}

/// Parse `html` as a browser would, with every parse error reported.
pub fn parse(html: &str) -> Parsed {
    let opts = ParseOpts {
        tokenizer: TokenizerOpts {
            exact_errors: true,
            ..Default::default()
        },
        tree_builder: TreeBuilderOpts {
            exact_errors: true,
            ..Default::default()
        },
    };
    let dom = parse_document(RcDom::default(), opts).one(html);
    let errors = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
    let quirks = dom.quirks_mode.get() != QuirksMode::NoQuirks;
    Parsed {
        root: convert(&dom.document),
        errors,
        quirks,
    }
}

fn convert(h: &Handle) -> El {
    let children = h.children.borrow().iter().map(convert).collect();
    match &h.data {
        NodeData::Element { name, attrs, .. } => El {
            name: name.local.to_string(),
            attrs: attrs
                .borrow()
                .iter()
                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                .collect(),
            children,
            text: String::new(),
        },
        NodeData::Text { contents } => El {
            name: "#text".into(),
            attrs: Vec::new(),
            children: Vec::new(),
            text: contents.borrow().to_string(),
        },
        NodeData::Document => El {
            name: "#document".into(),
            attrs: Vec::new(),
            children,
            text: String::new(),
        },
        _ => El {
            name: "#other".into(),
            attrs: Vec::new(),
            children: Vec::new(),
            text: String::new(),
        },
    }
}

/// The light a board's counts give it on the page, worked out here from the
/// JSON: red when any measure is red, else yellow, else green, else none.
pub fn worst_light(counts: &serde_json::Value) -> &'static str {
    let n = |k: &str| counts[k].as_u64().unwrap();
    if n("red") > 0 {
        "red"
    } else if n("yellow") > 0 {
        "yellow"
    } else if n("green") > 0 {
        "green"
    } else {
        "none"
    }
}

pub const COUNT_KEYS: [&str; 6] = ["red", "yellow", "green", "none", "done", "overdue"];

/// The counts shown in `scope`'s elements with `data-count`, by key.
pub fn shown_counts(scope: &El) -> Vec<(String, u64)> {
    scope
        .find(|e| e.attr("data-count").is_some())
        .into_iter()
        .map(|e| {
            let key = e.attr("data-count").unwrap().to_string();
            let number = e
                .text()
                .split_whitespace()
                .find_map(|w| w.parse::<u64>().ok())
                .unwrap_or_else(|| panic!("no number in {:?}", e.text()));
            (key, number)
        })
        .collect()
}

/// What a page must never hold: a script, anything loaded from elsewhere,
/// an event handler, a web font. Panics naming the first found.
pub fn assert_self_contained(page: &El) {
    for e in page.all() {
        assert!(
            !matches!(
                e.name.as_str(),
                "script"
                    | "img"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "link"
                    | "image"
                    | "use"
                    | "base"
            ),
            "a {} element",
            e.name
        );
        for (name, value) in &e.attrs {
            assert!(!name.starts_with("on"), "an event handler: {name}={value}");
            assert!(name != "src", "src={value} on {}", e.name);
            if name == "href" || name.ends_with(":href") {
                assert!(value.starts_with('#'), "a link out: {value}");
            }
            assert!(name != "style", "inline style on {}", e.name);
        }
    }
    for style in page.named("style") {
        let css = style.text();
        assert!(!css.contains("url("), "url( in the style");
        assert!(!css.contains("@import"), "@import in the style");
        assert!(!css.contains("@font-face"), "a web font in the style");
    }
}

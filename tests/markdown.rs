//! Markdown that tavle writes (the minutes, `status --format markdown`) read
//! back with a CommonMark parser: text from board files and the change log —
//! however hostile — comes out as that text, never as HTML, a heading, a
//! list, a link, an image, code or emphasis that tavle did not write itself.
//! The one exception is on purpose: an address (`http://x`) is written as
//! code, so that no renderer links it (`bare_urls.rs`).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate};
use pulldown_cmark::{Event, Options, Parser, Tag};
use serde_json::json;
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::meeting;

/// Text someone could type into a board file, a name or a title.
const HOSTILE: &[&str] = &[
    "# Overskrift",
    "<script>alert(1)</script>",
    "[lenke](http://x)",
    "![bilde](x.png)",
    "**fet**",
    "`kode`",
    "- [ ] ikke en oppgave",
    "1. ikke en liste",
    "> sitat",
    "| a | b |",
    "&amp; &lt;b&gt;",
    "linje én\nlinje to",
    "\u{1b}[31mrød\u{1b}[0m\u{7}",
    "høyre\u{202E}venstre",
    "_kursiv_ ~~streket~~ <http://auto.link>",
    "    innrykket som kode",
    "Tittel ##",
    "slutter med \\",
    "===",
    "+ pluss",
    "```",
    "[^1] fotnote",
    "<!-- kommentar -->",
    "*",
];

/// The same board with every text either hostile or plain: the plain one
/// shows how much markup tavle writes itself.
struct Texts {
    hostile: bool,
}

impl Texts {
    /// Text number `i` (plain: `Tekst ix`).
    fn get(&self, i: usize) -> String {
        if self.hostile {
            HOSTILE[i % HOSTILE.len()].to_string()
        } else {
            // Never a prefix of another (an owner filter matches parts of names).
            format!("Tekst {}x", i % HOSTILE.len())
        }
    }
}

fn board_json(t: &Texts) -> String {
    let n = HOSTILE.len();
    let cards: Vec<_> = (0..n)
        .map(|i| {
            let (column, light) = [("a", "red"), ("b", "yellow"), ("c", "green")][i % 3];
            json!({
                "id": format!("k{i}"),
                "title": t.get(i),
                "column": column,
                "owner": t.get(i + 1),
                "due": format!("2026-12-{:02}", 1 + i % 28),
                "light": light,
            })
        })
        .chain([json!({"id": "kx", "title": t.get(3), "column": "a"})])
        .collect();
    let decisions: Vec<_> = (0..n)
        .map(|i| {
            // Half made in the meeting, half in earlier meetings.
            let at = if i % 2 == 0 {
                "2026-11-24T09:05:00+01:00"
            } else {
                "2026-11-20T09:00:00+01:00"
            };
            // Some earlier ones left as they were: a decision corrected in
            // the meeting is listed there, once, not again as a follow-up.
            let corrections = if i % 4 == 1 {
                json!([])
            } else {
                json!([{"at": "2026-11-24T09:06:00+01:00", "text": t.get(i + 4)}])
            };
            json!({
                "id": format!("b{i}"),
                "at": at,
                "text": t.get(i + 2),
                "owner": t.get(i + 3),
                "due": "2026-11-30",
                "card": format!("k{i}"),
                "corrections": corrections,
            })
        })
        .collect();
    json!({
        "tavle": 1,
        "title": t.get(0),
        "kind": "drift",
        "unit": t.get(1),
        "meeting": {
            "minutes": 15,
            "goal": t.get(2),
            "agenda": (0..n).map(|i| t.get(i)).collect::<Vec<_>>(),
        },
        "columns": [
            {"id": "a", "title": t.get(5)},
            {"id": "b", "title": t.get(6)},
            {"id": "c", "title": t.get(7)},
        ],
        "cards": cards,
        "indicators": [{
            "id": "ind",
            "title": t.get(8),
            "unit": t.get(9),
            "target": 5,
            "values": [{"date": "2026-11-16", "value": 4}, {"date": "2026-11-23", "value": 6.5}],
        }],
        "decisions": decisions,
    })
    .to_string()
}

fn log_text(t: &Texts) -> String {
    let at = |m: u32| format!("2026-11-24T09:{m:02}:00+01:00");
    let n = HOSTILE.len();
    let mut lines = vec![json!({"at": at(0), "by": t.get(0), "change": "meeting_started"})];
    for i in 0..n {
        let card = format!("k{i}");
        let title = t.get(i + 7);
        lines.push(
            json!({"at": at(1), "by": "Kari", "change": "moved", "card": card,
            "title": title, "from": format!("gone-{i}"), "to": "b"}),
        );
        lines.push(
            json!({"at": at(2), "by": "Kari", "change": "light", "card": card,
            "title": title, "from": null, "to": "red"}),
        );
        lines.push(
            json!({"at": at(3), "by": "Kari", "change": "archived", "card": card,
            "title": title}),
        );
        // Cards named in the log only, with ids as hostile as their titles.
        lines.push(json!({"at": at(4), "by": "Kari", "change": "added",
            "card": t.get(i + 11), "title": t.get(i + 8), "column": "a"}));
        lines.push(json!({"at": at(4), "by": "Kari", "change": "restored",
            "card": format!("r {}", t.get(i + 12)), "title": t.get(i + 9)}));
        lines.push(json!({"at": at(5), "by": "Kari", "change": "followed_up",
            "decision": format!("b{i}"), "text": t.get(i + 2), "done": i % 3 == 0}));
    }
    lines.push(
        json!({"at": at(5), "by": "Kari", "change": "measured", "indicator": "ind",
        "date": "2026-11-23", "value": 6.5}),
    );
    lines.push(
        json!({"at": at(10), "by": "Kari", "change": "meeting_ended",
        "started": at(0), "attendees": (0..n).map(|i| t.get(i + 10)).collect::<Vec<_>>()}),
    );
    lines
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect::<String>()
}

fn options() -> Options {
    // What GitHub and most mail readers add to CommonMark.
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM
}

/// How many of each kind of structure the Markdown has, and all its text.
/// Code spans that hold an address from a hostile text are not counted:
/// tavle writes every address as code.
fn read(md: &str) -> (BTreeMap<String, usize>, String) {
    let mut kinds = BTreeMap::new();
    let mut text = String::new();
    let address = |c: &str| {
        (c.contains("://") || c.contains('@') || c.starts_with("www."))
            && HOSTILE.iter().any(|h| h.contains(c))
    };
    for ev in Parser::new_ext(md, options()) {
        let kind = match &ev {
            Event::Start(Tag::Heading { level, .. }) => format!("Heading {level:?}"),
            Event::Start(Tag::List(start)) => format!("List {start:?}"),
            Event::Start(tag) => {
                let d = format!("{tag:?}");
                d[..d.find([' ', '(', '{']).unwrap_or(d.len())].to_string()
            }
            Event::End(_) => {
                text.push('\n');
                continue;
            }
            Event::Text(s) => {
                text.push_str(s);
                continue;
            }
            Event::Code(s) => {
                text.push_str(s);
                if address(s) {
                    continue;
                }
                "Code".into()
            }
            Event::TaskListMarker(done) => format!("TaskListMarker {done}"),
            other => {
                let d = format!("{other:?}");
                d[..d.find([' ', '(', '{']).unwrap_or(d.len())].to_string()
            }
        };
        *kinds.entry(kind).or_insert(0) += 1;
    }
    (kinds, text)
}

/// How a hostile text reads once it is rendered: on one line, with control
/// characters and bidi overrides made visible.
fn visible(s: &str) -> String {
    tavle_core::text::sanitize(s.replace(['\r', '\n'], " ").trim()).into_owned()
}

fn minutes(t: &Texts, lang: Lang, board_id: &str) -> String {
    let board = store::analyze_text(&board_json(t))
        .0
        .expect("the board reads");
    let log = tavle_core::log::parse(&log_text(t));
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let now = DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").unwrap();
    let scope = meeting::scope(&log, day, None, now).unwrap();
    let s = meeting::summary(&board, &log, &scope);
    tavle::minutes::minutes(lang, &board, board_id, &s)
}

fn status(t: &Texts, lang: Lang) -> String {
    use tavle_core::status;
    let board = store::analyze_text(&board_json(t))
        .0
        .expect("the board reads");
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let owner = t.get(1);
    let mut out = String::new();
    for owner in [None, Some(owner.as_str())] {
        let (id, broken, error) = (t.get(4), t.get(5), t.get(6));
        let inputs = [
            status::Input::Board {
                id: &id,
                board: &board,
                log: &[],
            },
            status::Input::Broken {
                id: &broken,
                error: &error,
            },
        ];
        let asked = status::Asked {
            owner: owner.map(str::to_string),
            ..Default::default()
        };
        // File names are as hostile as titles.
        let held_back = vec![status::HeldBack {
            file: t.get(7),
            copy_of: t.get(8),
        }];
        let r = status::report(&inputs, today, &asked, held_back);
        out.push_str(&tavle::report::markdown(lang, &r));
        out.push_str("\n---\n\n");
    }
    out
}

/// The hostile document has the structure of the plain one, no raw HTML, and
/// every hostile text is there as text wherever its plain twin is. Returns how
/// many texts were checked.
fn assert_text_only(what: &str, hostile: &str, plain: &str) -> usize {
    let (kinds, text) = read(hostile);
    let (plain_kinds, plain_text) = read(plain);
    for raw in ["Html", "InlineHtml", "HtmlBlock"] {
        assert!(!kinds.contains_key(raw), "{what}: {raw} in\n{hostile}");
    }
    assert_eq!(
        kinds, plain_kinds,
        "{what}: hostile text changed the structure:\n{hostile}"
    );
    let mut checked = 0;
    for (i, h) in HOSTILE.iter().enumerate() {
        if !plain_text.contains(&format!("Tekst {i}x")) {
            continue;
        }
        checked += 1;
        assert!(
            text.contains(&visible(h)),
            "{what}: {h:?} is not there as text ({:?}) in:\n{text}\n--- from:\n{hostile}",
            visible(h)
        );
    }
    checked
}

#[test]
fn minutes_keep_hostile_text_as_text() {
    for lang in [Lang::Nb, Lang::En] {
        let hostile = minutes(&Texts { hostile: true }, lang, "<img src=x>`tavle`|#");
        let plain = minutes(&Texts { hostile: false }, lang, "tavle");
        // The plain minutes have the structure tavle means to write, so the
        // comparison is not between two empty documents.
        let (kinds, _) = read(&plain);
        assert_eq!(kinds.get("Heading H1"), Some(&1), "{plain}");
        assert!(
            kinds.get("Heading H2").is_some_and(|n| *n >= 6),
            "{kinds:?}"
        );
        assert_eq!(kinds.get("Code"), Some(&1), "the board id: {kinds:?}");
        assert!(
            kinds.get("TaskListMarker false").is_some_and(|n| *n > 0),
            "{kinds:?}"
        );
        assert!(
            kinds.get("TaskListMarker true").is_some_and(|n| *n > 0),
            "{kinds:?}"
        );
        assert!(
            kinds.contains_key("Strong") && kinds.contains_key("Emphasis"),
            "{kinds:?}"
        );
        assert!(kinds.contains_key("List Some(1)"), "the agenda: {kinds:?}");
        // Every hostile text has a place in the minutes.
        assert_eq!(
            assert_text_only(&format!("minutes {lang:?}"), &hostile, &plain),
            HOSTILE.len()
        );
        let (_, text) = read(&hostile);
        assert!(
            text.contains("<img src=x>`tavle`|#"),
            "the board id as code: {text}"
        );
    }
}

#[test]
fn the_status_report_keeps_hostile_text_as_text() {
    for lang in [Lang::Nb, Lang::En] {
        let hostile = status(&Texts { hostile: true }, lang);
        let plain = status(&Texts { hostile: false }, lang);
        let (kinds, _) = read(&plain);
        assert!(
            kinds.get("Table").is_some_and(|n| *n == 2),
            "{kinds:?}\n{plain}"
        );
        assert!(kinds.contains_key("List None"), "{kinds:?}");
        let checked = assert_text_only(&format!("status {lang:?}"), &hostile, &plain);
        assert!(checked >= 10, "only {checked} texts reach the report");
    }
}

#[test]
fn a_code_span_cannot_be_closed_from_inside() {
    // The board id is the only text from outside that tavle writes as code:
    // whatever backticks it holds, it stays one code span with that text.
    for id in ["a`b", "``", "`x`", " x ", "a ` b ``` c"] {
        let board = store::analyze_text(&board_json(&Texts { hostile: false }))
            .0
            .unwrap();
        let s = meeting::summary(&board, &[], &meeting::Scope::Day(NaiveDate::MIN));
        let md = tavle::minutes::minutes(Lang::Nb, &board, id, &s);
        let codes: Vec<String> = Parser::new_ext(&md, options())
            .filter_map(|e| match e {
                Event::Code(c) => Some(c.into_string()),
                _ => None,
            })
            .collect();
        assert_eq!(codes, [id], "{md}");
    }
}

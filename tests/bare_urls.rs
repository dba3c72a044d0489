//! Bare addresses in board text (`https://…`, `www.…`, e-mail addresses)
//! are never turned into links by a Markdown renderer, in the minutes or in
//! `tavle status --format markdown`, and still read as the same address.
//!
//! pulldown-cmark has no GFM extended autolinks, so the test looks where
//! every autolinker looks: at the text the renderer is left with, with
//! backslash escapes resolved and neighbouring text joined (GitHub finds
//! e-mail addresses there, and remark and commonmark-java every kind).
//! `linkable` is a deliberately loose version of the GFM rules (and of
//! markdown-it's linkify, Markdig and Pandoc): no run of text may hold
//! anything it finds. Code spans are the one thing none of them searches.

use chrono::{DateTime, NaiveDate};
use pulldown_cmark::{Event, Options, Parser, Tag};
use serde_json::json;
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::meeting;

/// Board text with addresses in it, the way people write them.
const TEXTS: &[&str] = &[
    "Se rutinen på https://nav.no/rutine_1.",
    "www.helsenorge.no/tema/fall",
    "kari.nordmann@nav.no",
    "Send til mailto:post@kommune.no?subject=Avvik",
    "(http://intranett.kommune.no/avvik)",
    "https://no.wikipedia.org/wiki/PDSA_(kvalitet)!",
    "Hent ftp://fil.kommune.no/a og WWW.NAV.NO",
    "sjekk http://x.no|www.y.no",
    "ring tel:+4712345678 eller xmpp:vakt@chat.kommune.no",
    "https://a.no/?q=1&r=*2*_x_",
    "- [ ] https://liste.no",
    "1. www.nummer.no",
];

/// Whether a text run holds something an autolinker would link: a
/// `scheme://`, a `www.`, a `mailto:`/`tel:`/`xmpp:`, or `x@y.z`. Looser
/// than any renderer: no boundary or domain rules.
fn linkable(run: &str) -> Vec<String> {
    let mut found = Vec::new();
    for word in run.split(|c: char| c.is_whitespace() || c == '|') {
        let lower = word.to_lowercase();
        let scheme = lower.find("://").is_some_and(|i| {
            lower[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        });
        let www = lower.contains("www.");
        let bare = ["mailto:", "tel:", "xmpp:"]
            .iter()
            .any(|s| lower.find(s).is_some_and(|i| i + s.len() < lower.len()));
        let email = lower.find('@').is_some_and(|i| {
            lower[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && lower[i + 1..]
                    .split_once('.')
                    .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(char::is_alphanumeric))
        });
        if scheme || www || bare || email {
            found.push(word.to_string());
        }
    }
    found
}

/// The runs of text a renderer autolinks in (Text events joined until any
/// other event), the code spans, how many links, and all text read in order.
struct Read {
    runs: Vec<String>,
    codes: Vec<String>,
    links: usize,
    text: String,
}

fn read(md: &str) -> Read {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_GFM;
    let mut r = Read {
        runs: vec![String::new()],
        codes: Vec::new(),
        links: 0,
        text: String::new(),
    };
    for ev in Parser::new_ext(md, options) {
        match ev {
            Event::Text(t) => {
                r.runs.last_mut().unwrap().push_str(&t);
                r.text.push_str(&t);
                continue;
            }
            Event::Code(c) => {
                r.text.push_str(&c);
                r.codes.push(c.into_string());
            }
            Event::Start(Tag::Link { .. }) => r.links += 1,
            Event::End(_) => r.text.push('\n'),
            _ => {}
        }
        r.runs.push(String::new());
    }
    r
}

/// How a text reads once rendered: one line, nothing that acts on a terminal.
fn visible(s: &str) -> String {
    tavle_core::text::sanitize(s.replace(['\r', '\n'], " ").trim()).into_owned()
}

fn board() -> tavle::model::Board {
    let t = |i: usize| TEXTS[i % TEXTS.len()];
    let n = TEXTS.len();
    let text = json!({
        "tavle": 1,
        "title": t(0),
        "kind": "drift",
        "unit": t(1),
        "meeting": {"minutes": 15, "goal": t(2), "agenda": TEXTS},
        "columns": [{"id": "a", "title": t(3)}, {"id": "b", "title": t(4)}],
        "cards": (0..n).map(|i| json!({
            "id": format!("k{i}"), "title": t(i), "column": "a", "owner": t(i + 1),
            "due": "2026-12-01", "light": "red",
        })).collect::<Vec<_>>(),
        "indicators": [{
            "id": "ind", "title": t(5), "unit": t(6), "target": 5,
            "values": [{"date": "2026-11-23", "value": 6.5}],
        }],
        "decisions": (0..n).map(|i| json!({
            "id": format!("b{i}"), "at": "2026-11-24T09:05:00+01:00", "text": t(i),
            "owner": t(i + 2), "due": "2026-11-30", "card": format!("k{i}"),
        })).collect::<Vec<_>>(),
    })
    .to_string();
    store::analyze_text(&text).0.expect("the board reads")
}

fn minutes(lang: Lang) -> String {
    let board = board();
    let log = [
        json!({"at": "2026-11-24T09:00:00+01:00", "by": TEXTS[2], "change": "meeting_started"}),
        json!({"at": "2026-11-24T09:10:00+01:00", "by": "Kari", "change": "meeting_ended",
            "started": "2026-11-24T09:00:00+01:00", "attendees": TEXTS}),
    ]
    .iter()
    .map(|l| format!("{l}\n"))
    .collect::<String>();
    let log = tavle_core::log::parse(&log);
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let now = DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").unwrap();
    let scope = meeting::scope(&log, day, None, now).unwrap();
    let s = meeting::summary(&board, &log, &scope);
    tavle::minutes::minutes(lang, &board, "tavle", &s)
}

fn status(lang: Lang) -> String {
    use tavle_core::status;
    let board = board();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut out = String::new();
    for owner in [None, Some(TEXTS[1])] {
        let input = status::Input::Board {
            id: TEXTS[0],
            board: &board,
            log: &[],
        };
        let asked = status::Asked {
            owner: owner.map(str::to_string),
            ..Default::default()
        };
        let r = status::report(&[input], today, &asked, Vec::new());
        out.push_str(&tavle::report::markdown(lang, &r));
    }
    out
}

/// No run of text holds a linkable address, there are no links, and every
/// text is there to read; returns how many of the texts were there.
#[track_caller]
fn assert_never_linked(what: &str, md: &str) -> usize {
    let r = read(md);
    assert_eq!(r.links, 0, "{what}: a link in\n{md}");
    for run in &r.runs {
        assert!(
            linkable(run).is_empty(),
            "{what}: {:?} would be linked, in the text {run:?} of\n{md}",
            linkable(run)
        );
    }
    // The addresses are there, as code.
    assert!(
        r.codes.iter().any(|c| c == "https://nav.no/rutine_1"),
        "{what}: {:?}",
        r.codes
    );
    TEXTS
        .iter()
        .filter(|t| r.text.contains(&visible(t)))
        .count()
}

#[test]
fn the_checker_finds_what_renderers_link() {
    for t in TEXTS {
        assert!(!linkable(t).is_empty(), "{t}");
    }
    // Why a backslash is not enough: once the renderer has resolved it, the
    // address is whole again in the text an autolinker searches.
    let r = read("Se https\\://nav\\.no og kari\\@nav\\.no");
    assert_eq!(r.codes.len(), 0);
    assert_eq!(
        r.runs
            .iter()
            .flat_map(|run| linkable(run))
            .collect::<Vec<_>>(),
        ["https://nav.no", "kari@nav.no"]
    );
    // Ordinary Norwegian text is not an address to it.
    assert!(linkable("f.eks. 24.11.2026 kl. 10: m.fl. @kari tel: 22").is_empty());
}

#[test]
fn addresses_in_the_minutes_are_never_linked_and_read_the_same() {
    for lang in [Lang::Nb, Lang::En] {
        let md = minutes(lang);
        let seen = assert_never_linked(&format!("minutes {lang:?}"), &md);
        assert_eq!(
            seen,
            TEXTS.len(),
            "every text has a place in the minutes:\n{md}"
        );
    }
}

#[test]
fn addresses_in_the_status_report_are_never_linked_and_read_the_same() {
    for lang in [Lang::Nb, Lang::En] {
        let md = status(lang);
        let seen = assert_never_linked(&format!("status {lang:?}"), &md);
        assert!(seen >= 3, "only {seen} texts reach the report:\n{md}");
    }
}

//! Following escalations on screen (issue 18.3): a key jumps from a card to
//! the card at the other end of its link and Backspace (or Esc right after)
//! comes back; a board that is not there, cannot be read, or has lost the
//! card is said in a notice; a card in the middle tier shows both links;
//! and a copy finished or archived on the board above reads so on its
//! origin, with a notice when someone else does it while the screen is open.
//! Views at 80×24, 160×45 and 200×60.

use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Screen};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::{Lang, LinkMsg, Msg};
use tavle::links::State;
use tavle::ops::{CardOp, CardPatch, Op, Stamp};

// The links are read on the cards in the columns: the boards show their
// columns only (`panels`), as on the screen they were drawn on before the
// operations layout.
const TEAM: &str = r#"{"tavle":1,"title":"Team nord","kind":"drift","panels":["measures"],
  "columns":[{"id":"a","title":"I dag"},{"id":"f","title":"Ferdig","done":true}],
  "cards":[
    {"id":"k1","title":"Fall på natt","column":"a","owner":"Kari","light":"red",
     "escalated_to":{"board":"unit","card":"k7"}},
    {"id":"k2","title":"Uten lenke","column":"a"},
    {"id":"k3","title":"Til en tavle som ikke er her","column":"a",
     "escalated_to":{"board":"borte","card":"k1"}},
    {"id":"k4","title":"Til et kort som er slettet","column":"a",
     "escalated_to":{"board":"unit","card":"k99"}},
    {"id":"k5","title":"Til en tavle som ikke kan leses","column":"a",
     "escalated_to":{"board":"odelagt","card":"k1"}}]}"#;

const UNIT: &str = r#"{"tavle":1,"title":"Enhet hjemmetjenesten","kind":"drift","panels":["measures"],
  "columns":[{"id":"a","title":"Innkommet"},{"id":"p","title":"Pågår"},{"id":"f","title":"Ferdig","done":true}],
  "cards":[
    {"id":"k6","title":"Annet","column":"a"},
    {"id":"k7","title":"Fall på natt","column":"p","owner":"Eva","light":"yellow",
     "escalated_from":{"board":"team","card":"k1"},
     "escalated_to":{"board":"top","card":"k2"}}]}"#;

const TOP: &str = r#"{"tavle":1,"title":"Ledergruppen","kind":"drift","panels":["measures"],
  "columns":[{"id":"a","title":"Ny"},{"id":"f","title":"Avsluttet","done":true}],
  "cards":[
    {"id":"k2","title":"Fall på natt","column":"a","owner":"Leder","light":"green",
     "escalated_from":{"board":"unit","card":"k7"}}]}"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "Leder".into(),
    }
}

struct Chain {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    app: App,
}

impl Chain {
    fn new(lang: Lang) -> Chain {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        for (name, text) in [
            ("team.json", TEAM),
            ("unit.json", UNIT),
            ("top.json", TOP),
            ("odelagt.json", "{\"tavle\": 1,\n \"title\": "),
        ] {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let entries = tavle::tui::load_all(&dir).unwrap();
        let app = App::new(lang, "boards".into(), entries, today(), Instant::now());
        Chain {
            _tmp: tmp,
            dir,
            app,
        }
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    fn open(&mut self, id: &str) {
        let p = self.path(id);
        self.app.open_path(&p);
        assert_eq!(self.app.screen, Screen::Board);
        assert_eq!(self.board_id(), id);
    }

    fn key(&mut self, code: KeyCode) {
        let effects = self.app.update(
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Instant::now(),
        );
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn board_id(&self) -> String {
        self.app.entry().unwrap().id.clone()
    }

    /// The board shown and the card selected on it.
    fn at(&self) -> (String, Option<String>) {
        (self.board_id(), self.app.screens.board.card.clone())
    }

    /// Select `card` with the arrow keys, column by column.
    fn select(&mut self, card: &str) {
        for _ in 0..4 {
            for _ in 0..10 {
                if self.app.screens.board.card.as_deref() == Some(card) {
                    return;
                }
                self.key(KeyCode::Down);
            }
            self.key(KeyCode::Right);
        }
        panic!("{card} not reached: {:?}", self.at());
    }

    fn notice(&self) -> Option<Msg> {
        self.app.shared.notice().map(|n| n.msg.clone())
    }

    /// Someone else changes board `id` on disk; the watcher reports it.
    fn outside(&mut self, id: &str, op: CardOp) {
        let path = self.path(id);
        store::update(&path, &[Op::Card(op)], &stamp()).unwrap();
        let analysis = store::analyze(&path);
        let _ = self.app.update(
            Event::Files(WatchEvent::Changed(vec![FileChange::Present {
                path,
                analysis,
            }])),
            Instant::now(),
        );
    }

    fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
        t.draw(|f| tavle::ui::render(&self.app, clock, f)).unwrap();
        t
    }
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut s = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            s.push_str(buf[(x, y)].symbol());
        }
        s.push('\n');
    }
    s
}

/// Whether `parts` stand in `s` in this order.
fn in_order(s: &str, parts: &[&str]) -> bool {
    let mut from = 0;
    parts.iter().all(|p| match s[from..].find(p) {
        Some(i) => {
            from += i + p.len();
            true
        }
        None => false,
    })
}

/// A link as it reads: whole on one line where the card is wide enough,
/// else its words before the state on lines of their own, then the state.
fn link_reads(s: &str, w: u16, head: &[&str], state: &str) -> bool {
    let whole = format!("{} {state}", head.join(" "));
    if w > 80 {
        s.contains(&whole)
    } else {
        let mut parts = head.to_vec();
        parts.push(state);
        in_order(s, &parts)
    }
}

fn jumped(board: &str) -> Option<Msg> {
    Some(Msg::Link(LinkMsg::Jumped {
        board: board.into(),
        key: "Backspace".into(),
    }))
}

fn at(board: &str, card: &str) -> (String, Option<String>) {
    (board.to_string(), Some(card.to_string()))
}

#[test]
fn a_key_jumps_along_the_link_and_backspace_or_esc_comes_back() {
    let mut c = Chain::new(Lang::Nb);
    c.open("team");
    assert_eq!(c.at(), at("team", "k1"));
    // Up to the unit board, where the copy is selected.
    c.key(KeyCode::Char('g'));
    assert_eq!(c.app.screen, Screen::Board);
    assert_eq!(c.at(), at("unit", "k7"));
    assert_eq!(c.notice(), jumped("Enhet hjemmetjenesten"));
    // Esc right after the jump comes back to the card it started from.
    c.key(KeyCode::Esc);
    assert_eq!(c.at(), at("team", "k1"));
    assert_eq!(c.app.screen, Screen::Board);
    // Nothing left to go back to: Esc is the board's Esc again.
    c.key(KeyCode::Esc);
    assert_eq!(c.app.screen, Screen::Overview);
    // Two jumps up the chain, then back down one at a time with Backspace.
    c.open("team");
    c.key(KeyCode::Char('g'));
    // The middle card: `g` goes on up (its copy), `G` down (its origin).
    c.key(KeyCode::Char('g'));
    assert_eq!(c.at(), at("top", "k2"));
    assert_eq!(c.notice(), jumped("Ledergruppen"));
    c.key(KeyCode::Backspace);
    assert_eq!(c.at(), at("unit", "k7"));
    c.key(KeyCode::Char('G'));
    assert_eq!(c.at(), at("team", "k1"));
    c.key(KeyCode::Backspace);
    assert_eq!(c.at(), at("unit", "k7"));
    c.key(KeyCode::Backspace);
    assert_eq!(c.at(), at("team", "k1"));
    c.key(KeyCode::Backspace);
    assert_eq!(c.at(), at("team", "k1"));
    assert_eq!(c.notice(), Some(Msg::Link(LinkMsg::NothingBack)));
    // Moving on the board landed on: Esc still goes back; after Tab to
    // another board it is the board's Esc again.
    c.key(KeyCode::Char('g'));
    c.key(KeyCode::Up);
    assert_eq!(c.at(), at("unit", "k7"), "k7 is alone in its column");
    c.key(KeyCode::Left);
    assert_eq!(c.at(), at("unit", "k6"));
    c.key(KeyCode::Esc);
    assert_eq!(c.at(), at("team", "k1"));
}

#[test]
fn from_the_card_screen_the_jump_lands_on_the_card_screen() {
    let mut c = Chain::new(Lang::Nb);
    c.open("unit");
    c.select("k7");
    c.key(KeyCode::Enter);
    assert_eq!(c.app.screen, Screen::Card);
    c.key(KeyCode::Char('G'));
    assert_eq!(c.app.screen, Screen::Card);
    assert_eq!(c.board_id(), "team");
    assert_eq!(c.app.screens.card.id.as_deref(), Some("k1"));
    c.key(KeyCode::Esc);
    assert_eq!(c.app.screen, Screen::Card);
    assert_eq!(c.board_id(), "unit");
    assert_eq!(c.app.screens.card.id.as_deref(), Some("k7"));
    // Esc with nothing to go back to: the board, the card still selected.
    c.key(KeyCode::Esc);
    assert_eq!(c.app.screen, Screen::Board);
    assert_eq!(c.at(), at("unit", "k7"));
}

#[test]
fn a_link_that_cannot_be_followed_says_why_and_stays() {
    let mut c = Chain::new(Lang::Nb);
    c.open("team");
    let cases: [(&str, Msg, bool); 4] = [
        ("k2", Msg::Link(LinkMsg::NoLink), false),
        ("k3", Msg::Link(LinkMsg::NotLoaded("borte".into())), true),
        (
            "k4",
            Msg::Link(LinkMsg::Gone {
                card: "k99".into(),
                board: "Enhet hjemmetjenesten".into(),
            }),
            true,
        ),
        (
            "k5",
            Msg::Link(LinkMsg::Unreadable("odelagt.json".into())),
            true,
        ),
    ];
    for (card, msg, error) in cases {
        c.select(card);
        c.key(KeyCode::Char('g'));
        assert_eq!(c.at(), at("team", card), "stays on {card}");
        let n = c.app.shared.notice().cloned().unwrap();
        assert_eq!((n.msg, n.error), (msg, error), "{card}");
        assert!(c.app.shared.links().back().is_empty());
    }
    // The words say what happened, in the user's language.
    let s = text(&c.draw(120, 30));
    assert!(s.contains("tavla odelagt.json kan ikke leses nå"), "{s}");
}

#[test]
fn a_jump_to_an_archived_card_or_past_the_filter_shows_it() {
    let mut c = Chain::new(Lang::Nb);
    c.outside(
        "unit",
        CardOp::Set {
            id: "k7".into(),
            patch: CardPatch {
                archived: Some(true),
                ..CardPatch::default()
            },
        },
    );
    c.open("team");
    // A filter that the card landed on does not match.
    c.key(KeyCode::Char('/'));
    for ch in "Fall".chars() {
        c.key(KeyCode::Char(ch));
    }
    c.key(KeyCode::Enter);
    assert_eq!(c.at(), at("team", "k1"));
    c.key(KeyCode::Char('g'));
    assert_eq!(c.at(), at("unit", "k7"));
    assert!(c.app.screens.board.show_archived);
}

#[test]
fn a_middle_tier_card_shows_both_links_on_the_board_and_the_card_screen() {
    let mut c = Chain::new(Lang::Nb);
    c.open("unit");
    c.select("k7");
    for (w, h) in [(80, 24), (160, 45), (200, 60)] {
        let t = c.draw(w, h);
        let s = text(&t);
        assert!(
            link_reads(&s, w, &["⇩ fra Team nord:"], "■ I dag"),
            "{w}x{h}:\n{s}"
        );
        assert!(
            link_reads(&s, w, &["⇪ sendt til", "Ledergruppen:"], "● Ny"),
            "{w}x{h}:\n{s}"
        );
        assert!(in_order(&s, &["⇩ fra", "⇪ sendt til"]), "origin first");
        insta::assert_snapshot!(format!("middle_card_board_{w}x{h}"), t.backend());
    }
    c.key(KeyCode::Enter);
    for (w, h) in [(80, 24), (160, 45), (200, 60)] {
        let t = c.draw(w, h);
        let s = text(&t);
        let from = s.find("⇩ fra Team nord: ■ I dag").expect(&s);
        let to = s.find("⇪ sendt til Ledergruppen: ● Ny").expect(&s);
        assert!(from < to, "origin first:\n{s}");
        insta::assert_snapshot!(format!("middle_card_detail_{w}x{h}"), t.backend());
    }
    // The hint bar offers the jump on a linked card; `?` lists its keys.
    let s = text(&c.draw(160, 45));
    assert!(s.contains("g gå til lenke"), "{s}");
    c.key(KeyCode::Char('?'));
    let s = text(&c.draw(160, 45));
    for words in [
        "gå til det lenkede kortet (⇪ først)",
        "gå til kortet det ble sendt opp fra",
        "Backspace",
    ] {
        assert!(s.contains(words), "{words}:\n{s}");
    }
}

#[test]
fn the_origin_reads_when_the_copy_above_is_finished_or_archived() {
    let mut c = Chain::new(Lang::Nb);
    c.open("unit");
    c.select("k7");
    let before = text(&c.draw(80, 24));
    assert!(!before.contains("ferdig på"), "{before}");
    // Someone on the leadership board finishes the copy while we look.
    c.outside(
        "top",
        CardOp::Move {
            id: "k2".into(),
            column: "f".into(),
            before: None,
        },
    );
    assert_eq!(
        c.notice(),
        Some(Msg::Link(LinkMsg::Closed {
            title: "Fall på natt".into(),
            board: "Ledergruppen".into(),
            origin: "Enhet hjemmetjenesten".into(),
            state: State::Finished,
        }))
    );
    // Nothing was written to the origin: it reads the board above.
    let unit = std::fs::read_to_string(c.path("unit")).unwrap();
    assert_eq!(unit, UNIT);
    for (w, h) in [(80, 24), (160, 45), (200, 60)] {
        let t = c.draw(w, h);
        let s = text(&t);
        assert!(
            link_reads(&s, w, &["⇪ ✓ ferdig på"], "Ledergruppen"),
            "{w}x{h}:\n{s}"
        );
        assert!(
            s.contains("«Fall på natt» er ferdig på Ledergruppen"),
            "{s}"
        );
        insta::assert_snapshot!(format!("copy_finished_{w}x{h}"), t.backend());
    }
    // The same change seen again is no news.
    c.app.shared.clear_notice();
    c.outside(
        "top",
        CardOp::Set {
            id: "k2".into(),
            patch: CardPatch {
                owner: Some(Some("Ny leder".into())),
                ..CardPatch::default()
            },
        },
    );
    assert_eq!(c.notice(), None);
    // Back in the first column and archived: it reads archived.
    c.outside(
        "top",
        CardOp::Move {
            id: "k2".into(),
            column: "a".into(),
            before: None,
        },
    );
    c.outside(
        "top",
        CardOp::Set {
            id: "k2".into(),
            patch: CardPatch {
                archived: Some(true),
                ..CardPatch::default()
            },
        },
    );
    assert!(
        matches!(
            c.notice(),
            Some(Msg::Link(LinkMsg::Closed {
                state: State::Archived,
                ..
            }))
        ),
        "{:?}",
        c.notice()
    );
    let s = text(&c.draw(160, 45));
    assert!(s.contains("⇪ arkivert på Ledergruppen"), "{s}");
}

#[test]
fn finishing_the_copy_ourselves_is_confirmed_not_announced() {
    let mut c = Chain::new(Lang::En);
    c.open("top");
    assert_eq!(c.at(), at("top", "k2"));
    c.key(KeyCode::Char('>'));
    assert!(
        !matches!(c.notice(), Some(Msg::Link(_))),
        "{:?}",
        c.notice()
    );
    // The origin shows it all the same.
    c.key(KeyCode::Char('g'));
    assert_eq!(c.at(), at("unit", "k7"));
    let s = text(&c.draw(120, 30));
    assert!(s.contains("⇪ ✓ finished on Ledergruppen"), "{s}");
}

#[test]
fn the_jump_keys_are_in_the_key_tables_once() {
    use tavle::app::keymap::{Cmd, clashes, row};
    for table in [tavle::app::board::KEYS, tavle::app::card::KEYS] {
        assert_eq!(clashes(table), []);
        for cmd in [Cmd::FollowLink, Cmd::FollowOrigin, Cmd::JumpBack] {
            assert!(row(table, cmd).is_some(), "{cmd:?}");
        }
    }
}

/// A board with no card sent up gets one by an outside edit: its copy is
/// followed from then on (what each board sends up is worked out once per
/// version of the board, issue 24, and must not stay as first seen).
#[test]
fn a_board_that_sends_a_card_up_later_hears_of_its_copy_too() {
    let mut c = Chain::new(Lang::Nb);
    c.open("unit");
    let top = TOP.replace(
        r#""escalated_from":{"board":"unit","card":"k7"}}"#,
        r#""escalated_from":{"board":"unit","card":"k7"},
           "escalated_to":{"board":"unit","card":"k6"}}"#,
    );
    assert_ne!(top, TOP);
    let path = c.path("top");
    std::fs::write(&path, &top).unwrap();
    let analysis = store::analyze(&path);
    let change = FileChange::Present { path, analysis };
    let _ = c.app.update(
        Event::Files(WatchEvent::Changed(vec![change])),
        Instant::now(),
    );
    c.app.shared.clear_notice();
    c.outside(
        "unit",
        CardOp::Move {
            id: "k6".into(),
            column: "f".into(),
            before: None,
        },
    );
    assert_eq!(
        c.notice(),
        Some(Msg::Link(LinkMsg::Closed {
            title: "Annet".into(),
            board: "Enhet hjemmetjenesten".into(),
            origin: "Ledergruppen".into(),
            state: State::Finished,
        }))
    );
}

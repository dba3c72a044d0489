//! The overview on a folder of 30 boards with long, similar titles (issue
//! 18.4): the title column grows with the width and is never narrower than
//! at 80 columns; titles that read the same where they are cut show their
//! unit or file name; Home/End/PgUp/PgDn and a position on the long list;
//! the owner filter offers the names, hides boards where the person has
//! nothing and scrolls its panel; the picker for sending a card up filters
//! as you type. Views at 80×24, 160×45 and 200×60.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tavle::app::{App, Event, Overlay, Screen};
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::ops::Stamp;

const ZONES: [(&str, &str); 5] = [
    ("nord", "nord"),
    ("sor", "sør"),
    ("ost", "øst"),
    ("vest", "vest"),
    ("sentrum", "sentrum"),
];

/// The title every board shares but for its end.
const COMMON: &str = "Driftstavle – Hjemmebaserte tjenester og rehabilitering, sone";

/// One board: its file id, title, unit, and the cards' owners.
fn board(title: &str, unit: Option<&str>, owners: &[&str]) -> String {
    let cards: Vec<String> = (owners.iter().enumerate())
        .map(|(i, o)| {
            format!(
                r#"{{"id":"k{i}","title":"Tiltak {i} for {o}","column":"a","owner":"{o}","light":"{}"}}"#,
                if i % 3 == 0 { "red" } else { "green" }
            )
        })
        .collect();
    let unit = unit
        .map(|u| format!(r#""unit":"{u}","#))
        .unwrap_or_default();
    format!(
        r#"{{"tavle":1,"title":"{title}","kind":"drift",{unit}
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"p","title":"Pågår"}},{{"id":"f","title":"Ferdig","done":true}}],
          "cards":[{}]}}"#,
        cards.join(",")
    )
}

/// Thirty boards, `sone-<zone>-team-<n>`: Kari Nilsen owns six cards on
/// each nord board of teams 1–3, Kari Hansen one on sør team 1.
fn thirty() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    for (ascii, zone) in ZONES {
        for team in 1..=6 {
            let id = format!("sone-{ascii}-team-{team}");
            let mut owners = vec!["Ola"];
            if ascii == "nord" && team <= 3 {
                owners = vec!["Kari Nilsen"; 6];
            }
            if ascii == "sor" && team == 1 {
                owners.push("Kari Hansen");
            }
            let title = format!("{COMMON} {zone}, team {team}");
            let unit = format!("Sone {zone} team {team}");
            std::fs::write(
                dir.join(format!("{id}.json")),
                board(&title, Some(&unit), &owners),
            )
            .unwrap();
        }
    }
    (tmp, dir)
}

fn stamp() -> Stamp {
    Stamp {
        at: tavle::model::Timestamp::parse("2026-11-24T09:00:00+01:00").unwrap(),
        by: "test".into(),
    }
}

struct Ui {
    app: App,
}

impl Ui {
    fn new(dir: &Path, lang: Lang) -> Ui {
        let entries = tavle::tui::load_all(dir).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let mut app = App::new(lang, dir.to_path_buf(), entries, today, Instant::now());
        // The title bar shows the folder: keep the temporary path out of views.
        app.shared.set_dir("boards".into());
        Ui { app }
    }

    fn key(&mut self, code: KeyCode) {
        let effects = self.app.update(
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
            Instant::now(),
        );
        tavle::tui::perform_with(&mut self.app, effects, &stamp);
    }

    fn typ(&mut self, s: &str) {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    fn draw(&self, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
        t.draw(|f| tavle::ui::render(&self.app, clock, f)).unwrap();
        t
    }

    fn current_id(&self) -> String {
        self.app.entry().unwrap().id.clone()
    }
}

fn lines(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

fn text(t: &Terminal<TestBackend>) -> String {
    lines(t).join("\n")
}

/// The title column's width as drawn: from where its heading starts to
/// where the next heading starts, less the space between columns.
fn title_column(t: &Terminal<TestBackend>, heading: &str) -> usize {
    let header = lines(t)
        .into_iter()
        .find(|l| l.contains(&format!("  {heading} ")))
        .expect("the table's header");
    let cells: Vec<char> = header.chars().collect();
    let at = (0..cells.len())
        .find(|&i| cells[i..].iter().collect::<String>().starts_with(heading))
        .unwrap();
    let mut i = at + heading.chars().count();
    while cells[i] == ' ' {
        i += 1;
    }
    i - at - 1
}

#[test]
fn the_title_column_grows_with_the_width_and_is_never_narrower_than_at_80() {
    let (_tmp, dir) = thirty();
    for (lang, heading) in [
        (Lang::Nb, "Tavle"),
        (Lang::Nn, "Tavle"),
        (Lang::En, "Board"),
    ] {
        let ui = Ui::new(&dir, lang);
        let widths: Vec<usize> = [(80, 24), (120, 36), (160, 45), (200, 60)]
            .iter()
            .map(|&(w, h)| title_column(&ui.draw(w, h), heading))
            .collect();
        println!("{lang:?} title column at 80/120/160/200: {widths:?}");
        // Before: 52, 37, 36, 41 (nb, en) and 49, 35, 35, 40 (nn); since
        // then the count of cards without a light took 3 cells at every width.
        let at_80 = widths[0];
        assert!(at_80 >= 46, "{lang:?} {widths:?}");
        assert!(widths.iter().all(|w| *w >= at_80), "{lang:?} {widths:?}");
        assert!(
            widths[2] > 36 && widths[3] >= widths[2],
            "{lang:?} {widths:?}"
        );
    }
}

#[test]
fn similar_titles_show_their_unit_or_file_where_they_read_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    let long = format!("{COMMON} nord");
    let south = format!("{COMMON} sør");
    for (id, title, unit) in [
        ("a", long.as_str(), Some("Sone nord")),
        ("b", south.as_str(), Some("Sone sør")),
        ("c", south.as_str(), Some("Sone sør")),
        ("d", "Plan for sone nord", None),
    ] {
        std::fs::write(
            tmp.path().join(format!("{id}.json")),
            board(title, unit, &["Ola"]),
        )
        .unwrap();
    }
    let ui = Ui::new(tmp.path(), Lang::Nb);
    let row = |t: &Terminal<TestBackend>, file_or_unit: &str| {
        lines(t)
            .into_iter()
            .find(|l| l.contains(file_or_unit))
            .unwrap_or_default()
    };
    for (w, h) in [(80, 24), (160, 45), (200, 60)] {
        let t = ui.draw(w, h);
        let s = text(&t);
        // b and c have one title and one unit: their files tell them apart, always.
        assert!(row(&t, "(b.json)").contains("Driftstavle"), "{w}x{h}\n{s}");
        assert!(row(&t, "(c.json)").contains("Driftstavle"), "{w}x{h}\n{s}");
        // The short title is its own.
        assert!(
            s.contains("Plan for sone nord ") && !s.contains("(d.json)"),
            "{s}"
        );
        if w < 200 {
            // Cut to the title column (52 cells at 80 columns, 62 at 160)
            // the titles read the same: a shows its unit.
            assert!(row(&t, "(Sone nord)").contains("Driftstavle – "), "{s}");
            assert!(!s.contains(&long), "{s}");
        } else {
            // Whole, a's title is its own.
            assert!(s.contains(&format!("{long} ")), "{w}x{h}\n{s}");
            assert!(!s.contains("(Sone nord)"), "{w}x{h}\n{s}");
        }
        insta::assert_snapshot!(format!("similar_titles_{w}x{h}"), t.backend());
    }
}

#[test]
fn long_lists_page_with_home_end_pgup_pgdn_and_show_the_position() {
    let (_tmp, dir) = thirty();
    let mut ui = Ui::new(&dir, Lang::Nb);
    let order: Vec<String> = ui
        .app
        .shared
        .entries()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(order.len(), 30);
    let t = ui.draw(80, 24);
    // Rows of boards on screen: 24 rows less the top bar, notice, hints,
    // the table's border and its header.
    let rows = lines(&t)
        .iter()
        .filter(|l| l.contains("Driftstavle"))
        .count();
    assert_eq!(rows, 24 - 3 - 2 - 1);
    insta::assert_snapshot!("long_list_80x24", t.backend());
    assert!(text(&t).contains(" 1/30 "), "{}", text(&t));
    // A page down moves by the rows shown less one, kept for context.
    let page = rows - 1;
    ui.key(KeyCode::PageDown);
    assert_eq!(ui.current_id(), order[page]);
    assert!(text(&ui.draw(80, 24)).contains(&format!(" {}/30 ", page + 1)));
    ui.key(KeyCode::PageDown);
    assert_eq!(ui.current_id(), order[29], "the last page stops at the end");
    ui.key(KeyCode::Down);
    assert_eq!(ui.current_id(), order[29], "no wrap to the top");
    let s = text(&ui.draw(80, 24));
    assert!(s.contains(" 30/30 "), "{s}");
    ui.key(KeyCode::PageUp);
    assert_eq!(ui.current_id(), order[29 - page]);
    ui.key(KeyCode::Home);
    assert_eq!(ui.current_id(), order[0]);
    ui.key(KeyCode::End);
    assert_eq!(ui.current_id(), order[29]);
    ui.key(KeyCode::Up);
    assert_eq!(ui.current_id(), order[28]);
    // The selected row is on screen, marked.
    let s = text(&ui.draw(80, 24));
    let marked = lines(&ui.draw(80, 24))
        .into_iter()
        .find(|l| l.contains('▶'))
        .unwrap();
    let unit = ui
        .app
        .entry()
        .unwrap()
        .board
        .as_ref()
        .unwrap()
        .unit
        .clone()
        .unwrap();
    assert!(marked.contains(&format!("({unit})")), "{marked}\n{s}");
    // At 160×45 (39 rows) and 200×60 all thirty fit: no position needed.
    let t = ui.draw(160, 45);
    assert!(!text(&t).contains("/30 "));
    // From the top, though the last page was shown at 80×24.
    assert!(lines(&t)[3].contains("(Sone nord team 1)"), "{}", text(&t));
    insta::assert_snapshot!("long_list_160x45", t.backend());
    let t = ui.draw(200, 60);
    assert!(!text(&t).contains("/30 "));
    insta::assert_snapshot!("long_list_200x60", t.backend());
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.screen, Screen::Board);
    assert_eq!(ui.current_id(), order[28]);
}

#[test]
fn the_owner_filter_offers_names_hides_boards_without_them_and_its_panel_scrolls() {
    let (_tmp, dir) = thirty();
    let mut ui = Ui::new(&dir, Lang::Nb);
    ui.key(KeyCode::Char('/'));
    let s = text(&ui.draw(80, 24));
    for name in [
        "Kari Hansen · 1 kort",
        "Kari Nilsen · 18 kort",
        "Ola · 27 kort",
    ] {
        assert!(s.contains(name), "{name}\n{s}");
    }
    ui.typ("kari");
    let t = ui.draw(80, 24);
    let s = text(&t);
    assert!(!s.contains("Ola ·"), "{s}");
    // Boards with a Kari: nord teams 1–3 and sør team 1, no other.
    let listed = |ui: &Ui| -> Vec<String> {
        let shown =
            tavle::app::overview::listed(&ui.app.shared, &ui.app.screens.overview.owner.text());
        let mut ids: Vec<String> = shown
            .iter()
            .map(|&i| ui.app.shared.entries()[i].id.clone())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(
        listed(&ui),
        [
            "sone-nord-team-1",
            "sone-nord-team-2",
            "sone-nord-team-3",
            "sone-sor-team-1"
        ]
    );
    insta::assert_snapshot!("owner_names_80x24", t.backend());
    // ↓ chooses a name (Hansen before Nilsen), Enter makes it the filter.
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Down);
    assert!(text(&ui.draw(80, 24)).contains("▶ Kari Nilsen · 18 kort"));
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.screens.overview.owner.text(), "Kari Nilsen");
    assert!(!ui.app.screens.overview.owner.typing);
    assert_eq!(
        listed(&ui),
        ["sone-nord-team-1", "sone-nord-team-2", "sone-nord-team-3"]
    );
    // The table lists those three, the selection on one of them.
    let t = ui.draw(80, 24);
    let s = text(&t);
    let table_rows = (lines(&t).iter())
        .filter(|l| l.contains("│▶ Driftstavle") || l.contains("│  Driftstavle"))
        .count();
    assert_eq!(table_rows, 3, "{s}");
    assert!(ui.current_id().starts_with("sone-nord-team-"));
    // Three boards of seven lines each: more than the panel holds.
    let panel = |ui: &Ui| ui.app.screens.overview.drawn_panel.get();
    assert!(panel(&ui).limit > 0, "{s}");
    let top = panel(&ui).top;
    assert!(
        s.contains(&format!(" {}–", top + 1)) && s.contains("/21 "),
        "{s}"
    );
    insta::assert_snapshot!("owner_panel_80x24", t.backend());
    ui.key(KeyCode::Char('J'));
    let s = text(&ui.draw(80, 24));
    assert_eq!(panel(&ui).top, top + 1);
    assert!(s.contains(&format!(" {}–", top + 2)), "{s}");
    ui.key(KeyCode::Char('K'));
    ui.key(KeyCode::Char('K'));
    ui.draw(80, 24);
    assert_eq!(panel(&ui).top, top.saturating_sub(1));
    for (w, h) in [(160, 45), (200, 60)] {
        insta::assert_snapshot!(format!("owner_panel_{w}x{h}"), ui.draw(w, h).backend());
    }
    // Typed but not chosen: what is typed is the filter, as before.
    ui.key(KeyCode::Char('/'));
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('/'));
    ui.typ("hansen");
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.screens.overview.owner.text(), "hansen");
    assert_eq!(listed(&ui), ["sone-sor-team-1"]);
    assert_eq!(ui.current_id(), "sone-sor-team-1");
}

#[test]
fn the_picker_for_sending_a_card_up_filters_as_you_type() {
    let (_tmp, dir) = thirty();
    let mut ui = Ui::new(&dir, Lang::Nb);
    ui.app.open_path(&dir.join("sone-nord-team-1.json"));
    ui.key(KeyCode::Char('E'));
    let Some(Overlay::Escalate(p)) = &ui.app.overlay else {
        panic!("no picker: {:?}", ui.app.overlay);
    };
    assert_eq!(p.filter(&ui.app.shared.other_boards()).len(), 29);
    let s = text(&ui.draw(80, 24));
    assert!(s.contains(" 1/29 "), "{s}");
    // Words typed narrow the list: both must be in the title, unit or file.
    ui.typ("sør team 4");
    let Some(Overlay::Escalate(p)) = &ui.app.overlay else {
        panic!("closed while typing");
    };
    let boards = ui.app.shared.other_boards();
    let fits: Vec<&str> = p
        .filter(&boards)
        .iter()
        .map(|&i| boards[i].id.as_str())
        .collect();
    assert_eq!(fits, ["sone-sor-team-4"]);
    let t = ui.draw(80, 24);
    let s = text(&t);
    assert!(s.contains("/ sør team 4▏"), "{s}");
    assert!(
        s.contains("(Sone sør team 4)") && !s.contains("(Sone sør team 5)"),
        "{s}"
    );
    insta::assert_snapshot!("picker_filtered_80x24", t.backend());
    // Backspace widens it again; End and PgUp choose in the longer list.
    for _ in 0..7 {
        ui.key(KeyCode::Backspace);
    }
    let Some(Overlay::Escalate(p)) = &ui.app.overlay else {
        panic!("closed");
    };
    assert_eq!(p.typed, "sør");
    ui.key(KeyCode::End);
    ui.key(KeyCode::Up);
    let s = text(&ui.draw(80, 24));
    assert!(s.contains(" 5/6 "), "{s}");
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.overlay, None);
    // The fifth of the sør boards in the overview's order got the copy.
    let sor: Vec<String> = (ui.app.shared.entries().iter())
        .filter(|e| e.id.starts_with("sone-sor-"))
        .map(|e| e.id.clone())
        .collect();
    let up = store::analyze(&dir.join(format!("{}.json", sor[4])))
        .board
        .unwrap();
    assert!(
        up.cards.iter().any(|c| c
            .escalated_from
            .as_ref()
            .is_some_and(|f| f.board == "sone-nord-team-1")),
        "{:?}",
        sor
    );
    // Nothing fits: Enter does nothing, Esc closes.
    // The card sent up stays selected (the copy's id is k1 there, and this
    // board has a k1 too).
    assert_eq!(ui.app.screens.board.card.as_deref(), Some("k0"));
    ui.key(KeyCode::Char('E'));
    assert_eq!(ui.app.overlay, None, "already sent up");
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Char('E'));
    ui.typ("zzz");
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.overlay, Some(Overlay::Escalate(_))));
    assert!(text(&ui.draw(80, 24)).contains("ingen treff"));
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.overlay, None);
}

/// The board chosen in the picker is the one the card goes to, even when
/// the boards are sorted anew while the picker is open (issue 19.7: the
/// choice is kept by board, not by its place in the list).
#[test]
fn the_board_chosen_to_send_up_to_stays_chosen_when_the_boards_are_sorted_again() {
    use tavle::folder::watch::{FileChange, WatchEvent};
    let (_tmp, dir) = thirty();
    let mut ui = Ui::new(&dir, Lang::Nb);
    ui.app.open_path(&dir.join("sone-nord-team-1.json"));
    ui.key(KeyCode::Char('E'));
    for _ in 0..3 {
        ui.key(KeyCode::Down);
    }
    // The fourth of the other boards in today's order is chosen.
    let order = |ui: &Ui| -> Vec<String> {
        (ui.app.shared.other_boards().iter())
            .map(|e| e.id.clone())
            .collect()
    };
    let before = order(&ui);
    let chosen = before[3].clone();
    // Someone makes the last board of the list the worst of all: every card
    // red and a new one; the overview's order puts it first.
    let last = before.last().unwrap().clone();
    let path = dir.join(format!("{last}.json"));
    let owners = ["Ola"; 9];
    std::fs::write(
        &path,
        board("Verst", Some("Verst"), &owners).replace("green", "red"),
    )
    .unwrap();
    let analysis = store::analyze(&path);
    let changed = WatchEvent::Changed(vec![FileChange::Present { path, analysis }]);
    let effects = ui.app.update(Event::Files(changed), Instant::now());
    tavle::tui::perform_with(&mut ui.app, effects, &stamp);
    let after = order(&ui);
    assert_eq!(after[0], last, "the changed board sorts first now");
    assert_ne!(after[3], chosen, "the fourth place holds another board now");
    assert!(matches!(ui.app.overlay, Some(Overlay::Escalate(_))));
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.overlay, None);
    let up = store::analyze(&dir.join(format!("{chosen}.json")))
        .board
        .unwrap();
    assert!(
        up.cards.iter().any(|c| c.escalated_from.is_some()),
        "the copy went to {chosen}"
    );
    let fourth = store::analyze(&dir.join(format!("{}.json", after[3])))
        .board
        .unwrap();
    assert!(fourth.cards.iter().all(|c| c.escalated_from.is_none()));
    // The notice names the board above as the room knows it: by its title.
    let n = ui.app.shared.notice().expect("a notice");
    let said = tavle::i18n::msg(Lang::Nb, &n.msg);
    assert!(said.contains(&up.title), "{said}");
    assert!(!said.contains(&chosen), "{said}");
}

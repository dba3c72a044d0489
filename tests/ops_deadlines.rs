//! The deadlines and annual-wheel panel of an operations board (issue
//! 22.4), by keys as the room uses it: `f` gives it the keyboard; this
//! week's and next week's deadlines under their ISO week numbers (worked
//! out by hand, a year's end too, where week 1 of the next year is next
//! week); an event whose week has come shows "→ kort", `c` makes its card
//! and the marker goes, `u` brings it back; `n` adds an event to the file;
//! the strip of the year marks the right cells; `w` shows the ring; hostile
//! text never reaches the screen raw. Views at 80×24, 120×40 and 200×60 as
//! snapshots, their content also asserted.

mod common;
mod ops_support;

use chrono::NaiveDate;
use common::Room;
use crossterm::event::KeyCode;
use ops_support::{relaunch, section};
use serde_json::{Value, json};
use tavle::app::{Overlay, Screen};

/// The room with the sample operations board changed by `change`, only
/// the deadlines panel shown (its view does not then depend on how the
/// layout shares the screen), opened again from disk on `today`.
fn room_on(today: NaiveDate, change: impl FnOnce(&mut Value)) -> Room {
    ops_support::room_on(today, |b| {
        b["panels"] = json!(["deadlines"]);
        change(b);
    })
}

fn wheel() -> Value {
    json!([
        {"id": "e1", "week": 9, "title": "Dokumentere og rapportere på tilskudd", "role": "leader"},
        {"id": "e2", "week": 37, "title": "Samling 1", "role": "team_leader"},
        {"id": "e3", "week": 48, "title": "Årsrapport kvalitet", "role": "measurement_lead"},
        {"id": "e4", "week": 50, "title": "Juleavslutning"}
    ])
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Tuesday 24 November 2026: ISO week 48 (Monday 23.11 to Sunday 29.11).
fn tuesday() -> NaiveDate {
    day(2026, 11, 24)
}

fn card(id: &str, title: &str, due: &str) -> Value {
    json!({"id": id, "title": title, "column": "i-dag", "due": due})
}

fn open_panel(room: &mut Room) {
    room.key(KeyCode::Char('f'));
    assert!(
        room.app.screens.board.ops.deadlines.focused,
        "f gives the deadlines panel the keyboard"
    );
}

#[test]
fn this_weeks_and_next_weeks_deadlines_are_under_their_week_numbers() {
    // Week 48 is 23.11–29.11, week 49 30.11–6.12 (counted from Monday
    // 23.11 with 24.11 a Tuesday).
    let mut room = room_on(tuesday(), |b| {
        b["cards"] = json!([
            card("k1", "Mandag i uka", "2026-11-23"),
            card("k2", "Søndag i uka", "2026-11-29"),
            card("k3", "Mandag neste uke", "2026-11-30"),
            card("k4", "Søndag neste uke", "2026-12-06"),
            card("k5", "Om to uker", "2026-12-07"),
            card("k6", "Forrige uke", "2026-11-20")
        ]);
        b["goals"] = json!([{"id": "m1", "title": "Mål i neste uke", "due": "2026-12-02"}]);
    });
    open_panel(&mut room);
    let screen = room.screen_text(200, 60);
    let this = section(&screen, "Uke 48 – denne uka", "Uke 49 – neste uke");
    let next = section(&screen, "Uke 49 – neste uke", "Forfalt før denne uka");
    let earlier = section(&screen, "Forfalt før denne uka", "╚");
    for t in ["Mandag i uka", "Søndag i uka"] {
        assert!(this.contains(t), "{t} in week 48:\n{this}");
    }
    for t in ["Mandag neste uke", "Søndag neste uke", "Mål i neste uke"] {
        assert!(next.contains(t), "{t} in week 49:\n{next}");
        assert!(!this.contains(t));
    }
    assert!(
        next.contains("mål      ons 02.12  Mål i neste uke"),
        "{next}"
    );
    assert!(
        next.contains("kort     man 30.11  Mandag neste uke"),
        "{next}"
    );
    let panel = section(&screen, "f Frister og årshjul", "╚");
    assert!(
        !panel.contains("Om to uker"),
        "week 50 is neither:\n{panel}"
    );
    // Monday 23.11 has passed but is this week: overdue, marked.
    assert!(
        this.contains("⚠ kort     man 23.11  Mandag i uka · forfalt"),
        "{this}"
    );
    assert!(
        earlier.contains("⚠ kort     fre 20.11  Forrige uke · forfalt"),
        "{earlier}"
    );
}

#[test]
fn at_the_years_end_week_1_of_the_next_year_is_next_week() {
    // 2026 begins on a Thursday: it has a week 53, Monday 28.12.2026 to
    // Sunday 3.1.2027; week 1 of 2027 is 4.1–10.1.
    let mut room = room_on(day(2026, 12, 29), |b| {
        b["cards"] = json!([
            card("k1", "Nyttårsaften", "2026-12-31"),
            card("k2", "Lørdag 2. januar", "2027-01-02"),
            card("k3", "Første mandag", "2027-01-04"),
            card("k4", "Søndag 10. januar", "2027-01-10"),
            card("k5", "Uke 2", "2027-01-11")
        ]);
        b["goals"] = json!([]);
        b["wheel"] = json!([{"id": "e1", "week": 1, "title": "Nyttårsplan", "role": "leader"}]);
    });
    open_panel(&mut room);
    let screen = room.screen_text(200, 60);
    let this = section(&screen, "Uke 53 – denne uka", "Uke 1 – neste uke");
    let next = section(&screen, "Uke 1 – neste uke", "╚");
    assert!(
        this.contains("Nyttårsaften") && this.contains("Lørdag 2. januar"),
        "{this}"
    );
    assert!(
        next.contains("Første mandag") && next.contains("Søndag 10. januar"),
        "{next}"
    );
    let panel = section(&screen, "f Frister og årshjul", "╚");
    assert!(!panel.contains("Uke 2"), "week 2 is neither:\n{panel}");
    // The wheel's week 1 is the next week ahead, in the new year.
    assert!(screen.contains("uke  1  Nyttårsplan · leder"), "{screen}");
    assert!(!screen.contains("→ kort"), "week 1 has not come yet");
}

#[test]
fn an_event_due_this_week_becomes_its_card_with_c_and_undo_brings_the_marker_back() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = wheel());
    open_panel(&mut room);
    let screen = room.screen_text(200, 60);
    assert!(
        screen.contains("uke 48  Årsrapport kvalitet · måleansvarlig → kort"),
        "{screen}"
    );
    // The rows: the deadlines first; the due event is the first event.
    let deadlines = tavle_core::operations::deadlines::by_week(&room.disk(), tuesday());
    let n = deadlines.this_week.len() + deadlines.next_week.len() + deadlines.earlier.len();
    for _ in 0..n {
        room.key(KeyCode::Down);
    }
    let cards = room.disk().cards.len();
    room.key(KeyCode::Char('c'));
    let b = room.disk();
    assert_eq!(b.cards.len(), cards + 1);
    let e = b.event("e3").unwrap();
    assert_eq!(e.made.len(), 1);
    assert_eq!(e.made[0].year, 2026);
    let card = b.card(&e.made[0].card).unwrap();
    assert_eq!(card.title, "Årsrapport kvalitet");
    assert_eq!(
        card.due,
        Some(day(2026, 11, 29)),
        "due the Sunday of its week"
    );
    assert_eq!(card.column, b.columns[0].id);
    let n = room.app.shared.notice().expect("a notice naming the card");
    let said = tavle::i18n::msg(room.app.lang(), &n.msg);
    assert!(said.contains(&card.id) && said.contains("uke 48"), "{said}");
    let screen = room.screen_text(200, 60);
    assert!(!screen.contains("→ kort"), "the marker goes:\n{screen}");
    assert!(
        screen.contains(&format!(
            "Årsrapport kvalitet · måleansvarlig ✓ kort {}",
            card.id
        )),
        "{screen}"
    );
    // Enter on the event opens the card it became.
    room.key(KeyCode::Enter);
    assert_eq!(room.app.screen, Screen::Card);
    assert_eq!(room.app.screens.card.id.as_deref(), Some(card.id.as_str()));
    room.key(KeyCode::Esc);
    assert_eq!(room.app.screen, Screen::Board);
    room.key(KeyCode::Char('u'));
    let b = room.disk();
    assert!(b.event("e3").unwrap().made.is_empty());
    assert_eq!(b.cards.len(), cards);
    assert!(
        room.screen_text(200, 60)
            .contains("Årsrapport kvalitet · måleansvarlig → kort")
    );
}

#[test]
fn c_on_an_event_not_due_makes_no_card_and_says_why() {
    let mut room = room_on(tuesday(), |b| {
        b["cards"] = json!([]);
        b["goals"] = json!([]);
        b["wheel"] = wheel();
    });
    open_panel(&mut room);
    // Rows: e3 (due), then e4 (week 50).
    room.key(KeyCode::Down);
    room.key(KeyCode::Char('c'));
    assert!(room.disk().event("e4").unwrap().made.is_empty());
    let n = room.app.shared.notice().expect("a notice");
    assert!(tavle::i18n::msg(room.app.lang(), &n.msg).contains("→ kort"));
}

#[test]
fn n_adds_an_event_to_the_file_by_keys() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = json!([]));
    open_panel(&mut room);
    room.key(KeyCode::Char('n'));
    assert!(matches!(room.app.overlay, Some(Overlay::Editor(_))));
    // The week offered is this week; typed over.
    room.key(KeyCode::End);
    room.key(KeyCode::Backspace);
    room.key(KeyCode::Backspace);
    room.typ("37");
    room.key(KeyCode::Tab);
    room.typ("Samling 1");
    room.key(KeyCode::Tab);
    // In the role field the form names the roles.
    let form = room.screen_text(120, 40);
    assert!(
        form.contains("1 leder · 2 teamleder · 3 måleansvarlig"),
        "{form}"
    );
    room.typ("2");
    room.key(KeyCode::Enter);
    assert!(room.app.overlay.is_none(), "{:?}", room.app.overlay);
    let b = room.disk();
    assert_eq!(b.wheel.len(), 1);
    let e = &b.wheel[0];
    assert_eq!((e.week, e.title.as_str()), (37, "Samling 1"));
    assert_eq!(e.role, Some(tavle::model::WheelRole::TeamLeader));
    // The new event is selected.
    let row = room.app.screens.board.ops.deadlines.row.clone();
    assert_eq!(row.as_deref(), Some(format!("event:{}", e.id).as_str()));
    // A role that is none of the three keeps the form open.
    room.key(KeyCode::Char('n'));
    room.key(KeyCode::Tab);
    room.typ("Noe");
    room.key(KeyCode::Tab);
    room.typ("sjef");
    room.key(KeyCode::Enter);
    assert!(matches!(room.app.overlay, Some(Overlay::Editor(_))));
    assert!(room.screen_text(120, 40).contains("«sjef» er ingen rolle"));
    assert_eq!(room.disk().wheel.len(), 1);
}

#[test]
fn x_asks_before_an_event_is_taken_out() {
    let mut room = room_on(tuesday(), |b| {
        b["cards"] = json!([]);
        b["goals"] = json!([]);
        b["wheel"] = wheel();
    });
    open_panel(&mut room);
    room.key(KeyCode::Down);
    room.key(KeyCode::Char('x'));
    assert_eq!(room.disk().wheel.len(), 4);
    assert!(
        room.screen_text(120, 40)
            .contains("Ta bort «Juleavslutning»? x = ja")
    );
    room.key(KeyCode::Char('x'));
    assert!(room.disk().event("e4").is_none());
    room.key(KeyCode::Char('u'));
    assert!(room.disk().event("e4").is_some());
}

#[test]
fn enter_on_a_cards_deadline_opens_the_card() {
    let mut room = room_on(tuesday(), |b| {
        b["cards"] = json!([card("k1", "Mandag i uka", "2026-11-23")]);
        b["goals"] = json!([]);
    });
    open_panel(&mut room);
    room.key(KeyCode::Enter);
    assert_eq!(room.app.screen, Screen::Card);
    assert_eq!(room.app.screens.card.id.as_deref(), Some("k1"));
}

#[test]
fn the_strip_marks_the_weeks_of_the_events_and_this_week() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = wheel());
    open_panel(&mut room);
    let screen = room.screen_text(200, 80);
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("Året 2026"))
        .unwrap_or_else(|| panic!("{screen}"));
    let cells: Vec<char> = lines[at + 2].chars().skip(1).collect();
    let marker: Vec<char> = lines[at + 1].chars().skip(1).collect();
    // 2026 has 53 weeks; two cells a week at this width. Events in weeks
    // 9, 37, 48 and 50: cells 16, 72, 94 and 98.
    let dots: Vec<usize> = (0..53)
        .filter(|w| cells[w * 2] == '◉')
        .map(|w| w + 1)
        .collect();
    assert_eq!(dots, [9, 37, 48, 50], "{}", lines[at + 2]);
    assert!((0..53).all(|w| cells[w * 2] == '◉' || cells[w * 2] == '·'));
    assert_eq!(
        marker.iter().position(|&c| c == '▼'),
        Some(47 * 2),
        "week 48 is this week"
    );
    assert!(
        lines[at + 3].contains("1   5") || lines[at + 3].trim_start_matches('║').starts_with('1')
    );
}

#[test]
fn w_shows_the_wheel_as_a_ring() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = wheel());
    open_panel(&mut room);
    room.key(KeyCode::Char('w'));
    assert!(room.app.screens.board.ops.deadlines.ring);
    let screen = room.screen_text(200, 120);
    let ring = section(&screen, "Året 2026", "╚");
    assert!(ring.contains("▼ uke 48"), "{ring}");
    assert_eq!(
        ring.matches('◉').count(),
        4 + 1,
        "four events and the legend:\n{ring}"
    );
    assert!(ring.matches('·').count() > 30, "the other weeks:\n{ring}");
    room.key(KeyCode::Char('w'));
    assert!(!room.app.screens.board.ops.deadlines.ring);
}

#[test]
fn hostile_text_never_reaches_the_screen_raw() {
    let mut room = room_on(tuesday(), |b| {
        b["cards"] = json!([card("k1", "Kort\u{1b}[2J\u{7}", "2026-11-25")]);
        b["wheel"] = json!([{"id": "e1", "week": 48, "title": "Hjul\u{1b}]0;x\u{7}\u{202e}"}]);
    });
    open_panel(&mut room);
    for (w, h) in [(80, 24), (80, 60), (120, 40), (200, 60)] {
        let screen = room.screen_text(w, h);
        assert!(
            !screen.contains('\u{1b}') && !screen.contains('\u{7}') && !screen.contains('\u{202e}')
        );
        if h > 24 {
            assert!(screen.contains("Hjul␛"), "{screen}");
        }
    }
    assert!(room.screen_text(200, 60).contains("Kort␛[2J␇"));
}

fn snapshot(name: &str, room: &Room, w: u16, h: u16) -> String {
    let screen = room.screen_text(w, h);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen);
    screen
}

#[test]
fn the_panel_at_three_sizes() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = wheel());
    open_panel(&mut room);
    let small = snapshot("deadlines", &room, 80, 24);
    let mid = snapshot("deadlines", &room, 120, 40);
    let big = snapshot("deadlines", &room, 200, 60);
    for s in [&small, &mid, &big] {
        assert!(s.contains("Uke 48 – denne uka"), "{s}");
        assert!(s.contains("→ kort"), "{s}");
    }
    for s in [&mid, &big] {
        assert!(s.contains("Årshjulet, ukene framover"), "{s}");
        assert!(s.contains("uke 50  Juleavslutning"), "{s}");
        assert!(s.contains("kort     tir 24.11  Bemanning i dag"), "{s}");
    }
    assert!(big.contains("Uke 49 – neste uke"), "{big}");
    assert!(big.contains("Forfalt før denne uka"), "{big}");
}

#[test]
fn e_edits_the_selected_event() {
    let mut room = room_on(tuesday(), |b| {
        b["cards"] = json!([]);
        b["goals"] = json!([]);
        b["wheel"] = wheel();
    });
    open_panel(&mut room);
    // Rows: e3 (due, week 48), e4 (week 50), e1 (week 9), e2 (week 37).
    room.key(KeyCode::Down);
    room.key(KeyCode::Down);
    room.key(KeyCode::Char('e'));
    assert!(matches!(room.app.overlay, Some(Overlay::Editor(_))));
    room.key(KeyCode::End);
    room.key(KeyCode::Backspace);
    room.typ("8");
    room.key(KeyCode::Enter);
    let b = room.disk();
    let e = b.event("e1").unwrap();
    assert_eq!(e.week, 8);
    assert_eq!(e.title, "Dokumentere og rapportere på tilskudd");
    assert_eq!(e.role, Some(tavle::model::WheelRole::Leader));
}
#[test]
fn a_narrow_panel_stacks_the_wheel_under_the_deadlines_and_keeps_both() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = wheel());
    open_panel(&mut room);
    for (w, h) in [(30, 6), (44, 16), (60, 40), (250, 90)] {
        let screen = room.screen_text(w, h);
        assert!(!screen.contains('\u{1b}'));
    }
    let screen = room.screen_text(60, 40);
    let panel = section(&screen, "f Frister og årshjul", "╚");
    assert!(panel.contains("Uke 48 – denne uka"), "{panel}");
    assert!(panel.contains("Årshjulet, ukene framover"), "{panel}");
    assert!(
        panel.contains("uke 48  Årsrapport kvalitet · måleansvarlig → kort"),
        "{panel}"
    );
}

#[test]
fn the_panel_speaks_nynorsk_and_english_too() {
    let mut room = room_on(tuesday(), |b| b["wheel"] = wheel());
    for (lang, words) in [
        (
            tavle::i18n::Lang::En,
            [
                "Week 48 – this week",
                "Week 49 – next week",
                "→ card",
                "measurement lead",
                "week 50  Juleavslutning",
                "card     Tue 24.11",
            ],
        ),
        (
            tavle::i18n::Lang::Nn,
            [
                "Veke 48 – denne veka",
                "Veke 49 – neste veke",
                "→ kort",
                "måleansvarleg",
                "veke 50  Juleavslutning",
                "kort     tys 24.11",
            ],
        ),
    ] {
        relaunch(&mut room, lang, tuesday());
        open_panel(&mut room);
        let screen = room.screen_text(200, 60);
        for w in words {
            assert!(screen.contains(w), "{lang:?}: {w}\n{screen}");
        }
    }
}

//! "What has been done since last time?" (issue 17.3): starting a meeting
//! shows the board's net changes since its previous meeting, from the change
//! log — cards added, moved, finished, archived, lights, follow-ups done and
//! due, decisions between the meetings, values entered; a move undone is not
//! there — it scrolls at 80×24 and gives way to the next key; and the
//! previous meeting's minutes open from the meeting screen, read from
//! `referater/` (or made from the log when no file was written), sanitized.

use std::time::Instant;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::{App, Event, Overlay, Screen};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::i18n::{Msg, PrepMsg};
use tavle::ops::{CardOp, CardPatch, DecisionOp, IndicatorOp, NewCard, NewDecision, Op};

mod common;
use common::Room;

const DAY: i64 = 24 * 3600;

/// Someone else changes the board (another screen, a script) at the room's
/// clock, and this screen hears of it.
fn outside(r: &mut Room, ops: Vec<Op>) {
    let path = r.board();
    store::update(&path, &ops, &r.stamp()).unwrap();
    let analysis = store::analyze(&path);
    let _ = r.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path,
            analysis,
        }])),
        Instant::now(),
    );
}

fn moved(card: &str, column: &str) -> Op {
    Op::Card(CardOp::Move {
        id: card.into(),
        column: column.into(),
        before: None,
    })
}

/// The screen as text, one line per row.
fn screen(app: &App, w: u16, h: u16, clock: chrono::DateTime<chrono::FixedOffset>) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

/// A first meeting at 08:30, with a decision and who was there.
fn first_meeting(r: &mut Room) {
    r.meeting_with("Hilde, Kari", "Første møte: Hilde ringer vikarbyrået");
    r.at(300);
    r.end_meeting();
}

/// Between the meetings: a move and its way back, a card finished, one
/// archived, one added, a light, a follow-up done, a decision, a value.
fn between(r: &mut Room) {
    r.at(3600);
    // k1 moved on this screen, and the move undone.
    assert_eq!(r.app.screens.board.card.as_deref(), Some("k1"));
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    assert_eq!(r.disk().card("k1").unwrap().column, "pagar");
    r.at(3660);
    r.key(KeyCode::Char('u'));
    assert_eq!(r.disk().card("k1").unwrap().column, "i-dag");
    // k9 moved elsewhere and back.
    outside(r, vec![moved("k9", "pagar")]);
    outside(r, vec![moved("k9", "venter")]);
    outside(
        r,
        vec![
            moved("k2", "ferdig"),
            Op::Card(CardOp::Set {
                id: "k8".into(),
                patch: CardPatch {
                    archived: Some(true),
                    ..CardPatch::default()
                },
            }),
            Op::Card(CardOp::Set {
                id: "k6".into(),
                patch: CardPatch {
                    light: Some(Some(tavle::model::Light::Yellow)),
                    ..CardPatch::default()
                },
            }),
            Op::Card(CardOp::Add(NewCard {
                title: "Ny vikarliste for desember".into(),
                column: "i-dag".into(),
                owner: None,
                due: None,
                light: None,
                source: None,
                received: None,
            })),
            Op::Decision(DecisionOp::SetDone {
                id: "b2".into(),
                done: true,
            }),
            Op::Decision(DecisionOp::Add(NewDecision {
                text: "Avklart på telefon: nøkkelboks flyttes".into(),
                owner: None,
                due: None,
                card: None,
            })),
            Op::Indicator(IndicatorOp::Measure {
                indicator: "sykefravaer".into(),
                date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
                value: 6.5,
            }),
        ],
    );
}

#[test]
fn a_second_meeting_starts_with_what_changed_since_the_first_net() {
    let mut r = Room::new();
    first_meeting(&mut r);
    between(&mut r);
    // Two days later: b3 (due 26.11) has come due.
    r.at(2 * DAY);
    r.key(KeyCode::Char('m'));
    assert!(r.app.shared.running().is_some());
    assert!(
        matches!(r.app.overlay, Some(Overlay::Since(_))),
        "{:?}",
        r.app.overlay
    );
    let s = screen(&r.app, 140, 60, r.clock.get());
    for want in [
        "Siden sist – Driftstavle – Hjemmetjenesten sone nord",
        "Forrige møte: 24.11.2026 08:30–08:35 (uke 48)",
        "Til stede da: Hilde, Kari",
        "Ferdig: Bil 3 på verksted",
        "Nytt: Ny vikarliste for desember",
        "Arkivert: Fallrisikovurdering",
        "● grønn → ▲ gul",
        "☑ Marte registrerer legemiddelavviket",
        "☐ Vi låner bil fra sone sør",
        "Avklart på telefon: nøkkelboks flyttes",
        "Sykefravær 23.11.2026: 6,5 %",
    ] {
        assert!(s.contains(want), "{want:?} missing:\n{s}");
    }
    // Net: k1's move was undone, k9 went and came back; and the first
    // meeting's own decision is its own.
    assert!(!s.contains("Flyttet:"), "{s}");
    assert!(!s.contains("Første møte"), "{s}");
}

#[test]
fn the_panel_scrolls_at_80x24_and_gives_way_to_the_next_key() {
    let mut r = Room::new();
    first_meeting(&mut r);
    between(&mut r);
    r.at(2 * DAY);
    r.key(KeyCode::Char('m'));
    let scroll = |r: &Room| match &r.app.overlay {
        Some(Overlay::Since(v)) => v.scroll,
        other => panic!("{other:?}"),
    };
    let top = screen(&r.app, 80, 24, r.clock.get());
    assert!(
        top.contains("↑↓ bla · r forrige referat · Esc lukk"),
        "{top}"
    );
    // More below than the room shows, and it says how much.
    let below = top.lines().any(|l| l.contains("┃↓ ") && l.contains(" til"));
    assert!(below, "{top}");
    r.key(KeyCode::Down);
    assert_eq!(scroll(&r), 1);
    r.key(KeyCode::End);
    let end = scroll(&r);
    assert!(end > 1);
    r.key(KeyCode::Down);
    assert_eq!(scroll(&r), end, "no scrolling past the end");
    let bottom = screen(&r.app, 80, 24, r.clock.get());
    assert!(bottom.contains("Målinger registrert"), "{bottom}");
    assert!(
        bottom.contains("↑↓ bla"),
        "the keys stay on screen:\n{bottom}"
    );
    r.key(KeyCode::Home);
    assert_eq!(scroll(&r), 0);
    // A key of the board closes the panel and does its work.
    r.key(KeyCode::Char('o'));
    assert!(
        matches!(r.app.overlay, Some(Overlay::Attendees(_))),
        "{:?}",
        r.app.overlay
    );
    r.key(KeyCode::Esc);
    // On demand from the meeting screen; Esc closes it and nothing else.
    r.key(KeyCode::Char('M'));
    assert_eq!(r.app.screen, Screen::Meeting);
    r.key(KeyCode::Char('s'));
    assert!(matches!(r.app.overlay, Some(Overlay::Since(_))));
    r.key(KeyCode::Esc);
    assert_eq!(
        (r.app.overlay.clone(), r.app.screen),
        (None, Screen::Meeting)
    );
}

#[test]
fn a_first_meeting_starts_quietly_and_asking_says_why_nothing_shows() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    assert!(r.app.shared.running().is_some());
    assert_eq!(r.app.overlay, None, "no meeting before: nothing to show");
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('s'));
    assert_eq!(r.app.overlay, None);
    assert_eq!(
        r.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::Prep(PrepMsg::NoEarlierMeeting))
    );
    r.key(KeyCode::Char('r'));
    assert_eq!(
        r.app.shared.notice().map(|n| &n.msg),
        Some(&Msg::Prep(PrepMsg::NoMinutes))
    );
}

/// The previous minutes panel: its file and its lines.
fn minutes_panel(r: &Room) -> (Option<String>, String) {
    match &r.app.overlay {
        Some(Overlay::Minutes(v)) => (v.file.clone(), v.lines.join("\n")),
        other => panic!("no minutes: {other:?}"),
    }
}

#[test]
fn the_previous_minutes_open_from_the_meeting_screen() {
    let mut r = Room::new();
    first_meeting(&mut r);
    r.at(3600);
    r.meeting_with("Jonas", "Andre møte: Jonas henter bilen");
    r.at(3900);
    // During the second meeting, "previous" is the first one.
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('r'));
    let (file, text) = minutes_panel(&r);
    assert_eq!(file.as_deref(), Some("2026-11-24-hjemmetjenesten-nord.md"));
    assert!(
        text.contains("Første møte: Hilde ringer vikarbyrået"),
        "{text}"
    );
    let s = screen(&r.app, 80, 24, r.clock.get());
    assert!(
        s.contains("Forrige referat: 2026-11-24-hjemmetjenesten-nord.md"),
        "{s}"
    );
    assert!(s.contains("Til stede: Hilde, Kari"), "{s}");
    for markup in ["**", "- [", "\\_", "`"] {
        assert!(!s.contains(markup), "{markup:?} on screen:\n{s}");
    }
    r.key(KeyCode::Esc);
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Enter);
    assert!(r.disk().meeting.unwrap().running.is_none());
    // After the second meeting: its own minutes (the `-2` file).
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('r'));
    let (file, text) = minutes_panel(&r);
    assert_eq!(
        file.as_deref(),
        Some("2026-11-24-hjemmetjenesten-nord-2.md")
    );
    assert!(text.contains("Andre møte: Jonas henter bilen"), "{text}");
    r.key(KeyCode::Esc);
    // No file (the meeting was ended elsewhere): made from the change log, and said so.
    std::fs::remove_dir_all(r.dir.join("referater")).unwrap();
    r.key(KeyCode::Char('r'));
    let (file, text) = minutes_panel(&r);
    assert_eq!(file, None);
    assert!(text.contains("Andre møte: Jonas henter bilen"), "{text}");
    let s = screen(&r.app, 100, 30, r.clock.get());
    assert!(s.contains("Det ble ikke skrevet noen referatfil"), "{s}");
}

#[test]
fn minutes_from_the_folder_never_drive_the_terminal() {
    let mut r = Room::new();
    first_meeting(&mut r);
    let dir = r.dir.join("referater");
    // A hand-written newer file of this board with escape sequences in it.
    std::fs::write(
        dir.join("2026-11-24-hjemmetjenesten-nord-7.md"),
        "# Referat \u{1b}]0;eid\u{7}\n\n- **Tavle:** T (`hjemmetjenesten-nord`)\n- Slett \u{1b}[2J alt\n",
    )
    .unwrap();
    // A newer file of another board whose id starts the same way is not this board's.
    std::fs::write(
        dir.join("2026-11-24-hjemmetjenesten-nord-9.md"),
        "# Referat\n\n- **Tavle:** Annen (`hjemmetjenesten-nord-9`)\n",
    )
    .unwrap();
    r.at(600);
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('r'));
    let (file, text) = minutes_panel(&r);
    assert_eq!(
        file.as_deref(),
        Some("2026-11-24-hjemmetjenesten-nord-7.md")
    );
    assert!(!text.contains('\u{1b}'), "{text:?}");
    let s = screen(&r.app, 80, 24, r.clock.get());
    assert!(!s.contains('\u{1b}') && !s.contains('\u{7}'), "{s:?}");
    assert!(s.contains("Slett ␛[2J alt"), "{s}");
}

#[cfg(unix)]
#[test]
fn a_link_in_the_minutes_folder_is_not_followed() {
    let mut r = Room::new();
    first_meeting(&mut r);
    let dir = r.dir.join("referater");
    let secret = r.dir.join("hemmelig.txt");
    std::fs::write(&secret, "- **Tavle:** (`hjemmetjenesten-nord`) HEMMELIG\n").unwrap();
    std::os::unix::fs::symlink(&secret, dir.join("2026-11-25-hjemmetjenesten-nord.md")).unwrap();
    r.at(600);
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('r'));
    let (file, text) = minutes_panel(&r);
    assert_eq!(file.as_deref(), Some("2026-11-24-hjemmetjenesten-nord.md"));
    assert!(!text.contains("HEMMELIG"), "{text}");
}

//! Running a meeting: the time box on an injected clock, agenda items, the
//! meeting state shared with a second screen and kept across a restart,
//! decisions and their corrections, follow-ups, the closing summary on
//! screen, and decisions logged by two processes at once.
//!
//! The minutes a meeting leaves behind are tested in `minutes.rs`.

use std::process::Command;
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::{App, Event, Overlay};
use tavle::folder::store;
use tavle::folder::watch::{FileChange, WatchEvent};
use tavle::meeting::{self, Phase};

mod common;
use common::{Room, t0};

#[test]
fn the_time_box_counts_down_warns_and_counts_the_overrun() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    let board = r.disk();
    let running = board.meeting.as_ref().unwrap().running.clone().unwrap();
    assert_eq!(running.started.at(), t0());
    // The sample board's meeting is 10 minutes.
    let c = |s: i64| meeting::meeting_countdown(&board, &running, t0() + Duration::seconds(s));
    assert_eq!((c(0).clock(), c(0).phase), ("10:00".into(), Phase::Normal));
    assert_eq!(
        (c(479).phase, c(480).phase),
        (Phase::Normal, Phase::Warning)
    );
    assert_eq!(
        (c(600).clock(), c(600).phase),
        ("00:00".into(), Phase::Over)
    );
    assert_eq!(c(725).clock(), "+02:05");
    // At time up the closing summary opens by itself, once.
    r.at(599);
    assert_eq!(r.app.overlay, None);
    r.at(600);
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    r.key(KeyCode::Esc);
    r.at(700);
    assert_eq!(
        r.app.overlay, None,
        "the summary is offered once, then the meeting may run over"
    );
}

#[test]
fn agenda_items_step_and_have_their_own_time_box() {
    let mut r = Room::new();
    // Give item 2 a 3-minute time box, as a facilitator would in the file.
    let path = r.board();
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "\"Risiko og avvik siden sist\"",
        "{\n        \"title\": \"Risiko og avvik siden sist\",\n        \"minutes\": 3\n      }",
    );
    std::fs::write(&path, text).unwrap();
    let analysis = store::analyze(&path);
    let _ = r.app.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis,
        }])),
        Instant::now(),
    );
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('['));
    assert_eq!(r.disk().meeting.unwrap().running.unwrap().item, 0);
    r.at(60);
    r.key(KeyCode::Char(']'));
    let board = r.disk();
    let running = board.meeting.as_ref().unwrap().running.clone().unwrap();
    assert_eq!(running.item, 1);
    let item =
        meeting::item_countdown(&board, &running, t0() + Duration::seconds(60 + 200)).unwrap();
    assert_eq!((item.clock(), item.phase), ("+00:20".into(), Phase::Over));
    for _ in 0..10 {
        r.key(KeyCode::Char(']'));
    }
    assert_eq!(
        r.disk().meeting.unwrap().running.unwrap().item,
        4,
        "stops at the last item"
    );
}

#[test]
fn a_second_screen_and_a_restart_see_the_same_meeting() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char(']'));
    r.key(KeyCode::Char(']'));
    // Another screen on the same folder gets the file change.
    let mut other = Room::app_for(&r.dir);
    let path = r.board();
    let _ = other.update(
        Event::Files(WatchEvent::Changed(vec![FileChange::Present {
            path: path.clone(),
            analysis: store::analyze(&path),
        }])),
        Instant::now(),
    );
    other.open_path(&path);
    let running = other.shared.running().unwrap();
    assert_eq!((running.item, running.started.at()), (2, t0()));
    // A restart (a new app from disk) resumes it.
    let mut restarted = Room::app_for(&r.dir);
    restarted.open_path(&path);
    assert_eq!(restarted.shared.running().unwrap().item, 2);
}

#[test]
fn decisions_are_logged_corrected_with_history_and_followed_up() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    // A decision about the selected card (k1), named in its card field.
    r.key(KeyCode::Char('d'));
    r.typ("Hilde ringer vikarbyrået");
    r.key(KeyCode::Tab);
    r.typ("Hilde");
    r.key(KeyCode::Tab);
    r.typ("i morgen");
    r.key(KeyCode::Tab);
    r.typ("k1");
    r.key(KeyCode::Enter);
    let board = r.disk();
    let d = board.decisions.last().unwrap().clone();
    assert_eq!(d.text, "Hilde ringer vikarbyrået");
    assert_eq!(d.owner.as_deref(), Some("Hilde"));
    assert_eq!(d.due, NaiveDate::from_ymd_opt(2026, 11, 25));
    assert_eq!(d.card.as_deref(), Some("k1"));
    assert_eq!(d.at.at(), t0());

    // Correct it from the panel: the old wording is kept with the time of the correction.
    r.at(90);
    r.key(KeyCode::Char('b'));
    assert!(r.app.screens.board.panel.focused);
    while r.app.screens.board.panel.decision.as_deref() != Some(d.id.as_str()) {
        let before = r.app.screens.board.panel.decision.clone();
        r.key(KeyCode::Down);
        assert_ne!(
            before, r.app.screens.board.panel.decision,
            "the new decision is in the panel"
        );
    }
    r.key(KeyCode::Char('e'));
    r.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    r.typ("Kari ringer vikarbyrået");
    r.key(KeyCode::Enter);
    let d2 = r
        .disk()
        .decisions
        .into_iter()
        .find(|x| x.id == d.id)
        .unwrap();
    assert_eq!(d2.text, "Kari ringer vikarbyrået");
    assert_eq!(d2.corrections.len(), 1);
    assert_eq!(d2.corrections[0].text, "Hilde ringer vikarbyrået");
    assert_eq!(d2.corrections[0].at.at(), t0() + Duration::seconds(90));

    // Follow-ups from earlier meetings come first, overdue first; Space marks one done.
    let board = r.disk();
    let follow = meeting::follow_ups(&board, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    assert!(!follow.is_empty());
    assert!(follow.windows(2).all(|w| w[0].due <= w[1].due));
    let first = follow[0].id.clone();
    while r.app.screens.board.panel.decision.as_deref() != Some(first.as_str()) {
        r.key(KeyCode::Up);
    }
    r.key(KeyCode::Char(' '));
    let done = r
        .disk()
        .decisions
        .into_iter()
        .find(|x| x.id == first)
        .unwrap();
    assert!(done.done);
    assert!(done.done_at.is_some());
}

#[test]
fn two_processes_logging_decisions_at_once_both_keep_theirs() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("b.json");
    std::fs::write(
        &path,
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}]}"#,
    )
    .unwrap();
    let per_side = 60;
    let sides: Vec<_> = (0..2)
        .map(|side| {
            let path = path.clone();
            std::thread::spawn(move || {
                (0..per_side)
                    .map(|i| {
                        let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
                            .args(["decision", "add"])
                            .arg(&path)
                            .args([
                                "--text",
                                &format!("side {side} decision {i}"),
                                "--owner",
                                "Kari",
                                "--due",
                                "2026-12-01",
                            ])
                            .output()
                            .unwrap();
                        assert!(
                            out.status.success(),
                            "{}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        String::from_utf8(out.stdout).unwrap().trim().to_string()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let ids: Vec<String> = sides.into_iter().flat_map(|h| h.join().unwrap()).collect();
    let board = store::analyze(&path).board.unwrap();
    assert_eq!(board.decisions.len(), 2 * per_side);
    let mut on_disk: Vec<String> = board.decisions.iter().map(|d| d.id.clone()).collect();
    on_disk.sort();
    let mut printed = ids.clone();
    printed.sort();
    assert_eq!(on_disk, printed);
    on_disk.dedup();
    assert_eq!(on_disk.len(), 2 * per_side);
    for side in 0..2 {
        for i in 0..per_side {
            let text = format!("side {side} decision {i}");
            assert!(
                board.decisions.iter().any(|d| d.text == text),
                "{text} lost"
            );
        }
    }
}

/// The text inside the closing summary's frame, one line per row.
fn closing_text(app: &App, clock: DateTime<FixedOffset>) -> Vec<String> {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(110, 48)).unwrap();
    t.draw(|f| tavle::ui::render(app, clock, f)).unwrap();
    let buf = t.backend().buffer();
    let rows: Vec<String> = (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    let top = rows.iter().position(|r| r.contains('┏')).unwrap();
    let bottom = rows.iter().position(|r| r.contains('┗')).unwrap();
    rows[top + 1..bottom]
        .iter()
        .map(|r| {
            let (a, b) = (r.find('┃').unwrap(), r.rfind('┃').unwrap());
            r[a + '┃'.len_utf8()..b].trim_end().to_string()
        })
        .collect()
}

#[test]
fn the_closing_summary_shows_only_the_running_meeting_as_text() {
    let mut r = Room::new();
    r.meeting_with("Hilde, Kari", "Første møte: Hilde ringer vikarbyrået");
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.at(300);
    r.end_meeting();
    r.at(3600);
    r.meeting_with("Jonas", "Andre møte: Jonas henter bilen");
    r.at(3600 + 120);
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    let lines = closing_text(&r.app, r.clock.get());
    let all = lines.join("\n");
    assert!(
        lines.iter().any(|l| l.trim() == "Til stede: Jonas"),
        "{all}"
    );
    assert!(
        lines.iter().any(|l| l.trim() == "Tid: 09:30–09:32 (pågår)"),
        "{all}"
    );
    assert!(all.contains("• Andre møte: Jonas henter bilen"), "{all}");
    assert!(all.contains("☐ "), "open follow-ups get a box:\n{all}");
    assert!(!all.contains("Første møte"), "{all}");
    assert!(!all.contains("Hilde, Kari"), "{all}");
    assert!(!all.contains("Flyttet"), "{all}");
    for markup in ["**", "- [ ]", "- [x]", "## ", "# ", "_ikke", "`"] {
        assert!(!all.contains(markup), "{markup:?} on screen:\n{all}");
    }
    // The headings are bold, the field labels too.
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(110, 48)).unwrap();
    t.draw(|f| tavle::ui::render(&r.app, r.clock.get(), f))
        .unwrap();
    let buf = t.backend().buffer();
    let bold_at = |needle: &str| {
        (0..buf.area.height).any(|y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.find(needle).is_some_and(|byte| {
                let x = row[..byte].chars().count() as u16;
                buf[(x, y)]
                    .modifier
                    .contains(ratatui::style::Modifier::BOLD)
            })
        })
    };
    assert!(bold_at("Beslutninger"));
    assert!(bold_at("Til stede:"));
}

/// The attendee prompt is the shared text field: the cursor moves, text goes
/// in where it is, a paste's line break is a space, and Backspace takes a
/// whole character (ø) before the cursor.
#[test]
fn the_attendee_prompt_edits_like_a_text_field() {
    let mut room = Room::new();
    room.key(KeyCode::Char('m'));
    assert!(room.app.shared.running().is_some());
    room.key(KeyCode::Char('o'));
    room.typ("Kari, Bjørn");
    room.key(KeyCode::Left);
    room.key(KeyCode::Left);
    room.key(KeyCode::Backspace);
    room.typ("o");
    room.key(KeyCode::Home);
    room.typ("Åse, ");
    room.key(KeyCode::End);
    let effects = room
        .app
        .update(Event::Paste(", Ola\nPer".into()), Instant::now());
    room.perform(effects);
    let Some(Overlay::Attendees(field)) = &room.app.overlay else {
        panic!("the prompt is open: {:?}", room.app.overlay);
    };
    assert_eq!(field.text(), "Åse, Kari, Bjorn, Ola Per");
    room.key(KeyCode::Enter);
    let running = room.disk().meeting.unwrap().running.unwrap();
    let people: Vec<String> = running
        .attendees
        .iter()
        .map(|p| p.trim().to_string())
        .collect();
    assert_eq!(people, ["Åse", "Kari", "Bjorn", "Ola Per"]);
}

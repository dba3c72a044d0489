//! Preparing the meeting in tavle (issue 17.4), by keyboard on the meeting
//! screen (`M`): goal, length, agenda items added, renamed, reordered, time
//! boxed and removed, before and during the meeting; the team ticked present
//! and a guest typed in; every change saved at once, undone and redone, in
//! the change log and in the minutes. A decision for the meeting as a whole
//! is tested in `meeting_decision.rs`.

use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::prepare::{self, Row};
use tavle::app::{Field, Overlay, Screen};
use tavle::i18n::{self, Lang, Msg, PrepMsg};
use tavle::model::Role;
use tavle::ops::Change;

mod common;
use common::Room;

fn agenda(r: &Room) -> Vec<(String, Option<u64>)> {
    r.disk()
        .meeting
        .unwrap()
        .agenda
        .into_iter()
        .map(|i| (i.title, i.minutes))
        .collect()
}

fn titles(r: &Room) -> Vec<String> {
    agenda(r).into_iter().map(|(t, _)| t).collect()
}

/// Put the cursor on `row` of the meeting screen by ↑↓, as a user would.
fn go_to(r: &mut Room, row: &Row) {
    let rows = r.app.screens.meeting.rows(&r.app.shared);
    let want = rows
        .iter()
        .position(|x| x == row)
        .unwrap_or_else(|| panic!("{row:?} not in {rows:?}"));
    while r.app.screens.meeting.sel > want {
        r.key(KeyCode::Up);
    }
    while r.app.screens.meeting.sel < want {
        r.key(KeyCode::Down);
    }
}

fn clear(r: &mut Room) {
    r.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
}

fn logged(r: &Room) -> Vec<Change> {
    tavle::folder::log::read(&r.board())
        .into_iter()
        .map(|l| l.change)
        .collect()
}

fn notice(r: &Room) -> Option<&Msg> {
    r.app.shared.notice().map(|n| &n.msg)
}

const SAMPLE: [&str; 5] = [
    "Bemanning og ressurser i dag",
    "Risiko og avvik siden sist",
    "Tiltak og frister",
    "Oppfølging fra forrige møte",
    "Beslutninger og ansvar",
];

#[test]
fn goal_length_and_agenda_are_prepared_by_keyboard_and_undone_step_by_step() {
    let mut r = Room::new();
    let original = r.disk().meeting.unwrap();
    r.key(KeyCode::Char('M'));
    assert_eq!(r.app.screen, Screen::Meeting);
    assert_eq!(titles(&r), SAMPLE);

    // The goal: Enter on its line.
    go_to(&mut r, &Row::Goal);
    r.key(KeyCode::Enter);
    clear(&mut r);
    r.typ("Trygg overlevering mellom vaktene");
    r.key(KeyCode::Enter);
    let m = r.disk().meeting.unwrap();
    assert_eq!(m.goal.as_deref(), Some("Trygg overlevering mellom vaktene"));

    // The length: `l`; a wrong value is refused in the dialog, text kept.
    r.key(KeyCode::Char('l'));
    clear(&mut r);
    r.typ("tjue");
    r.key(KeyCode::Enter);
    match &r.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(
                ed.error,
                Some(Msg::Prep(PrepMsg::BadMinutes("tjue".into())))
            );
            assert_eq!(ed.get(Field::Minutes), "tjue");
        }
        other => panic!("{other:?}"),
    }
    clear(&mut r);
    r.typ("20");
    r.key(KeyCode::Enter);
    assert_eq!(r.disk().meeting.unwrap().minutes, Some(20));

    // A new item after item 2, with its own time box.
    go_to(&mut r, &Row::Item(1));
    r.key(KeyCode::Char('n'));
    r.typ("Fall i rute 4");
    r.key(KeyCode::Tab);
    r.typ("3");
    r.key(KeyCode::Enter);
    assert_eq!(agenda(&r)[2], ("Fall i rute 4".to_string(), Some(3)));
    // Moved up twice: the cursor follows it.
    go_to(&mut r, &Row::Item(2));
    r.key(KeyCode::Char('K'));
    r.key_mod(KeyCode::Up, KeyModifiers::SHIFT);
    assert_eq!(titles(&r)[0], "Fall i rute 4");
    assert_eq!(
        r.app.screens.meeting.selected(&r.app.shared),
        Some(Row::Item(0))
    );
    // Renamed, and its time box changed with `t`.
    r.key(KeyCode::Enter);
    clear(&mut r);
    r.typ("Fall hos bruker i rute 4");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('t'));
    clear(&mut r);
    r.typ("5");
    r.key(KeyCode::Enter);
    assert_eq!(
        agenda(&r)[0],
        ("Fall hos bruker i rute 4".to_string(), Some(5))
    );
    // And the last item removed.
    go_to(&mut r, &Row::Item(5));
    r.key(KeyCode::Char('x'));
    assert_eq!(
        titles(&r),
        [
            "Fall hos bruker i rute 4",
            SAMPLE[0],
            SAMPLE[1],
            SAMPLE[2],
            SAMPLE[3]
        ]
    );

    // Each change is one line in the change log, in order.
    let kinds: Vec<&str> = logged(&r)
        .iter()
        .map(|c| match c {
            Change::MeetingGoal { .. } => "goal",
            Change::MeetingLength { .. } => "length",
            Change::AgendaAdded { .. } => "added",
            Change::AgendaMoved { .. } => "moved",
            Change::AgendaRenamed { .. } => "renamed",
            Change::AgendaTimeBox { .. } => "time box",
            Change::AgendaRemoved { .. } => "removed",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "goal", "length", "added", "moved", "moved", "renamed", "time box", "removed"
        ]
    );

    // Undo takes them back one by one, to the board as it was; redo brings one back.
    r.key(KeyCode::Char('u'));
    assert_eq!(titles(&r).len(), 6, "the removed item is back");
    for _ in 0..7 {
        r.key(KeyCode::Char('u'));
    }
    let m = r.disk().meeting.unwrap();
    assert_eq!(
        (m.goal, m.minutes, m.agenda),
        (
            original.goal.clone(),
            original.minutes,
            original.agenda.clone()
        )
    );
    r.key(KeyCode::Char('u'));
    assert_eq!(notice(&r), Some(&Msg::NothingToUndo));
    r.key_mod(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(
        r.disk().meeting.unwrap().goal.as_deref(),
        Some("Trygg overlevering mellom vaktene")
    );
}

#[test]
fn the_plan_changes_while_the_meeting_runs_and_the_item_under_way_stays() {
    let mut r = Room::new();
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('m'));
    assert!(
        r.app.shared.running().is_some(),
        "m starts it from here too"
    );
    r.key(KeyCode::Char(']'));
    r.key(KeyCode::Char(']'));
    let running = |r: &Room| r.disk().meeting.unwrap().running.unwrap().item as usize;
    assert_eq!(titles(&r)[running(&r)], SAMPLE[2]);
    // The last item moved to the top: the meeting is still at "Tiltak og frister".
    go_to(&mut r, &Row::Item(4));
    for _ in 0..4 {
        r.key(KeyCode::Char('K'));
    }
    assert_eq!(titles(&r)[0], SAMPLE[4]);
    assert_eq!(titles(&r)[running(&r)], SAMPLE[2]);
    // The length set during the meeting moves its end.
    r.key(KeyCode::Char('l'));
    clear(&mut r);
    r.typ("25");
    r.key(KeyCode::Enter);
    let board = r.disk();
    let c = tavle::meeting::meeting_countdown(
        &board,
        board.meeting.as_ref().unwrap().running.as_ref().unwrap(),
        r.clock.get(),
    );
    assert_eq!(c.total, 25 * 60);
}

#[test]
fn the_team_is_ticked_present_and_a_guest_typed_in() {
    let mut r = Room::new();
    // The board's own team list comes first, then the owners it knows.
    let path = r.board();
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "\"minutes\": 10,",
        "\"minutes\": 10,\n    \"team\": [\"Anne Berg\"],",
    );
    assert!(
        text.contains("\"team\""),
        "the fixture has `\"minutes\": 10,`"
    );
    std::fs::write(&path, text).unwrap();
    let _ = r.app.update(
        tavle::app::Event::Files(tavle::folder::watch::WatchEvent::Changed(vec![
            tavle::folder::watch::FileChange::Present {
                path: path.clone(),
                analysis: tavle::folder::store::analyze(&path),
            },
        ])),
        std::time::Instant::now(),
    );
    r.key(KeyCode::Char('M'));
    let people: Vec<String> = r
        .app
        .screens
        .meeting
        .rows(&r.app.shared)
        .into_iter()
        .filter_map(|row| match row {
            Row::Person { name, .. } => Some(name),
            _ => None,
        })
        .collect();
    assert_eq!(
        people,
        [
            "Anne Berg",
            "Hilde",
            "Ingrid",
            "Jonas",
            "Kari",
            "Marte",
            "Sindre"
        ]
    );
    let anne = Row::Person {
        name: "Anne Berg".into(),
        guest: false,
    };
    // Before the meeting there is nobody to tick present.
    go_to(&mut r, &anne);
    r.key(KeyCode::Char(' '));
    assert_eq!(notice(&r), Some(&Msg::Prep(PrepMsg::TickNeedsMeeting)));
    r.key(KeyCode::Char('m'));
    go_to(&mut r, &anne);
    r.key(KeyCode::Char(' '));
    go_to(
        &mut r,
        &Row::Person {
            name: "Kari".into(),
            guest: false,
        },
    );
    r.key(KeyCode::Char(' '));
    r.key(KeyCode::Char('a'));
    r.typ("Per Hansen");
    r.key(KeyCode::Enter);
    let present = |r: &Room| r.disk().meeting.unwrap().running.unwrap().attendees;
    assert_eq!(present(&r), ["Anne Berg", "Kari", "Per Hansen"]);
    // The guest has a line of their own, ticked; Space unticks, u ticks again.
    let per = Row::Person {
        name: "Per Hansen".into(),
        guest: true,
    };
    go_to(&mut r, &per);
    r.key(KeyCode::Char(' '));
    assert_eq!(present(&r), ["Anne Berg", "Kari"]);
    r.key(KeyCode::Char('u'));
    assert_eq!(present(&r), ["Anne Berg", "Kari", "Per Hansen"]);
    // Unticking Anne and undoing it puts her back first.
    go_to(&mut r, &anne);
    r.key(KeyCode::Char(' '));
    r.key(KeyCode::Char('u'));
    assert_eq!(present(&r), ["Anne Berg", "Kari", "Per Hansen"]);
    let ticks: Vec<(String, bool, bool)> = logged(&r)
        .into_iter()
        .filter_map(|c| match c {
            Change::Attended {
                name,
                present,
                guest,
            } => Some((name, present, guest)),
            _ => None,
        })
        .collect();
    assert_eq!(ticks[2], ("Per Hansen".to_string(), true, true));
    assert_eq!(ticks.len(), 7, "{ticks:?}");
    // Shown ticked on the screen, the guest marked.
    let s = screen(&r, 80, 40);
    assert!(s.contains("[x] Anne Berg"), "{s}");
    assert!(s.contains("[ ] Hilde"), "{s}");
    assert!(s.contains("[x] Per Hansen (gjest)"), "{s}");
}

fn screen(r: &Room, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| tavle::ui::render(&r.app, r.clock.get(), f))
        .unwrap();
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

#[test]
fn the_minutes_show_the_prepared_plan_the_guests_and_the_meeting_decision() {
    let mut r = Room::new();
    // Prepared before the meeting.
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('g'));
    clear(&mut r);
    r.typ("Trygg overlevering");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('n'));
    r.typ("Fall i rute 4");
    r.key(KeyCode::Tab);
    r.typ("3");
    r.key(KeyCode::Enter);
    // An item added and removed again is no change.
    r.key(KeyCode::Char('n'));
    r.typ("Feil punkt");
    r.key(KeyCode::Enter);
    go_to(&mut r, &Row::Item(6));
    r.key(KeyCode::Char('x'));
    r.at(600);
    r.key(KeyCode::Char('m'));
    go_to(
        &mut r,
        &Row::Person {
            name: "Hilde".into(),
            guest: false,
        },
    );
    r.key(KeyCode::Char(' '));
    r.key(KeyCode::Char('a'));
    r.typ("Per Hansen");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('d'));
    r.typ("Vi innfører fast overlevering kl 15");
    r.key(KeyCode::Enter);
    r.at(900);
    r.key(KeyCode::Char('q'));
    r.end_meeting();
    let minutes =
        std::fs::read_to_string(r.dir.join("referater/2026-11-24-hjemmetjenesten-nord.md"))
            .unwrap();
    for want in [
        "- **Til stede:** Hilde, Per Hansen (gjest)",
        "- **Mål for møtet:** Trygg overlevering\n",
        "6. Fall i rute 4 (3 min)",
        "## Forberedelse av møtet",
        "- Mål for møtet: Trygg overlevering (før: Felles oversikt over dagens drift, risiko og hvem som gjør hva)",
        "- Nytt punkt: Fall i rute 4 (3 min)",
        "- Vi innfører fast overlevering kl 15\n",
    ] {
        assert!(minutes.contains(want), "{want:?} missing:\n{minutes}");
    }
    assert!(!minutes.contains("Feil punkt"), "{minutes}");
    // The next meeting's minutes do not repeat this preparation.
    r.at(3600);
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Esc);
    r.at(3700);
    r.end_meeting();
    let next =
        std::fs::read_to_string(r.dir.join("referater/2026-11-24-hjemmetjenesten-nord-2.md"))
            .unwrap();
    assert!(!next.contains("## Forberedelse av møtet"), "{next}");
    assert!(!next.contains("(gjest)"), "{next}");
}

#[test]
fn the_meeting_screen_fits_80x24_and_its_keys_are_told_in_every_language() {
    assert_eq!(tavle::app::keymap::clashes(prepare::KEYS), []);
    for &lang in Lang::ALL {
        let loader = i18n::loader(lang);
        for b in prepare::KEYS {
            let id = format!("cmd-help-{}", b.cmd.id());
            assert!(loader.has(&id), "{lang:?}: no `{id}`");
            assert_eq!(i18n::cmd_help(lang, b.cmd.id()), loader.get(&id));
            if b.hint {
                assert!(!i18n::cmd_hint(lang, b.cmd.id()).is_empty());
            }
        }
    }
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('M'));
    let s = screen(&r, 80, 24);
    for want in [
        "Møtet: forberedelse og oppmøte · pågår 08:30",
        "Mål      Felles oversikt over dagens drift",
        "Lengde   10 min",
        "▶ 1. Bemanning og ressurser i dag",
        "Space til stede",
    ] {
        assert!(s.contains(want), "{want:?} missing:\n{s}");
    }
    // The cursor at the bottom of a long list: the screen scrolls to it.
    for _ in 0..20 {
        r.key(KeyCode::Down);
    }
    let s = screen(&r, 80, 24);
    assert!(s.contains("+ gjest"), "{s}");
    assert!(s.contains("↑ "), "{s}");
    // Wide: plan and attendance side by side.
    let s = screen(&r, 140, 40);
    let row = s
        .lines()
        .find(|l| l.contains("Mål      Felles"))
        .unwrap_or_default()
        .to_string();
    assert!(row.contains("Til stede"), "side by side:\n{s}");
    // Help lists the screen's keys.
    r.key(KeyCode::Char('?'));
    let s = screen(&r, 80, 24);
    assert!(s.contains("nytt punkt på agendaen"), "{s}");
    for b in prepare::KEYS {
        for k in b.keys {
            assert!(s.contains(k.label), "help lacks {}:\n{s}", k.label);
        }
    }
}

#[test]
fn the_improvement_teams_roles_are_named_on_the_meeting_screen_and_undone() {
    let mut r = Room::new();
    // An operations board that names no one has no role lines.
    r.key(KeyCode::Char('M'));
    let rows = r.app.screens.meeting.rows(&r.app.shared);
    assert!(!rows.iter().any(|x| matches!(x, Row::Role(_))), "{rows:?}");
    // The improvement board: both roles, before the team.
    r.key(KeyCode::Char('q'));
    r.key(KeyCode::Char('q'));
    let path = r.dir.join("sykehjem-forbedring.json");
    for _ in 0..5 {
        if r.app.shared.entry().map(|e| &e.path) == Some(&path) {
            break;
        }
        r.key(KeyCode::Down);
    }
    r.key(KeyCode::Enter);
    assert_eq!(r.app.board().unwrap().title, r_title(&path));
    r.key(KeyCode::Char('M'));
    let rows = r.app.screens.meeting.rows(&r.app.shared);
    let leader = rows.iter().position(|x| *x == Row::Role(Role::TeamLeader));
    let lead = rows
        .iter()
        .position(|x| *x == Row::Role(Role::MeasurementLead));
    let first_person = rows.iter().position(|x| matches!(x, Row::Person { .. }));
    assert!(leader < lead && lead < first_person, "{rows:?}");
    go_to(&mut r, &Row::Role(Role::TeamLeader));
    r.key(KeyCode::Enter);
    clear(&mut r);
    r.typ("Kari Nordmann");
    r.key(KeyCode::Enter);
    go_to(&mut r, &Row::Role(Role::MeasurementLead));
    r.key(KeyCode::Enter);
    clear(&mut r);
    r.typ("Per Hansen");
    r.key(KeyCode::Enter);
    let disk = |r: &Room| {
        tavle::folder::store::analyze(&r.dir.join("sykehjem-forbedring.json"))
            .board
            .unwrap()
    };
    let b = disk(&r);
    assert_eq!(b.team_leader.as_deref(), Some("Kari Nordmann"));
    assert_eq!(b.measurement_lead.as_deref(), Some("Per Hansen"));
    // Drawn with its name; an empty role says it is not set.
    let screen = r.screen_text(100, 30);
    assert!(screen.contains("Teamleder"), "{screen}");
    assert!(screen.contains("Kari Nordmann"), "{screen}");
    // Undo takes back one role at a time: the sample's measurement lead is back.
    r.key(KeyCode::Char('u'));
    let b = disk(&r);
    assert_eq!(b.team_leader.as_deref(), Some("Kari Nordmann"));
    assert_eq!(b.measurement_lead.as_deref(), Some("Aisha"));
    // Emptying the field names no one, and the line says so.
    go_to(&mut r, &Row::Role(Role::TeamLeader));
    r.key(KeyCode::Enter);
    clear(&mut r);
    r.key(KeyCode::Enter);
    assert_eq!(disk(&r).team_leader, None);
    let screen = r.screen_text(100, 30);
    assert!(screen.contains("Teamleder: (ikke satt)"), "{screen}");
    assert!(screen.contains("Måleansvarlig: Aisha"), "{screen}");
}

fn r_title(path: &std::path::Path) -> String {
    tavle::folder::store::analyze(path).board.unwrap().title
}

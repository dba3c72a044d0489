//! The minutes of a meeting: the file written when it closes (a second
//! meeting the same day gets its own), `tavle minutes` giving the same text,
//! each meeting's own attendance, decisions and net changes, a day without a
//! meeting (refused, or the whole day with `--anyway`), the rendered minutes in both languages, and the change log the
//! minutes are made from still parsing as today's tavle writes it.
//!
//! Running the meeting itself is tested in `meeting.rs`.

use std::path::Path;
use std::process::Command;

use chrono::{DateTime, NaiveDate};
use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::Overlay;
use tavle::folder::store;
use tavle::i18n::Lang;
use tavle::meeting;

mod common;
use common::{Room, t0};

#[test]
fn closing_writes_minutes_and_a_second_meeting_gets_its_own_file() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('o'));
    r.typ("Hilde, Kari");
    r.key(KeyCode::Enter);
    r.key(KeyCode::Char('d'));
    r.typ("Vi prøver ny rutine for medisinrom");
    r.key(KeyCode::Enter);
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.key(KeyCode::Char(' '));
    r.at(300);
    r.key(KeyCode::Char('m'));
    assert!(matches!(r.app.overlay, Some(Overlay::Closing(_))));
    r.key(KeyCode::Enter);
    assert!(r.disk().meeting.unwrap().running.is_none());
    let file = r.dir.join("referater/2026-11-24-hjemmetjenesten-nord.md");
    let minutes = std::fs::read_to_string(&file).unwrap();
    for expected in [
        "# Referat – Driftstavle – Hjemmetjenesten sone nord",
        "(uke 48)",
        "**Til stede:** Hilde, Kari",
        "Vi prøver ny rutine for medisinrom",
        "Flyttet: Bemanning i dag",
        "I dag → Pågår",
        "## Endrede trafikklys",
        "## Oppfølging",
    ] {
        assert!(
            minutes.contains(expected),
            "{expected:?} missing in:\n{minutes}"
        );
    }
    // Same day, second meeting: a new file, the first is kept.
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Char('m'));
    r.key(KeyCode::Enter);
    assert!(
        r.dir
            .join("referater/2026-11-24-hjemmetjenesten-nord-2.md")
            .exists()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), minutes);
    // `tavle minutes` prints the same kind of Markdown.
    // `tavle minutes` prints the same kind of Markdown: the first meeting's
    // with `--meeting 1`; the day's last (the second, empty one) without.
    let printed = |args: &[&str]| {
        let out = minutes_cli(&r.dir, args);
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let first = printed(&["--meeting", "1"]);
    assert!(
        first.contains("Vi prøver ny rutine for medisinrom"),
        "{first}"
    );
    let last = printed(&[]);
    assert!(
        !last.contains("Vi prøver ny rutine for medisinrom"),
        "{last}"
    );
    let _ = r.stamp();
}

#[test]
fn minutes_snapshot() {
    let text = r#"{"tavle":1,"title":"Tavle","kind":"drift","unit":"Enhet",
      "meeting":{"minutes":10,"goal":"Oversikt","agenda":["Drift",{"title":"Risiko","minutes":3}]},
      "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"c","title":"Ferdig"}],
      "cards":[{"id":"k1","title":"Ny rutine","column":"b","owner":"Kari"},{"id":"k2","title":"Uten eier","column":"a"}],
      "decisions":[
        {"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Gammel oppfølging","owner":"Ola","due":"2026-11-22"},
        {"id":"b2","at":"2026-11-24T09:05:00+01:00","text":"Ny beslutning","owner":"Kari","due":"2026-11-27","card":"k1",
         "corrections":[{"at":"2026-11-24T09:06:00+01:00","text":"Først skrevet slik"}]},
        {"id":"b3","at":"2026-11-24T09:07:00+01:00","text":"Uten oppfølging"}]}"#;
    let board = store::analyze_text(text).0.unwrap();
    let log: Vec<tavle::folder::log::Logged> = [
        r#"{"at":"2026-11-24T09:01:00+01:00","by":"Kari","change":"moved","card":"k1","title":"Ny rutine","from":"a","to":"b"}"#,
        r#"{"at":"2026-11-24T09:02:00+01:00","by":"Kari","change":"light","card":"k1","title":"Ny rutine","from":null,"to":"yellow"}"#,
        r#"{"at":"2026-11-24T09:03:00+01:00","by":"Kari","change":"added","card":"k2","title":"Uten eier","column":"a"}"#,
        r#"{"at":"2026-11-23T09:03:00+01:00","by":"Kari","change":"archived","card":"k9","title":"I går"}"#,
        r#"{"at":"2026-11-24T09:10:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T09:00:00+01:00","attendees":["Kari","Ola"]}"#,
    ]
    .iter()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    // The day's one meeting (its start was not logged; its end names it).
    let scope = meeting::scope(&log, day, None, t0()).unwrap();
    assert!(matches!(scope, meeting::Scope::Meeting(_)));
    let s = meeting::summary(&board, &log, &scope);
    insta::assert_snapshot!(
        "minutes_nb",
        tavle::minutes::minutes(Lang::Nb, &board, "tavle", &s)
    );
    insta::assert_snapshot!(
        "minutes_en",
        tavle::minutes::minutes(Lang::En, &board, "tavle", &s)
    );
}

/// Log lines in the format today's tavle writes.
fn log_of(lines: &[&str]) -> Vec<tavle::folder::log::Logged> {
    let log = tavle_core::log::parse(&lines.join("\n"));
    assert_eq!(log.len(), lines.len(), "every line parses");
    log
}

/// `tavle minutes` in bokmål on the room's folder, with extra arguments.
fn minutes_cli(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .env("TAVLE_LANG", "nb")
        .args(["minutes", "--dir"])
        .arg(dir)
        .args(["hjemmetjenesten-nord", "--date", "2026-11-24"])
        .args(args)
        .output()
        .unwrap()
}

/// The part of Markdown minutes under `heading`, up to the next heading.
fn section<'a>(minutes: &'a str, heading: &str) -> &'a str {
    let start = minutes
        .find(&format!("{heading}\n"))
        .unwrap_or_else(|| panic!("no {heading:?} in:\n{minutes}"));
    let rest = &minutes[start + heading.len()..];
    &rest[..rest.find("\n#").unwrap_or(rest.len())]
}

/// The `Til stede` line of minutes in bokmål.
fn present(minutes: &str) -> &str {
    minutes
        .lines()
        .find(|l| l.starts_with("- **Til stede:**"))
        .unwrap_or_else(|| panic!("no attendance line in:\n{minutes}"))
}

#[test]
fn two_meetings_on_one_day_each_have_only_their_own_minutes() {
    let mut r = Room::new();
    r.meeting_with("Hilde, Kari", "Første møte: Hilde ringer vikarbyrået");
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    r.at(300);
    r.end_meeting();
    // The afternoon meeting: other people, another decision, a light re-lit.
    r.at(6 * 3600);
    r.meeting_with("Jonas", "Andre møte: Jonas henter bilen");
    r.key(KeyCode::Char(' '));
    r.at(6 * 3600 + 240);
    r.end_meeting();

    let folder = r.dir.join("referater");
    let first = std::fs::read_to_string(folder.join("2026-11-24-hjemmetjenesten-nord.md")).unwrap();
    let second =
        std::fs::read_to_string(folder.join("2026-11-24-hjemmetjenesten-nord-2.md")).unwrap();
    assert_eq!(present(&first), "- **Til stede:** Hilde, Kari");
    assert_eq!(present(&second), "- **Til stede:** Jonas");
    assert!(first.contains("- **Tid:** 08:30–08:35"), "{first}");
    assert!(second.contains("- **Tid:** 14:30–14:34"), "{second}");
    assert!(first.contains("Første møte: Hilde ringer vikarbyrået"));
    assert!(first.contains("Flyttet: Bemanning i dag"), "{first}");
    assert!(!first.contains("Andre møte"), "{first}");
    assert!(second.contains("Andre møte: Jonas henter bilen"));
    assert!(!second.contains("Første møte"), "{second}");
    assert!(
        !second.contains("Flyttet:"),
        "the move was in the first meeting:\n{second}"
    );
    assert!(!first.contains("## Endrede trafikklys\n\n- "), "{first}");
    assert!(second.contains("## Endrede trafikklys\n\n- "), "{second}");
    // The decision made earlier this morning, before either meeting, is in
    // neither meeting's decisions (it is an open follow-up in both).
    for m in [&first, &second] {
        assert!(
            !section(m, "## Beslutninger").contains("Vi låner bil"),
            "{m}"
        );
        assert!(section(m, "## Oppfølging").contains("Vi låner bil"), "{m}");
    }

    // `tavle minutes --meeting N` gives the same minutes as the file written at its end.
    for (n, file) in [("1", &first), ("2", &second)] {
        let out = minutes_cli(&r.dir, &["--meeting", n]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            &String::from_utf8(out.stdout).unwrap(),
            file,
            "--meeting {n}"
        );
    }
    // Without --meeting: the day's last.
    let out = minutes_cli(&r.dir, &[]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), second);
    // A meeting the day did not have is an error that says how many it had.
    for bad in ["0", "3"] {
        let out = minutes_cli(&r.dir, &["--meeting", bad]);
        assert_eq!(out.status.code(), Some(2), "--meeting {bad}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("det var 2 møter 24.11.2026"), "{err}");
        assert!(err.contains(&format!("ikke {bad}")), "{err}");
    }
}

#[test]
fn a_day_without_a_meeting_is_refused_and_given_whole_with_anyway() {
    let mut r = Room::new();
    r.key(KeyCode::Char('d'));
    r.typ("Avklart uten møte");
    r.key(KeyCode::Enter);
    r.key_mod(KeyCode::Right, KeyModifiers::SHIFT);
    // Never minutes of a meeting that did not happen.
    let out = minutes_cli(&r.dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("det var ikke noe møte 24.11.2026, og endringsloggen har ingen møter"),
        "{err}"
    );
    let out = minutes_cli(&r.dir, &["--anyway"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "Avklart uten møte",
        // Decided at 08:20 this day, in the file from the start.
        "Vi låner bil fra sone sør",
        "## Endringer på tavla i dag",
        "Flyttet: Bemanning i dag",
        "- **Til stede:** _ikke registrert_",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(!text.contains("**Tid:**"), "no meeting, no time:\n{text}");
    let out = minutes_cli(&r.dir, &["--meeting", "1"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("det var ikke noe møte 24.11.2026"), "{err}");
}

#[test]
fn changes_are_net_and_attendance_is_that_meetings_own() {
    let text = r#"{"tavle":1,"title":"Tavle","kind":"drift",
      "columns":[{"id":"a","title":"A"},{"id":"b","title":"B"},{"id":"c","title":"C"}],
      "cards":[
        {"id":"k1","title":"Sykler lyset","column":"a","owner":"Kari","light":"green"},
        {"id":"k2","title":"Tilbake til rødt","column":"a","owner":"Kari","light":"red"},
        {"id":"k3","title":"Flyttet tilbake","column":"a","owner":"Kari"},
        {"id":"k4","title":"Flyttet to ganger","column":"c","owner":"Kari"},
        {"id":"k5","title":"Arkivert og hentet","column":"a","owner":"Kari"},
        {"id":"k6","title":"Arkivert","column":"a","owner":"Kari","archived":true},
        {"id":"k7","title":"Hentet fra arkivet","column":"a","owner":"Kari"},
        {"id":"k9","title":"Nytt kort","column":"a","owner":"Kari"},
        {"id":"k10","title":"Endret i morgenmøtet","column":"b","owner":"Kari"}],
      "indicators":[{"id":"fall","title":"Fall","unit":"per uke","values":[{"date":"2026-11-23","value":6}]}],
      "decisions":[
        {"id":"b1","at":"2026-11-20T09:00:00+01:00","text":"Ola ringer","owner":"Ola","due":"2026-11-30"},
        {"id":"b2","at":"2026-11-20T09:01:00+01:00","text":"Kari skriver","owner":"Kari","due":"2026-11-30","done":true,"done_at":"2026-11-24T09:05:00+01:00"},
        {"id":"b3","at":"2026-11-20T09:02:00+01:00","text":"Nå sier den dette","owner":"Per","due":"2026-12-01",
         "corrections":[{"at":"2026-11-24T09:06:00+01:00","text":"Den sa dette før"}]},
        {"id":"b4","at":"2026-11-24T08:05:00+01:00","text":"Morgenmøtets beslutning"},
        {"id":"b5","at":"2026-11-24T09:07:00+01:00","text":"Formøtets beslutning"}]}"#;
    let board = store::analyze_text(text).0.unwrap();
    let light = |t: &str, card: &str, from: &str, to: &str| {
        format!(
            r#"{{"at":"2026-11-24T{t}+01:00","by":"Kari","change":"light","card":"{card}","title":"T{card}","from":{from},"to":{to}}}"#
        )
    };
    let moved = |t: &str, card: &str, from: &str, to: &str| {
        format!(
            r#"{{"at":"2026-11-24T{t}+01:00","by":"Kari","change":"moved","card":"{card}","title":"T{card}","from":"{from}","to":"{to}"}}"#
        )
    };
    let simple = |t: &str, change: &str, card: &str| {
        format!(
            r#"{{"at":"2026-11-24T{t}+01:00","by":"Kari","change":"{change}","card":"{card}","title":"T{card}"}}"#
        )
    };
    let lines: Vec<String> = vec![
        // The morning meeting, with Ola; its changes are not the second meeting's.
        r#"{"at":"2026-11-24T08:00:00+01:00","by":"Kari","change":"meeting_started"}"#.into(),
        light("08:05:00", "k10", "null", r#""red""#),
        r#"{"at":"2026-11-24T08:10:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T08:00:00+01:00","attendees":["Ola"]}"#.into(),
        r#"{"at":"2026-11-24T09:00:00+01:00","by":"Kari","change":"meeting_started"}"#.into(),
        // ▲→■→○→● is one change ▲→●.
        light("09:01:00", "k1", r#""yellow""#, r#""red""#),
        light("09:01:10", "k1", r#""red""#, "null"),
        light("09:01:20", "k1", "null", r#""green""#),
        // ■→●→■ is none.
        light("09:01:30", "k2", r#""red""#, r#""green""#),
        light("09:01:40", "k2", r#""green""#, r#""red""#),
        // A move undone, and two moves in a row.
        moved("09:02:00", "k3", "a", "b"),
        moved("09:02:10", "k3", "b", "a"),
        moved("09:02:20", "k4", "a", "b"),
        moved("09:02:30", "k4", "b", "c"),
        // Archived and restored is none; archived, and restored, are one each.
        simple("09:03:00", "archived", "k5"),
        simple("09:03:10", "restored", "k5"),
        simple("09:03:20", "archived", "k6"),
        simple("09:03:30", "restored", "k7"),
        // Added and removed again is none.
        r#"{"at":"2026-11-24T09:04:00+01:00","by":"Kari","change":"added","card":"k8","title":"Angret","column":"a"}"#.into(),
        r#"{"at":"2026-11-24T09:04:10+01:00","by":"Kari","change":"removed","card":"k8","title":"Angret"}"#.into(),
        r#"{"at":"2026-11-24T09:04:20+01:00","by":"Kari","change":"added","card":"k9","title":"Nytt kort","column":"a"}"#.into(),
        // A value recorded twice: the last counts; a value recorded and removed is none.
        r#"{"at":"2026-11-24T09:05:00+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":5}"#.into(),
        r#"{"at":"2026-11-24T09:05:10+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":6}"#.into(),
        r#"{"at":"2026-11-24T09:05:20+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-16","value":3}"#.into(),
        r#"{"at":"2026-11-24T09:05:30+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-16","value":null}"#.into(),
        // Done and undone is not done; b2 was done.
        r#"{"at":"2026-11-24T09:05:40+01:00","by":"Kari","change":"followed_up","decision":"b1","text":"Ola ringer","done":true}"#.into(),
        r#"{"at":"2026-11-24T09:05:50+01:00","by":"Kari","change":"followed_up","decision":"b1","text":"Ola ringer","done":false}"#.into(),
        r#"{"at":"2026-11-24T09:05:00+01:00","by":"Kari","change":"followed_up","decision":"b2","text":"Kari skriver","done":true}"#.into(),
        // Nobody was entered as present.
        r#"{"at":"2026-11-24T09:15:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T09:00:00+01:00","attendees":[]}"#.into(),
        // After the meeting.
        moved("10:00:00", "k10", "a", "b"),
    ];
    let log = log_of(&lines.iter().map(String::as_str).collect::<Vec<_>>());
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let now = DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").unwrap();
    assert_eq!(meeting::meetings(&log, day, now).len(), 2);
    let scope = meeting::scope(&log, day, Some(2), now).unwrap();
    let s = meeting::summary(&board, &log, &scope);
    let ids = |v: &[meeting::CardRef]| v.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    use tavle::model::Light::{Green, Yellow};
    let lights: Vec<_> = s
        .lights
        .iter()
        .map(|l| (l.card.id.as_str(), l.from, l.to))
        .collect();
    assert_eq!(lights, [("k1", Some(Yellow), Some(Green))]);
    let moves: Vec<_> = s
        .moved
        .iter()
        .map(|m| (m.card.id.as_str(), m.from.as_str(), m.to.as_str()))
        .collect();
    assert_eq!(moves, [("k4", "A", "C")]);
    assert_eq!(ids(&s.archived), ["k6"]);
    assert_eq!(ids(&s.restored), ["k7"]);
    assert_eq!(ids(&s.added), ["k9"]);
    let values: Vec<_> = s
        .values
        .iter()
        .map(|v| (v.title.as_str(), v.date.to_string(), v.value))
        .collect();
    assert_eq!(values, [("Fall", "2026-11-23".to_string(), 6.0)]);
    let done: Vec<&str> = s.done.iter().map(|d| d.decision.id.as_str()).collect();
    assert_eq!(done, ["b2"]);
    let decided: Vec<&str> = s.decisions.iter().map(|d| d.decision.id.as_str()).collect();
    assert_eq!(decided, ["b5"]);
    let corrected: Vec<_> = s.corrected.iter().map(|d| (d.text, d.before)).collect();
    assert_eq!(corrected, [("Nå sier den dette", Some("Den sa dette før"))]);
    assert!(
        s.attendees.is_empty(),
        "not Ola from the morning: {:?}",
        s.attendees
    );

    let md = tavle::minutes::minutes(Lang::Nb, &board, "tavle", &s);
    for expected in [
        "- **Til stede:** _ikke registrert_",
        "- Tk1 (k1): ▲ gul → ● grønn",
        "- Flyttet: Tk4 (k4): A → C",
        "- Arkivert: Tk6 (k6)",
        "- Hentet tilbake: Tk7 (k7)",
        "- Nytt: Nytt kort (k9)",
        "## Målinger registrert\n\n- Fall 23.11.2026: 6 per uke\n",
        "- [x] Kari skriver",
        "- [ ] Ola ringer",
        "- Korrigert: Nå sier den dette — ansvarlig: Per, frist: 01.12.2026 (før: Den sa dette før)",
    ] {
        assert!(md.contains(expected), "{expected:?} missing in:\n{md}");
    }
    for absent in [
        "Ola\n",
        "k2",
        "k3",
        "k5",
        "k8",
        "k10",
        "Morgenmøtets",
        "16.11.2026",
    ] {
        assert!(!md.contains(absent), "{absent:?} should not be in:\n{md}");
    }
    // The morning meeting has its own attendee and change, and none of the above.
    let morning = meeting::summary(
        &board,
        &log,
        &meeting::scope(&log, day, Some(1), now).unwrap(),
    );
    assert_eq!(morning.attendees, ["Ola"]);
    assert_eq!(
        morning
            .lights
            .iter()
            .map(|l| l.card.id.as_str())
            .collect::<Vec<_>>(),
        ["k10"]
    );
    assert!(morning.moved.is_empty() && morning.done.is_empty() && morning.values.is_empty());
    assert_eq!(
        morning
            .decisions
            .iter()
            .map(|d| d.decision.id.as_str())
            .collect::<Vec<_>>(),
        ["b4"]
    );
    // The morning's follow-ups are as they stood then: b2 was still open.
    assert!(morning.follow_ups.iter().any(|d| d.decision.id == "b2"));
}

#[test]
fn the_change_log_written_by_todays_tavle_still_parses() {
    // One line of every kind today's tavle writes, as it writes them.
    let text = r#"{"at":"2026-11-24T09:00:00+01:00","by":"Kari","change":"meeting_started"}
{"at":"2026-11-24T09:00:01+01:00","by":"Kari","change":"added","card":"k1","title":"Kort","column":"a"}
{"at":"2026-11-24T09:00:02+01:00","by":"Kari","change":"removed","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:03+01:00","by":"Kari","change":"moved","card":"k1","title":"Kort","from":"a","to":"b"}
{"at":"2026-11-24T09:00:04+01:00","by":"Kari","change":"archived","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:05+01:00","by":"Kari","change":"restored","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:06+01:00","by":"Kari","change":"light","card":"k1","title":"Kort","from":null,"to":"red"}
{"at":"2026-11-24T09:00:07+01:00","by":"Kari","change":"edited","card":"k1","title":"Kort"}
{"at":"2026-11-24T09:00:08+01:00","by":"Kari","change":"decided","decision":"b1","text":"Vi gjør det"}
{"at":"2026-11-24T09:00:09+01:00","by":"Kari","change":"escalated","card":"k1","title":"Kort","to_board":"ledelse"}
{"at":"2026-11-24T09:00:10+01:00","by":"Kari","change":"goal_changed","goal":"m1","title":"Mål"}
{"at":"2026-11-24T09:00:11+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":6.5}
{"at":"2026-11-24T09:00:12+01:00","by":"Kari","change":"measured","indicator":"fall","date":"2026-11-23","value":null}
{"at":"2026-11-24T09:00:13+01:00","by":"Kari","change":"corrected","decision":"b1","text":"Vi gjør det i morgen"}
{"at":"2026-11-24T09:00:14+01:00","by":"Kari","change":"followed_up","decision":"b1","text":"Vi gjør det","done":true}
{"at":"2026-11-24T09:10:00+01:00","by":"Kari","change":"meeting_ended","started":"2026-11-24T09:00:00+01:00","attendees":["Kari","Ola"]}
{"at":"2026-11-24T09:11"#;
    let entries = tavle_core::log::parse(text);
    assert_eq!(
        entries.len(),
        text.lines().count() - 1,
        "only the torn line is skipped"
    );
    // What tavle writes now reads back as the same entries.
    let again = tavle_core::log::parse(&tavle_core::log::lines(&entries));
    assert_eq!(again, entries);
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let m = meeting::meetings(&entries, day, t0());
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].attendees, ["Kari", "Ola"]);
}

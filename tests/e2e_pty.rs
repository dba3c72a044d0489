//! End-to-end tests: the real `tavle` binary in a pseudo-terminal, driven by
//! key presses and read back through a terminal emulator (`vt100`), the way a
//! person in front of the screen would use it (the harness is `tests/pty`).
//!
//! Every wait is a poll with one generous timeout; nothing asserts on timing.
//!
//! Unix only: the harness drives a Unix pseudo-terminal (termios, xterm key
//! sequences, signals sent with `kill`); the Windows console (ConPTY) is not
//! driven by these tests.
#![cfg(unix)]

mod pty;

use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use pty::*;
use serde_json::Value;

#[test]
fn opens_overview_then_board_and_moves_a_card() {
    let dir = boards_copy();
    let file = dir.path().join(HOME_CARE);
    let mut tui = Tui::start(dir.path());
    tui.wait_for("Overview");
    tui.wait_for("Felles handlingsplan");
    tui.wait_for("Driftstavle");
    tui.wait_for("Forbetringstavle");
    tui.assert_raw_mode();

    // Boards are sorted worst first, which depends on today's date: step down
    // until the home-care board is the selected row.
    tui.select_row("Driftstavle");
    tui.send(ENTER);
    tui.wait_for("I dag");
    tui.wait_for("Pågår");
    tui.wait_for("Bemanning i dag");

    // The first card of "I dag" (k1) is selected: move it one column right.
    tui.send(SHIFT_RIGHT);
    tui.wait_for_card(&file, "k1", "k1 moved to pagar by e2e", |c| {
        c["column"] == "pagar" && c["updated_by"] == "e2e"
    });
    // The screen follows: five cards in "Pågår" (over its limit of four).
    tui.wait_for("Pågår 5/4");
    tui.wait_for("I dag 3");

    tui.send("u");
    tui.wait_for_card(&file, "k1", "k1 back in i-dag after undo", |c| {
        c["column"] == "i-dag"
    });
    tui.wait_for("Pågår 4/4");
    tui.wait_for("I dag 4");

    // Board → overview → quit.
    tui.send("q");
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

#[test]
fn outside_change_shows_up_on_screen() {
    let dir = boards_copy();
    let (mut tui, file) = start_on_home_care(dir.path());
    // Select k2, the card to be changed: on the operations layout at 120×36
    // the other cards of its column are one line each (title and owner),
    // and the selected one shows whole, with who changed it.
    tui.send("j");

    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["card", "set"])
        .arg(&file)
        .args(["k2", "--title", "Endret utenfra"])
        .current_dir(dir.path())
        .env("TAVLE_USER", "Ola")
        .env("TAVLE_LANG", "en")
        .output()
        .expect("run tavle card set");
    let done = Instant::now();
    assert!(
        out.status.success(),
        "tavle card set failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    tui.wait_for("Endret utenfra");
    tui.wait_for("changed by Ola");
    eprintln!(
        "outside change on screen {:?} after the command finished",
        done.elapsed()
    );

    tui.send("q");
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

#[test]
fn broken_file_shows_banner_and_keeps_last_good_board() {
    let dir = boards_copy();
    let (mut tui, file) = start_on_home_care(dir.path());
    let good = std::fs::read(&file).expect("read board");
    let garbage = br#"{"tavle": 1, "title": "#;

    std::fs::write(&file, garbage).expect("write garbage");
    tui.wait_for("error in the file");
    tui.wait_for("Bemanning i dag");

    // Space would cycle the light; on a broken file it is refused with a notice.
    tui.send(SPACE);
    tui.wait_for("the file has an error at line");
    assert_eq!(
        std::fs::read(&file).expect("read board"),
        garbage,
        "tavle wrote to a broken file"
    );

    std::fs::write(&file, &good).expect("restore board");
    tui.wait_gone("error in the file");
    tui.wait_for("Bemanning i dag");
    assert_eq!(std::fs::read(&file).expect("read board"), good);

    tui.send(ESC);
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

#[test]
fn tiny_and_huge_resizes_do_not_crash() {
    let dir = boards_copy();
    let mut tui = Tui::start(dir.path());
    tui.wait_for("Driftstavle");

    tui.resize(40, 12);
    tui.wait_for("Make the window bigger");

    tui.resize(400, 120);
    tui.wait_gone("Make the window bigger");
    tui.wait_for("Driftstavle – Hjemmetjenesten sone nord");
    tui.wait_for("Forbetringstavle – Solbakken sjukeheim, avdeling 2");

    // The board screen at that size too.
    tui.select_row("Driftstavle");
    tui.send(ENTER);
    tui.wait_for("Venter på andre");
    tui.send("q");
    tui.wait_for("Overview");
    tui.send("q");
    let status = tui.wait_exit();
    assert!(status.success(), "tavle exited with {status:?}");
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let dir = boards_copy();
    let (mut tui, _file) = start_on_home_care(dir.path());
    tui.assert_raw_mode();
    tui.send(CTRL_C);
    let status = tui.wait_exit();
    assert!(status.success(), "tavle exited with {status:?}");
}

/// A decision typed while a colleague's save breaks the file is not lost:
/// Enter is refused with the reason, the text stays, and once the file is
/// mended Enter saves it.
#[test]
fn typing_survives_a_broken_file_and_is_saved_once_mended() {
    let dir = boards_copy();
    let (mut tui, file) = start_on_home_care(dir.path());
    let good = std::fs::read(&file).expect("read board");
    tui.send("d");
    tui.wait_for("New decision");
    tui.send("Vi kjøper ny bil til rute 3");
    tui.wait_for("Vi kjøper ny bil til rute 3");
    std::fs::write(&file, br#"{"tavle": 1, "title": "#).expect("break the file");
    tui.wait_for("error in the file");
    tui.send("\r");
    tui.wait_for("the file has an error at line");
    tui.wait_for("Vi kjøper ny bil til rute 3");
    std::fs::write(&file, &good).expect("mend the file");
    tui.wait_gone("error in the file");
    tui.send("\r");
    tui.wait_gone("New decision");
    poll_until(
        "the decision in the file",
        || {
            let text = std::fs::read_to_string(&file).ok()?;
            text.contains("Vi kjøper ny bil til rute 3").then_some(())
        },
        || tui.dump(),
    );
    tui.send("q");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

/// SIGTERM (a shutdown), SIGHUP (the window closed) and SIGINT end tavle the
/// way `q` does: raw mode off, the alternate screen left, the cursor shown.
#[test]
fn signals_quit_and_restore_the_terminal() {
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let dir = boards_copy();
        let (tui, _file) = start_on_home_care(dir.path());
        tui.assert_raw_mode();
        let pid = tui.child.process_id().expect("pid");
        let kill = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.to_string())
            .status()
            .expect("kill");
        assert!(kill.success());
        let output = Arc::clone(&tui.output);
        let status = tui.wait_exit();
        assert_eq!(status.exit_code(), code, "SIG{signal}");
        let out = output.lock().unwrap().clone();
        let last = |pat: &[u8]| out.windows(pat.len()).rposition(|w| w == pat);
        let (hide, show) = (last(b"\x1b[?25l"), last(b"\x1b[?25h"));
        assert!(show > hide, "SIG{signal}: the cursor is left hidden");
    }
}

#[test]
fn a_whole_short_meeting_ends_in_minutes_on_disk() {
    let dir = boards_copy();
    let (mut tui, file) = start_on_home_care(dir.path());
    // Start the meeting: the header shows the goal and the countdown.
    tui.send("m");
    tui.wait_for("MEETING");
    tui.wait_for("left");
    tui.wait_for("Follow-up from earlier meetings");
    // Two decisions, the first linked to the selected card.
    tui.send("d");
    tui.wait_for("New decision");
    tui.send("Hilde ringer vikarbyrået\tHilde\ti morgen\r");
    tui.wait_gone("New decision");
    tui.send("d");
    tui.wait_for("New decision");
    tui.send("Ny rutine for medisinrom fra mandag\r");
    tui.wait_for("Ny rutine for medisinrom");
    // Move a card, next agenda item, then end the meeting.
    tui.send(SHIFT_RIGHT);
    tui.wait_for_card(&file, "k1", "k1 moved", |c| c["column"] == "pagar");
    tui.send("]");
    tui.wait_for("Item 2/5");
    tui.send("m");
    tui.wait_for("End the meeting");
    tui.send(ENTER);
    tui.wait_for("the minutes are written");
    let minutes = dir.path().join("referater").join(format!(
        "{}-hjemmetjenesten-nord.md",
        chrono::Local::now().date_naive().format("%Y-%m-%d")
    ));
    let text = std::fs::read_to_string(&minutes).unwrap_or_default();
    for expected in [
        "Hilde ringer vikarbyrået",
        "Ny rutine for medisinrom fra mandag",
        "Bemanning i dag",
        "I dag → Pågår",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the minutes:\n{text}"
        );
    }
    tui.send("q");
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

#[test]
fn a_syncthing_copy_beside_the_open_board_is_merged_by_keyboard() {
    let dir = boards_copy();
    let (mut tui, file) = start_on_home_care(dir.path());
    let original: Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("board")).expect("json");
    // Our own edit on this screen: k1's light from yellow to red.
    tui.send(SPACE);
    tui.wait_for_card(&file, "k1", "k1 red", |c| c["light"] == "red");
    // The other machine's version, from the board as it was: k1 green and
    // renamed, and a new card. Syncthing puts it beside the board.
    let mut theirs = original.clone();
    let cards = theirs["cards"].as_array_mut().expect("cards");
    cards[0]["light"] = Value::from("green");
    cards[0]["title"] = Value::from("Bemanning i dag: vikar fra byrået kommer kl. 10");
    cards.push(serde_json::json!(
        {"id": "k90", "title": "Ny bruker fra sykehuset torsdag", "column": "i-dag"}
    ));
    let name = "hjemmetjenesten-nord.sync-conflict-20261130-101500-ABCD123.json";
    let copy = dir.path().join(name);
    // Written whole, then renamed into place, as sync clients do.
    let part = dir.path().join(".syncthing.copy.tmp");
    // Saved by tavle over there: its history names the board it started from.
    let parse = |v: &Value| {
        tavle::analyze::analyze_text(&v.to_string())
            .0
            .expect("board")
    };
    let mut saved = parse(&theirs);
    tavle::revision::advance(&mut saved, &tavle::revision::current(&parse(&original)));
    let text = tavle::analyze::to_text(&saved, Default::default());
    std::fs::write(&part, text).expect("copy");
    std::fs::rename(&part, &copy).expect("rename");
    tui.wait_for("One conflict copy of this board (Syncthing, the board has the change");
    tui.send("c");
    tui.wait_for("Conflict copy 1 of 1");
    // The light changed on both sides: the copy's (→); the title is taken.
    tui.wait_for("● green");
    tui.send("\x1b[C");
    tui.wait_for("Choose for every conflict: 1/1");
    tui.send(ENTER);
    tui.wait_for_card(&file, "k1", "k1 green with the copy's title", |c| {
        c["light"] == "green" && c["title"] == "Bemanning i dag: vikar fra byrået kommer kl. 10"
    });
    tui.wait_for_card(&file, "k90", "the copy's new card", |_| true);
    tui.wait_for("Merged; the copy is moved to .tavle/merged/");
    let kept = dir.path().join(".tavle").join("merged").join(name);
    assert!(
        kept.is_file() && !copy.exists(),
        "the copy is moved, not deleted"
    );
    tui.wait_gone("c merges it");
    tui.send("q");
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

//! A whole meeting at 80×24, by keyboard, with the real binary in a
//! pseudo-terminal (issue 17.12): prepare the agenda, tick who came, move a
//! card, log a decision that is not about a card, set a light, end the
//! meeting — and the minutes written say exactly that.
//!
//! Unix only: the harness (`tests/pty`) drives a Unix pseudo-terminal with
//! xterm key sequences and reads xterm output; the Windows console (ConPTY)
//! is not driven by these tests.
#![cfg(unix)]

mod pty;

use pty::*;
use serde_json::Value;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const TAB: &str = "\t";

fn board(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("board")).expect("json")
}

#[test]
fn a_whole_meeting_at_80x24_ends_in_minutes_that_say_what_was_done() {
    let dir = boards_copy();
    let file = dir.path().join(HOME_CARE);
    let mut tui = Tui::start_sized(&file, 80, 24);
    tui.wait_for("Driftstavle");
    // Prepare: a new agenda item with its own time box.
    tui.send("M");
    tui.wait_for("The meeting: preparation and attendance");
    tui.send("n");
    tui.wait_for("Enter saves");
    tui.send("Nytt fra legen");
    tui.send(TAB);
    tui.send("3");
    tui.send(ENTER);
    tui.wait_for("6. Nytt fra legen");
    poll_until(
        "the agenda item in the file",
        || {
            let b = board(&file);
            let agenda = b["meeting"]["agenda"].as_array()?.clone();
            agenda
                .iter()
                .any(|i| i["title"] == "Nytt fra legen" && i["minutes"] == 3)
                .then_some(())
        },
        || tui.dump(),
    );
    // Start the meeting and tick two people present.
    tui.send("m");
    tui.wait_for("under way");
    // To the top (the goal), then past the length, six items and "new
    // item" to the first name.
    for _ in 0..20 {
        tui.send(UP);
    }
    for _ in 0..9 {
        tui.send(DOWN);
    }
    tui.send(SPACE);
    tui.wait_for("[x] Hilde");
    tui.send(DOWN);
    tui.wait_for("[ ] Ingrid");
    tui.send(SPACE);
    tui.wait_for("[x] Ingrid");
    // On the board: move the selected card, then a decision for the meeting
    // as a whole, then a light.
    tui.send(ESC);
    tui.wait_for("Present: Hilde, Ingrid");
    tui.wait_gone("preparation and attendance");
    tui.send(SHIFT_RIGHT);
    tui.wait_for_card(&file, "k1", "k1 moved", |c| c["column"] == "pagar");
    tui.send("d");
    tui.wait_for("New decision");
    tui.wait_for("the whole meeting");
    tui.send("Vi bestiller ny rullator til rute 2");
    tui.send(TAB);
    tui.send("Ingrid");
    tui.send(ENTER);
    tui.wait_gone("New decision");
    let decision = poll_until(
        "the decision in the file",
        || {
            let b = board(&file);
            b["decisions"]
                .as_array()?
                .iter()
                .find(|d| d["text"] == "Vi bestiller ny rullator til rute 2")
                .cloned()
        },
        || tui.dump(),
    );
    assert!(
        decision.get("card").is_none(),
        "not about a card: {decision}"
    );
    tui.send("3");
    tui.wait_for_card(&file, "k1", "k1 red", |c| c["light"] == "red");
    // End: the closing summary, then the minutes.
    tui.send("m");
    tui.wait_for("End the meeting");
    tui.send(ENTER);
    tui.wait_for("the minutes are written");
    let folder = dir.path().join("referater");
    let minutes = poll_until(
        "the minutes file",
        || {
            let entry = std::fs::read_dir(&folder).ok()?.flatten().next()?;
            std::fs::read_to_string(entry.path()).ok()
        },
        || tui.dump(),
    );
    // What was done, each as the minutes say it; and nobody who was not there.
    for want in [
        "**Present:** Hilde, Ingrid\n",
        "6. Nytt fra legen (3 min)",
        "New item: Nytt fra legen (3 min)",
        "- Vi bestiller ny rullator til rute 2 — owner: Ingrid",
        "I dag → Pågår",
        "▲ yellow → ■ red",
    ] {
        assert!(
            minutes.contains(want),
            "{want:?} not in the minutes:\n{minutes}"
        );
    }
    for absent in ["Jonas, ", "Kari", "Marte", "Sindre"] {
        let present_line = minutes
            .lines()
            .find(|l| l.contains("**Present:**"))
            .unwrap_or("");
        assert!(
            !present_line.contains(absent),
            "{absent} was not there: {present_line}"
        );
    }
    tui.send("q");
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

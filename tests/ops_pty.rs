//! A standup on the operations board through the real `tavle` in a
//! pseudo-terminal (issue 22 point 6): staffing → risks → measures →
//! deadlines with one key per panel, the panel with the keyboard drawn with
//! a double frame, and a sick call typed in the staffing panel saved to the
//! file. Every wait is a poll with one timeout; nothing asserts on timing.
#![cfg(unix)]

mod pty;

use pty::*;

/// The panel's frame, double (`╔ s Staffing today ═`) while it has the keyboard.
fn has_keyboard(screen: &str, title: &str) -> bool {
    screen.contains(&format!("╔ {title} ═"))
}

#[test]
fn a_standup_goes_from_panel_to_panel_with_one_key_each() {
    let dir = boards_copy();
    let (mut tui, file) = start_on_home_care(dir.path());
    let panels = [
        ("s", "s Staffing today"),
        ("r", "r Risks and deviations"),
        ("f", "f Deadlines and annual wheel"),
    ];
    tui.wait_for("v Measures ═");
    // Staffing: the planned count typed, then a sick call.
    tui.send("s");
    tui.wait_until("the staffing has the keyboard", |s| {
        has_keyboard(s, panels[0].1)
    });
    tui.wait_for("v Measures ─");
    tui.send("p");
    tui.wait_for("Planned: dag");
    tui.send("5");
    tui.send(ENTER);
    tui.wait_gone("Planned: dag");
    tui.send("-");
    tui.wait_for("▼ 1 missing");
    // Saved by the worker: 5 planned, 4 present on today's day shift.
    poll_until(
        "the sick call in the file",
        || {
            let text = std::fs::read_to_string(&file).ok()?;
            let board: serde_json::Value = serde_json::from_str(&text).ok()?;
            let day = board["staffing"]["days"][0].clone();
            let saved = day["shift"] == "dag" && day["planned"] == 5 && day["present"] == 4;
            saved.then_some(())
        },
        || tui.dump(),
    );
    // Risks, then back to the measures, then the deadlines.
    tui.send("r");
    tui.wait_until("the risks have the keyboard", |s| {
        has_keyboard(s, panels[1].1)
    });
    assert!(!has_keyboard(&tui.screen(), panels[0].1));
    // The sample's risks, worst first: falls for those living alone (4×4).
    tui.wait_for("4×4 high");
    tui.send("v");
    tui.wait_for("v Measures ═");
    assert!(panels.iter().all(|(_, t)| !has_keyboard(&tui.screen(), t)));
    tui.send("f");
    tui.wait_until("the deadlines have the keyboard", |s| {
        has_keyboard(s, panels[2].1)
    });
    // This week's deadlines under today's ISO week number.
    let week = chrono::Datelike::iso_week(&chrono::Local::now().date_naive()).week();
    tui.wait_for(&format!("Week {week} – this week"));
    tui.send(ESC);
    tui.wait_for("v Measures ═");
    tui.send(ESC);
    tui.wait_for("Overview");
    tui.send("q");
    assert!(tui.wait_exit().success());
}

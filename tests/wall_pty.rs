//! The wallboard through the real `tavle --wall` in a pseudo-terminal: it
//! takes its screens and interval from the folder's `tavle.toml`, moves on
//! by itself, shows an outside change at once, pauses on any key and quits
//! on `q` with the terminal restored. Every wait is a poll with one
//! timeout; nothing asserts on timing.
#![cfg(unix)]

mod pty;

use pty::*;

#[test]
fn the_wallboard_runs_by_itself_follows_a_change_pauses_and_quits() {
    let dir = boards_copy();
    let boards = tavle::folder::store::board_files(dir.path()).unwrap();
    let n = boards.len();
    std::fs::write(
        dir.path().join("tavle.toml"),
        "[wall]\ninterval = 1\nscreens = [\"overview\", \"boards\"]\n",
    )
    .unwrap();
    let mut tui = Tui::start_with(&["--wall"], dir.path(), 120, 36);
    let of = n + 1;
    tui.wait_for(&format!(" 1 of {of} "));
    tui.wait_for(&format!(" 2 of {of} "));
    tui.wait_for(&format!(" 3 of {of} "));
    // The hint bar has the wallboard's keys, and no editing key.
    let screen = tui.screen();
    assert!(screen.contains("q/Ctrl+C quit"), "{screen}");
    assert!(!screen.contains("new card"), "{screen}");
    // Someone changes a board: it comes on screen, marked.
    let target = &boards[0];
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(target).unwrap()).unwrap();
    v["title"] = serde_json::Value::from("Endret fra gangen");
    std::fs::write(target, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    tui.wait_until("the changed board on screen", |s| {
        s.contains("Endret fra gangen") && s.contains("✱ changed just now")
    });
    // Any key pauses: it stays paused.
    tui.send("x");
    tui.wait_for("⏸ paused");
    tui.send("q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_bad_settings_file_is_said_on_the_screen_and_the_boards_still_show() {
    let dir = boards_copy();
    std::fs::write(dir.path().join("tavle.toml"), "theme = \"lys\"\nwal = 3\n").unwrap();
    let mut tui = Tui::start(dir.path());
    // Line 2, column 1: the key tavle does not know, with the one meant.
    tui.wait_for("tavle.toml:2:1: tavle does not know the setting “wal”");
    let screen = tui.screen();
    assert!(screen.contains("Overview"), "{screen}");
    tui.send("\u{3}");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_poll_set_in_the_teams_file_is_named_as_coming_from_it() {
    let dir = boards_copy();
    std::fs::write(dir.path().join("tavle.toml"), "poll = 2\n").unwrap();
    let mut tui = Tui::start(dir.path());
    tui.wait_for("checking the folder every 2.0 s (tavle.toml)");
    tui.send("\u{3}");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
}

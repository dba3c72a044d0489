//! A folder too large to read before the first frame, through the real
//! binary in a pseudo-terminal (issue 24): the boards fill in behind the
//! first screenful, every one of them ends up listed, worst first, with the
//! worst selected, and the progress line goes away. Every wait is a poll
//! with one timeout; nothing asserts on timing.
#![cfg(unix)]

mod pty;

use pty::*;

/// A board with `red` red cards.
fn board(n: usize, red: usize, title: &str) -> String {
    let cards: Vec<String> = (0..red)
        .map(|i| format!(r#"{{"id":"k{i}","title":"Tiltak {i}","column":"a","light":"red"}}"#))
        .collect();
    format!(
        r#"{{"tavle":1,"title":"{title} {n}","kind":"drift",
          "columns":[{{"id":"a","title":"I dag"}},{{"id":"f","title":"Ferdig","done":true}}],
          "cards":[{}]}}"#,
        cards.join(",")
    )
}

#[test]
fn a_large_folder_fills_in_and_ends_on_the_worst_board() {
    let dir = tempfile::tempdir().unwrap();
    let n = 600;
    for i in 0..n {
        // The worst board is far down the file order: read in a late batch.
        let (red, title) = if i == 555 {
            (9, "Verst")
        } else {
            (i % 4, "Tavle")
        };
        std::fs::write(
            dir.path().join(format!("t{i:03}.json")),
            board(i, red, title),
        )
        .unwrap();
    }
    let mut tui = Tui::start(dir.path());
    // Every board listed, the worst one first and selected.
    tui.wait_until("all 600 boards listed, the worst selected", |s| {
        s.contains(&format!(" 1/{n} ")) && s.contains("▶ Verst 555")
    });
    tui.wait_until("no progress line left", |s| {
        !s.contains("Reading the boards")
    });
    tui.send("q");
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
}

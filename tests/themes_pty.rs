//! The theme as the terminal receives it (issue 23 point 1): with
//! `NO_COLOR` set the real `tavle` sends no colour at all — only glyphs,
//! bold and reverse video — and the team's `tavle.toml` chooses the light
//! theme's explicit background. Read from the bytes the program wrote.
#![cfg(unix)]

mod pty;

use pty::*;

/// Whether `out` holds an SGR sequence that sets a colour (foreground or
/// background, 8, 16, 256 or 24-bit), as opposed to resetting it.
fn sets_a_colour(out: &[u8]) -> bool {
    let text = String::from_utf8_lossy(out);
    text.split("\u{1b}[").skip(1).any(|seq| {
        let Some(end) = seq.find(|c: char| c.is_ascii_alphabetic()) else {
            return false;
        };
        if &seq[end..=end] != "m" {
            return false;
        }
        let params: Vec<&str> = seq[..end].split(';').collect();
        let mut i = 0;
        while i < params.len() {
            match params[i].parse::<u16>().unwrap_or(0) {
                30..=37 | 40..=47 | 90..=97 | 100..=107 => return true,
                38 | 48 => return true,
                _ => {}
            }
            i += 1;
        }
        false
    })
}

#[test]
fn the_scan_tells_a_colour_from_a_reset() {
    assert!(sets_a_colour(b"\x1b[1;31mx"));
    assert!(sets_a_colour(b"\x1b[38;5;196mx"));
    assert!(sets_a_colour(b"\x1b[48;2;255;255;255mx"));
    assert!(!sets_a_colour(
        b"\x1b[1m\x1b[7m\x1b[39m\x1b[49m\x1b[0m\x1b[2J"
    ));
}

fn screen_output(dir: &std::path::Path, env: &[(&str, &str)]) -> Vec<u8> {
    let mut tui = Tui::start_with_env(env, dir, 100, 30);
    tui.wait_for("Overview");
    tui.send("\r");
    tui.wait_for("Measures");
    tui.send("\u{3}");
    let out = tui.output.lock().unwrap().clone();
    let status = tui.wait_exit();
    assert!(status.success(), "{status:?}");
    out
}

#[test]
fn no_color_sends_no_colour_and_the_teams_file_can_choose_light() {
    let dir = boards_copy();
    let plain = screen_output(dir.path(), &[]);
    assert!(sets_a_colour(&plain), "the dark theme is in colour");
    let mono = screen_output(dir.path(), &[("NO_COLOR", "1")]);
    assert!(!sets_a_colour(&mono), "NO_COLOR: no colour at all");
    // Bold and reverse video carry what colour carried.
    let text = String::from_utf8_lossy(&mono);
    assert!(text.contains("\u{1b}[1m") && text.contains("\u{1b}[7m"));
    std::fs::write(dir.path().join("tavle.toml"), "theme = \"light\"\n").unwrap();
    let light = screen_output(dir.path(), &[]);
    // White behind everything: 24-bit background 255,255,255.
    assert!(
        String::from_utf8_lossy(&light).contains("48;2;255;255;255"),
        "the light theme paints its background"
    );
}

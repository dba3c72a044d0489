//! `tavle` commands as a person on one side runs them: the built binary, in
//! that side's folder, with that side's user (`TAVLE_USER`) and English
//! messages.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

use super::Side;

/// The board every scenario starts from.
pub const BOARD: &str = "hjemmetjenesten-nord.json";

/// The shipped home-care board's bytes.
pub fn shipped_board() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("boards")
        .join(BOARD);
    std::fs::read(path).unwrap()
}

/// The board's path on `side`.
pub fn board_path(side: &Side) -> PathBuf {
    side.dir.join(BOARD)
}

/// The board on `side`, parsed (panics when it is missing or not JSON).
pub fn board(side: &Side) -> Value {
    read_json(&board_path(side))
}

/// A JSON file, parsed.
pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}\n{text}", path.display()))
}

/// The command `tavle ARGS…` for `side`, not started.
pub fn command<S: AsRef<std::ffi::OsStr>>(side: &Side, args: &[S]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(args)
        .current_dir(&side.dir)
        .env("TAVLE_USER", side.user)
        .env("TAVLE_LANG", "en")
        .stdin(Stdio::null());
    cmd
}

/// Run `tavle ARGS…` on `side` and wait for it.
pub fn run<S: AsRef<std::ffi::OsStr>>(side: &Side, args: &[S]) -> Output {
    command(side, args).output().unwrap()
}

/// Run `tavle ARGS…` on `side`; panic with its output unless it succeeded.
/// Returns what it printed.
#[track_caller]
pub fn ok(side: &Side, args: &[&str]) -> String {
    let out = run(side, args);
    assert!(
        out.status.success(),
        "side {}: `tavle {}` failed ({}):\n{}{}",
        side.name,
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Start `tavle merge` on `side` without waiting (for merges at the same time).
pub fn spawn_merge(side: &Side, extra: &[&str]) -> Child {
    command(side, &merge_args(side, extra))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// `tavle merge BOARD` on `side` with `extra` arguments: exit code and
/// everything it printed.
pub fn merge(side: &Side, extra: &[&str]) -> (i32, String) {
    let out = run(side, &merge_args(side, extra));
    (out.status.code().unwrap_or(-1), text(&out))
}

/// `merge BOARD EXTRA…`, the board named by its full path (a bare file name
/// is refused by `tavle merge` today: "tavle: : does not exist").
fn merge_args(side: &Side, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["merge".to_string(), board_path(side).display().to_string()];
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

/// stdout and stderr of a finished command, one after the other.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

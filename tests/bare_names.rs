//! Every command takes a bare file name in the current folder: `tavle card
//! add plan.json …` run from the board folder works on `./plan.json`, the
//! way `tavle merge plan.json` does, and so do the screen (`tavle
//! plan.json` opens that board, not the overview) and the commands that
//! take a folder (`tavle demo kopi`, `tavle init tavler`). Each test runs
//! the binary from the folder and checks what it did in the files.
//! (`tavle merge --git plan.json` from the work tree: `tests/real_git.rs`.)

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

use serde_json::Value;

const HOME: &str = "hjemmetjenesten-nord.json";
const TITLE: &str = "Driftstavle – Hjemmetjenesten sone nord";

/// A fresh folder with the shipped sample boards.
fn boards() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    for name in [
        "helsefellesskap-handlingsplan.json",
        HOME,
        "sykehjem-forbedring.json",
    ] {
        std::fs::copy(src.join(name), dir.path().join(name)).unwrap();
    }
    dir
}

/// `tavle ARGS` run from `cwd`, in English.
fn tavle(cwd: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(args).current_dir(cwd);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.env("TAVLE_LANG", "en").env("TAVLE_USER", "bare");
    cmd.output().unwrap()
}

/// `tavle ARGS` from `cwd`, which must succeed; its stdout.
#[track_caller]
fn ok(cwd: &Path, args: &[&str]) -> String {
    let out = tavle(cwd, args);
    let (said, err) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(out.status.code(), Some(0), "{args:?}:\n{said}{err}");
    said
}

fn board(dir: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(HOME)).unwrap()).unwrap()
}

fn card(dir: &Path, id: &str) -> Value {
    board(dir)["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("no card {id}"))
}

#[test]
fn the_editing_commands_take_a_bare_file_name() {
    let tmp = boards();
    let d = tmp.path();
    let id = ok(d, &["card", "add", HOME, "--title", "Bart navn"])
        .trim()
        .to_string();
    assert_eq!(card(d, &id)["title"], "Bart navn");
    ok(d, &["card", "move", HOME, &id, "Pågår"]);
    assert_eq!(card(d, &id)["column"], "pagar");
    ok(d, &["card", "set", HOME, &id, "--owner", "Ola"]);
    assert_eq!(card(d, &id)["owner"], "Ola");
    ok(d, &["card", "archive", HOME, &id]);
    assert_eq!(card(d, &id)["archived"], true);

    let decision = ok(d, &["decision", "add", HOME, "--text", "Vedtatt her"]);
    let decisions = board(d)["decisions"].clone();
    let logged = decisions
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == decision.trim())
        .cloned()
        .unwrap();
    assert_eq!(logged["text"], "Vedtatt her");

    let values = |b: &Value| -> Vec<Value> {
        b["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == "fall")
            .unwrap()["values"]
            .as_array()
            .unwrap()
            .clone()
    };
    ok(
        d,
        &["measure", "add", HOME, "fall", "7", "--date", "2020-01-06"],
    );
    assert!(
        values(&board(d))
            .iter()
            .any(|v| v["date"] == "2020-01-06" && v["value"] == 7),
        "{:?}",
        values(&board(d))
    );
    std::fs::write(
        d.join("verdier.csv"),
        "indikator;dato;verdi\nfall;2020-01-13;4\n",
    )
    .unwrap();
    ok(d, &["measure", "import", HOME, "verdier.csv"]);
    assert!(
        values(&board(d))
            .iter()
            .any(|v| v["date"] == "2020-01-13" && v["value"] == 4)
    );
}

#[test]
fn the_reading_commands_take_a_bare_file_name() {
    let tmp = boards();
    let d = tmp.path();
    let minutes = ok(d, &["minutes", HOME, "--anyway"]);
    assert!(minutes.contains(TITLE), "{minutes}");

    // One board's status, not the folder's.
    let status = ok(d, &["status", HOME]);
    assert!(status.contains(TITLE), "{status}");
    assert!(!status.contains("Helsefellesskapet"), "{status}");
    let json: Value = serde_json::from_str(&ok(d, &["status", HOME, "--format", "json"])).unwrap();
    assert_eq!(json["boards"].as_array().unwrap().len(), 1, "{json}");

    let check = ok(d, &["check", HOME]);
    assert!(check.contains("1 file checked"), "{check}");
}

#[test]
fn fmt_and_check_fix_take_a_bare_file_name() {
    let tmp = boards();
    let d = tmp.path();
    let mut b = board(d);
    // Two cards with one id, written with four spaces. The second is one
    // nothing refers to, or the file would have an error.
    let text = serde_json::to_string(&b).unwrap();
    let ids: Vec<String> = b["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let lone = ids
        .iter()
        .position(|id| text.matches(&format!("\"{id}\"")).count() == 1)
        .unwrap();
    let other = usize::from(lone == 0);
    b["cards"][lone]["id"] = ids[other].clone().into();
    let pretty = serde_json::to_string_pretty(&b)
        .unwrap()
        .replace("  ", "    ");
    std::fs::write(d.join(HOME), pretty).unwrap();
    let out = tavle(d, &["fmt", "--check", HOME]);
    assert_eq!(out.status.code(), Some(1));
    let said = ok(d, &["fmt", HOME]);
    assert!(said.contains("has a new id"), "{said}");
    ok(d, &["fmt", "--check", HOME]);
    let ids: Vec<String> = board(d)["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}

#[test]
fn unlock_and_merge_take_a_bare_file_name() {
    let tmp = boards();
    let d = tmp.path();
    let lock = d.join(format!("{HOME}.lock"));
    std::fs::write(&lock, "").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&lock)
        .unwrap()
        .set_modified(SystemTime::now() - Duration::from_secs(60))
        .unwrap();
    let said = ok(d, &["unlock", HOME]);
    assert!(said.contains("broke a lock"), "{said}");
    assert!(!lock.exists());

    // A conflict copy Syncthing left, with one title changed.
    let mut copy = board(d);
    copy["cards"][0]["title"] = "Endret på den andre maskinen".into();
    let name = "hjemmetjenesten-nord.sync-conflict-20261130-101500-ABCD123.json";
    std::fs::write(d.join(name), serde_json::to_string_pretty(&copy).unwrap()).unwrap();
    ok(d, &["merge", HOME, "--prefer", "copy"]);
    let merged = board(d)["cards"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["title"] == "Endret på den andre maskinen");
    assert!(merged, "the copy's card is in the board");
    assert!(!d.join(name).exists(), "the copy is merged away");
    assert!(d.join(".tavle/merged").join(name).is_file());
}

#[test]
fn demo_and_init_take_a_bare_folder_name() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    ok(d, &["demo", "kopi", "--no-open"]);
    assert!(d.join("kopi").join(HOME).is_file());
    ok(d, &["init", "kopi"]);
    let attributes = std::fs::read_to_string(d.join("kopi/.gitattributes")).unwrap();
    assert!(attributes.contains("merge=tavle"), "{attributes}");
}

/// Start `tavle ARG` from `cwd` in an 80×24 pseudo-terminal; the screen
/// once `want` is on it (or the screen as it was after a generous wait).
/// Unix only: a Unix pseudo-terminal read as xterm output.
#[cfg(unix)]
fn screen_with(cwd: &Path, arg: &str, want: &str) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::{Read, Write};
    use std::sync::{Arc, Mutex};
    use std::time::Instant;
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.arg(arg);
    cmd.cwd(cwd);
    cmd.env("TAVLE_LANG", "en");
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let feed = Arc::clone(&parser);
    let reading = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            feed.lock().unwrap().process(&buf[..n]);
        }
    });
    let contents = || parser.lock().unwrap().screen().contents();
    let start = Instant::now();
    while !contents().contains(want) && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let seen = contents();
    // Board → overview → quit.
    let mut writer = pty.master.take_writer().unwrap();
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    let start = Instant::now();
    while !contents().contains("Overview") && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    let quit = Instant::now();
    let mut status = None;
    while status.is_none() && quit.elapsed() < Duration::from_secs(10) {
        status = child.try_wait().ok().flatten();
        std::thread::sleep(Duration::from_millis(20));
    }
    if status.is_none() {
        let _ = child.kill();
    }
    drop(writer);
    drop(pty.master);
    let _ = reading.join();
    assert!(
        status.is_some_and(|s| s.success()),
        "tavle did not quit:\n{}",
        contents()
    );
    seen
}

#[cfg(unix)]
#[test]
fn the_screen_opens_a_bare_file_name_on_its_board() {
    let tmp = boards();
    // The board's first column is on screen: the board, not the overview.
    let seen = screen_with(tmp.path(), HOME, "I dag");
    assert!(seen.contains("I dag") && seen.contains("Pågår"), "{seen}");
    assert!(!seen.contains("Overview"), "{seen}");
}

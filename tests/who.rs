//! Who did it (issue 17.10): a change is signed with the person's name —
//! `--as NAME`, else `TAVLE_USER`, else `name` in the user's `tavle.toml`,
//! else the account's full or login name from the password file, also when
//! the environment is empty (no `$USER`, as in some terminal multiplexers) —
//! and never with the program's name. Each run is the real binary with a
//! cleared environment, checked in the board file and in its change log.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const HOME_CARE: &str = "hjemmetjenesten-nord";

struct Folder {
    _tmp: tempfile::TempDir,
    boards: PathBuf,
    /// An empty home: no tavle.toml unless a test writes one.
    home: PathBuf,
}

fn folder() -> Folder {
    let tmp = tempfile::tempdir().unwrap();
    let boards = tmp.path().join("boards");
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&boards).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    let name = format!("{HOME_CARE}.json");
    std::fs::copy(src.join(&name), boards.join(&name)).unwrap();
    Folder {
        _tmp: tmp,
        boards,
        home,
    }
}

/// `tavle card add` of a card titled `title`, with nothing in the
/// environment but `env` (and `HOME`, the test's empty home).
fn add_card(f: &Folder, title: &str, env: &[(&str, &str)], extra: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.env_clear()
        .env("HOME", &f.home)
        // Where Windows looks for tavle.toml: the same folder as `~/.config`.
        .env("APPDATA", f.home.join(".config"))
        .env("TAVLE_LANG", "nb")
        .envs(env.iter().copied())
        .args(["card", "add", "--dir"])
        .arg(&f.boards)
        .args([HOME_CARE, "--title", title])
        .args(extra);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Who the board file and its change log say added the card `title`.
fn signed(f: &Folder, title: &str) -> (String, String) {
    let text = std::fs::read_to_string(f.boards.join(format!("{HOME_CARE}.json"))).unwrap();
    let board: Value = serde_json::from_str(&text).unwrap();
    let card = board["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == title)
        .unwrap_or_else(|| panic!("no card {title:?}"))
        .clone();
    let log = std::fs::read_to_string(
        f.boards
            .join(".tavle")
            .join(format!("{HOME_CARE}.log.jsonl")),
    )
    .unwrap();
    let line = log
        .lines()
        .rev()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|l| l.to_string().contains(title))
        .unwrap_or_else(|| panic!("no log line for {title:?}:\n{log}"));
    (
        card["updated_by"].as_str().unwrap_or_default().to_string(),
        line["by"].as_str().unwrap_or_default().to_string(),
    )
}

/// The name the password file gives this process's account, read here
/// without tavle's code: the GECOS field's first part (`&` is the login name,
/// capitalised), else the login name. `None` when the account is not in the
/// file (then tavle can only say "ukjent" with an empty environment).
#[cfg(all(unix, not(target_vendor = "apple")))]
fn passwd_name() -> Option<String> {
    let uid = rustix::process::getuid().as_raw().to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    let line = passwd.lines().find(|l| {
        let f: Vec<&str> = l.split(':').collect();
        f.len() >= 7 && f[2] == uid && !f[0].starts_with(['#', '+', '-'])
    })?;
    let f: Vec<&str> = line.split(':').collect();
    let login = f[0];
    let mut cap = login.chars();
    let capital: String = cap
        .next()
        .map(|c| c.to_uppercase().chain(cap).collect())
        .unwrap_or_default();
    let full = f[4].split(',').next().unwrap_or("").replace('&', &capital);
    let full = full.trim();
    Some(if full.is_empty() { login } else { full }.to_string())
}

/// Not on macOS, whose accounts live in Directory Services, not in the file
/// this test reads; not on Windows, which has no password file.
#[cfg(all(unix, not(target_vendor = "apple")))]
#[test]
fn with_an_empty_environment_the_account_signs_never_the_program() {
    let f = folder();
    add_card(&f, "Uten miljø", &[], &[]);
    let want = passwd_name().unwrap_or_else(|| "ukjent".into());
    assert_eq!(signed(&f, "Uten miljø"), (want.clone(), want.clone()));
    assert_ne!(want, "tavle");
}

/// Unix only: `XDG_CONFIG_HOME` and `~/.config` are where Unix keeps
/// settings (Windows: `%APPDATA%`, which [`add_card`] points at the same
/// `~/.config` for the tests that run everywhere).
#[cfg(unix)]
#[test]
fn the_name_in_tavle_toml_signs_from_the_config_folder_or_home() {
    let f = folder();
    let xdg = f.home.join("xdg");
    std::fs::create_dir_all(xdg.join("tavle")).unwrap();
    std::fs::write(
        xdg.join("tavle").join("tavle.toml"),
        "# min tavle\nname = \"Kari Nordmann\"\n",
    )
    .unwrap();
    let xdg_env = xdg.to_str().unwrap();
    add_card(&f, "Fra XDG", &[("XDG_CONFIG_HOME", xdg_env)], &[]);
    assert_eq!(
        signed(&f, "Fra XDG"),
        ("Kari Nordmann".into(), "Kari Nordmann".into())
    );
    // Without XDG_CONFIG_HOME: ~/.config/tavle/tavle.toml.
    let config = f.home.join(".config").join("tavle");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("tavle.toml"), "name = 'Ola Nordmann'\n").unwrap();
    add_card(&f, "Fra HOME", &[], &[]);
    assert_eq!(
        signed(&f, "Fra HOME"),
        ("Ola Nordmann".into(), "Ola Nordmann".into())
    );
}

#[test]
fn as_beats_tavle_user_which_beats_tavle_toml() {
    let f = folder();
    let config = f.home.join(".config").join("tavle");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("tavle.toml"), "name = \"Fra fila\"\n").unwrap();
    add_card(&f, "Miljø", &[("TAVLE_USER", "Teamleder nord")], &[]);
    assert_eq!(signed(&f, "Miljø").0, "Teamleder nord");
    add_card(
        &f,
        "Flagg",
        &[("TAVLE_USER", "Teamleder nord")],
        &["--as", "Hilde Hansen"],
    );
    assert_eq!(
        signed(&f, "Flagg"),
        ("Hilde Hansen".into(), "Hilde Hansen".into())
    );
    // A blank `--as` names nobody: the next source signs.
    add_card(&f, "Tomt flagg", &[], &["--as", "  "]);
    assert_eq!(signed(&f, "Tomt flagg").0, "Fra fila");
}

#[test]
fn the_word_for_nobody_is_the_catalogues() {
    use tavle::i18n::{Lang, unknown_person};
    assert_eq!(unknown_person(Lang::Nb), "ukjent");
    assert_eq!(unknown_person(Lang::Nn), "ukjend");
    assert_eq!(unknown_person(Lang::En), "unknown");
}

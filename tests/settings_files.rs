//! The two `tavle.toml` files as a team and a person use them (issue 23
//! point 5): the team's file beside the boards sets the language, the
//! meeting's length and polling for everyone; the person's file in their
//! config folder signs their changes; the team's wins where both speak;
//! the command line wins over both; and a bad file is named by file, line
//! and column while tavle goes on with its defaults.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use crossterm::event::KeyCode;
use serde_json::Value;

/// `tavle ARGS` in `dir`, with the person's config folder at `config` and
/// no language from the environment.
fn tavle(args: &[&str], dir: &Path, config: &Path, lang: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(args)
        .current_dir(dir)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("TAVLE_USER")
        .env_remove("TAVLE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(l) = lang {
        cmd.env("TAVLE_LANG", l);
    }
    cmd.output().unwrap()
}

struct Place {
    boards: tempfile::TempDir,
    config: tempfile::TempDir,
}

impl Place {
    fn new() -> Place {
        let boards = common_boards();
        let config = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(config.path().join("tavle")).unwrap();
        Place { boards, config }
    }
    fn team(&self, text: &str) {
        std::fs::write(self.boards.path().join("tavle.toml"), text).unwrap();
    }
    fn person(&self, text: &str) {
        std::fs::write(self.config.path().join("tavle").join("tavle.toml"), text).unwrap();
    }
    fn run(&self, args: &[&str], lang: Option<&str>) -> Output {
        tavle(args, self.boards.path(), self.config.path(), lang)
    }
}

fn common_boards() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for f in
        tavle::folder::store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards")))
            .unwrap()
    {
        std::fs::copy(&f, tmp.path().join(f.file_name().unwrap())).unwrap();
    }
    tmp
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_teams_language_speaks_unless_the_environment_says_otherwise() {
    let p = Place::new();
    let nb = text(&p.run(&["status", "."], None).stdout);
    assert!(nb.starts_with("Status for tavlene"), "{nb}");
    p.team("lang = \"en\"\n");
    let en = text(&p.run(&["status", "."], None).stdout);
    assert!(en.starts_with("Status of the boards"), "{en}");
    // The person prefers nynorsk: the team's file wins.
    p.person("lang = \"nn\"\n");
    let still = text(&p.run(&["status", "."], None).stdout);
    assert!(still.starts_with("Status of the boards"), "{still}");
    // TAVLE_LANG and --lang win over both.
    let env = text(&p.run(&["status", "."], Some("nb")).stdout);
    assert!(env.starts_with("Status for tavlene"), "{env}");
    let flag = text(&p.run(&["--lang", "nb", "status", "."], None).stdout);
    assert!(flag.starts_with("Status for tavlene"), "{flag}");
    // Without the team's word, the person's counts.
    std::fs::remove_file(p.boards.path().join("tavle.toml")).unwrap();
    let nn = text(&p.run(&["status", "."], None).stdout);
    assert!(nn.lines().next().unwrap().contains("(veke "), "{nn}");
    assert!(nb.lines().next().unwrap().contains("(uke "), "{nb}");
}

#[test]
fn a_bad_line_is_named_by_file_line_and_column_and_the_command_still_runs() {
    let p = Place::new();
    p.team("# the team's settings\nlang = \"en\"\ntheme = \"purple\"\npoll = \"fast\"\n");
    let out = p.run(&["status", "."], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    // Named as the folder was given: `.`.
    let file = Path::new(".").join("tavle.toml");
    // Lines 3 and 4, each value's first character at column 9 and 8.
    let theme = format!(
        "{}:3:9: “theme” must be dark, light, colour-safe or mono",
        file.display()
    );
    let poll = format!("{}:4:8: “poll” must be a number of seconds", file.display());
    assert!(err.contains(&theme), "{err}");
    assert!(err.contains(&poll), "{err}");
    assert!(err.contains("(tavle uses its default)"), "{err}");
    // The good line still counts.
    assert!(text(&out.stdout).starts_with("Status of the boards"));

    p.team("lang = \"en\"\n[wall\n");
    let out = p.run(&["status", "."], None);
    assert!(out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains(&format!("{}:2:", file.display())), "{err}");
    // Nothing of a file that is not TOML counts: its `lang` neither, so
    // it is said in bokmål, the default.
    assert!(err.contains("filen er ikke gyldig TOML"), "{err}");
    assert!(text(&out.stdout).starts_with("Status for tavlene"));
}

#[test]
fn the_persons_name_signs_their_changes_and_the_teams_file_cannot() {
    let p = Place::new();
    p.team("name = \"Hele teamet\"\n");
    p.person("name = \"Kari Nordmann\"\n");
    let out = p.run(
        &[
            "card",
            "add",
            "hjemmetjenesten-nord",
            "--title",
            "Signert av Kari",
            "--dir",
            ".",
        ],
        Some("en"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("“name” belongs in your own tavle.toml"),
        "{err}"
    );
    let board: Value = serde_json::from_slice(
        &std::fs::read(p.boards.path().join("hjemmetjenesten-nord.json")).unwrap(),
    )
    .unwrap();
    let card = board["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["title"] == "Signert av Kari")
        .unwrap();
    assert_eq!(card["updated_by"], "Kari Nordmann");
}

#[test]
fn a_theme_or_interval_that_does_not_exist_is_a_usage_error() {
    let p = Place::new();
    let out = p.run(&["--theme", "purple", "."], Some("en"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--theme purple: no such theme"));
    let out = p.run(&["--wall", "--interval", "0", "."], Some("en"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--interval 0:"),
        "{}",
        text(&out.stderr)
    );
    let out = p.run(&["--interval", "5", "."], Some("en"));
    assert_eq!(out.status.code(), Some(2), "--interval needs --wall");
}

#[test]
fn the_teams_meeting_length_is_written_into_a_board_without_its_own() {
    let mut room = common::Room::new();
    // The sample board has its own length (10): it keeps it.
    room.app.shared.set_meeting_minutes(Some(25));
    room.key(KeyCode::Char('m'));
    let own = room.disk().meeting.unwrap();
    assert_eq!(own.minutes, Some(10));
    assert!(own.running.is_some());
    room.key(KeyCode::Char('m'));
    room.key(KeyCode::Enter);

    // A board without a length takes the team's when the meeting starts.
    let mut room = common::Room::new();
    let path = room.board();
    let mut v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    v["meeting"].as_object_mut().unwrap().remove("minutes");
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    room.app = common::Room::app_for(&room.dir);
    room.at(0);
    room.key(KeyCode::Enter);
    room.app.shared.set_meeting_minutes(Some(25));
    room.key(KeyCode::Char('m'));
    let m = room.disk().meeting.unwrap();
    assert_eq!(m.minutes, Some(25));
    assert!(m.running.is_some());
}

/// A settings file that cannot be read says why in the user's language,
/// as a board's file problem does: a pipe, bytes that are not text, a
/// file too large; the command still runs.
#[test]
fn why_a_settings_file_cannot_be_read_is_said_in_the_users_language() {
    let p = Place::new();
    let team = p.boards.path().join("tavle.toml");
    let mut said = Vec::new();
    std::fs::write(&team, [b'l', b'a', 0xff, 0xfe, b'\n']).unwrap();
    said.push(p.run(&["status", "."], None));
    std::fs::write(&team, "# x\n".repeat(20_000)).unwrap();
    said.push(p.run(&["status", "."], None));
    #[cfg(unix)]
    {
        std::fs::remove_file(&team).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(&team)
            .status()
            .unwrap();
        assert!(made.success());
        said.push(p.run(&["status", "."], None));
    }
    let want = [
        "innholdet er ikke UTF-8-tekst",
        "for stor",
        "ikke en vanlig fil, men en FIFO",
    ];
    for (out, want) in said.iter().zip(want) {
        assert!(out.status.success(), "{}", text(&out.stderr));
        let err = text(&out.stderr);
        assert!(err.contains("filen kan ikke leses ("), "{err}");
        assert!(err.contains(want), "{want}: {err}");
        for english in ["not UTF-8", "larger than", "not a regular", "Fifo"] {
            assert!(!err.contains(english), "{english}: {err}");
        }
    }
    // In English when asked for (the pipe; on Windows the large file).
    let out = p.run(&["status", "."], Some("en"));
    assert!(
        text(&out.stderr).contains("the file cannot be read ("),
        "{}",
        text(&out.stderr)
    );
}

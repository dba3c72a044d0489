//! The git fixture of `real_git.rs`: a seed repository with a sample board
//! and `tavle init`'s files, a bare copy as the shared remote, and two
//! file:// clones `a` and `b` with their own user names — git and tavle run
//! with tavle on the PATH (git runs the merge driver by name) and without
//! the user's or the system's git config. Plus readers that look at the
//! files with serde_json, not with tavle.
//!
//! Only the fixture lives here: no test and no assertion about what tavle
//! does beyond the fixture's own steps succeeding.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub const BOARD: &str = "hjemmetjenesten-nord.json";

pub fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[macro_export]
macro_rules! need_git {
    () => {
        if !git_fixture::git_available() {
            println!("SKIPPED: git not available");
            return;
        }
    };
}

/// The environment every git and tavle run gets: tavle on the PATH (git
/// runs the driver by name), no user or system git config, English.
pub fn env(cmd: &mut Command, home: &Path, user: &str) {
    let bin = Path::new(env!("CARGO_BIN_EXE_tavle")).parent().unwrap();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs = vec![bin.to_path_buf()];
    dirs.extend(std::env::split_paths(&path));
    cmd.env("PATH", std::env::join_paths(dirs).unwrap())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_MERGE_AUTOEDIT", "no")
        .env("TAVLE_LANG", "en")
        .env("TAVLE_USER", user)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
}

/// A remote and two clones of it, `a` and `b`.
pub struct Team {
    tmp: tempfile::TempDir,
    pub a: PathBuf,
    pub b: PathBuf,
}

impl Team {
    /// The seed repository gets the board and `tavle init`'s files; the
    /// clones get `tavle init` too when `driver` (which names the driver in
    /// each clone's own config, as a team member would).
    pub fn new(driver: bool) -> Team {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        let team = Team {
            a: root.join("a"),
            b: root.join("b"),
            tmp,
        };
        let seed = root.join("seed");
        std::fs::create_dir(&seed).unwrap();
        team.git(&root, &["init", "-q", "-b", "main", "seed"]);
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("boards")
                .join(BOARD),
            seed.join(BOARD),
        )
        .unwrap();
        team.ok(&seed, "seed", &["init", "."]);
        team.git(&seed, &["add", "-A"]);
        team.git(
            &seed,
            &[
                "-c",
                "user.name=seed",
                "-c",
                "user.email=s@x",
                "commit",
                "-qm",
                "board",
            ],
        );
        team.git(&root, &["clone", "-q", "--bare", "seed", "origin.git"]);
        let url = format!("file://{}", root.join("origin.git").display());
        for (clone, name) in [(&team.a, "a"), (&team.b, "b")] {
            team.git(&root, &["clone", "-q", &url, name]);
            team.git(clone, &["config", "user.name", name]);
            team.git(clone, &["config", "user.email", &format!("{name}@x")]);
            if driver {
                team.ok(clone, name, &["init", "."]);
            }
        }
        team
    }

    pub fn home(&self) -> &Path {
        self.tmp.path()
    }

    pub fn run_git(&self, dir: &Path, args: &[&str]) -> Output {
        let mut cmd = Command::new("git");
        cmd.args(args).current_dir(dir);
        env(&mut cmd, self.home(), "git");
        cmd.output().unwrap()
    }

    /// Run git, which must succeed; its stdout.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.run_git(dir, args);
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// Run tavle in `dir` as `user`.
    pub fn tavle(&self, dir: &Path, user: &str, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
        cmd.args(args).current_dir(dir);
        env(&mut cmd, self.home(), user);
        cmd.output().unwrap()
    }

    /// Run tavle, which must succeed; its stdout.
    pub fn ok(&self, dir: &Path, user: &str, args: &[&str]) -> String {
        let out = self.tavle(dir, user, args);
        assert!(
            out.status.success(),
            "tavle {args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// Commit everything in `dir`.
    pub fn commit(&self, dir: &Path, message: &str) {
        self.git(dir, &["add", "-A"]);
        self.git(dir, &["commit", "-qm", message]);
    }

    /// Pull from the remote with a merge; its output (may fail).
    pub fn pull(&self, dir: &Path) -> Output {
        self.run_git(
            dir,
            &["pull", "--no-rebase", "--no-edit", "-q", "origin", "main"],
        )
    }

    /// The paths git has a conflict on in `dir`.
    pub fn unmerged(&self, dir: &Path) -> String {
        self.git(dir, &["ls-files", "-u"])
    }
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The board as plain JSON (fails on markers).
pub fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{e}: {}", read(path)))
}

pub fn card<'a>(board: &'a Value, id: &str) -> &'a Value {
    board["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no card {id}"))
}

pub fn cards_titled<'a>(board: &'a Value, title: &str) -> Vec<&'a Value> {
    let cards = board["cards"].as_array().unwrap();
    cards.iter().filter(|c| c["title"] == title).collect()
}

pub fn marker_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("<<<<<<< ") || *l == "=======" || l.starts_with(">>>>>>> "))
        .map(|(i, _)| i + 1)
        .collect()
}

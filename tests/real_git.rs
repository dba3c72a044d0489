//! git as a sync client, with the real git: a repository with a sample
//! board, a bare copy as the shared remote, and two file:// clones that
//! edit the board while apart and then pull — the steps a team takes.
//! With `tavle init` (tavle's merge driver named for `*.json`), edits of
//! different fields of one card merge cleanly although both sides changed
//! the card's bookkeeping lines, and two new cards are both kept; without
//! the driver git leaves conflict markers, which `tavle check`, `tavle
//! status` and the screen name as one git conflict, and `tavle merge --git`
//! settles from git's stages. Every outcome is checked by reading the files
//! with serde_json, not with tavle.
//!
//! Where git cannot be run, each test prints `SKIPPED: git not available`
//! on a line of its own and returns.

mod git_fixture;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use git_fixture::{BOARD, Team, card, cards_titled, env, json, marker_lines, read, text};

#[test]
fn edits_of_two_fields_of_one_card_merge_cleanly_with_the_driver() {
    need_git!();
    let t = Team::new(true);
    let original = json(&t.a.join(BOARD));
    t.ok(
        &t.a,
        "anna",
        &["card", "set", BOARD, "k1", "--owner", "Kari", "--dir", "."],
    );
    t.commit(&t.a, "owner");
    t.git(&t.a, &["push", "-q", "origin", "main"]);
    t.ok(
        &t.b,
        "bo",
        &["card", "set", BOARD, "k1", "--light", "green", "--dir", "."],
    );
    t.commit(&t.b, "light");
    let pull = t.pull(&t.b);
    assert!(pull.status.success(), "{}", text(&pull.stderr));
    assert_eq!(t.unmerged(&t.b), "");

    let merged = json(&t.b.join(BOARD));
    let k1 = card(&merged, "k1");
    assert_eq!(k1["owner"], "Kari", "a's edit");
    assert_eq!(k1["light"], "green", "b's edit");
    assert_ne!(card(&original, "k1")["light"], "green");
    // Every other card is as it was.
    let others = |b: &Value| -> Vec<Value> {
        let cards = b["cards"].as_array().unwrap();
        cards.iter().filter(|c| c["id"] != "k1").cloned().collect()
    };
    assert_eq!(others(&merged), others(&original));
    // HEAD is a merge of both commits.
    let parents = t.git(&t.b, &["rev-list", "--parents", "-n", "1", "HEAD"]);
    assert_eq!(parents.split_whitespace().count(), 3, "{parents}");

    // Without the driver the same three versions are a textual conflict:
    // both sides changed k1's `updated` lines, next to the edits.
    let tmp = t.home().join("plain");
    std::fs::create_dir(&tmp).unwrap();
    for (name, rev) in [
        ("base", "HEAD^1^"),
        ("ours", "HEAD^1"),
        ("theirs", "HEAD^2"),
    ] {
        let spec = format!("{rev}:{BOARD}");
        std::fs::write(tmp.join(name), t.git(&t.b, &["show", &spec])).unwrap();
    }
    let plain = t.run_git(&tmp, &["merge-file", "-p", "ours", "base", "theirs"]);
    assert!(
        plain.status.code().unwrap_or(0) > 0,
        "git's line merge alone would have conflicted"
    );

    // And both clones end with the same board.
    t.git(&t.b, &["push", "-q", "origin", "main"]);
    assert!(t.pull(&t.a).status.success());
    assert_eq!(read(&t.a.join(BOARD)), read(&t.b.join(BOARD)));
}

/// Wait until the wall clock is past the second of `created` (stamps are
/// whole seconds), so that two cards are made at different times.
fn after_second_of(created: &str) {
    let created = chrono::DateTime::parse_from_rfc3339(created).unwrap();
    while chrono::Utc::now().timestamp() <= created.timestamp() {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn two_new_cards_are_both_kept_with_the_driver() {
    need_git!();
    let t = Team::new(true);
    let a_title = "Ny bruker torsdag (fra A)";
    let b_title = "Bestill hjelpemidler rute 5 (fra B)";
    let a_id = t.ok(
        &t.a,
        "anna",
        &["card", "add", BOARD, "--title", a_title, "--dir", "."],
    );
    t.commit(&t.a, "card a");
    t.git(&t.a, &["push", "-q", "origin", "main"]);
    let a_board = json(&t.a.join(BOARD));
    after_second_of(
        cards_titled(&a_board, a_title)[0]["created"]
            .as_str()
            .unwrap(),
    );
    let b_id = t.ok(
        &t.b,
        "bo",
        &["card", "add", BOARD, "--title", b_title, "--dir", "."],
    );
    t.commit(&t.b, "card b");
    let pull = t.pull(&t.b);
    assert!(pull.status.success(), "{}", text(&pull.stderr));
    assert_eq!(t.unmerged(&t.b), "");

    let merged = json(&t.b.join(BOARD));
    let (a_cards, b_cards) = (
        cards_titled(&merged, a_title),
        cards_titled(&merged, b_title),
    );
    assert_eq!(
        (a_cards.len(), b_cards.len()),
        (1, 1),
        "both cards, once each"
    );
    let mut ids: Vec<&str> = merged["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "no two cards share an id: {ids:?}");
    println!(
        "card add gave A {} and B {}; merged: A {} and B {}",
        a_id.trim(),
        b_id.trim(),
        a_cards[0]["id"],
        b_cards[0]["id"]
    );
}

#[test]
fn two_cards_with_one_id_made_in_one_second_are_never_merged_silently() {
    need_git!();
    let t = Team::new(true);
    // Both sides add card `k99` at the same second, with different titles:
    // what two `card add` in one second on two machines write.
    for (clone, title) in [(&t.a, "Fra A"), (&t.b, "Fra B")] {
        let path = clone.join(BOARD);
        let mut board = json(&path);
        board["cards"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": "k99", "title": title, "column": "i-dag",
                "created": "2026-11-24T10:00:00+01:00"
            }));
        std::fs::write(&path, serde_json::to_string_pretty(&board).unwrap()).unwrap();
        t.ok(clone, "x", &["fmt", BOARD]);
        t.commit(clone, title);
    }
    t.git(&t.a, &["push", "-q", "origin", "main"]);
    let pull = t.pull(&t.b);
    let path = t.b.join(BOARD);
    if pull.status.success() {
        let merged = json(&path);
        let titles = [
            &cards_titled(&merged, "Fra A"),
            &cards_titled(&merged, "Fra B"),
        ];
        assert_eq!(titles.map(|c| c.len()), [1, 1], "both kept");
        println!("one-second cards: merged cleanly, both kept");
    } else {
        // The driver refused: git reports the conflict, the file is ours
        // and still a board, and `tavle merge --git` asks about the title.
        assert!(t.unmerged(&t.b).contains(BOARD));
        assert_eq!(card(&json(&path), "k99")["title"], "Fra B");
        let out = t.tavle(&t.b, "bo", &["merge", "--git", BOARD]);
        assert_eq!(out.status.code(), Some(1));
        let said = text(&out.stdout);
        assert!(said.contains("«Fra B» │ Copy «Fra A»"), "{said}");
        println!("one-second cards: a conflict git reports (nothing merged silently)");
    }
}

#[test]
fn without_the_driver_markers_are_named_and_merge_git_settles_them() {
    need_git!();
    let t = Team::new(false);
    let (a, b) = (&t.a, &t.b);
    t.ok(
        a,
        "anna",
        &[
            "card", "set", BOARD, "k1", "--owner", "Cecilie", "--dir", ".",
        ],
    );
    t.ok(
        a,
        "anna",
        &["card", "set", BOARD, "k3", "--light", "green", "--dir", "."],
    );
    t.commit(a, "a");
    t.git(a, &["push", "-q", "origin", "main"]);
    t.ok(
        b,
        "bo",
        &["card", "set", BOARD, "k1", "--owner", "Dag", "--dir", "."],
    );
    let k4 = "Ny tittel fra B";
    t.ok(
        b,
        "bo",
        &["card", "set", BOARD, "k4", "--title", k4, "--dir", "."],
    );
    t.commit(b, "b");
    assert!(!t.pull(b).status.success(), "git stops with a conflict");
    assert!(t.unmerged(b).contains(BOARD));
    let path = b.join(BOARD);
    let conflicted = read(&path);
    let markers = marker_lines(&conflicted);
    assert!(!markers.is_empty());

    // tavle check: one error, at the first marker, naming every region.
    let out = t.tavle(b, "bo", &["check", BOARD]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    let starts: Vec<usize> = conflicted
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("<<<<<<< "))
        .map(|(i, _)| i + 1)
        .collect();
    let ends: Vec<usize> = conflicted
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with(">>>>>>> "))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(starts.len(), ends.len());
    assert!(
        said.contains(&format!(
            "{BOARD}:{}:1: error: git conflict in lines ",
            starts[0]
        )),
        "{said}"
    );
    for (s, e) in starts.iter().zip(&ends) {
        assert!(said.contains(&format!("{s}–{e}")), "{s}–{e}: {said}");
    }
    assert!(said.contains("1 error"), "{said}");
    assert!(said.contains("tavle merge --git"), "{said}");
    // tavle status lists it as the board's error.
    let status = t.ok(b, "bo", &["status", "."]);
    assert!(status.contains("git conflict in lines"), "{status}");

    // Without a choice nothing is written; a dry run writes nothing either.
    let out = t.tavle(b, "bo", &["merge", "--git", BOARD]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains("Owner: Board «Dag» │ Copy «Cecilie»"),
        "{said}"
    );
    assert!(text(&out.stderr).contains("--prefer theirs"));
    assert_eq!(read(&path), conflicted);
    t.ok(
        b,
        "bo",
        &["merge", "--git", BOARD, "--dry-run", "--prefer", "theirs"],
    );
    assert_eq!(read(&path), conflicted);

    // --prefer theirs: their owner, and every other edit of both sides.
    let said = t.ok(b, "bo", &["merge", "--git", BOARD, "--prefer", "theirs"]);
    assert!(said.contains(&format!("git add {BOARD}")), "{said}");
    let merged_text = read(&path);
    assert_eq!(marker_lines(&merged_text), Vec::<usize>::new());
    let merged = json(&path);
    assert_eq!(card(&merged, "k1")["owner"], "Cecilie");
    assert_eq!(card(&merged, "k3")["light"], "green", "a's other edit");
    assert_eq!(card(&merged, "k4")["title"], k4, "b's other edit");
    t.ok(b, "bo", &["check", BOARD]);
    t.git(b, &["add", BOARD]);
    t.git(b, &["commit", "-q", "--no-edit"]);
    assert_eq!(t.unmerged(b), "");
    // Nothing left to settle.
    let out = t.tavle(b, "bo", &["merge", "--git", BOARD]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("has no git conflict"));
}

#[test]
fn the_screen_shows_the_git_conflict_in_its_banner() {
    need_git!();
    let t = Team::new(false);
    for (clone, owner) in [(&t.a, "Cecilie"), (&t.b, "Dag")] {
        t.ok(
            clone,
            "x",
            &["card", "set", BOARD, "k1", "--owner", owner, "--dir", "."],
        );
        t.commit(clone, owner);
    }
    t.git(&t.a, &["push", "-q", "origin", "main"]);
    assert!(!t.pull(&t.b).status.success());
    let entries = tavle::tui::load_all(&t.b).unwrap();
    let mut app = tavle::app::App::new(
        tavle::i18n::Lang::En,
        t.b.clone(),
        entries,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        std::time::Instant::now(),
    );
    let key = crossterm::event::KeyEvent::new(
        crossterm::event::KeyCode::Enter,
        crossterm::event::KeyModifiers::NONE,
    );
    let clock = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:14:00+01:00").unwrap();
    let _ = app.update(tavle::app::Event::Clock(clock), std::time::Instant::now());
    let _ = app.update(tavle::app::Event::Key(key), std::time::Instant::now());
    let backend = ratatui::backend::TestBackend::new(160, 40);
    let mut term = ratatui::Terminal::new(backend).unwrap();
    term.draw(|f| tavle::ui::render(&app, clock, f)).unwrap();
    let buf = term.backend().buffer();
    let mut screen = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            screen.push_str(buf[(x, y)].symbol());
        }
        screen.push('\n');
    }
    let first = marker_lines(&read(&t.b.join(BOARD)))[0];
    assert!(screen.contains("git conflict in lines"), "{screen}");
    assert!(screen.contains(&format!(":{first}:1")), "{screen}");
}

#[test]
fn merge_git_outside_a_repository_or_a_conflict_says_so() {
    need_git!();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join(BOARD);
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("boards")
            .join(BOARD),
        &path,
    )
    .unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(["merge", "--git", BOARD]).current_dir(tmp.path());
    env(&mut cmd, tmp.path(), "x");
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above
    // the temp folder.
    cmd.env("GIT_CEILING_DIRECTORIES", tmp.path().parent().unwrap());
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is not in a git work tree"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn init_adds_only_missing_lines_and_names_the_driver() {
    need_git!();
    let t = Team::new(true);
    let a = &t.a;
    // The seed's lines came with the clone; init in the clone adds none.
    let said = t.ok(a, "x", &["init", "."]);
    assert!(
        said.contains(".gitattributes: had every line already"),
        "{said}"
    );
    let attrs = read(&a.join(".gitattributes"));
    assert_eq!(
        attrs.lines().filter(|l| *l == "*.json merge=tavle").count(),
        1,
        "{attrs}"
    );
    let driver = t.git(a, &["config", "--get", "merge.tavle.driver"]);
    assert_eq!(driver.trim(), "tavle merge-driver %O %A %B %P");
    let attr = t.git(a, &["check-attr", "merge", "--", BOARD]);
    assert_eq!(attr.trim(), format!("{BOARD}: merge: tavle"));
    let ignored = t.git(
        a,
        &[
            "check-ignore",
            ".tavle/revs/x/0123456789ab.json",
            "x.json.lock",
            ".x.tmp",
        ],
    );
    assert_eq!(ignored.lines().count(), 3, "{ignored}");
    // A user's own line stays; a Syncthing folder gets .stignore.
    std::fs::write(a.join(".gitignore"), "mine/\n").unwrap();
    std::fs::create_dir(a.join(".stfolder")).unwrap();
    let said = t.ok(a, "x", &["init", "."]);
    assert!(said.contains(".gitignore: added 5 lines"), "{said}");
    assert!(said.contains(".stignore: added 3 lines"), "{said}");
    assert!(read(&a.join(".gitignore")).starts_with("mine/\n.tavle/revs/\n"));
    assert_eq!(
        read(&a.join(".stignore")),
        "*.json.lock\n*.json.lock.break\n.*.tmp\n"
    );
}

#[test]
fn the_driver_leaves_files_that_are_not_boards_to_git() {
    need_git!();
    let t = Team::new(true);
    // A JSON file that is not a board, edited on two distant lines.
    let lines: Vec<String> = (0..20).map(|i| format!("  \"k{i}\": {i},")).collect();
    let notes = |first: &str, last: &str| {
        let mut l = lines.clone();
        l[0] = first.to_string();
        l[19] = last.to_string();
        format!("{{\n{}\n  \"end\": 0\n}}\n", l.join("\n"))
    };
    std::fs::write(
        t.a.join("notes.json"),
        notes("  \"k0\": 0,", "  \"k19\": 19,"),
    )
    .unwrap();
    t.commit(&t.a, "notes");
    t.git(&t.a, &["push", "-q", "origin", "main"]);
    assert!(t.pull(&t.b).status.success());
    std::fs::write(
        t.a.join("notes.json"),
        notes("  \"k0\": 100,", "  \"k19\": 19,"),
    )
    .unwrap();
    t.commit(&t.a, "a");
    t.git(&t.a, &["push", "-q", "origin", "main"]);
    std::fs::write(
        t.b.join("notes.json"),
        notes("  \"k0\": 0,", "  \"k19\": 119,"),
    )
    .unwrap();
    t.commit(&t.b, "b");
    let pull = t.pull(&t.b);
    assert!(pull.status.success(), "{}", text(&pull.stderr));
    assert!(text(&pull.stderr).contains("notes.json is not a board"));
    let v = json(&t.b.join("notes.json"));
    assert_eq!(
        (v["k0"].as_u64(), v["k19"].as_u64()),
        (Some(100), Some(119))
    );
}

#[test]
fn check_names_hand_made_markers_in_bokmal() {
    // No git needed: the markers as git writes them, CRLF.
    let tmp = tempfile::tempdir().unwrap();
    let board = "{\r\n  \"tavle\": 1,\r\n<<<<<<< HEAD\r\n  \"title\": \"A\",\r\n=======\r\n  \
                 \"title\": \"B\",\r\n>>>>>>> main\r\n  \"kind\": \"drift\"\r\n}\r\n";
    std::fs::write(tmp.path().join("b.json"), board).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(["check", "b.json"])
        .current_dir(tmp.path())
        .env("TAVLE_LANG", "nb")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains(
            "b.json:3:1: error: git-konflikt i linjene 3–7: løs den med `tavle merge --git FIL` eller i git"
        ),
        "{said}"
    );
    assert_eq!(said.matches("error:").count(), 1, "{said}");
}

//! Sync with REAL Syncthing: two Syncthing instances on this machine
//! (loopback only, discovery and relays off) keep one folder in step, and a
//! team works on the home-care board on both sides the way people do — with
//! `tavle` commands and the running screen, each side under its own name.
//! The connection is cut ("offline"), both sides edit, the connection comes
//! back, Syncthing writes its conflict copy, `tavle merge` merges it, and the
//! test checks, reading the JSON itself, that every edit either side made is
//! in the board on both sides and that the two folders are the same.
//!
//! Without Syncthing every test says `SKIPPED: real Syncthing not available`
//! on a line of its own and passes. The harness is in `real_sync/`.

mod real_sync;

use std::time::Duration;

use chrono::Timelike;

use real_sync::edits::{self, Edit, PLAN_A, PLAN_B};
use real_sync::screen::Screen;
use real_sync::team::{self, BOARD};
use real_sync::{Pair, Scenario, Setup, Side};

/// How long one sync step (a conflict to appear, the folders to agree) may take.
const SYNC: Duration = Duration::from_secs(60);

/// Start the pair with the shipped home-care board on both sides.
fn start(sc: &Scenario, sync_tavle: bool) -> Option<Pair> {
    let board = team::shipped_board();
    sc.pair(&Setup {
        sync_tavle,
        files: &[(BOARD, &board)],
    })
}

/// A step of the pair that must work, or the test fails with Syncthing's story.
#[track_caller]
fn step<T>(what: &str, r: Result<T, String>) -> T {
    r.unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// The parts of a Syncthing conflict copy's name:
/// `STEM.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json` → (date-time, device).
fn copy_name_parts(name: &str) -> Option<(String, String)> {
    let stem = BOARD.trim_end_matches(".json");
    let rest = name
        .strip_prefix(stem)?
        .strip_prefix(".sync-conflict-")?
        .strip_suffix(".json")?;
    let mut parts = rest.splitn(3, '-');
    let (date, time, device) = (parts.next()?, parts.next()?, parts.next()?);
    Some((format!("{date}-{time}"), device.to_string()))
}

/// f. Which device's short id Syncthing writes in the conflict copy's name.
///
/// Both sides retitle k2 while offline, one a second after the other; the
/// later change wins the plain name. Done both ways round, so the finding
/// does not hang on one device id being larger than the other.
#[test]
fn f_the_copy_is_named_after_the_device_whose_change_won() {
    let sc = Scenario::begin("f");
    let Some(pair) = start(&sc, false) else {
        return;
    };
    for (first, second) in [(&pair.a, &pair.b), (&pair.b, &pair.a)] {
        step("pause", pair.pause());
        sc.trace("offline");
        let retitle = |side: &Side| {
            let title = format!("Bil 3 på verksted – avklart av {}", side.user);
            team::ok(side, &["card", "set", BOARD, "k2", "--title", &title]);
            std::fs::read(team::board_path(side)).unwrap()
        };
        let loser_bytes = retitle(first);
        // Syncthing keeps the newer file; a second apart, the order is sure.
        std::thread::sleep(Duration::from_millis(1100));
        let winner_bytes = retitle(second);
        sc.trace(&format!(
            "{} retitled k2, then {} did",
            first.name, second.name
        ));
        // A second more, so the time in the name (to the second) can only be
        // that of the reconnection, never that of either edit.
        std::thread::sleep(Duration::from_millis(1100));
        let before = chrono::Local::now().naive_local();
        step("resume", pair.resume());
        sc.trace("connected again");
        let copies = step("conflict", pair.wait_for_conflict(BOARD, SYNC));
        let after = chrono::Local::now().naive_local();
        sc.trace(&format!("conflict copies: {copies:?}"));
        assert_eq!(copies.len(), 1, "one conflict copy: {copies:?}");
        let name = &copies[0];
        let (when, device) =
            copy_name_parts(name).unwrap_or_else(|| panic!("not a Syncthing copy name: {name}"));
        for side in pair.sides() {
            assert_eq!(
                std::fs::read(team::board_path(side)).unwrap(),
                winner_bytes,
                "side {}: the board is not {}'s later version",
                side.name,
                second.name
            );
            assert_eq!(
                std::fs::read(side.dir.join(name)).unwrap(),
                loser_bytes,
                "side {}: the copy is not {}'s earlier version",
                side.name,
                first.name
            );
        }
        assert_eq!(
            device,
            second.short_id(),
            "the copy {name} names device {device}; the winner {} is {}, the loser {} is {}",
            second.name,
            second.short_id(),
            first.name,
            first.short_id()
        );
        let at = chrono::NaiveDateTime::parse_from_str(&when, "%Y%m%d-%H%M%S")
            .unwrap_or_else(|e| panic!("time in {name}: {e}"));
        // The name has whole seconds: the second `before` falls in counts.
        let from = before.with_nanosecond(0).unwrap_or(before);
        assert!(
            from <= at && at <= after,
            "the copy's time {at} is not the local time of the reconnection ({before} … {after})"
        );
        sc.trace(&format!(
            "the copy holds {}'s version and names {} ({}), the winner",
            first.name, device, second.name
        ));
        // Clear the copy for the next round.
        std::fs::remove_file(pair.a.dir.join(name)).unwrap();
        step("in sync", pair.wait_in_sync(SYNC));
    }
}

/// The settle time after which the old `.tavle/base/` took an outside change
/// in (10 s), with a margin: a screen left running that long.
const SETTLE: Duration = Duration::from_secs(12);

/// Resume, wait for Syncthing's conflict copy on both sides, and say so.
fn reconnect(sc: &Scenario, pair: &Pair) -> Vec<String> {
    step("resume", pair.resume());
    sc.trace("online again");
    let copies = step("the conflict copy", pair.wait_for_conflict(BOARD, SYNC));
    sc.trace(&format!("Syncthing wrote {copies:?} on both sides"));
    copies
}

/// `tavle merge` on `side` (no `--prefer`): it must merge, nothing to ask.
fn merge_clean(sc: &Scenario, side: &Side) {
    let (code, out) = team::merge(side, &[]);
    sc.trace(&format!("{}: tavle merge → exit {code}", side.name));
    eprintln!("{}", out.trim_end());
    assert_eq!(
        code, 0,
        "side {}: `tavle merge` did not merge edits of different cards:\n{out}",
        side.name
    );
}

/// a. A `tavle card` command on the machine whose screen runs is that
/// machine's own work, not a version the other side has: the screen has
/// seen it and run on for longer than the old settle time, and still
/// nothing of B's (offline) or A's may be lost.
#[test]
fn a_a_command_on_the_same_machine_is_not_an_outside_change() {
    let sc = Scenario::begin("a");
    let Some(pair) = start(&sc, false) else {
        return;
    };
    let screen = Screen::start(&pair.a);
    sc.trace("A: the screen shows the board");
    step("pause", pair.pause());
    sc.trace("offline");
    let a = edits::by_commands(&pair.a, &PLAN_A, "a");
    screen.wait_for("Anne (a)");
    sc.trace("A: five edits with tavle commands; A's screen shows them");
    std::thread::sleep(SETTLE);
    sc.trace("A: the screen ran on for 12 s");
    let b = edits::by_commands(&pair.b, &PLAN_B, "a");
    sc.trace("B: five edits with tavle commands");
    reconnect(&sc, &pair);
    merge_clean(&sc, &pair.a);
    step("in sync", pair.wait_in_sync(SYNC));
    screen.quit();
    step("in sync", pair.wait_in_sync(SYNC));
    sc.trace("merged on A, screen quit, both folders agree");
    edits::assert_nothing_lost(&pair, &[&a, &b]);
}

/// b. A's edits made on the screen, then the screen restarted while still
/// offline: what it loads at the restart is A's own unsynced work, not a
/// version B has.
#[test]
fn b_restarting_the_screen_while_offline() {
    let sc = Scenario::begin("b");
    let Some(pair) = start(&sc, false) else {
        return;
    };
    let mut screen = Screen::start(&pair.a);
    step("pause", pair.pause());
    sc.trace("offline");
    let a = edits::by_screen(&mut screen, &pair.a, "b");
    sc.trace("A: five edits on the screen");
    screen.quit();
    let screen = Screen::start(&pair.a);
    sc.trace("A: screen quit and started again, still offline");
    std::thread::sleep(SETTLE);
    let b = edits::by_commands(&pair.b, &PLAN_B, "b");
    sc.trace("B: five edits with tavle commands");
    reconnect(&sc, &pair);
    merge_clean(&sc, &pair.a);
    step("in sync", pair.wait_in_sync(SYNC));
    screen.quit();
    step("in sync", pair.wait_in_sync(SYNC));
    sc.trace("merged on A, screen quit, both folders agree");
    edits::assert_nothing_lost(&pair, &[&a, &b]);
}

/// Conflict copies anywhere in `side`'s folder, `.tavle/` included, except
/// those a merge keeps on purpose in `.tavle/merged/`.
fn stray_copies(pair: &Pair, side: &Side) -> Vec<String> {
    pair.tree(side)
        .into_keys()
        .filter(|p| p.contains(".sync-conflict-") && !p.starts_with(".tavle/merged/"))
        .collect()
}

/// c. No `.stignore`: Syncthing syncs `.tavle/` both ways, whatever tavle
/// keeps there. Both sides have a screen running; A works with commands
/// (its screen running on past the old settle time), B too; the merge is
/// made on B, which by then has A's `.tavle/` as well.
#[test]
fn c_syncthing_syncs_dot_tavle_itself() {
    let sc = Scenario::begin("c");
    let Some(pair) = start(&sc, true) else {
        return;
    };
    let screens = [Screen::start(&pair.a), Screen::start(&pair.b)];
    step("in sync", pair.wait_in_sync(SYNC));
    sc.trace("both screens show the board; .tavle/ in sync");
    step("pause", pair.pause());
    sc.trace("offline");
    let a = edits::by_commands(&pair.a, &PLAN_A, "c");
    screens[0].wait_for("Anne (c)");
    std::thread::sleep(SETTLE);
    sc.trace("A: five edits with commands; A's screen ran on for 12 s");
    let b = edits::by_commands(&pair.b, &PLAN_B, "c");
    screens[1].wait_for("Bjørn (c)");
    sc.trace("B: five edits with commands");
    reconnect(&sc, &pair);
    merge_clean(&sc, &pair.b);
    step("in sync", pair.wait_in_sync(SYNC));
    for screen in screens {
        screen.quit();
    }
    step("in sync", pair.wait_in_sync(SYNC));
    sc.trace("merged on B, screens quit, both folders agree (.tavle/ included)");
    edits::assert_nothing_lost(&pair, &[&a, &b]);
    // The change log is merged with the board: no copy of it is left, and
    // it names the work of both sides.
    for side in pair.sides() {
        let stray = stray_copies(&pair, side);
        assert!(
            stray.is_empty(),
            "side {}: conflict copies left in the folder: {stray:?}",
            side.name
        );
        let log = std::fs::read_to_string(
            side.dir
                .join(".tavle")
                .join(BOARD.replace(".json", ".log.jsonl")),
        )
        .unwrap_or_default();
        for d in a.iter().chain(&b) {
            if let Edit::Decision { text } = &d.edit {
                assert!(
                    log.contains(text.as_str()),
                    "side {}: the change log lacks {d}:\n{log}",
                    side.name
                );
            }
        }
    }
}

/// d. A true conflict: both sides retitle k4 differently (besides their
/// other edits). `tavle merge` without `--prefer` writes nothing, exits 1 and
/// names both titles; with `--prefer copy` the copy's title wins and every
/// other edit of both sides survives.
#[test]
fn d_a_true_same_field_conflict() {
    let sc = Scenario::begin("d");
    let Some(pair) = start(&sc, false) else {
        return;
    };
    step("pause", pair.pause());
    sc.trace("offline");
    let retitle = |side: &Side, title: &str| {
        team::ok(side, &["card", "set", BOARD, "k4", "--title", title]);
    };
    let title_a = "Fall i rute 4: Anne ringer fysioterapeuten i dag";
    let title_b = "Fall i rute 4: Bjørn bestiller trygghetsalarm";
    let a = edits::by_commands(&pair.a, &PLAN_A, "d");
    retitle(&pair.a, title_a);
    let b = edits::by_commands(&pair.b, &PLAN_B, "d");
    retitle(&pair.b, title_b);
    sc.trace("A and B: five edits each, and k4 retitled differently");
    let copies = reconnect(&sc, &pair);
    let board_before = std::fs::read(team::board_path(&pair.a)).unwrap();
    let (code, out) = team::merge(&pair.a, &[]);
    sc.trace(&format!("A: tavle merge → exit {code}"));
    eprintln!("{}", out.trim_end());
    assert_eq!(code, 1, "a real conflict must be asked, exit 1:\n{out}");
    for title in [title_a, title_b] {
        assert!(
            out.contains(title),
            "the merge does not name {title:?}:\n{out}"
        );
    }
    assert_eq!(
        std::fs::read(team::board_path(&pair.a)).unwrap(),
        board_before,
        "a merge that asks must write nothing"
    );
    assert_eq!(pair.a.conflict_copies(), copies, "the copy must stay");
    // The copy holds one side's title; `--prefer copy` takes it.
    let copy = team::read_json(&pair.a.dir.join(&copies[0]));
    let copy_title = edits::card(&copy, "k4").map(|c| c["title"].clone());
    let (chosen, side) = match copy_title.as_ref().and_then(|t| t.as_str()) {
        Some(t) if t == title_a => (title_a, "A"),
        Some(t) if t == title_b => (title_b, "B"),
        other => panic!("the copy's k4 title is {other:?}, neither side's"),
    };
    let (code, out) = team::merge(&pair.a, &["--prefer", "copy"]);
    sc.trace(&format!(
        "A: tavle merge --prefer copy → exit {code} ({side}'s title)"
    ));
    eprintln!("{}", out.trim_end());
    assert_eq!(code, 0, "--prefer copy must merge:\n{out}");
    step("in sync", pair.wait_in_sync(SYNC));
    let title = edits::Done {
        side,
        edit: Edit::Title {
            card: "k4",
            title: chosen.to_string(),
        },
    };
    edits::assert_nothing_lost(&pair, &[&a, &b, &[title]]);
}

/// e. Both sides merge at the same time while connected. Syncthing may make
/// a second-generation copy of the two merges; merging again on one side
/// (at most three rounds) must end with one board holding everything.
#[test]
fn e_a_simultaneous_merge_on_both_sides() {
    let sc = Scenario::begin("e");
    let Some(pair) = start(&sc, false) else {
        return;
    };
    step("pause", pair.pause());
    sc.trace("offline");
    let a = edits::by_commands(&pair.a, &PLAN_A, "e");
    let b = edits::by_commands(&pair.b, &PLAN_B, "e");
    sc.trace("A and B: five edits each");
    reconnect(&sc, &pair);
    let merges = [
        team::spawn_merge(&pair.a, &["--prefer", "board"]),
        team::spawn_merge(&pair.b, &["--prefer", "board"]),
    ];
    for (side, child) in pair.sides().into_iter().zip(merges) {
        let out = child.wait_with_output().unwrap();
        sc.trace(&format!(
            "{}: tavle merge --prefer board (both at once) → {}",
            side.name, out.status
        ));
        eprintln!("{}", team::text(&out).trim_end());
        assert!(
            out.status.success(),
            "side {}: {}",
            side.name,
            team::text(&out)
        );
    }
    let mut rounds = 0;
    loop {
        step("in sync", pair.wait_in_sync(SYNC));
        let copies = pair.a.conflict_copies();
        if copies.is_empty() || rounds == 3 {
            break;
        }
        rounds += 1;
        sc.trace(&format!(
            "round {rounds}: copies left {copies:?}; merge on A"
        ));
        let (code, out) = team::merge(&pair.a, &["--prefer", "board"]);
        eprintln!("{}", out.trim_end());
        assert_eq!(code, 0, "merge round {rounds}:\n{out}");
    }
    sc.trace(&format!("converged after {rounds} more merge(s)"));
    edits::assert_nothing_lost(&pair, &[&a, &b]);
}

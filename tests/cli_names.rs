//! The command line speaks the user's words: boards, columns, cards and
//! indicators named by id or by title (any case, diacritics forgiven, æøå
//! kept, a unique prefix enough), unknown names answered with the valid
//! ones, "deleted elsewhere" said only of something that existed, and
//! `measure add` saying what it stored and what it replaced. Run as the built binary on
//! a copy of the shipped boards.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use tavle::folder::store;

const HOME: &str = "hjemmetjenesten-nord";

fn copy_boards() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    for f in store::board_files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/boards"))).unwrap()
    {
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    (tmp, dir)
}

fn tavle(dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tavle"))
        .args(args)
        .arg("--dir")
        .arg(dir)
        .current_dir(dir)
        .env("TAVLE_LANG", lang)
        .env("TAVLE_USER", "test")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn board(dir: &Path) -> tavle::model::Board {
    store::analyze(&dir.join(format!("{HOME}.json")))
        .board
        .unwrap()
}

fn column_of(dir: &Path, card: &str) -> String {
    board(dir).card(card).unwrap().column.clone()
}

#[test]
fn a_card_moves_to_a_column_named_by_its_title() {
    let (_tmp, dir) = copy_boards();
    // The example: the column's title, with its å.
    let out = tavle(&dir, "nb", &["card", "move", HOME, "k1", "Pågår"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(column_of(&dir, "k1"), "pagar");
    // Lower case, a prefix, the id: all the same column system.
    for (name, want) in [("venter", "venter"), ("ferd", "ferdig"), ("i dag", "i-dag")] {
        let out = tavle(&dir, "nb", &["card", "move", HOME, "k1", name]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert_eq!(column_of(&dir, "k1"), want, "{name}");
    }
    // æøå are letters: `Pagar` is not `Pågår` (but the id `pagar` is).
    let out = tavle(&dir, "nb", &["card", "move", HOME, "k1", "Pagår"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn boards_and_cards_by_title() {
    let (_tmp, dir) = copy_boards();
    // The board by a prefix of its title, the card by a prefix of its title.
    let out = tavle(
        &dir,
        "nb",
        &["card", "move", "driftstavle", "bil 3", "Venter på andre"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(column_of(&dir, "k2"), "venter");
    // A board by its path works as before.
    let path = dir.join(format!("{HOME}.json"));
    let out = tavle(
        &dir,
        "nb",
        &[
            "card",
            "set",
            path.to_str().unwrap(),
            "k2",
            "--light",
            "rød",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // A decision about a card named by title.
    let out = tavle(
        &dir,
        "en",
        &[
            "decision",
            "add",
            HOME,
            "--text",
            "Ring verkstedet",
            "--card",
            "Bil 3",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let b = board(&dir);
    let d = b
        .decisions
        .iter()
        .find(|d| d.text == "Ring verkstedet")
        .unwrap();
    assert_eq!(d.card.as_deref(), Some("k2"));
    assert_eq!(stdout(&out).trim(), d.id);
}

#[test]
fn an_unknown_name_lists_the_valid_ones_and_changes_nothing() {
    let (_tmp, dir) = copy_boards();
    let before = std::fs::read(dir.join(format!("{HOME}.json"))).unwrap();
    let out = tavle(&dir, "nb", &["card", "move", HOME, "k1", "Pågårr"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "tavle: tavla har ingen kolonne «Pågårr»; kolonnene er: I dag, Pågår, Venter på andre, Ferdig"
    );
    let out = tavle(&dir, "en", &["card", "move", HOME, "k99", "Pågår"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("the board has no card “k99”; the cards are: k1 Bemanning"),
        "{err}"
    );
    // It never existed: not "deleted elsewhere".
    assert!(!err.contains("elsewhere"), "{err}");
    let out = tavle(&dir, "nb", &["card", "set", HOME, "k99", "--title", "x"]);
    assert!(
        !stderr(&out).contains("slettet et annet sted"),
        "{}",
        stderr(&out)
    );
    let out = tavle(&dir, "nb", &["card", "add", "sone sør", "--title", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("finner ingen tavle «sone sør»"), "{err}");
    assert!(
        err.contains("Driftstavle – Hjemmetjenesten sone nord"),
        "{err}"
    );
    assert!(
        err.contains("Felles handlingsplan – Helsefellesskapet"),
        "{err}"
    );
    let out = tavle(&dir, "nn", &["measure", "add", HOME, "trivsel", "3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("indikatorane er: Sykefravær, Fall hos brukere"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(dir.join(format!("{HOME}.json"))).unwrap(),
        before
    );
}

#[test]
fn an_ambiguous_name_says_which_it_could_be() {
    let (_tmp, dir) = copy_boards();
    // Two cards start with "Fall": k4 and k8.
    let out = tavle(&dir, "en", &["card", "archive", HOME, "fall"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("“fall” fits several cards: k4 Fall hos bruker"),
        "{err}"
    );
    assert!(err.contains("k8 Fallrisikovurdering"), "{err}");
    assert!(
        board(&dir)
            .cards
            .iter()
            .all(|c| c.archived == (c.id == "k14"))
    );
}

#[test]
fn a_card_that_is_gone_is_unknown_not_deleted_elsewhere() {
    let (_tmp, dir) = copy_boards();
    let path = dir.join(format!("{HOME}.json"));
    // Archived, then removed from the file by someone else: a later
    // command names a card that is not there, and is told which are.
    let out = tavle(&dir, "en", &["card", "archive", HOME, "k3"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut b = board(&dir);
    b.cards.retain(|c| c.id != "k3");
    std::fs::write(&path, store::to_text(&b, Default::default())).unwrap();
    let out = tavle(&dir, "en", &["card", "archive", HOME, "k3", "--restore"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !stderr(&out).contains("deleted elsewhere"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn measure_add_says_what_it_stored_and_what_it_replaced() {
    let (_tmp, dir) = copy_boards();
    let date = "2026-11-23";
    let value_on = |dir: &Path| {
        board(dir)
            .indicators
            .iter()
            .find(|i| i.id == "sykefravaer")
            .and_then(|i| {
                i.values
                    .iter()
                    .find(|v| v.date == NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
                    .map(|v| v.value)
            })
    };
    assert_eq!(value_on(&dir), Some(7.6));
    let out = tavle(
        &dir,
        "nb",
        &["measure", "add", HOME, "Sykefravær", "5,9", "--date", date],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "Lagret Sykefravær 23.11.2026: 5,9 (erstattet 7,6)"
    );
    assert_eq!(value_on(&dir), Some(5.9));
    let out = tavle(
        &dir,
        "en",
        &["measure", "add", HOME, "syk", "6.25", "--date", date],
    );
    assert_eq!(
        stdout(&out).trim(),
        "Stored Sykefravær 23.11.2026: 6.25 (replaced 5.9)"
    );
    // A new date replaces nothing, and says what it stored.
    let out = tavle(
        &dir,
        "nb",
        &["measure", "add", HOME, "fall", "1", "--date", "2026-11-30"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "Lagret Fall hos brukere 30.11.2026: 1\n");
}

#[test]
fn a_csv_import_names_indicators_by_title_too() {
    let (_tmp, dir) = copy_boards();
    // A day that has passed: a measurement dated after today is a bad row.
    let csv = "indikator;dato;verdi\nSykefravær;01.12.2026;7,1\nfall hos brukere;01.12.2026;2\nTrivsel;01.12.2026;4\n";
    std::fs::write(dir.join("m.csv"), csv).unwrap();
    let out = tavle(&dir, "nb", &["measure", "import", HOME, "m.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("m.csv:4: error: tavla har ingen indikator «Trivsel»"),
        "{err}"
    );
    assert!(!err.contains("m.csv:2"), "{err}");
    let out = tavle(
        &dir,
        "nb",
        &["measure", "import", HOME, "m.csv", "--skip-bad"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let b = board(&dir);
    let last = |id: &str| {
        b.indicators
            .iter()
            .find(|i| i.id == id)
            .and_then(|i| i.values.last())
            .map(|v| v.value)
    };
    assert_eq!((last("sykefravaer"), last("fall")), (Some(7.1), Some(2.0)));
}

/// An edit whose change-log line cannot be written is saved, and the command
/// says that the minutes will miss it.
#[test]
fn a_change_the_log_cannot_record_is_saved_with_a_warning() {
    let (_tmp, dir) = copy_boards();
    std::fs::write(dir.join(".tavle"), "ikke en mappe").unwrap();
    let out = tavle(&dir, "en", &["card", "move", HOME, "k1", "Pågår"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(column_of(&dir, "k1"), "pagar");
    assert!(
        stderr(&out).contains("the minutes will miss this change"),
        "{}",
        stderr(&out)
    );
}

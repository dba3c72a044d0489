//! Measurements on one date twice or after today, and each stored value
//! said (issue 18.6): `tavle check` warns of a board's doubtful values at
//! their line and column and fails on them only with `--strict`; the import
//! reports them about the board it imports into; the screen's measurement
//! field refuses `1.234` with what to write and says what it stored. The
//! board is laid out by hand so that lines and columns can be counted.

use crossterm::event::{KeyCode, KeyModifiers};
use tavle::app::Overlay;
use tavle::i18n::{self, Lang, Msg};

mod common;
mod csv_support;
use csv_support::{day, folder, import, stderr, stdout, tavle};

/// The board with a date twice and dates to come, laid out so that the
/// lines and columns below can be counted by hand.
const DOUBTFUL: &str = r#"{
  "tavle": 1,
  "title": "Måling Solbakken",
  "kind": "drift",
  "columns": [{ "id": "idag", "title": "I dag" }],
  "cards": [],
  "indicators": [
    { "id": "syk", "title": "Sykefravær", "values": [
      { "date": "2026-11-02", "value": 6.2 },
      { "date": "2026-11-09", "value": 11 },
      { "date": "2026-11-09", "value": 12.5 },
      { "date": "2099-01-05", "value": 7 }
    ] },
    { "id": "fall", "title": "Fall på Østre", "values": [
      { "date": "2099-03-01", "value": 1 }
    ] }
  ]
}
"#;

#[test]
fn check_warns_of_a_date_twice_and_dates_to_come_and_fails_only_when_strict() {
    let (tmp, board) = folder();
    std::fs::write(&board, DOUBTFUL).unwrap();
    let out = tavle(tmp.path(), "nb", &["check", "maaling.json"]);
    assert_eq!(
        stdout(&out),
        "maaling.json:10:7: warning: indikatoren «Sykefravær» har mer enn én måling på \
         samme dato: 09.11.2026 (11 / 12,5)\n\
         \x20 = tips: la hver dato ha én verdi: rett datoen eller fjern den andre målingen i fila\n\
         maaling.json:12:7: warning: indikatoren «Sykefravær» har en måling datert etter i dag: \
         05.01.2099 (7)\n\
         \x20 = tips: en måling er av en dag som har vært: rett datoen i fila\n\
         maaling.json:15:7: warning: indikatoren «Fall på Østre» har en måling datert etter i dag: \
         01.03.2099 (1)\n\
         \x20 = tips: en måling er av en dag som har vært: rett datoen i fila\n\
         1 fil sjekket: 0 feil, 3 advarsler\n"
    );
    assert_eq!(out.status.code(), Some(0), "warnings do not fail the check");
    let strict = tavle(tmp.path(), "en", &["check", "--strict", "."]);
    assert_eq!(strict.status.code(), Some(1), "--strict fails on warnings");
    assert!(
        stdout(&strict).contains(
            "./maaling.json:10:7: warning: the indicator “Sykefravær” has more than one \
             measurement on one date: 09.11.2026 (11 / 12.5)\n"
        ),
        "{}",
        stdout(&strict)
    );
    assert!(stdout(&strict).ends_with("1 file checked: 0 errors, 3 warnings\n"));
}

#[test]
fn the_import_reports_what_the_board_already_holds_on_one_date_twice_or_to_come() {
    let (tmp, board) = folder();
    std::fs::write(&board, DOUBTFUL).unwrap();
    // A row the board already has: nothing is written, the file keeps its
    // layout, and the places can be counted by hand.
    let out = import(tmp.path(), "nb", b"syk;02.11.2026;6,2\n", false);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&board).unwrap(), DOUBTFUL);
    assert_eq!(
        stdout(&out),
        "m.csv:1: Uendret Sykefravær 02.11.2026: 6,2 (sto der fra før)\n\
         Lagret 0 målinger (0 erstattet), 1 uendret, 0 rader hoppet over\n"
    );
    assert_eq!(
        stderr(&out),
        "./maaling.json:10:7: warning: indikatoren «Sykefravær» har mer enn én måling på \
         samme dato: 09.11.2026 (11 / 12,5)\n\
         \x20 = tips: la hver dato ha én verdi: rett datoen eller fjern den andre målingen i fila\n\
         ./maaling.json:12:7: warning: indikatoren «Sykefravær» har en måling datert etter i dag: \
         05.01.2099 (7)\n\
         \x20 = tips: en måling er av en dag som har vært: rett datoen i fila\n\
         ./maaling.json:15:7: warning: indikatoren «Fall på Østre» har en måling datert etter i dag: \
         01.03.2099 (1)\n\
         \x20 = tips: en måling er av en dag som har vært: rett datoen i fila\n"
    );

    // A stored row rewrites the file: the import points where `tavle check`
    // points in the file as saved.
    let out = import(tmp.path(), "nb", b"fall;16.11.2026;2\n", false);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "m.csv:1: Lagret Fall på Østre 16.11.2026: 2\n\
         Lagret 1 måling (0 erstattet), 0 uendret, 0 rader hoppet over\n"
    );
    let check = tavle(tmp.path(), "nb", &["check", "./maaling.json"]);
    let checked = stdout(&check);
    let warnings = checked.strip_suffix("1 fil sjekket: 0 feil, 3 advarsler\n");
    assert_eq!(warnings, Some(stderr(&out).as_str()), "{checked}");
}

#[test]
fn the_screens_measurement_says_what_it_stored_and_refuses_an_ambiguous_value() {
    let mut r = common::Room::new();
    r.key(KeyCode::Char('i'));
    r.key(KeyCode::Char('a'));
    r.typ("1.234");
    r.key(KeyCode::Enter);
    let Some(Overlay::Editor(ed)) = &r.app.overlay else {
        panic!("the editor closed on an ambiguous value");
    };
    let said = i18n::msg(Lang::Nb, ed.error.as_ref().expect("a message in the field"));
    assert_eq!(
        said,
        "`1.234` kan leses på to måter: skriv 1234 eller 1 234 om det er tusener, \
         1.2340 om det er desimaler"
    );
    // Replace the value with a Unicode minus one; the date is today's.
    r.key_mod(KeyCode::Char('u'), KeyModifiers::CONTROL);
    r.typ("\u{2212}2,5");
    r.key(KeyCode::Enter);
    assert!(r.app.overlay.is_none(), "saved");
    let notice = r.app.shared.notice().expect("a notice");
    let Msg::Did(did) = &notice.msg else {
        panic!("{:?}", notice.msg);
    };
    assert_eq!(
        i18n::did(Lang::Nb, did),
        "Lagret Sykefravær 24.11.2026: -2,5"
    );
    let disk = r.disk();
    let syk = disk
        .indicators
        .iter()
        .find(|i| i.title == "Sykefravær")
        .unwrap();
    assert!(
        syk.values
            .iter()
            .any(|m| m.date == day(2026, 11, 24) && m.value == -2.5),
        "{:?}",
        syk.values
    );
}

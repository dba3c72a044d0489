//! The staffing panel (issue 22 point 2) driven by keys, with every save
//! carried out to disk: `s` `-` `-` on the day shift is two sick calls
//! (present = planned − 2 in the file, `▼ 2 mangler` in red on screen) and
//! undo puts it back; present and planned typed in the number dialog (a
//! count that is no number refused with the text kept); yesterday's entry
//! rolls off with the first change of the day, and undo brings it back; a
//! board without `staffing` gets it with the first `p` or `+`; a shift added
//! and taken out (asked first); and a read-only board refuses with the
//! notice.

mod ops_fixture;

use crossterm::event::KeyCode;
use ops_fixture::{Ops, today};
use ratatui::style::Color;
use serde_json::json;
use tavle::app::Overlay;
use tavle::model::StaffEntry;

/// A drift board with `staffing` as given (none when `null`).
fn board(staffing: serde_json::Value) -> Ops {
    Ops::drift_with(|b| {
        match staffing {
            serde_json::Value::Null => {
                b.as_object_mut().unwrap().remove("staffing");
            }
            s => b["staffing"] = s,
        };
        // The panel alone beside the columns, so its rows read plainly.
        b["panels"] = json!(["staffing", "measures"]);
    })
}

fn entry(o: &Ops, date: chrono::NaiveDate, shift: &str) -> Option<StaffEntry> {
    let b = o.disk();
    b.staffing.as_ref()?.entry(date, shift).cloned()
}

/// The panel's row of `shift` (inside its frame, plain or double).
fn shift_row<'s>(screen: &'s str, shift: &str) -> Option<&'s str> {
    let start = format!("{shift} ");
    screen.lines().find(|l| {
        let mut c = l.chars();
        matches!(c.next(), Some('│' | '║')) && c.as_str().starts_with(&start)
    })
}

fn yesterday() -> chrono::NaiveDate {
    today().pred_opt().unwrap()
}

#[test]
fn two_sick_calls_on_the_day_shift_show_two_missing_and_undo_puts_them_back() {
    let mut o = board(json!({"days": [
        {"date": "2026-11-24", "shift": "dag", "planned": 5},
        {"date": "2026-11-24", "shift": "kveld", "planned": 3}
    ]}));
    let screen = o.screen(120, 40);
    assert!(!screen.contains("mangler"), "{screen}");
    o.ch('s');
    o.ch('-');
    o.ch('-');
    let e = entry(&o, today(), "dag").unwrap();
    assert_eq!((e.planned, e.present), (Some(5), Some(3)));
    assert_eq!(
        entry(&o, today(), "kveld").unwrap().present,
        None,
        "only dag"
    );
    let buf = o.buffer(120, 40);
    let screen = o.screen(120, 40);
    let row = shift_row(&screen, "dag").expect(&screen);
    assert!(
        row.contains("5") && row.contains("3") && row.contains("▼ 2 mangler"),
        "{row}"
    );
    assert!(screen.contains("I dag mangler 2"), "{screen}");
    // Red AND words: the glyph's cell is red.
    let y = screen.lines().position(|l| l == row).unwrap() as u16;
    let x = row.chars().position(|c| c == '▼').unwrap() as u16;
    assert_eq!(buf[(x, y)].fg, Color::Red);
    // Each sick call is one undo step.
    o.ch('u');
    assert_eq!(entry(&o, today(), "dag").unwrap().present, Some(4));
    o.ch('u');
    assert_eq!(entry(&o, today(), "dag").unwrap().present, None);
    assert!(!o.screen(120, 40).contains("mangler 2"));
}

#[test]
fn present_and_planned_are_typed_in_the_number_dialog() {
    let mut o = board(json!({"days": [
        {"date": "2026-11-24", "shift": "dag", "planned": 5}
    ]}));
    o.ch('s');
    o.key(KeyCode::Down); // kveld: no figures yet
    o.ch('p');
    assert!(matches!(o.app.overlay, Some(Overlay::Editor(_))));
    let screen = o.screen(120, 40);
    assert!(screen.contains("Planlagt: kveld"), "{screen}");
    o.typ("4");
    o.key(KeyCode::Enter);
    assert!(o.app.overlay.is_none());
    let e = entry(&o, today(), "kveld").unwrap();
    assert_eq!((e.planned, e.present), (Some(4), None));
    // Enter types how many are present; the field offers what is shown (4).
    o.key(KeyCode::Enter);
    let screen = o.screen(120, 40);
    assert!(screen.contains("Til stede: kveld"), "{screen}");
    o.key(KeyCode::Backspace);
    o.typ("fem");
    o.key(KeyCode::Enter);
    assert!(
        o.app.overlay.is_some(),
        "a count that is no number is refused"
    );
    let screen = o.screen(120, 40);
    assert!(screen.contains("«fem» er ikke et antall"), "{screen}");
    assert_eq!(entry(&o, today(), "kveld").unwrap().present, None);
    for _ in 0..3 {
        o.key(KeyCode::Backspace);
    }
    o.typ("1");
    o.key(KeyCode::Enter);
    let e = entry(&o, today(), "kveld").unwrap();
    assert_eq!((e.planned, e.present), (Some(4), Some(1)));
    assert!(o.screen(120, 40).contains("▼ 3 mangler"));
    // `e` opens the same dialog.
    o.ch('e');
    assert!(o.screen(120, 40).contains("Til stede: kveld"));
}

#[test]
fn yesterdays_figures_roll_off_with_the_first_change_and_undo_restores_them() {
    let mut o = board(json!({"days": [
        {"date": "2026-11-23", "shift": "dag", "planned": 6, "present": 4},
        {"date": "2026-11-24", "shift": "dag", "planned": 5}
    ]}));
    // Only today shows: yesterday's 4 of 6 is not on screen.
    let screen = o.screen(120, 40);
    assert!(!screen.contains("mangler"), "{screen}");
    o.ch('s');
    o.ch('-');
    assert_eq!(entry(&o, yesterday(), "dag"), None, "rolled off");
    assert_eq!(entry(&o, today(), "dag").unwrap().present, Some(4));
    // The notice names the sick call, not the roll-off that came with it.
    let said = o
        .app
        .shared
        .notice()
        .map(|n| tavle::i18n::msg(tavle::i18n::Lang::Nb, &n.msg))
        .unwrap_or_default();
    assert!(
        said.contains("4 av 5") && said.contains("1 mangler"),
        "{said}"
    );
    // One key, one save, one undo: `u` takes back the sick call and
    // brings yesterday's figures back with it.
    o.ch('u');
    let back = entry(&o, yesterday(), "dag").unwrap();
    assert_eq!((back.planned, back.present), (Some(6), Some(4)));
    assert_eq!(entry(&o, today(), "dag").unwrap().present, None);
    let days = o.disk().staffing.unwrap().days;
    assert_eq!(days[0].date, yesterday(), "back in its place");
    // A second change on a day with only today's entries rolls nothing off.
    o.ch('+');
    assert_eq!(entry(&o, yesterday(), "dag"), None);
    assert_eq!(entry(&o, today(), "dag").unwrap().present, Some(6));
}

#[test]
fn a_board_without_staffing_shows_the_default_shifts_and_the_first_p_creates_it() {
    let mut o = board(serde_json::Value::Null);
    assert!(o.disk().staffing.is_none());
    let screen = o.screen(120, 40);
    for shift in ["dag", "kveld", "natt"] {
        let row = shift_row(&screen, shift).expect(&screen);
        assert_eq!(row.matches('–').count(), 2, "{row}");
    }
    // `-` with nothing known says how to start and writes nothing.
    o.ch('s');
    o.ch('-');
    assert!(o.disk().staffing.is_none());
    assert!(o.screen(120, 40).contains("dag har ingen tall i dag ennå"));
    o.ch('p');
    o.typ("4");
    o.key(KeyCode::Enter);
    let e = entry(&o, today(), "dag").unwrap();
    assert_eq!((e.planned, e.present), (Some(4), None));
    // `+` on the night shift: one present, nobody planned.
    o.key(KeyCode::Down);
    o.key(KeyCode::Down);
    o.ch('+');
    let e = entry(&o, today(), "natt").unwrap();
    assert_eq!((e.planned, e.present), (None, Some(1)));
}

#[test]
fn a_shift_is_added_by_name_and_taken_out_after_asking() {
    let mut o = board(json!({"days": []}));
    o.ch('s');
    o.ch('n');
    o.typ("helg");
    o.key(KeyCode::Enter);
    assert_eq!(
        o.disk().staffing.unwrap().shift_names(),
        ["dag", "kveld", "natt", "helg"]
    );
    assert!(shift_row(&o.screen(120, 40), "helg").is_some());
    // `x` asks; `n` keeps the shift, Enter takes it out.
    for _ in 0..3 {
        o.key(KeyCode::Down);
    }
    o.ch('x');
    assert!(o.screen(120, 40).contains("Ta bort vakten «helg»?"));
    o.ch('n');
    assert_eq!(o.disk().staffing.unwrap().shift_names().len(), 4);
    o.ch('x');
    o.key(KeyCode::Enter);
    assert_eq!(
        o.disk().staffing.unwrap().shift_names(),
        ["dag", "kveld", "natt"]
    );
}

#[test]
fn a_read_only_board_refuses_every_staffing_key_with_the_notice() {
    let mut o = Ops::drift_with(|b| {
        b["staffing"] = json!({"days": [{"date": "2026-11-24", "shift": "dag", "planned": 5}]});
        // Two cards of one id: the board opens read-only.
        let twin = b["cards"][1].clone();
        b["cards"].as_array_mut().unwrap().push(twin);
    });
    let before = std::fs::read(&o.file).unwrap();
    o.ch('s');
    for c in ['-', '+', 'p', 'e', 'n', 'x'] {
        o.ch(c);
        assert!(o.app.overlay.is_none(), "{c} opened a dialog");
        let screen = o.screen(120, 40);
        let notice = screen.lines().nth(38).unwrap();
        assert!(notice.contains("samme id"), "{c}: {notice}");
    }
    assert_eq!(std::fs::read(&o.file).unwrap(), before);
}

/// The panel's words in the three languages: the same figures, each
/// language's gap and total.
#[test]
fn the_gap_and_the_total_are_worded_in_each_language() {
    use tavle::i18n::Lang;
    let mut v: serde_json::Value = serde_json::from_str(ops_fixture::DRIFT).unwrap();
    v["panels"] = json!(["staffing", "measures"]);
    let text = v.to_string();
    for (lang, words) in [
        (Lang::Nb, ["Til stede", "▼ 2 mangler", "I dag mangler 2"]),
        (Lang::Nn, ["Til stades", "▼ 2 manglar", "I dag manglar 2"]),
        (Lang::En, ["Present", "▼ 2 missing", "Today 2 missing"]),
    ] {
        let o = Ops::in_lang(lang, &[("drift.json", &text)]);
        let screen = o.screen(120, 40);
        for w in words {
            assert!(screen.contains(w), "{lang:?}: {w}\n{screen}");
        }
    }
}

/// In a narrow panel (a third of a 100-column laptop) the gap is a glyph
/// and a number, never a word cut in half; wide, it is said in words.
#[test]
fn a_narrow_panel_says_the_gap_by_glyph_and_number() {
    let days = json!({"days": [
        {"date": "2026-11-24", "shift": "dag", "planned": 9, "present": 7},
        {"date": "2026-11-24", "shift": "kveld", "planned": 6}
    ]});
    let narrow = Ops::drift_with(|b| b["staffing"] = days.clone());
    let screen = narrow.screen(100, 30);
    // The staffing panel is the middle one of the band: its rows follow a `│`.
    let row = |screen: &str, shift: &str| -> String {
        let at = format!("│{shift} ");
        let line = screen.lines().find(|l| l.contains(&at)).expect(screen);
        line.split('│')
            .find(|c| c.starts_with(shift))
            .unwrap_or("")
            .to_string()
    };
    let dag = row(&screen, "dag");
    assert!(dag.contains("▼ 2"), "{dag}");
    assert!(!dag.contains('…'), "no word cut in half: {dag}");
    assert!(row(&screen, "kveld").contains('✓'), "{screen}");
    let wide = board(days).screen(120, 40);
    assert!(row(&wide, "dag").contains("▼ 2 mangler"), "{wide}");
    assert!(row(&wide, "kveld").contains("✓ fullt"), "{wide}");
}

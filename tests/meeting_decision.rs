//! A decision for the meeting as a whole (issue 17.4): `d` offers the
//! selected card in the dialog and links the decision to a card only when
//! the user names one (by id or title) in its card field; from the meeting
//! screen no card is even offered. A name that fits no card keeps the dialog
//! open and says so.

use crossterm::event::KeyCode;
use tavle::app::{EditKind, Field, Overlay};
use tavle::i18n::{Msg, PrepMsg};

mod common;
use common::Room;

fn screen(r: &Room, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| tavle::ui::render(&r.app, r.clock.get(), f))
        .unwrap();
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

#[test]
fn a_decision_is_for_the_whole_meeting_unless_a_card_is_named() {
    let mut r = Room::new();
    r.key(KeyCode::Char('m'));
    assert_eq!(r.app.screens.board.card.as_deref(), Some("k1"));
    // `d` with k1 selected: offered, not linked.
    r.key(KeyCode::Char('d'));
    match &r.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(
                ed.kind,
                EditKind::NewDecision {
                    card: Some("k1".into())
                }
            );
            assert_eq!(ed.get(Field::Card), "");
        }
        other => panic!("{other:?}"),
    }
    let s = screen(&r, 100, 30);
    assert!(s.contains("hele møtet · skriv k1"), "{s}");
    r.typ("Alle sjekker alarmene før helgen");
    r.key(KeyCode::Enter);
    let whole = r.disk().decisions.last().unwrap().clone();
    assert_eq!(whole.text, "Alle sjekker alarmene før helgen");
    assert_eq!(whole.card, None, "never silently the selected card");
    // Named by id or by title, it is about that card.
    for (typed, card) in [("k1", "k1"), ("Bil 3", "k2")] {
        r.key(KeyCode::Char('d'));
        r.typ(&format!("Om {typed}"));
        for _ in 0..3 {
            r.key(KeyCode::Tab);
        }
        r.typ(typed);
        r.key(KeyCode::Enter);
        let d = r.disk().decisions.last().unwrap().clone();
        assert_eq!(
            (d.text.as_str(), d.card.as_deref()),
            (format!("Om {typed}").as_str(), Some(card))
        );
    }
    // A name that fits no card keeps the dialog open and says so.
    r.key(KeyCode::Char('d'));
    r.typ("Om ingenting");
    for _ in 0..3 {
        r.key(KeyCode::Tab);
    }
    r.typ("zz");
    r.key(KeyCode::Enter);
    match &r.app.overlay {
        Some(Overlay::Editor(ed)) => {
            assert_eq!(ed.error, Some(Msg::Prep(PrepMsg::NoSuchCard("zz".into()))));
        }
        other => panic!("{other:?}"),
    }
    r.key(KeyCode::Esc);
    // From the meeting screen no card is even offered.
    r.key(KeyCode::Char('M'));
    r.key(KeyCode::Char('d'));
    assert!(matches!(
        &r.app.overlay,
        Some(Overlay::Editor(ed)) if ed.kind == EditKind::NewDecision { card: None }
    ));
    let s = screen(&r, 100, 30);
    assert!(s.contains("hele møtet (ikke knyttet til et kort)"), "{s}");
}

//! Terminal events as app events: the one place where crossterm's events
//! become [`Event`]s, so that a key does the same on every terminal.
//!
//! Unix terminals send a key once per press, and again and again while it
//! is held (the terminal's auto-repeat): every one arrives as a press. The
//! Windows console reports each press and also each release
//! (`KeyEventKind::Release`), and a terminal with the kitty keyboard
//! protocol may mark a held key's repeats (`KeyEventKind::Repeat`). So:
//!
//! - a release is dropped: it is the end of a press already handled, and
//!   taking it as a key would move the selection or a card twice;
//! - a repeat is a press, for every key: holding ↓ walks down the cards,
//!   holding Backspace deletes on, exactly as the same key held on a Unix
//!   terminal does (where a repeat cannot be told from a press at all).
//!
//! Resizes and pasted text pass as they are; mouse and focus events are not
//! the app's.

use crossterm::event::{Event as CtEvent, KeyEvent, KeyEventKind};

use crate::app::Event;

/// The app event of a terminal event; None for one the app does not take.
pub fn app_event(ev: CtEvent) -> Option<Event> {
    match ev {
        CtEvent::Key(k) => match k.kind {
            KeyEventKind::Release => None,
            KeyEventKind::Press => Some(Event::Key(k)),
            KeyEventKind::Repeat => Some(Event::Key(KeyEvent {
                kind: KeyEventKind::Press,
                ..k
            })),
        },
        CtEvent::Resize(..) => Some(Event::Resize),
        CtEvent::Paste(text) => Some(Event::Paste(text)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, Screen};
    use crate::i18n::Lang;
    use crossterm::event::{KeyCode, KeyModifiers};
    use std::path::Path;
    use std::time::Instant;

    fn key(code: KeyCode, mods: KeyModifiers, kind: KeyEventKind) -> CtEvent {
        CtEvent::Key(KeyEvent::new_with_kind(code, mods, kind))
    }

    /// A press and its release, as the Windows console sends them.
    fn tap(code: KeyCode, mods: KeyModifiers) -> [CtEvent; 2] {
        [
            key(code, mods, KeyEventKind::Press),
            key(code, mods, KeyEventKind::Release),
        ]
    }

    /// Feed terminal events through [`app_event`] into `app`, performing
    /// the disk work at once, as the runtime does.
    fn feed(app: &mut App, events: impl IntoIterator<Item = CtEvent>) {
        for ev in events.into_iter().filter_map(app_event) {
            let effects = app.update(ev, Instant::now());
            crate::tui::perform_with(app, effects, &crate::folder::stamp::stamp_now);
        }
    }

    #[test]
    fn a_release_is_dropped_and_a_repeat_is_a_press() {
        let down = |kind| key(KeyCode::Down, KeyModifiers::NONE, kind);
        let press = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
        assert_eq!(press.kind, KeyEventKind::Press);
        let got: Vec<KeyEvent> = [
            down(KeyEventKind::Press),
            down(KeyEventKind::Release),
            down(KeyEventKind::Repeat),
        ]
        .into_iter()
        .filter_map(app_event)
        .map(|ev| match ev {
            Event::Key(k) => k,
            other => panic!("{other:?}"),
        })
        .collect();
        assert_eq!(got, [press, press]);
        assert!(matches!(
            app_event(CtEvent::Resize(80, 24)),
            Some(Event::Resize)
        ));
        assert!(matches!(
            app_event(CtEvent::Paste("a\nb".into())),
            Some(Event::Paste(t)) if t == "a\nb"
        ));
        assert!(app_event(CtEvent::FocusGained).is_none());
    }

    /// On the sample home-care board: ↓ pressed and released, then ↓ held
    /// (one repeat), moves the selection two cards; Shift+→ pressed and
    /// released moves the card one column, on screen and in the file.
    #[test]
    fn one_move_per_press_with_releases_and_repeats() {
        let tmp = tempfile::tempdir().unwrap();
        let name = "hjemmetjenesten-nord.json";
        let boards = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
        std::fs::copy(boards.join(name), tmp.path().join(name)).unwrap();
        let file = tmp.path().join(name);
        // What the file says, read here without tavle: the first column's
        // cards in file order, and the columns in order.
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let columns: Vec<&str> = json["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        let first: Vec<&str> = json["cards"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["column"] == columns[0])
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert!(first.len() >= 3, "{first:?}");

        let (mut app, _) = crate::tui::initial_app(&file, Lang::En).unwrap();
        assert_eq!(app.screen, Screen::Board);
        let selected = |app: &App| app.screens.board.card.clone();
        assert_eq!(selected(&app).as_deref(), Some(first[0]));

        feed(&mut app, tap(KeyCode::Down, KeyModifiers::NONE));
        assert_eq!(selected(&app).as_deref(), Some(first[1]), "one step");
        feed(
            &mut app,
            [key(KeyCode::Down, KeyModifiers::NONE, KeyEventKind::Repeat)],
        );
        assert_eq!(selected(&app).as_deref(), Some(first[2]), "a repeat steps");
        feed(
            &mut app,
            [key(
                KeyCode::Down,
                KeyModifiers::NONE,
                KeyEventKind::Release,
            )],
        );
        assert_eq!(
            selected(&app).as_deref(),
            Some(first[2]),
            "a release does not"
        );

        let card = first[2];
        feed(&mut app, tap(KeyCode::Right, KeyModifiers::SHIFT));
        let on_disk: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let column = on_disk["cards"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == card)
            .map(|c| c["column"].clone())
            .unwrap();
        assert_eq!(column, columns[1], "moved one column, not two");
        assert_eq!(selected(&app).as_deref(), Some(card));
    }
}

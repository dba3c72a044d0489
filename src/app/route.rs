//! The router: where a key or pasted text goes. An open overlay first
//! (the "since last time" panel may give a key way), then the screen on
//! view (its typing, then its own key table), then the global keys
//! ([`super::global`]); on a wallboard, only the wallboard's table.

use std::time::Instant;

use crossterm::event::{KeyEvent, KeyEventKind};

use super::{App, Flow, Overlay, Requests, global, keymap, since};

impl App {
    /// A key: to the overlay if one is open, else to the screen on view (its
    /// typing, then its own table), else to the global table ([`global`]).
    pub(super) fn key(&mut self, key: &KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if let Some(mut panel) = self.overlay.take_if(|o| o.is_panel()) {
            let lines = since::line_count(&panel, &self.shared);
            let mut rq = Requests::new();
            let flow = since::panel_key(&mut panel, key, &self.shared, &mut rq, lines);
            self.shared.carry_out(rq);
            match flow {
                since::PanelFlow::Stay => {
                    self.overlay = Some(panel);
                    return;
                }
                since::PanelFlow::Close => return,
                // Not the panel's key: it gives way, and the key works below.
                since::PanelFlow::Pass => {}
            }
        }
        if let Some(mut overlay) = self.overlay.take() {
            let closing = matches!(overlay, Overlay::Closing(_));
            let card = self.screens.board.card.clone();
            let mut rq = Requests::new();
            let flow = overlay.key(key, &self.shared, &mut rq, card.as_deref());
            self.shared.carry_out(rq);
            match flow {
                Flow::Stay => self.overlay = Some(overlay),
                Flow::Close => {
                    if closing && key.code == crossterm::event::KeyCode::Enter {
                        self.screens.board.meeting_closed();
                    }
                }
            }
            return;
        }
        let (component, shared) = self.parts(self.screen);
        let asked = if let Some(asked) = component.input(key, shared) {
            asked
        } else if let Some(cmd) = keymap::lookup(component.keys(), key) {
            component.update(cmd, shared)
        } else if let Some(cmd) = global::lookup(component.left_out(), key) {
            let card = component.card(shared);
            global::update(cmd, shared, card)
        } else {
            // A key that does nothing here: say where the keys are.
            let mut r = Requests::new();
            r.notify(crate::i18n::Msg::UnboundKey, false);
            r
        };
        self.shared.carry_out(asked);
    }

    /// A key on the wallboard: its own table, any other key pauses.
    pub(super) fn wall_key(&mut self, key: &KeyEvent, now: Instant) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if let Some(w) = &mut self.wall {
            let asked = w.key(key, &self.shared, now);
            self.shared.carry_out(asked);
        }
    }

    /// Pasted text: into the dialog or the filter being typed, else nowhere.
    pub(super) fn paste(&mut self, text: &str) {
        match &mut self.overlay {
            Some(Overlay::Editor(ed)) => ed.paste(text),
            Some(Overlay::Attendees(line)) => line.paste(text),
            Some(Overlay::Escalate(picker)) => picker.paste(text),
            Some(_) => {}
            None => self.with_screen(self.screen, |c, s| c.paste(text, s)),
        }
    }
}

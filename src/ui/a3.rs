//! The A3 of a card on screen (`A` on the board): the document `tavle a3`
//! prints ([`crate::report::a3`]), drawn as formatted lines — every line of
//! every block — in a dialog as large as the screen, scrolled like the
//! meeting's closing summary.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::centered;
use crate::app::App;
use crate::app::a3::A3View;
use crate::i18n::{self, A3Word};

pub fn render(app: &App, view: &A3View, area: Rect, frame: &mut Frame) {
    let lang = app.shared.lang();
    let Some(board) = app.board() else {
        return;
    };
    let Some(card) = board.card(&view.card) else {
        return;
    };
    let doc = crate::report::a3::document(lang, board, card, app.shared.today());
    let rect = centered(
        area,
        area.width.saturating_sub(4).max(40),
        area.height.saturating_sub(2),
    );
    let inner_w = rect.width.saturating_sub(3) as usize;
    let lines = crate::minutes::lines_max(&doc, inner_w.max(1), usize::MAX);
    super::scrolled_dialog(
        app,
        i18n::a3_word(lang, A3Word::Title),
        lines,
        i18n::a3_word(lang, A3Word::Keys),
        &view.scroll,
        rect,
        frame,
    );
}

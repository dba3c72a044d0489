//! The column changes of a meeting in the minutes: a heading of its own,
//! only when the meeting added, renamed, limited or reordered a column.
//! Words from the catalogue, titles from the file as text.

use super::{Block, text, word};
use crate::i18n::{self, ColumnWord as W, Lang};
use tavle_core::meeting::Summary;
use tavle_core::model::Board;

fn limit(lang: Lang, l: Option<u64>) -> String {
    l.map_or_else(
        || i18n::column_word(lang, W::NoLimit).to_string(),
        |n| n.to_string(),
    )
}

/// The blocks of the column changes in `s`; none when there are none.
pub(super) fn blocks(lang: Lang, board: &Board, s: &Summary) -> Vec<Block> {
    let c = &s.columns;
    if c.is_empty() {
        return Vec::new();
    }
    let w = |x| i18n::column_word(lang, x);
    let mut b = vec![Block::Heading(2, vec![word(w(W::Heading))])];
    for a in &c.added {
        // Its title and limit as the board has them now.
        let col = board.column(&a.id);
        let title = col.map_or(a.title.as_str(), |c| c.title.as_str());
        let mut line = vec![word(format!("{}: ", w(W::Added))), text(title)];
        if let Some(n) = col.and_then(|c| c.wip) {
            line.push(word(format!(" ({} {n})", w(W::Wip))));
        }
        b.push(Block::Bullet(line));
    }
    for r in &c.renamed {
        b.push(Block::Bullet(vec![
            word(format!("{}: ", w(W::Renamed))),
            text(&r.from),
            word(" → "),
            text(&r.to),
        ]));
    }
    for l in &c.limits {
        b.push(Block::Bullet(vec![
            word(format!("{}: ", w(W::Limit))),
            text(&l.column.title),
            word(format!(": {} → {}", limit(lang, l.from), limit(lang, l.to))),
        ]));
    }
    if let Some(order) = &c.order {
        let mut line = vec![word(format!("{}: ", w(W::Order)))];
        for (i, id) in order.iter().enumerate() {
            if i > 0 {
                line.push(word(" · "));
            }
            let title = board.column(id).map_or(id.as_str(), |c| c.title.as_str());
            line.push(text(title));
        }
        b.push(Block::Bullet(line));
    }
    for r in &c.removed {
        b.push(Block::Bullet(vec![
            word(format!("{}: ", w(W::Removed))),
            text(&r.title),
        ]));
    }
    b
}

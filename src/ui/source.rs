//! Where an idea came from, as the board and the card screen say it: a
//! known source in the user's language (`bruker`, `brukar`, `user`), another
//! source as written — made safe for the terminal and cut to the room.
//! Words, no drawing.

use crate::i18n::{self, Lang};
use tavle_core::model::{Card, IdeaSource};
use tavle_core::text::{fit, sanitize};

/// The card's source in at most `max` cells; `None` when it has none.
pub fn word(lang: Lang, card: &Card, max: usize) -> Option<String> {
    let source = IdeaSource::parse(card.source.as_deref()?)?;
    Some(fit(&sanitize(&i18n::source_word(lang, &source)), max))
}

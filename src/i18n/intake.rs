//! Words of the improvement board's idea intake (`+`: where an idea came
//! from, the day it came in, its text) and of the priority matrix (`P`:
//! effect × effort, Kvalitetshåndbok §3.4.1): the sources as people say
//! them in each language, the letters that pick one, the matrix's axes and
//! cells, the counts per source on the overview, and the notices. Only words.

use super::Lang;
use tavle_core::improvement::Sources;
use tavle_core::model::IdeaSource;

/// Fixed words of the intake form and the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeWord {
    /// The intake form's title.
    Dialog,
    /// The label of the day the idea came in.
    Received,
    /// The choices of source under the form: `1 ansatt · 2 bruker · …`.
    Choices,
    /// The matrix screen's title.
    Matrix,
    /// The axes: expected effect (rows) and effort (columns).
    Axes,
    /// The levels of an axis, 3, 2 and 1.
    High,
    Medium,
    Low,
    /// The quick-win cell's label.
    QuickWin,
    /// The list of ideas not yet placed.
    Unplaced,
    /// No idea on the board to prioritise.
    NoIdeas,
    /// How the digits are laid out, under the grid.
    Numpad,
}

/// The text of an [`IntakeWord`].
pub fn intake_word(lang: Lang, w: IntakeWord) -> &'static str {
    use IntakeWord as W;
    match w {
        W::Dialog => s!(lang, "intake-dialog"),
        W::Received => s!(lang, "intake-label-received"),
        W::Choices => s!(lang, "intake-choices"),
        W::Matrix => s!(lang, "matrix-title"),
        W::Axes => s!(lang, "matrix-axes"),
        W::High => s!(lang, "matrix-high"),
        W::Medium => s!(lang, "matrix-medium"),
        W::Low => s!(lang, "matrix-low"),
        W::QuickWin => s!(lang, "matrix-quick-win"),
        W::Unplaced => s!(lang, "matrix-unplaced"),
        W::NoIdeas => s!(lang, "matrix-no-ideas"),
        W::Numpad => s!(lang, "matrix-numpad"),
    }
}

/// The level of an axis value 1–3: `lav`, `middels`, `høy`.
pub fn level(lang: Lang, v: u8) -> &'static str {
    match v {
        3 => intake_word(lang, IntakeWord::High),
        2 => intake_word(lang, IntakeWord::Medium),
        _ => intake_word(lang, IntakeWord::Low),
    }
}

/// The word of choice `n` of the intake form (1 ansatt, 2 bruker, 3
/// pårørende, 4 another source) in `lang`; `None` outside 1–4.
pub fn source_choice(lang: Lang, n: u8) -> Option<&'static str> {
    Some(match n {
        1 => s!(lang, "source-ansatt"),
        2 => s!(lang, "source-bruker"),
        3 => s!(lang, "source-parorende"),
        4 => s!(lang, "source-other"),
        _ => return None,
    })
}

/// The number of the known source `src` among the choices (1–3); `None`
/// for another source.
pub fn source_number(src: &IdeaSource) -> Option<u8> {
    match src {
        IdeaSource::Ansatt => Some(1),
        IdeaSource::Bruker => Some(2),
        IdeaSource::Parorende => Some(3),
        IdeaSource::Other(_) => None,
    }
}

/// Where an idea came from, as the screen says it: a known source in the
/// user's language, another source as written (the caller sanitizes).
pub fn source_word(lang: Lang, src: &IdeaSource) -> String {
    match source_number(src).and_then(|n| source_choice(lang, n)) {
        Some(word) => word.to_string(),
        None => src.as_str().to_string(),
    }
}

/// `fra bruker`: the source on a card on the board.
pub fn source_from(lang: Lang, word: &str) -> String {
    f!(lang, "card-source-from", source = word)
}

/// `+3 til`: ideas in a matrix cell that do not fit in it.
pub fn more_ideas(lang: Lang, n: usize) -> String {
    f!(lang, "matrix-more", count = n.to_string())
}

/// `Idéer etter kilde: ansatt 3 · bruker 2 · pårørende 1 · annet 0`, and
/// the cards without a source when there are any.
pub fn sources_line(lang: Lang, n: &Sources) -> String {
    let mut parts: Vec<String> = [n.ansatt, n.bruker, n.parorende, n.other]
        .iter()
        .zip(1..)
        .filter_map(|(count, i)| Some(format!("{} {count}", source_choice(lang, i)?)))
        .collect();
    if n.unknown > 0 {
        parts.push(format!("{} {}", s!(lang, "source-unknown"), n.unknown));
    }
    f!(lang, "overview-sources", list = parts.join(" · "))
}

/// What the intake and the matrix say in the notice line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeMsg {
    /// `+` on an operations board.
    NotImprovement,
    /// The form's source field is empty.
    NoSource,
    /// A Shift+arrow on an idea that is not in the grid yet.
    PlaceFirst,
}

/// The text of an [`IntakeMsg`].
pub fn intake_msg(lang: Lang, m: &IntakeMsg) -> String {
    match m {
        IntakeMsg::NotImprovement => s!(lang, "msg-intake-not-improvement"),
        IntakeMsg::NoSource => s!(lang, "msg-intake-no-source"),
        IntakeMsg::PlaceFirst => s!(lang, "msg-matrix-place-first"),
    }
    .to_string()
}

/// The `?` text of the intake's and the matrix's commands.
pub(super) fn cmd_help_intake(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "intake" => s!(lang, "cmd-help-intake"),
        "matrix-open" => s!(lang, "cmd-help-matrix-open"),
        "matrix-place" => s!(lang, "cmd-help-matrix-place"),
        "matrix-unplace" => s!(lang, "cmd-help-matrix-unplace"),
        "matrix-more-effect" => s!(lang, "cmd-help-matrix-more-effect"),
        "matrix-less-effect" => s!(lang, "cmd-help-matrix-less-effect"),
        "matrix-less-effort" => s!(lang, "cmd-help-matrix-less-effort"),
        "matrix-more-effort" => s!(lang, "cmd-help-matrix-more-effort"),
        _ => return None,
    })
}

/// The hint bar's word of the intake's and the matrix's commands.
pub(super) fn cmd_hint_intake(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "intake" => s!(lang, "cmd-hint-intake"),
        "matrix-open" => s!(lang, "cmd-hint-matrix-open"),
        "matrix-place" => s!(lang, "cmd-hint-matrix-place"),
        "matrix-unplace" => s!(lang, "cmd-hint-matrix-unplace"),
        "matrix-more-effect" | "matrix-less-effect" | "matrix-less-effort"
        | "matrix-more-effort" => s!(lang, "cmd-hint-matrix-move"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_a_word_and_a_letter_of_its_own_in_every_language() {
        for &lang in Lang::ALL {
            let words: Vec<&str> = (1..=4).filter_map(|n| source_choice(lang, n)).collect();
            assert_eq!(words.len(), 4, "{lang:?}");
            // The three known sources start with three different letters.
            let mut first: Vec<char> = words[..3].iter().filter_map(|w| w.chars().next()).collect();
            first.dedup();
            first.sort_unstable();
            first.dedup();
            assert_eq!(first.len(), 3, "{lang:?}: {words:?}");
        }
        assert_eq!(source_choice(Lang::Nb, 5), None);
    }

    #[test]
    fn the_sources_line_counts_each_source_and_the_unknown_only_when_there_are_some() {
        let n = Sources {
            ansatt: 3,
            bruker: 2,
            parorende: 1,
            other: 0,
            unknown: 0,
        };
        let line = sources_line(Lang::Nb, &n);
        assert!(
            line.contains("ansatt 3 · bruker 2 · pårørende 1 · annet 0"),
            "{line}"
        );
        assert!(!line.contains("ukjent"), "{line}");
        let line = sources_line(Lang::Nn, &Sources { unknown: 4, ..n });
        assert!(line.contains("tilsett 3"), "{line}");
        assert!(line.ends_with(" 4"), "{line}");
    }
}

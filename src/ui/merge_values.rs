//! One conflict of the merge screen as a person reads it: each side's whole
//! value in words — a column, goal or card by its title instead of its id, a
//! list of ids as the titles in order, dates as `01.12.2026` — and the part
//! where the two differ, marked so it is seen without colour. Wrapped to the
//! width given, so the screen can scroll a long value. Draws nothing itself.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use serde_json::Value;

use crate::app::merge::Review;
use crate::i18n::{self, Lang};
use tavle_core::merge::{Conflict, Element};
use tavle_core::text::{sanitize, width};

/// The style of the part of a value that differs from the other side's:
/// underlined and bold (read on a monochrome screen), and in colour.
pub fn differs() -> Style {
    Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// The element a value of `field` on `element` names by id, if it does.
fn names(element: &Element, field: &str) -> Option<fn(String) -> Element> {
    match (element, field) {
        (Element::Card(_), "column") => Some(Element::Column),
        (Element::Card(_), "goal") | (Element::Goal(_), "parent") => Some(Element::Goal),
        (Element::Decision(_), "card") => Some(Element::Card),
        (Element::Board, "columns") => Some(Element::Column),
        (Element::Board, "cards") => Some(Element::Card),
        (Element::Board, "goals") => Some(Element::Goal),
        (Element::Board, "indicators") => Some(Element::Indicator),
        (Element::Board, "decisions") => Some(Element::Decision),
        _ => None,
    }
}

/// A date or a moment from the file as people write it; `None` when `s` is neither.
fn when(s: &str) -> Option<String> {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(tavle_core::dates::format_nb(d));
    }
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.format("%d.%m.%Y %H:%M").to_string())
}

/// One side's value of conflict `c` in words, not yet sanitised.
pub fn shown(lang: Lang, r: &Review, c: &Conflict, v: &Value) -> String {
    let field = c.at.field.as_str();
    if let Some(kind) = names(&c.at.element, field) {
        // The title the user knows it by; the id only for one that is gone.
        let title = |id: &str| {
            r.title(&kind(id.to_string()))
                .unwrap_or_else(|| id.to_string())
        };
        match v {
            Value::String(id) if !id.is_empty() => return title(id),
            Value::Array(ids) if !ids.is_empty() => {
                return (ids.iter())
                    .map(|id| id.as_str().map_or_else(|| id.to_string(), title))
                    .collect::<Vec<_>>()
                    .join(", ");
            }
            _ => {}
        }
    }
    match v {
        Value::String(s) if !field.is_empty() => {
            when(s).unwrap_or_else(|| i18n::field_value(lang, field, v))
        }
        _ => i18n::field_value(lang, field, v),
    }
}

/// The two values split where they differ: `(same start, differing middle,
/// same end)` of each, by character, so an edit in the middle of a long note
/// is marked where it is.
pub fn split<'a>(a: &'a str, b: &'a str) -> [(&'a str, &'a str, &'a str); 2] {
    let pre = a
        .char_indices()
        .zip(b.chars())
        .take_while(|((_, x), y)| x == y)
        .last()
        .map_or(0, |((i, x), _)| i + x.len_utf8());
    let (ra, rb) = (&a[pre..], &b[pre..]);
    let suf = ra
        .chars()
        .rev()
        .zip(rb.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let cut = |s: &'a str| {
        let (head, rest) = s.split_at(pre);
        let (mid, tail) = rest.split_at(rest.len() - suf);
        (head, mid, tail)
    };
    [cut(a), cut(b)]
}

/// Text in pieces, each with its style, wrapped at spaces into lines of at
/// most `w` cells after an `indent`; a word longer than a line is broken.
pub fn wrap(pieces: &[(String, Style)], w: usize, indent: usize) -> Vec<Line<'static>> {
    let room = w.saturating_sub(indent).max(4);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    let push = |lines: &mut Vec<Vec<Span<'static>>>, used: &mut usize, word: &str, style: Style| {
        for c in word.chars() {
            let cw = width(c.encode_utf8(&mut [0; 4]));
            // A space at the end of a full line is the line break itself.
            if c == ' ' && *used + cw > room {
                continue;
            }
            if *used + cw > room {
                lines.push(Vec::new());
                *used = 0;
            }
            if let Some(l) = lines.last_mut() {
                l.push(Span::styled(c.to_string(), style));
            }
            *used += cw;
        }
    };
    for (text, style) in pieces {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
                used = 0;
            }
            for word in part.split_inclusive(' ') {
                let ww = width(word.trim_end());
                if used > 0 && used + ww > room {
                    lines.push(Vec::new());
                    used = 0;
                }
                push(&mut lines, &mut used, word, *style);
            }
        }
    }
    lines
        .into_iter()
        .map(|spans| {
            let mut out = vec![Span::raw(" ".repeat(indent))];
            out.extend(merge_spans(spans));
            Line::from(out)
        })
        .collect()
}

/// Neighbouring one-character spans of one style as one span.
fn merge_spans(spans: Vec<Span<'static>>) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if last.style == s.style => {
                last.content = format!("{}{}", last.content, s.content).into();
            }
            _ => out.push(s),
        }
    }
    out
}

/// Values longer than this many words are compared by their same start
/// and end only ([`split`]), not word by word.
const WORDS: usize = 600;

/// One side's value as pieces, the words that are not in the other side's
/// (outside a longest common run of words) marked: `Hilde` and `ti` in
/// `Hilde ringer kl ti` against `Jonas ringer kl elleve`.
pub fn marked(value: &str, other: &str) -> Vec<(String, Style)> {
    let (value, other) = (sanitize(value), sanitize(other));
    let a: Vec<&str> = value.split_inclusive(' ').collect();
    let b: Vec<&str> = other.split_inclusive(' ').collect();
    if a.len() > WORDS || b.len() > WORDS {
        let [(head, mid, tail), _] = split(&value, &other);
        return vec![
            (head.to_string(), Style::new()),
            (mid.to_string(), differs()),
            (tail.to_string(), Style::new()),
        ];
    }
    let key = |w: &str| w.trim_end().to_string();
    // t[i][j]: the longest common run of words of a[i..] and b[j..].
    let w = b.len() + 1;
    let mut t = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i * w + j] = if key(a[i]) == key(b[j]) {
                t[(i + 1) * w + j + 1] + 1
            } else {
                t[(i + 1) * w + j].max(t[i * w + j + 1])
            };
        }
    }
    // Which words of `a` are in the common run.
    let mut same = vec![false; a.len()];
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if key(a[i]) == key(b[j]) {
            same[i] = true;
            i += 1;
            j += 1;
        } else if t[(i + 1) * w + j] >= t[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let mut out: Vec<(String, Style)> = Vec::new();
    let mut push = |word: &str, style: Style| match out.last_mut() {
        Some((text, s)) if *s == style => text.push_str(word),
        _ => out.push((word.to_string(), style)),
    };
    for (k, word) in a.iter().enumerate() {
        if same[k] {
            push(word, Style::new());
            continue;
        }
        // A marked word; the space after it only between two marked words.
        let bare = word.trim_end();
        push(bare, differs());
        let space = &word[bare.len()..];
        let next_marked = same.get(k + 1).is_some_and(|s| !s);
        push(space, if next_marked { differs() } else { Style::new() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_differing_middle_is_found_by_character() {
        let [a, b] = split("Ring Kari før lunsj", "Ring Per før lunsj");
        assert_eq!(a, ("Ring ", "Kari", " før lunsj"));
        assert_eq!(b, ("Ring ", "Per", " før lunsj"));
        // Only an addition: nothing differs on the shorter side.
        let [a, b] = split("Møte", "Møte i dag");
        assert_eq!((a.1, b.1), ("", " i dag"));
        let [a, _] = split("same", "same");
        assert_eq!(a, ("same", "", ""));
        // Æ, ø and å are one character each, never split.
        let [a, b] = split("blå", "blø");
        assert_eq!((a.1, b.1), ("å", "ø"));
    }

    #[test]
    fn only_the_words_that_differ_are_marked() {
        let marked_words = |a: &str, b: &str| -> Vec<String> {
            (marked(a, b).into_iter())
                .filter(|(_, s)| *s == differs())
                .map(|(t, _)| t)
                .collect()
        };
        let (a, b) = ("Hilde ringer kl ti i dag", "Jonas ringer kl elleve i dag");
        assert_eq!(marked_words(a, b), ["Hilde", "ti"]);
        assert_eq!(marked_words(b, a), ["Jonas", "elleve"]);
        // The pieces are the whole value, nothing lost.
        let whole: String = marked(a, b).into_iter().map(|(t, _)| t).collect();
        assert_eq!(whole, a);
        assert!(marked_words("same", "same").is_empty());
        assert_eq!(marked_words("Møte i dag", "Møte"), ["i dag"]);
    }

    #[test]
    fn wrapping_keeps_every_character_and_the_marks() {
        let pieces = vec![
            ("Ring ".to_string(), Style::new()),
            ("Kari Nordmann".to_string(), differs()),
            (" før lunsj i morgen".to_string(), Style::new()),
        ];
        let lines = wrap(&pieces, 14, 2);
        let text: String = lines
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("|");
        assert_eq!(text, "  Ring Kari |  Nordmann før|  lunsj i |  morgen");
        assert!(lines.iter().all(|l| l.width() <= 14));
        let marked: String = (lines.iter().flat_map(|l| &l.spans))
            .filter(|s| s.style == differs())
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(marked, "Kari Nordmann");
    }
}

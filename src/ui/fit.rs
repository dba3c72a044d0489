//! Text and lists made to fit a small screen without losing what matters:
//! titles cut at a word boundary with a visible `…`, wrapped titles whose
//! last line is cut so, lists of keys broken into lines between items rather
//! than cut, a person's initials for the compact card, and the window of a
//! list that keeps the selected item in sight. Numbers and names are
//! never cut here: callers keep them whole and shorten the words around
//! them. Pure functions on strings.

use tavle_core::text::{fit, width, wrap};
use unicode_segmentation::UnicodeSegmentation;

/// Characters that read badly just before the `…` of a cut title.
const TRAILING: &[char] = &[',', ';', ':', '-', '–', '—', '·', '/', '(', ' '];

/// `s` in at most `max` cells: whole when it fits, else the words that fit
/// and `…`. When whole words would fill less than half the room (a long
/// word early in the title) the title is cut between graphemes instead.
pub fn cut_words(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut kept = String::new();
    for word in s.split_whitespace() {
        let next = if kept.is_empty() {
            word.to_string()
        } else {
            format!("{kept} {word}")
        };
        if width(next.trim_end_matches(TRAILING)) + 1 > max {
            break;
        }
        kept = next;
    }
    let kept = kept.trim_end_matches(TRAILING);
    // Little kept (a first word too long, or `Til…` of `Til vurdering`):
    // the next word is cut inside instead, so the title still says something.
    if width(kept) * 2 < max {
        return fit(s, max);
    }
    format!("{kept}…")
}

/// `s` word-wrapped into at most `lines` lines of at most `max` cells; when
/// text is left over, the last line is cut at a word boundary with `…`.
pub fn wrap_words(s: &str, max: usize, lines: usize) -> Vec<String> {
    if max == 0 || lines == 0 {
        return Vec::new();
    }
    let all = wrap(s, max, usize::MAX);
    if all.len() <= lines {
        return all;
    }
    let mut out: Vec<String> = all[..lines - 1].to_vec();
    let rest = all[lines - 1..].join(" ");
    out.push(cut_words(&rest, max));
    out
}

/// `parts` joined by `sep` into lines of at most `max` cells, breaking
/// between parts; a part longer than a line is cut (it is then alone).
pub fn pack(parts: &[&str], sep: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for p in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if line.is_empty() {
            line = fit(p, max);
        } else if width(&line) + width(sep) + width(p) <= max {
            line = format!("{line}{sep}{p}");
        } else {
            out.push(std::mem::take(&mut line));
            line = fit(p, max);
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// A person's initials for the compact card: the first letters of the
/// first and last name (`Kari Nordmann` → `KN`), or the first two letters
/// of a single name (`Hilde` → `Hi`), so one name does not read as another.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = |w: &str| w.graphemes(true).next().unwrap_or("").to_uppercase();
    match words.as_slice() {
        [] => String::new(),
        [one] => {
            let mut g = one.graphemes(true);
            let a = g.next().unwrap_or("").to_uppercase();
            let b = g.next().unwrap_or("").to_lowercase();
            format!("{a}{b}")
        }
        [a, .., z] => format!("{}{}", first(a), first(z)),
    }
}

/// The items `first..last` of `n` shown in `height` rows, `rows(i)` high
/// each, with `sel` among them (cards of a column, fields of a form, boards); a row goes to `↑ n` when cards are hidden above and to
/// `↓ n` when cards are hidden below.
pub fn window(
    n: usize,
    sel: usize,
    height: usize,
    rows: impl Fn(usize) -> usize,
) -> (usize, usize) {
    let total: usize = (0..n).map(&rows).sum();
    if total <= height {
        return (0, n);
    }
    let fits = |first: usize, last: usize| {
        let marks = usize::from(first > 0) + usize::from(last < n);
        (first..last).map(&rows).sum::<usize>() + marks <= height
    };
    let mut first = sel.min(n.saturating_sub(1));
    let mut last = first + 1;
    // Grow below and above in turn, so the cards around it show too.
    loop {
        let mut grown = false;
        if last < n && fits(first, last + 1) {
            last += 1;
            grown = true;
        }
        if first > 0 && fits(first - 1, last) {
            first -= 1;
            grown = true;
        }
        if !grown {
            break;
        }
    }
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_cut_between_words_with_a_visible_ellipsis() {
        let t = "Bemanning i dag: to syke på kveld";
        assert_eq!(cut_words(t, 40), t);
        assert_eq!(cut_words(t, 17), "Bemanning i dag…");
        assert_eq!(cut_words(t, 16), "Bemanning i dag…");
        assert_eq!(cut_words(t, 15), "Bemanning i…");
        // A first word too long for the room is cut inside it, still with `…`.
        assert_eq!(cut_words("Influensavaksine tilbudt", 10), "Influensa…");
        // So is a long word after a short one, rather than leave `Til…`.
        assert_eq!(cut_words("Til vurdering", 12), "Til vurderi…");
        assert_eq!(
            cut_words("Avvik: kveldsdose ikke gitt", 13),
            "Avvik: kveld…"
        );
        for max in 0..40 {
            let c = cut_words(t, max);
            assert!(width(&c) <= max, "{max}: {c}");
            assert!(c == t || c.ends_with('…') || c.is_empty(), "{max}: {c}");
        }
    }

    #[test]
    fn a_wrapped_title_ends_at_a_word_when_it_is_cut() {
        let t = "Avvik: kveldsdose ikke gitt til bruker i rute 4";
        assert_eq!(wrap_words(t, 16, 2), ["Avvik:", "kveldsdose ikke…"]);
        assert_eq!(wrap_words(t, 60, 3), [t]);
        assert_eq!(
            wrap_words(t, 20, 3),
            ["Avvik: kveldsdose", "ikke gitt til bruker", "i rute 4"]
        );
    }

    #[test]
    fn keys_break_between_items_not_inside_one() {
        let parts = [
            "Tab neste felt",
            "Enter lagrer",
            "Ctrl+S lagrer",
            "Esc avbryt",
        ];
        assert_eq!(
            pack(&parts, " · ", 30),
            [
                "Tab neste felt · Enter lagrer",
                "Ctrl+S lagrer · Esc avbryt"
            ]
        );
        assert_eq!(pack(&parts, " · ", 200).len(), 1);
    }

    #[test]
    fn initials_tell_people_apart() {
        assert_eq!(initials("Kari Nordmann"), "KN");
        assert_eq!(initials("Hilde"), "Hi");
        assert_eq!(initials(" ørjan  de  å "), "ØÅ");
        assert_eq!(initials(""), "");
    }

    #[test]
    fn the_window_keeps_the_selection_and_room_for_the_markers() {
        // 10 one-line cards, the 6th expanded to 4 lines, 8 rows.
        let rows = |i: usize| if i == 5 { 4 } else { 1 };
        let (first, last) = window(10, 5, 8, rows);
        assert!(first <= 5 && 5 < last, "{first}..{last}");
        let used: usize = (first..last).map(rows).sum::<usize>()
            + usize::from(first > 0)
            + usize::from(last < 10);
        assert!(used <= 8, "{used}");
        assert_eq!(window(3, 0, 8, |_| 1), (0, 3));
        // At the top: no marker above, as many below as fit.
        assert_eq!(window(10, 0, 5, |_| 1), (0, 4));
        // At the bottom: no marker below.
        assert_eq!(window(10, 9, 5, |_| 1), (6, 10));
    }
}

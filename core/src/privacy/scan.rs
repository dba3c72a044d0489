//! Reading text as people write numbers in it: runs of digits of any script
//! (invisible characters inside are skipped) joined into a chain by short
//! separators, and the few ways of grouping eleven digits that are an
//! identity number written by hand or by a program.
//!
//! One pass over the text: a byte that cannot start a digit (most of any
//! text, æøå and typographic quotes included) is passed after one table
//! look-up; a chain of digit groups is read once and then matched.

use std::ops::Range;

use super::chars::{Between, between, digit, invisible};

/// The most characters (spaces, one mark, one line break) between two digit
/// groups that still join them: `010203      12345` from an aligned table.
const MAX_BETWEEN: usize = 8;

/// A run of digits: where it is and how many digits it holds (the values
/// are read again only for a grouping that may be a number).
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    len: usize,
}

/// What stands between a group and the next: one character (read as
/// [`Between`]) or several, where no grouping rule needs to know which.
type Sep = Option<Between>;

/// Whether a byte may start a digit: an ASCII digit, or the first byte of a
/// character in a block that holds decimal digits (U+0640–U+07FF,
/// U+0800–U+1FFF, U+A000–U+AFFF, U+F000–U+FFFF, U+10000–U+3FFFF). Every
/// other byte, æøå and typographic dashes and quotes included, is passed
/// without decoding. A table: one load per byte of ordinary text.
static MAY_START_DIGIT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b'0'..=b'9' | 0xD9 | 0xDB | 0xDF | 0xE0 | 0xE1 | 0xEA | 0xEF | 0xF0
        );
        b += 1;
    }
    t
};

/// The byte ranges of every identity number in `text` (see [`super::find`]).
pub fn find(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut chain: Vec<(Group, Sep)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !MAY_START_DIGIT[usize::from(b)] {
            i += 1;
            continue;
        }
        if !b.is_ascii_digit() {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if digit(c).is_none() {
                i += c.len_utf8();
                continue;
            }
        }
        // A digit with no digit before it (the chain before ate those):
        // read the whole chain of groups, then look for the groupings.
        chain.clear();
        let mut at = i;
        let mut total = 0;
        loop {
            let group = read_group(text, at);
            total += group.len;
            match read_sep(text, group.end) {
                Some((sep, next)) => {
                    chain.push((group, sep));
                    at = next;
                }
                None => {
                    chain.push((group, None));
                    i = group.end;
                    break;
                }
            }
        }
        if total >= 11 {
            match_chain(text, &chain, &mut found);
        }
    }
    found
}

/// The digits from `at` (a digit) on, skipping invisible characters inside;
/// the group ends after its last digit.
fn read_group(text: &str, at: usize) -> Group {
    let bytes = text.as_bytes();
    let mut g = Group {
        start: at,
        end: at,
        len: 0,
    };
    let mut i = at;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            g.len += 1;
            i += 1;
            g.end = i;
            continue;
        }
        if b < 0x80 {
            break;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if digit(c).is_some() {
            g.len += 1;
            g.end = i + c.len_utf8();
        } else if !invisible(c) {
            break;
        }
        i += c.len_utf8();
    }
    g
}

/// The separator after a group that ends at `at`, and where the next group
/// starts, when one follows: spaces, at most one mark (`-./_`) and at most
/// one line break, at most [`MAX_BETWEEN`] in all, invisible characters not
/// counted.
fn read_sep(text: &str, at: usize) -> Option<(Sep, usize)> {
    let bytes = text.as_bytes();
    let (mut count, mut mark, mut line) = (0, false, false);
    let mut one = None;
    let mut i = at;
    while i < bytes.len() {
        let b = bytes[i];
        let (kind, size) = match b {
            b'0'..=b'9' => return (count > 0).then_some((if count == 1 { one } else { None }, i)),
            b' ' | b'\t' => (Between::Space, 1),
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => (Between::Break, 2),
            b'\n' | b'\r' => (Between::Break, 1),
            b'-' | b'.' | b'/' | b'_' => (Between::Mark(char::from(b)), 1),
            b if b < 0x80 => return None,
            _ => {
                let c = text[i..].chars().next()?;
                if invisible(c) {
                    i += c.len_utf8();
                    continue;
                }
                if digit(c).is_some() {
                    return (count > 0).then_some((if count == 1 { one } else { None }, i));
                }
                (between(c)?, c.len_utf8())
            }
        };
        match kind {
            Between::Mark(_) if mark => return None,
            Between::Mark(_) => mark = true,
            Between::Break if line => return None,
            Between::Break => line = true,
            Between::Space => {}
        }
        count += 1;
        one = Some(kind);
        if count > MAX_BETWEEN {
            return None;
        }
        i += size;
    }
    None
}

/// Every grouping of eleven digits in a chain that is a valid number, left
/// to right, none overlapping.
fn match_chain(text: &str, chain: &[(Group, Sep)], found: &mut Vec<Range<usize>>) {
    let n = chain.len();
    let len = |k: usize| chain[k].0.len;
    let sep = |k: usize| chain[k].1;
    let mut i = 0;
    while i < n {
        let mut hit = None;
        if len(i) == 11 {
            hit = Some(i);
        }
        // DDMMYY IIIKK with any separator.
        if hit.is_none() && i + 1 < n && len(i) == 6 && len(i + 1) == 5 {
            hit = Some(i + 1);
        }
        if hit.is_none() && i + 3 < n && len(i) == 2 && len(i + 1) == 2 && len(i + 2) == 2 {
            // DD.MM.YY IIIKK: the date with one dot, slash, dash or space twice.
            let date = sep(i);
            let date_like = matches!(date, Some(Between::Space | Between::Mark('.' | '/' | '-')));
            if date_like && sep(i + 1) == date && len(i + 3) == 5 {
                hit = Some(i + 3);
            }
        }
        if hit.is_none()
            && i + 3 < n
            && len(i) == 2
            && len(i + 1) == 3
            && len(i + 2) == 3
            && len(i + 3) == 3
        {
            // 41 020 312 345: a number printed with thousands groups, which
            // must not be part of a longer grouped number.
            let t = sep(i);
            let grouping = matches!(t, Some(Between::Space | Between::Mark('.')));
            let alone = (i == 0 || sep(i - 1) != t) && (i + 4 >= n || sep(i + 3) != t);
            if grouping && sep(i + 1) == t && sep(i + 2) == t && alone {
                hit = Some(i + 3);
            }
        }
        if let Some(last) = hit
            && valid_digits(text, &chain[i..=last])
        {
            found.push(chain[i].0.start..chain[last].0.end);
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

fn valid_digits(text: &str, groups: &[(Group, Sep)]) -> bool {
    let mut d = [0u8; 11];
    let mut k = 0;
    for (g, _) in groups {
        for x in text[g.start..g.end].chars().filter_map(digit) {
            if k == 11 {
                return false;
            }
            d[k] = x;
            k += 1;
        }
    }
    k == 11 && super::valid(&d)
}

//! What the identity-number guard reads a character as: a digit of any
//! script (and its value), a character the eye does not see, or one of the
//! few characters people put between the groups of a number. Kept apart
//! from the scanning so the tables can be checked on their own.

/// The zero of every run of ten decimal digits in Unicode (general category
/// Nd, Unicode 17): each run holds 0–9 in order. ASCII first; full-width
/// (U+FF10) and the mathematical digits (U+1D7CE–U+1D7FF, five styles) are
/// the ones a paste from a web page or a word processor brings along.
const ZEROS: [u32; 77] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11DE0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE,
    0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit of any script: `7`, `７`, `𝟕`, `٧` are all 7.
/// Superscripts, circled and Roman numerals are not decimal digits.
pub fn digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return u8::try_from(u32::from(c) - 0x30).ok();
    }
    let c = u32::from(c);
    if c < ZEROS[1] {
        return None;
    }
    let i = ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let off = c - ZEROS[i];
    if off < 10 {
        u8::try_from(off).ok()
    } else {
        None
    }
}

/// A character that takes no room and no ink, so a number with it inside
/// reads as the plain number: zero-width space, (non-)joiner, word joiner,
/// soft hyphen, byte-order mark, variation selectors, the invisible math
/// operators, bidi marks and overrides, tag characters; and the combining
/// marks that draw on top of a digit (an enclosing keycap still shows it).
pub fn invisible(c: char) -> bool {
    matches!(c,
        '\u{AD}'
        | '\u{300}'..='\u{36F}'
        | '\u{61C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{FEFF}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// What a character between two digit groups is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Between {
    /// A space of any width, no-break or not, or a tab; read as `' '`.
    Space,
    /// A line break: `\n`, `\r` (a `\r\n` is one), NEL, line or paragraph separator.
    Break,
    /// A dash, dot, slash or underscore of any width; read as its ASCII form.
    Mark(char),
}

/// How `c` may stand between two digit groups, if at all.
pub fn between(c: char) -> Option<Between> {
    Some(match c {
        ' '
        | '\t'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Between::Space,
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Between::Break,
        '-' | '\u{2010}'..='\u{2014}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => Between::Mark('-'),
        '.' | '\u{2024}' | '\u{FF0E}' => Between::Mark('.'),
        '/' | '\u{2044}' | '\u{2215}' | '\u{FF0F}' => Between::Mark('/'),
        '_' | '\u{FF3F}' => Between::Mark('_'),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_run_of_the_table_is_ten_numeric_characters_in_order() {
        assert!(ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]), "sorted, apart");
        for &z in &ZEROS {
            for k in 0..10u32 {
                let c = char::from_u32(z + k).unwrap();
                assert!(c.is_numeric(), "{:X}", z + k);
                assert_eq!(digit(c), Some(k as u8), "{:X}", z + k);
            }
            // The characters just outside a run are not read as digits of it.
            if let Some(c) = char::from_u32(z + 10)
                && !ZEROS.contains(&(z + 10))
            {
                assert_eq!(digit(c), None, "{:X}", z + 10);
            }
        }
    }

    #[test]
    fn the_digits_people_paste_are_read_and_look_alikes_are_not() {
        for (c, v) in [
            ('7', 7),
            ('７', 7),
            ('𝟕', 7),
            ('𝟗', 9),
            ('𝟶', 0),
            ('٧', 7),
            ('۷', 7),
        ] {
            assert_eq!(digit(c), Some(v), "{c}");
        }
        for c in [
            'a', '²', '₂', '①', 'Ⅶ', '½', 'O', 'l', ' ', '\u{FFFD}', '🔟',
        ] {
            assert_eq!(digit(c), None, "{c}");
        }
    }

    #[test]
    fn invisibles_are_not_spaces_and_spaces_are_not_invisible() {
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{AD}', '\u{FEFF}',
        ] {
            assert!(invisible(c) && between(c).is_none(), "{:X}", u32::from(c));
        }
        for c in ['\u{FE00}', '\u{FE0F}', '\u{E0100}', '\u{E01EF}', '\u{20E3}'] {
            assert!(invisible(c), "{:X}", u32::from(c));
        }
        for c in [' ', '\u{A0}', '\u{2007}', '\u{2009}', '\u{202F}'] {
            assert_eq!(between(c), Some(Between::Space));
            assert!(!invisible(c));
        }
        assert_eq!(between('–'), Some(Between::Mark('-')));
        assert_eq!(between('／'), Some(Between::Mark('/')));
        assert_eq!(between(','), None);
        assert_eq!(between(':'), None);
    }
}

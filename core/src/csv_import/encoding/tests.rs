//! Bytes as Norwegian Excel, Notepad and other code pages write them; the
//! expected text is written out by hand from the code page tables.

use super::{Encoding, EncodingError, decode};

fn ok(bytes: &[u8]) -> (String, Encoding) {
    let d = decode(bytes).unwrap();
    (d.text, d.encoding)
}

#[test]
fn utf8_with_and_without_a_bom_is_read_as_it_is() {
    let text = "Sykefravær;24.11.2026;6,2\n";
    assert_eq!(ok(text.as_bytes()), (text.into(), Encoding::Utf8));
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    assert_eq!(ok(&bom), (text.into(), Encoding::Utf8));
    assert_eq!(ok(b""), (String::new(), Encoding::Utf8));
}

#[test]
fn windows_1252_letters_are_converted() {
    // "Ærlig;Øst;Åpen;æøå" with Excel's bytes.
    let bytes = b"\xC6rlig;\xD8st;\xC5pen;\xE6\xF8\xE5\r\n";
    assert_eq!(
        ok(bytes),
        ("Ærlig;Øst;Åpen;æøå\r\n".into(), Encoding::Windows1252)
    );
}

#[test]
fn windows_1252_high_range_is_its_own_table() {
    let bytes = [
        0x80, 0x96, 0x97, 0x85, 0x99, 0x8A, 0x9F, 0x91, 0x92, 0xA0, 0xFF,
    ];
    assert_eq!(
        ok(&bytes),
        ("€–—…™ŠŸ‘’\u{a0}ÿ".into(), Encoding::Windows1252)
    );
}

#[test]
fn bytes_windows_1252_leaves_out_are_refused_with_their_line() {
    for byte in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
        let bytes = [b'a', b';', b'1', b'\n', b'b', byte, b'\n'];
        assert_eq!(
            decode(&bytes),
            Err(EncodingError::NotWindows1252 { byte, line: 2 }),
            "{byte:#x}"
        );
    }
}

#[test]
fn utf16_with_a_bom_is_converted_both_ways_round() {
    let text = "Indikator\tDato\tVerdi\r\nSykefravær\t24.11.2026\t6,2\r\n€𝄞\r\n";
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
        be.extend_from_slice(&u.to_be_bytes());
    }
    assert_eq!(ok(&le), (text.into(), Encoding::Utf16));
    assert_eq!(ok(&be), (text.into(), Encoding::Utf16));
}

#[test]
fn broken_utf16_is_refused_at_its_line() {
    // "a\nb" and then a lone high surrogate.
    let bytes = [0xFF, 0xFE, b'a', 0, b'\n', 0, b'b', 0, 0x3D, 0xD8, b'c', 0];
    assert_eq!(decode(&bytes), Err(EncodingError::BrokenUtf16 { line: 2 }));
    // An odd byte at the end.
    let bytes = [0xFF, 0xFE, b'a', 0, b'\n', 0, b'\n', 0, b'b'];
    assert_eq!(decode(&bytes), Err(EncodingError::BrokenUtf16 { line: 3 }));
}

#[test]
fn utf16_without_a_bom_is_refused() {
    let bytes: Vec<u8> = "a;1\nb;2\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(decode(&bytes), Err(EncodingError::Utf16WithoutBom));
}

#[test]
fn a_utf8_bom_before_bytes_that_are_not_utf8_is_refused() {
    let bytes = b"\xEF\xBB\xBFa;1\r\nS\xF8r;2\r\n";
    assert_eq!(decode(bytes), Err(EncodingError::BrokenUtf8 { line: 2 }));
}

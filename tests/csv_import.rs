//! The measurement lead's data arrives (issue 18.6), through the built
//! binary on a board in a temporary folder: a CSV file saved by Norwegian
//! Excel (Windows-1252, real bytes), UTF-8 with a byte-order mark and
//! Excel's UTF-16 "Unicode text" are read and said to be; what cannot be
//! read is refused with how to save as UTF-8; `1.234` and `1,234` are
//! refused with the line and what to write, spaces as thousands separators
//! and the Unicode minus are read; two rows for one date and a date the
//! board already has are reported; `--skip-bad` counts what it stored, left
//! unchanged, replaced and skipped; every stored value is echoed with its
//! date. Expected output is written out by hand.
//!
//! Dates are fixed days in November 2026 (days that have been when the test
//! runs) and 2099 (a day still to come).

mod csv_support;
use csv_support::{day, folder, import, stderr, stdout, tavle, values};

#[test]
fn the_fixture_board_is_clean() {
    let (tmp, _) = folder();
    let out = tavle(tmp.path(), "nb", &["check", "--strict", "maaling.json"]);
    assert_eq!(stdout(&out), "1 fil sjekket: 0 feil, 0 advarsler\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_windows_1252_file_from_norwegian_excel_is_converted_and_said() {
    let (tmp, board) = folder();
    // As Norwegian Excel saves "CSV (semikolondelt)": æ 0xE6, å 0xE5,
    // Ø 0xD8, € 0x80, – 0x96; CRLF line ends; a no-break space (0xA0) in
    // the thousands.
    let bytes = b"Indikator;Dato;Verdi\r\n\
                  Sykefrav\xe6r;16.11.2026;7,5\r\n\
                  Kostnad i \x80;16.11.2026;1\xa0250\r\n\
                  Ventetid \x96 dager;16.11.2026;12\r\n\
                  Fall p\xe5 \xd8stre;16.11.2026;2\r\n";
    let out = import(tmp.path(), "nb", bytes, false);
    assert_eq!(stderr(&out), "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "m.csv: lest som Windows-1252 (ikke UTF-8), slik norsk Excel lagrer CSV; æ, ø og å er gjort om\n\
         m.csv:2: Lagret Sykefravær 16.11.2026: 7,5\n\
         m.csv:3: Lagret Kostnad i € 16.11.2026: 1250\n\
         m.csv:4: Lagret Ventetid – dager 16.11.2026: 12\n\
         m.csv:5: Lagret Fall på Østre 16.11.2026: 2\n\
         Lagret 4 målinger (0 erstattet), 0 uendret, 0 rader hoppet over\n"
    );
    let nov16 = day(2026, 11, 16);
    assert_eq!(
        values(&board, "syk"),
        vec![
            (day(2026, 11, 2), 6.2),
            (day(2026, 11, 9), 11.0),
            (nov16, 7.5)
        ]
    );
    assert_eq!(values(&board, "kost"), vec![(nov16, 1250.0)]);
    assert_eq!(values(&board, "vent"), vec![(nov16, 12.0)]);
    assert_eq!(values(&board, "fall"), vec![(nov16, 2.0)]);
}

#[test]
fn utf8_with_a_byte_order_mark_is_read_as_it_is() {
    let (tmp, board) = folder();
    let bytes = "\u{feff}indikator;dato;verdi\nSykefravær;23.11.2026;5,9\n";
    let out = import(tmp.path(), "en", bytes.as_bytes(), false);
    assert_eq!(stderr(&out), "");
    assert_eq!(
        stdout(&out),
        "m.csv:2: Stored Sykefravær 23.11.2026: 5.9\n\
         Stored 1 measurement (0 replaced), 0 unchanged, skipped 0 rows\n"
    );
    assert_eq!(
        values(&board, "syk").last(),
        Some(&(day(2026, 11, 23), 5.9))
    );
}

#[test]
fn utf16_from_excels_unicode_text_is_converted() {
    let (tmp, board) = folder();
    // Excel's "Unicode text": UTF-16 little-endian with its mark, tabs.
    let text = "Indikator\tDato\tVerdi\r\nFall på Østre\t23.11.2026\t4\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let out = import(tmp.path(), "nb", &bytes, false);
    assert_eq!(stderr(&out), "");
    assert_eq!(
        stdout(&out),
        "m.csv: lest som UTF-16 (Excels «Unicode-tekst») og gjort om\n\
         m.csv:2: Lagret Fall på Østre 23.11.2026: 4\n\
         Lagret 1 måling (0 erstattet), 0 uendret, 0 rader hoppet over\n"
    );
    assert_eq!(values(&board, "fall"), vec![(day(2026, 11, 23), 4.0)]);
}

#[test]
fn what_cannot_be_read_is_refused_with_how_to_save_as_utf8() {
    let (tmp, board) = folder();
    let before = std::fs::read(&board).unwrap();
    let how = "ingenting er lest. Lagre fila som UTF-8: i Excel Fil → Lagre som → \
               «CSV UTF-8 (kommadelt) (*.csv)»; i Notisblokk Lagre som → Koding: UTF-8";
    // UTF-16 broken off after "fall\t23.11.2026\t4\r\n" and half a character.
    let mut broken = vec![0xFF, 0xFE];
    broken.extend(
        "fall\t23.11.2026\t4\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    broken.push(b'x');
    let no_bom: Vec<u8> = "fall;23.11.2026;4\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let cases: [(&[u8], String); 4] = [
        (
            &broken,
            format!("tavle: m.csv er UTF-16, men er ødelagt på linje 2; {how}\n"),
        ),
        (
            &no_bom,
            format!(
                "tavle: m.csv ser ut som UTF-16 uten merket (BOM) som sier hvilken byte \
                 som kommer først; {how}\n"
            ),
        ),
        // The old DOS code page: Ø is 0x9D, which Windows-1252 leaves out.
        (
            b"fall;23.11.2026;4\n\x9Dstre;23.11.2026;1\n",
            format!(
                "tavle: m.csv er verken UTF-8 eller Windows-1252 (byte 0x9D på linje 2 \
                 er ingen bokstav der); {how}\n"
            ),
        ),
        (
            b"\xEF\xBB\xBFfall;23.11.2026;4\nS\xF8r;23.11.2026;1\n",
            format!("tavle: m.csv begynner som UTF-8, men linje 2 er ikke UTF-8; {how}\n"),
        ),
    ];
    for (bytes, said) in cases {
        let out = import(tmp.path(), "nb", bytes, true);
        assert_eq!(stderr(&out), said);
        assert_eq!(stdout(&out), "");
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(std::fs::read(&board).unwrap(), before, "nothing written");
    }
}

#[test]
fn ambiguous_numbers_are_refused_with_the_line_and_what_to_write() {
    let (tmp, board) = folder();
    let before = std::fs::read(&board).unwrap();
    let csv = "syk;16.11.2026;1.234\n\
               syk;17.11.2026;1,234\n\
               syk;18.11.2026;1 234\n\
               syk;19.11.2026;1\u{a0}234\n\
               syk;20.11.2026;12,5\n\
               syk;21.11.2026;12.5\n\
               syk;22.11.2026;\u{2212}3,5\n\
               syk;23.11.2026;-2\n";
    let out = import(tmp.path(), "nb", csv.as_bytes(), false);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "m.csv:1: error: `1.234` kan leses på to måter (tusenskille eller desimaltegn?): \
         skriv 1234 eller 1 234 om det er tusener, 1.2340 om det er desimaler\n\
         m.csv:2: error: `1,234` kan leses på to måter (tusenskille eller desimaltegn?): \
         skriv 1234 eller 1 234 om det er tusener, 1,2340 om det er desimaler\n\
         tavle: 2 rader med feil: ingenting er skrevet (bruk --skip-bad for å importere resten)\n"
    );
    assert_eq!(std::fs::read(&board).unwrap(), before, "nothing written");

    let out = import(tmp.path(), "nb", csv.as_bytes(), true);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "m.csv:3: Lagret Sykefravær 18.11.2026: 1234\n\
         m.csv:4: Lagret Sykefravær 19.11.2026: 1234\n\
         m.csv:5: Lagret Sykefravær 20.11.2026: 12,5\n\
         m.csv:6: Lagret Sykefravær 21.11.2026: 12,5\n\
         m.csv:7: Lagret Sykefravær 22.11.2026: -3,5\n\
         m.csv:8: Lagret Sykefravær 23.11.2026: -2\n\
         Lagret 6 målinger (0 erstattet), 0 uendret, 2 rader hoppet over\n"
    );
    assert_eq!(
        values(&board, "syk")[2..],
        [
            (day(2026, 11, 18), 1234.0),
            (day(2026, 11, 19), 1234.0),
            (day(2026, 11, 20), 12.5),
            (day(2026, 11, 21), 12.5),
            (day(2026, 11, 22), -3.5),
            (day(2026, 11, 23), -2.0),
        ]
    );
}

#[test]
fn measure_add_refuses_an_ambiguous_value_and_reads_a_unicode_minus() {
    let (tmp, board) = folder();
    let before = std::fs::read(&board).unwrap();
    let add = |value: &str, date: &str| {
        tavle(
            tmp.path(),
            "en",
            &[
                "measure", "add", "--dir", ".", "maaling", "syk", value, "--date", date,
            ],
        )
    };
    let out = add("1.234", "2026-11-16");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "tavle: `1.234` can be read two ways: write 1234 or 1 234 for thousands, \
         1.2340 for decimals\n"
    );
    assert_eq!(std::fs::read(&board).unwrap(), before, "nothing written");
    let out = add("\u{2212}4,5", "2026-11-16");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "Stored Sykefravær 16.11.2026: -4.5\n");
    let out = add("1 234,5", "2026-11-09");
    assert_eq!(
        stdout(&out),
        "Stored Sykefravær 09.11.2026: 1234.5 (replaced 11)\n"
    );
    assert_eq!(
        values(&board, "syk"),
        vec![
            (day(2026, 11, 2), 6.2),
            (day(2026, 11, 9), 1234.5),
            (day(2026, 11, 16), -4.5)
        ]
    );
}

/// Rows that replace, leave unchanged, repeat, conflict, name nothing, are
/// bad or are dated to come, each on its own line.
const MIXED: &str = "indikator;dato;verdi\n\
                     Sykefravær;09.11.2026;12,5\n\
                     Sykefravær;02.11.2026;6,2\n\
                     Sykefravær;16.11.2026;x\n\
                     Trivsel;16.11.2026;3\n\
                     Fall på Østre;16.11.2026;1\n\
                     fall;16.11.2026;1\n\
                     kost;16.11.2026;100\n\
                     kost;16.11.2026;200\n\
                     vent;2099-01-01;5\n";

#[test]
fn skip_bad_counts_what_it_stored_replaced_left_and_skipped() {
    let (tmp, board) = folder();
    let before = std::fs::read(&board).unwrap();
    let out = import(tmp.path(), "nb", MIXED.as_bytes(), false);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "m.csv:4: error: `x` er ikke et tall\n\
         m.csv:5: error: tavla har ingen indikator «Trivsel»; indikatorene er: \
         Sykefravær, Kostnad i €, Ventetid – dager, Fall på Østre\n\
         m.csv:7: warning: samme indikator, dato og verdi som linje 6: lagret én gang\n\
         m.csv:8: error: Kostnad i € får ulike verdier for 16.11.2026 \
         (linje 8: 100; linje 9: 200): ingen av dem er lagret, behold én av radene\n\
         m.csv:9: error: Kostnad i € får ulike verdier for 16.11.2026 \
         (linje 8: 100; linje 9: 200): ingen av dem er lagret, behold én av radene\n\
         m.csv:10: error: `2099-01-01` er 01.01.2099, en dag som ikke har kommet ennå\n\
         tavle: 5 rader med feil: ingenting er skrevet (bruk --skip-bad for å importere resten)\n"
    );
    assert_eq!(std::fs::read(&board).unwrap(), before, "nothing written");

    let out = import(tmp.path(), "nb", MIXED.as_bytes(), true);
    assert_eq!(out.status.code(), Some(0));
    // Nine data rows: 2 stored (1 of them replaced) + 1 unchanged + 6 skipped.
    assert_eq!(
        stdout(&out),
        "m.csv:2: Lagret Sykefravær 09.11.2026: 12,5 (erstattet 11)\n\
         m.csv:3: Uendret Sykefravær 02.11.2026: 6,2 (sto der fra før)\n\
         m.csv:6: Lagret Fall på Østre 16.11.2026: 1\n\
         Lagret 2 målinger (1 erstattet), 1 uendret, 6 rader hoppet over\n"
    );
    let err = stderr(&out);
    let skipped: Vec<&str> = err.lines().map(|l| l.split(": ").next().unwrap()).collect();
    assert_eq!(
        skipped,
        [
            "m.csv:4", "m.csv:5", "m.csv:7", "m.csv:8", "m.csv:9", "m.csv:10"
        ]
    );
    assert!(
        stderr(&out).lines().all(|l| l.contains(": warning: ")),
        "skipped rows are warnings with --skip-bad: {}",
        stderr(&out)
    );
    assert_eq!(
        values(&board, "syk"),
        vec![(day(2026, 11, 2), 6.2), (day(2026, 11, 9), 12.5)]
    );
    assert_eq!(values(&board, "fall"), vec![(day(2026, 11, 16), 1.0)]);
    assert_eq!(values(&board, "kost"), vec![]);
    assert_eq!(values(&board, "vent"), vec![]);

    // Again: every stored row is now there already, and nothing is written.
    let after = std::fs::read(&board).unwrap();
    let out = import(tmp.path(), "nb", MIXED.as_bytes(), true);
    assert_eq!(
        stdout(&out),
        "m.csv:2: Uendret Sykefravær 09.11.2026: 12,5 (sto der fra før)\n\
         m.csv:3: Uendret Sykefravær 02.11.2026: 6,2 (sto der fra før)\n\
         m.csv:6: Uendret Fall på Østre 16.11.2026: 1 (sto der fra før)\n\
         Lagret 0 målinger (0 erstattet), 3 uendret, 6 rader hoppet over\n"
    );
    assert_eq!(std::fs::read(&board).unwrap(), after, "nothing written");
}

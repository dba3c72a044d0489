//! Printing, for every subcommand: the only way the command line writes to
//! stdout and stderr. Every line passes [`sanitize`] (control characters,
//! escape sequences and bidi controls become visible; identity numbers are
//! masked), whatever it holds: a title, an id, a file name, an argument or
//! tavle's own words. JSON gets the same protection as escapes inside its
//! strings ([`json_safe`]), so it stays valid JSON with the same data.
//!
//! It must not decide what to say (the subcommands do) and must not hold
//! stdout locked: the screen writes to it too.

use std::io::Write;

use crate::cli::CliError;
use crate::i18n::Lang;
use tavle_core::text::sanitize;

/// How a command ended, as its exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: done.
    Ok,
    /// 1: problems found, or the change was refused (nothing written).
    Problems,
    /// 2: the command line itself was wrong (nothing tried).
    Usage,
}

impl Exit {
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Problems => 1,
            Exit::Usage => 2,
        }
    }
}

/// Where a command prints, in which language.
pub struct Io<'a> {
    pub lang: Lang,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl<'a> Io<'a> {
    /// Print to `out` (stdout) and `err` (stderr) in `lang`.
    pub fn new(lang: Lang, out: &'a mut dyn Write, err: &'a mut dyn Write) -> Io<'a> {
        Io { lang, out, err }
    }

    /// Say why the command did not do what was asked, as `tavle: message`
    /// on stderr; the exit code that goes with it. The one way every
    /// subcommand fails.
    pub fn fail(&mut self, e: impl Into<CliError>) -> Exit {
        let e = e.into();
        let text = e.message(self.lang);
        let _ = self
            .err
            .write_all(safe_lines(&format!("tavle: {text}\n")).as_bytes());
        e.exit()
    }

    /// One line on stdout.
    pub fn say(&mut self, line: &str) {
        self.print(&format!("{line}\n"));
    }

    /// Text of any length on stdout, line ends kept.
    pub fn print(&mut self, text: &str) {
        let _ = self.out.write_all(safe_lines(text).as_bytes());
    }

    /// One line on stderr, for warnings that are not the command's outcome.
    pub fn warn(&mut self, line: &str) {
        self.print_err(&format!("{line}\n"));
    }

    /// The edit was saved but its change-log line was not: say that the
    /// minutes will miss it (a warning; the exit code stays 0).
    pub fn warn_log(&mut self, saved: &crate::folder::store::Saved) {
        if let Some(e) = &saved.log_error {
            let reason = crate::i18n::fs_error(self.lang, &e.kind, &e.path.display().to_string());
            let text = crate::i18n::msg(self.lang, &crate::i18n::Msg::LogFailed(reason));
            self.warn(&format!("tavle: {text}"));
        }
    }

    /// Text of any length on stderr, line ends kept.
    pub fn print_err(&mut self, text: &str) {
        let _ = self.err.write_all(safe_lines(text).as_bytes());
    }

    /// JSON on stdout (see [`json_safe`]).
    pub fn json(&mut self, text: &str) {
        let _ = self.out.write_all(json_safe(text).as_bytes());
    }
}

/// `text` with each line through [`sanitize`] and the line ends kept (a
/// `\n` ends a line; any other control character is made visible). The
/// identity-number mask sees the whole text first, so a number written over
/// two lines (a note) is masked on both.
pub fn safe_lines(text: &str) -> String {
    /// Below this, one core does it (a report of 10,000 boards is 21 MB).
    const PART: usize = 1 << 20;
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads <= 1 || text.len() <= PART {
        return safe_part(text);
    }
    let parts = at_blank_lines(text, text.len().div_ceil(threads));
    std::thread::scope(|s| {
        let handles: Vec<_> = parts[1..]
            .iter()
            .map(|part| s.spawn(move || safe_part(part)))
            .collect();
        let mut out = safe_part(parts[0]);
        for h in handles {
            match h.join() {
                Ok(part) => out.push_str(&part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

/// `text` cut into parts of about `size` bytes, each cut right after a
/// blank line (`\n\n`), where no identity number can go on: its groups
/// may have one line break between them, not two. So each part is masked
/// as the whole text would be. Never empty: the text itself when it has no
/// blank line to cut at.
fn at_blank_lines(text: &str, size: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    while rest.len() > size {
        // `size` may fall inside a letter: look for the cut from a byte on.
        let from = (size..rest.len())
            .find(|&i| rest.is_char_boundary(i))
            .unwrap_or(rest.len());
        let Some(at) = rest[from..].find("\n\n") else {
            break;
        };
        let cut = from + at + 2;
        parts.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    parts.push(rest);
    parts
}

/// [`safe_lines`] of one part, on the thread that calls it.
fn safe_part(text: &str) -> String {
    let text = tavle_core::privacy::mask(text);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.strip_suffix('\n') {
            Some(body) => {
                out.push_str(&sanitize(body));
                out.push('\n');
            }
            None => out.push_str(&sanitize(line)),
        }
    }
    out
}

/// JSON text made safe for a terminal without changing what it says:
/// identity numbers in its strings masked (as everywhere), and the
/// characters serde_json writes raw that a terminal acts on — C1 controls,
/// bidi controls, the line and paragraph separators — written as `\uXXXX`
/// escapes. C0 controls are already escaped by serde_json.
///
/// A number value that is an identity number (an indicator value
/// `41020312345`, written `41020312345.0` or `4.1020312345e10`) cannot be
/// masked and stay a number: it becomes the masked string
/// `"******12345"`, so the JSON stays valid and the number is not in it.
pub fn json_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        out.push_str(&masked_numbers(&rest[..start]));
        let literal_len = string_literal_len(&rest[start..]);
        let literal = &rest[start..start + literal_len];
        out.push_str(&masked_literal(literal));
        rest = &rest[start + literal_len..];
    }
    out.push_str(&masked_numbers(rest));
    escape_for_terminal(&out)
}

/// JSON text between string literals with every number whose value is an
/// identity number replaced by its masked form as a JSON string.
fn masked_numbers(between: &str) -> std::borrow::Cow<'_, str> {
    let number = |b: u8| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E');
    let bytes = between.as_bytes();
    let mut out = String::new();
    let (mut done, mut i) = (0, 0);
    while i < bytes.len() {
        if !(bytes[i] == b'-' || bytes[i].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(|&b| !number(b))
            .map_or(bytes.len(), |n| i + n);
        if let Some(masked) = tavle_core::privacy::mask_number(&between[i..end])
            && let Ok(string) = serde_json::to_string(&masked)
        {
            out.push_str(&between[done..i]);
            out.push_str(&string);
            done = end;
        }
        i = end;
    }
    if done == 0 {
        return std::borrow::Cow::Borrowed(between);
    }
    out.push_str(&between[done..]);
    std::borrow::Cow::Owned(out)
}

/// The length of the JSON string literal at the start of `s` (which starts
/// with `"`), closing quote included; the rest of `s` when it never closes.
fn string_literal_len(s: &str) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// A JSON string literal with its identity numbers masked, re-encoded only
/// when that changed it (masking works on the decoded text: an escape such
/// as `\u0031` must not hide or fake a digit).
fn masked_literal(literal: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Without a backslash the text between the quotes is the value itself
    // (the common case: decoding and copying every string of a 10,000
    // boards' report took most of `--format json`'s time).
    let plain = literal
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .filter(|v| !v.contains('\\'));
    let value = match plain {
        Some(v) => Cow::Borrowed(v),
        None => match serde_json::from_str::<String>(literal) {
            Ok(v) => Cow::Owned(v),
            Err(_) => return Cow::Borrowed(literal),
        },
    };
    match tavle_core::privacy::mask(&value) {
        Cow::Borrowed(_) => Cow::Borrowed(literal),
        Cow::Owned(masked) => serde_json::to_string(&masked)
            .map(Cow::Owned)
            .unwrap_or(Cow::Borrowed(literal)),
    }
}

/// Every character a terminal could act on, as a JSON `\uXXXX` escape.
fn escape_for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // Printable ASCII and line ends are copied a run at a time.
        let run = rest
            .bytes()
            .position(|b| !(b == b'\n' || (0x20..0x7F).contains(&b)))
            .unwrap_or(rest.len());
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        let acts = c.is_control() && c != '\n'
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}');
        if acts {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An identity number that passes the check digits.
    fn number() -> String {
        (0..1000u32)
            .find_map(|i| {
                let mut d = vec![0u8, 1, 0, 2, 0, 3];
                d.extend([(i / 100) as u8, (i / 10 % 10) as u8, (i % 10) as u8]);
                let (k1, k2) = tavle_core::privacy::check_digits(&d)?;
                d.extend([k1, k2]);
                Some(d.iter().map(|x| char::from(b'0' + x)).collect())
            })
            .unwrap()
    }

    #[test]
    fn json_stays_valid_and_says_the_same_but_nothing_acts_on_the_terminal() {
        let n = number();
        let value = serde_json::json!({
            "title": "a\u{9b}31m\u{202e}b\u{2028}\u{1b}]52;c;x\u{7}",
            "owner": format!("Ring {n}"),
            "id": "k\u{85}1",
            "value": 6.2
        });
        let raw = serde_json::to_string_pretty(&value).unwrap();
        assert!(raw.contains('\u{9b}'), "serde_json writes C1 raw");
        let safe = json_safe(&raw);
        assert!(
            !safe.chars().any(|c| c.is_control() && c != '\n'
                || ('\u{202A}'..='\u{202E}').contains(&c)
                || c == '\u{2028}'),
            "{safe:?}"
        );
        assert!(!safe.contains(&n), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["title"], value["title"]);
        assert_eq!(back["id"], value["id"]);
        assert_eq!(back["owner"], format!("Ring ******{}", &n[6..]));
        assert_eq!(back["value"], value["value"]);
        // A number written with escapes is masked too, and a quote inside a
        // string does not end it.
        let tricky = format!("{{\"a\": \"\\\"\\u0030{}\", \"b\": 1}}", &n[1..]);
        let back: serde_json::Value = serde_json::from_str(&json_safe(&tricky)).unwrap();
        assert_eq!(back["a"], format!("\"******{}", &n[6..]));
        assert_eq!(back["b"], 1);
    }

    #[test]
    fn a_number_value_that_is_an_identity_number_becomes_a_masked_string() {
        // A valid number that does not start with 0, so it can be a JSON number.
        let n = (0..1000u32)
            .find_map(|i| {
                let mut d = vec![4u8, 1, 0, 2, 0, 3];
                d.extend([(i / 100) as u8, (i / 10 % 10) as u8, (i % 10) as u8]);
                let (k1, k2) = tavle_core::privacy::check_digits(&d)?;
                d.extend([k1, k2]);
                Some(d.iter().map(|x| char::from(b'0' + x)).collect::<String>())
            })
            .unwrap();
        let v: f64 = n.parse().unwrap();
        let value = serde_json::json!({
            "latest": v, "target": 6.2, "median": -v, "points": 12,
            "title": format!("{} {}", &n[..6], &n[6..]),
            "note": format!("{}\n{}", &n[..6], &n[6..]),
        });
        let raw = serde_json::to_string_pretty(&value).unwrap();
        assert!(raw.contains(&format!("{n}.0")), "{raw}");
        let exp = raw.replace(&format!("{n}.0"), &format!("{}.{}e10", &n[..1], &n[1..]));
        for raw in [raw, exp] {
            let safe = json_safe(&raw);
            assert!(!safe.contains(&n[..6]), "{safe}");
            let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
            let shown = format!("******{}", &n[6..]);
            assert_eq!(back["latest"], shown.as_str());
            assert_eq!(back["median"], format!("-{shown}").as_str());
            assert_eq!(back["target"], 6.2);
            assert_eq!(back["points"], 12);
            assert_eq!(back["title"], format!("****** {}", &n[6..]).as_str());
            assert_eq!(back["note"], format!("******\n{}", &n[6..]).as_str());
        }
    }

    #[test]
    fn what_a_terminal_acts_on_is_escaped_one_character_at_a_time_and_the_rest_kept() {
        let s = "a\tb\nc\u{7f}d\u{9b}2Jæø\u{202e}å🙂\u{2029}z\r";
        assert_eq!(
            escape_for_terminal(s),
            "a\\u0009b\nc\\u007Fd\\u009B2Jæø\\u202Eå🙂\\u2029z\\u000D"
        );
        assert_eq!(escape_for_terminal(""), "");
        assert_eq!(escape_for_terminal("plain ascii\n"), "plain ascii\n");
    }

    #[test]
    fn a_string_is_masked_whether_or_not_it_has_escapes() {
        let n = number();
        let masked = format!("******{}", &n[6..]);
        // No backslash: the text between the quotes is the value.
        assert_eq!(
            masked_literal(&format!("\"Ring {n}\"")),
            format!("\"Ring {masked}\"")
        );
        // An escape before it: decoded, masked, written again.
        assert_eq!(
            masked_literal(&format!("\"\\\"{n}\\\"\"")),
            format!("\"\\\"{masked}\\\"\"")
        );
        // A digit written as an escape is a digit.
        let escaped_first = format!(
            "\"\\u00{:x}{}\"",
            0x30 + u32::from(n.as_bytes()[0] - b'0'),
            &n[1..]
        );
        assert_eq!(masked_literal(&escaped_first), format!("\"{masked}\""));
        // Nothing to mask: the literal as it was, escapes and all.
        assert_eq!(masked_literal("\"a\\u00e5 12\""), "\"a\\u00e5 12\"");
        assert_eq!(masked_literal("\"ikke lukket"), "\"ikke lukket");
    }

    #[test]
    fn text_made_safe_in_parts_is_the_text_made_safe_whole() {
        let n = number();
        // Identity numbers whole, over one line break, split by a blank
        // line (not one), next to blank lines and at the very ends; a
        // control character and letters of two bytes between.
        let pieces = [
            n.clone(),
            format!("{}\n{}", &n[..6], &n[6..]),
            format!("{}\n\n{}", &n[..6], &n[6..]),
            format!("{} {}", &n[..6], &n[6..]),
            "\n\n".to_string(),
            "\n".to_string(),
            "æøå ".to_string(),
            "\u{1b}[2J".to_string(),
            "tekst 12 ".to_string(),
        ];
        let mut state = 24u64;
        for round in 0..200 {
            let mut text = String::new();
            for _ in 0..(round % 40 + 1) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(&pieces[(state >> 33) as usize % pieces.len()]);
            }
            let whole = safe_part(&text);
            for size in [1, 2, 3, 7, 16, 64] {
                let parts = at_blank_lines(&text, size);
                assert_eq!(parts.concat(), text);
                assert!(parts[..parts.len() - 1].iter().all(|p| p.ends_with("\n\n")));
                let joined: String = parts.iter().map(|p| safe_part(p)).collect();
                assert_eq!(joined, whole, "{text:?} in parts of {size}");
            }
        }
        // The number split by a blank line is two short numbers, shown;
        // over one line break it is masked.
        let shown = safe_part(&format!(
            "{}\n\n{}|{}\n{}",
            &n[..6],
            &n[6..],
            &n[..6],
            &n[6..]
        ));
        assert_eq!(
            shown,
            format!("{}\n\n{}|******\n{}", &n[..6], &n[6..], &n[6..])
        );
    }

    #[test]
    fn a_number_over_two_lines_is_masked_before_the_lines_are_split() {
        let n = (0..1000u32)
            .find_map(|i| {
                let mut d = vec![1u8, 5, 0, 3, 8, 4];
                d.extend([(i / 100) as u8, (i / 10 % 10) as u8, (i % 10) as u8]);
                let (k1, k2) = tavle_core::privacy::check_digits(&d)?;
                d.extend([k1, k2]);
                Some(d.iter().map(|x| char::from(b'0' + x)).collect::<String>())
            })
            .unwrap();
        let shown = safe_lines(&format!("Ring {}\n{} i dag\n", &n[..6], &n[6..]));
        assert_eq!(shown, format!("Ring ******\n{} i dag\n", &n[6..]));
    }

    #[test]
    fn every_line_is_sanitized_and_line_ends_stay() {
        let shown = safe_lines("a\u{1b}[2J\n\u{9b}b\r\nc");
        assert_eq!(shown, "a␛[2J\n\u{FFFD}b␍\nc");
    }

    #[test]
    fn failing_prints_one_line_on_stderr_and_gives_the_exit_code() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut io = Io::new(Lang::En, &mut out, &mut err);
        let exit = io.fail(CliError::BadLight("bl\u{1b}]0;x\u{7}å".into()));
        assert_eq!(exit, Exit::Usage);
        let err = String::from_utf8(err).unwrap();
        assert!(err.starts_with("tavle: `bl␛]0;x␇å`"), "{err}");
        assert_eq!(err.lines().count(), 1);
        assert!(out.is_empty());
    }
}

//! Tests of [`super`].

use super::*;

fn err(text: &str) -> SyntaxError {
    match parse(text) {
        Err(e) => e,
        Ok(n) => panic!("parsed {text:?} as {n:?}"),
    }
}

#[test]
fn parses_nested_values_with_spans() {
    let text = r#"{"a": [1, -2.5e3, true, null], "b": "x\u00f8\n"}"#;
    let node = parse(text).unwrap();
    let a = node.get("a").unwrap();
    assert_eq!(
        &text[a.node.span.start..a.node.span.end],
        "[1, -2.5e3, true, null]"
    );
    let b = node.get("b").unwrap();
    assert_eq!(b.node.value, Value::String("xø\n".into()));
    assert_eq!(&text[b.key_span.start..b.key_span.end], "\"b\"");
}

#[test]
fn surrogate_pairs_decode() {
    let node = parse(r#""\ud83d\ude00""#).unwrap();
    assert_eq!(node.value, Value::String("😀".into()));
    assert_eq!(err(r#""\ud83d""#).kind, SyntaxErrorKind::BadUnicodeEscape);
    assert_eq!(err(r#""\ude00""#).kind, SyntaxErrorKind::BadUnicodeEscape);
}

#[test]
fn rejects_what_json_rejects() {
    assert_eq!(err("{\"a\": 1,}").kind, SyntaxErrorKind::TrailingComma);
    assert_eq!(
        err("[1,]"),
        SyntaxError {
            offset: 2,
            kind: SyntaxErrorKind::TrailingComma
        }
    );
    assert_eq!(err("{'a': 1}").kind, SyntaxErrorKind::SingleQuote);
    assert_eq!(err("[1] // x").kind, SyntaxErrorKind::TrailingText);
    assert_eq!(err("[1, // x\n 2]").kind, SyntaxErrorKind::Comment);
    assert_eq!(err("01").kind, SyntaxErrorKind::BadNumber);
    assert_eq!(err("1.").kind, SyntaxErrorKind::BadNumber);
    assert_eq!(err("\"a\tb\"").kind, SyntaxErrorKind::ControlInString('\t'));
    assert_eq!(
        err("\"a\u{0}b\"").kind,
        SyntaxErrorKind::ControlInString('\u{0}')
    );
    assert_eq!(err("\"\\x\"").kind, SyntaxErrorKind::BadEscape);
    assert_eq!(err("{\"a\" 1}").kind, SyntaxErrorKind::ExpectedColon('1'));
    assert_eq!(
        err("{\"a\": 1 \"b\": 2}").kind,
        SyntaxErrorKind::ExpectedCommaOrBrace('"')
    );
    assert_eq!(
        err("[1 2]").kind,
        SyntaxErrorKind::ExpectedCommaOrBracket('2')
    );
    assert_eq!(
        err("{\"a\": tru}").kind,
        SyntaxErrorKind::UnexpectedChar('}')
    );
    assert_eq!(err("").kind, SyntaxErrorKind::UnexpectedEnd);
    assert_eq!(err("{\"a\": ").kind, SyntaxErrorKind::UnexpectedEnd);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let text = "[".repeat(100_000);
    assert_eq!(err(&text).kind, SyntaxErrorKind::TooDeep);
}

#[test]
fn error_offsets_are_exact() {
    let text = "{\n  \"a\": 1,\n  \"b\": ?\n}";
    let e = err(text);
    assert_eq!(line_col(text, e.offset), (3, 8));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "{\"æøå\": x}";
    let e = err(text);
    assert_eq!(line_col(text, e.offset), (1, 9));
}

#[test]
fn agrees_with_serde_json_on_many_inputs() {
    // Every prefix of a valid document, and single-byte corruptions of it:
    // we must accept exactly what serde_json accepts.
    let doc = r#"{"a":[1,2.5,-0,1e-3,"s\"\u00e6",true,false,null],"b":{"c":{}},"d":[]}"#;
    let bytes = doc.as_bytes();
    let mut cases: Vec<String> = (0..=bytes.len()).map(|n| doc[..n].to_string()).collect();
    for i in 0..bytes.len() {
        for repl in [b'x', b',', b'"', b'}', b']', b' ', b'0', b'-'] {
            let mut b = bytes.to_vec();
            b[i] = repl;
            if let Ok(s) = String::from_utf8(b) {
                cases.push(s);
            }
        }
    }
    for case in cases {
        let ours = parse(&case).is_ok();
        let theirs = serde_json::from_str::<serde_json::Value>(&case).is_ok();
        assert_eq!(ours, theirs, "disagree on {case:?}");
    }
}

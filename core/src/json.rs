//! A strict JSON parser (RFC 8259) that keeps the byte span of every value.
//!
//! Why our own: serde_json reports where a *syntax* error is, but not where a
//! well-formed value sits, so `tavle check` could not point at
//! `"column": "ferdig"` in card 7. The well-kept crate that does give value
//! ranges, `jsonc-parser` (dprint), was tried in its strict mode (comments,
//! loose keys and trailing commas off; version 0.26, December 2026): it still
//! accepts a raw tab inside a string, single-quoted strings and `[1 2]` with
//! no comma — files serde_json and other tools reject — and it overflows the
//! stack, aborting the process, on 200 000 nested `[` — a file anyone with
//! write access to the folder could plant. This parser is small, accepts
//! exactly what serde_json accepts (a test checks every prefix and one-byte
//! corruption of a board), never recurses deeper than [`MAX_DEPTH`], and
//! reports errors as values, never panics.

use std::borrow::Cow;

/// Byte offsets `start..end` into the parsed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A parsed JSON value with its span. Its strings borrow from the parsed
/// text where they can (no escape in them): a region's 10,000 boards hold
/// some 3 million keys and strings, and a copy of each was most of the
/// parser's time.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub span: Span,
    pub value: Value<'a>,
}

/// One `"key": value` member of an object, in file order (duplicates kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Member<'a> {
    pub key: Cow<'a, str>,
    pub key_span: Span,
    pub node: Node<'a>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number's exact source text, so nothing is lost in a round trip.
    Number(&'a str),
    /// The string's text, escapes resolved (borrowed when it has none).
    String(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    Object(Vec<Member<'a>>),
}

/// Nesting deeper than this is refused instead of overflowing the stack.
pub const MAX_DEPTH: usize = 128;

/// What went wrong, and where (a byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub kind: SyntaxErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// The text ended where more was expected.
    UnexpectedEnd,
    /// A character that cannot start or continue a value here.
    UnexpectedChar(char),
    /// `,` or `}` expected after an object member.
    ExpectedCommaOrBrace(char),
    /// `,` or `]` expected after an array element.
    ExpectedCommaOrBracket(char),
    /// `:` expected after a key.
    ExpectedColon(char),
    /// A key must be a string in double quotes.
    ExpectedKey(char),
    /// A comma right before `}` or `]`.
    TrailingComma,
    /// A raw control character (such as a tab, a newline or a NUL) inside a
    /// string; which one, so that the message can name it.
    ControlInString(char),
    /// A backslash escape that JSON does not have.
    BadEscape,
    /// A `\u` escape that is not four hex digits or pairs surrogates wrongly.
    BadUnicodeEscape,
    /// A malformed number (leading zero, missing digits).
    BadNumber,
    /// Something after the one top-level value.
    TrailingText,
    /// Nested more than [`MAX_DEPTH`] levels.
    TooDeep,
    /// A string quoted with `'` instead of `"`.
    SingleQuote,
    /// A comment (`//` or `/* */`), which JSON does not allow.
    Comment,
}

/// Parse `text` as exactly one JSON value surrounded by optional whitespace.
pub fn parse(text: &str) -> Result<Node<'_>, SyntaxError> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        i: 0,
        depth: 0,
        members: Vec::new(),
        items: Vec::new(),
    };
    p.ws();
    let node = p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err_here(SyntaxErrorKind::TrailingText));
    }
    Ok(node)
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    depth: usize,
    /// The members of the objects being read, innermost last: each
    /// object's list is made once, at its size, when it ends (a list grown
    /// member by member was allocated three times over for a card).
    members: Vec<Member<'a>>,
    /// The same for the items of the arrays being read.
    items: Vec<Node<'a>>,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn char_at(&self, i: usize) -> char {
        self.text
            .get(i..)
            .and_then(|t| t.chars().next())
            .unwrap_or('\u{FFFD}')
    }

    fn err(&self, offset: usize, kind: SyntaxErrorKind) -> SyntaxError {
        SyntaxError { offset, kind }
    }

    /// An error at the current position; at the end of input it becomes `UnexpectedEnd`.
    fn err_here(&self, kind: SyntaxErrorKind) -> SyntaxError {
        if self.i >= self.s.len() {
            self.err(self.s.len(), SyntaxErrorKind::UnexpectedEnd)
        } else {
            self.err(self.i, kind)
        }
    }

    fn unexpected(&self) -> SyntaxError {
        match self.peek() {
            None => self.err(self.i, SyntaxErrorKind::UnexpectedEnd),
            Some(b'\'') => self.err(self.i, SyntaxErrorKind::SingleQuote),
            Some(b'/') => self.err(self.i, SyntaxErrorKind::Comment),
            Some(_) => self.err(
                self.i,
                SyntaxErrorKind::UnexpectedChar(self.char_at(self.i)),
            ),
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Node<'a>, SyntaxError> {
        let start = self.i;
        let value = match self.peek() {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            _ => return Err(self.unexpected()),
        };
        Ok(Node {
            span: Span { start, end: self.i },
            value,
        })
    }

    fn literal(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, SyntaxError> {
        let w = word.as_bytes();
        for (k, b) in w.iter().enumerate() {
            if self.s.get(self.i + k) != Some(b) {
                self.i += k;
                return Err(self.unexpected());
            }
        }
        self.i += w.len();
        Ok(value)
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(self.i, SyntaxErrorKind::TooDeep));
        }
        Ok(())
    }

    fn object(&mut self) -> Result<Value<'a>, SyntaxError> {
        self.enter()?;
        self.i += 1; // '{'
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::Object(Vec::new()));
        }
        let base = self.members.len();
        let mut comma = 0;
        loop {
            self.ws();
            let key_start = self.i;
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                Some(b'}') if self.members.len() > base => {
                    return Err(self.err(comma, SyntaxErrorKind::TrailingComma));
                }
                Some(b'\'') => return Err(self.err(self.i, SyntaxErrorKind::SingleQuote)),
                Some(b'/') => return Err(self.err(self.i, SyntaxErrorKind::Comment)),
                None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                Some(_) => {
                    return Err(
                        self.err(self.i, SyntaxErrorKind::ExpectedKey(self.char_at(self.i)))
                    );
                }
            };
            let key_span = Span {
                start: key_start,
                end: self.i,
            };
            self.ws();
            match self.peek() {
                Some(b':') => self.i += 1,
                None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                Some(_) => {
                    return Err(
                        self.err(self.i, SyntaxErrorKind::ExpectedColon(self.char_at(self.i)))
                    );
                }
            }
            self.ws();
            let node = self.value()?;
            self.members.push(Member {
                key,
                key_span,
                node,
            });
            self.ws();
            match self.peek() {
                Some(b',') => {
                    comma = self.i;
                    self.i += 1;
                }
                Some(b'}') => {
                    self.i += 1;
                    break;
                }
                Some(b'/') => return Err(self.err(self.i, SyntaxErrorKind::Comment)),
                None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                Some(_) => {
                    return Err(self.err(
                        self.i,
                        SyntaxErrorKind::ExpectedCommaOrBrace(self.char_at(self.i)),
                    ));
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Object(self.members.split_off(base)))
    }

    fn array(&mut self) -> Result<Value<'a>, SyntaxError> {
        self.enter()?;
        self.i += 1; // '['
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(Value::Array(Vec::new()));
        }
        let base = self.items.len();
        let mut comma = 0;
        loop {
            self.ws();
            if self.peek() == Some(b']') && self.items.len() > base {
                return Err(self.err(comma, SyntaxErrorKind::TrailingComma));
            }
            let item = self.value()?;
            self.items.push(item);
            self.ws();
            match self.peek() {
                Some(b',') => {
                    comma = self.i;
                    self.i += 1;
                }
                Some(b']') => {
                    self.i += 1;
                    break;
                }
                Some(b'/') => return Err(self.err(self.i, SyntaxErrorKind::Comment)),
                None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                Some(_) => {
                    return Err(self.err(
                        self.i,
                        SyntaxErrorKind::ExpectedCommaOrBracket(self.char_at(self.i)),
                    ));
                }
            }
        }
        self.depth -= 1;
        Ok(Value::Array(self.items.split_off(base)))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                Some(_) => return Err(self.err(self.i, SyntaxErrorKind::BadUnicodeEscape)),
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.i += 1; // opening quote
        let start = self.i;
        let mut out = String::new();
        loop {
            // The run of plain characters, in one go.
            let run_start = self.i;
            let rest = self.s.get(self.i..).unwrap_or_default();
            self.i += rest
                .iter()
                .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                .unwrap_or(rest.len());
            // The run ends on an ASCII byte, so it is a char boundary.
            let run = &self.text[run_start..self.i];
            match self.peek() {
                None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                Some(b'"') => {
                    self.i += 1;
                    // No escape: the text itself.
                    if run_start == start {
                        return Ok(Cow::Borrowed(run));
                    }
                    out.push_str(run);
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(run);
                    let esc_start = self.i;
                    self.i += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.i += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if self.s.get(self.i) != Some(&b'\\')
                                    || self.s.get(self.i + 1) != Some(&b'u')
                                {
                                    return Err(
                                        self.err(esc_start, SyntaxErrorKind::BadUnicodeEscape)
                                    );
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(
                                        self.err(esc_start, SyntaxErrorKind::BadUnicodeEscape)
                                    );
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else if (0xDC00..0xE000).contains(&hi) {
                                return Err(self.err(esc_start, SyntaxErrorKind::BadUnicodeEscape));
                            } else {
                                hi
                            };
                            match char::from_u32(code) {
                                Some(c) => out.push(c),
                                None => {
                                    return Err(
                                        self.err(esc_start, SyntaxErrorKind::BadUnicodeEscape)
                                    );
                                }
                            }
                            continue;
                        }
                        None => return Err(self.err(self.i, SyntaxErrorKind::UnexpectedEnd)),
                        Some(_) => return Err(self.err(esc_start, SyntaxErrorKind::BadEscape)),
                    };
                    self.i += 1;
                    out.push(c);
                }
                // Below 0x20, so a whole char by itself.
                Some(c) => {
                    return Err(self.err(self.i, SyntaxErrorKind::ControlInString(char::from(c))));
                }
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value<'a>, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.err(start, SyntaxErrorKind::BadNumber));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err(start, SyntaxErrorKind::BadNumber)),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err(start, SyntaxErrorKind::BadNumber));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err(start, SyntaxErrorKind::BadNumber));
            }
        }
        Ok(Value::Number(&self.text[start..self.i]))
    }
}

/// 1-based line and column of a byte offset; the column counts characters, as editors do.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

impl<'a> Node<'a> {
    /// The members of an object, or `None` for any other value.
    pub fn members(&self) -> Option<&[Member<'a>]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The member named `key` (the last one, if the key is repeated).
    pub fn get(&self, key: &str) -> Option<&Member<'a>> {
        self.members()?.iter().rev().find(|m| m.key == key)
    }

    /// Follow a JSON Pointer (`/cards/3/column`) as far as it goes; returns the
    /// deepest node reached, so a problem about a missing field points at its object.
    pub fn locate(&self, pointer: &str) -> &Node<'a> {
        let mut node = self;
        for seg in pointer.split('/').skip(1) {
            let seg = seg.replace("~1", "/").replace("~0", "~");
            let next = match &node.value {
                Value::Object(_) => node.get(&seg).map(|m| &m.node),
                Value::Array(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        node
    }

    /// Convert to a `serde_json::Value`, keeping number text and key order.
    /// A repeated key keeps its last value, as serde_json does.
    pub fn to_serde(&self) -> serde_json::Value {
        match &self.value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => n
                .parse::<serde_json::Number>()
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
            Value::String(s) => serde_json::Value::String(s.to_string()),
            Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(Node::to_serde).collect())
            }
            Value::Object(members) => serde_json::Value::Object(
                members
                    .iter()
                    .map(|m| (m.key.to_string(), m.node.to_serde()))
                    .collect(),
            ),
        }
    }
}

#[cfg(test)]
mod tests;

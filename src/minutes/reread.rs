//! The previous meeting's minutes file read back for the screen: the
//! Markdown tavle writes ([`super::markdown`]) turned back into a document,
//! so the panel shows bold headings, `•` bullets and `☐`/`☑` follow-ups
//! rather than `**`, `- [ ]` and backslashes. A line tavle would not write
//! is kept as a paragraph of plain text. The text comes sanitized from the
//! worker; this only reads its shape.

use super::{Block, Doc, Inline};

/// The minutes file `text` as a document for the screen.
pub fn from_markdown(text: &str) -> Doc {
    let mut blocks = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let block = if let Some(h) = line.strip_prefix("## ") {
            Block::Heading(2, inlines(h))
        } else if let Some(h) = line.strip_prefix("# ") {
            Block::Heading(1, inlines(h))
        } else if let Some(rest) = line.strip_prefix("- [ ] ") {
            Block::Check(false, inlines(rest))
        } else if let Some(rest) = line
            .strip_prefix("- [x] ")
            .or_else(|| line.strip_prefix("- [X] "))
        {
            Block::Check(true, inlines(rest))
        } else if let Some(rest) = line.strip_prefix("- ") {
            Block::Bullet(inlines(rest))
        } else if let Some((n, rest)) = numbered(line) {
            Block::Numbered(n, inlines(rest))
        } else {
            Block::Para(inlines(line))
        };
        blocks.push(block);
    }
    Doc { blocks }
}

/// `3. Avvik` as the number and the text.
fn numbered(line: &str) -> Option<(usize, &str)> {
    let (n, rest) = line.split_once(". ")?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((n.parse().ok()?, rest))
}

/// A line's Markdown as pieces: `\x` is `x`, `**…**` strong, `_…_` an
/// aside, a code span its text.
fn inlines(s: &str) -> Vec<Inline> {
    #[derive(Clone, Copy, PartialEq)]
    enum Style {
        Plain,
        Strong,
        Em,
    }
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut style = Style::Plain;
    let flush = |buf: &mut String, style: Style, out: &mut Vec<Inline>| {
        if buf.is_empty() {
            return;
        }
        let t = std::mem::take(buf);
        out.push(match style {
            Style::Plain => Inline::Text(t),
            Style::Strong => Inline::Strong(t),
            Style::Em => Inline::Em(t),
        });
    };
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                buf.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '*' if chars.get(i + 1) == Some(&'*') => {
                flush(&mut buf, style, &mut out);
                style = if style == Style::Strong {
                    Style::Plain
                } else {
                    Style::Strong
                };
                i += 2;
                continue;
            }
            '_' => {
                flush(&mut buf, style, &mut out);
                style = if style == Style::Em {
                    Style::Plain
                } else {
                    Style::Em
                };
            }
            '`' => {
                // A code span: its fence is the run of backticks here.
                let fence = chars[i..].iter().take_while(|c| **c == '`').count();
                let body_start = i + fence;
                let end = (body_start..chars.len()).find(|&j| {
                    chars[j..].iter().take_while(|c| **c == '`').count() == fence
                        && (j == 0 || chars[j - 1] != '`')
                });
                match end {
                    Some(j) => {
                        let body: String = chars[body_start..j].iter().collect();
                        buf.push_str(
                            body.strip_prefix(' ')
                                .and_then(|b| b.strip_suffix(' '))
                                .unwrap_or(&body),
                        );
                        i = j + fence;
                    }
                    None => {
                        buf.extend(&chars[i..body_start]);
                        i = body_start;
                    }
                }
                continue;
            }
            c => buf.push(c),
        }
        i += 1;
    }
    flush(&mut buf, style, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::minutes::{Doc, markdown};

    fn word(s: &str) -> Inline {
        Inline::Word(s.into())
    }

    /// The text of a block's pieces, whatever their style.
    fn plain(parts: &[Inline]) -> String {
        parts
            .iter()
            .map(|p| match p {
                Inline::Text(s)
                | Inline::Word(s)
                | Inline::Strong(s)
                | Inline::Em(s)
                | Inline::Code(s) => s.as_str(),
            })
            .collect()
    }

    #[test]
    fn what_tavle_writes_reads_back_as_the_same_text() {
        let doc = Doc {
            blocks: vec![
                Block::Heading(
                    1,
                    vec![word("Referat – "), Inline::Text("Tavle *1*".into())],
                ),
                Block::Field(
                    "Tavle",
                    vec![
                        Inline::Text("T".into()),
                        word(" ("),
                        Inline::Code("a`b".into()),
                        word(")"),
                    ],
                ),
                Block::Heading(2, vec![word("Agenda")]),
                Block::Numbered(2, vec![Inline::Text("Avvik_og_fall".into())]),
                Block::Check(
                    false,
                    vec![
                        Inline::Text("Ring [byrå]".into()),
                        word(" "),
                        Inline::Strong("(forfalt)".into()),
                    ],
                ),
                Block::Check(true, vec![Inline::Text("Ferdig".into())]),
                Block::Bullet(vec![Inline::Text("- ikke en liste".into())]),
                Block::Para(vec![Inline::Em("ikke registrert".into())]),
            ],
        };
        let back = from_markdown(&markdown(&doc));
        let shapes: Vec<(&str, String)> = back
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(l, p) => (if *l == 1 { "h1" } else { "h2" }, plain(p)),
                Block::Check(true, p) => ("done", plain(p)),
                Block::Check(false, p) => ("open", plain(p)),
                Block::Bullet(p) => ("bullet", plain(p)),
                Block::Numbered(_, p) => ("numbered", plain(p)),
                Block::Para(p) => ("para", plain(p)),
                Block::Field(_, p) => ("field", plain(p)),
            })
            .collect();
        assert_eq!(
            shapes,
            [
                ("h1", "Referat – Tavle *1*".to_string()),
                ("bullet", "Tavle: T (a`b)".to_string()),
                ("h2", "Agenda".to_string()),
                ("numbered", "Avvik_og_fall".to_string()),
                ("open", "Ring [byrå] (forfalt)".to_string()),
                ("done", "Ferdig".to_string()),
                ("bullet", "- ikke en liste".to_string()),
                ("para", "ikke registrert".to_string()),
            ]
        );
        assert!(
            matches!(&back.blocks[4], Block::Check(false, p) if p.iter().any(|i| matches!(i, Inline::Strong(s) if s == "(forfalt)")))
        );
    }
}

//! The minutes document written two ways: Markdown in which every text from
//! a file stays text ([`escape_markdown`]; tavle's own words are written as
//! they are), and styled terminal lines for the closing summary, word-wrapped
//! with a hanging indent. Layout only: no words of its own, no file access.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

use super::{Block, Doc, Inline};
use tavle_core::text::{escape_markdown, fit, sanitize, width};

/// tavle's own words in Markdown: kept as written (spaces too), with the
/// characters that are markup anywhere on a line escaped, in case a
/// translation brings one.
fn word_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An identifier as a code span: the fence is one backtick longer than any run
/// of backticks inside, so the identifier cannot close it.
fn code_md(s: &str) -> String {
    let s = sanitize(&s.replace(['\r', '\n'], " ")).into_owned();
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // CommonMark strips one space at each end when both are there; pad when
    // the identifier itself begins or ends with a backtick or a space.
    let pad = if s.starts_with(['`', ' ']) || s.ends_with(['`', ' ']) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

fn inlines_md(parts: &[Inline]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Inline::Text(s) => escape_markdown(s),
            Inline::Word(s) => word_md(s),
            Inline::Strong(s) => format!("**{}**", word_md(s)),
            Inline::Em(s) => format!("_{}_", word_md(s)),
            Inline::Code(s) if s.is_empty() => String::new(),
            Inline::Code(s) => code_md(s),
        })
        .collect()
}

/// The document as Markdown: an ATX heading, a list of fields, bullet and
/// task lists, a numbered agenda, with a blank line wherever one kind of
/// block follows another (so a paragraph never runs into a list).
pub fn markdown(doc: &Doc) -> String {
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Heading,
        Dash,
        Numbered,
        Para,
    }
    let mut out = String::new();
    let mut prev: Option<Kind> = None;
    for b in &doc.blocks {
        let (kind, line) = match b {
            Block::Heading(level, parts) => (
                Kind::Heading,
                format!(
                    "{} {}",
                    "#".repeat(usize::from((*level).clamp(1, 6))),
                    inlines_md(parts)
                ),
            ),
            Block::Field(label, parts) => (
                Kind::Dash,
                format!("- **{}:** {}", word_md(label), inlines_md(parts)),
            ),
            Block::Bullet(parts) => (Kind::Dash, format!("- {}", inlines_md(parts))),
            Block::Check(done, parts) => (
                Kind::Dash,
                format!(
                    "- [{}] {}",
                    if *done { 'x' } else { ' ' },
                    inlines_md(parts)
                ),
            ),
            Block::Numbered(n, parts) => (Kind::Numbered, format!("{n}. {}", inlines_md(parts))),
            Block::Para(parts) => (Kind::Para, inlines_md(parts)),
        };
        if prev.is_some_and(|p| p != kind || kind == Kind::Heading || kind == Kind::Para) {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
        if kind == Kind::Heading {
            out.push('\n');
            prev = None;
        } else {
            prev = Some(kind);
        }
    }
    out
}

/// A block's pieces as styled text for the screen: no escaping, control
/// characters made visible.
fn inlines_screen(parts: &[Inline], base: Style) -> Vec<(String, Style)> {
    let shown = |s: &str| sanitize(&s.replace(['\r', '\n'], " ")).into_owned();
    parts
        .iter()
        .map(|p| match p {
            Inline::Text(s) | Inline::Code(s) => (shown(s), base),
            Inline::Word(s) => (s.clone(), base),
            Inline::Strong(s) => (s.clone(), base.bold()),
            Inline::Em(s) => (s.clone(), base.italic()),
        })
        .collect()
}

/// The start of `s`, at most `max` cells, cut between graphemes.
fn cut(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out
}

/// Lines of one block: `prefix` on the first line, the text word-wrapped to
/// `width` under it with a hanging indent, at most `max` lines (the last
/// ending in `…` when cut).
fn wrap_block(
    prefix: Vec<(String, Style)>,
    body: Vec<(String, Style)>,
    width: usize,
    max: usize,
) -> Vec<Line<'static>> {
    let indent: usize = prefix.iter().map(|(s, _)| self::width(s)).sum();
    let room = width.saturating_sub(indent).max(1);
    // Words: pieces glued together where no space separates them (`(k1)`).
    let mut words: Vec<Vec<(String, Style)>> = Vec::new();
    let mut space = true;
    for (s, style) in body {
        for (i, part) in s.split(' ').enumerate() {
            if i > 0 {
                space = true;
            }
            if part.is_empty() {
                continue;
            }
            match words.last_mut() {
                Some(w) if !space => w.push((part.to_string(), style)),
                _ => words.push(vec![(part.to_string(), style)]),
            }
            space = false;
        }
    }
    let mut rows: Vec<Vec<(String, Style)>> = Vec::new();
    let mut row: Vec<(String, Style)> = Vec::new();
    let mut used = 0;
    for w in words {
        let ww: usize = w.iter().map(|(s, _)| self::width(s)).sum();
        if used > 0 && used + 1 + ww > room {
            rows.push(std::mem::take(&mut row));
            used = 0;
        }
        if used > 0 {
            row.push((" ".into(), w[0].1));
            used += 1;
        }
        for (s, style) in w {
            // A word longer than the line is cut.
            let s = fit(&s, room.saturating_sub(used));
            used += self::width(&s);
            row.push((s, style));
        }
    }
    rows.push(row);
    if rows.len() > max {
        rows.truncate(max.max(1));
        if let Some(last) = rows.last_mut() {
            // Make room for the `…` that says the text goes on.
            let mut used: usize = last.iter().map(|(s, _)| self::width(s)).sum();
            while used + 1 > room {
                let Some((s, style)) = last.pop() else { break };
                let rest = used - self::width(&s);
                let keep = cut(&s, (room - 1).saturating_sub(rest));
                used = rest + self::width(&keep);
                if !keep.is_empty() {
                    last.push((keep, style));
                }
            }
            last.push(("…".into(), Style::new()));
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| {
            let lead: Vec<Span<'static>> = if i == 0 {
                prefix
                    .iter()
                    .map(|(s, st)| Span::styled(s.clone(), *st))
                    .collect()
            } else {
                vec![Span::raw(" ".repeat(indent))]
            };
            Line::from(
                lead.into_iter()
                    .chain(row.into_iter().map(|(s, st)| Span::styled(s, st)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// The document as formatted lines for a terminal `width` cells wide: bold
/// headings, `•` bullets, `☐`/`☑` for follow-ups, bold field labels. No
/// Markdown syntax reaches the screen.
pub fn lines(doc: &Doc, width: usize) -> Vec<Line<'static>> {
    lines_max(doc, width, 3)
}

/// [`lines`] with at most `max` lines a block (a document read on its own
/// screen, the A3, shows every line).
pub fn lines_max(doc: &Doc, width: usize, max: usize) -> Vec<Line<'static>> {
    let plain = Style::new();
    let mut out: Vec<Line<'static>> = Vec::new();
    for b in &doc.blocks {
        let (prefix, body) = match b {
            Block::Heading(level, parts) => {
                if !out.is_empty() {
                    out.push(Line::raw(""));
                }
                let style = if *level == 1 {
                    plain.bold().underlined()
                } else {
                    plain.bold()
                };
                (Vec::new(), inlines_screen(parts, style))
            }
            Block::Field(label, parts) => (
                vec![(format!("{label}: "), plain.bold())],
                inlines_screen(parts, plain),
            ),
            Block::Bullet(parts) => (vec![("• ".into(), plain)], inlines_screen(parts, plain)),
            Block::Check(done, parts) => (
                vec![(if *done { "☑ " } else { "☐ " }.into(), plain)],
                inlines_screen(parts, if *done { plain.dim() } else { plain }),
            ),
            Block::Numbered(n, parts) => (
                vec![(format!("{n}. "), plain)],
                inlines_screen(parts, plain),
            ),
            Block::Para(parts) => (Vec::new(), inlines_screen(parts, plain.dim())),
        };
        out.extend(wrap_block(prefix, body, width.max(1), max));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    fn word(s: &str) -> Inline {
        Inline::Word(s.to_string())
    }

    fn doc() -> Doc {
        Doc {
            blocks: vec![
                Block::Heading(1, vec![word("Referat – "), text("Driftstavle sone nord")]),
                Block::Field("Til stede", vec![text("Kari"), word(", "), text("Ola")]),
                Block::Check(
                    false,
                    vec![
                        text(
                            "Marte registrerer legemiddelavviket og går gjennom årsaken med kveldsvakten",
                        ),
                        word(" — ansvarlig: "),
                        text("Marte"),
                        word(" "),
                        Inline::Strong("(forfalt)".into()),
                    ],
                ),
                Block::Bullet(vec![text(
                    "Et_ord_som_er_lengre_enn_hele_linja_og_mer_til_aaaaaaaaaaaaaaaa",
                )]),
                Block::Numbered(1, vec![text("**ikke fet** <b>")]),
            ],
        }
    }

    fn plain(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn screen_lines_fit_and_carry_no_markdown() {
        for w in 20..90 {
            let lines = lines(&doc(), w);
            for l in &lines {
                assert!(width(&plain(l)) <= w, "{w}: {:?}", plain(l));
            }
            let all: Vec<String> = lines.iter().map(plain).collect();
            assert!(all[0].starts_with("Referat"), "{all:?}");
            assert!(all.iter().any(|l| l.starts_with("☐ Marte")), "{all:?}");
            assert!(all.iter().any(|l| l.starts_with("• Et_ord")), "{all:?}");
            // User text is shown as written; tavle adds no markup of its own.
            assert!(all.iter().any(|l| l.contains("**ikke")), "{all:?}");
            assert!(
                !all.iter().any(|l| l.contains("- [") || l.contains("**(")),
                "{all:?}"
            );
        }
        // A block longer than three lines ends in `…`.
        let narrow: Vec<String> = lines(&doc(), 20).iter().map(plain).collect();
        let check = narrow.iter().position(|l| l.starts_with("☐")).unwrap();
        assert!(narrow[check + 2].ends_with('…'), "{narrow:?}");
        assert!(narrow[check + 3].starts_with('•'), "{narrow:?}");
    }

    #[test]
    fn markdown_blocks_are_separated_so_none_runs_into_another() {
        let md = markdown(&doc());
        assert_eq!(
            md,
            "# Referat – Driftstavle sone nord\n\n\
             - **Til stede:** Kari, Ola\n\
             - [ ] Marte registrerer legemiddelavviket og går gjennom årsaken med kveldsvakten — ansvarlig: Marte **(forfalt)**\n\
             - Et\\_ord\\_som\\_er\\_lengre\\_enn\\_hele\\_linja\\_og\\_mer\\_til\\_aaaaaaaaaaaaaaaa\n\
             \n\
             1. \\*\\*ikke fet\\*\\* \\<b\\>\n"
        );
    }
}

//! `tavle status --format html`: the status page for those not in the room
//! (issue 23, point 4) — one self-contained HTML file to leave open in a
//! browser, mail or print. The same report as the other forms
//! ([`tavle_core::status`]: the lights and counts are the JSON's), worded by
//! the same lines as the text, with each board's lights (glyph, word and
//! colour, never colour alone), its counts, every red and overdue measure
//! with owner and deadline, and each indicator's run chart as inline SVG
//! ([`chart`]); one board's part is in `board`.
//!
//! The page has no script, no link or reference to anything outside it and
//! no web font: its style is in it ([`STYLE`], with a `@media print` part).
//! Every text from a board passes [`text`]: control and bidi characters made
//! visible and identity numbers masked (`sanitize`), then `& < > " '`
//! escaped. Only formatting here; the writing of the file is the folder
//! layer's, the watching the command line's.

mod board;
pub mod chart;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use chrono::{DateTime, FixedOffset};
use tavle_core::model::{Board, Light};
use tavle_core::plan::Counts;
use tavle_core::runchart::Reading;
use tavle_core::status::Report;

use crate::i18n::{self, Lang, MinutesWord, PageWord, ReportWord, StatusWord};
use chart::Mark;

/// The page's stylesheet, in the page.
pub const STYLE: &str = include_str!("page.css");

/// Each indicator's run chart reading, by (board id, indicator id).
pub type Charts = HashMap<(String, String), Reading>;

/// The readings of every indicator of `boards` (id, board): the same
/// [`tavle_core::runchart::read`] the screen draws from.
pub fn charts<'a>(boards: impl IntoIterator<Item = (&'a str, &'a Board)>) -> Charts {
    let mut out = Charts::new();
    for (id, board) in boards {
        for ind in &board.indicators {
            out.insert(
                (id.to_string(), ind.id.clone()),
                tavle_core::runchart::read(ind),
            );
        }
    }
    out
}

/// Everything the page shows.
pub struct Page<'a> {
    pub lang: Lang,
    pub report: &'a Report,
    pub charts: &'a Charts,
    /// When the page was made (not the report's day: the moment).
    pub updated: DateTime<FixedOffset>,
    /// With `--watch`: how often the browser reloads the page, in seconds.
    pub refresh: Option<u32>,
    /// Boards shown as they last read well, by id, with why they cannot be read now.
    pub stale: &'a BTreeMap<String, String>,
}

/// `& < > " '` escaped, for text and attribute values alike.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text from a board for the page: sanitized, then escaped.
pub fn text(s: &str) -> String {
    escape(&tavle_core::text::sanitize(s))
}

/// The light a board is shown with: its worst. Red when any measure is red
/// (every overdue one is), else yellow, else green; None when no measure
/// has a light. The counts are the report's ([`tavle_core::plan::counts`]).
pub fn board_light(c: &Counts) -> Option<Light> {
    if c.red > 0 {
        Some(Light::Red)
    } else if c.yellow > 0 {
        Some(Light::Yellow)
    } else if c.green > 0 {
        Some(Light::Green)
    } else {
        None
    }
}

fn light_key(l: Option<Light>) -> &'static str {
    match l {
        Some(Light::Red) => "red",
        Some(Light::Yellow) => "yellow",
        Some(Light::Green) => "green",
        None => "none",
    }
}

/// `<span class="light light-red">■ rød</span>`: glyph, word and colour.
fn light_span(lang: Lang, l: Option<Light>) -> String {
    let (glyph, word) = match l {
        Some(l) => (l.glyph(), i18n::light_name(lang, l)),
        None => ("○", i18n::minutes_word(lang, MinutesWord::NoLight)),
    };
    let key = light_key(l);
    format!(
        "<span class=\"light light-{key}\" data-light=\"{key}\">{glyph} {}</span>",
        escape(word)
    )
}

/// The six counts, as (key, glyph, word, number).
fn counts(lang: Lang, c: &Counts) -> [(&'static str, &'static str, &'static str, usize); 6] {
    [
        ("red", "■", i18n::light_name(lang, Light::Red), c.red),
        (
            "yellow",
            "▲",
            i18n::light_name(lang, Light::Yellow),
            c.yellow,
        ),
        ("green", "●", i18n::light_name(lang, Light::Green), c.green),
        (
            "none",
            "○",
            i18n::minutes_word(lang, MinutesWord::NoLight),
            c.none,
        ),
        (
            "done",
            "✓",
            i18n::status_word(lang, StatusWord::Done),
            c.done,
        ),
        (
            "overdue",
            "⚠",
            i18n::status_word(lang, StatusWord::Overdue),
            c.overdue,
        ),
    ]
}

/// The counts as a list: `■ 3 rød`, each with its key for tests and styles.
fn counts_list(lang: Lang, c: &Counts) -> String {
    let mut s = String::from("<ul class=\"counts\">");
    for (key, glyph, word, n) in counts(lang, c) {
        let _ = write!(
            s,
            "<li class=\"count count-{key}\" data-count=\"{key}\"><span class=\"glyph\">{glyph}</span> <b>{n}</b> {}</li>",
            escape(word)
        );
    }
    s.push_str("</ul>");
    s
}

/// The page.
pub fn html(p: &Page<'_>) -> String {
    let (lang, r) = (p.lang, p.report);
    let mut s = String::with_capacity(64 * 1024);
    let title = super::title(lang, r);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        lang.code()
    );
    if let Some(secs) = p.refresh {
        let _ = writeln!(s, "<meta http-equiv=\"refresh\" content=\"{secs}\">");
    }
    let _ = write!(
        s,
        "<meta name=\"generator\" content=\"tavle\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        escape(&title)
    );
    header(&mut s, p, &title);
    let names = super::names(r);
    overview(&mut s, lang, r, &names);
    legend(&mut s, lang);
    for (i, (b, (name, plain))) in r.boards.iter().zip(&names).enumerate() {
        let name = if *plain {
            name.clone()
        } else {
            format!("{name} ({})", b.id)
        };
        board::board(&mut s, p, i, b, &name);
    }
    let _ = write!(
        s,
        "<footer><p>{}</p></footer>\n</body>\n</html>\n",
        escape(i18n::page_word(lang, PageWord::Footer))
    );
    s
}

fn header(s: &mut String, p: &Page<'_>, title: &str) {
    let (lang, r) = (p.lang, p.report);
    let _ = write!(s, "<header>\n<h1>{}</h1>\n", escape(title));
    let updated = i18n::page_updated(
        lang,
        &tavle_core::dates::format_nb(p.updated.date_naive()),
        &p.updated.format("%H:%M").to_string(),
    );
    let _ = writeln!(
        s,
        "<p class=\"updated\"><time datetime=\"{}\">{}</time></p>",
        p.updated.format("%Y-%m-%dT%H:%M:%S%:z"),
        escape(&updated)
    );
    if let Some(secs) = p.refresh {
        let _ = writeln!(
            s,
            "<p class=\"refresh\">{}</p>",
            escape(&i18n::page_refresh_note(lang, secs))
        );
    }
    for (word, value) in super::filters(lang, r) {
        let _ = writeln!(
            s,
            "<p class=\"filter\">{}: {}</p>",
            escape(word),
            text(value)
        );
    }
    if let Some(held) = super::held_back(lang, r) {
        let _ = writeln!(s, "<p class=\"note\">⚠ {}</p>", text(&held));
    }
    s.push_str("</header>\n");
}

/// The organisation's total, then a table of every board with its light and counts.
fn overview(s: &mut String, lang: Lang, r: &Report, names: &[(String, bool)]) {
    let t = &r.total;
    let _ = write!(
        s,
        "<section class=\"total\" data-boards=\"{}\">\n<h2>{} ({})</h2>\n{}\n<p>{}</p>\n",
        t.boards,
        escape(i18n::report_word(lang, ReportWord::Total)),
        escape(&i18n::report_boards(lang, t.boards)),
        counts_list(lang, &t.counts),
        escape(&i18n::report_follow_ups(
            lang,
            t.follow_ups,
            t.follow_ups_overdue
        ))
    );
    for note in super::total_lines(lang, r).1 {
        let _ = writeln!(s, "<p class=\"note\">{}</p>", escape(&note));
    }
    s.push_str("</section>\n");
    if r.boards.is_empty() {
        return;
    }
    let _ = write!(
        s,
        "<table class=\"boards\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(i18n::page_word(lang, PageWord::Boards)),
        escape(i18n::ui(lang, i18n::Ui::Board)),
        escape(i18n::page_word(lang, PageWord::Light)),
    );
    for (key, glyph, word, _) in counts(lang, &Counts::default()) {
        let _ = write!(
            s,
            "<th scope=\"col\" class=\"num count-{key}\">{glyph} {}</th>",
            escape(word)
        );
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for (i, (b, (name, _))) in r.boards.iter().zip(names).enumerate() {
        let _ = write!(
            s,
            "<tr data-board=\"{}\"><th scope=\"row\"><a href=\"#board-{i}\">{}</a></th>",
            text(&b.id),
            text(name)
        );
        match &b.error {
            Some(_) => {
                let _ = write!(
                    s,
                    "<td colspan=\"7\" class=\"broken\">⚠ {}</td>",
                    escape(i18n::page_word(lang, PageWord::Broken))
                );
            }
            None => {
                let _ = write!(s, "<td>{}</td>", light_span(lang, board_light(&b.counts)));
                for (key, _, _, n) in counts(lang, &b.counts) {
                    let _ = write!(
                        s,
                        "<td class=\"num count-{key}\" data-count=\"{key}\">{n}</td>"
                    );
                }
            }
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
}

/// What the lights and the chart's marks mean.
fn legend(s: &mut String, lang: Lang) {
    let _ = write!(
        s,
        "<section class=\"legend\">\n<h2>{}</h2>\n<ul class=\"key\">",
        escape(i18n::page_word(lang, PageWord::Legend))
    );
    for l in [
        Some(Light::Red),
        Some(Light::Yellow),
        Some(Light::Green),
        None,
    ] {
        let _ = write!(s, "<li>{}</li>", light_span(lang, l));
    }
    for (key, glyph, word, _) in counts(lang, &Counts::default()).into_iter().skip(4) {
        let _ = write!(
            s,
            "<li><span class=\"light light-{key}\">{glyph} {}</span></li>",
            escape(word)
        );
    }
    s.push_str("</ul>\n<ul class=\"key\">");
    for m in Mark::ALL {
        let _ = write!(s, "<li>{} {}</li>", m.icon(), escape(&m.legend(lang)));
    }
    let _ = write!(
        s,
        "<li>{} {}</li><li>{} {}</li></ul>\n<p>{}</p>\n</section>\n",
        line_icon("median"),
        escape(i18n::plan_word(lang, i18n::PlanWord::Median)),
        line_icon("target"),
        escape(i18n::plan_word(lang, i18n::PlanWord::TargetLine)),
        escape(i18n::page_word(lang, PageWord::LightsNote))
    );
}

/// A short piece of the median's or the target's line, for a legend.
fn line_icon(class: &str) -> String {
    format!(
        "<svg class=\"icon\" width=\"28\" height=\"14\" viewBox=\"0 0 28 14\" aria-hidden=\"true\"><line class=\"{class}\" x1=\"1\" y1=\"7\" x2=\"27\" y2=\"7\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_the_five_characters_and_nothing_else() {
        assert_eq!(
            escape(r#"a&b<c>d"e'f æøå ■"#),
            "a&amp;b&lt;c&gt;d&quot;e&#39;f æøå ■"
        );
    }

    #[test]
    fn text_from_a_board_is_sanitized_then_escaped() {
        let t = text("<b>\u{202e}x\u{1b}[2J</b>");
        assert!(!t.contains(['<', '>', '\u{202e}', '\u{1b}']), "{t:?}");
        assert!(t.starts_with("&lt;b&gt;"), "{t}");
    }

    #[test]
    fn a_board_shows_its_worst_light() {
        let c = |red, yellow, green| Counts {
            red,
            yellow,
            green,
            ..Counts::default()
        };
        assert_eq!(board_light(&c(1, 5, 5)), Some(Light::Red));
        assert_eq!(board_light(&c(0, 1, 5)), Some(Light::Yellow));
        assert_eq!(board_light(&c(0, 0, 1)), Some(Light::Green));
        assert_eq!(board_light(&c(0, 0, 0)), None);
    }
}

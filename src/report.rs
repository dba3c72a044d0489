//! `tavle status` in words: the report of [`tavle_core::status`] as text for a
//! terminal, as Markdown for mail ([`markdown`]) and as a self-contained HTML
//! page for those not in the room ([`html`]), in the user's language.
//! Only formatting here; what counts as red, overdue, a copy or a signal is
//! decided in the core. The organisation's total leads; then each board with
//! its counts (cards without a light too), its goals, every red and overdue
//! measure, the other deadlines (folded in the text after five, saying how
//! many and how to see them), open follow-ups and indicators with the date
//! of their latest value. With `--since`, what changed ([`since`]). Boards
//! that share a title are named apart by unit or file name
//! ([`tavle_core::names::boards`]).

pub mod a3;
pub mod html;
mod markdown;
pub mod routine;
pub mod since;
pub mod team;

pub use markdown::markdown;

use chrono::NaiveDate;

use crate::i18n::{self, Lang, MinutesWord, OwnerWord, PlanWord, ReportWord};
use tavle_core::model::Light;
use tavle_core::plan::Counts;
use tavle_core::status::{
    BoardReport, CardReport, DecisionReport, GoalReport, IndicatorReport, Report,
};

/// How many of a board's other deadlines the text shows before folding the rest.
pub const NEXT_SHOWN: usize = 5;

fn num(lang: Lang, v: Option<f64>) -> String {
    v.map(|v| i18n::number(lang, v))
        .unwrap_or_else(|| "–".into())
}

fn signals_text(lang: Lang, ind: &IndicatorReport) -> String {
    if ind.too_few {
        return i18n::plan_word(lang, PlanWord::TooFew).to_string();
    }
    if ind.signals.is_empty() {
        return i18n::plan_word(lang, PlanWord::NoSignal).to_string();
    }
    ind.signals
        .iter()
        .map(|s| i18n::signal_text(lang, s))
        .collect::<Vec<_>>()
        .join("; ")
}

fn target_text(lang: Lang, ind: &IndicatorReport) -> &'static str {
    match ind.meets_target {
        Some(true) => i18n::plan_word(lang, PlanWord::MeetsTarget),
        Some(false) => i18n::plan_word(lang, PlanWord::MissesTarget),
        None => "",
    }
}

/// `01.12.2026 (i morgen)`; a finished one's date alone, never "over".
fn deadline(lang: Lang, d: NaiveDate, today: NaiveDate, done: bool) -> String {
    let date = tavle_core::dates::format_nb(d);
    if done {
        date
    } else {
        format!("{date} ({})", i18n::deadline(lang, d, today, false))
    }
}

/// Each board's name, told apart from boards with the same title, and
/// whether the name already holds its file name or is its id (a board
/// that could not be read goes by its id): then it needs no id after it.
fn names(r: &Report) -> Vec<(String, bool)> {
    use tavle_core::names::boards::{self, Apart, Board};
    let files: Vec<String> = r.boards.iter().map(|b| format!("{}.json", b.id)).collect();
    let named: Vec<Board> = (r.boards.iter().zip(&files))
        .map(|(b, file)| Board {
            title: &b.title,
            unit: b.unit.as_deref(),
            file,
        })
        .collect();
    (boards::apart(&named).iter().zip(&named).zip(&r.boards))
        .map(|((a, b), board)| {
            let label = boards::label(b, a);
            let plain = matches!(a, Apart::File(_)) || label == board.id;
            (label, plain)
        })
        .collect()
}

/// A decision: `☐ text — Ola, frist: …`; `text` is already escaped.
fn decision_line(
    lang: Lang,
    d: &DecisionReport,
    today: NaiveDate,
    text: &str,
    esc: &dyn Fn(&str) -> String,
) -> String {
    let mark = if d.done {
        "☑"
    } else if d.overdue {
        "⚠"
    } else if d.follow_up {
        "☐"
    } else {
        "•"
    };
    let owner = d
        .owner
        .as_deref()
        .filter(|o| !o.trim().is_empty())
        .map(|o| format!(" — {}", esc(o)))
        .unwrap_or_default();
    let when = match d.due {
        Some(due) if d.follow_up => format!(
            ", {}: {}",
            i18n::minutes_word(lang, i18n::MinutesWord::Due),
            deadline(lang, due, today, d.done)
        ),
        _ => tavle_core::model::Timestamp::parse(&d.at)
            .map(|t| format!(", {}", tavle_core::dates::format_nb(t.at().date_naive())))
            .unwrap_or_default(),
    };
    format!("{mark} {text}{owner}{when}")
}

/// The board's decisions under their headings: every open follow-up, then
/// (with `--owner`) the person's other decisions.
fn decision_parts(lang: Lang, b: &BoardReport) -> [(&'static str, Vec<&DecisionReport>); 2] {
    let rest = b.decisions.iter().filter(|d| !d.follow_up).collect();
    [
        (
            i18n::owner_word(lang, OwnerWord::FollowUps),
            b.follow_ups.iter().collect(),
        ),
        (i18n::report_word(lang, ReportWord::Decisions), rest),
    ]
}

/// `■ 3 rød  ▲ 4 gul  ● 3 grønn  ○ 1 uten lys  ✓ 2 ferdig  ⚠ 2 forfalt`.
fn counts_line(lang: Lang, c: &Counts) -> String {
    format!(
        "■ {} {}  ▲ {} {}  ● {} {}  ○ {} {}  ✓ {} {}  ⚠ {} {}",
        c.red,
        i18n::light_name(lang, Light::Red),
        c.yellow,
        i18n::light_name(lang, Light::Yellow),
        c.green,
        i18n::light_name(lang, Light::Green),
        c.none,
        i18n::minutes_word(lang, MinutesWord::NoLight),
        c.done,
        i18n::status_word(lang, i18n::StatusWord::Done),
        c.overdue,
        i18n::status_word(lang, i18n::StatusWord::Overdue),
    )
}

/// The organisation's total: `Hele organisasjonen (3 tavler): <counts> ·
/// 4 åpne oppfølginger (1 forfalt)`, then why it may be less than the sum.
pub(crate) fn total_lines(lang: Lang, r: &Report) -> (String, Vec<String>) {
    let t = &r.total;
    let head = format!(
        "{} ({}): {} · {}",
        i18n::report_word(lang, ReportWord::Total),
        i18n::report_boards(lang, t.boards),
        counts_line(lang, &t.counts),
        i18n::report_follow_ups(lang, t.follow_ups, t.follow_ups_overdue)
    );
    let mut notes = Vec::new();
    let c = &t.copies;
    let copies = c.red + c.yellow + c.green + c.none + c.done;
    if copies > 0 {
        notes.push(i18n::report_copies_note(lang, copies));
    }
    if t.unreadable > 0 {
        notes.push(i18n::report_unreadable(lang, t.unreadable));
    }
    (head, notes)
}

/// A card: `■ rød Tittel — Ola, 20.11.2026 (4 d over) ⇩ kopi av enhet/k7`.
fn card_line(lang: Lang, c: &CardReport, today: NaiveDate, esc: &dyn Fn(&str) -> String) -> String {
    let owner = c
        .owner
        .as_deref()
        .filter(|o| !o.trim().is_empty())
        .map_or_else(
            || i18n::report_word(lang, ReportWord::NoOwner).to_string(),
            esc,
        );
    let due = c
        .due
        .map(|d| format!(", {}", deadline(lang, d, today, c.status.done)))
        .unwrap_or_default();
    let copy = c
        .copy_of
        .as_ref()
        .map(|o| {
            format!(
                " {}",
                i18n::report_copy_of(lang, &esc(&format!("{}/{}", o.board, o.card)))
            )
        })
        .unwrap_or_default();
    format!(
        "{} {} — {owner}{due}{copy}",
        i18n::status_text(lang, &c.status),
        esc(&c.title)
    )
}

/// A routine's yearly revision: `⚠ Tittel — Revisjon: 01.12.2026 (3 d
/// over)`, marked `⚠` by the one rule for overdue, else `•`.
fn revision_line(
    lang: Lang,
    r: &tavle_core::improvement::Revision,
    today: NaiveDate,
    esc: &dyn Fn(&str) -> String,
) -> String {
    format!(
        "{} {} — {}: {}",
        if r.overdue { "⚠" } else { "•" },
        esc(&r.title),
        i18n::routine_word(lang, i18n::RoutineWord::ColRevision),
        deadline(lang, r.revision, today, false)
    )
}

/// A goal: `▲ gul (utledet) Tittel, 01.06.2027 (uke 22)`.
fn goal_line(lang: Lang, g: &GoalReport, today: NaiveDate, esc: &dyn Fn(&str) -> String) -> String {
    let derived = if g.source == "derived" {
        format!(" ({})", i18n::plan_word(lang, PlanWord::Derived))
    } else {
        String::new()
    };
    let due = g
        .due
        .map(|d| format!(", {}", deadline(lang, d, today, g.done)))
        .unwrap_or_default();
    format!(
        "{}{derived} {}{due}",
        i18n::status_text(lang, &g.status),
        esc(&g.title)
    )
}

/// An indicator: `Sykefravær: siste 7,6 % (målt 16.11.2026) (mål: 6,5) ✗ … — signals`.
fn indicator_line(lang: Lang, ind: &IndicatorReport, esc: &dyn Fn(&str) -> String) -> String {
    let (title, rest) = indicator_head(lang, ind, esc, &|w| w.to_string());
    format!("{title}: {rest} — {}", signals_text(lang, ind))
}

/// An indicator's title, and the rest of its line but the signals:
/// `siste 7,6 % (målt 16.11.2026) (mål: 6,5) ✗ …`, with the board's text
/// through `user` and the catalogue's words and numbers through `word` (the
/// text forms and the HTML page escape them differently).
fn indicator_head(
    lang: Lang,
    ind: &IndicatorReport,
    user: &dyn Fn(&str) -> String,
    word: &dyn Fn(&str) -> String,
) -> (String, String) {
    let unit = ind
        .unit
        .as_deref()
        .map(|u| format!(" {}", user(u)))
        .unwrap_or_default();
    let when = ind
        .latest_date
        .map(|d| {
            let measured = i18n::report_measured(lang, &tavle_core::dates::format_nb(d));
            format!(" ({})", word(&measured))
        })
        .unwrap_or_default();
    let rest = format!(
        "{} {}{unit}{when} ({}: {}) {}",
        word(i18n::plan_word(lang, PlanWord::Latest)),
        word(&num(lang, ind.latest)),
        word(i18n::plan_word(lang, PlanWord::TargetLine)),
        word(&num(lang, ind.target)),
        word(target_text(lang, ind)),
    );
    (user(&ind.title), rest)
}

/// The report's title: `Status for tavlene 24.11.2026 (uke 48)`.
fn title(lang: Lang, r: &Report) -> String {
    format!(
        "{} {} ({} {})",
        i18n::status_word(lang, i18n::StatusWord::Title),
        tavle_core::dates::format_nb(r.date),
        i18n::ui(lang, i18n::Ui::Week),
        tavle_core::dates::iso_week(r.date),
    )
}

/// What the report is filtered by, as `(word, value)`.
fn filters(lang: Lang, r: &Report) -> Vec<(&'static str, &str)> {
    [
        (i18n::ui(lang, i18n::Ui::Unit), &r.unit),
        (i18n::ui(lang, i18n::Ui::Board), &r.board),
        (i18n::ui(lang, i18n::Ui::Owner), &r.owner),
    ]
    .into_iter()
    .filter_map(|(w, v)| v.as_deref().map(|v| (w, v)))
    .collect()
}

/// What the report leaves out, in words; None when nothing.
fn held_back(lang: Lang, r: &Report) -> Option<String> {
    let files: Vec<(String, String)> = (r.held_back.iter())
        .map(|h| (h.file.clone(), h.copy_of.clone()))
        .collect();
    (!files.is_empty()).then(|| i18n::held_back(lang, &files))
}

/// The open cards listed under "responsible for" with `--owner`: those not
/// already named among the red ones.
fn responsible_rest(b: &BoardReport) -> Vec<&CardReport> {
    (b.responsible.iter())
        .filter(|c| !b.red.iter().any(|r| r.id == c.id))
        .collect()
}

/// The report as plain text for a terminal or an e-mail; `all`: nothing folded.
pub fn text(lang: Lang, r: &Report, all: bool) -> String {
    use std::fmt::Write;
    let esc = |s: &str| tavle_core::text::sanitize(s).into_owned();
    let mut out = String::new();
    let _ = write!(out, "{}", title(lang, r));
    for (word, value) in filters(lang, r) {
        let _ = write!(out, " — {word}: {}", esc(value));
    }
    let _ = writeln!(out);
    if let Some(held) = held_back(lang, r) {
        let _ = writeln!(out, "⚠ {}", esc(&held));
    }
    let (total, notes) = total_lines(lang, r);
    let _ = writeln!(out, "\n{total}");
    for n in notes {
        let _ = writeln!(out, "  {n}");
    }
    if let Some(day) = r.since {
        since::text(lang, r, day, &mut out);
        return out;
    }
    let named: Vec<(&BoardReport, (String, bool))> = r.boards.iter().zip(names(r)).collect();
    // The boards' parts on every core (10,000 boards), joined in order.
    out.push_str(&in_parts(&named, |part| {
        let mut out = String::new();
        for (b, (name, by_file)) in part {
            board_text(lang, r, b, name, *by_file, all, &mut out);
        }
        out
    }));
    out
}

/// One board's part of [`text`], onto `out`: its name (`by_file`: the
/// name is its file's), and what [`text`] tells of it.
fn board_text(
    lang: Lang,
    r: &Report,
    b: &BoardReport,
    name: &str,
    by_file: bool,
    all: bool,
    out: &mut String,
) {
    use std::fmt::Write;
    let esc = |s: &str| tavle_core::text::sanitize(s).into_owned();
    let _ = writeln!(out);
    // The id is a file name: as untrusted as the title.
    if by_file {
        let _ = writeln!(out, "{}", esc(name));
    } else {
        let _ = writeln!(out, "{} ({})", esc(name), esc(&b.id));
    }
    if let Some(e) = &b.error {
        let _ = writeln!(out, "  ⚠ {}", esc(e));
        return;
    }
    let _ = writeln!(out, "  {}", counts_line(lang, &b.counts));
    if !b.goals.is_empty() {
        let _ = writeln!(out, "  {}:", i18n::report_word(lang, ReportWord::Goals));
        for g in &b.goals {
            let indent = "  ".repeat(g.depth);
            let _ = writeln!(out, "    {indent}{}", goal_line(lang, g, r.date, &esc));
        }
    }
    if !b.red.is_empty() {
        let _ = writeln!(
            out,
            "  {} ({}):",
            i18n::report_word(lang, ReportWord::Red),
            b.red.len()
        );
        for c in &b.red {
            let _ = writeln!(out, "    {}", card_line(lang, c, r.date, &esc));
        }
    }
    let (word, list) = if r.owner.is_some() {
        (i18n::StatusWord::Responsible, responsible_rest(b))
    } else {
        (i18n::StatusWord::Next, b.next_deadlines.iter().collect())
    };
    if !list.is_empty() {
        let _ = writeln!(out, "  {} ({}):", i18n::status_word(lang, word), list.len());
        // Only the other deadlines fold: every red card and everything
        // the person is responsible for is always named.
        let fold = r.owner.is_none() && !all;
        let shown = if fold { NEXT_SHOWN } else { list.len() };
        for c in list.iter().take(shown) {
            let _ = writeln!(out, "    {}", card_line(lang, c, r.date, &esc));
        }
        if list.len() > shown {
            let _ = writeln!(out, "    {}", i18n::report_more(lang, list.len() - shown));
        }
    }
    if !b.revisions.is_empty() {
        let _ = writeln!(
            out,
            "  {} ({}):",
            i18n::routine_word(lang, i18n::RoutineWord::ScreenTitle),
            b.revisions.len()
        );
        for rev in &b.revisions {
            let _ = writeln!(out, "    {}", revision_line(lang, rev, r.date, &esc));
        }
    }
    for (word, list) in decision_parts(lang, b) {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {word} ({}):", list.len());
        for d in list {
            let line = decision_line(lang, d, r.date, &esc(&d.text), &esc);
            let _ = writeln!(out, "    {line}");
        }
    }
    for ind in &b.indicators {
        let _ = writeln!(
            out,
            "  {}: {}",
            i18n::status_word(lang, i18n::StatusWord::Indicator),
            indicator_line(lang, ind, &esc)
        );
    }
}

/// `f` of `items` in as many consecutive parts as there are cores (one
/// for a few items), each on its own thread, the texts joined in order.
fn in_parts<T: Sync>(items: &[T], f: impl Fn(&[T]) -> String + Sync) -> String {
    /// Fewer items are not worth a thread.
    const SMALL: usize = 64;
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads <= 1 || items.len() <= SMALL {
        return f(items);
    }
    let size = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = items
            .chunks(size)
            .skip(1)
            .map(|part| s.spawn(move || f(part)))
            .collect();
        let mut out = f(&items[..size.min(items.len())]);
        for h in handles {
            match h.join() {
                Ok(text) => out.push_str(&text),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::in_parts;

    #[test]
    fn the_parts_are_joined_in_order_each_item_once() {
        let join = |items: &[usize]| -> String { items.iter().map(|i| format!("{i},")).collect() };
        for n in [0, 1, 63, 64, 65, 127, 1000, 1001] {
            let items: Vec<usize> = (0..n).collect();
            let expected: String = (0..n).map(|i| format!("{i},")).collect();
            assert_eq!(in_parts(&items, join), expected, "{n} items");
        }
    }
}

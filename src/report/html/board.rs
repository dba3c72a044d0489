//! One board's part of the status page: its name and light, its counts,
//! every red and overdue measure with owner and deadline, and each
//! indicator's line, run chart ([`super::chart`]) and signals.

use std::fmt::Write;

use chrono::NaiveDate;
use tavle_core::runchart::Reading;
use tavle_core::status::{BoardReport, CardReport, IndicatorReport};

use super::chart::{self, Mark};
use super::{Page, board_light, counts_list, escape, light_span, line_icon, text};
use crate::i18n::{self, Lang, PageWord, ReportWord, StatusWord};
use crate::report as words;

/// One board: name and light, counts, red and overdue measures, indicators.
pub(super) fn board(s: &mut String, p: &Page<'_>, i: usize, b: &BoardReport, name: &str) {
    let lang = p.lang;
    let light = match &b.error {
        Some(_) => format!(
            "<span class=\"light light-broken\" data-light=\"broken\">⚠ {}</span>",
            escape(i18n::page_word(lang, PageWord::Broken))
        ),
        None => light_span(lang, board_light(&b.counts)),
    };
    let _ = write!(
        s,
        "<article class=\"board\" id=\"board-{i}\" data-board=\"{}\">\n<h2><span class=\"name\">{}</span> {light}</h2>\n",
        text(&b.id),
        text(name)
    );
    if let Some(error) = &b.error {
        let _ = write!(s, "<p class=\"error\">⚠ {}</p>\n</article>\n", text(error));
        return;
    }
    if let Some(error) = p.stale.get(&b.id) {
        let _ = writeln!(
            s,
            "<p class=\"stale\">⚠ {}</p>",
            text(&i18n::page_stale(lang, error))
        );
    }
    let _ = writeln!(s, "{}", counts_list(lang, &b.counts));
    red_measures(s, lang, p.report.date, b);
    indicators(s, p, i, b);
    s.push_str("</article>\n");
}

/// Every red measure, overdue first, and every routine past its revision:
/// light, title, owner, deadline.
fn red_measures(s: &mut String, lang: Lang, today: NaiveDate, b: &BoardReport) {
    let revisions: Vec<_> = b.revisions.iter().filter(|r| r.overdue).collect();
    let _ = write!(
        s,
        "<section class=\"red\">\n<h3>{}</h3>\n",
        escape(i18n::report_word(lang, ReportWord::Red))
    );
    if b.red.is_empty() && revisions.is_empty() {
        let _ = write!(
            s,
            "<p>{}</p>\n</section>\n",
            escape(i18n::page_word(lang, PageWord::NoRed))
        );
        return;
    }
    let _ = write!(
        s,
        "<table class=\"measures\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(i18n::page_word(lang, PageWord::Light)),
        escape(i18n::page_word(lang, PageWord::Measure)),
        escape(i18n::ui(lang, i18n::Ui::Owner)),
        escape(i18n::ui(lang, i18n::Ui::Due)),
    );
    for c in &b.red {
        card_row(s, lang, today, c);
    }
    for r in revisions {
        let _ = writeln!(
            s,
            "<tr class=\"overdue revision\"><td><span class=\"light light-overdue\">⚠ {}</span></td><td>{} — {}</td><td>–</td><td>{}</td></tr>",
            escape(i18n::status_word(lang, StatusWord::Overdue)),
            text(&r.title),
            escape(i18n::routine_word(lang, i18n::RoutineWord::ColRevision)),
            escape(&words::deadline(lang, r.revision, today, false)),
        );
    }
    s.push_str("</tbody>\n</table>\n</section>\n");
}

fn card_row(s: &mut String, lang: Lang, today: NaiveDate, c: &CardReport) {
    let overdue = if c.overdue {
        format!(
            " <span class=\"light light-overdue\">⚠ {}</span>",
            escape(i18n::status_word(lang, StatusWord::Overdue))
        )
    } else {
        String::new()
    };
    let owner = match c.owner.as_deref().filter(|o| !o.trim().is_empty()) {
        Some(o) => text(o),
        None => format!(
            "<i>{}</i>",
            escape(i18n::report_word(lang, ReportWord::NoOwner))
        ),
    };
    let due = c
        .due
        .map(|d| escape(&words::deadline(lang, d, today, c.status.done)))
        .unwrap_or_else(|| "–".into());
    let copy = c
        .copy_of
        .as_ref()
        .map(|o| {
            format!(
                " <span class=\"copy\">{}</span>",
                text(&i18n::report_copy_of(
                    lang,
                    &format!("{}/{}", o.board, o.card)
                ))
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "<tr class=\"{}\" data-card=\"{}\"><td>{}{overdue}</td><td>{}{copy}</td><td>{owner}</td><td>{due}</td></tr>",
        if c.overdue { "overdue" } else { "red" },
        text(&c.id),
        light_span(lang, c.light),
        text(&c.title),
    );
}

/// Each indicator: its line of words (latest value, target, signals), its
/// run chart, and its signals each after its mark.
fn indicators(s: &mut String, p: &Page<'_>, i: usize, b: &BoardReport) {
    let lang = p.lang;
    if b.indicators.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<section class=\"indicators\">\n<h3>{}</h3>",
        escape(i18n::page_word(lang, PageWord::Indicators))
    );
    for (k, ind) in b.indicators.iter().enumerate() {
        let reading = p.charts.get(&(b.id.clone(), ind.id.clone()));
        indicator(s, lang, ind, reading, &format!("chart-{i}-{k}"));
    }
    s.push_str("</section>\n");
}

fn indicator(
    s: &mut String,
    lang: Lang,
    ind: &IndicatorReport,
    reading: Option<&Reading>,
    id: &str,
) {
    // The text form's line but for the signals, which are listed below it.
    let (title, rest) = words::indicator_head(lang, ind, &|u| text(u), &|w| escape(w));
    let line = format!("<strong>{title}</strong>: {rest}");
    let _ = writeln!(
        s,
        "<figure class=\"indicator\" data-indicator=\"{}\">",
        text(&ind.id)
    );
    let _ = write!(s, "<figcaption>{line}");
    if ind.signals.is_empty() {
        let _ = write!(
            s,
            "<p class=\"no-signals\">{}</p>",
            escape(&words::signals_text(lang, ind))
        );
    } else {
        s.push_str("<ul class=\"signals\">");
        for sig in &ind.signals {
            let _ = write!(
                s,
                "<li class=\"signal {}\">{} {}</li>",
                Mark::of(sig).class(),
                Mark::of(sig).icon(),
                escape(&i18n::signal_text(lang, sig))
            );
        }
        s.push_str("</ul>");
    }
    s.push_str("</figcaption>\n");
    let drawn = reading.and_then(|r| {
        let first = r.series.first()?.0;
        let last = r.series.last()?.0;
        let caption = text(&i18n::page_chart(
            lang,
            &ind.title,
            r.series.len(),
            &tavle_core::dates::format_nb(first),
            &tavle_core::dates::format_nb(last),
        ));
        chart::svg(lang, r, ind.target, &caption, id)
    });
    match drawn {
        Some((svg, shown)) => {
            s.push_str(&svg);
            s.push_str("\n<ul class=\"key chart-key\">");
            for m in shown {
                let _ = write!(s, "<li>{} {}</li>", m.icon(), escape(&m.legend(lang)));
            }
            if ind.median.is_some_and(f64::is_finite) {
                let _ = write!(
                    s,
                    "<li>{} {}</li>",
                    line_icon("median"),
                    escape(i18n::plan_word(lang, i18n::PlanWord::Median))
                );
            }
            if ind.target.is_some_and(f64::is_finite) {
                let _ = write!(
                    s,
                    "<li>{} {}</li>",
                    line_icon("target"),
                    escape(i18n::plan_word(lang, i18n::PlanWord::TargetLine))
                );
            }
            s.push_str("</ul>\n");
        }
        None => {
            let _ = writeln!(
                s,
                "<p class=\"no-values\">{}</p>",
                escape(i18n::page_word(lang, PageWord::NoValues))
            );
        }
    }
    s.push_str("</figure>\n");
}

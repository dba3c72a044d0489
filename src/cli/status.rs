//! `tavle measure` and `tavle status`: for the measurement lead and the
//! leadership group. Edits go through the same lock + re-read + rename path.

use std::io::Write;
use std::path::Path;

use crate::card_cmd::resolve_board;
use crate::check::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE};
use crate::cli::MeasureCmd;
use crate::folder::store;
use crate::i18n::{self, Lang, Msg};
use crate::ops::{IndicatorOp, Op};
use crate::status::{self, Report};
use crate::text::sanitize;

fn fail(err: &mut impl Write, lang: Lang, m: Msg, code: i32) -> i32 {
    let _ = writeln!(err, "tavle: {}", sanitize(&i18n::msg(lang, &m)));
    code
}

/// `tavle measure add|import`.
pub fn measure(
    cmd: MeasureCmd,
    dir: &Path,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let today = chrono::Local::now().date_naive();
    let board = match &cmd {
        MeasureCmd::Add { board, .. } | MeasureCmd::Import { board, .. } => board.clone(),
    };
    let Some(path) = resolve_board(&board, dir) else {
        return fail(err, lang, Msg::NoSuchBoard(board), EXIT_USAGE);
    };
    let ops = match cmd {
        MeasureCmd::Add {
            indicator,
            value,
            date,
            ..
        } => {
            let Some(v) = tavle_core::number::parse(&value) else {
                return fail(err, lang, Msg::BadValue(value), EXIT_USAGE);
            };
            let date = match date.as_deref().map(|d| crate::dates::parse_due(d, today)) {
                None => today,
                Some(Ok(d)) => d,
                Some(Err(_)) => {
                    return fail(err, lang, Msg::BadDue(date.unwrap_or_default()), EXIT_USAGE);
                }
            };
            vec![Op::Indicator(IndicatorOp::Measure {
                indicator,
                date,
                value: v,
            })]
        }
        MeasureCmd::Import { file, skip_bad, .. } => {
            let shown = file.display().to_string();
            let text = match store::read_text(&file) {
                Ok((t, _)) => t,
                Err(p) => {
                    let (m, _) = i18n::diag(lang, &p.kind);
                    let _ = writeln!(
                        err,
                        "{}:{}:{}: error: {}",
                        sanitize(&shown),
                        p.line,
                        p.col,
                        sanitize(&m)
                    );
                    return EXIT_PROBLEMS;
                }
            };
            let (rows, bad) = crate::csv_import::parse(&text);
            // Rows naming an indicator the board does not have are bad rows too.
            let known: Vec<String> = store::analyze(&path)
                .board
                .map(|b| b.indicators.iter().map(|i| i.id.clone()).collect())
                .unwrap_or_default();
            let mut problems: Vec<(usize, String)> = bad
                .iter()
                .map(|b| (b.line, i18n::csv_row_error(lang, &b.error)))
                .collect();
            let mut good = Vec::new();
            for r in rows {
                if known.contains(&r.indicator) {
                    good.push(r);
                } else {
                    problems.push((r.line, i18n::unknown_indicator(lang, &r.indicator)));
                }
            }
            problems.sort_by_key(|p| p.0);
            let severity = if skip_bad { "warning" } else { "error" };
            for (line, m) in &problems {
                let _ = writeln!(
                    err,
                    "{}:{line}: {severity}: {}",
                    sanitize(&shown),
                    sanitize(m)
                );
            }
            if !problems.is_empty() && !skip_bad {
                let _ = writeln!(
                    err,
                    "tavle: {}",
                    i18n::nothing_written(lang, problems.len())
                );
                return EXIT_PROBLEMS;
            }
            let n = good.len();
            let ops: Vec<Op> = good
                .into_iter()
                .map(|r| {
                    Op::Indicator(IndicatorOp::Measure {
                        indicator: r.indicator,
                        date: r.date,
                        value: r.value,
                    })
                })
                .collect();
            if ops.is_empty() {
                let _ = writeln!(out, "{}", i18n::imported(lang, 0, problems.len()));
                return EXIT_OK;
            }
            let _ = writeln!(out, "{}", i18n::imported(lang, n, problems.len()));
            ops
        }
    };
    match store::update(&path, &ops, &crate::tui::stamp_now()) {
        Ok(_) => EXIT_OK,
        Err(e) => fail(err, lang, Msg::from(e), EXIT_PROBLEMS),
    }
}

/// The report of every board file in `dir`.
pub fn report(
    dir: &Path,
    today: chrono::NaiveDate,
    owner: Option<&str>,
    lang: Lang,
) -> std::io::Result<Report> {
    let mut boards = Vec::new();
    for file in store::board_files(dir)? {
        let id = store::board_id(&file);
        let a = store::analyze(&file);
        match &a.board {
            Some(b) => boards.push(status::board_report(&id, b, today, owner)),
            None => {
                let p = a.problems.first();
                let msg = p.map(|p| {
                    format!(
                        "{}:{}:{}: {}",
                        file.display(),
                        p.line,
                        p.col,
                        i18n::diag(lang, &p.kind).0
                    )
                });
                boards.push(status::broken_report(&id, msg.unwrap_or_default()));
            }
        }
    }
    if owner.is_some() {
        // "What am I responsible for?": boards where the person has nothing are noise.
        boards.retain(|b| b.error.is_some() || b.counts != crate::plan::Counts::default());
        for b in &mut boards {
            b.indicators.clear();
        }
    }
    status::sort(&mut boards);
    Ok(Report {
        format: status::FORMAT,
        date: today,
        owner: owner.map(str::to_string),
        boards,
    })
}

/// `tavle status`.
pub fn status(
    dir: &Path,
    format: &str,
    owner: Option<&str>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    if !dir.is_dir() {
        let _ = writeln!(
            err,
            "tavle: {}",
            i18n::no_such_path(lang, &dir.display().to_string())
        );
        return EXIT_USAGE;
    }
    let today = chrono::Local::now().date_naive();
    let r = match report(dir, today, owner, lang) {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(
                err,
                "tavle: {}",
                i18n::cannot_list(lang, &dir.display().to_string(), &e.to_string())
            );
            return EXIT_USAGE;
        }
    };
    let text = match format {
        "json" => status::json(&r),
        "markdown" => crate::report::markdown(lang, &r),
        _ => crate::report::text(lang, &r),
    };
    let _ = write!(out, "{text}");
    EXIT_OK
}

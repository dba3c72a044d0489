//! `tavle measure add|import`: indicator values from the measurement lead,
//! one at a time or from a CSV file as Norwegian Excel writes it, through
//! the same lock + re-read + rename path as the screen. Indicators are
//! named by id or by title, in the arguments and in the CSV's first column.
//! `add` says when it replaced the value of that date, with old and new.
//! Dates are of days that have been (`man` is the last Monday, `1.12` the
//! last 1 December): a measurement dated after today is refused, by `add`
//! and as a bad row of `import`.
//!
//! It must not write a board any other way than `store::update`, and must
//! not print except through [`Io`].

use std::path::Path;

use super::{CliError, Exit, Io, MeasureCmd, lookup, words};
use crate::folder::stamp::stamp_now;
use crate::folder::store;
use crate::i18n::{self, Msg};
use tavle_core::dates::DateFor;
use tavle_core::names;
use tavle_core::ops::{IndicatorOp, Op};

/// Run a `tavle measure` command.
pub fn run(cmd: MeasureCmd, dir: &Path, io: &mut Io) -> Exit {
    let result = match cmd {
        MeasureCmd::Add {
            board,
            indicator,
            value,
            date,
        } => add(&board, &indicator, &value, date.as_deref(), dir, io),
        MeasureCmd::Import {
            board,
            file,
            skip_bad,
        } => import(&board, &file, skip_bad, dir, io),
    };
    match result {
        Ok(exit) => exit,
        Err(e) => io.fail(e),
    }
}

fn add(
    board: &str,
    indicator: &str,
    value: &str,
    date: Option<&str>,
    dir: &Path,
    io: &mut Io,
) -> Result<Exit, CliError> {
    let today = chrono::Local::now().date_naive();
    let path = lookup::board(board, dir)?;
    let Some(v) = tavle_core::number::parse(value) else {
        return Err(CliError::BadValue(value.to_string()));
    };
    // A measurement is of a day that has been: `man` is the last Monday,
    // and a day after today is refused.
    let date = match date {
        None => today,
        Some(d) => tavle_core::dates::parse(d, today, DateFor::Past)
            .map_err(|e| CliError::Day(Msg::for_day(d, &e)))?,
    };
    let indicator = lookup::indicator(&lookup::read(&path)?, indicator)?;
    let op = Op::Indicator(IndicatorOp::Measure {
        indicator,
        date,
        value: v,
    });
    let saved = store::update(&path, &[op], &stamp_now())?;
    io.warn_log(&saved);
    // The inverse of a measurement that replaced one puts the old value back.
    if let Some(Op::Indicator(IndicatorOp::Measure { value: old, .. })) =
        saved.applied.first().map(|a| &a.inverse)
    {
        let lang = io.lang;
        io.say(&words::replaced(
            lang,
            &i18n::number(lang, *old),
            &i18n::number(lang, v),
            &tavle_core::dates::format_nb(date),
        ));
    }
    Ok(Exit::Ok)
}

fn import(
    board: &str,
    file: &Path,
    skip_bad: bool,
    dir: &Path,
    io: &mut Io,
) -> Result<Exit, CliError> {
    let lang = io.lang;
    let path = lookup::board(board, dir)?;
    let shown = file.display().to_string();
    let text = match store::read_text(file) {
        Ok((t, _)) => t,
        Err(problem) => {
            return Err(CliError::Broken {
                path: file.to_path_buf(),
                problem,
            });
        }
    };
    let today = chrono::Local::now().date_naive();
    let (rows, bad) = tavle_core::csv_import::parse(&text, today);
    let target = lookup::read(&path)?;
    let known = lookup::indicators(&target);
    let mut problems: Vec<(usize, String)> = bad
        .iter()
        .map(|b| (b.line, i18n::csv_row_error(lang, &b.error)))
        .collect();
    let mut ops = Vec::new();
    for r in rows {
        // A row names its indicator as people do, too; one that names none
        // (or several) is a bad row that says which are valid.
        match names::resolve(&r.indicator, &known) {
            Ok(id) => ops.push(Op::Indicator(IndicatorOp::Measure {
                indicator: id.to_string(),
                date: r.date,
                value: r.value,
            })),
            Err(error) => problems.push((
                r.line,
                words::name_error(lang, words::Named::Indicator, &r.indicator, &error, ""),
            )),
        }
    }
    problems.sort_by_key(|p| p.0);
    let severity = i18n::severity(lang, !skip_bad);
    for (line, m) in &problems {
        io.warn(&format!("{shown}:{line}: {severity}: {m}"));
    }
    if !problems.is_empty() && !skip_bad {
        return Err(CliError::BadRows(problems.len()));
    }
    if !ops.is_empty() {
        let saved = store::update(&path, &ops, &stamp_now())?;
        io.warn_log(&saved);
    }
    io.say(&i18n::imported(lang, ops.len(), problems.len()));
    Ok(Exit::Ok)
}

//! `tavle measure add|import`: indicator values from the measurement lead,
//! one at a time or from a CSV file as Norwegian Excel writes it, through
//! the same lock + re-read + rename path as the screen. Indicators are
//! named by id or by title, in the arguments and in the CSV's first column.
//! Dates are of days that have been (`man` is the last Monday, `1.12` the
//! last 1 December): a measurement dated after today is refused, by `add`
//! and as a bad row of `import`. A value that can be read two ways
//! (`1.234`) is refused with what to write instead.
//!
//! Every measurement stored is echoed with the date and value stored, and
//! the value it replaced ("Lagret Sykefravær 30.11.2026: 12,5 (erstattet
//! 11)"), from what the save applied to the board under its lock. `import`
//! reads UTF-8 and converts Windows-1252 and UTF-16 (saying so), accounts
//! for every row — stored, unchanged (the board had that value), or skipped
//! with its line and why — and reports measurements the board already holds
//! on one date twice or after today.
//!
//! It must not write a board any other way than `store::update`, and must
//! not print except through [`Io`].

use std::path::Path;

use super::words::{self, Named};
use super::{CliError, Exit, Io, MeasureCmd, check, lookup};
use crate::folder::store;
use crate::i18n::{self, Lang, Msg};
use tavle_core::csv_import::{self, encoding, plan::Skip};
use tavle_core::dates::DateFor;
use tavle_core::model::Board;
use tavle_core::ops::{Applied, Change, IndicatorOp, Op};

/// Run a `tavle measure` command.
pub fn run(cmd: MeasureCmd, dir: &Path, now: super::Now, io: &mut Io) -> Exit {
    let result = match cmd {
        MeasureCmd::Add {
            board,
            indicator,
            value,
            date,
        } => add(&board, &indicator, &value, date.as_deref(), dir, now, io),
        MeasureCmd::Import {
            board,
            file,
            skip_bad,
        } => import(&board, &file, skip_bad, dir, now, io),
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
    now: super::Now,
    io: &mut Io,
) -> Result<Exit, CliError> {
    let today = now.today();
    let path = lookup::board(board, dir)?;
    let v = tavle_core::number::read(value)
        .map_err(|e| CliError::BadValue(Msg::for_value(value, &e)))?;
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
    let saved = store::update(&path, &[op], &now.stamp())?;
    io.warn_log(&saved);
    for a in &saved.applied {
        if let Some((text, _)) = echo(io.lang, a, &saved.board) {
            io.say(&text);
        }
    }
    Ok(Exit::Ok)
}

/// What a saved measurement stored, in words, and whether it replaced a
/// value; `None` for anything else.
fn echo(lang: Lang, a: &Applied, board: &Board) -> Option<(String, bool)> {
    let Change::Measured {
        indicator,
        date,
        value: Some(value),
    } = &a.change
    else {
        return None;
    };
    let title = (board.indicators.iter())
        .find(|i| &i.id == indicator)
        .map_or(indicator.as_str(), |i| i.title.as_str());
    // The inverse of a measurement that replaced one puts the old value back.
    let old = match &a.inverse {
        Op::Indicator(IndicatorOp::Measure { value: old, .. }) => {
            Some(i18n::exact_number(lang, *old))
        }
        _ => None,
    };
    let value = i18n::exact_number(lang, *value);
    let replaced = old.is_some();
    Some((
        i18n::stored(lang, title, *date, &value, old.as_deref()),
        replaced,
    ))
}

fn import(
    board: &str,
    file: &Path,
    skip_bad: bool,
    dir: &Path,
    now: super::Now,
    io: &mut Io,
) -> Result<Exit, CliError> {
    let lang = io.lang;
    let path = lookup::board(board, dir)?;
    let shown = file.display().to_string();
    let bytes = store::read_bytes(file).map_err(|problem| CliError::Broken {
        path: file.to_path_buf(),
        problem,
    })?;
    let decoded = match encoding::decode(&bytes) {
        Ok(decoded) => decoded,
        Err(e) => {
            io.warn(&format!(
                "tavle: {}",
                i18n::csv_encoding_error(lang, &shown, &e)
            ));
            return Ok(Exit::Problems);
        }
    };
    if let Some(note) = i18n::csv_read_as(lang, &shown, decoded.encoding) {
        io.say(&note);
    }
    let today = now.today();
    let (rows, bad) = csv_import::parse(&decoded.text, today);
    let target = lookup::read(&path)?;
    let plan = csv_import::plan::plan(&rows, &target);

    // Every row not stored: (line, whether it is a bad row, why).
    let mut skipped: Vec<(usize, bool, String)> = bad
        .iter()
        .map(|b| (b.line, true, i18n::csv_row_error(lang, &b.error)))
        .collect();
    for (line, skip) in &plan.skip {
        let why = match skip {
            Skip::Name { name, error } => {
                words::name_error(lang, Named::Indicator, name, error, "")
            }
            Skip::Conflict {
                indicator,
                date,
                rows,
            } => i18n::csv_conflict(lang, indicator, *date, rows),
            Skip::Repeat { first } => i18n::csv_repeat(lang, *first),
        };
        skipped.push((*line, skip.is_error(), why));
    }
    skipped.sort_by_key(|s| s.0);
    let errors = skipped.iter().filter(|s| s.1).count();
    for (line, error, why) in &skipped {
        let severity = i18n::severity(lang, *error && !skip_bad);
        io.warn(&format!("{shown}:{line}: {severity}: {why}"));
    }
    if errors > 0 && !skip_bad {
        warn_doubts(lang, &path, &target, today, io);
        return Err(CliError::BadRows(errors));
    }

    // What each row did, by line: stored (as the save says) or unchanged.
    let mut said: Vec<(usize, String)> = Vec::new();
    let (mut stored, mut replaced) = (0, 0);
    let mut board = target;
    if !plan.store.is_empty() {
        let ops: Vec<Op> = (plan.store.iter())
            .map(|s| {
                Op::Indicator(IndicatorOp::Measure {
                    indicator: s.indicator.clone(),
                    date: s.date,
                    value: s.value,
                })
            })
            .collect();
        let saved = store::update(&path, &ops, &now.stamp())?;
        io.warn_log(&saved);
        // One applied change per op, in the order of the ops.
        for (s, a) in plan.store.iter().zip(&saved.applied) {
            if let Some((text, was)) = echo(lang, a, &saved.board) {
                stored += 1;
                replaced += usize::from(was);
                said.push((s.line, text));
            }
        }
        board = saved.board;
    }
    for u in &plan.unchanged {
        let title = (board.indicators.iter())
            .find(|i| i.id == u.indicator)
            .map_or(u.indicator.as_str(), |i| i.title.as_str());
        let value = i18n::exact_number(lang, u.value);
        said.push((u.line, i18n::unchanged(lang, title, u.date, &value)));
    }
    said.sort_by_key(|s| s.0);
    for (line, text) in &said {
        io.say(&format!("{shown}:{line}: {text}"));
    }
    warn_doubts(lang, &path, &board, today, io);
    io.say(&i18n::csv_summary(
        lang,
        stored,
        replaced,
        plan.unchanged.len(),
        skipped.len(),
    ));
    Ok(Exit::Ok)
}

/// Measurements the board holds on one date twice or after today, as
/// warnings on stderr: at their line and column in the file as it is now,
/// or for the whole file when it no longer reads as a board.
fn warn_doubts(lang: Lang, path: &Path, board: &Board, today: chrono::NaiveDate, io: &mut Io) {
    let text = store::read_text(path).ok().map(|(text, _)| text);
    let on_disk = text.as_deref().and_then(|t| store::analyze_text(t).0);
    let doubts = match (&on_disk, &text) {
        (Some(b), Some(t)) => check::value_doubts(lang, path, b, Some(t), today),
        _ => check::value_doubts(lang, path, board, None, today),
    };
    for doubt in doubts {
        io.print_err(&doubt);
    }
}

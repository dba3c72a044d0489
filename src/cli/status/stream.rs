//! `tavle status` over a folder too large to hold (a region's 10,000
//! boards): the boards are read and decoded on every core
//! ([`store::many`]), each turned at once into its part of the report
//! ([`status::Part`]), the run charts a page needs and, where a name
//! makes it a possible conflict copy, what tells a copy from a board
//! ([`Kin`]); then the board is dropped. The report is then assembled as
//! [`super::report_of`] makes it from whole boards, the conflict copies
//! decided by the same rule ([`conflicts::copies_in`]) and held back.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::{CliError, problem_of};
use crate::folder::store::{self, many};
use crate::i18n::Lang;
use crate::report::html::{self, Charts};
use tavle_core::conflicts::{self, Kin};
use tavle_core::status::{self, Asked, Part, Report};

/// What one board file gave.
struct Got {
    /// Its part of the report; `None` when `asked` leaves it out.
    part: Option<Part>,
    /// Its kin, when its name makes it a possible copy or the original of one.
    kin: Option<Kin>,
    /// Its indicators' run charts, when a page is asked for.
    charts: Charts,
}

/// The report of the board files in `dir` (or the one file it names) for
/// `today`, as `asked`, with the run charts when `charts` (the page), and
/// every board file read (for the page's permissions).
pub fn report(
    dir: &std::path::Path,
    today: chrono::NaiveDate,
    asked: &Asked,
    lang: Lang,
    charts: bool,
) -> Result<(Report, Charts, Vec<PathBuf>), CliError> {
    let files = super::super::check::files_of(dir)?.boards;
    let names: Vec<String> = files.iter().map(|p| file_name(p)).collect();
    // Only an ambiguous copy's name needs the boards compared.
    let mut kin_of: HashSet<String> = HashSet::new();
    for found in conflicts::copies_of(&names) {
        if found.name.needs_same_board {
            kin_of.insert(found.copy.to_string());
            kin_of.insert(found.name.original);
        }
    }
    let got = many::map(&files, |path, decoded| {
        let id = store::board_id(path);
        match decoded {
            Ok(board) => {
                let log = match asked.since {
                    Some(_) => crate::folder::log::read(path),
                    None => Vec::new(),
                };
                Got {
                    kin: kin_of.contains(&file_name(path)).then(|| Kin::of(&board)),
                    charts: match charts {
                        true => html::charts([(id.as_str(), &board)]),
                        false => Charts::new(),
                    },
                    part: Part::of(&id, &board, &log, today, asked),
                }
            }
            Err(problems) => Got {
                part: Part::broken(&id, problem_of(path, &problems, lang), asked),
                kin: None,
                charts: Charts::new(),
            },
        }
    });
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let kin = |name: &str| index.get(name).and_then(|&i| got[i].kin.clone());
    let copies: Vec<(usize, status::HeldBack)> = conflicts::copies_in(&names, kin)
        .into_iter()
        .filter_map(|found| {
            let held = status::HeldBack {
                file: found.copy.to_string(),
                copy_of: found.name.original,
            };
            Some((*index.get(found.copy)?, held))
        })
        .collect();
    let left_out: HashSet<usize> = copies.iter().map(|(i, _)| *i).collect();
    let mut all_charts = Charts::new();
    let mut parts = Vec::with_capacity(got.len());
    for (i, g) in got.into_iter().enumerate() {
        // The old page drew every board's charts, copies too: the same map.
        all_charts.extend(g.charts);
        if !left_out.contains(&i) {
            parts.extend(g.part);
        }
    }
    let held_back = copies.into_iter().map(|(_, h)| h).collect();
    let r = status::assemble(parts, today, asked, held_back);
    Ok((r, all_charts, files))
}

/// A path's file name as text, as [`super::super::copies`] compares them.
fn file_name(p: &std::path::Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

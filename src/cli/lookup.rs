//! Finding what a command names, the way people name it: a board by its
//! path, its id (the file name) or its title; a column, a card or an
//! indicator by its id or its title. Case, diacritics and a unique prefix
//! are forgiven by the core's one rule ([`tavle_core::names::resolve`]); a name
//! that fits nothing says what the valid names are.
//!
//! It reads board files (through the folder layer) but writes nothing, and
//! prints nothing: the callers fail with the [`CliError`] it returns.

use std::path::{Path, PathBuf};

use super::copies;
use super::words::Named;
use crate::cli::CliError;
use crate::folder::store;
use tavle_core::model::Board;
use tavle_core::names;

/// The board file BOARD names: a path to a file; else `DIR/BOARD.json` (or
/// `DIR/BOARD` when it ends in `.json`); else the board in `dir` whose id or
/// title it names. Conflict copies are never candidates: `plan` must not be
/// ambiguous because Syncthing left a copy of it.
pub fn board(name: &str, dir: &Path) -> Result<PathBuf, CliError> {
    let as_path = PathBuf::from(name);
    if as_path.is_file() {
        return Ok(bare_file(&as_path));
    }
    let file = if name.ends_with(".json") {
        dir.join(name)
    } else {
        dir.join(format!("{name}.json"))
    };
    if file.is_file() {
        return Ok(file);
    }
    if !dir.is_dir() {
        return Err(CliError::NoBoardFolder {
            name: name.to_string(),
            dir: dir.to_path_buf(),
        });
    }
    let listing = store::list_boards(dir).map_err(|e| CliError::CannotList {
        path: dir.to_path_buf(),
        kind: e.kind,
    })?;
    let read: Vec<(PathBuf, Option<Board>)> = listing
        .boards
        .into_iter()
        .map(|p| {
            let board = store::analyze(&p).board;
            (p, board)
        })
        .collect();
    let files: Vec<(PathBuf, Option<&Board>)> =
        read.iter().map(|(p, b)| (p.clone(), b.as_ref())).collect();
    let copies = copies::confirmed(&files);
    let kept: Vec<(&PathBuf, Option<&Board>, String)> = read
        .iter()
        .filter(|(p, _)| !copies.iter().any(|c| c.path == *p))
        .map(|(p, b)| {
            let file = p.file_name().map(|n| n.to_string_lossy().into_owned());
            (p, b.as_ref(), file.unwrap_or_default())
        })
        .collect();
    // Boards with one title are named apart, and the file name picks one.
    let named: Vec<names::boards::Board> = kept
        .iter()
        .map(|(_, b, file)| names::boards::Board {
            title: b.map_or("", |b| b.title.as_str()),
            unit: b.and_then(|b| b.unit.as_deref()),
            file,
        })
        .collect();
    match names::boards::resolve(name, &named) {
        Ok(i) => Ok(kept[i].0.clone()),
        Err(error) => Err(CliError::Board {
            name: name.to_string(),
            dir: dir.to_path_buf(),
            error,
        }),
    }
}

/// A file named without a folder (`plan.json`) as `./plan.json`: its
/// folder is then `.`, never the empty path, and it is the path the
/// folder's listing gives the file (so the screen finds it among the
/// boards it loaded). Anything else, folders too, as it is.
pub fn bare_file(path: &Path) -> PathBuf {
    let bare = path.parent().is_some_and(|p| p.as_os_str().is_empty());
    if bare && path.is_file() {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

/// The board in the file at `path`, to look names up in; a file that does
/// not read as a board is the first problem in it.
pub fn read(path: &Path) -> Result<Board, CliError> {
    let analysis = store::analyze(path);
    match analysis.board {
        Some(b) => Ok(b),
        None => Err(CliError::Broken {
            path: path.to_path_buf(),
            problem: analysis
                .problems
                .into_iter()
                .next()
                .unwrap_or_else(|| store::whole_file(tavle_core::diag::DiagKind::Empty)),
        }),
    }
}

/// Resolve `name` among `(id, title)` pairs of one kind.
fn resolve(what: Named, name: &str, candidates: &[(&str, &str)]) -> Result<String, CliError> {
    names::resolve(name, candidates)
        .map(str::to_string)
        .map_err(|error| CliError::Name {
            what,
            name: name.to_string(),
            error,
        })
}

/// The id of the column `name` names.
pub fn column(board: &Board, name: &str) -> Result<String, CliError> {
    let c: Vec<(&str, &str)> = board
        .columns
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    resolve(Named::Column, name, &c)
}

/// The id of the card `name` names (archived cards too: they can be
/// restored). Cards are listed as `k4 Fall hos bruker i rute…`: titles are
/// long, and the id is what a script would use next time.
pub fn card(board: &Board, name: &str) -> Result<String, CliError> {
    let c: Vec<(&str, &str)> = board
        .cards
        .iter()
        .map(|c| (c.id.as_str(), c.title.as_str()))
        .collect();
    let short = |c: &tavle_core::model::Card| {
        format!(
            "{} {}",
            c.id,
            tavle_core::text::fit(c.title.trim(), CARD_TITLE)
        )
    };
    resolve(Named::Card, name, &c).map_err(|e| match e {
        CliError::Name {
            what,
            name,
            error: names::NameError::Unknown { .. },
        } => CliError::Name {
            what,
            name,
            error: names::NameError::Unknown {
                valid: board
                    .cards
                    .iter()
                    .filter(|c| !c.archived)
                    .map(short)
                    .collect(),
            },
        },
        CliError::Name {
            what,
            name,
            error: names::NameError::Ambiguous { matches },
        } => CliError::Name {
            what,
            name,
            error: names::NameError::Ambiguous {
                matches: matches
                    .iter()
                    .filter_map(|m| {
                        board
                            .cards
                            .iter()
                            .find(|c| c.title.trim() == m || c.id == *m)
                    })
                    .map(short)
                    .collect(),
            },
        },
        other => other,
    })
}

/// How much of a card's title a list of cards shows (terminal cells).
const CARD_TITLE: usize = 28;

/// The id of the indicator `name` names.
pub fn indicator(board: &Board, name: &str) -> Result<String, CliError> {
    resolve(Named::Indicator, name, &indicators(board))
}

/// The id of the routine `name` names (by id or title).
pub fn routine(board: &Board, name: &str) -> Result<String, CliError> {
    let r: Vec<(&str, &str)> = (board.routines.iter())
        .map(|r| (r.id.as_str(), r.title.as_str()))
        .collect();
    resolve(Named::Routine, name, &r)
}

/// A board's indicators as `(id, title)`, for resolving many names at once.
pub fn indicators(board: &Board) -> Vec<(&str, &str)> {
    board
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), i.title.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOARD: &str = r#"{"tavle":1,"title":"Drift nord","kind":"drift",
      "columns":[{"id":"idag","title":"I dag"},{"id":"pagar","title":"Pågår"}],
      "cards":[{"id":"k1","title":"Bemanning","column":"idag"}],
      "indicators":[{"id":"syk","title":"Sykefravær"}]}"#;

    #[test]
    fn boards_by_path_id_or_title_and_never_a_conflict_copy() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("nord.json"), BOARD).unwrap();
        std::fs::write(
            d.join("nord.sync-conflict-20261130-140312-ABCDEFG.json"),
            BOARD,
        )
        .unwrap();
        std::fs::write(d.join("sor.json"), BOARD.replace("Drift nord", "Drift sør")).unwrap();
        assert_eq!(board("nord", d).unwrap(), d.join("nord.json"));
        assert_eq!(board("nord.json", d).unwrap(), d.join("nord.json"));
        assert_eq!(board("drift n", d).unwrap(), d.join("nord.json"));
        assert_eq!(board("Drift SØR", d).unwrap(), d.join("sor.json"));
        match board("Drift", d) {
            Err(CliError::Board {
                error: names::NameError::Ambiguous { matches },
                ..
            }) => assert_eq!(matches, ["Drift nord", "Drift sør"]),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            board("x", &d.join("nope")),
            Err(CliError::NoBoardFolder { .. })
        ));
    }

    #[test]
    fn columns_cards_and_indicators_by_id_or_title() {
        let b = crate::folder::store::analyze_text(BOARD).0.unwrap();
        assert_eq!(column(&b, "Pågår").unwrap(), "pagar");
        assert_eq!(column(&b, "i dag").unwrap(), "idag");
        assert_eq!(card(&b, "beman").unwrap(), "k1");
        assert_eq!(indicator(&b, "sykefravær").unwrap(), "syk");
        match column(&b, "Ferdig") {
            Err(CliError::Name {
                what: Named::Column,
                error: names::NameError::Unknown { valid },
                ..
            }) => assert_eq!(valid, ["I dag", "Pågår"]),
            other => panic!("{other:?}"),
        }
    }
}

//! Conflict copies among the board files a command looks at: the copies a
//! sync client (Syncthing, Dropbox, OneDrive, Nextcloud) wrote beside a
//! board, decided by the core's one rule ([`conflicts::copies_in`]: the
//! name, and for the ambiguous names shared history with the original).
//! `tavle check` reports them as such, `tavle status` never counts one as a
//! board but names it, and a board named by title is never one of them.
//!
//! It must not read files itself (the callers pass what they read) and must
//! not decide what to do with a copy.

use std::path::{Path, PathBuf};

use tavle_core::conflicts::{self, Kin, Source};
use tavle_core::model::Board;

/// A confirmed conflict copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    /// The copy's file.
    pub path: PathBuf,
    /// The file name of the board it is a copy of (`plan.json`).
    pub original: String,
    /// Which client made it.
    pub source: Source,
}

/// The confirmed conflict copies among `files`, each a board file of one
/// folder with its board (`None` when it does not read as one).
pub fn confirmed(files: &[(PathBuf, Option<&Board>)]) -> Vec<Copy> {
    let names: Vec<String> = files.iter().map(|(p, _)| file_name(p)).collect();
    let kin = |name: &str| {
        let i = names.iter().position(|n| n == name)?;
        files[i].1.map(Kin::of)
    };
    conflicts::copies_in(&names, kin)
        .into_iter()
        .filter_map(|found| {
            let i = names.iter().position(|n| n == found.copy)?;
            Some(Copy {
                path: files[i].0.clone(),
                original: found.name.original,
                source: found.name.source,
            })
        })
        .collect()
}

/// Whether the board file at `path` is a confirmed conflict copy of a board
/// beside it; `board` is its own board, `board_of` reads another file's
/// (for a file named alone on the command line).
pub fn of_file(
    path: &Path,
    board: Option<&Board>,
    board_of: impl Fn(&Path) -> Option<Board>,
) -> Option<Copy> {
    let dir = path.parent()?;
    let mut others: Vec<(PathBuf, Option<Board>)> = Vec::new();
    for c in conflicts::candidates(&file_name(path)) {
        let original = dir.join(&c.original);
        if original.is_file() && !others.iter().any(|(p, _)| *p == original) {
            let b = board_of(&original);
            others.push((original, b));
        }
    }
    let mut files = vec![(path.to_path_buf(), board)];
    files.extend(others.iter().map(|(p, b)| (p.clone(), b.as_ref())));
    confirmed(&files).into_iter().find(|c| c.path == path)
}

/// A path's file name as text (`copies_in` compares names, not paths).
fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A board titled `title` with one card `k1` made at `created`.
    fn board(title: &str, created: &str) -> Board {
        let text = format!(
            r#"{{"tavle":1,"title":"{title}","kind":"drift","columns":[{{"id":"a","title":"A"}}],
            "cards":[{{"id":"k1","title":"Ring","column":"a","created":"{created}"}}]}}"#
        );
        tavle_core::analyze::analyze_text(&text).0.unwrap()
    }

    const T1: &str = "2026-11-02T08:00:00+01:00";
    const T2: &str = "2026-11-03T08:00:00+01:00";

    #[test]
    fn copies_need_their_original_and_the_ambiguous_ones_shared_history() {
        let plan = board("Plan", T1);
        let drift = board("Drift", T1);
        let drift_nord = board("Drift nord", T1);
        let planted = board("Plan", T2);
        let files: Vec<(PathBuf, Option<&Board>)> = vec![
            (PathBuf::from("d/plan.json"), Some(&plan)),
            (
                PathBuf::from("d/plan.sync-conflict-20261130-140312-ABCDEFG.json"),
                Some(&plan),
            ),
            (PathBuf::from("d/drift-nord.json"), Some(&drift_nord)),
            (PathBuf::from("d/drift.json"), Some(&drift)),
            (PathBuf::from("d/plan (1).json"), Some(&plan)),
            (PathBuf::from("d/plan (2).json"), Some(&planted)),
        ];
        let found = confirmed(&files);
        let names: Vec<&Path> = found.iter().map(|c| c.path.as_path()).collect();
        assert_eq!(
            names,
            [
                Path::new("d/plan.sync-conflict-20261130-140312-ABCDEFG.json"),
                Path::new("d/plan (1).json"),
            ]
        );
        assert_eq!(found[0].original, "plan.json");
        assert!(
            matches!(&found[0].source, Source::Syncthing { device, .. } if device == "ABCDEFG")
        );
    }

    #[test]
    fn a_file_alone_is_a_copy_when_its_original_is_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let original = dir.path().join("plan.json");
        std::fs::write(&original, "{}").unwrap();
        let copy = dir.path().join("plan-PC42.json");
        let plan = board("Plan", T1);
        let same = |_: &Path| Some(board("Plan", T1));
        let found = of_file(&copy, Some(&plan), same).unwrap();
        assert_eq!(found.original, "plan.json");
        let other = |_: &Path| Some(board("Plan", T2));
        assert_eq!(of_file(&copy, Some(&plan), other), None);
        assert_eq!(of_file(&original, Some(&plan), same), None);
    }
}

//! Conflict copies among the board files a command looks at: the copies a
//! sync client (Syncthing, Dropbox, OneDrive, Nextcloud) wrote beside a
//! board, decided by the core's one rule ([`conflicts::copies_in`]: the
//! name, and for the ambiguous names the same title as the original). `tavle
//! check` reports them as such, `tavle status` never counts one as a board,
//! and a board named by title is never one of them.
//!
//! It must not read files itself (the callers pass the titles they read)
//! and must not decide what to do with a copy.

use std::path::{Path, PathBuf};

use tavle_core::conflicts::{self, Source};

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
/// folder with its board title (`None` when it does not read as a board).
pub fn confirmed(files: &[(PathBuf, Option<String>)]) -> Vec<Copy> {
    let named: Vec<(String, Option<String>)> = files
        .iter()
        .map(|(p, t)| (file_name(p), t.clone()))
        .collect();
    conflicts::copies_in(&named)
        .into_iter()
        .filter_map(|found| {
            let (path, _) = files.iter().find(|(p, _)| file_name(p) == found.copy)?;
            Some(Copy {
                path: path.clone(),
                original: found.name.original,
                source: found.name.source,
            })
        })
        .collect()
}

/// Whether the board file at `path` is a confirmed conflict copy of a board
/// beside it; `title` is its own board title, `title_of` reads another
/// file's (for a file named alone on the command line).
pub fn of_file(
    path: &Path,
    title: Option<String>,
    title_of: impl Fn(&Path) -> Option<String>,
) -> Option<Copy> {
    let dir = path.parent()?;
    let mut files = vec![(path.to_path_buf(), title)];
    for c in conflicts::candidates(&file_name(path)) {
        let original = dir.join(&c.original);
        if original.is_file() && !files.iter().any(|(p, _)| *p == original) {
            let t = title_of(&original);
            files.push((original, t));
        }
    }
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

    fn files(names: &[(&str, Option<&str>)]) -> Vec<(PathBuf, Option<String>)> {
        names
            .iter()
            .map(|(n, t)| (PathBuf::from("d").join(n), t.map(str::to_string)))
            .collect()
    }

    #[test]
    fn copies_need_their_original_and_the_ambiguous_ones_its_title() {
        let found = confirmed(&files(&[
            ("plan.json", Some("Plan")),
            (
                "plan.sync-conflict-20261130-140312-ABCDEFG.json",
                Some("Plan"),
            ),
            ("drift-nord.json", Some("Drift nord")),
            ("drift.json", Some("Drift")),
            ("plan (1).json", Some("Plan")),
            ("annen (1).json", Some("Annen")),
        ]));
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
        let same = |_: &Path| Some("Plan".to_string());
        let found = of_file(&copy, Some("Plan".into()), same).unwrap();
        assert_eq!(found.original, "plan.json");
        let other = |_: &Path| Some("Annen".to_string());
        assert_eq!(of_file(&copy, Some("Plan".into()), other), None);
        assert_eq!(of_file(&original, Some("Plan".into()), same), None);
    }
}

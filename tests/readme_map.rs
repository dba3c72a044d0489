//! The README's map of the code names files that exist (issue 19.7): each
//! row of the Development table names a folder and, in backticks, the files
//! and folders in it; every one must be there, under that folder or one of
//! its subfolders, so the map cannot drift from the tree unnoticed.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every file and folder under `dir`, as paths relative to it with `/`.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let path: PathBuf = entry.path();
            let rel = path
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            // Links are not followed: the tree is what is checked in.
            let kind = entry.file_type().unwrap();
            if kind.is_symlink() {
                out.push(rel);
            } else if kind.is_dir() {
                out.push(format!("{rel}/"));
                stack.push(path);
            } else {
                out.push(rel);
            }
        }
    }
    out
}

/// The backticked names in a table row.
fn ticked(row: &str) -> Vec<&str> {
    row.split('`').skip(1).step_by(2).collect()
}

#[test]
fn every_file_the_readme_map_names_exists() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut checked = 0;
    let mut missing = Vec::new();
    for row in readme.lines().filter(|l| l.starts_with("| `")) {
        let names = ticked(row);
        let Some(first) = names.first() else { continue };
        // The row's folder: `src/app/`, or `core/` whose files are in core/src.
        let base = match *first {
            "core/" => root().join("core/src"),
            // A folder of the repo (not a key such as `/`).
            f if f.len() > 1 && !f.starts_with('/') && f.ends_with('/') => root().join(f),
            _ => continue,
        };
        let all = tree(&base);
        for name in names.iter().skip(1) {
            let is_path = name.ends_with(".rs") || name.ends_with('/');
            if !is_path || name.contains(' ') {
                continue;
            }
            checked += 1;
            // Under the row's folder, or a path from the top of the repo
            // (`i18n/`, `tests/snapshots/`).
            let found = all
                .iter()
                .any(|p| p == name || p.ends_with(&format!("/{name}")))
                || root().join(name.trim_end_matches('/')).exists();
            if !found {
                missing.push(format!("{first} {name}"));
            }
        }
    }
    assert!(
        checked >= 30,
        "only {checked} names read: is the map still a table?"
    );
    assert!(
        missing.is_empty(),
        "the README's map names files that do not exist: {missing:?}"
    );
}

//! The repository tracks sources, not what running them leaves behind: no
//! Python caches, build output, pending snapshots, temp files, or the merge
//! bases and logs tavle writes beside the shipped boards when `cargo run`
//! opens them. Outside a git checkout (a source tarball) there is nothing to
//! check.

use std::path::Path;
use std::process::Command;

#[test]
fn no_build_or_run_artefacts_are_tracked() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(out) = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
    else {
        eprintln!("git is not available: nothing to check");
        return;
    };
    if !out.status.success() {
        eprintln!("not a git checkout: nothing to check");
        return;
    }
    let files = String::from_utf8_lossy(&out.stdout);
    let artefacts: Vec<&str> = files
        .split('\0')
        .filter(|f| {
            f.contains("__pycache__/")
                || f.ends_with(".pyc")
                || f.starts_with("target/")
                || f.ends_with(".snap.new")
                || f.ends_with(".tmp")
                || f.ends_with(".lock.break")
                || f.starts_with("boards/.tavle/")
                || f.starts_with("boards/referater/")
        })
        .collect();
    assert!(artefacts.is_empty(), "tracked artefacts: {artefacts:?}");
}

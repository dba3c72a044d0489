//! The core crate never reads the clock, the disk or the network (issue 19.5).
//! `.ci/run` lints it on its own with `core/clippy.toml`, and the app and
//! views with `.ci/lints/clippy.toml`; this test keeps the pieces that make
//! those lints mean something from being taken away quietly.

use std::path::Path;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `chrono = …` line of a manifest's `[dependencies]`.
fn chrono_line(manifest: &str) -> String {
    manifest
        .lines()
        .find(|l| l.trim_start().starts_with("chrono ="))
        .unwrap_or_else(|| panic!("no chrono dependency in\n{manifest}"))
        .to_string()
}

#[test]
fn cores_chrono_has_no_clock() {
    let line = chrono_line(&read("core/Cargo.toml"));
    // Without default features and without `clock`/`now`, `Utc::now` and
    // `Local::now` do not exist for core built alone: a call cannot compile.
    assert!(line.contains("default-features = false"), "{line}");
    for feature in ["\"clock\"", "\"now\"", "\"wasmbind\""] {
        assert!(
            !line.contains(feature),
            "core's chrono asks for {feature}: {line}"
        );
    }
}

#[test]
fn the_lint_lists_name_the_clock_and_the_disk() {
    let calls = [
        "std::time::SystemTime::now",
        "std::time::Instant::now",
        "std::fs::read",
        "std::fs::read_to_string",
        "std::fs::write",
        "std::fs::read_dir",
        "std::fs::rename",
        "std::fs::File::open",
        "std::fs::File::create",
        "std::fs::OpenOptions::open",
    ];
    let types = [
        "std::fs::File",
        "std::net::TcpStream",
        "std::net::UdpSocket",
    ];
    for file in ["core/clippy.toml", ".ci/lints/clippy.toml"] {
        let text = read(file);
        for path in calls.iter().chain(types.iter()) {
            let quoted = format!("path = \"{path}\"");
            assert!(text.contains(&quoted), "{file} does not disallow {path}");
        }
    }
}

#[test]
fn ci_lints_the_core_alone_and_the_app_with_its_list() {
    let ci = read(".ci/run");
    let lines: Vec<&str> = ci.lines().map(str::trim).collect();
    assert!(
        lines.iter().any(
            |l| l.starts_with("cargo clippy -p tavle-core --all-targets")
                && l.contains("-D warnings")
        ),
        ".ci/run does not lint tavle-core on its own"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("CLIPPY_CONF_DIR=.ci/lints cargo clippy")
                && l.contains("-D warnings")),
        ".ci/run does not lint the app and views with .ci/lints/clippy.toml"
    );
}

#[test]
fn only_the_io_layers_allow_the_lint() {
    // The layers whose job is I/O allow it at their top; nothing in the app,
    // the views, the translations or the minutes may.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = [
        "folder/mod.rs",
        "platform/mod.rs",
        "tui/mod.rs",
        // The CLI allows each use where it is done: the environment in
        // `main`, git, and the clock read once.
        "cli/mod.rs",
        "cli/git.rs",
        "cli/now.rs",
    ];
    let mut stack = vec![src.clone()];
    let mut seen = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            if text.contains("allow(clippy::disallowed_methods") {
                let rel = path
                    .strip_prefix(&src)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                seen.push(rel);
            }
        }
    }
    seen.sort();
    let mut want: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(seen, want);
}

//! The command line reads the clock once per run (`cli/now.rs`, called from
//! `cli::main`) and hands that moment to the subcommand; it writes files
//! only through the folder layer (issue 19.6). `.ci/run` lints this with
//! `.ci/lints/clippy.toml`; this test checks the sources on every
//! `cargo test` too, so a subcommand that reads the clock itself, stamps a
//! change with its own reading, or opens a file with `std::fs` fails here.

use std::path::Path;

/// Every `src/cli/*.rs` file but its `#[cfg(test)]` module: (name, text).
fn cli_sources() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        // A `*_tests.rs` file is the tests of a subcommand: they may
        // write their fixtures as they like.
        let tests = path.to_string_lossy().ends_with("_tests.rs");
        if path.extension().is_some_and(|x| x == "rs") && !tests {
            let text = std::fs::read_to_string(&path).unwrap();
            let code = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            out.push((name, code));
        }
    }
    out.sort();
    assert!(out.len() > 10, "the CLI's sources were not found");
    out
}

/// The lines of `code` that hold any of `needles`, outside `//` comments.
fn uses<'a>(code: &'a str, needles: &[&str]) -> Vec<&'a str> {
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| needles.iter().any(|n| l.contains(n)))
        .collect()
}

#[test]
fn only_now_rs_reads_the_clock_and_main_reads_it_once() {
    let clock = ["::now(", "stamp_now"];
    let mut found = Vec::new();
    for (name, code) in cli_sources() {
        let hits = uses(&code, &clock);
        match name.as_str() {
            "now.rs" => assert_eq!(hits.len(), 1, "{hits:?}"),
            "mod.rs" => assert!(hits.is_empty(), "{hits:?}"),
            _ => found.extend(hits.into_iter().map(|l| format!("{name}: {}", l.trim()))),
        }
    }
    assert!(
        found.is_empty(),
        "a subcommand reads the clock itself: {found:#?}"
    );
    let main = cli_sources()
        .into_iter()
        .find(|(n, _)| n == "mod.rs")
        .unwrap()
        .1;
    assert_eq!(main.matches("Now::read()").count(), 1);
}

#[test]
fn the_cli_writes_files_only_through_the_folder_layer() {
    let io = [
        "std::fs",
        "fs::write",
        "fs::create_dir",
        "fs::OpenOptions",
        "File::create",
        "OpenOptions::new",
        "fs::remove",
        "fs::rename",
    ];
    let mut found = Vec::new();
    for (name, code) in cli_sources() {
        found.extend(
            uses(&code, &io)
                .into_iter()
                .map(|l| format!("{name}: {}", l.trim())),
        );
    }
    assert!(found.is_empty(), "the CLI touches files itself: {found:#?}");
}

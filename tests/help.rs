//! The language the binary speaks: `--help` is wholly in the chosen language
//! (clap's own English words included), rendered from the command itself in
//! every language, and the language comes from the flag, then `TAVLE_LANG`,
//! then the locale.
//!
//! These run the built binary with a cleaned environment; the catalogues
//! themselves are tested in `i18n.rs`.

use std::process::Command;

use tavle::i18n::Lang;

/// The binary, with no language from the environment unless given.
fn tavle(args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(args);
    for var in ["TAVLE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    // No wrapping: each argument's help on its line (the tests' build of
    // clap wraps at `COLUMNS` when not on a terminal).
    cmd.env("COLUMNS", "100000");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

const CLAP_ENGLISH: [&str; 10] = [
    "Usage",
    "Commands",
    "Options",
    "Arguments",
    "Print help",
    "Print version",
    "[OPTIONS]",
    "<COMMAND>",
    "default:",
    "possible values",
];

#[test]
fn help_is_wholly_in_the_chosen_language() {
    for args in [
        &["--help"][..],
        &["card", "--help"],
        &["card", "add", "--help"],
        &["status", "--help"],
        &["help", "decision"],
    ] {
        for (code, word) in [("nb", "Bruk:"), ("nn", "Bruk:"), ("en", "Usage:")] {
            let (status, text) = tavle(args, &[("TAVLE_LANG", code)]);
            assert_eq!(status, 0, "{code} {args:?}: {text}");
            assert!(text.contains(word), "{code} {args:?}: {text}");
            if code == "en" {
                assert!(text.contains("Print help"), "{args:?}: {text}");
            } else {
                for english in CLAP_ENGLISH {
                    assert!(!text.contains(english), "{code} {args:?} {english}: {text}");
                }
            }
        }
    }
    let (_, nn) = tavle(&["--help"], &[("TAVLE_LANG", "nn")]);
    for word in [
        "Kommandoar:",
        "Argument:",
        "Val:",
        "[VAL]",
        "<SPRÅK>",
        "[standard: boards]",
    ] {
        assert!(nn.contains(word), "{word}: {nn}");
    }
    let (_, en) = tavle(&["--help"], &[("TAVLE_LANG", "en")]);
    for word in [
        "Commands:",
        "Arguments:",
        "Options:",
        "[OPTIONS]",
        "[default: boards]",
    ] {
        assert!(en.contains(word), "{word}: {en}");
    }
}

#[test]
fn help_renders_in_each_language_from_the_command_itself() {
    for &lang in Lang::ALL {
        let mut cmd = tavle::cli::command(lang);
        let root = cmd.render_help().to_string();
        let card = cmd
            .find_subcommand_mut("card")
            .unwrap()
            .render_help()
            .to_string();
        for text in [&root, &card] {
            let english: Vec<&str> = CLAP_ENGLISH
                .iter()
                .copied()
                .filter(|w| text.contains(w))
                .collect();
            if lang == Lang::En {
                assert!(english.contains(&"Usage"), "{text}");
            } else {
                assert!(english.is_empty(), "{lang:?} {english:?}: {text}");
            }
        }
    }
}

#[test]
fn the_language_comes_from_the_flag_then_tavle_lang_then_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.json"), "").unwrap();
    let path = dir.path().to_str().unwrap();
    let empty = |text: &str| -> &'static str {
        for (lang, words) in [
            ("nn", "fila er tom"),
            ("nb", "filen er tom"),
            ("en", "the file is empty"),
        ] {
            if text.contains(words) {
                return lang;
            }
        }
        "none"
    };
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 7] = [
        (&[], &[], "nb"),
        (&[], &[("LANG", "nn_NO.UTF-8")], "nn"),
        (&[], &[("LANG", "en_GB.UTF-8"), ("LC_ALL", "C.UTF-8")], "en"),
        (
            &[],
            &[("LANG", "nn_NO.UTF-8"), ("LC_MESSAGES", "no_NO.UTF-8")],
            "nb",
        ),
        (&[], &[("LANG", "nn_NO.UTF-8"), ("TAVLE_LANG", "en")], "en"),
        (&["--lang", "nn"], &[("TAVLE_LANG", "en")], "nn"),
        (&[], &[("LANG", "de_DE.UTF-8")], "nb"),
    ];
    for (flag, env, want) in cases {
        let mut args = flag.to_vec();
        args.extend(["check", path]);
        let (status, text) = tavle(&args, env);
        assert_eq!(status, 1, "{text}");
        assert_eq!(empty(&text), want, "{flag:?} {env:?}: {text}");
    }
}

/// Every command of the command line, in `lang`, with its full name
/// (`tavle card add`), the `help` subcommands too.
fn every_command(lang: Lang) -> Vec<(String, clap::Command)> {
    fn walk(c: &clap::Command, name: String, out: &mut Vec<(String, clap::Command)>) {
        for sub in c.get_subcommands() {
            walk(sub, format!("{name} {}", sub.get_name()), out);
        }
        out.push((name, c.clone()));
    }
    let mut out = Vec::new();
    walk(&tavle::cli::command(lang), "tavle".into(), &mut out);
    out
}

/// Rendered help with each argument on one line: clap may wrap a long help
/// text onto lines indented to its column (8 spaces or more; an argument's
/// own line starts within 6).
fn unwrapped(help: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in help.lines() {
        match lines.last_mut() {
            Some(last) if line.starts_with("        ") => {
                last.push(' ');
                last.push_str(line.trim_start());
            }
            _ => lines.push(line.to_string()),
        }
    }
    lines.join("\n")
}

/// The line of an argument in (unwrapped) help: the one that starts with
/// how it is shown.
fn arg_line<'a>(help: &'a str, shown: &str) -> &'a str {
    help.lines()
        .find(|l| l.trim_start().starts_with(shown))
        .unwrap_or_else(|| panic!("no line for {shown} in\n{help}"))
}

/// How an argument is shown at the start of its line: `<TAVLE>`,
/// `[STI]`, `--dir <MAPPE>`, `--dry-run`.
fn shown(a: &clap::Arg) -> String {
    let names = a
        .get_value_names()
        .map(|v| v.iter().map(|n| n.to_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    let short = a.get_short().map(|s| format!("-{s}, ")).unwrap_or_default();
    match a.get_long() {
        Some(long) if a.get_action().takes_values() => {
            format!("{short}--{long} <{}>", names.join("> <"))
        }
        Some(long) => format!("{short}--{long}"),
        None if a.is_required_set() => format!("<{}>", names.join("> <")),
        None => format!("[{}]", names.join("] [")),
    }
}

#[test]
fn required_arguments_are_shown_as_required_and_optional_ones_as_optional() {
    for &lang in Lang::ALL {
        let must = match lang {
            Lang::Nb => "[må være med]",
            Lang::Nn => "[må vere med]",
            Lang::En => "[must be given]",
        };
        for (name, mut c) in every_command(lang) {
            let help = unwrapped(&c.render_help().to_string());
            let usage = help
                .lines()
                .find(|l| l.starts_with("Bruk: tavle") || l.starts_with("Usage: tavle"))
                .unwrap_or_default()
                .to_string();
            for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                let shown = shown(a);
                let line = arg_line(&help, &shown);
                if a.is_positional() {
                    assert!(
                        usage.contains(&shown),
                        "{lang:?} {name}: {shown} in {usage}"
                    );
                } else if a.is_required_set() {
                    assert!(line.contains(must), "{lang:?} {name}: {line}");
                    assert!(
                        usage.contains(&shown),
                        "{lang:?} {name}: {shown} in {usage}"
                    );
                } else {
                    assert!(!line.contains(must), "{lang:?} {name}: {line}");
                }
            }
        }
    }
    // The arguments a command cannot do without are required: the board of
    // every command that edits or reads one, a card's title.
    let mut cmd = tavle::cli::command(Lang::Nb);
    for path in [
        &["card", "add"][..],
        &["card", "move"],
        &["card", "set"],
        &["card", "archive"],
        &["decision", "add"],
        &["minutes"],
        &["measure", "add"],
        &["measure", "import"],
        &["unlock"],
        &["merge"],
    ] {
        let mut c = &mut cmd;
        for p in path {
            c = c.find_subcommand_mut(p).unwrap();
        }
        let usage = c.render_usage().to_string();
        assert!(usage.contains("<TAVLE>"), "{path:?}: {usage}");
    }
    let add = cmd
        .find_subcommand_mut("card")
        .unwrap()
        .find_subcommand_mut("add")
        .unwrap();
    assert!(
        add.render_usage()
            .to_string()
            .contains("--title <TITTEL> <TAVLE>")
    );
}

#[test]
fn a_default_is_shown_where_there_is_one_and_only_there() {
    for &lang in Lang::ALL {
        let (bracket, paren) = match lang {
            Lang::Nb | Lang::Nn => ("[standard: ", "(standard: "),
            Lang::En => ("[default: ", "(default: "),
        };
        for (name, mut c) in every_command(lang) {
            let help = unwrapped(&c.render_help().to_string());
            for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
                let line = arg_line(&help, &shown(a));
                let defaults: Vec<String> = a
                    .get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect();
                if defaults.is_empty() || !a.get_action().takes_values() {
                    assert!(!line.contains(bracket), "{lang:?} {name}: {line}");
                } else {
                    let want = format!("{bracket}{}]", defaults.join(", "));
                    assert!(line.contains(&want), "{lang:?} {name}: {want} in {line}");
                }
                // A default said in words is for an argument that may be
                // left out (`card move` needs its column: it has none).
                if line.contains(paren) {
                    assert!(!a.is_required_set(), "{lang:?} {name}: {line}");
                }
            }
        }
    }
}

#[test]
fn every_placeholder_is_in_the_language() {
    // English → (bokmål, nynorsk). A new argument fails here until its
    // placeholder is translated.
    let table: &[(&str, &str, &str)] = &[
        ("LANG", "SPRÅK", "SPRÅK"),
        ("PATH", "STI", "STI"),
        ("SECS", "SEK", "SEK"),
        ("THEME", "TEMA", "TEMA"),
        ("DIR", "MAPPE", "MAPPE"),
        ("BOARD", "TAVLE", "TAVLE"),
        ("CARD", "KORT", "KORT"),
        ("COLUMN", "KOLONNE", "KOLONNE"),
        ("TITLE", "TITTEL", "TITTEL"),
        ("OWNER", "ANSVARLIG", "ANSVARLEG"),
        ("DUE", "FRIST", "FRIST"),
        ("LIGHT", "LYS", "LYS"),
        ("TEXT", "TEKST", "TEKST"),
        ("DATE", "DATO", "DATO"),
        ("INDICATOR", "INDIKATOR", "INDIKATOR"),
        ("VALUE", "VERDI", "VERDI"),
        ("FILE", "FIL", "FIL"),
        ("FORMAT", "FORMAT", "FORMAT"),
        ("MEETING", "MØTE", "MØTE"),
        ("NAME", "NAVN", "NAMN"),
        ("KIND", "TYPE", "TYPE"),
        ("SIDE", "SIDE", "SIDE"),
        ("BASE", "FELLES", "FELLES"),
        ("OURS", "VÅR", "VÅR"),
        ("THEIRS", "DERES", "DERES"),
        ("COMMAND", "KOMMANDO", "KOMMANDO"),
        ("ROUTINE", "RUTINE", "RUTINE"),
    ];
    let english = every_command(Lang::En);
    for (lang, column) in [(Lang::Nb, 1), (Lang::Nn, 2)] {
        let local = every_command(lang);
        for ((name, en), (_, lo)) in english.iter().zip(&local) {
            let takes = |a: &&clap::Arg| a.get_action().takes_values();
            for (a, b) in en
                .get_arguments()
                .filter(takes)
                .zip(lo.get_arguments().filter(takes))
            {
                let names = |x: &clap::Arg| -> Vec<String> {
                    x.get_value_names()
                        .map(|v| v.iter().map(|n| n.to_string()).collect())
                        .unwrap_or_default()
                };
                for (e, l) in names(a).iter().zip(names(b)) {
                    let row = table
                        .iter()
                        .find(|r| r.0 == e)
                        .unwrap_or_else(|| panic!("{name} {e}: not in the table"));
                    let want = if column == 1 { row.1 } else { row.2 };
                    assert_eq!(l, want, "{lang:?} {name}");
                }
            }
            let help = lo.clone().render_help().to_string();
            for english in CLAP_ENGLISH {
                assert!(!help.contains(english), "{lang:?} {name} {english}: {help}");
            }
        }
    }
}

#[test]
fn fmt_says_what_it_does() {
    for (lang, words) in [
        (
            "nb",
            &[
                "fast oppsett",
                "2 mellomrom",
                "deler id, får hver sin",
                "BOM",
                "CRLF",
                "beholdes",
                "Filer med feil",
                "røres ikke",
            ][..],
        ),
        (
            "nn",
            &[
                "fast oppsett",
                "2 mellomrom",
                "deler id, får kvar sin",
                "BOM",
                "CRLF",
                "blir verande",
                "Filer med feil",
                "ikkje rørte",
            ],
        ),
        (
            "en",
            &[
                "canonical layout",
                "2 spaces",
                "share an id get one each",
                "BOM",
                "CRLF",
                "are kept",
                "Files with errors",
                "left alone",
            ],
        ),
    ] {
        let (status, text) = tavle(&["fmt", "--help"], &[("TAVLE_LANG", lang)]);
        assert_eq!(status, 0, "{text}");
        for w in words {
            assert!(text.contains(w), "{lang} {w}: {text}");
        }
        // The command list says it too, in short.
        let (_, top) = tavle(&["--help"], &[("TAVLE_LANG", lang)]);
        let fmt = top
            .lines()
            .find(|l| l.trim_start().starts_with("fmt "))
            .unwrap();
        assert!(fmt.contains("id"), "{fmt}");
    }
}

#[test]
fn merge_says_its_board_may_be_a_title() {
    for (lang, words) in [
        ("nb", "id-en eller tittelen til en tavle i --dir"),
        ("nn", "id-en eller tittelen til ei tavle i --dir"),
        ("en", "the id or title of a board in --dir"),
    ] {
        let (_, text) = tavle(&["merge", "--help"], &[("TAVLE_LANG", lang)]);
        let board = text
            .lines()
            .find(|l| l.trim_start().starts_with('<'))
            .unwrap_or_default();
        assert!(board.contains(words), "{lang}: {text}");
    }
}

/// The environment variables the program's source reads by name.
fn variables_read() -> std::collections::BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut std::collections::BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("var(\"") {
                    let rest = &text[i + 5..];
                    if let Some(end) = rest.find('"') {
                        out.insert(rest[..end].to_string());
                    }
                }
            }
        }
    }
    let mut out = std::collections::BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    walk(&root.join("src"), &mut out);
    walk(&root.join("core/src"), &mut out);
    out
}

#[test]
fn the_top_level_help_lists_the_environment_and_the_exit_codes() {
    let read = variables_read();
    // Found by the scan, so the scan works.
    assert!(
        read.contains("TAVLE_USER") && read.contains("LC_MESSAGES"),
        "{read:?}"
    );
    for (lang, env, exit) in [
        ("nb", "Miljøvariabler:", "Avslutningskoder:"),
        ("nn", "Miljøvariablar:", "Avslutningskodar:"),
        ("en", "Environment:", "Exit codes:"),
    ] {
        let (status, text) = tavle(&["--help"], &[("TAVLE_LANG", lang)]);
        assert_eq!(status, 0);
        let env_at = text.find(env).unwrap_or_else(|| panic!("{env}: {text}"));
        let exit_at = text.find(exit).unwrap_or_else(|| panic!("{exit}: {text}"));
        let env_part = &text[env_at..exit_at];
        // Every variable tavle reads, but the machine's name on Windows
        // (only written into lock files).
        for var in read.iter().filter(|v| *v != "COMPUTERNAME") {
            assert!(env_part.contains(var.as_str()), "{lang} {var}: {env_part}");
        }
        let codes: Vec<&str> = text[exit_at..]
            .lines()
            .skip(1)
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let exits = [
            tavle::cli::Exit::Ok.code(),
            tavle::cli::Exit::Problems.code(),
            tavle::cli::Exit::Usage.code(),
        ];
        let mut want: Vec<String> = exits.iter().map(u8::to_string).collect();
        want.push("128+N".into());
        assert_eq!(codes, want, "{lang}: {text}");
    }
    // `-h` has them too.
    let (_, short) = tavle(&["-h"], &[("TAVLE_LANG", "nn")]);
    assert!(
        short.contains("TAVLE_USER") && short.contains("128+N"),
        "{short}"
    );
}

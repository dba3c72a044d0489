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

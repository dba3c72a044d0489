//! clap's usage errors in the user's language: every command of tavle, with
//! every kind of usage error it can meet, in nb, nn and en, says what is
//! wrong in that language, shows the usage line and where to read more, and
//! leaves none of clap's English behind. The sentences are worded from the
//! error's kind (`src/i18n/clap_errors.rs`); this file checks them through
//! `cli::parse` as `main` calls it, and through the binary.

use std::process::Command;

use tavle::cli::{Exit, Io, parse};
use tavle::i18n::Lang;

/// What clap writes in English, none of which may reach a user in any
/// language (tavle's own English says each of these differently).
const CLAP_ENGLISH: &[&str] = &[
    "error:",
    "For more information",
    "try '--help'",
    "the following required arguments",
    "were not provided",
    "unexpected argument",
    "unexpected value",
    "invalid value",
    "possible values",
    "tip:",
    "a similar",
    "requires a subcommand",
    "unrecognized subcommand",
    "cannot be used",
    "a value is required",
    "no more were expected",
    "invalid digit",
    "number too large",
    "as a value, use",
];

/// clap's English words that tavle's English shares, but not the other
/// languages.
const ENGLISH_WORDS: &[&str] = &["Usage:", "[OPTIONS]", "<COMMAND>", "<BOARD>", "More help"];

/// The kinds of usage error, each with what it says in nb, nn and en.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Unknown,
    Missing,
    NoValue,
    Twice,
    FlagValue,
    BadValue,
    NotNumber,
    UnknownCommand,
    NoCommand,
    Conflict,
}

impl Kind {
    fn words(self, lang: Lang) -> &'static str {
        use Kind as K;
        let [nb, nn, en] = match self {
            K::Unknown => [
                "passer ikke her",
                "passar ikkje her",
                "does not belong here",
            ],
            K::Missing => [
                "dette må være med, men mangler: ",
                "dette må vere med, men manglar: ",
                "not given, but needed: ",
            ],
            K::NoValue => ["må ha en verdi", "må ha ein verdi", "needs a value"],
            K::Twice => [
                "kan bare gis én gang",
                "kan berre givast éin gong",
                "may be given only once",
            ],
            K::FlagValue => [
                "tar ikke flere verdier, men fikk «x»",
                "tek ikkje fleire verdiar, men fekk «x»",
                "takes no more values, but got “x”",
            ],
            K::BadValue => [
                "er ikke en gyldig verdi for",
                "er ikkje ein gyldig verdi for",
                "is not a valid value for",
            ],
            K::NotNumber => [
                "ikke et helt tall",
                "ikkje eit heilt tal",
                "not a whole number",
            ],
            K::UnknownCommand => ["ukjent kommando", "ukjend kommando", "unknown command"],
            K::NoCommand => [
                "må ha en kommando etter seg: add",
                "må ha ein kommando etter seg: add",
                "needs a command after it: add",
            ],
            K::Conflict => [
                "kan ikke brukes sammen med",
                "kan ikkje brukast saman med",
                "exclude each other",
            ],
        };
        match lang {
            Lang::Nb => nb,
            Lang::Nn => nn,
            Lang::En => en,
        }
    }
}

/// `Bruk`, `Usage` and `Mer hjelp`, `More help`.
fn usage_words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Nb => ("Bruk", "Mer hjelp"),
        Lang::Nn => ("Bruk", "Meir hjelp"),
        Lang::En => ("Usage", "More help"),
    }
}

/// What `tavle ARGS` prints on stderr, parsed as `main` parses, in `lang`.
fn usage_error<S: AsRef<str>>(lang: Lang, args: &[S]) -> String {
    let args: Vec<String> = std::iter::once("tavle")
        .chain(args.iter().map(AsRef::as_ref))
        .map(String::from)
        .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut io = Io::new(lang, &mut out, &mut err);
    let parsed = parse(&args, lang, &mut io);
    assert_eq!(parsed.err(), Some(Exit::Usage), "{lang:?} {args:?} parsed");
    assert!(out.is_empty(), "{lang:?} {args:?}: nothing on stdout");
    String::from_utf8(err).unwrap()
}

/// Check one error: in `lang`, of `kind`, for the command `path`
/// (`card add`), naming `quoted` where given.
#[track_caller]
fn check<S: AsRef<str> + std::fmt::Debug>(
    lang: Lang,
    path: &str,
    args: &[S],
    kind: Kind,
    quoted: Option<&str>,
) {
    let text = usage_error(lang, args);
    let context = format!("{lang:?} {args:?} {kind:?}:\n{text}");
    assert!(text.starts_with("tavle: "), "{context}");
    assert!(text.contains(kind.words(lang)), "{context}");
    for english in CLAP_ENGLISH {
        assert!(!text.contains(english), "{english} in {context}");
    }
    for english in ENGLISH_WORDS.iter().filter(|_| lang != Lang::En) {
        assert!(!text.contains(english), "{english} in {context}");
    }
    let (usage, more) = usage_words(lang);
    let command = format!("tavle {path}");
    let command = command.trim_end();
    assert!(
        text.contains(&format!("\n{usage}: {command} "))
            || text.contains(&format!("\n{usage}: {command}\n")),
        "usage line of `{command}` in {context}"
    );
    assert!(
        text.contains(&format!("\n{more}: {command} --help\n")),
        "{context}"
    );
    if let Some(q) = quoted {
        let q = match lang {
            Lang::En => format!("“{q}”"),
            _ => format!("«{q}»"),
        };
        assert!(text.contains(&q), "{q} in {context}");
    }
}

/// Every command tavle has that runs something, with the arguments it
/// needs to get past its required ones.
const COMMANDS: &[(&str, &[&str])] = &[
    ("", &[]),
    ("check", &[]),
    ("schema", &[]),
    ("card add", &["b", "--title", "t"]),
    ("card move", &["b", "k1", "c"]),
    ("card set", &["b", "k1"]),
    ("card archive", &["b", "k1"]),
    ("decision add", &["b", "--text", "t"]),
    ("minutes", &["b"]),
    ("measure add", &["b", "i", "1"]),
    ("measure import", &["b", "f.csv"]),
    ("status", &[]),
    ("unlock", &["b"]),
    ("fmt", &[]),
    ("merge", &["b"]),
    ("init", &[]),
    ("demo", &[]),
];

/// `card add` + what it needs + `more`, as arguments.
fn with(path: &str, needed: &[&str], more: &[&str]) -> Vec<String> {
    path.split_whitespace()
        .chain(needed.iter().copied())
        .chain(more.iter().copied())
        .map(String::from)
        .collect()
}

#[test]
fn every_command_says_every_general_error_in_every_language() {
    for &lang in Lang::ALL {
        for &(path, needed) in COMMANDS {
            // An option no command has, with the tip to pass it as a value
            // where the command takes a positional argument.
            check(
                lang,
                path,
                &with(path, needed, &["--bogus"]),
                Kind::Unknown,
                Some("--bogus"),
            );
            // A misspelt option: clap's "did you mean", in words.
            let text = usage_error(lang, &with(path, needed, &["--lan", "nb"]));
            let tip = match lang {
                Lang::Nb => "tips: mente du «--lang»?",
                Lang::Nn => "tips: meinte du «--lang»?",
                Lang::En => "hint: did you mean “--lang”?",
            };
            assert!(text.contains(tip), "{lang:?} {path}: {text}");
            // An option given no value.
            check(
                lang,
                path,
                &with(path, needed, &["--lang"]),
                Kind::NoValue,
                None,
            );
            // An option given twice.
            check(
                lang,
                path,
                &with(path, needed, &["--lang", "nb", "--lang", "nb"]),
                Kind::Twice,
                None,
            );
            // A flag given a value.
            check(
                lang,
                path,
                &with(path, needed, &["--help=x"]),
                Kind::FlagValue,
                None,
            );
            // One argument too many.
            let extra: &[&str] = if path.is_empty() {
                &["a", "b"]
            } else {
                &["a", "b", "c", "d", "e"]
            };
            check(lang, path, &with(path, needed, extra), Kind::Unknown, None);
            // The required arguments left out.
            if !needed.is_empty() {
                check(lang, path, &with(path, &[], &[]), Kind::Missing, None);
            }
        }
    }
}

#[test]
fn required_arguments_are_named_in_the_languages_placeholders() {
    for (lang, missing) in [
        (Lang::Nb, "mangler: --title <TITTEL>, <TAVLE>"),
        (Lang::Nn, "manglar: --title <TITTEL>, <TAVLE>"),
        (Lang::En, "needed: --title <TITLE>, <BOARD>"),
    ] {
        let text = usage_error(lang, &["card", "add"]);
        assert!(text.contains(missing), "{text}");
    }
    let text = usage_error(Lang::Nn, &["measure", "add", "b"]);
    assert!(text.contains("manglar: <INDIKATOR>, <VERDI>"), "{text}");
    let text = usage_error(Lang::Nb, &["decision", "add", "b"]);
    assert!(text.contains("mangler: --text <TEKST>"), "{text}");
}

#[test]
fn the_commands_with_commands_say_a_missing_or_unknown_one() {
    for &lang in Lang::ALL {
        for parent in ["card", "decision", "measure"] {
            check(lang, parent, &[parent, "--dir", "x"], Kind::NoCommand, None);
            check(
                lang,
                parent,
                &[parent, "frob"],
                Kind::UnknownCommand,
                Some("frob"),
            );
            // A mistyped command: clap's suggestion, in words.
            let text = usage_error(lang, &[parent, "ad"]);
            let tip = match lang {
                Lang::Nb => "tips: mente du «add»?",
                Lang::Nn => "tips: meinte du «add»?",
                Lang::En => "hint: did you mean “add”?",
            };
            assert!(text.contains(tip), "{text}");
            // `card -- add`: the command exists, the `--` is in the way.
            let text = usage_error(lang, &[parent, "--", "add"]);
            let tip = match lang {
                Lang::Nb => "kommandoen «add» finnes: ta bort «--» foran den",
                Lang::Nn => "kommandoen «add» finst: ta bort «--» framfor han",
                Lang::En => "the command “add” exists: remove the “--” before it",
            };
            assert!(text.contains(tip), "{text}");
        }
        check(
            lang,
            "",
            &["help", "frob"],
            Kind::UnknownCommand,
            Some("frob"),
        );
    }
}

#[test]
fn values_out_of_the_list_and_numbers_that_are_not_say_why() {
    for &lang in Lang::ALL {
        let valid = match lang {
            Lang::Nb => "gyldige verdier: text, markdown, json",
            Lang::Nn => "gyldige verdiar: text, markdown, json",
            Lang::En => "valid values: text, markdown, json",
        };
        check(
            lang,
            "status",
            &["status", "--format", "pdf"],
            Kind::BadValue,
            Some("pdf"),
        );
        assert!(usage_error(lang, &["status", "--format", "pdf"]).contains(valid));
        let text = usage_error(lang, &["merge", "b", "--prefer", "boar"]);
        let tip = match lang {
            Lang::En => "did you mean “board”?",
            Lang::Nb => "mente du «board»?",
            Lang::Nn => "meinte du «board»?",
        };
        assert!(text.contains(tip), "{text}");
        check(
            lang,
            "minutes",
            &["minutes", "b", "--meeting", "x"],
            Kind::NotNumber,
            Some("x"),
        );
        let big = usage_error(
            lang,
            &["minutes", "b", "--meeting", "99999999999999999999999"],
        );
        let too_large = match lang {
            Lang::Nb => "tallet er for stort",
            Lang::Nn => "talet er for stort",
            Lang::En => "the number is too large",
        };
        assert!(big.contains(too_large), "{big}");
        let meeting = match lang {
            Lang::Nb | Lang::Nn => "--meeting <MØTE>",
            Lang::En => "--meeting <MEETING>",
        };
        assert!(big.contains(meeting), "{big}");
    }
}

#[test]
fn arguments_that_exclude_each_other_are_named() {
    for (lang, words) in [
        (Lang::Nb, "--git kan ikke brukes sammen med --copy <FIL>"),
        (Lang::Nn, "--git kan ikkje brukast saman med --copy <FIL>"),
        (Lang::En, "--git and --copy <FILE> exclude each other"),
    ] {
        check(
            lang,
            "merge",
            &["merge", "b", "--git", "--copy", "c"],
            Kind::Conflict,
            None,
        );
        let text = usage_error(lang, &["merge", "b", "--git", "--copy", "c"]);
        assert!(text.contains(words), "{text}");
    }
}

#[test]
fn what_the_user_typed_is_quoted_sanitized() {
    let text = usage_error(
        Lang::En,
        &["status", "--format", "x\u{1b}]0;evil\u{7}\u{202e}"],
    );
    assert!(!text.contains(['\u{1b}', '\u{7}', '\u{202e}']), "{text:?}");
    assert!(text.contains("“x␛]0;evil␇"), "{text}");
}

/// The binary, with no language from the environment but `lang`.
fn tavle(args: &[&str], lang: &str, cwd: &std::path::Path) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(args).current_dir(cwd);
    for var in ["TAVLE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.env("TAVLE_LANG", lang);
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_binary_prints_them_on_stderr_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        ("nb", "tavle: dette må være med, men mangler: <TAVLE>"),
        ("nn", "tavle: dette må vere med, men manglar: <TAVLE>"),
        ("en", "tavle: not given, but needed: <BOARD>"),
    ] {
        let (code, out, err) = tavle(&["minutes"], lang, dir.path());
        assert_eq!(code, 2, "{err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.starts_with(words), "{err}");
        for english in CLAP_ENGLISH {
            assert!(!err.contains(english), "{english}: {err}");
        }
        for english in ENGLISH_WORDS.iter().filter(|_| lang != "en") {
            assert!(!err.contains(english), "{english}: {err}");
        }
    }
}

#[test]
fn a_mistyped_command_is_not_a_folder_but_a_tip() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, tip) in [
        ("nb", "  tips: mente du «tavle check» eller «tavle schema»?"),
        (
            "nn",
            "  tips: meinte du «tavle check» eller «tavle schema»?",
        ),
        (
            "en",
            "  hint: did you mean “tavle check” or “tavle schema”?",
        ),
    ] {
        let (code, _, err) = tavle(&["chek"], lang, dir.path());
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(&format!("\n{tip}\n")), "{err}");
    }
    let (_, _, err) = tavle(&["stauts"], "nb", dir.path());
    assert!(err.contains("mente du «tavle status»?"), "{err}");
    // A name like no command, and a path, get no tip.
    let (code, _, err) = tavle(&["xyzzy"], "nb", dir.path());
    assert_eq!((code, err.lines().count()), (2, 1), "{err}");
    let (_, _, err) = tavle(&["./chek"], "nb", dir.path());
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn clap_s_own_tips_are_said_in_words() {
    // clap words these tips itself; they are recognised by their exact
    // form, so a clap that words them otherwise fails here, not in English.
    for (lang, tip) in [
        (
            Lang::Nb,
            "tips: for å gi «--bogus» som verdi, skriv «-- --bogus»",
        ),
        (
            Lang::Nn,
            "tips: for å gje «--bogus» som verdi, skriv «-- --bogus»",
        ),
        (
            Lang::En,
            "hint: to give “--bogus” as a value, write “-- --bogus”",
        ),
    ] {
        let text = usage_error(lang, &["status", "--bogus"]);
        assert!(text.contains(tip), "{text}");
    }
}

#[test]
fn a_command_given_nothing_shows_its_help_in_the_language_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        ("nb", "Bruk: tavle card [VALG] <KOMMANDO>"),
        ("nn", "Bruk: tavle card [VAL] <KOMMANDO>"),
        ("en", "Usage: tavle card [OPTIONS] <COMMAND>"),
    ] {
        let (code, _, err) = tavle(&["card"], lang, dir.path());
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(words), "{err}");
        for english in CLAP_ENGLISH {
            assert!(!err.contains(english), "{english}: {err}");
        }
    }
}

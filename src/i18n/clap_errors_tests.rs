//! Tests of `clap_errors`: every error kind in every language, the context
//! in the sentence, clap's tips recognised by their exact form.

use super::*;
use clap::error::Error;

fn error(kind: ErrorKind, context: &[(ContextKind, ContextValue)]) -> Error {
    let mut e = Error::new(kind);
    for (k, v) in context {
        e.insert(*k, v.clone());
    }
    e
}

fn s(text: &str) -> ContextValue {
    ContextValue::String(text.to_string())
}

fn list(texts: &[&str]) -> ContextValue {
    ContextValue::Strings(texts.iter().map(|t| t.to_string()).collect())
}

/// Every kind, also those tavle's command cannot produce today
/// (`NoEquals`, `TooFewValues`, `WrongNumberOfValues`, `InvalidUtf8`),
/// with the context clap gives it.
fn every_kind() -> Vec<(ErrorKind, Error)> {
    use ContextKind as K;
    use ErrorKind as E;
    let n = ContextValue::Number;
    [
        (
            E::MissingRequiredArgument,
            vec![(K::InvalidArg, list(&["<TAVLE>"]))],
        ),
        (E::UnknownArgument, vec![(K::InvalidArg, s("--bogus"))]),
        (
            E::InvalidValue,
            vec![
                (K::InvalidArg, s("--format <FORMAT>")),
                (K::InvalidValue, s("x")),
                (K::ValidValue, list(&["text", "json"])),
            ],
        ),
        (
            E::InvalidValue,
            vec![
                (K::InvalidArg, s("--dir <MAPPE>")),
                (K::InvalidValue, s("")),
            ],
        ),
        (
            E::ValueValidation,
            vec![
                (K::InvalidArg, s("--meeting <MØTE>")),
                (K::InvalidValue, s("x")),
            ],
        ),
        (
            E::InvalidSubcommand,
            vec![(K::InvalidSubcommand, s("frob"))],
        ),
        (
            E::MissingSubcommand,
            vec![
                (K::InvalidSubcommand, s("tavle card")),
                (K::ValidSubcommand, list(&["add", "move"])),
            ],
        ),
        (
            E::TooManyValues,
            vec![(K::InvalidArg, s("--dry-run")), (K::InvalidValue, s("yes"))],
        ),
        (
            E::TooFewValues,
            vec![
                (K::InvalidArg, s("--x")),
                (K::MinValues, n(2)),
                (K::ActualNumValues, n(1)),
            ],
        ),
        (
            E::WrongNumberOfValues,
            vec![
                (K::InvalidArg, s("--x")),
                (K::ExpectedNumValues, n(2)),
                (K::ActualNumValues, n(3)),
            ],
        ),
        (
            E::ArgumentConflict,
            vec![
                (K::InvalidArg, s("--git")),
                (K::PriorArg, s("--copy <FIL>")),
            ],
        ),
        (
            E::ArgumentConflict,
            vec![(K::InvalidArg, s("--dir")), (K::PriorArg, s("--dir"))],
        ),
        (
            E::ArgumentConflict,
            vec![
                (K::InvalidSubcommand, s("fmt")),
                (K::PriorArg, list(&["--a", "--b"])),
            ],
        ),
        (E::ArgumentConflict, vec![(K::InvalidArg, s("--git"))]),
        (E::NoEquals, vec![(K::InvalidArg, s("--x"))]),
        (E::InvalidUtf8, vec![]),
        (E::Io, vec![]),
        (E::Format, vec![]),
    ]
    .into_iter()
    .map(|(kind, context)| (kind, error(kind, &context)))
    .collect()
}

/// clap's English that must never reach a user, whatever the language.
const CLAP_ENGLISH: &[&str] = &[
    "error:",
    "For more information",
    "required arguments were not provided",
    "unexpected argument",
    "invalid value",
    "possible values",
    "tip:",
    "requires a subcommand",
    "unrecognized subcommand",
    "cannot be used",
    "a value is required",
    "no more were expected",
    "were provided",
    "equal sign is needed",
    "invalid UTF-8",
    "unknown cause",
];

#[test]
fn every_kind_is_said_in_every_language_without_clap_english() {
    for &lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        for (kind, e) in every_kind() {
            let text = usage_error(lang, &e, Some("tavle card add [VALG] <TAVLE>"));
            for english in CLAP_ENGLISH {
                assert!(
                    !text.contains(english),
                    "{lang:?} {kind:?} {english}: {text}"
                );
            }
            assert!(text.starts_with("tavle: "), "{text}");
            let first = text.lines().next().unwrap_or_default().to_string();
            assert!(
                first.len() > "tavle: ".len() + 5,
                "{lang:?} {kind:?}: {text}"
            );
            // Each kind has its own sentence, but for the general ones.
            if !matches!(kind, ErrorKind::Io | ErrorKind::Format) {
                assert!(
                    seen.insert(first.clone()),
                    "{lang:?} {kind:?} said twice: {first}"
                );
            }
            assert!(text.contains("tavle card add --help"), "{text}");
        }
    }
}

#[test]
fn the_context_is_in_the_sentence() {
    let all = every_kind();
    let text = |i: usize, lang| usage_error(lang, &all[i].1, None);
    assert_eq!(
        text(0, Lang::Nb),
        "tavle: dette må være med, men mangler: <TAVLE>\n"
    );
    assert_eq!(
        text(2, Lang::Nn),
        "tavle: «x» er ikkje ein gyldig verdi for --format <FORMAT>\n  \
         gyldige verdiar: text, json\n"
    );
    assert_eq!(text(3, Lang::En), "tavle: --dir <MAPPE> needs a value\n");
    assert_eq!(
        text(10, Lang::Nb),
        "tavle: --git kan ikke brukes sammen med --copy <FIL>\n"
    );
    assert_eq!(text(11, Lang::En), "tavle: --dir may be given only once\n");
    assert!(text(12, Lang::Nb).contains("«fmt» kan ikke brukes sammen med --a, --b"));
    assert!(
        text(6, Lang::En).contains("add, move"),
        "{}",
        text(6, Lang::En)
    );
}

#[test]
fn clap_tips_are_recognised_by_their_exact_form_or_left_out() {
    let mut e = error(
        ErrorKind::UnknownArgument,
        &[(ContextKind::InvalidArg, s("--x"))],
    );
    let tip = |t: &str| {
        let mut styled = clap::builder::StyledStr::new();
        styled.push_str(t);
        styled
    };
    e.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![
            tip("to pass '--x' as a value, use '-- --x'"),
            tip("'card --title' exists"),
            tip("something clap says only in English"),
        ]),
    );
    e.insert(ContextKind::SuggestedArg, s("--xy"));
    let text = usage_error(Lang::Nb, &e, None);
    assert_eq!(
        text,
        "tavle: argumentet «--x» passer ikke her\n\n  \
         tips: mente du «--xy»?\n  \
         tips: for å gi «--x» som verdi, skriv «-- --x»\n  \
         tips: mente du «card --title»?\n"
    );
}

#[test]
fn similar_names_are_listed_with_the_languages_or() {
    assert_eq!(alternatives(Lang::En, &["a".into()]), "“a”");
    assert_eq!(
        alternatives(Lang::Nn, &["a".into(), "b".into(), "c".into()]),
        "«a», «b» eller «c»"
    );
}

#[test]
fn the_usage_line_is_read_from_the_program_name_on() {
    let mut styled = clap::builder::StyledStr::new();
    styled.push_str("Usage: tavle card add [VALG] <TAVLE>");
    let e = error(
        ErrorKind::UnknownArgument,
        &[
            (ContextKind::InvalidArg, s("--x")),
            (ContextKind::Usage, ContextValue::StyledStr(styled)),
        ],
    );
    assert_eq!(
        error_usage(&e).as_deref(),
        Some("tavle card add [VALG] <TAVLE>")
    );
    assert_eq!(
        command_of("tavle card add [VALG] <TAVLE>"),
        "tavle card add"
    );
    assert_eq!(
        command_of("tavle decision add --text <TEKST> <TAVLE>"),
        "tavle decision add"
    );
    let text = usage_error(Lang::Nn, &e, Some("something else"));
    assert!(
        text.ends_with(
            "\n\nBruk: tavle card add [VALG] <TAVLE>\n\nMeir hjelp: tavle card add --help\n"
        ),
        "{text}"
    );
}

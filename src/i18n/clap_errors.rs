//! clap's usage errors in the user's language: a missing argument, an
//! unknown one, a value that is not among the valid ones, a flag given a
//! value, two arguments that exclude each other, a command missing or
//! mistyped, with clap's "did you mean" tips.
//!
//! Built from the error's kind and the context clap attaches to it
//! (`Error::get(ContextKind::…)`), never by editing clap's English text, so
//! that a clap upgrade cannot leave English behind: a kind this file does
//! not know gets a general sentence, and a tip it does not recognise is left
//! out. The one text read from clap is its usage line, which is ours (the
//! override `clap_help` sets) behind clap's heading.
//!
//! Only words: `cli::parse` prints the result through `Io` (sanitized, since
//! it quotes what the user typed).

use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Lang;

/// The whole message for a usage error, lines ending in `\n`: what is wrong
/// (after `tavle: `, as every other error of tavle's), the tips, the usage
/// line and where to read more. `usage` is the command's usage line in
/// `lang` (`tavle card add [VALG] <TAVLE>`), used when the error carries
/// none itself.
pub fn usage_error(lang: Lang, e: &clap::Error, usage: Option<&str>) -> String {
    let mut text = format!("tavle: {}\n", problem(lang, e));
    let tips = tips(lang, e);
    if !tips.is_empty() {
        text.push('\n');
        for tip in tips {
            text.push_str(&format!("  {}: {tip}\n", s!(lang, "cli-tip")));
        }
    }
    let usage = error_usage(e).or_else(|| usage.map(str::to_string));
    if let Some(usage) = usage.filter(|u| !u.is_empty()) {
        text.push_str(&format!("\n{}: {usage}\n", s!(lang, "cli-usage")));
        text.push_str(&format!(
            "\n{}\n",
            f!(lang, "cli-error-more", command = command_of(&usage))
        ));
    }
    text
}

/// `  tips: mente du «tavle check»?`, for names like a mistyped command.
pub fn command_tip(lang: Lang, names: &[String]) -> String {
    let tip = f!(lang, "cli-tip-similar", names = alternatives(lang, names));
    format!("  {}: {tip}", s!(lang, "cli-tip"))
}

/// The usage line a usage error carries, without clap's heading: it starts
/// at the program's name, as the overridden usage line does.
pub fn error_usage(e: &clap::Error) -> Option<String> {
    let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) else {
        return None;
    };
    // `Display` of a styled string is its plain text.
    let plain = usage.to_string();
    let start = plain.find(PROGRAM)?;
    Some(plain[start..].trim_end().to_string())
}

/// The program's name as the usage lines begin with it.
const PROGRAM: &str = "tavle";

/// `tavle card add` of the usage line `tavle card add [VALG] <TAVLE>`: the
/// words before the first argument, for "more help: tavle card add --help".
fn command_of(usage: &str) -> String {
    usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ")
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn number(e: &clap::Error, kind: ContextKind) -> Option<isize> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

/// `text` in the language's quotation marks: «add», “add”.
fn quoted(lang: Lang, text: &str) -> String {
    f!(lang, "cli-quoted", text = text)
}

/// `«a», «b» eller «c»`.
fn alternatives(lang: Lang, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| quoted(lang, n)).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), s!(lang, "cli-or")),
    }
}

/// What is wrong, in one sentence (a list of valid values on the next line).
fn problem(lang: Lang, e: &clap::Error) -> String {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(e, ContextKind::InvalidValue);
    let general = || s!(lang, "cli-error-other").to_string();
    match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e, ContextKind::InvalidArg);
            if missing.is_empty() {
                return general();
            }
            f!(lang, "cli-error-missing", args = missing.join(", "))
        }
        ErrorKind::UnknownArgument => f!(lang, "cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidValue => {
            let head = match value {
                Some("") | None => f!(lang, "cli-error-value-missing", arg = arg),
                Some(v) => f!(lang, "cli-error-invalid-value", value = v, arg = arg),
            };
            let valid = strings(e, ContextKind::ValidValue);
            if valid.is_empty() {
                head
            } else {
                let valid = f!(lang, "cli-error-valid-values", values = valid.join(", "));
                format!("{head}\n  {valid}")
            }
        }
        ErrorKind::ValueValidation => {
            let head = f!(
                lang,
                "cli-error-invalid-value",
                value = value.unwrap_or_default(),
                arg = arg
            );
            match reason(lang, e) {
                Some(why) => format!("{head}: {why}"),
                None => head,
            }
        }
        ErrorKind::InvalidSubcommand => f!(
            lang,
            "cli-error-unknown-command",
            command = string(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand => f!(
            lang,
            "cli-error-missing-command",
            command = string(e, ContextKind::InvalidSubcommand).unwrap_or(PROGRAM),
            commands = strings(e, ContextKind::ValidSubcommand).join(", ")
        ),
        ErrorKind::TooManyValues => f!(
            lang,
            "cli-error-too-many",
            arg = arg,
            value = value.unwrap_or_default()
        ),
        ErrorKind::TooFewValues => f!(
            lang,
            "cli-error-too-few",
            arg = arg,
            min = number(e, ContextKind::MinValues).unwrap_or(0),
            count = number(e, ContextKind::ActualNumValues).unwrap_or(0)
        ),
        ErrorKind::WrongNumberOfValues => f!(
            lang,
            "cli-error-wrong-count",
            arg = arg,
            expected = number(e, ContextKind::ExpectedNumValues).unwrap_or(0),
            count = number(e, ContextKind::ActualNumValues).unwrap_or(0)
        ),
        ErrorKind::ArgumentConflict => conflict(lang, e),
        ErrorKind::NoEquals => f!(lang, "cli-error-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => s!(lang, "cli-error-not-utf8").to_string(),
        // Help, the version, I/O and formatting are not usage errors; a kind
        // clap adds later is said in general words rather than in English.
        _ => general(),
    }
}

/// Why a value did not parse, for the parsers tavle uses (`--meeting` is a
/// number); `None` for a reason only clap's English has.
fn reason(lang: Lang, e: &clap::Error) -> Option<&'static str> {
    use std::num::IntErrorKind;
    let source = std::error::Error::source(e)?;
    let int = source.downcast_ref::<std::num::ParseIntError>()?;
    Some(match int.kind() {
        IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
            s!(lang, "cli-error-number-too-large")
        }
        _ => s!(lang, "cli-error-not-a-number"),
    })
}

/// Two arguments that exclude each other, or one given twice.
fn conflict(lang: Lang, e: &clap::Error) -> String {
    let prior = e.get(ContextKind::PriorArg);
    let arg = string(e, ContextKind::InvalidArg);
    let command = string(e, ContextKind::InvalidSubcommand);
    let others = match prior {
        Some(ContextValue::String(p)) => Some(p.clone()),
        Some(ContextValue::Strings(ps)) if !ps.is_empty() => Some(ps.join(", ")),
        _ => None,
    };
    match (arg, command, others) {
        (Some(a), _, Some(o)) if a == o => f!(lang, "cli-error-given-twice", arg = a),
        (Some(a), _, Some(o)) => f!(lang, "cli-error-conflict", arg = a, other = o),
        (Some(a), _, None) => f!(lang, "cli-error-conflict-others", arg = a),
        (None, Some(c), Some(o)) => {
            f!(lang, "cli-error-conflict", arg = quoted(lang, c), other = o)
        }
        (None, Some(c), None) => f!(lang, "cli-error-conflict-others", arg = quoted(lang, c)),
        (None, None, _) => s!(lang, "cli-error-other").to_string(),
    }
}

/// The tips: a similar command, argument or value, and the tips clap words
/// itself (`Suggested`), each recognised by its exact form and said in
/// `lang`; one not recognised is left out.
fn tips(lang: Lang, e: &clap::Error) -> Vec<String> {
    let mut tips = Vec::new();
    // clap lists the most similar last; say it first.
    let mut similar = strings(e, ContextKind::SuggestedSubcommand);
    similar.reverse();
    if !similar.is_empty() {
        tips.push(f!(
            lang,
            "cli-tip-similar",
            names = alternatives(lang, &similar)
        ));
    }
    for kind in [ContextKind::SuggestedArg, ContextKind::SuggestedValue] {
        let similar = strings(e, kind);
        if !similar.is_empty() {
            tips.push(f!(
                lang,
                "cli-tip-similar",
                names = alternatives(lang, &similar)
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = e.get(ContextKind::Suggested) {
        for s in suggested {
            if let Some(tip) = clap_tip(lang, e, &s.to_string()) {
                tips.push(tip);
            }
        }
    }
    tips
}

/// One of clap's own tips (`to pass '--x' as a value, use '-- --x'`, …) in
/// `lang`, recognised only when it is exactly one of the forms clap 4
/// writes for this error's argument or command.
fn clap_tip(lang: Lang, e: &clap::Error, tip: &str) -> Option<String> {
    if let Some(arg) = string(e, ContextKind::InvalidArg) {
        if tip == format!("to pass '{arg}' as a value, use '-- {arg}'") {
            let usage = format!("-- {arg}");
            return Some(f!(lang, "cli-tip-as-value", arg = arg, usage = usage));
        }
        if tip == format!("subcommand '{arg}' exists; to use it, remove the '--' before it") {
            return Some(f!(lang, "cli-tip-remove-dashes", command = arg));
        }
    }
    if let Some(sub) = string(e, ContextKind::InvalidSubcommand) {
        let start = format!("to pass '{sub}' as a value, use '");
        let end = format!(" -- {sub}'");
        if let Some(name) = tip.strip_prefix(&start).and_then(|t| t.strip_suffix(&end)) {
            let usage = format!("{name} -- {sub}");
            return Some(f!(lang, "cli-tip-as-value", arg = sub, usage = usage));
        }
    }
    // `'card --title' exists`: the argument belongs to a subcommand.
    let elsewhere = tip.strip_prefix('\'')?.strip_suffix("' exists")?;
    (!elsewhere.contains('\''))
        .then(|| f!(lang, "cli-tip-similar", names = quoted(lang, elsewhere)))
}

#[cfg(test)]
#[path = "clap_errors_tests.rs"]
mod tests;

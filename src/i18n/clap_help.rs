//! clap's own words in `--help`, in the chosen language: the `Usage`,
//! `Commands`, `Arguments` and `Options` headings, `[OPTIONS]` and
//! `<COMMAND>` in the usage line, value names such as `<BOARD>`, `-h`/`-V`,
//! the `help` subcommand, and `[default: …]`/`[possible values: …]`.
//!
//! clap has no translations, so this works on the built command: it writes our
//! headings into a help template per command, computes the usage line once and
//! edits it, and appends the default and possible values to an argument's help
//! itself, and marks a required option `[må være med]` (a required
//! positional is `<TAVLE>`, in angle brackets). It must not change what
//! parses: only texts are touched. clap's usage errors are worded by
//! `clap_errors`.

use clap::{Arg, Command};

use super::Lang;

/// `cmd` with every help text clap writes itself in `lang`. Builds the
/// command (and the `help` subcommand's tree) first, so call it last.
pub fn localise_help(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    localise(&mut cmd, lang);
    cmd
}

fn localise(cmd: &mut Command, lang: Lang) {
    let mut c = std::mem::take(cmd);
    let is_help_command = c.get_name() == "help";
    c = c.mut_args(|a| localise_arg(a, lang, is_help_command));
    if is_help_command {
        c = c.about(s!(lang, "cli-help-command"));
    }
    if c.has_subcommands() {
        c = c.subcommand_value_name(s!(lang, "cli-command-placeholder"));
    }
    let usage = usage_line(&mut c, lang);
    let template = template(&c, lang);
    c = c.override_usage(usage).help_template(template);
    for sub in c.get_subcommands_mut() {
        localise(sub, lang);
    }
    *cmd = c;
}

/// The usage line without clap's `Usage:` title, with `[OPTIONS]` in `lang`.
/// Styles (ANSI codes) are kept; clap strips them when not on a terminal.
fn usage_line(c: &mut Command, lang: Lang) -> String {
    let full = c.render_usage().ansi().to_string();
    let rest = from_program(&full, c.get_bin_name().unwrap_or(c.get_name()));
    rest.replace(
        "[OPTIONS]",
        &format!("[{}]", s!(lang, "cli-options-placeholder")),
    )
}

/// A rendered usage line from the program's name on: without clap's title
/// (in whatever words a clap version has for it) and the style codes
/// before the name. `bin` is the command's full name (`tavle card add`).
fn from_program<'a>(full: &'a str, bin: &str) -> &'a str {
    let program = bin.split_whitespace().next().unwrap_or(bin);
    let Some(mut at) = full.find(program) else {
        return full.trim_end();
    };
    // Keep the style codes that open the name itself (`ESC[1m`).
    while let Some(code) = full[..at].rfind('\u{1b}') {
        let seq = &full[code..at];
        let is_style = seq.len() > 2
            && seq.starts_with("\u{1b}[")
            && seq.ends_with('m')
            && seq[2..seq.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b';');
        if !is_style {
            break;
        }
        at = code;
    }
    full[at..].trim_end()
}

/// The usage line of a command of [`localise_help`]'s, in its language and
/// without styles: `tavle card add [VALG] <TAVLE>`.
pub fn plain_usage(c: &mut Command) -> String {
    let full = c.render_usage().to_string();
    from_program(&full, c.get_bin_name().unwrap_or(c.get_name())).to_string()
}

/// clap's default help layout, with our headings and only the sections the
/// command has.
fn template(c: &Command, lang: Lang) -> String {
    let styles = c.get_styles();
    let (u, h) = (styles.get_usage(), styles.get_header());
    let heading = |word: &str, body: &str| format!("{h}{word}:{h:#}\n{body}");
    let mut sections = Vec::new();
    if c.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(heading(s!(lang, "cli-commands"), "{subcommands}"));
    }
    if c.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(heading(s!(lang, "cli-arguments"), "{positionals}"));
    }
    if c.get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(heading(s!(lang, "cli-options"), "{options}"));
    }
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{u}{}:{u:#} {{usage}}",
        s!(lang, "cli-usage")
    );
    if !sections.is_empty() {
        t.push_str("\n\n");
        t.push_str(&sections.join("\n\n"));
    }
    t.push_str("{after-help}");
    t
}

fn localise_arg(a: Arg, lang: Lang, in_help_command: bool) -> Arg {
    let mut a = match a.get_id().as_str() {
        "help" if a.get_long() == Some("help") => {
            let text = s!(lang, "cli-help-flag");
            if a.get_long_help().is_some() {
                a.help(text).long_help(text)
            } else {
                a.help(text)
            }
        }
        "version" if a.get_long() == Some("version") => a.help(s!(lang, "cli-version-flag")),
        "subcommand" if in_help_command => a.help(s!(lang, "cli-help-command-arg")),
        _ => a,
    };
    let local: Option<Vec<&'static str>> = a
        .get_value_names()
        .map(|names| names.iter().map(|n| value_name(lang, n)).collect())
        .unwrap_or_default();
    if let Some(names) = local {
        a = a.value_names(names);
    }
    let mut extra = Vec::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() && a.get_action().takes_values() {
        extra.push(f!(lang, "cli-default", value = defaults.join(", ")));
        a = a.hide_default_value(true);
    }
    let possible: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    if !possible.is_empty() && !a.is_hide_possible_values_set() {
        extra.push(f!(
            lang,
            "cli-possible-values",
            values = possible.join(", ")
        ));
        a = a.hide_possible_values(true);
    }
    if a.is_required_set() && !a.is_positional() {
        extra.push(s!(lang, "cli-required").to_string());
    }
    if !extra.is_empty() {
        let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
        let text = std::iter::once(help)
            .filter(|h| !h.is_empty())
            .chain(extra)
            .collect::<Vec<_>>()
            .join(" ");
        a = a.help(text);
    }
    a
}

/// Our value names (clap derives them from field names) in `lang`; `None`
/// for a name not listed here, which then stays as it is.
fn value_name(lang: Lang, name: &str) -> Option<&'static str> {
    Some(match name {
        "LANG" => s!(lang, "cli-value-lang"),
        "PATH" => s!(lang, "cli-value-path"),
        "SECS" => s!(lang, "cli-value-secs"),
        "THEME" => s!(lang, "cli-value-theme"),
        "DIR" => s!(lang, "cli-value-dir"),
        "BOARD" => s!(lang, "cli-value-board"),
        "CARD" => s!(lang, "cli-value-card"),
        "COLUMN" => s!(lang, "cli-value-column"),
        "TITLE" => s!(lang, "cli-value-title"),
        "OWNER" => s!(lang, "cli-value-owner"),
        "DUE" => s!(lang, "cli-value-due"),
        "LIGHT" => s!(lang, "cli-value-light"),
        "TEXT" => s!(lang, "cli-value-text"),
        "DATE" => s!(lang, "cli-value-date"),
        "INDICATOR" => s!(lang, "cli-value-indicator"),
        "VALUE" => s!(lang, "cli-value-value"),
        "FILE" => s!(lang, "cli-value-file"),
        "FORMAT" => s!(lang, "cli-value-format"),
        "MEETING" => s!(lang, "cli-value-meeting"),
        "NAME" => s!(lang, "cli-value-name"),
        "KIND" => s!(lang, "cli-value-kind"),
        "SIDE" => s!(lang, "cli-value-side"),
        "BASE" => s!(lang, "cli-value-base"),
        "OURS" => s!(lang, "cli-value-ours"),
        "THEIRS" => s!(lang, "cli-value-theirs"),
        "COMMAND" => s!(lang, "cli-command-placeholder"),
        "ROUTINE" => s!(lang, "cli-value-routine"),
        _ => return None,
    })
}

//! The command line. Help texts come from the catalogue in the chosen language.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::{self, Lang};

#[derive(Debug, Parser)]
#[command(name = "tavle", version)]
pub struct Cli {
    /// Language (nb or en).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check board files.
    Check {
        /// Folder or file.
        #[arg(default_value = "boards")]
        path: PathBuf,
        /// Warnings count as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Print the JSON Schema of the board format.
    Schema,
    /// Rewrite board files in the canonical layout.
    Fmt {
        /// Folder or file.
        #[arg(default_value = "boards")]
        path: PathBuf,
        /// Only report files that are not in the canonical layout (exit 1 if any).
        #[arg(long)]
        check: bool,
    },
}

/// The language asked for on the command line or in `TAVLE_LANG`, read before
/// clap runs so that clap's help is already in that language.
pub fn early_lang(args: &[String]) -> Lang {
    let mut flag = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            flag = it.next().cloned();
        } else if let Some(v) = a.strip_prefix("--lang=") {
            flag = Some(v.to_string());
        }
    }
    let env = std::env::var("TAVLE_LANG").ok();
    Lang::choose(flag.as_deref(), env.as_deref())
}

/// The clap command with help texts in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let h = |id: &str| i18n::cli_help(lang, id).unwrap_or("");
    Cli::command()
        .about(h("about"))
        .mut_arg("lang", |a| a.help(h("lang")))
        .mut_subcommand("check", |c| {
            c.about(h("check"))
                .mut_arg("path", |a| a.help(h("check.path")))
                .mut_arg("strict", |a| a.help(h("check.strict")))
        })
        .mut_subcommand("schema", |c| c.about(h("schema")))
        .mut_subcommand("fmt", |c| {
            c.about(h("fmt"))
                .mut_arg("path", |a| a.help(h("check.path")))
                .mut_arg("check", |a| a.help(h("fmt.check")))
        })
}

/// Parse the arguments; on a usage error clap prints it and exits with 2.
pub fn parse(args: &[String]) -> (Cli, Lang) {
    let lang = early_lang(args);
    let matches = command(lang).get_matches_from(args);
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => (cli, lang),
        Err(e) => e.exit(),
    }
}

//! The command line. Help texts come from the catalogue in the chosen language.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::{self, Lang};

#[derive(Debug, Parser)]
#[command(name = "tavle", version, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// Language (nb, nn or en).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Folder of boards, or one board file.
    #[arg(default_value = "boards")]
    pub path: PathBuf,
    /// Poll the folder every SECS seconds instead of waiting for change events.
    #[arg(long, value_name = "SECS")]
    pub poll: Option<f64>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options shared by the editing commands.
#[derive(Debug, clap::Args)]
pub struct CardFields {
    /// Title.
    #[arg(long)]
    pub title: Option<String>,
    /// Owner (empty to clear).
    #[arg(long)]
    pub owner: Option<String>,
    /// Due date.
    #[arg(long)]
    pub due: Option<String>,
    /// Traffic light.
    #[arg(long)]
    pub light: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum DecisionCmd {
    /// Log a decision; prints its id.
    Add {
        board: String,
        /// What was decided.
        #[arg(long)]
        text: String,
        /// Who follows it up.
        #[arg(long)]
        owner: Option<String>,
        /// By when.
        #[arg(long)]
        due: Option<String>,
        /// The card it concerns.
        #[arg(long)]
        card: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum MeasureCmd {
    /// Record one value.
    Add {
        board: String,
        indicator: String,
        value: String,
        /// The date of the value (default: today).
        #[arg(long)]
        date: Option<String>,
    },
    /// Import values from a CSV file with the columns indicator,date,value.
    Import {
        board: String,
        file: PathBuf,
        /// Import the good rows even when some rows are bad.
        #[arg(long)]
        skip_bad: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CardCmd {
    /// Add a card; prints its id.
    Add {
        board: String,
        /// Column (default: the first).
        #[arg(long)]
        column: Option<String>,
        #[command(flatten)]
        fields: CardFields,
    },
    /// Move a card to a column.
    Move {
        board: String,
        card: String,
        column: String,
    },
    /// Change fields of a card.
    Set {
        board: String,
        card: String,
        #[command(flatten)]
        fields: CardFields,
    },
    /// Archive a card (it stays in the file, hidden).
    Archive {
        board: String,
        card: String,
        /// Restore an archived card instead.
        #[arg(long)]
        restore: bool,
    },
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
    /// Edit cards from a script.
    Card {
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards", global = true)]
        dir: PathBuf,
        #[command(subcommand)]
        cmd: CardCmd,
    },
    /// Log decisions from a script.
    Decision {
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards", global = true)]
        dir: PathBuf,
        #[command(subcommand)]
        cmd: DecisionCmd,
    },
    /// Print the minutes of a board's meeting as Markdown.
    Minutes {
        board: String,
        /// The meeting's date (default: today).
        #[arg(long)]
        date: Option<String>,
        /// Which of the day's meetings, counted from 1 (default: the last).
        #[arg(long)]
        meeting: Option<u64>,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Record indicator values from a script or a CSV file.
    Measure {
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards", global = true)]
        dir: PathBuf,
        #[command(subcommand)]
        cmd: MeasureCmd,
    },
    /// Print the status of every board for the leadership group's report.
    Status {
        /// Folder of boards.
        #[arg(default_value = "boards")]
        path: PathBuf,
        /// text, markdown or json.
        #[arg(long, default_value = "text", value_parser = ["text", "markdown", "json"])]
        format: String,
        /// Only what this person is responsible for.
        #[arg(long)]
        owner: Option<String>,
    },
    /// Break a stale lock left by a crash.
    Unlock {
        board: String,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
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

/// The language asked for with `--lang`, else in `TAVLE_LANG`, else by the
/// system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), read before clap runs so
/// that clap's help is already in that language.
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
    let var = |name: &str| std::env::var(name).ok();
    let tavle_lang = var("TAVLE_LANG");
    let locale = [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")];
    Lang::choose(
        flag.as_deref(),
        tavle_lang.as_deref(),
        locale.each_ref().map(|v| v.as_deref()),
    )
}

/// The clap command with help texts in `lang`, clap's own words included.
pub fn command(lang: Lang) -> clap::Command {
    let h = |id: &str| i18n::cli_help(lang, id).unwrap_or("");
    let fields = |c: clap::Command| {
        c.mut_arg("board", |a| a.help(h("card.board")))
            .mut_arg("title", |a| a.help(h("card.title")))
            .mut_arg("owner", |a| a.help(h("card.owner")))
            .mut_arg("due", |a| a.help(h("card.due")))
            .mut_arg("light", |a| a.help(h("card.light")))
    };
    let cmd = Cli::command()
        .about(h("about"))
        .mut_arg("lang", |a| a.help(h("lang")))
        .mut_arg("path", |a| a.help(h("path")))
        .mut_arg("poll", |a| a.help(h("poll")))
        .mut_subcommand("card", |c| {
            c.about(h("card"))
                .mut_arg("dir", |a| a.help(h("dir")))
                .mut_subcommand("add", |c| {
                    fields(c.about(h("card.add"))).mut_arg("column", |a| a.help(h("card.column")))
                })
                .mut_subcommand("set", |c| {
                    fields(c.about(h("card.set"))).mut_arg("card", |a| a.help(h("card.card")))
                })
                .mut_subcommand("move", |c| {
                    c.about(h("card.move"))
                        .mut_arg("board", |a| a.help(h("card.board")))
                        .mut_arg("card", |a| a.help(h("card.card")))
                        .mut_arg("column", |a| a.help(h("card.column")))
                })
                .mut_subcommand("archive", |c| {
                    c.about(h("card.archive"))
                        .mut_arg("board", |a| a.help(h("card.board")))
                        .mut_arg("card", |a| a.help(h("card.card")))
                        .mut_arg("restore", |a| a.help(h("card.restore")))
                })
        })
        .mut_subcommand("decision", |c| {
            c.about(h("decision"))
                .mut_arg("dir", |a| a.help(h("dir")))
                .mut_subcommand("add", |c| {
                    c.about(h("decision.add"))
                        .mut_arg("board", |a| a.help(h("card.board")))
                        .mut_arg("text", |a| a.help(h("decision.text")))
                        .mut_arg("owner", |a| a.help(h("decision.owner")))
                        .mut_arg("due", |a| a.help(h("card.due")))
                        .mut_arg("card", |a| a.help(h("decision.card")))
                })
        })
        .mut_subcommand("minutes", |c| {
            c.about(h("minutes"))
                .mut_arg("board", |a| a.help(h("card.board")))
                .mut_arg("date", |a| a.help(h("minutes.date")))
                .mut_arg("meeting", |a| a.help(h("minutes.meeting")))
                .mut_arg("dir", |a| a.help(h("dir")))
        })
        .mut_subcommand("measure", |c| {
            c.about(h("measure"))
                .mut_arg("dir", |a| a.help(h("dir")))
                .mut_subcommand("add", |c| {
                    c.about(h("measure.add"))
                        .mut_arg("board", |a| a.help(h("card.board")))
                        .mut_arg("indicator", |a| a.help(h("measure.indicator")))
                        .mut_arg("value", |a| a.help(h("measure.value")))
                        .mut_arg("date", |a| a.help(h("measure.date")))
                })
                .mut_subcommand("import", |c| {
                    c.about(h("measure.import"))
                        .mut_arg("board", |a| a.help(h("card.board")))
                        .mut_arg("file", |a| a.help(h("measure.file")))
                        .mut_arg("skip_bad", |a| a.help(h("measure.skip_bad")))
                })
        })
        .mut_subcommand("status", |c| {
            c.about(h("status"))
                .mut_arg("path", |a| a.help(h("status.path")))
                .mut_arg("format", |a| a.help(h("status.format")))
                .mut_arg("owner", |a| a.help(h("status.owner")))
        })
        .mut_subcommand("unlock", |c| {
            c.about(h("unlock"))
                .mut_arg("board", |a| a.help(h("card.board")))
                .mut_arg("dir", |a| a.help(h("dir")))
        })
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
        });
    i18n::localise_help(cmd, lang)
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

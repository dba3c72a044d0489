//! The command line: `tavle [FOLDER|FILE]` opens the screen; `tavle
//! SUBCOMMAND …` works on board files from a terminal or a script. Here: the
//! clap definitions, choosing the language, parsing (help texts in that
//! language come from `help.rs`; odd starts — a bad `--poll` or `--lang`, no
//! terminal — are refused by `starts.rs`), the panic hook, and dispatch to
//! one file per subcommand beside this one.
//!
//! It must not print anything except through [`out::Io`] (every byte passes
//! `text::sanitize`, so nothing from a file or an argument can drive the
//! terminal), and must not borrow from the app or the runtime except to open
//! the screen, which is what `tavle` and `tavle demo` are for.

// The subcommands read and write files only through the folder layer and
// read the clock only in `now` (.ci/lints/clippy.toml, checked by .ci/run):
// what this layer does itself is allowed where it is done — the
// environment here, git in `git`, the clock in `now`.

mod a3;
mod card;
mod check;
mod copies;
mod decision;
mod demo;
mod error;
mod fmt;
mod git;
mod help;
mod init;
mod lookup;
mod measure;
mod merge;
mod merge_git;
mod minutes;
mod new;
mod now;
mod out;
mod report;
mod round;
mod routine;
mod schema;
mod starts;
mod status;
mod unlock;
mod words;

use std::path::PathBuf;
use std::time::Duration;

use clap::{FromArgMatches, Parser, Subcommand};

use crate::i18n::Lang;

pub use error::CliError;
pub use help::command;
pub use now::Now;
pub use out::{Exit, Io};
pub use starts::{POLL_MAX, POLL_MIN, poll_interval};
use starts::{check_lang, need_terminal};

#[derive(Debug, Parser)]
#[command(name = "tavle", version, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// Language (nb, nn or en).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// The name changes are signed with.
    #[arg(long = "as", global = true, value_name = "NAME")]
    pub as_name: Option<String>,
    /// Folder of boards, or one board file.
    #[arg(default_value = "boards")]
    pub path: PathBuf,
    /// Poll the folder every SECS seconds instead of waiting for change events.
    /// Read by [`poll_interval`] (not by clap, whose errors are in English).
    #[arg(long, value_name = "SECS", allow_hyphen_values = true)]
    pub poll: Option<String>,
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
    #[arg(long, allow_hyphen_values = true)]
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
        #[arg(long, allow_hyphen_values = true)]
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
        #[arg(long, allow_hyphen_values = true)]
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
    #[command(mut_arg("title", |a| a.required(true)))]
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
        /// Give cards and decisions that share an id one each.
        #[arg(long)]
        fix: bool,
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
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
        /// Which of the day's meetings, counted from 1 (default: the last).
        #[arg(long)]
        meeting: Option<u64>,
        /// Also a day without a meeting: the day's changes.
        #[arg(long)]
        anyway: bool,
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
        /// Only boards with this unit.
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// Only this board (id, file name or title).
        #[arg(long)]
        board: Option<String>,
        /// What changed since this day.
        #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
        since: Option<String>,
        /// Nothing folded in the text.
        #[arg(long)]
        all: bool,
    },
    /// Break a stale lock left by a crash.
    Unlock {
        board: String,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// Also break a lock that may be in use.
        #[arg(long)]
        force: bool,
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
    /// Merge the conflict copies sync clients left beside a board into it.
    Merge {
        board: String,
        /// Folder of boards, for BOARD given as an id or title.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// Show what the merge would do; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Settle every field changed on both sides for the board or for the copy.
        #[arg(long, value_enum, value_name = "SIDE")]
        prefer: Option<Prefer>,
        /// Merge only this copy (its file name); may be given more than once.
        #[arg(long, value_name = "FILE")]
        copy: Vec<String>,
        /// BOARD is a file git stopped a merge in: merge git's versions of it.
        #[arg(long, conflicts_with = "copy")]
        git: bool,
    },
    /// Prepare a board folder for git and Syncthing.
    Init {
        /// The board folder.
        #[arg(default_value = "boards")]
        dir: PathBuf,
    },
    /// git's merge driver: `tavle merge-driver %O %A %B %P`.
    #[command(hide = true)]
    MergeDriver {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        path: Option<String>,
    },
    /// Make a new board from its template.
    New {
        /// forbedring or drift.
        #[arg(value_enum)]
        kind: new::NewKind,
        /// The board's name.
        name: String,
        /// The folder to put the board in.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// The improvement team's leader.
        #[arg(long, value_name = "NAME", alias = "teamleder", alias = "teamleiar")]
        team_leader: Option<String>,
        /// The improvement team's measurement lead.
        #[arg(
            long,
            value_name = "NAME",
            alias = "maleansvarlig",
            alias = "måleansvarlig"
        )]
        measurement_lead: Option<String>,
    },
    /// List the indicators due for a value today (the measurement lead's round).
    Round {
        /// Folder of boards.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// Only what this person measures.
        #[arg(long, value_name = "NAME")]
        who: Option<String>,
        /// text, markdown or json.
        #[arg(long, default_value = "text", value_parser = ["text", "markdown", "json"])]
        format: String,
    },
    /// Print a board's routines as Markdown.
    Routine {
        board: String,
        /// The routine (id or title); all of them when none is named.
        routine: Option<String>,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Print the A3 of an improvement card as Markdown.
    A3 {
        board: String,
        /// The card (id or title).
        card: String,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Print the team's status report or final report as Markdown.
    #[command(group(clap::ArgGroup::new("which").required(true).args(["status", "final_report"])))]
    Report {
        board: String,
        /// The status report.
        #[arg(long)]
        status: bool,
        /// The final report.
        #[arg(long = "final")]
        final_report: bool,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Copy the sample boards, dated around today, and open the copy.
    Demo {
        /// Where to put the copy (default: a new folder in the temp directory).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Only write the copy and print where it is.
        #[arg(long)]
        no_open: bool,
    },
}

/// Which side `tavle merge --prefer` gives every field changed on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Prefer {
    // With `--git`, also `ours`.
    #[value(alias = "ours")]
    Board,
    // With `--git`, also `theirs`.
    #[value(alias = "theirs")]
    Copy,
}

impl Prefer {
    fn side(self) -> tavle_core::merge::Side {
        match self {
            Prefer::Board => tavle_core::merge::Side::Board,
            Prefer::Copy => tavle_core::merge::Side::Copy,
        }
    }
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
    #[allow(clippy::disallowed_methods)] // the language's environment variables
    let var = |name: &str| std::env::var(name).ok();
    let tavle_lang = var("TAVLE_LANG");
    let locale = [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")];
    Lang::choose(
        flag.as_deref(),
        tavle_lang.as_deref(),
        locale.each_ref().map(|v| v.as_deref()),
    )
}

/// Parse the arguments (the program name first). `--help` and `--version`
/// are printed by clap; a usage error is worded in `lang` from its kind
/// (`i18n::usage_error`), printed sanitized (it quotes the argument, which
/// may hold anything), and gives exit code 2.
pub fn parse(args: &[String], lang: Lang, io: &mut Io) -> Result<Cli, Exit> {
    use clap::error::ErrorKind;
    // The plain command parses the same arguments into the same `Cli`; the
    // one with every help text in `lang` costs a millisecond to build, so it
    // is built only to say something: help, the version or a usage error.
    if let Ok(cli) = Cli::try_parse_from(args) {
        return Ok(cli);
    }
    let mut cmd = command(lang);
    let parsed = cmd
        .try_get_matches_from_mut(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            // Only our own words and clap's: nothing the user typed.
            let _ = e.print();
            Err(Exit::Ok)
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // The help of a command given nothing (`tavle card`), in `lang`.
            io.print_err(&e.render().to_string());
            Err(Exit::Usage)
        }
        Err(e) => {
            let usage = help::usage_for(&cmd, args);
            io.print_err(&crate::i18n::usage_error(lang, &e, Some(&usage)));
            Err(Exit::Usage)
        }
    }
}

/// Print a panic's message through `sanitize`, in the user's language. Set
/// before the screen starts: `ratatui::try_init` wraps the hook it finds, so
/// the terminal is restored first and then this runs.
fn install_panic_hook(lang: Lang) {
    std::panic::set_hook(Box::new(move |info| {
        let shown = panic_report(lang, &info.to_string());
        let _ = std::io::Write::write_all(&mut std::io::stderr(), shown.as_bytes());
    }));
}

/// What the panic hook prints for a panic's message (which may quote a
/// title or a file name): in the user's language, every line sanitized.
fn panic_report(lang: Lang, message: &str) -> String {
    out::safe_lines(&format!("tavle: {}\n", words::panic(lang, message)))
}

/// Run tavle with `args` (the program name first); the exit code.
pub fn main(args: &[String]) -> u8 {
    let lang = early_lang(args);
    install_panic_hook(lang);
    // Not locked: the screen writes to stdout too (`tavle`, `tavle demo`).
    let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
    let mut io = Io::new(lang, &mut stdout, &mut stderr);
    let cli = match parse(args, lang, &mut io) {
        Ok(cli) => cli,
        Err(exit) => return exit.code(),
    };
    #[allow(clippy::disallowed_methods)] // checked and reported here
    let tavle_lang = std::env::var("TAVLE_LANG").ok();
    if let Err(exit) = check_lang(cli.lang.as_deref(), tavle_lang.as_deref(), &mut io) {
        return exit.code();
    }
    // Who signs this run's changes: `--as`, else the environment, the
    // user's tavle.toml, the account's name.
    crate::folder::stamp::sign_as(cli.as_name.as_deref(), lang);
    let poll = match cli.poll.as_deref().map(poll_interval).transpose() {
        Ok(poll) => poll,
        Err(e) => return io.fail(e).code(),
    };
    // The one reading of the clock: every subcommand's "today" and every
    // stamp of this run's changes.
    let now = Now::read();
    let exit = match cli.command {
        Some(Command::Check { path, strict, fix }) => {
            if fix {
                fmt::fix_ids(&path, &mut io);
            }
            check::run(&path, strict, now, &mut io)
        }
        Some(Command::Fmt { path, check }) => fmt::run(&path, check, &mut io),
        Some(Command::Schema) => schema::run(&mut io),
        Some(Command::Card { dir, cmd }) => card::run(cmd, &dir, now, &mut io),
        Some(Command::Decision { dir, cmd }) => decision::run(cmd, &dir, now, &mut io),
        Some(Command::Minutes {
            board,
            date,
            meeting,
            anyway,
            dir,
        }) => {
            let asked = minutes::Asked {
                date: date.as_deref(),
                meeting,
                anyway,
            };
            minutes::run(&board, &dir, asked, now, &mut io)
        }
        Some(Command::Measure { dir, cmd }) => measure::run(cmd, &dir, now, &mut io),
        Some(Command::Status {
            path,
            format,
            owner,
            unit,
            board,
            since,
            all,
        }) => {
            let owner = owner.as_deref().map(str::trim).filter(|o| !o.is_empty());
            let options = status::Options {
                format: &format,
                owner,
                unit: unit.as_deref(),
                board: board.as_deref(),
                since: since.as_deref(),
                all,
            };
            status::run(&path, options, now, &mut io)
        }
        Some(Command::Unlock { board, dir, force }) => unlock::run(&board, &dir, force, &mut io),
        Some(Command::Merge {
            board,
            dry_run,
            prefer,
            git: true,
            ..
        }) => {
            let how = merge_git::How {
                dry_run,
                prefer: prefer.map(Prefer::side),
            };
            merge_git::run(std::path::Path::new(&board), &how, &mut io)
        }
        Some(Command::Merge {
            board,
            dir,
            dry_run,
            prefer,
            copy,
            git: false,
        }) => {
            let how = merge::How {
                dry_run,
                prefer: prefer.map(Prefer::side),
                only: copy,
            };
            merge::run(&board, &dir, &how, now, &mut io)
        }
        Some(Command::Init { dir }) => init::run(&dir, &mut io),
        Some(Command::New {
            kind,
            name,
            dir,
            team_leader,
            measurement_lead,
        }) => {
            let roles = tavle_core::template::Roles {
                team_leader,
                measurement_lead,
            };
            new::run(kind, &name, &dir, &roles, &mut io)
        }
        Some(Command::Round { dir, who, format }) => {
            round::run(&dir, who.as_deref(), &format, now, &mut io)
        }
        Some(Command::Routine {
            board,
            routine,
            dir,
        }) => routine::run(&board, routine.as_deref(), &dir, now, &mut io),
        Some(Command::A3 { board, card, dir }) => a3::run(&board, &card, &dir, now, &mut io),
        Some(Command::Report {
            board, status, dir, ..
        }) => {
            let which = if status {
                crate::report::team::Which::Status
            } else {
                crate::report::team::Which::Final
            };
            report::run(&board, which, &dir, now, &mut io)
        }
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            path,
        }) => merge_git::driver(&base, &ours, &theirs, path.as_deref(), &mut io),
        Some(Command::Demo { dir, no_open }) => {
            return demo::run(dir.as_deref(), no_open, now, &mut io);
        }
        None => return open(&cli.path, poll, &mut io),
    };
    exit.code()
}

/// `tavle [FOLDER|FILE]`: the full-screen app; its exit code (128 + the
/// signal that ended it, else 0; 2 without a terminal).
pub fn open(path: &std::path::Path, poll: Option<Duration>, io: &mut Io) -> u8 {
    if !path.exists() {
        let exit = io.fail(CliError::NoSuchPath(path.to_path_buf()));
        // `tavle chek`: a mistyped command reads as a folder's name.
        if let Some(tip) = help::command_tip(io.lang, path) {
            io.warn(&tip);
        }
        return exit.code();
    }
    // `tavle plan.json`: the board file in the current folder, opened.
    let path = &lookup::bare_file(path);
    if let Err(e) = need_terminal() {
        return io.fail(e).code();
    }
    match crate::tui::run(path, io.lang, poll) {
        Ok(code) => code,
        Err(crate::tui::Failure::Terminal(e)) => io.fail(CliError::Terminal((&e).into())).code(),
        Err(crate::tui::Failure::Screen(e)) => io.fail(CliError::Screen((&e).into())).code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_reported_in_words_and_cannot_drive_the_terminal() {
        let message = "panicked at src/x.rs:1:1:\nno card \u{1b}]0;evil\u{7}\u{9b}2J\u{202e}";
        let shown = panic_report(Lang::En, message);
        assert!(
            shown.starts_with("tavle: tavle stopped on an internal error"),
            "{shown}"
        );
        assert!(shown.contains("no card ␛]0;evil␇"), "{shown}");
        assert!(
            !shown.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}']),
            "{shown:?}"
        );
        assert_eq!(
            shown.lines().count(),
            2,
            "the message's own line break stays"
        );
    }

    #[test]
    fn a_usage_error_is_printed_plain_and_sanitized_with_exit_2() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut io = Io::new(Lang::En, &mut out, &mut err);
        let args: Vec<String> = ["tavle", "status", "--format", "x\u{9b}2J\u{202e}"]
            .map(String::from)
            .to_vec();
        assert_eq!(parse(&args, Lang::En, &mut io).err(), Some(Exit::Usage));
        let err = String::from_utf8(err).unwrap();
        assert!(err.starts_with("tavle: “x"), "{err}");
        assert!(
            err.contains("is not a valid value for --format <FORMAT>"),
            "{err}"
        );
        assert!(!err.contains(['\u{1b}', '\u{9b}', '\u{202e}']), "{err:?}");
    }
}

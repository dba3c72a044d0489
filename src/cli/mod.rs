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
mod args;
mod card;
mod check;
mod check_stats;
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
mod settings;
mod starts;
mod status;
mod status_watch;
mod unlock;
mod words;

use std::path::PathBuf;

use clap::{FromArgMatches, Parser, Subcommand};

use crate::i18n::Lang;

pub use error::CliError;
pub use help::command;
pub use now::{Clock, Now};
pub use out::{Exit, Io};
pub use starts::{POLL_MAX, POLL_MIN, poll_interval};
use starts::{check_lang, need_terminal};

pub use args::*;

/// The language asked for with `--lang`, else in `TAVLE_LANG`, else by the
/// system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), read before clap runs so
/// that clap's help is already in that language.
pub fn early_lang(args: &[String]) -> Lang {
    lang_with(args, None)
}

/// The language as [`early_lang`] chooses it, with the settings files'
/// `setting` after `TAVLE_LANG` and before the system's locale.
fn lang_with(args: &[String], setting: Option<Lang>) -> Lang {
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
    let tavle_lang = var("TAVLE_LANG")
        .filter(|v| Lang::parse(v).is_some())
        .or_else(|| setting.map(|l| l.code().to_string()));
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
    #[allow(clippy::disallowed_methods)] // the screen's theme (no-color.org)
    let no_color = std::env::var("NO_COLOR").ok();
    if let Err(exit) = check_lang(cli.lang.as_deref(), tavle_lang.as_deref(), &mut io) {
        return exit.code();
    }
    // The team's and the user's tavle.toml, under the command line.
    let loaded = settings::load(&cli);
    let lang = lang_with(args, loaded.settings.lang);
    io.lang = lang;
    let problems = settings::problems(&loaded, lang);
    if cli.command.is_some() && !matches!(cli.command, Some(Command::MergeDriver { .. })) {
        for p in &problems {
            io.warn(&format!("tavle: {p}"));
        }
    }
    // Who signs this run's changes: `--as`, else the environment, the
    // user's tavle.toml, the account's name.
    crate::folder::stamp::sign_as(cli.as_name.as_deref(), lang);
    let poll = match cli.poll.as_deref().map(poll_interval).transpose() {
        Ok(poll) => poll.or(loaded.settings.poll),
        Err(e) => return io.fail(e).code(),
    };
    // The one reading of the clock: every subcommand's "today" and every
    // stamp of this run's changes.
    let now = Now::read();
    let exit = match cli.command {
        Some(Command::Check { path, stats, .. }) if stats => {
            check_stats::run(&path, poll, now, &mut io)
        }
        Some(Command::Check {
            path, strict, fix, ..
        }) => {
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
            out,
            watch,
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
                out: out.as_deref(),
                watch,
            };
            // `--watch` reads the clock again for every page it writes.
            let clock = if watch {
                Clock::System
            } else {
                Clock::Fixed(now)
            };
            status::run(&path, options, clock, poll, &mut io)
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
        Some(Command::Demo { ref dir, no_open }) => {
            let opts =
                match settings::screen(&cli, &loaded, lang, poll, no_color.as_deref(), problems) {
                    Ok(opts) => opts,
                    Err(e) => return io.fail(e).code(),
                };
            return demo::run(dir.as_deref(), no_open, &opts, now, &mut io);
        }
        None => {
            let opts =
                match settings::screen(&cli, &loaded, lang, poll, no_color.as_deref(), problems) {
                    Ok(opts) => opts,
                    Err(e) => return io.fail(e).code(),
                };
            return open(&cli.path, &opts, &mut io);
        }
    };
    exit.code()
}

/// `tavle [FOLDER|FILE]`: the full-screen app; its exit code (128 + the
/// signal that ended it, else 0; 2 without a terminal).
pub fn open(path: &std::path::Path, opts: &crate::tui::Options, io: &mut Io) -> u8 {
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
    match crate::tui::run(path, opts) {
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

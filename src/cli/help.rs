//! The clap command of [`super::Cli`] with every help text in the user's
//! language: ours from the catalogue (`i18n::cli_help`, and `words` for the
//! newer subcommands), clap's own through `i18n::localise_help`; the top
//! level also lists the environment variables and the exit codes. And, for
//! a usage error, the usage line of the command the arguments name.
//!
//! It must not change what parses: only texts are set here.

use clap::CommandFactory;

use super::words;
use crate::i18n::{self, Lang};

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
    let cmd = super::Cli::command()
        .about(h("about"))
        .after_help(after_help(lang))
        .mut_arg("lang", |a| a.help(h("lang")))
        .mut_arg("as_name", |a| a.help(i18n::as_help(lang)))
        .mut_arg("path", |a| a.help(h("path")))
        .mut_arg("poll", |a| {
            a.help(i18n::poll_help(lang, super::POLL_MIN, super::POLL_MAX))
        })
        .mut_arg("wall", |a| a.help(i18n::wall_help(lang)))
        .mut_arg("interval", |a| a.help(i18n::interval_help(lang)))
        .mut_arg("theme", |a| a.help(i18n::theme_help(lang)))
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
                        .mut_arg("column", |a| a.help(h("card.move.column")))
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
                .mut_arg("anyway", |a| a.help(i18n::anyway_help(lang)))
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
            use crate::i18n::{PageWord, StatusHelp, page_word, status_help};
            c.about(h("status"))
                .mut_arg("path", |a| a.help(h("status.path")))
                .mut_arg("format", |a| a.help(h("status.format")))
                .mut_arg("owner", |a| a.help(h("status.owner")))
                .mut_arg("unit", |a| a.help(status_help(lang, StatusHelp::Unit)))
                .mut_arg("board", |a| a.help(status_help(lang, StatusHelp::Board)))
                .mut_arg("since", |a| a.help(status_help(lang, StatusHelp::Since)))
                .mut_arg("all", |a| a.help(status_help(lang, StatusHelp::All)))
                .mut_arg("out", |a| a.help(page_word(lang, PageWord::HelpOut)))
                .mut_arg("watch", |a| a.help(page_word(lang, PageWord::HelpWatch)))
        })
        .mut_subcommand("merge", |c| {
            use crate::i18n::{MergeHelp, merge_help};
            c.about(merge_help(lang, MergeHelp::About))
                .mut_arg("board", |a| a.help(merge_help(lang, MergeHelp::Board)))
                .mut_arg("dir", |a| a.help(h("dir")))
                .mut_arg("dry_run", |a| a.help(merge_help(lang, MergeHelp::DryRun)))
                .mut_arg("prefer", |a| a.help(merge_help(lang, MergeHelp::Prefer)))
                .mut_arg("copy", |a| a.help(merge_help(lang, MergeHelp::Copy)))
                .mut_arg("git", |a| {
                    a.help(i18n::git_help(lang, i18n::GitHelp::MergeFlag))
                })
        })
        .mut_subcommand("init", |c| {
            use crate::i18n::{GitHelp, git_help};
            c.about(git_help(lang, GitHelp::Init))
                .mut_arg("dir", |a| a.help(git_help(lang, GitHelp::InitDir)))
        })
        .mut_subcommand("unlock", |c| {
            c.about(h("unlock"))
                .mut_arg("board", |a| a.help(h("card.board")))
                .mut_arg("dir", |a| a.help(h("dir")))
                .mut_arg("force", |a| a.help(h("unlock.force")))
        })
        .mut_subcommand("check", |c| {
            c.about(h("check"))
                .mut_arg("path", |a| a.help(h("check.path")))
                .mut_arg("strict", |a| a.help(h("check.strict")))
                .mut_arg("fix", |a| a.help(h("check.fix")))
                .mut_arg("stats", |a| a.help(h("check.stats")))
        })
        .mut_subcommand("schema", |c| c.about(h("schema")))
        .mut_subcommand("demo", |c| {
            let d = |id: &str| words::demo_help(lang, id);
            c.about(d("demo"))
                .mut_arg("dir", |a| a.help(d("dir")))
                .mut_arg("no_open", |a| a.help(d("no_open")))
        })
        .mut_subcommand("new", |c| {
            use crate::i18n::{NewBoardWord as W, new_board_word};
            let n = |w| new_board_word(lang, w);
            c.about(n(W::Help))
                .mut_arg("kind", |a| a.help(n(W::HelpKind)))
                .mut_arg("name", |a| a.help(n(W::HelpName)))
                .mut_arg("dir", |a| a.help(n(W::HelpDir)))
                .mut_arg("team_leader", |a| a.help(n(W::HelpTeamLeader)))
                .mut_arg("measurement_lead", |a| a.help(n(W::HelpMeasurementLead)))
        })
        .mut_subcommand("routine", |c| {
            let r = |w| i18n::routine_help(lang, w);
            c.about(r("routine"))
                .mut_arg("board", |a| a.help(h("card.board")))
                .mut_arg("routine", |a| a.help(r("routine.routine")))
                .mut_arg("dir", |a| a.help(h("dir")))
        })
        .mut_subcommand("round", |c| {
            let r = |w| i18n::round_help(lang, w);
            c.about(r("round"))
                .after_help(r("round.exit"))
                .mut_arg("dir", |a| a.help(r("round.dir")))
                .mut_arg("who", |a| a.help(r("round.who")))
                .mut_arg("format", |a| a.help(r("round.format")))
        })
        .mut_subcommand("a3", |c| {
            let r = |w| i18n::routine_help(lang, w);
            c.about(r("a3"))
                .mut_arg("board", |a| a.help(h("card.board")))
                .mut_arg("card", |a| a.help(r("a3.card")))
                .mut_arg("dir", |a| a.help(h("dir")))
        })
        .mut_subcommand("report", |c| {
            let r = |w| i18n::routine_help(lang, w);
            c.about(r("report"))
                .mut_arg("board", |a| a.help(h("card.board")))
                .mut_arg("status", |a| a.help(r("report.status")))
                .mut_arg("final_report", |a| a.help(r("report.final")))
                .mut_arg("dir", |a| a.help(h("dir")))
        })
        .mut_subcommand("fmt", |c| {
            c.about(h("fmt"))
                .after_help(h("fmt.long"))
                .mut_arg("path", |a| a.help(h("fmt.path")))
                .mut_arg("check", |a| a.help(h("fmt.check")))
        })
        .mut_subcommand("merge-driver", |c| {
            c.about(h("merge_driver"))
                .mut_arg("base", |a| a.help(h("merge_driver.base")))
                .mut_arg("ours", |a| a.help(h("merge_driver.ours")))
                .mut_arg("theirs", |a| a.help(h("merge_driver.theirs")))
                .mut_arg("path", |a| a.help(h("merge_driver.path")))
        });
    i18n::localise_help(cmd, lang)
}

/// The top level's closing sections: the environment variables tavle reads
/// and its exit codes, laid out as clap lays out the arguments.
fn after_help(lang: Lang) -> String {
    let styles = clap::builder::Styles::default();
    let h = styles.get_header();
    let login = if cfg!(windows) { "USERNAME" } else { "USER" };
    let env: Vec<(&str, String)> = i18n::cli_environment(lang, login).into();
    let exit: Vec<(&str, String)> = i18n::cli_exit_codes(lang)
        .iter()
        .map(|&(code, text)| (code, text.to_string()))
        .collect();
    let section = |title: &str, rows: &[(&str, String)]| {
        let width = rows
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
            .unwrap_or(0);
        let mut s = format!("{h}{title}:{h:#}\n");
        for (name, text) in rows {
            s.push_str(&format!("  {name:<width$}  {text}\n"));
        }
        s
    };
    let (env_title, exit_title) = (
        i18n::cli_help(lang, "env").unwrap_or_default(),
        i18n::cli_help(lang, "exit").unwrap_or_default(),
    );
    format!(
        "{}\n{}",
        section(env_title, &env),
        section(exit_title, &exit).trim_end()
    )
}

/// The usage line, in the language of `cmd` (a command of [`command`]), of
/// the subcommand `args` name: `tavle card add [VALG] <TAVLE>` for
/// `tavle card add --bogus`. Read the way clap reads them: an option that
/// takes a value skips the next word, `--` ends the commands.
pub fn usage_for(cmd: &clap::Command, args: &[String]) -> String {
    let mut path: Vec<&clap::Command> = vec![cmd];
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let Some(&here) = path.last() else { break };
        if word == "--" {
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            let takes_value = !long.contains('=')
                && path.iter().any(|c| {
                    c.get_arguments()
                        .any(|a| a.get_long() == Some(long) && a.get_action().takes_values())
                });
            if takes_value {
                words.next();
            }
            continue;
        }
        if let Some(sub) = here
            .get_subcommands()
            .find(|s| s.get_name() == word || s.get_all_aliases().any(|a| a == word))
        {
            path.push(sub);
        }
    }
    let mut found = path.last().map_or_else(|| cmd.clone(), |c| (*c).clone());
    i18n::plain_usage(&mut found)
}

/// For `tavle WORD` where WORD is no folder or file but looks like one of
/// the commands: the tip naming them, in `lang`. clap finds the similar
/// names, as it does for a mistyped subcommand.
pub fn command_tip(lang: Lang, path: &std::path::Path) -> Option<String> {
    let word = path.to_str().filter(|w| !w.contains(['/', '\\', '.']))?;
    let cli = super::Cli::command();
    let commands = cli.get_subcommands().filter(|s| !s.is_hide_set()).cloned();
    let probe = clap::Command::new("tavle").subcommands(commands);
    let e = probe.try_get_matches_from(["tavle", word]).err()?;
    let similar = match e.get(clap::error::ContextKind::SuggestedSubcommand) {
        Some(clap::error::ContextValue::Strings(s)) if !s.is_empty() => s.clone(),
        _ => return None,
    };
    // clap lists the most similar last; say it first.
    let named: Vec<String> = similar.iter().rev().map(|s| format!("tavle {s}")).collect();
    Some(i18n::command_tip(lang, &named))
}

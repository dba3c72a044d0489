use std::process::ExitCode;
use std::time::Duration;

use tavle::cli::{self, Command};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let (cli, lang) = cli::parse(&args);
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    let code = match cli.command {
        Some(Command::Check { path, strict }) => {
            tavle::check::run(&path, strict, lang, &mut out, &mut err)
        }
        Some(Command::Fmt { path, check }) => {
            tavle::check::fmt(&path, check, lang, &mut out, &mut err)
        }
        Some(Command::Schema) => {
            print!("{}", tavle::schema::board_schema());
            0
        }
        Some(Command::Card { dir, cmd }) => {
            tavle::card_cmd::run(cmd, &dir, lang, &mut out, &mut err)
        }
        Some(Command::Decision { dir, cmd }) => {
            tavle::card_cmd::decision(cmd, &dir, lang, &mut out, &mut err)
        }
        Some(Command::Minutes {
            board,
            date,
            meeting,
            dir,
        }) => tavle::minutes_cmd::run(
            &board,
            &dir,
            date.as_deref(),
            meeting,
            lang,
            &mut out,
            &mut err,
        ),
        Some(Command::Measure { dir, cmd }) => {
            tavle::report_cmd::measure(cmd, &dir, lang, &mut out, &mut err)
        }
        Some(Command::Status {
            path,
            format,
            owner,
        }) => tavle::report_cmd::status(
            &path,
            &format,
            owner.as_deref().map(str::trim).filter(|o| !o.is_empty()),
            lang,
            &mut out,
            &mut err,
        ),
        Some(Command::Unlock { board, dir }) => {
            tavle::card_cmd::unlock(&board, &dir, lang, &mut out, &mut err)
        }
        None => {
            let poll = cli
                .poll
                .filter(|s| s.is_finite() && *s > 0.0)
                .map(Duration::from_secs_f64);
            if !cli.path.exists() {
                eprintln!(
                    "tavle: {}",
                    tavle::i18n::no_such_path(lang, &cli.path.display().to_string())
                );
                return ExitCode::from(2);
            }
            match tavle::tui::run(&cli.path, lang, poll) {
                Ok(code) => i32::from(code),
                Err(e) => {
                    eprintln!("tavle: {e}");
                    1
                }
            }
        }
    };
    ExitCode::from(code as u8)
}

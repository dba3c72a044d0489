use std::process::ExitCode;

use tavle::cli::{self, Command};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let (cli, lang) = cli::parse(&args);
    let code = match cli.command {
        Some(Command::Check { path, strict }) => tavle::check::run(
            &path,
            strict,
            lang,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Fmt { path, check }) => tavle::check::fmt(
            &path,
            check,
            lang,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        Some(Command::Schema) => {
            print!("{}", tavle::schema::board_schema());
            0
        }
        None => {
            let _ = cli::command(lang).print_help();
            0
        }
    };
    ExitCode::from(code as u8)
}

//! The `tavle` program: everything happens in [`tavle::cli`].

use std::process::ExitCode;

fn main() -> ExitCode {
    // Arguments that are not UTF-8 are read lossily: clap would stop on them,
    // and a board or file name is matched as text anyway.
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    ExitCode::from(tavle::cli::main(&args))
}

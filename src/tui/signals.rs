//! Signals that end the app: SIGTERM from a shutdown, SIGHUP when the
//! terminal window closes, SIGINT from `kill -INT` (Ctrl+C itself arrives
//! as a key in raw mode), SIGQUIT from `kill -QUIT` (whose default would
//! also dump core; Ctrl+\ is a key in raw mode too) and SIGUSR1, which
//! some supervisors and scripts send to ask a program to stop and whose
//! default ends the process on the spot. Each becomes an event, so the loop
//! quits the way `q` does and gives the terminal back (raw mode off,
//! alternate screen left, cursor shown); the exit code is 128 + the signal.
//! Should the loop not get there in time, this thread restores the terminal
//! itself and exits.
//!
//! Left alone on purpose: SIGTSTP (Ctrl+Z is a key in raw mode; `kill
//! -TSTP` is job control, and crossterm does not restore a suspended
//! terminal), SIGKILL and SIGSTOP (cannot be caught), SIGUSR2 and SIGALRM
//! (nothing sends them to tavle), SIGPIPE (ignored by Rust; a write fails).
//! Unix only; on Windows the console sends Ctrl+C as a key and closing the
//! window ends the process with its console.

use std::sync::mpsc::Sender;

use crate::app::Event;

/// The signals that end the app, each with its terminal given back.
#[cfg(unix)]
pub const ENDING: [i32; 5] = {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1};
    [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1]
};

/// Turn the [`ENDING`] signals into [`Event::Signal`] on `events`.
#[cfg(unix)]
pub fn forward(events: Sender<Event>) -> std::io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new(ENDING)?;
    std::thread::Builder::new()
        .name("tavle-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = events.send(Event::Signal(signal));
                // The loop quits within a frame; if it cannot, do it here.
                std::thread::sleep(std::time::Duration::from_secs(2));
                super::restore_terminal();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Nothing to forward where these signals do not exist.
#[cfg(not(unix))]
pub fn forward(_events: Sender<Event>) -> std::io::Result<()> {
    Ok(())
}

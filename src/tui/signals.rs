//! Signals that end the app (SIGTERM from a shutdown, SIGHUP when the
//! terminal window closes, SIGINT from `kill -INT`; Ctrl+C itself arrives as a
//! key in raw mode): each becomes an event, so the loop quits the way `q` does
//! and gives the terminal back (raw mode off, alternate screen left, cursor
//! shown). Should the loop not get there in time, this thread restores the
//! terminal itself and exits. Unix only; on Windows the console sends Ctrl+C
//! as a key and closing the window ends the process with its console.

use std::sync::mpsc::Sender;

use crate::app::Event;

/// Turn the ending signals into [`Event::Signal`] on `events`.
#[cfg(unix)]
pub fn forward(events: Sender<Event>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
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

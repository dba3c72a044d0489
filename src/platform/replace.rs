//! Replacing a file that another program holds open. On Unix a rename over
//! a file always succeeds, whoever has it open (they keep reading the old
//! one). On Windows `MoveFileExW` with `MOVEFILE_REPLACE_EXISTING` fails
//! while another program has the target open without `FILE_SHARE_DELETE`
//! (an editor, Excel, a virus scanner or the search indexer reading it, a
//! sync client uploading it): `ERROR_SHARING_VIOLATION`,
//! `ERROR_LOCK_VIOLATION` or `ERROR_ACCESS_DENIED`. A scanner lets go within
//! milliseconds, so the rename is tried again a few times
//! ([`HELD_TRIES`] × [`HELD_PAUSE`], half a second at most); if the file is
//! still held, the error says so ([`held_open`]) and the caller keeps the
//! written temp file, so the edit is not lost (`safe_fs::Folder::replace`).
//!
//! The retry is a plain function of an operation and a pause, so that it is
//! tested on every system; only Windows calls it for real.

use std::io;
use std::time::Duration;

/// How often a rename over a held file is tried in all.
pub const HELD_TRIES: u32 = 10;

/// The pause between two tries.
pub const HELD_PAUSE: Duration = Duration::from_millis(50);

/// The error of a rename whose target another program held open through
/// every try; the OS's own error inside.
#[derive(Debug)]
pub(super) struct HeldOpen(pub(super) io::Error);

impl std::fmt::Display for HeldOpen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "held open by another program: {}", self.0)
    }
}

impl std::error::Error for HeldOpen {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// `os`, the error of a rename, as the error of a file another program
/// held open through every try (what [`held_open`] recognises).
pub fn held_open_error(os: io::Error) -> io::Error {
    io::Error::other(HeldOpen(os))
}

/// Whether `e` says the file to be replaced was held open by another
/// program through every try (never on Unix).
pub fn held_open(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<HeldOpen>())
}

/// The OS's own error inside a [`HeldOpen`], for classifying it.
pub(super) fn inner(e: &io::Error) -> Option<&io::Error> {
    e.get_ref()?.downcast_ref::<HeldOpen>().map(|h| &h.0)
}

/// Run `op` until it succeeds, fails for another reason than `busy`, or has
/// been tried [`HELD_TRIES`] times with `pause(HELD_PAUSE)` between tries;
/// a failure that was `busy` to the end comes back as [`HeldOpen`].
#[cfg_attr(unix, allow(dead_code))]
pub(super) fn retry_while_held(
    mut op: impl FnMut() -> io::Result<()>,
    busy: impl Fn(&io::Error) -> bool,
    mut pause: impl FnMut(Duration),
) -> io::Result<()> {
    let mut tries = 0;
    loop {
        tries += 1;
        match op() {
            Ok(()) => return Ok(()),
            Err(e) if !busy(&e) => return Err(e),
            Err(e) if tries >= HELD_TRIES => return Err(held_open_error(e)),
            Err(_) => pause(HELD_PAUSE),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn sharing_violation() -> io::Error {
        io::Error::other("sharing violation")
    }

    fn busy(e: &io::Error) -> bool {
        e.to_string() == "sharing violation"
    }

    #[test]
    fn a_file_let_go_of_within_the_tries_is_replaced() {
        let calls = Cell::new(0);
        let paused = Cell::new(Duration::ZERO);
        let r = retry_while_held(
            || {
                calls.set(calls.get() + 1);
                if calls.get() < 4 {
                    Err(sharing_violation())
                } else {
                    Ok(())
                }
            },
            busy,
            |d| paused.set(paused.get() + d),
        );
        assert!(r.is_ok());
        assert_eq!(calls.get(), 4);
        assert_eq!(paused.get(), HELD_PAUSE * 3);
    }

    #[test]
    fn a_file_held_through_every_try_says_so_and_the_tries_are_bounded() {
        let calls = Cell::new(0u32);
        let paused = Cell::new(Duration::ZERO);
        let e = retry_while_held(
            || {
                calls.set(calls.get() + 1);
                Err(sharing_violation())
            },
            busy,
            |d| paused.set(paused.get() + d),
        )
        .unwrap_err();
        assert_eq!(calls.get(), HELD_TRIES);
        assert_eq!(paused.get(), HELD_PAUSE * (HELD_TRIES - 1));
        assert!(paused.get() <= Duration::from_secs(1));
        assert!(held_open(&e));
        assert_eq!(
            inner(&e).map(|i| i.to_string()).as_deref(),
            Some("sharing violation")
        );
    }

    #[test]
    fn another_failure_is_not_retried_nor_called_held() {
        let calls = Cell::new(0);
        let e = retry_while_held(
            || {
                calls.set(calls.get() + 1);
                Err(io::Error::from(io::ErrorKind::NotFound))
            },
            busy,
            |_| panic!("paused for an error that is not a held file"),
        )
        .unwrap_err();
        assert_eq!(calls.get(), 1);
        assert!(!held_open(&e));
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
    }
}

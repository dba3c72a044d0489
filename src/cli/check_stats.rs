//! `tavle check --stats DIR`: what one screen polling DIR costs the file
//! server, so that a municipality's IT can see it before a screen hangs on
//! the wall: the number of boards, the bytes a first round reads (every
//! file) and a round without changes reads (stamps only, plus the files due
//! for their content check), how long each took, when it was measured, and
//! the average bytes per second at the poll interval (`--poll`, the
//! settings' `poll`, or the 1.5 s of automatic polling) with one board open.
//!
//! The rounds are the watcher's own (`watch::poll_cost`), run here without a
//! thread. It reads the folder like the screen does and writes nothing.

use std::path::Path;
use std::time::Duration;

use i18n_embed_fl::fl;

use super::{CliError, Exit, Io, Now};
use crate::folder::watch::{self, FULL_CHECK, PollOptions, RoundCost};
use crate::i18n::{Lang, loader};

/// The interval of automatic polling (the watcher's `AUTO_POLL`).
const DEFAULT_POLL: Duration = Duration::from_millis(1500);

pub fn run(dir: &Path, poll: Option<Duration>, now: Now, io: &mut Io) -> Exit {
    if !dir.is_dir() {
        return io.fail(CliError::NoSuchPath(dir.to_path_buf()));
    }
    let interval = poll.unwrap_or(DEFAULT_POLL);
    let (stats, mean_board) = match watch::poll_cost(dir, PollOptions::new(interval)) {
        Ok(cost) => cost,
        Err(e) => {
            return io.fail(CliError::CannotList {
                path: dir.to_path_buf(),
                kind: crate::platform::classify(&e),
            });
        }
    };
    let lang = io.lang;
    let l = loader(lang);
    let rate = per_second(stats.last.bytes + mean_board, interval);
    let lines = [
        fl!(
            l,
            "stats-head",
            dir = dir.display().to_string(),
            interval = decimal(lang, interval.as_secs_f64(), 1),
            at = now.time().format("%H:%M:%S").to_string()
        ),
        fl!(l, "stats-boards", count = stats.boards),
        round_line(lang, "first", &stats.first),
        round_line(lang, "quiet", &stats.last),
        fl!(
            l,
            "stats-average",
            rate = bytes(lang, rate),
            minutes = (FULL_CHECK.as_secs() / 60).to_string()
        ),
    ];
    for line in lines {
        io.say(&line);
    }
    Exit::Ok
}

fn round_line(lang: Lang, which: &str, cost: &RoundCost) -> String {
    let l = loader(lang);
    let (b, files, stats) = (bytes(lang, cost.bytes), cost.opened, cost.stats);
    let ms = decimal(lang, cost.duration.as_secs_f64() * 1000.0, 1);
    match which {
        "first" => fl!(l, "stats-first", bytes = b, files = files, ms = ms),
        _ => fl!(
            l,
            "stats-quiet",
            bytes = b,
            files = files,
            stats = stats,
            ms = ms
        ),
    }
}

/// Bytes per second of `bytes` every `interval`.
fn per_second(bytes: u64, interval: Duration) -> u64 {
    (bytes as f64 / interval.as_secs_f64().max(0.001)).round() as u64
}

/// `n` with `places` decimals and the language's decimal mark.
fn decimal(lang: Lang, n: f64, places: usize) -> String {
    let text = format!("{n:.places$}");
    if lang == Lang::En {
        text
    } else {
        text.replace('.', ",")
    }
}

/// A byte count as people read it: B, KB or MB (powers of 1000).
fn bytes(lang: Lang, n: u64) -> String {
    match n {
        0..10_000 => format!("{n} B"),
        10_000..1_000_000 => format!("{} KB", decimal(lang, n as f64 / 1e3, 1)),
        _ => format!("{} MB", decimal(lang, n as f64 / 1e6, 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_and_rates_read_as_people_read_them() {
        assert_eq!(bytes(Lang::En, 512), "512 B");
        assert_eq!(bytes(Lang::En, 35_400), "35.4 KB");
        assert_eq!(bytes(Lang::Nb, 5_812_345), "5,8 MB");
        assert_eq!(bytes(Lang::Nb, 999_999), "1000,0 KB");
        assert_eq!(bytes(Lang::Nb, 12_000_000), "12,0 MB");
        assert_eq!(per_second(3000, Duration::from_millis(1500)), 2000);
        assert_eq!(decimal(Lang::Nn, 1.5, 1), "1,5");
    }
}

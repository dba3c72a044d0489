//! Words of `tavle unlock` about what it found at a board's lock, before it
//! breaks or refuses: who the lock names, how old it is as seen by tavle (or
//! that its time is in the future), and why its holder is judged gone,
//! running, unknown or on another machine.
//!
//! Plain data only, like the rest of the catalogue: the folder layer turns
//! its findings into a [`LockFound`] (`src/folder/messages.rs`).

use tavle_core::access::LockHolder;

use super::{Lang, number};

/// Where a lock's holder is, as `tavle unlock` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockPlace {
    /// The lock names nobody.
    Nobody,
    /// This user may not read the lock.
    Unreadable,
    /// On this machine, its process gone. `by_name_only`: an older tavle's
    /// lock, judged by the host name alone.
    Gone { by_name_only: bool },
    /// On this machine, its process running.
    Running { by_name_only: bool },
    /// On this machine, which cannot tell whether the process runs.
    NoAnswer,
    /// Another host name.
    OtherHost,
    /// The same host name, another machine id.
    OtherMachine,
    /// The same host name and machine id, another boot.
    OtherBoot,
    /// The same host, machine and boot, another process namespace.
    OtherNamespace,
}

/// What `tavle unlock` found at the lock of `board`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockFound {
    pub board: String,
    pub holder: Option<LockHolder>,
    /// When the holder says it took the lock, if it says so readably.
    pub since: Option<String>,
    /// How old the lock is as seen by tavle, in seconds.
    pub age_secs: u64,
    /// The lock's time when it is further in the future than clock skew explains.
    pub future: Option<String>,
    pub place: LockPlace,
}

/// "40 s", "12 min", "3 h".
fn age(lang: Lang, secs: u64) -> String {
    let n = |v: u64| number(lang, v as f64);
    if secs < 120 {
        f!(lang, "lock-found-age-secs", secs = n(secs))
    } else if secs < 120 * 60 {
        f!(lang, "lock-found-age-min", min = n(secs / 60))
    } else {
        f!(lang, "lock-found-age-hours", hours = n(secs / 3600))
    }
}

/// Why the holder is judged as it is.
fn why(lang: Lang, f: &LockFound) -> Option<String> {
    let pid = || {
        f.holder
            .as_ref()
            .map(|h| h.pid.to_string())
            .unwrap_or_default()
    };
    let host = || {
        f.holder
            .as_ref()
            .map(|h| h.host.clone())
            .unwrap_or_default()
    };
    let by_name = |by_name_only: bool, text: String| {
        if by_name_only {
            f!(lang, "lock-found-by-name-only", why = text)
        } else {
            text
        }
    };
    Some(match f.place {
        LockPlace::Nobody | LockPlace::Unreadable => return None,
        LockPlace::Gone { by_name_only } => {
            by_name(by_name_only, f!(lang, "lock-found-gone", pid = pid()))
        }
        LockPlace::Running { by_name_only } => {
            by_name(by_name_only, f!(lang, "lock-found-running", pid = pid()))
        }
        LockPlace::NoAnswer => f!(lang, "lock-found-no-answer", pid = pid()),
        LockPlace::OtherHost => f!(lang, "lock-found-other-host", host = host()),
        LockPlace::OtherMachine => s!(lang, "lock-found-other-machine").into(),
        LockPlace::OtherBoot => s!(lang, "lock-found-other-boot").into(),
        LockPlace::OtherNamespace => s!(lang, "lock-found-other-namespace").into(),
    })
}

/// What was found, one line or two: who and how old; why judged so.
pub fn lock_found(lang: Lang, f: &LockFound) -> String {
    let who = match (&f.holder, &f.since, f.place) {
        (Some(h), Some(since), _) => f!(
            lang,
            "lock-found-holder-since",
            host = h.host.as_str(),
            pid = h.pid.to_string(),
            since = since.as_str(),
        ),
        (Some(h), None, _) => f!(
            lang,
            "lock-found-holder",
            host = h.host.as_str(),
            pid = h.pid.to_string(),
        ),
        (None, _, LockPlace::Unreadable) => s!(lang, "lock-found-unreadable").into(),
        (None, _, _) => s!(lang, "lock-found-nobody").into(),
    };
    let when = match &f.future {
        Some(time) => f!(lang, "lock-found-future", time = time.as_str()),
        None => age(lang, f.age_secs),
    };
    let mut text = f!(
        lang,
        "lock-found",
        board = f.board.as_str(),
        who = who,
        age = when
    );
    if let Some(why) = why(lang, f) {
        text.push('\n');
        text.push_str(&why);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(place: LockPlace, future: Option<&str>) -> LockFound {
        LockFound {
            board: "b".into(),
            holder: Some(LockHolder {
                host: "vm".into(),
                pid: 4242,
            }),
            since: Some("24.11.2026 08:15".into()),
            age_secs: 150,
            future: future.map(str::to_string),
            place,
        }
    }

    #[test]
    fn what_was_found_names_holder_age_and_why_in_every_language() {
        let gone = found(
            LockPlace::Gone {
                by_name_only: false,
            },
            None,
        );
        assert_eq!(
            lock_found(Lang::En, &gone),
            "found the lock of the board b: taken by vm (pid 4242) at 24.11.2026 08:15, 2 min old as seen by tavle\n\
             process 4242 is no longer running on this machine: the lock was left behind"
        );
        let planted = found(LockPlace::OtherNamespace, Some("01.01.2099 00:00"));
        for &lang in Lang::ALL {
            let text = lock_found(lang, &planted);
            assert!(text.contains("01.01.2099 00:00"), "{text}");
            assert!(text.contains("vm (pid 4242)"), "{text}");
            assert_eq!(text.lines().count(), 2, "{text}");
            assert!(!text.contains("2 min"), "{text}");
        }
        // Every place says something different.
        let places = [
            LockPlace::Gone { by_name_only: true },
            LockPlace::Running {
                by_name_only: false,
            },
            LockPlace::NoAnswer,
            LockPlace::OtherHost,
            LockPlace::OtherMachine,
            LockPlace::OtherBoot,
            LockPlace::OtherNamespace,
        ];
        for &lang in Lang::ALL {
            let whys: Vec<String> = places
                .iter()
                .map(|&p| why(lang, &found(p, None)).unwrap())
                .collect();
            let mut unique = whys.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), whys.len(), "{whys:?}");
        }
    }

    #[test]
    fn a_lock_without_a_holder_says_so_and_why_it_is_unknown() {
        let mut f = found(LockPlace::Nobody, None);
        f.holder = None;
        f.age_secs = 3;
        let text = lock_found(Lang::En, &f);
        assert_eq!(
            text,
            "found the lock of the board b: it names no holder (it is empty, cut short or not written by tavle), 3 s old as seen by tavle"
        );
        f.place = LockPlace::Unreadable;
        assert!(lock_found(Lang::Nb, &f).contains("lese"));
        f.age_secs = 7300;
        assert!(lock_found(Lang::En, &f).contains("2 h old"));
    }
}

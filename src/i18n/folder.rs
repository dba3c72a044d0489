//! Words of the folder layer: file-system errors, locks, read-only boards,
//! odd files in the folder, leftover temp files, a watcher that stopped.
//!
//! Only plain data comes in: strings, numbers and the core's enums
//! (`diag::{FsErrorKind, NodeKind}`, `access::*`). Turning the folder layer's
//! errors into a [`FolderMsg`] is the folder layer's job
//! (`src/folder/messages.rs`): the catalogue imports no storage or locks.

use tavle_core::access::{LockHolder, SkipWhy, StopReason, Why};

use super::unlock::{LockFound, lock_found};
use super::{Lang, number};
use tavle_core::diag::{FsErrorKind, NodeKind};

/// What kind of thing a name in the folder is, as a noun with its article.
pub fn node_kind(lang: Lang, k: NodeKind) -> &'static str {
    match k {
        NodeKind::File => s!(lang, "fs-kind-file"),
        NodeKind::Directory => s!(lang, "fs-kind-directory"),
        NodeKind::Symlink => s!(lang, "fs-kind-symlink"),
        NodeKind::Fifo => s!(lang, "fs-kind-fifo"),
        NodeKind::Socket => s!(lang, "fs-kind-socket"),
        NodeKind::CharDevice | NodeKind::BlockDevice => s!(lang, "fs-kind-device"),
        NodeKind::Unknown => s!(lang, "fs-kind-unknown"),
    }
}

/// "the file is too large (20,1 MB; the limit is 20 MB)": the size rounded
/// up to a tenth, so that a file over the limit never shows the limit itself.
pub fn too_large(lang: Lang, size: u64, limit: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let tenths = (size as f64 * 10.0 / MB).ceil() / 10.0;
    f!(
        lang,
        "diag-too-large",
        size = number(lang, tenths),
        limit = number(lang, limit as f64 / MB),
    )
}

/// Why a file operation failed, in words (the OS's own text only for an
/// error tavle has no name for).
pub fn fs_reason(lang: Lang, kind: &FsErrorKind) -> String {
    match kind {
        FsErrorKind::ReadOnlyFs => s!(lang, "fs-read-only-fs").into(),
        FsErrorKind::PermissionDenied => s!(lang, "fs-permission-denied").into(),
        FsErrorKind::NoSpace => s!(lang, "fs-no-space").into(),
        FsErrorKind::NotFound => s!(lang, "fs-not-found").into(),
        FsErrorKind::AlreadyExists => s!(lang, "fs-already-exists").into(),
        FsErrorKind::NotRegular(k) => f!(lang, "fs-not-regular", kind = node_kind(lang, *k)),
        FsErrorKind::Symlink => s!(lang, "fs-symlink").into(),
        FsErrorKind::OutsideFolder => s!(lang, "fs-outside-folder").into(),
        FsErrorKind::TooLarge { size, limit } => too_large(lang, *size, *limit),
        FsErrorKind::HeldOpen { kept } => f!(lang, "fs-held-open", kept = kept.as_str()),
        // The system's own text, said to be the system's.
        FsErrorKind::Other(os) => super::os_other(lang, os),
    }
}

/// `PATH: reason`.
pub fn fs_error(lang: Lang, kind: &FsErrorKind, path: &str) -> String {
    f!(
        lang,
        "fs-error",
        path = path,
        reason = fs_reason(lang, kind)
    )
}

/// The message of a board file that could not be read (`DiagKind::Io`).
pub fn read_failed(lang: Lang, kind: &FsErrorKind) -> String {
    f!(lang, "diag-io", error = fs_reason(lang, kind))
}

/// Why a board is opened read-only (the banner's reason).
pub fn why_read_only(lang: Lang, why: Why) -> String {
    match why {
        Why::LinkOutside => s!(lang, "folder-read-only-link-outside").into(),
        Why::NoWritePermission => s!(lang, "folder-read-only-no-write-permission").into(),
        Why::FolderNotWritable => s!(lang, "folder-read-only-folder-not-writable").into(),
        Why::ReadOnlyFs => s!(lang, "folder-read-only-fs").into(),
        // A format version is a name, not an amount: written as it is.
        Why::DuplicateIds => s!(lang, "folder-read-only-duplicate-ids").into(),
        Why::NewerFormat(v) => f!(
            lang,
            "folder-read-only-newer-format",
            version = v.to_string()
        ),
    }
}

/// Why an entry named like a board was skipped.
pub fn skip_why(lang: Lang, why: &SkipWhy) -> String {
    match why {
        SkipWhy::Special(k) => f!(lang, "folder-skip-special", kind = node_kind(lang, *k)),
        SkipWhy::LinkTo(k) => f!(lang, "folder-skip-link-to", kind = node_kind(lang, *k)),
        SkipWhy::BrokenLink => s!(lang, "folder-skip-broken-link").into(),
        SkipWhy::Unreadable(k) => fs_reason(lang, k),
    }
}

/// A temp file of a save that did not finish, `minutes` old; `removable`:
/// the next save of its board removes it.
pub fn leftover_temp(lang: Lang, minutes: u64, removable: bool) -> String {
    let minutes = number(lang, minutes as f64);
    if removable {
        f!(lang, "folder-temp-removable", minutes = minutes)
    } else {
        f!(lang, "folder-temp-kept", minutes = minutes)
    }
}

/// Messages of the folder layer, for the screen and the commands. Plain
/// data only; the folder layer builds them (`src/folder/messages.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderMsg {
    /// Someone holds the lock of `board`; None: the lock file names nobody.
    Locked {
        board: String,
        holder: Option<LockHolder>,
    },
    /// The lock of `board` looks abandoned; `since` is when it was taken, if
    /// known (read from the holder's line, so only said with a holder).
    StaleLock {
        board: String,
        holder: Option<LockHolder>,
        since: Option<String>,
    },
    /// The lock file is a FIFO, device, folder or link.
    LockNotRegular { lock: String, kind: NodeKind },
    /// Our lock was broken while saving; nothing was written.
    LockLost { board: String },
    /// A file operation of a save failed on `path`.
    SaveFailed { kind: FsErrorKind, path: String },
    /// The board may be read but not written, for `why`.
    ReadOnly { board: String, why: Why },
    /// `tavle unlock` broke a stale lock, left by `holder` if it said.
    Unlocked {
        board: String,
        holder: Option<LockHolder>,
    },
    /// `tavle unlock` removed a lock file that was not a regular file.
    UnlockedOdd { board: String, kind: NodeKind },
    /// `tavle unlock` found a folder at the lock's name and renamed it to `aside`.
    UnlockedFolder { board: String, aside: String },
    /// `tavle unlock` found no lock.
    NotLocked { board: String },
    /// `tavle unlock` refused: the lock is in use now.
    LockInUse {
        board: String,
        holder: Option<LockHolder>,
    },
    /// What `tavle unlock` found at the lock, before it breaks or refuses.
    LockFound(Box<LockFound>),
    /// `tavle unlock` refused a lock that may be in use; `--force` breaks it.
    /// `running`: the process of this machine that holds it.
    UnlockNeedsForce { board: String, running: Option<u32> },
    /// A `*.json` name in the folder that is not read as a board.
    Skipped { path: String, why: SkipWhy },
    /// A temp file of a save that did not finish; `removable`: the next save removes it.
    LeftoverTemp {
        path: String,
        minutes: u64,
        removable: bool,
    },
    /// The folder is no longer watched.
    WatchStopped(StopReason),
}

/// The text of a folder-layer message.
pub fn folder_msg(lang: Lang, m: &FolderMsg) -> String {
    // Process ids are names, not amounts: written as they are.
    match m {
        FolderMsg::Locked {
            board,
            holder: Some(h),
        } => f!(
            lang,
            "lock-locked",
            board = board,
            host = h.host.as_str(),
            pid = h.pid.to_string(),
        ),
        FolderMsg::Locked {
            board,
            holder: None,
        } => f!(lang, "lock-locked-unnamed", board = board),
        FolderMsg::StaleLock {
            board,
            holder: Some(h),
            since: Some(since),
        } => f!(
            lang,
            "lock-stale-since",
            board = board,
            host = h.host.as_str(),
            pid = h.pid.to_string(),
            since = since,
        ),
        FolderMsg::StaleLock {
            board,
            holder: Some(h),
            since: None,
        } => f!(
            lang,
            "lock-stale",
            board = board,
            host = h.host.as_str(),
            pid = h.pid.to_string(),
        ),
        FolderMsg::StaleLock {
            board,
            holder: None,
            ..
        } => f!(lang, "lock-stale-unnamed", board = board),
        FolderMsg::LockNotRegular { lock, kind } => f!(
            lang,
            "lock-not-regular",
            lock = lock,
            kind = node_kind(lang, *kind),
        ),
        FolderMsg::LockLost { board } => f!(lang, "lock-lost", board = board),
        FolderMsg::SaveFailed { kind, path } => f!(
            lang,
            "folder-save-failed",
            path = path,
            reason = fs_reason(lang, kind),
        ),
        FolderMsg::ReadOnly { board, why } => f!(
            lang,
            "folder-read-only",
            board = board,
            why = why_read_only(lang, *why),
        ),
        FolderMsg::Unlocked {
            board,
            holder: Some(h),
        } => f!(
            lang,
            "lock-unlocked",
            board = board,
            host = h.host.as_str(),
            pid = h.pid.to_string(),
        ),
        FolderMsg::Unlocked {
            board,
            holder: None,
        } => f!(lang, "lock-unlocked-unnamed", board = board),
        FolderMsg::UnlockedOdd { board, kind } => f!(
            lang,
            "lock-unlocked-odd",
            board = board,
            kind = node_kind(lang, *kind),
        ),
        FolderMsg::UnlockedFolder { board, aside } => {
            f!(lang, "lock-unlocked-folder", board = board, aside = aside,)
        }
        FolderMsg::NotLocked { board } => f!(lang, "lock-not-locked", board = board),
        FolderMsg::LockInUse {
            board,
            holder: Some(h),
        } => f!(
            lang,
            "lock-in-use",
            board = board,
            host = h.host.as_str(),
            pid = h.pid.to_string(),
        ),
        FolderMsg::LockInUse {
            board,
            holder: None,
        } => f!(lang, "lock-in-use-unnamed", board = board),
        FolderMsg::LockFound(found) => lock_found(lang, found),
        FolderMsg::UnlockNeedsForce {
            board,
            running: Some(pid),
        } => f!(
            lang,
            "lock-unlock-running-force",
            board = board,
            pid = pid.to_string(),
        ),
        FolderMsg::UnlockNeedsForce {
            board,
            running: None,
        } => f!(lang, "lock-unlock-needs-force", board = board),
        FolderMsg::Skipped { path, why } => f!(
            lang,
            "folder-skipped",
            path = path,
            why = skip_why(lang, why),
        ),
        FolderMsg::LeftoverTemp {
            path,
            minutes,
            removable,
        } => f!(
            lang,
            "folder-leftover-temp",
            path = path,
            temp = leftover_temp(lang, *minutes, *removable),
        ),
        FolderMsg::WatchStopped(StopReason::FolderGone) => {
            s!(lang, "folder-watch-stopped-gone").into()
        }
        FolderMsg::WatchStopped(StopReason::Crashed) => {
            s!(lang, "folder-watch-stopped-crashed").into()
        }
        FolderMsg::WatchStopped(StopReason::Failed(e)) => {
            f!(lang, "folder-watch-stopped-failed", error = e)
        }
    }
}

#[cfg(test)]
mod folder_tests {
    use super::*;

    fn pc1() -> Option<LockHolder> {
        Some(LockHolder {
            host: "pc-1".into(),
            pid: 42,
        })
    }

    #[test]
    fn os_errors_are_explained_in_every_language() {
        for kind in [
            FsErrorKind::ReadOnlyFs,
            FsErrorKind::PermissionDenied,
            FsErrorKind::NoSpace,
        ] {
            let texts: Vec<String> = Lang::ALL.iter().map(|&l| fs_reason(l, &kind)).collect();
            assert!(texts.iter().all(|t| !t.is_empty()), "{kind:?}");
            assert_ne!(texts[0], texts[1], "{kind:?}");
            assert_ne!(texts[0], texts[2], "{kind:?}");
        }
        let failed = FolderMsg::SaveFailed {
            kind: FsErrorKind::NoSpace,
            path: "/x/b.json".into(),
        };
        assert_eq!(
            folder_msg(Lang::Nb, &failed),
            "kunne ikke lagre: /x/b.json: det er ikke plass på disken (eller kvoten er brukt opp)"
        );
        assert_eq!(
            fs_error(Lang::Nn, &FsErrorKind::NotFound, "/x/b.json"),
            "/x/b.json: finst ikkje"
        );
        let held = FsErrorKind::HeldOpen {
            kept: ".b.json.7-0badc0de.k.tmp".into(),
        };
        assert_eq!(
            fs_error(Lang::En, &held, "b.json"),
            "b.json: another program has the file open (or you may not replace it); \
             your change is kept in .b.json.7-0badc0de.k.tmp — save again once the file is closed"
        );
        let texts: Vec<String> = Lang::ALL.iter().map(|&l| fs_reason(l, &held)).collect();
        assert!(texts.iter().all(|t| t.contains(".b.json.7-0badc0de.k.tmp")));
        assert_ne!(texts[0], texts[1]);
        assert_ne!(texts[0], texts[2]);
        assert_eq!(
            fs_reason(Lang::En, &FsErrorKind::Other("Input/output error".into())),
            "the operating system said “Input/output error”"
        );
    }

    #[test]
    fn the_size_shows_the_real_size() {
        let limit = 20 * 1024 * 1024;
        assert_eq!(
            too_large(Lang::Nb, limit + 1, limit),
            "filen er for stor (20,1 MB; grensen er 20 MB)"
        );
        assert_eq!(
            too_large(Lang::En, 21 * 1024 * 1024, limit),
            "the file is too large (21 MB; the limit is 20 MB)"
        );
        assert_eq!(
            too_large(Lang::Nb, limit + 300 * 1024, limit),
            "filen er for stor (20,3 MB; grensen er 20 MB)"
        );
        assert_eq!(
            too_large(Lang::Nn, limit + 1, limit),
            "fila er for stor (20,1 MB; grensa er 20 MB)"
        );
    }

    #[test]
    fn lock_messages_name_the_board_and_holder_or_say_unknown() {
        let known = FolderMsg::Locked {
            board: "b".into(),
            holder: pc1(),
        };
        assert_eq!(
            folder_msg(Lang::En, &known),
            "the board b is locked by pc-1 (pid 42); try again in a moment"
        );
        for &lang in Lang::ALL {
            let unknown = folder_msg(
                lang,
                &FolderMsg::StaleLock {
                    board: "b".into(),
                    holder: None,
                    since: None,
                },
            );
            assert!(
                unknown.contains(" b ") && !unknown.contains("()") && !unknown.contains("pid"),
                "{unknown}"
            );
            let since = folder_msg(
                lang,
                &FolderMsg::StaleLock {
                    board: "b".into(),
                    holder: pc1(),
                    since: Some("24.11.2026 08:15".into()),
                },
            );
            assert!(
                since.contains("pc-1 (pid 42)")
                    && since.contains("24.11.2026 08:15")
                    && since.contains("`tavle unlock b`"),
                "{since}"
            );
        }
    }

    #[test]
    fn unlock_messages_say_what_was_done() {
        let none = FolderMsg::Unlocked {
            board: "b".into(),
            holder: None,
        };
        assert_eq!(
            folder_msg(Lang::En, &none),
            "broke a lock with no holder on the board b"
        );
        let odd = FolderMsg::UnlockedOdd {
            board: "b".into(),
            kind: NodeKind::Fifo,
        };
        assert_eq!(
            folder_msg(Lang::Nn, &odd),
            "fjerna låsfila til tavla b, som var ein FIFO (namngjeve røyr)"
        );
        let in_use = FolderMsg::LockInUse {
            board: "b".into(),
            holder: pc1(),
        };
        assert_eq!(
            folder_msg(Lang::Nb, &in_use),
            "låsen på tavla b er i bruk akkurat nå av pc-1 (pid 42); den brytes ikke"
        );
    }

    #[test]
    fn a_skipped_name_and_a_leftover_temp_file_say_what_they_are() {
        let fifo = FolderMsg::Skipped {
            path: "./fifo.json".into(),
            why: SkipWhy::Special(NodeKind::Fifo),
        };
        assert_eq!(
            folder_msg(Lang::En, &fifo),
            "./fifo.json: skipped: a FIFO (named pipe), not a regular file; tavle does not open it"
        );
        assert_eq!(
            skip_why(Lang::Nn, &SkipWhy::LinkTo(NodeKind::Socket)),
            "ei lenkje til ein socket"
        );
        let temp = FolderMsg::LeftoverTemp {
            path: "./.b.json.x.tmp".into(),
            minutes: 10,
            removable: true,
        };
        assert_eq!(
            folder_msg(Lang::En, &temp),
            "./.b.json.x.tmp: temp file of a save that did not finish (10 min); the next save removes it"
        );
        assert!(leftover_temp(Lang::Nb, 90, false).contains("(90 min); kan slettes"));
    }

    #[test]
    fn read_only_and_watch_messages_give_the_reason() {
        assert_eq!(
            why_read_only(Lang::En, Why::NewerFormat(3)),
            "the file has a newer format, version 3; upgrade tavle"
        );
        let gone = folder_msg(Lang::Nb, &FolderMsg::WatchStopped(StopReason::FolderGone));
        assert_eq!(
            gone,
            "følger ikke lenger mappen (mappen er borte eller flyttet); skjermen kan være utdatert"
        );
        let failed = folder_msg(
            Lang::Nn,
            &FolderMsg::WatchStopped(StopReason::Failed("inotify: 28".into())),
        );
        assert!(failed.contains("(inotify: 28)"), "{failed}");
    }
}

//! Words of the folder layer: file-system errors, locks, read-only boards,
//! odd files in the folder, leftover temp files.
//!
//! Still bokmål/English pairs (nynorsk falls back to bokmål here) until they
//! move into the Fluent files with the rest.

use super::{Lang, number};

macro_rules! t {
    ($lang:expr, $nb:expr, $en:expr) => {
        match $lang {
            Lang::Nb | Lang::Nn => $nb,
            Lang::En => $en,
        }
    };
}

use crate::diag::{FsErrorKind, NodeKind};
use crate::folder::board_fs::{SkipWhy, Skipped};
use crate::folder::safe_fs::FsError;
use crate::folder::store::Why;

/// What kind of thing a name in the folder is, as a noun with its article.
pub fn node_kind(lang: Lang, k: NodeKind) -> &'static str {
    match k {
        NodeKind::File => t!(lang, "en vanlig fil", "a regular file"),
        NodeKind::Directory => t!(lang, "en mappe", "a folder"),
        NodeKind::Symlink => t!(lang, "en symbolsk lenke", "a symbolic link"),
        NodeKind::Fifo => t!(lang, "en FIFO (navngitt rør)", "a FIFO (named pipe)"),
        NodeKind::Socket => t!(lang, "en socket", "a socket"),
        NodeKind::CharDevice | NodeKind::BlockDevice => t!(lang, "en enhetsfil", "a device"),
        NodeKind::Unknown => t!(lang, "noe annet enn en fil", "something other than a file"),
    }
}

/// "the file is too large (20,1 MB; the limit is 20 MB)": the size rounded
/// up to a tenth, so that a file over the limit never shows the limit itself.
pub fn too_large(lang: Lang, size: u64, limit: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let tenths = (size as f64 * 10.0 / MB).ceil() / 10.0;
    format!(
        "{} ({} MB; {} {} MB)",
        t!(lang, "filen er for stor", "the file is too large"),
        number(lang, tenths),
        t!(lang, "grensen er", "the limit is"),
        number(lang, limit as f64 / MB)
    )
}

/// Why a file operation failed, in words (the OS's own text only for an
/// error tavle has no name for).
pub fn fs_reason(lang: Lang, kind: &FsErrorKind) -> String {
    match kind {
        FsErrorKind::ReadOnlyFs => t!(
            lang,
            "filsystemet er skrivebeskyttet",
            "the file system is read-only"
        )
        .into(),
        FsErrorKind::PermissionDenied => t!(
            lang,
            "ingen tilgang (mangler rettigheter)",
            "permission denied"
        )
        .into(),
        FsErrorKind::NoSpace => t!(
            lang,
            "det er ikke plass på disken (eller kvoten er brukt opp)",
            "no space left on the disk (or the quota is used up)"
        )
        .into(),
        FsErrorKind::NotFound => t!(lang, "finnes ikke", "does not exist").into(),
        FsErrorKind::AlreadyExists => t!(lang, "finnes fra før", "already exists").into(),
        FsErrorKind::NotRegular(k) => format!(
            "{} {}",
            t!(
                lang,
                "er ikke en vanlig fil, men",
                "is not a regular file but"
            ),
            node_kind(lang, *k)
        ),
        FsErrorKind::Symlink => t!(
            lang,
            "er en symbolsk lenke, og tavle følger ikke lenker her",
            "is a symbolic link, and tavle follows no links here"
        )
        .into(),
        FsErrorKind::OutsideFolder => t!(
            lang,
            "peker ut av tavlemappen, og tavle skriver aldri utenfor mappen",
            "leads outside the board folder, and tavle never writes outside it"
        )
        .into(),
        FsErrorKind::TooLarge { size, limit } => too_large(lang, *size, *limit),
        FsErrorKind::Other(os) => os.clone(),
    }
}

/// `PATH: reason`.
pub fn fs_error(lang: Lang, e: &FsError) -> String {
    format!("{}: {}", e.path.display(), fs_reason(lang, &e.kind))
}

/// The message of a board file that could not be read (`DiagKind::Io`).
pub fn read_failed(lang: Lang, kind: &FsErrorKind) -> String {
    format!(
        "{}: {}",
        t!(lang, "kan ikke lese filen", "cannot read the file"),
        fs_reason(lang, kind)
    )
}

/// A raw control character inside a JSON text: a line break or tab is
/// named as such; any other (a NUL from a damaged file) by its code.
pub fn control_in_string(lang: Lang, c: char) -> (String, Option<String>) {
    if matches!(c, '\n' | '\r' | '\t') {
        return (
            t!(lang, "linjeskift eller tabulator inne i en tekst", "line break or tab inside a text").into(),
            Some(t!(lang, "skriv \\n for linjeskift og \\t for tabulator, eller mangler en tekst sitt avsluttende \"?", "write \\n for a line break and \\t for a tab, or is a text missing its closing \"?").into()),
        );
    }
    let code = format!("U+{:04X}", u32::from(c));
    (
        format!(
            "{} {code} {}",
            t!(lang, "kontrolltegn", "control character"),
            t!(lang, "inne i en tekst", "inside a text")
        ),
        Some(format!(
            "{} \\u{:04x}; {}",
            t!(
                lang,
                "fjern tegnet eller skriv det som",
                "remove it or write it as"
            ),
            u32::from(c),
            t!(
                lang,
                "et slikt tegn kommer ofte fra en skadet fil eller en kopi fra et annet program",
                "such a character often comes from a damaged file or a copy from another program"
            )
        )),
    )
}

/// Why a board is opened read-only (the banner's reason).
pub fn why_read_only(lang: Lang, why: Why) -> String {
    match why {
        Why::LinkOutside => t!(lang, "filen er en lenke til noe utenfor tavlemappen, og tavle skriver aldri utenfor mappen", "the file is a link to something outside the board folder, and tavle never writes outside the folder").into(),
        Why::NoWritePermission => t!(lang, "du har ikke skrivetilgang til filen", "you have no write permission on the file").into(),
        Why::FolderNotWritable => t!(lang, "du har ikke skrivetilgang til mappen", "you have no write permission in the folder").into(),
        Why::ReadOnlyFs => t!(lang, "mappen ligger på et skrivebeskyttet filsystem", "the folder is on a read-only file system").into(),
        Why::NewerFormat(v) => format!("{} {v}; {}", t!(lang, "filen har nyere format, versjon", "the file has a newer format, version"), t!(lang, "oppgrader tavle", "upgrade tavle")),
    }
}

/// Why an entry named like a board was skipped.
pub fn skip_why(lang: Lang, why: &SkipWhy) -> String {
    match why {
        SkipWhy::Special(k) => format!(
            "{}, {}",
            node_kind(lang, *k),
            t!(
                lang,
                "ikke en vanlig fil; tavle åpner den ikke",
                "not a regular file; tavle does not open it"
            )
        ),
        SkipWhy::LinkTo(k) => format!(
            "{} {}",
            t!(lang, "en lenke til", "a link to"),
            node_kind(lang, *k)
        ),
        SkipWhy::BrokenLink => t!(
            lang,
            "en lenke som ikke peker til noen fil",
            "a link that leads to no file"
        )
        .into(),
        SkipWhy::Unreadable(k) => fs_reason(lang, k),
    }
}

/// A temp file of a save that did not finish, `minutes` old; `removable`:
/// the next save of its board removes it.
pub fn leftover_temp(lang: Lang, minutes: u64, removable: bool) -> String {
    format!(
        "{} ({minutes} min); {}",
        t!(
            lang,
            "midlertidig fil etter en lagring som ikke ble fullført",
            "temp file of a save that did not finish"
        ),
        if removable {
            t!(
                lang,
                "den fjernes ved neste lagring",
                "the next save removes it"
            )
        } else {
            t!(
                lang,
                "kan slettes hvis ingen lagrer akkurat nå",
                "may be deleted if nobody is saving right now"
            )
        }
    )
}

/// Who holds a lock, for messages: host and process.
pub type HolderName = (String, u32);

/// Messages of the folder layer, for the screen and the commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderMsg {
    /// Someone holds the lock of `board`; None: the lock file names nobody.
    Locked {
        board: String,
        holder: Option<HolderName>,
    },
    /// The lock of `board` looks abandoned; `since` is when it was taken, if known.
    StaleLock {
        board: String,
        holder: Option<HolderName>,
        since: Option<String>,
    },
    /// The lock file is a FIFO, device, folder or link.
    LockNotRegular {
        lock: String,
        kind: NodeKind,
    },
    /// Our lock was broken while saving; nothing was written.
    LockLost {
        board: String,
    },
    SaveFailed(FsError),
    ReadOnly {
        board: String,
        why: Why,
    },
    Unlocked {
        board: String,
        holder: Option<HolderName>,
    },
    UnlockedOdd {
        board: String,
        kind: NodeKind,
    },
    NotLocked {
        board: String,
    },
    /// `tavle unlock` refused: the lock is in use now.
    LockInUse {
        board: String,
        holder: Option<HolderName>,
    },
    Skipped(Skipped),
    /// A temp file of a save that did not finish; `removable`: the next save removes it.
    LeftoverTemp {
        path: String,
        minutes: u64,
        removable: bool,
    },
    WatchStopped(crate::folder::watch::StopReason),
}

fn board_name(path: &std::path::Path) -> String {
    crate::folder::store::board_id(path)
}

fn holder_name(h: &Option<crate::folder::lock::Holder>) -> Option<HolderName> {
    h.as_ref().map(|h| (h.host.clone(), h.pid))
}

impl FolderMsg {
    /// What to tell the user about a lock that could not be taken or was lost.
    pub fn from_lock(e: crate::folder::lock::LockError) -> FolderMsg {
        use crate::folder::lock::LockError;
        match e {
            LockError::Busy { board, holder } => FolderMsg::Locked {
                board: board_name(&board),
                holder: holder_name(&holder),
            },
            LockError::Stale { board, holder } => FolderMsg::StaleLock {
                board: board_name(&board),
                since: holder
                    .as_ref()
                    .and_then(crate::folder::lock::taken_at)
                    .map(|t| t.format("%d.%m.%Y %H:%M").to_string()),
                holder: holder_name(&holder),
            },
            LockError::NotRegular { lock, kind } => FolderMsg::LockNotRegular {
                lock: lock.display().to_string(),
                kind,
            },
            LockError::Lost { board } => FolderMsg::LockLost {
                board: board_name(&board),
            },
            LockError::Fs(e) => FolderMsg::SaveFailed(e),
        }
    }

    /// The board file at `board` may not be written, for `why`.
    pub fn read_only(board: &std::path::Path, why: Why) -> FolderMsg {
        FolderMsg::ReadOnly {
            board: board_name(board),
            why,
        }
    }
}

/// The text of a folder-layer message.
pub fn folder_msg(lang: Lang, m: &FolderMsg) -> String {
    let board_is = |b: &str| format!("{} {b}", t!(lang, "tavla", "the board"));
    match m {
        FolderMsg::Locked {
            board,
            holder: Some((host, pid)),
        } => format!(
            "{} {} {host} (pid {pid}); {}",
            board_is(board),
            t!(lang, "er låst av", "is locked by"),
            t!(lang, "prøv igjen om litt", "try again in a moment")
        ),
        FolderMsg::Locked {
            board,
            holder: None,
        } => format!(
            "{} {}; {}",
            board_is(board),
            t!(
                lang,
                "er låst, men låsfila sier ikke av hvem (den skrives akkurat nå eller kan ikke leses)",
                "is locked, but the lock file does not say by whom (it is being written or cannot be read)"
            ),
            t!(lang, "prøv igjen om litt", "try again in a moment")
        ),
        FolderMsg::StaleLock {
            board,
            holder,
            since,
        } => {
            let who = match holder {
                Some((host, pid)) => format!("{} {host} (pid {pid})", t!(lang, "etter", "left by")),
                None => t!(
                    lang,
                    "uten eier (låsfila er tom eller kan ikke leses)",
                    "with no holder (the lock file is empty or unreadable)"
                )
                .into(),
            };
            let since = since
                .as_ref()
                .map(|s| format!(" {} {s}", t!(lang, "siden", "since")))
                .unwrap_or_default();
            format!(
                "{} {} {who}{since}; {} `tavle unlock {board}` {}",
                board_is(board),
                t!(lang, "har en gammel lås", "has a stale lock"),
                t!(lang, "bryt den med", "break it with"),
                t!(lang, "hvis ingen andre lagrer", "if nobody else is saving")
            )
        }
        FolderMsg::LockNotRegular { lock, kind } => format!(
            "{} {lock} {} {}; {}",
            t!(lang, "låsfila", "the lock file"),
            t!(
                lang,
                "er ikke en vanlig fil, men",
                "is not a regular file but"
            ),
            node_kind(lang, *kind),
            t!(
                lang,
                "tavle verken leser eller fjerner den; fjern den for hånd eller med `tavle unlock`",
                "tavle neither reads nor removes it; remove it by hand or with `tavle unlock`"
            )
        ),
        FolderMsg::LockLost { board } => format!(
            "{} {}",
            board_is(board),
            t!(
                lang,
                "ble ikke lagret: låsen ble brutt mens den ble lagret; ingenting er skrevet, prøv igjen",
                "was not saved: its lock was broken while saving; nothing was written, try again"
            )
        ),
        FolderMsg::SaveFailed(e) => format!(
            "{}: {}",
            t!(lang, "kunne ikke lagre", "could not save"),
            fs_error(lang, e)
        ),
        FolderMsg::ReadOnly { board, why } => format!(
            "{} {}: {}",
            board_is(board),
            t!(lang, "er bare for lesing", "is read-only"),
            why_read_only(lang, *why)
        ),
        FolderMsg::Unlocked { board, holder } => match holder {
            Some((host, pid)) => format!(
                "{} {host} (pid {pid}) {} {board}",
                t!(lang, "brøt låsen etter", "broke the lock left by"),
                t!(lang, "på tavla", "on the board")
            ),
            None => format!(
                "{} {board}",
                t!(
                    lang,
                    "brøt en lås uten eier på tavla",
                    "broke a lock with no holder on the board"
                )
            ),
        },
        FolderMsg::UnlockedOdd { board, kind } => format!(
            "{} {board}, {} {}",
            t!(
                lang,
                "fjernet låsfila til tavla",
                "removed the lock file of the board"
            ),
            t!(lang, "som var", "which was"),
            node_kind(lang, *kind)
        ),
        FolderMsg::NotLocked { board } => format!(
            "{} {}",
            board_is(board),
            t!(lang, "var ikke låst", "was not locked")
        ),
        FolderMsg::LockInUse { board, holder } => {
            let who = match holder {
                Some((host, pid)) => format!("{host} (pid {pid})"),
                None => t!(
                    lang,
                    "en prosess som ikke har skrevet navnet sitt ennå",
                    "a process that has not written its name yet"
                )
                .into(),
            };
            format!(
                "{} {board} {} {who}; {}",
                t!(lang, "låsen på tavla", "the lock of the board"),
                t!(lang, "er i bruk akkurat nå av", "is in use right now by"),
                t!(lang, "den brytes ikke", "it is not broken")
            )
        }
        FolderMsg::Skipped(s) => format!(
            "{}: {}: {}",
            s.path.display(),
            t!(lang, "hoppet over", "skipped"),
            skip_why(lang, &s.why)
        ),
        FolderMsg::LeftoverTemp {
            path,
            minutes,
            removable,
        } => {
            format!("{path}: {}", leftover_temp(lang, *minutes, *removable))
        }
        FolderMsg::WatchStopped(reason) => {
            use crate::folder::watch::StopReason;
            let why = match reason {
                StopReason::FolderGone => t!(
                    lang,
                    "mappen er borte eller flyttet",
                    "the folder is gone or was moved"
                )
                .to_string(),
                StopReason::Failed(e) => e.clone(),
                StopReason::Crashed => t!(
                    lang,
                    "overvåkingen stoppet uventet",
                    "the watcher stopped unexpectedly"
                )
                .to_string(),
            };
            format!(
                "{} ({why}); {}",
                t!(
                    lang,
                    "følger ikke lenger mappen",
                    "no longer watching the folder"
                ),
                t!(
                    lang,
                    "skjermen kan være utdatert",
                    "the screen may be out of date"
                )
            )
        }
    }
}

#[cfg(test)]
mod folder_tests {
    use super::*;

    #[test]
    fn os_errors_are_explained_in_both_languages() {
        for kind in [
            FsErrorKind::ReadOnlyFs,
            FsErrorKind::PermissionDenied,
            FsErrorKind::NoSpace,
        ] {
            let (nb, en) = (fs_reason(Lang::Nb, &kind), fs_reason(Lang::En, &kind));
            assert!(!nb.is_empty() && !en.is_empty() && nb != en, "{kind:?}");
        }
        let e = FsError::new(FsErrorKind::NoSpace, "/x/b.json");
        assert_eq!(
            folder_msg(Lang::Nb, &FolderMsg::SaveFailed(e)),
            "kunne ikke lagre: /x/b.json: det er ikke plass på disken (eller kvoten er brukt opp)"
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
    }

    #[test]
    fn a_nul_is_named_as_a_control_character() {
        assert_eq!(
            control_in_string(Lang::Nb, '\0').0,
            "kontrolltegn U+0000 inne i en tekst"
        );
        assert!(
            control_in_string(Lang::Nb, '\t')
                .0
                .starts_with("linjeskift eller tabulator")
        );
        assert!(
            control_in_string(Lang::En, '\u{1b}')
                .1
                .unwrap()
                .contains("\\u001b")
        );
    }

    #[test]
    fn lock_messages_name_the_board_and_holder_or_say_unknown() {
        let known = FolderMsg::Locked {
            board: "b".into(),
            holder: Some(("pc-1".into(), 42)),
        };
        assert_eq!(
            folder_msg(Lang::En, &known),
            "the board b is locked by pc-1 (pid 42); try again in a moment"
        );
        for lang in [Lang::Nb, Lang::En] {
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
        }
    }
}

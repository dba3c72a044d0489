//! Writing a board file back: the locked save under every edit ([`rewrite`]:
//! lock, re-read, apply to the file as it is now, refuse what could not be
//! read again, check nobody wrote it meanwhile, replace atomically with the
//! board's permissions) and the minutes beside it. Reading and analysing a
//! board are the parent's.

use std::path::{Path, PathBuf};

use super::{Located, TextStyle, analyze_text};
use super::{MAX_FILE_SIZE, Why, decode_text, fingerprint, located, to_text, whole_file};
use crate::folder::safe_fs::{self, Folder, FsError, FsErrorKind, Replace};
use crate::folder::{board_fs, revs};
use tavle_core::diag::{DiagKind, Severity};
use tavle_core::model::{Board, FORMAT_VERSION};
use tavle_core::revision;

/// Replace `path` with `bytes` so that a reader sees either the old or the new
/// file, never a half-written one (see `safe_fs::Folder::replace`), keeping
/// its mode and group. A link inside the folder is written through to its
/// target (the link stays); a link out of the folder and a file the user
/// could not write are refused. Takes no lock: see [`rewrite`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FsError> {
    let file = board_fs::locate_board(path)?;
    if file.outside {
        return Err(FsError::new(FsErrorKind::OutsideFolder, path));
    }
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(FsError::new(
            FsErrorKind::TooLarge {
                size: bytes.len() as u64,
                limit: MAX_FILE_SIZE,
            },
            path,
        ));
    }
    let like = file.folder.stat(&file.name, false)?;
    if let Some(why) = like
        .as_ref()
        .and_then(|m| file.folder.write_refusal(&file.name, m))
    {
        return Err(FsError::new(refused_kind(why.into()), file.path()));
    }
    file.folder
        .replace(
            &file.name,
            bytes,
            like.as_ref().map(safe_fs::Perms::exact),
            || Ok::<(), FsError>(()),
        )
        .map_err(|e| match e {
            Replace::Fs(e) | Replace::Verify(e) => e,
        })
}

/// The file-system reason behind a refusal, for callers that report [`FsError`]s.
fn refused_kind(why: Why) -> FsErrorKind {
    match why {
        Why::ReadOnlyFs => FsErrorKind::ReadOnlyFs,
        Why::LinkOutside => FsErrorKind::OutsideFolder,
        Why::NoWritePermission
        | Why::FolderNotWritable
        | Why::NewerFormat(_)
        | Why::DuplicateIds => FsErrorKind::PermissionDenied,
    }
}

/// What [`update`] wrote.
#[derive(Debug, Clone)]
pub struct Saved {
    /// The board as now on disk.
    pub board: Board,
    /// One entry per op, in order.
    pub applied: Vec<tavle_core::ops::Applied>,
    /// Fingerprint of the bytes written.
    pub fingerprint: u64,
    /// The change log could not be appended to: the minutes will miss these
    /// changes (the running meeting is marked so its minutes say so).
    pub log_error: Option<FsError>,
}

/// Why [`update`] wrote nothing.
#[derive(Debug)]
pub enum UpdateError {
    /// The lock could not be taken, or was lost before the rename
    /// ([`crate::folder::lock::LockError::Lost`]): nothing was written.
    /// (Boxed: a lock's holder is large, and every save returns this.)
    Lock(Box<crate::folder::lock::LockError>),
    /// The file does not parse now (or is too large): it is never written.
    Broken(Located),
    /// The file's format is newer than this program: it is never written.
    ReadOnly(u64),
    /// The board after the edit would be larger than [`MAX_FILE_SIZE`]: it
    /// is not written, since no screen would read it again.
    TooLarge { size: u64, limit: u64 },
    /// A program that takes no lock kept writing the file while the edit was
    /// being saved, every time it was made again: nothing was written.
    KeptChanging,
    /// Cards or decisions in the file share these ids: an op naming one could
    /// reach the other, so none is applied (`tavle check --fix` renumbers).
    DuplicateIds(Vec<String>),
    /// The file may be read but not written here (the same reason as
    /// [`Analysis::access`] gives).
    Refused { board: PathBuf, why: Why },
    /// The op no longer applies (say, the card was deleted elsewhere).
    Op(tavle_core::ops::OpError),
    /// Reading or writing failed (no space, read-only file system, …).
    Fs(FsError),
}

/// How long a script's edit waits for another writer's lock. Writers hold it
/// for milliseconds; a long wait only matters when many scripts write at once.
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long an edit from the screen waits, so a stuck lock cannot freeze the room.
pub const UI_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// Apply `ops` to the board file at `path` safely: take the lock, re-read the
/// file, apply every op to what is there *now*, write a temp file, fsync,
/// rename, release. All ops apply or none is written.
pub fn update(
    path: &Path,
    ops: &[tavle_core::ops::Op],
    stamp: &tavle_core::ops::Stamp,
) -> Result<Saved, UpdateError> {
    update_waiting(path, ops, stamp, LOCK_WAIT)
}

/// [`update`], waiting at most `wait` for the lock.
pub fn update_waiting(
    path: &Path,
    ops: &[tavle_core::ops::Op],
    stamp: &tavle_core::ops::Stamp,
    wait: std::time::Duration,
) -> Result<Saved, UpdateError> {
    let mut applied = Vec::with_capacity(ops.len());
    let saved = rewrite(path, wait, |board, _| {
        // Made again from the start when the file changed under the lock.
        applied.clear();
        let twice = tavle_core::dupes::duplicate_ids(board);
        if !twice.is_empty() {
            return Err(UpdateError::DuplicateIds(twice));
        }
        for op in ops {
            applied.push(tavle_core::ops::apply(board, op, stamp).map_err(UpdateError::Op)?);
        }
        Ok(true)
    })?;
    let logged: Vec<crate::folder::log::Logged> = applied
        .iter()
        .map(|a| crate::folder::log::Logged {
            at: stamp.at.as_str().to_string(),
            by: stamp.by.clone(),
            change: a.change.clone(),
        })
        .collect();
    // The board is saved. Still under the lock, so log lines keep the file's order.
    let log_error =
        crate::folder::log::append_in(&saved.file.folder, &saved.file.name, &logged).err();
    drop(saved.lock);
    let (mut board, mut fingerprint) = (saved.board, saved.fingerprint);
    if log_error.is_some() {
        // The minutes are made from the log: a running meeting is marked, in
        // the board file everyone shares, so its minutes say what may be missing.
        if let Ok(marked) = rewrite(path, wait, |b, _| {
            Ok(tavle_core::ops::mark_log_incomplete(b))
        }) && marked.written
        {
            board = marked.board;
            fingerprint = marked.fingerprint;
        }
    }
    Ok(Saved {
        board,
        applied,
        fingerprint,
        log_error,
    })
}

/// What [`rewrite`] saved, with the lock still held.
pub struct Rewritten {
    /// The board as now on disk.
    pub board: Board,
    /// Fingerprint of the bytes on disk.
    pub fingerprint: u64,
    /// Whether the file was written (`edit` may decline).
    pub written: bool,
    /// Where the board really is (the target of a link inside the folder).
    pub file: board_fs::BoardFile,
    /// Held until this is dropped.
    pub lock: crate::folder::lock::Lock,
}

/// The file as [`rewrite`] found it under the lock.
pub struct Fresh<'a> {
    /// Its text (without a BOM).
    pub text: &'a str,
    pub style: TextStyle,
    /// Its problems (reference errors and warnings; syntax and schema
    /// errors stop the rewrite before `edit`).
    pub problems: &'a [Located],
}

/// How often [`rewrite`] reads the file again and makes the edit again when
/// someone who takes no lock (an editor, a sync client) wrote it meanwhile.
const CHANGED_TRIES: usize = 5;

/// Why the check right before the rename said no.
enum Verify {
    /// Our lock was broken.
    Lock(Box<crate::folder::lock::LockError>),
    /// The file's bytes are not those the edit was made on.
    Changed,
    Fs(FsError),
}

/// The safe save path under every edit: locate the real file (a link out of
/// the folder is refused), take its lock, re-read it, refuse a file this
/// user could not write, a broken file and a newer format, let `edit` change
/// the board (false: nothing to write), refuse a result over
/// [`MAX_FILE_SIZE`], write a temp file with the board's mode and group,
/// fsync, check that the lock is still ours *and* that the file still has
/// the bytes the edit was made on, rename, fsync the folder, and remove temp
/// files crashed writers left. When someone who takes no lock (Notepad, a
/// sync client) wrote the file between the re-read and the rename, the file
/// is read again and `edit` made again on what is there now, instead of
/// overwriting it. A rewrite is reported only once it is in the file.
pub fn rewrite(
    path: &Path,
    wait: std::time::Duration,
    mut edit: impl FnMut(&mut Board, &Fresh<'_>) -> Result<bool, UpdateError>,
) -> Result<Rewritten, UpdateError> {
    let file = board_fs::locate_board(path).map_err(UpdateError::Fs)?;
    if file.outside {
        return Err(UpdateError::Refused {
            board: path.to_path_buf(),
            why: Why::LinkOutside,
        });
    }
    // Named as the user chose it (a link's own name, not its target's).
    let refused = |why: safe_fs::Refusal| UpdateError::Refused {
        board: path.to_path_buf(),
        why: why.into(),
    };
    // Said before the lock too: a folder the user may not write would
    // otherwise be reported as a lock that cannot be made.
    if let Ok(Some(meta)) = file.folder.stat(&file.name, false)
        && let Some(why) = file.folder.write_refusal(&file.name, &meta)
    {
        return Err(refused(why));
    }
    let lock = crate::folder::lock::acquire_in(&file.folder, &file.name, wait)
        .map_err(|e| UpdateError::Lock(Box::new(e)))?;
    let mut tries = 0;
    loop {
        let (bytes, meta) = match file.folder.read(&file.name, false, MAX_FILE_SIZE) {
            Ok(read) => read,
            Err(e) if matches!(e.kind, FsErrorKind::TooLarge { .. }) => {
                return Err(UpdateError::Broken(located(e)));
            }
            Err(e) => return Err(UpdateError::Fs(e)),
        };
        if let Some(why) = file.folder.write_refusal(&file.name, &meta) {
            return Err(refused(why));
        }
        let before = fingerprint(&bytes);
        let (text, style) = decode_text(bytes).map_err(UpdateError::Broken)?;
        let (board, problems) = analyze_text(&text);
        let Some(mut board) = board else {
            let first = problems
                .into_iter()
                .find(|p| p.severity == Severity::Error)
                .unwrap_or_else(|| whole_file(DiagKind::Empty));
            return Err(UpdateError::Broken(first));
        };
        if board.tavle > FORMAT_VERSION {
            return Err(UpdateError::ReadOnly(board.tavle));
        }
        let fresh = Fresh {
            text: &text,
            style,
            problems: &problems,
        };
        let before_id = revision::current(&board);
        let before_content = revision::id(&board);
        if !edit(&mut board, &fresh)? {
            return Ok(Rewritten {
                board,
                fingerprint: before,
                written: false,
                file,
                lock,
            });
        }
        revision::advance(&mut board, &before_id);
        let out = to_text(&board, style);
        let size = out.len() as u64;
        if size > MAX_FILE_SIZE {
            return Err(UpdateError::TooLarge {
                size,
                limit: MAX_FILE_SIZE,
            });
        }
        let verify = || {
            lock.verify().map_err(|e| Verify::Lock(Box::new(e)))?;
            match file.folder.read(&file.name, false, MAX_FILE_SIZE) {
                Ok((now, _)) if fingerprint(&now) == before => Ok(()),
                Ok(_) => Err(Verify::Changed),
                Err(e) if matches!(e.kind, FsErrorKind::TooLarge { .. }) => Err(Verify::Changed),
                Err(e) => Err(Verify::Fs(e)),
            }
        };
        let perms = safe_fs::Perms::exact(&meta);
        match file
            .folder
            .replace(&file.name, out.as_bytes(), Some(perms), verify)
        {
            Ok(()) => {}
            Err(Replace::Verify(Verify::Changed)) if tries + 1 < CHANGED_TRIES => {
                tries += 1;
                continue;
            }
            Err(Replace::Verify(Verify::Changed)) => return Err(UpdateError::KeptChanging),
            Err(Replace::Fs(e) | Replace::Verify(Verify::Fs(e))) => {
                return Err(UpdateError::Fs(e));
            }
            Err(Replace::Verify(Verify::Lock(e))) => return Err(UpdateError::Lock(e)),
        }
        // Both versions are kept by revision, for the merges to come: the
        // one replaced (it may have come from another machine) and ours. A
        // version not kept costs only a more careful merge.
        let _ = revs::keep_in(&file.folder, &file.name, &before_content, text.as_bytes());
        let _ = revs::keep_in(
            &file.folder,
            &file.name,
            &board.revisions[0],
            out.as_bytes(),
        );
        // In a Syncthing folder, tavle's own bookkeeping (locks, temp files)
        // is kept out of syncing: one stat when it is not one.
        let _ = crate::folder::ignore::ensure_stignore(&file.folder);
        // Under the lock no live writer of this board has a temp file in flight.
        board_fs::remove_leftovers(&file.folder, &file.name);
        return Ok(Rewritten {
            board,
            fingerprint: fingerprint(out.as_bytes()),
            written: true,
            file,
            lock,
        });
    }
}

/// Write the minutes of a meeting to `DIR/referater/YYYY-MM-DD-BOARD.md`; a
/// second meeting the same day gets `-2`, `-3`…: a file is never overwritten,
/// and a `referater` that is a link (or a file) is refused. The minutes get
/// `perms` (the board's, [`safe_fs::Perms::beside`]) from the first byte.
pub fn write_minutes(
    dir: &Path,
    date: chrono::NaiveDate,
    board_id: &str,
    text: &str,
    perms: safe_fs::Perms,
) -> Result<PathBuf, FsError> {
    let stem = format!("{}-{board_id}", date.format("%Y-%m-%d"));
    write_new(dir, "referater", &stem, text, perms)
}

/// Write `text` to a new file `DIR/SUB/STEM.md` (`STEM-2.md`, … when it is
/// there): never over a file, never through a link; `SUB` is made when
/// missing and refused when it is a link or a file. Minutes and routines.
pub fn write_new(
    dir: &Path,
    sub: &str,
    stem: &str,
    text: &str,
    perms: safe_fs::Perms,
) -> Result<PathBuf, FsError> {
    let folder = Folder::open(dir)?.sub(std::ffi::OsStr::new(sub), true)?;
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.md")
        } else {
            format!("{stem}-{n}.md")
        };
        let name = std::ffi::OsString::from(name);
        let path = folder.join(&name);
        match folder.create_private(&name, perms) {
            Ok(mut f) => {
                use std::io::Write;
                if let Err(e) = f.write_all(text.as_bytes()).and_then(|()| f.sync_all()) {
                    let _ = folder.remove(&name);
                    return Err(FsError::io(&e, &path));
                }
                return Ok(path);
            }
            Err(e) if e.kind == FsErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(FsError::new(
        FsErrorKind::AlreadyExists,
        folder.join(std::ffi::OsStr::new(stem)),
    ))
}
#[cfg(test)]
#[path = "save_tests.rs"]
mod more_tests;

//! What the folder layer finds out about access to a board folder, as plain
//! data: why a board is opened read-only, why a name in the folder is not read
//! as a board, who holds a lock, why the watcher stopped.
//!
//! Here so that the catalogue can word these without importing the folder
//! layer (the catalogue does not import storage or locks): the folder layer
//! produces them and re-exports them, the catalogue says them. Nothing here
//! finds anything out: no files, no processes, no clock.

use crate::diag::{FsErrorKind, NodeKind};

/// Why a board that can be read is opened read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// The board file is a link that leads out of the board folder: tavle
    /// never writes outside the folder.
    LinkOutside,
    /// The user has no write permission on the file.
    NoWritePermission,
    /// The user may not create files in the folder (the lock, the temp file).
    FolderNotWritable,
    /// The folder is on a read-only file system.
    ReadOnlyFs,
    /// The file's format is newer than this program.
    NewerFormat(u64),
    /// Cards or decisions share an id: an edit of one could reach the other
    /// (`crate::dupes`); `tavle check --fix` gives them ids of their own.
    DuplicateIds,
}

/// Why an entry named like a board is skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipWhy {
    /// A FIFO, socket or device: opening it could block for ever.
    Special(NodeKind),
    /// A link to a FIFO, socket or device.
    LinkTo(NodeKind),
    /// A link that leads nowhere (or in a circle).
    BrokenLink,
    /// It could not even be examined.
    Unreadable(FsErrorKind),
}

/// Why the watcher stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StopReason {
    /// The watched folder was deleted or moved away: notification of it has ended.
    FolderGone,
    /// Notification failed in a way it cannot recover from (its own text).
    Failed(String),
    /// The watcher thread panicked.
    Crashed,
}

/// Who holds a lock, as messages name them: the machine and the process.
/// The lock file says more (when, a nonce); the folder layer keeps that.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockHolder {
    pub host: String,
    pub pid: u32,
}

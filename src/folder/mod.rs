//! The folder layer: everything that touches the board folder on disk, which
//! other people and other machines write to as well. Reading with guards,
//! the locked save, the lock file, the change log, watching the folder, and
//! the file primitives beneath them that never follow a link or open a FIFO
//! by accident. Pure rules (what a board is, what an edit does) live in the
//! core crate; the screens never call in here — the worker does.
//!
//! - [`store`]: read and analyse a board file; save ops to it under its lock.
//! - [`lock`]: the lock file beside a board, and breaking a crash-left one safely.
//! - [`revs`]: versions of each board kept by revision id, the common ancestors of merges.
//! - [`copies`]: sync clients' conflict copies on disk, and moving a merged one aside.
//! - [`log`]: the change log in `.tavle/`, which the minutes are made from.
//! - [`minutes`]: the minutes of a meeting, written to `referater/` beside the board.
//! - [`page`]: a page made from the boards (the status page), replaced atomically, no more readable than they are.
//! - [`previous`]: the previous meeting's minutes, read back for the meeting screen.
//! - [`settings`]: the team's and the person's `tavle.toml`.
//! - [`stamp`]: who edits, and when (`--as`, `TAVLE_USER`, `tavle.toml`, the account's name).
//! - [`watch`]: notification or polling, so every screen sees a change at once.
//! - [`fresh`]: a new or empty folder filled with new files (`tavle demo`).
//! - [`ignore`]: tavle's lines in `.gitattributes`, `.gitignore` and a Syncthing folder's `.stignore`.
//! - [`board_fs`]: the board-folder rules: which names are boards, links, temp files.
//! - [`safe_fs`]: no-follow, non-blocking file operations in a held folder.
//! - [`messages`]: this layer's errors turned into the catalogue's messages.

// I/O and the clock are this layer's job (the folder layer is where files are
// read and written); the app and the views may not (.ci/lints/clippy.toml,
// checked by .ci/run).
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod board_fs;
pub mod copies;
pub mod fresh;
pub mod ignore;
pub mod lock;
pub mod log;
pub mod messages;
pub mod minutes;
pub mod page;
pub mod previous;
pub mod ranks;
pub mod revs;
pub mod routines;
pub mod safe_fs;
pub mod settings;
pub mod stamp;
pub mod store;
pub mod watch;

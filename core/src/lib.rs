//! tavle-core: the domain of tavle, with no terminal, no files and no clock.
//!
//! What a board is ([`model`]), how a board file is read from bytes with every
//! problem at its line and column ([`analyze`], [`json`], [`decode`], [`diag`],
//! [`rules`]; git's conflict markers as one problem: [`gitconflict`]), how it
//! changes ([`ops`], each change with its inverse), and the
//! rules the meeting lives by: honest traffic lights and SMART gaps ([`plan`]),
//! run-chart signals ([`runchart`]), numbers as people type them ([`number`]), the time box and summary ([`meeting`]),
//! the status report ([`status`]) and what changed since a day ([`changes`]),
//! Norwegian dates ([`dates`]), CSV rows ([`csv_import`]; measurements on one
//! date twice or after today: [`measurements`]) and text that fits a terminal
//! cell ([`text`]). For synced
//! folders: conflict copies by name ([`conflicts`]), merging a copy into its
//! board by element ([`merge`]), and national identity numbers to mask
//! ([`privacy`]). Names as people type them for the command line ([`names`]).
//! Cards sent up between boards, and what the copy's state tells the origin
//! ([`links`]). The improvement board: sources of ideas, the priority
//! matrix and routines due for revision ([`improvement`]).
//! The operations board: today's staffing, risks and deviations, the
//! week's deadlines and the annual wheel ([`operations`]).
//! New boards of either kind from their template ([`template`]).
//! What the folder layer reports about access to the folder (read-only
//! boards, skipped names, lock holders) is data here too ([`access`]), so
//! the catalogue can word it without the folder layer.
//!
//! The compiler guards the boundary: this crate does not depend on ratatui,
//! crossterm or notify, opens no file, and never reads the clock — every `today`
//! and `now` is passed in. The words users read live in the root crate's
//! catalogue; here everything is data.

pub mod access;
pub mod analyze;
pub mod changes;
pub mod conflicts;
pub mod csv_import;
pub mod dates;
pub mod decode;
pub mod diag;
pub mod dupes;
pub mod gitconflict;
pub mod improvement;
pub mod json;
pub mod layout;
pub mod links;
pub mod log;
pub mod measurements;
pub mod meeting;
pub mod merge;
pub mod model;
pub mod names;
pub mod number;
pub mod operations;
pub mod ops;
pub mod owner;
pub mod plan;
pub mod privacy;
pub mod revision;
pub mod round;
pub mod rules;
pub mod runchart;
pub mod schema;
pub mod shift;
pub mod status;
pub mod summary;
pub mod template;
pub mod text;

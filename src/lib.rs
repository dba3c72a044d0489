//! tavle: a terminal dashboard for tavlemøter (board meetings).
//!
//! The crate is layered: a pure domain core (`model`, `rules`, `json`, `decode`,
//! `diag`) with no terminal or file code; storage (`store`); the words users read
//! (`i18n`, `text`); and the command line (`cli`, `check`).

pub mod app;
pub mod card_cmd;
pub mod check;
pub mod cli;
pub mod csv_import;
pub mod dates;
pub mod decode;
pub mod diag;
pub mod folder_fs;
pub mod history;
pub mod i18n;
pub mod json;
pub mod keymap;
pub mod lock;
pub mod meeting;
pub mod minutes_cmd;
pub mod model;
pub mod ops;
pub mod plan;
pub mod platform;
pub mod report_cmd;
pub mod rules;
pub mod runchart;
pub mod safe_fs;
pub mod schema;
pub mod status;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
pub mod watch;

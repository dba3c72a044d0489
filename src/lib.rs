//! tavle: a terminal dashboard for tavlemøter (board meetings).
//!
//! The domain lives in the `tavle-core` crate (re-exported below while the
//! rest of the crate moves to it); this crate holds the folder layer, the
//! app, the views and the command line.

pub use tavle_core::{
    analyze, conflicts, csv_import, dates, decode, diag, json, log, meeting, merge, model, ops,
    plan, privacy, rules, runchart, schema, status, text,
};

pub mod app;
pub mod card_cmd;
pub mod check;
pub mod cli;
pub mod folder;
pub mod i18n;
pub mod merge_cmd;
pub mod minutes;
pub mod minutes_cmd;
pub mod platform;
pub mod report;
pub mod report_cmd;
pub mod tui;
pub mod ui;

//! tavle: a terminal dashboard for tavlemøter (board meetings).
//!
//! The domain lives in the `tavle-core` crate, which the code here names as
//! `tavle_core::…`; it is re-exported below only so that the tests and
//! benchmarks reach the whole program under one name (`tavle::model`, …).
//! This crate holds what touches the world: the folder layer and the
//! platform module, the app and its views, the runtime, the catalogue and
//! the command line.

pub use tavle_core::{
    analyze, changes, conflicts, csv_import, dates, decode, diag, json, links, log, meeting, merge,
    model, names, ops, owner, plan, privacy, revision, rules, runchart, schema, status, template,
    text,
};

pub mod app;
pub mod cli;
pub mod folder;
pub mod i18n;
pub mod minutes;
pub mod platform;
pub mod report;
pub mod settings;
pub mod tui;
pub mod ui;

#[cfg(test)]
mod test_util;

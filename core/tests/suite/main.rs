//! The core's tests from outside the crate, one binary: each module is
//! the survivors of a mutation run or a subject (docs/mutants.md); one
//! binary links once, where thirteen linked thirteen times on every
//! mutant.

mod common;
mod merge_order;
mod merge_repeated_ids;
mod mutant_survivors;
mod mutant_survivors_meeting;
mod mutant_survivors_merge;
mod mutant_survivors_privacy;
mod mutant_survivors_run10;
mod mutant_survivors_run11;
mod mutant_survivors_run13;
mod mutant_survivors_run14;
mod mutant_survivors_run14b;
mod mutant_survivors_run18;
mod mutant_survivors_run18b;
mod mutant_survivors_run21e_decode;
mod mutant_survivors_run21e_meeting;
mod mutant_survivors_run21e_merge;
mod mutant_survivors_run21e_privacy;
mod mutant_survivors_run21e_text;
mod mutant_survivors_run7;
mod mutant_survivors_run8;
mod planted_bugs;
mod runchart_signals;
mod text_addresses;
mod text_wrap;

// Run 21's survivors outside the merge, privacy, meeting, json, decode
// and text.
mod mutant_survivors_run21f_dates;
mod mutant_survivors_run21f_model;
mod mutant_survivors_run21f_operations;
mod mutant_survivors_run21f_ops;
mod mutant_survivors_run21f_status;

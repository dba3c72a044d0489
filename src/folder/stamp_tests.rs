//! More tests of who signs a run's changes (run 16's survivors).
//!
//! The signer is chosen once a process: the test runs a child of this very
//! test binary, which signs and reads it back, so that no other test of
//! this process sees it.

#![cfg(unix)]

use super::*;

/// The child's name, as the test harness knows it.
const CHILD: &str = "folder::stamp::more_tests::signs_in_a_child";

/// Set in the child's environment only.
const CHILD_VAR: &str = "TAVLE_TEST_SIGN_CHILD";

/// `--as NAME` signs the run's changes.
#[test]
fn the_name_given_with_as_signs_the_run() {
    crate::test_util::run_in_child(CHILD, CHILD_VAR, &[]);
}

/// Run only by the test above, in a child process.
#[test]
#[ignore = "run in a child process by the_name_given_with_as_signs_the_run"]
fn signs_in_a_child() {
    if std::env::var_os(CHILD_VAR).is_none() {
        return;
    }
    sign_as(Some("Testperson Åse"), Lang::Nb);
    assert_eq!(user_name(), "Testperson Åse");
}

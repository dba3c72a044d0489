//! Who makes an edit, and when: the stamp every save from the screen, the
//! storage worker and the command line puts on what it changes
//! (`updated`, `updated_by`, the change log).
//!
//! It reads the environment and the clock, so it lives here and not in the
//! core; what the login name is on this OS is asked of `platform`. It must
//! not decide anything about the board.

use chrono::{Local, Timelike};

use tavle_core::model::Timestamp;
use tavle_core::ops::Stamp;

/// The name a stamp falls back to when neither `TAVLE_USER` nor a login
/// name is set (a service account, a container).
const NOBODY: &str = "tavle";

/// Who is editing, for `updated_by`: `TAVLE_USER` (so a shared screen in
/// the staff room can say "Teamleder nord"), else the login name.
pub fn user_name() -> String {
    std::env::var("TAVLE_USER")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(crate::platform::login_name)
        .unwrap_or_else(|| NOBODY.to_string())
}

/// A stamp for an edit made now, to the second (the file shows no fractions).
pub fn stamp_now() -> Stamp {
    let now = Local::now().fixed_offset();
    Stamp {
        at: Timestamp::from_datetime(now.with_nanosecond(0).unwrap_or(now)),
        by: user_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_is_whole_seconds_and_names_someone() {
        let s = stamp_now();
        assert_eq!(s.at.at().nanosecond(), 0);
        assert!(!s.by.trim().is_empty());
    }
}

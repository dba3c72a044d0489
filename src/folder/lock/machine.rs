//! Which machine a lock's holder is on. A process id means something only
//! in the process table it came from, so a holder is judged by this
//! machine's table only when its lock names this host **and** this machine
//! id, this boot and this process-id namespace: two cloned virtual machines
//! (same name, often the same machine id) differ in their boot, two
//! containers on one kernel in their namespace. A holder anywhere else is
//! never judged dead by a pid, only stale by age.
//!
//! Nothing here reads a lock file or decides what to do with a lock: it
//! says where a holder is (`holder::judge` and `unlock` decide).

use std::sync::OnceLock;

use super::Holder;
use crate::platform::{self, Liveness};

/// What a lock says besides the host name about where its holder runs.
/// Each is None where the holder's system could not tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ids {
    /// The installation's machine id (`/etc/machine-id`).
    pub machine: Option<String>,
    /// The id of the kernel's boot.
    pub boot: Option<String>,
    /// The process-id namespace (`pid:[4026531836]`).
    pub pidns: Option<String>,
}

impl Ids {
    /// This process's ids, read once: they do not change while it runs.
    pub fn here() -> &'static Ids {
        static HERE: OnceLock<Ids> = OnceLock::new();
        HERE.get_or_init(|| Ids {
            machine: platform::machine_id(),
            boot: platform::boot_id(),
            pidns: platform::pid_namespace(),
        })
    }
}

/// Where this process runs: its host name and its ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    pub host: String,
    pub ids: Ids,
}

impl Machine {
    /// This process's machine.
    pub fn here() -> Machine {
        Machine {
            host: platform::hostname(),
            ids: Ids::here().clone(),
        }
    }
}

/// What differs between a holder's machine and this one (the first that does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Differs {
    Host,
    Machine,
    Boot,
    PidNamespace,
}

/// Where a lock's holder is, as far as this process can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The lock names nobody: empty, cut short, garbage or too large.
    Nobody,
    /// This user may not read the lock (its mode): whose it is is unknown.
    Unreadable,
    /// This machine: `alive` is what its process table says of the pid.
    /// `by_name_only`: a lock of an older tavle, which names only the host.
    Here { alive: Liveness, by_name_only: bool },
    /// Another machine (or container), told apart by `Differs`.
    Elsewhere(Differs),
}

/// Where `holder` is. The process table is asked only for a holder on this
/// very machine.
pub(super) fn place(
    holder: Option<&Holder>,
    unreadable: bool,
    me: &Machine,
    alive: impl Fn(u32) -> Liveness,
) -> Place {
    let Some(h) = holder else {
        return if unreadable {
            Place::Unreadable
        } else {
            Place::Nobody
        };
    };
    if h.host != me.host {
        return Place::Elsewhere(Differs::Host);
    }
    let Some(ids) = &h.ids else {
        // An older tavle's lock: the host name is all there is (a residual risk).
        return Place::Here {
            alive: alive(h.pid),
            by_name_only: true,
        };
    };
    // Unknown on both sides counts as the same: that system cannot tell.
    let differs = if ids.machine != me.ids.machine {
        Some(Differs::Machine)
    } else if ids.boot != me.ids.boot {
        Some(Differs::Boot)
    } else if ids.pidns != me.ids.pidns {
        Some(Differs::PidNamespace)
    } else {
        None
    };
    match differs {
        Some(d) => Place::Elsewhere(d),
        None => Place::Here {
            alive: alive(h.pid),
            by_name_only: false,
        },
    }
}
#[cfg(test)]
#[path = "machine_tests.rs"]
mod more_tests;

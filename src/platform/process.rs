//! Which machine this is and whether a process runs on it: the host name a
//! lock file carries, and the liveness of the process a lock names, so that
//! a lock left by a crashed tavle on this machine is recognised as dead (and
//! broken) instead of being assumed alive until it is stale by age.
//!
//! Linux and macOS ask `kill(pid, 0)`: `ESRCH` means no such process, `EPERM`
//! a process of another user (alive). Windows opens the process for
//! `PROCESS_QUERY_LIMITED_INFORMATION` and asks its exit code: a process
//! that still runs answers `STILL_ACTIVE`; a process id that names no
//! process cannot be opened (`ERROR_INVALID_PARAMETER`). Windows reuses
//! process ids soon, so a dead holder whose id went to another process reads
//! as alive: that lock is then broken only by age, the safe side.
//!
//! It answers; `lock` decides what a dead or living holder means.

use super::Liveness;

/// This machine's name, as written into lock files. On Unix the kernel's
/// node name (`uname`); on Windows the computer's DNS host name (the
/// physical one, not a cluster's), else `COMPUTERNAME`. Empty when none is
/// known: a lock naming no host is nobody's, never this machine's.
pub fn hostname() -> String {
    #[cfg(unix)]
    {
        rustix::system::uname()
            .nodename()
            .to_string_lossy()
            .into_owned()
    }
    #[cfg(windows)]
    {
        super::windows_os::computer_name()
            .filter(|n| !n.trim().is_empty())
            .or_else(|| std::env::var("COMPUTERNAME").ok())
            .unwrap_or_default()
    }
}

/// Whether process `pid` runs on this machine. A zombie counts as running
/// on Unix; on Windows a process that ended is dead even while another
/// program still holds a handle to it.
pub fn process(pid: u32) -> Liveness {
    #[cfg(unix)]
    {
        use rustix::io::Errno;
        // No process can have an id beyond `pid_t`.
        let Some(pid) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        else {
            return Liveness::Dead;
        };
        match rustix::process::test_kill_process(pid) {
            Ok(()) | Err(Errno::PERM) => Liveness::Alive,
            Err(Errno::SRCH) => Liveness::Dead,
            Err(_) => Liveness::Unknown,
        }
    }
    #[cfg(windows)]
    {
        super::windows_os::process(pid)
    }
}

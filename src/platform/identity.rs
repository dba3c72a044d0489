//! Which machine, which boot of it and which process-id namespace this
//! process runs in: what a lock file says besides the host name, so that two
//! machines with the same name (cloned virtual machines, containers) never
//! judge each other's process ids by their own process table.
//!
//! Each answer is one bounded read of a file the kernel or the system
//! provides (Linux: `/etc/machine-id`, `/proc/sys/kernel/random/boot_id`, the
//! link `/proc/self/ns/pid`); None when there is none, it is unreadable or it
//! does not look like an id, and on every other system. Nothing here may
//! panic, block on a FIFO or read more than [`ID_LIMIT`] bytes.

#[cfg(any(target_os = "linux", target_os = "android"))]
use std::path::Path;

/// No id is longer than this; a longer file is not an id.
pub const ID_LIMIT: usize = 128;

/// An id as read: printable ASCII without spaces, not empty, not too long.
#[cfg_attr(not(any(target_os = "linux", target_os = "android")), allow(dead_code))]
fn id(text: &str) -> Option<String> {
    let text = text.trim();
    let fits = !text.is_empty() && text.len() <= ID_LIMIT;
    (fits && text.chars().all(|c| c.is_ascii_graphic())).then(|| text.to_string())
}

/// The first line of a small regular file, as an id.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn read_id(path: &Path) -> Option<String> {
    use std::io::Read;
    let file = super::open_read_path(path).ok()?;
    // Files under /proc say size 0 but are regular; a FIFO or a device is not read.
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::with_capacity(64);
    file.take(ID_LIMIT as u64 + 2)
        .read_to_end(&mut bytes)
        .ok()?;
    id(std::str::from_utf8(&bytes).ok()?.lines().next()?)
}

/// This installation's machine id (systemd's `/etc/machine-id`, or D-Bus's
/// copy); a cloned virtual machine may share it with its original.
pub fn machine_id() -> Option<String> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        ["/etc/machine-id", "/var/lib/dbus/machine-id"]
            .iter()
            .find_map(|p| read_id(Path::new(p)))
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        None
    }
}

/// The id of this boot of the kernel: new at every start, shared by every
/// container on it.
pub fn boot_id() -> Option<String> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        read_id(Path::new("/proc/sys/kernel/random/boot_id"))
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        None
    }
}

/// The process-id namespace of this process (`pid:[4026531836]`): process
/// ids are numbers in it, and a container has its own.
pub fn pid_namespace() -> Option<String> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let link = std::fs::read_link("/proc/self/ns/pid").ok()?;
        id(link.to_str()?)
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_one_short_printable_word() {
        assert_eq!(id(" 3d12c7\n").as_deref(), Some("3d12c7"));
        assert_eq!(id("pid:[4026531836]").as_deref(), Some("pid:[4026531836]"));
        assert_eq!(id(""), None);
        assert_eq!(id("two words"), None);
        assert_eq!(id("bell\u{7}"), None);
        assert_eq!(id("æøå"), None);
        assert_eq!(id(&"a".repeat(ID_LIMIT)).map(|s| s.len()), Some(ID_LIMIT));
        assert_eq!(id(&"a".repeat(ID_LIMIT + 1)), None);
    }

    /// Against the files themselves, read here another way.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_ids_are_the_systems_own() {
        let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok();
        assert_eq!(boot_id(), boot.map(|b| b.trim().to_string()));
        let ns = std::fs::read_link("/proc/self/ns/pid").ok();
        assert_eq!(
            pid_namespace(),
            ns.map(|n| n.to_string_lossy().into_owned())
        );
        assert!(pid_namespace().is_none_or(|n| n.starts_with("pid:[")));
        let machine = ["/etc/machine-id", "/var/lib/dbus/machine-id"]
            .iter()
            .find_map(|p| {
                let m = std::fs::read_to_string(p).ok()?;
                Some(m.trim().to_string()).filter(|m| !m.is_empty())
            });
        assert_eq!(machine_id(), machine);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_fifo_or_a_long_file_is_not_an_id() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("machine-id");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::from_raw_mode(0o644),
        )
        .unwrap();
        assert_eq!(read_id(&fifo), None);
        let long = dir.path().join("long");
        std::fs::write(&long, "a".repeat(10_000)).unwrap();
        assert_eq!(read_id(&long), None);
        let good = dir.path().join("good");
        std::fs::write(&good, "abc123\nrest\n").unwrap();
        assert_eq!(read_id(&good).as_deref(), Some("abc123"));
    }
}

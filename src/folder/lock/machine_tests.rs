//! Tests of where this process runs (run 16's survivors).

#![cfg(target_os = "linux")]

use super::*;

/// This process's ids are the system's own, read here another way (the
/// machine id may be missing in a container; the boot id and the pid
/// namespace are always there on Linux).
#[cfg(target_os = "linux")]
#[test]
fn the_ids_here_are_the_systems_own() {
    let here = Ids::here();
    let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").unwrap();
    assert_eq!(here.boot.as_deref(), Some(boot.trim()));
    let ns = std::fs::read_link("/proc/self/ns/pid").unwrap();
    assert_eq!(here.pidns.as_deref(), ns.to_str());
    let machine = ["/etc/machine-id", "/var/lib/dbus/machine-id"]
        .iter()
        .find_map(|p| {
            let m = std::fs::read_to_string(p).ok()?;
            Some(m.trim().to_string()).filter(|m| !m.is_empty())
        });
    assert_eq!(here.machine, machine);
    // Read once: the same answer every time.
    assert!(std::ptr::eq(here, Ids::here()));
}

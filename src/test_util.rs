//! What several unit tests share.

/// Runs the ignored test `child` (its full path, as the test harness names
/// it) of this very test binary in a child process, with `marker` set so
/// that it does its work only there, and with `env` added to its
/// environment. For what is chosen once a process, or found through the
/// environment (`XDG_CACHE_HOME`, …), which no test may change in the
/// process the other tests share. Fails, with the child's output, unless
/// the child's one test passed.
#[cfg(unix)]
pub(crate) fn run_in_child(child: &str, marker: &str, env: &[(&str, &std::path::Path)]) {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([child, "--exact", "--ignored", "--test-threads=1"])
        .env(marker, "1")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

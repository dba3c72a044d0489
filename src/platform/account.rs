//! Who is logged in, as the system knows it: the account's full name and
//! login name, for the name a change is signed with
//! ([`crate::folder::stamp`]), and the folder where the user's own settings
//! (`tavle.toml`) live.
//!
//! On Linux (and every Unix but macOS) both names come from the password
//! database as its file holds it: the line of `/etc/passwd` whose uid is
//! this process's real uid, read once and bounded ([`PASSWD_LIMIT`]), so a
//! name is found when `$USER` is unset (a service, `env -i`, a terminal
//! multiplexer started without it). The full name is the first
//! comma-separated part of the GECOS field, with `&` standing for the login
//! name capitalised (the BSD convention). Accounts served by NSS modules
//! (LDAP, SSSD, winbind) are not in that file, and the C library's
//! `getpwuid_r` is not called there (tavle links no C code for it): for them
//! the login name falls back to `$USER` or `$LOGNAME`, and the full name is
//! not known, so set `name` in tavle.toml.
//!
//! macOS keeps its people in Directory Services, not in `/etc/passwd`: there
//! the entry comes from `getpwuid_r` of the system library (which every
//! macOS program links), whose GECOS field is the account's full name
//! ("Kari Nordmann", as in System Settings).
//!
//! On Windows the login name is `USERNAME`, else `GetUserNameW`; the full
//! name is not asked of the directory service (set `name` in tavle.toml or
//! `TAVLE_USER`).
//!
//! Nothing here may panic or read more than [`PASSWD_LIMIT`] bytes.

use std::path::PathBuf;

/// `/etc/passwd` is read up to this many bytes; an account past it is not found.
#[cfg_attr(any(windows, target_vendor = "apple"), allow(dead_code))]
pub const PASSWD_LIMIT: u64 = 8 * 1024 * 1024;

/// One line of `/etc/passwd`: the fields tavle uses.
#[cfg_attr(windows, allow(dead_code))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswdEntry {
    pub login: String,
    /// The GECOS field (full name, then office, phones, … after commas).
    pub gecos: String,
    pub home: String,
}

/// The entry of `uid` in the text of a passwd file (`name:pw:uid:gid:gecos:home:shell`).
/// The first line with that uid counts, as for `getpwuid`.
#[cfg_attr(any(windows, target_vendor = "apple"), allow(dead_code))]
pub fn passwd_entry(text: &str, uid: u32) -> Option<PasswdEntry> {
    text.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        let [login, _pw, id, _gid, gecos, home, ..] = fields.as_slice() else {
            return None;
        };
        if login.is_empty() || login.starts_with(['#', '+', '-']) {
            return None;
        }
        (id.parse::<u32>().ok()? == uid).then(|| PasswdEntry {
            login: (*login).to_string(),
            gecos: (*gecos).to_string(),
            home: (*home).to_string(),
        })
    })
}

/// The full name in a GECOS field: its first comma-separated part, `&`
/// meaning the login name with a capital first letter; `None` when blank.
#[cfg_attr(windows, allow(dead_code))]
pub fn gecos_name(gecos: &str, login: &str) -> Option<String> {
    let first = gecos.split(',').next().unwrap_or_default();
    let mut capital = login.chars();
    let login_cap: String = capital
        .next()
        .map(|c| c.to_uppercase().chain(capital).collect())
        .unwrap_or_default();
    let name = first.replace('&', &login_cap);
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// This process's account in Directory Services (`getpwuid_r`). Relies on:
/// the system library fills `pwd` with strings inside `buf`, and 16 KB holds
/// any account's entry (a larger one is not found: `ERANGE`).
#[cfg(target_vendor = "apple")]
fn own_entry() -> Option<PasswdEntry> {
    use std::ffi::CStr;
    let uid = rustix::process::getuid().as_raw();
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: all-zero is a valid `passwd` (null pointers, zero ids).
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut found: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: `pwd`, `found` and `buf` (of `buf.len()` bytes) are valid for
    // the call; the strings it sets point into `buf`, which outlives them here.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut found) };
    if rc != 0 || found.is_null() {
        return None;
    }
    let text = |p: *mut libc::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null string of the entry: NUL-ended, inside `buf`.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        }
    };
    Some(PasswdEntry {
        login: text(pwd.pw_name),
        gecos: text(pwd.pw_gecos),
        home: text(pwd.pw_dir),
    })
}

/// This process's account in `/etc/passwd`, read bounded.
#[cfg(all(unix, not(target_vendor = "apple")))]
fn own_entry() -> Option<PasswdEntry> {
    use std::io::Read;
    let file = super::open_read_path(std::path::Path::new("/etc/passwd")).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(PASSWD_LIMIT).read_to_end(&mut bytes).ok()?;
    let uid = rustix::process::getuid().as_raw();
    passwd_entry(&String::from_utf8_lossy(&bytes), uid)
}

/// An environment variable that is set and not blank.
fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The account's full name ("Kari Nordmann"), where the system says it.
pub fn full_name() -> Option<String> {
    #[cfg(unix)]
    {
        let entry = own_entry()?;
        gecos_name(&entry.gecos, &entry.login)
    }
    #[cfg(windows)]
    {
        None
    }
}

/// The name the user logged in with: on Unix the account's name in the
/// password file, else `USER`, else `LOGNAME`; on Windows `USERNAME`, else
/// the account's name (`GetUserNameW`).
/// `None` when none is known.
pub fn login_name() -> Option<String> {
    #[cfg(unix)]
    {
        own_entry()
            .map(|e| e.login)
            .filter(|l| !l.trim().is_empty())
            .or_else(|| var("USER"))
            .or_else(|| var("LOGNAME"))
    }
    #[cfg(windows)]
    {
        var("USERNAME").or_else(super::windows_os::user_name)
    }
}

/// The folder of the user's own tavle settings: on Unix
/// `$XDG_CONFIG_HOME/tavle` (when absolute), else `~/.config/tavle` with
/// `~` from `HOME` or the password file; on Windows `%APPDATA%\tavle`.
pub fn config_dir() -> Option<PathBuf> {
    user_dir("XDG_CONFIG_HOME", ".config", "APPDATA")
}

/// The folder for what tavle may forget (the boards' order from the last
/// run, so the next start reads the worst boards first): on Unix
/// `$XDG_CACHE_HOME/tavle` (when absolute), else `~/.cache/tavle`; on
/// Windows `%LOCALAPPDATA%\tavle`.
pub fn cache_dir() -> Option<PathBuf> {
    user_dir("XDG_CACHE_HOME", ".cache", "LOCALAPPDATA")
}

/// tavle's folder in one of the user's base folders: on Unix `$xdg/tavle`
/// (when absolute), else `~/home_sub/tavle` with `~` from `HOME` or the
/// password file; on Windows `%windows%\tavle`.
// Each system reads only its own names.
#[allow(unused_variables)]
fn user_dir(xdg: &str, home_sub: &str, windows: &str) -> Option<PathBuf> {
    #[cfg(unix)]
    {
        if let Some(base) = var(xdg).map(PathBuf::from)
            && base.is_absolute()
        {
            return Some(base.join("tavle"));
        }
        let home = var("HOME")
            .or_else(|| own_entry().map(|e| e.home))
            .map(PathBuf::from)
            .filter(|h| h.is_absolute())?;
        Some(home.join(home_sub).join("tavle"))
    }
    #[cfg(windows)]
    {
        var(windows).map(|a| PathBuf::from(a).join("tavle"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "\
root:x:0:0:root:/root:/bin/bash
# a comment:x:1000:1000:Not me:/nowhere:/bin/sh
+nis:x:1000:1000:NIS:/nowhere:/bin/sh
kari:x:1000:1000:Kari Nordmann,Rom 12,555 12345,:/home/kari:/bin/bash
kari2:x:1000:1000:Second line of the same uid:/home/kari2:/bin/bash
ola:x:1001:1001:&-Petter,,,:/home/ola:/bin/sh
per:x:1002:1002::/home/per:/bin/sh
broken:x:notanumber:1:Broken:/x:/bin/sh
short:x:1003
";

    #[test]
    fn the_entry_of_a_uid_is_its_first_line() {
        let kari = passwd_entry(PASSWD, 1000).unwrap();
        assert_eq!(kari.login, "kari");
        assert_eq!(kari.home, "/home/kari");
        assert_eq!(
            gecos_name(&kari.gecos, &kari.login).as_deref(),
            Some("Kari Nordmann")
        );
        assert_eq!(passwd_entry(PASSWD, 1003), None);
        assert_eq!(passwd_entry(PASSWD, 4242), None);
        assert_eq!(passwd_entry("", 0), None);
    }

    #[test]
    fn a_gecos_name_is_its_first_part_with_ampersand_as_the_login() {
        let ola = passwd_entry(PASSWD, 1001).unwrap();
        assert_eq!(
            gecos_name(&ola.gecos, &ola.login).as_deref(),
            Some("Ola-Petter")
        );
        let per = passwd_entry(PASSWD, 1002).unwrap();
        assert_eq!(gecos_name(&per.gecos, &per.login), None);
        assert_eq!(gecos_name(" , Rom 3", "x"), None);
        assert_eq!(gecos_name("&", "ærlig").as_deref(), Some("Ærlig"));
        assert_eq!(gecos_name("&", ""), None);
    }

    /// Against the system's own file, read here another way.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_login_name_is_the_password_files_for_this_uid() {
        let text = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
        let uid = rustix::process::getuid().as_raw();
        let line = text.lines().find(|l| {
            let f: Vec<&str> = l.split(':').collect();
            f.len() >= 7 && f[2] == uid.to_string() && !f[0].starts_with('#')
        });
        if let Some(line) = line {
            let login = line.split(':').next().unwrap();
            assert_eq!(login_name().as_deref(), Some(login));
        }
    }
}

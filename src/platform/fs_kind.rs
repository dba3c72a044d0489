//! Which kind of file system a board folder is on, as far as it decides how
//! the folder is watched: change notification (inotify, FSEvents,
//! `ReadDirectoryChangesW`) sees the changes this machine makes, not those
//! another machine makes on a network share, so there tavle polls.
//!
//! - Linux: `statfs` `f_type`, the superblock magic ([`network_fs_name`]).
//! - macOS: `statfs` `f_fstypename`, the file system's name
//!   ([`apple_network_fs`]: smbfs, nfs, afpfs, webdav, macFUSE).
//! - Windows: a UNC path (`\\server\share`, `\\?\UNC\server\share`) is a
//!   share; a drive letter is asked `GetDriveTypeW`, and a mapped network
//!   drive answers `DRIVE_REMOTE` ([`windows_root`] reads the path's start).
//!
//! The name-reading parts are plain functions, compiled and tested on every
//! system; only the one system call of each is behind a `cfg`.

use std::path::Path;

/// The network or remote file system under `dir`, whose changes by other
/// machines notification cannot see; None for a local one and when `dir`
/// cannot be examined.
pub fn remote_fs(dir: &Path) -> Option<&'static str> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let stat = rustix::fs::statfs(dir).ok()?;
        // `f_type` is a signed long on most targets: the magic is its low 32 bits.
        #[allow(clippy::unnecessary_cast)]
        let magic = stat.f_type as u32;
        network_fs_name(magic)
    }
    #[cfg(target_vendor = "apple")]
    {
        let stat = rustix::fs::statfs(dir).ok()?;
        // A C string in a fixed array of `c_char` (signed here): its bytes up to the NUL.
        #[allow(clippy::unnecessary_cast)]
        let bytes: Vec<u8> = stat
            .f_fstypename
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        apple_network_fs(&String::from_utf8_lossy(&bytes))
    }
    #[cfg(windows)]
    {
        let abs = std::path::absolute(dir).ok()?;
        match windows_root(&abs.to_string_lossy()) {
            WinRoot::Unc => Some("unc"),
            // `X:\` of a mapped network drive; a local volume mounted in a
            // folder is asked at its own root.
            WinRoot::Drive(_) | WinRoot::Device => {
                super::windows_os::remote_drive(&abs).then_some("smb")
            }
            WinRoot::Relative => None,
        }
    }
    #[cfg(not(any(
        target_os = "linux",
        target_os = "android",
        target_vendor = "apple",
        windows
    )))]
    {
        let _ = dir;
        None
    }
}

/// The name of this system's change notification, as the status line says
/// it when notification could not be set up and the folder is polled.
pub fn notification_name() -> &'static str {
    if cfg!(target_vendor = "apple") {
        "FSEvents"
    } else if cfg!(windows) {
        "ReadDirectoryChangesW"
    } else {
        "inotify"
    }
}

/// The name of a network or cluster filesystem by its Linux superblock magic.
pub fn network_fs_name(magic: u32) -> Option<&'static str> {
    Some(match magic {
        0x6969 => "nfs",
        0x517B => "smb",
        0xFF53_4D42 => "cifs",
        0xFE53_4D42 => "smb2",
        0x6573_5546 => "fuse",
        0x0102_1997 => "9p",
        0x5346_414F | 0x6B41_4653 => "afs",
        0x7375_7245 => "coda",
        0x564C => "ncp",
        0x00C3_6400 => "ceph",
        0x0BD0_0BD0 => "lustre",
        0x0116_1970 => "gfs2",
        0x7461_636F => "ocfs2",
        _ => return None,
    })
}

/// A network or user-space file system by the name macOS gives it in
/// `statfs` `f_fstypename`: SMB (`smbfs`), NFS, AFP (`afpfs`), WebDAV,
/// FTP, and macFUSE (`macfuse`, older `osxfuse`/`osxfusefs`), under which
/// sshfs, rclone and some sync clients mount. APFS, HFS+, exFAT and the
/// File Provider folders of OneDrive and Dropbox (`~/Library/CloudStorage`,
/// on APFS) are local: FSEvents sees the sync client's writes there.
pub fn apple_network_fs(name: &str) -> Option<&'static str> {
    Some(match name {
        "smbfs" => "smb",
        "nfs" => "nfs",
        "afpfs" => "afp",
        "webdav" => "webdav",
        "ftp" => "ftp",
        "macfuse" | "osxfuse" | "osxfusefs" | "fusefs" => "fuse",
        _ => return None,
    })
}

/// How a Windows path starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WinRoot {
    /// `\\server\share\…`, `//server/share/…` or `\\?\UNC\server\share\…`.
    Unc,
    /// `C:\…` or `\\?\C:\…`.
    Drive(char),
    /// `\\.\…` or `\\?\Volume{…}\…`: a device or volume path, local or not.
    Device,
    /// No root: relative to the current folder.
    Relative,
}

/// The start of a Windows path, read from its text alone (so that it can
/// be tested anywhere); either slash counts as a separator, as on Windows.
pub fn windows_root(path: &str) -> WinRoot {
    let sep = |c: char| c == '\\' || c == '/';
    let drive = |s: &str| {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(letter), Some(':')) if letter.is_ascii_alphabetic() => {
                Some(WinRoot::Drive(letter.to_ascii_uppercase()))
            }
            _ => None,
        }
    };
    let mut chars = path.chars();
    let (a, b) = (chars.next(), chars.next());
    if !(a.is_some_and(sep) && b.is_some_and(sep)) {
        return drive(path).unwrap_or(WinRoot::Relative);
    }
    let rest = &path[2..];
    // `\\?\` (verbatim) and `\\.\` (device) paths.
    if let Some(verbatim) = rest
        .strip_prefix('?')
        .or_else(|| rest.strip_prefix('.'))
        .and_then(|r| r.strip_prefix(sep))
    {
        let unc = verbatim
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("UNC"))
            && verbatim[3..].starts_with(sep);
        if unc {
            return WinRoot::Unc;
        }
        return drive(verbatim).unwrap_or(WinRoot::Device);
    }
    // `\\server\share`: a server name, then a share.
    let server = rest.split(sep).next().unwrap_or("");
    if server.is_empty() {
        WinRoot::Relative
    } else {
        WinRoot::Unc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_magics_are_named() {
        assert_eq!(network_fs_name(0x6969), Some("nfs"));
        assert_eq!(network_fs_name(0xFF53_4D42), Some("cifs"));
        assert_eq!(network_fs_name(0x6573_5546), Some("fuse"));
        assert_eq!(network_fs_name(0xEF53), None); // ext4
        assert_eq!(network_fs_name(0x0102_1994), None); // tmpfs
    }

    #[test]
    fn macos_network_file_systems_are_named_and_local_ones_are_not() {
        assert_eq!(apple_network_fs("smbfs"), Some("smb"));
        assert_eq!(apple_network_fs("nfs"), Some("nfs"));
        assert_eq!(apple_network_fs("afpfs"), Some("afp"));
        assert_eq!(apple_network_fs("webdav"), Some("webdav"));
        assert_eq!(apple_network_fs("macfuse"), Some("fuse"));
        assert_eq!(apple_network_fs("osxfuse"), Some("fuse"));
        for local in ["apfs", "hfs", "exfat", "msdos", "devfs", "autofs", ""] {
            assert_eq!(apple_network_fs(local), None, "{local}");
        }
    }

    #[test]
    fn unc_paths_and_drive_letters_are_told_apart() {
        for unc in [
            r"\\server\share\tavler",
            r"\\server\share",
            "//server/share/tavler",
            r"\\?\UNC\server\share\tavler",
            r"\\?\unc\server\share",
            r"\\wsl$\Ubuntu\home",
        ] {
            assert_eq!(windows_root(unc), WinRoot::Unc, "{unc}");
        }
        assert_eq!(windows_root(r"Z:\tavler"), WinRoot::Drive('Z'));
        assert_eq!(windows_root("c:/tavler"), WinRoot::Drive('C'));
        assert_eq!(windows_root(r"\\?\C:\tavler"), WinRoot::Drive('C'));
        assert_eq!(windows_root(r"\\.\C:\tavler"), WinRoot::Drive('C'));
        assert_eq!(
            windows_root(r"\\?\Volume{0b1f3c2a-0000-0000-0000-100000000000}\x"),
            WinRoot::Device
        );
        assert_eq!(windows_root(r"tavler\drift"), WinRoot::Relative);
        assert_eq!(windows_root(r"\tavler"), WinRoot::Relative);
        assert_eq!(windows_root(r"\\"), WinRoot::Relative);
        assert_eq!(windows_root(""), WinRoot::Relative);
        assert_eq!(windows_root("ø:"), WinRoot::Relative);
    }
}

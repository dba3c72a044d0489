//! Permission bits and groups of the files tavle makes, where the system has
//! them: a board of a team's group, 0660, stays writable for the team after
//! a save, and a file tavle makes is never more readable than meant.
//!
//! Unix (Linux and macOS alike) has mode bits and groups: `fchmod` and
//! `fchown` on the open file. On macOS a new file takes the folder's group
//! (the BSD rule) rather than the user's; `restrict` sets it either way.
//! Windows has neither: a new file inherits the folder's access list, and
//! the only permission tavle reads is the read-only attribute
//! ([`super::Meta::readonly`], which refuses a save before it starts). tavle
//! never sets that attribute; these functions do nothing there.

use std::fs::File;
use std::io;

use super::Meta;

/// Set a new file's permission bits and group to those of the file it
/// replaces, so that a 0660 board of a team's group stays writable for the
/// team (see [`restrict`]). Nothing on Windows.
pub fn keep_mode_and_group(file: &File, like: &Meta) -> io::Result<()> {
    restrict(file, like.mode, like.gid)
}

/// Give a file tavle made (still private to its owner) the permission bits
/// `mode` and the group `gid`, and never more: where the group cannot be set
/// (the user is not a member of it), the group bits are cleared, so the
/// user's own group never gets what was meant for another. Also narrows an
/// existing file this user owns. Nothing on Windows.
pub fn restrict(file: &File, mode: u32, gid: Option<u32>) -> io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::fs::{Gid, fchmod, fchown, fstat};
        let mut mode = mode & 0o3777;
        if let Some(gid) = gid {
            let now = fstat(file)?.st_gid;
            #[allow(clippy::unnecessary_cast)]
            if now as u32 != gid && fchown(file, None, Some(Gid::from_raw(gid))).is_err() {
                mode &= !0o070;
            }
        }
        fchmod(file, super::unix::mode_bits(mode))?;
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = (file, mode, gid);
        Ok(())
    }
}

/// Set the permission bits of a file tavle made (a lock file's group bits,
/// once it is in the board's group). A failure leaves the file as it was.
pub fn set_mode(file: &File, mode: u32) {
    #[cfg(unix)]
    {
        let _ = rustix::fs::fchmod(file, super::unix::mode_bits(mode));
    }
    #[cfg(not(unix))]
    {
        let _ = (file, mode);
    }
}

/// Give a file tavle made the group `gid`. Fails (EPERM) where the user is
/// not a member of that group, and always where files have no group.
pub fn set_group(file: &File, gid: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::fs::{Gid, fchown};
        Ok(fchown(file, None, Some(Gid::from_raw(gid)))?)
    }
    #[cfg(not(unix))]
    {
        let _ = (file, gid);
        Err(io::Error::from(io::ErrorKind::Unsupported))
    }
}

/// Make the folder `path` for the user alone (0700 on Unix; on Windows it
/// inherits its parent's access list). Its parent must exist.
pub fn make_private_dir(path: &std::path::Path) -> io::Result<()> {
    #[cfg(unix)]
    let b = {
        use std::os::unix::fs::DirBuilderExt;
        let mut b = std::fs::DirBuilder::new();
        b.mode(0o700);
        b
    };
    #[cfg(not(unix))]
    let b = std::fs::DirBuilder::new();
    b.create(path)
}

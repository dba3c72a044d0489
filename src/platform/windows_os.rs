//! The Windows API calls behind `platform`'s free functions and the
//! Windows [`super::DirHandle`]: each wraps one call (or the two a question
//! needs) and turns its answer into a Rust value; none decides anything.
//!
//! None of this runs where tavle is tested (Linux); it is compiled and
//! linted for `x86_64-pc-windows-gnu` in CI. What each call relies on is
//! said at the call, and `docs/reliability.md` lists it as unverified on
//! Windows.

use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;

use windows_sys::Win32::Foundation::{
    CloseHandle, ERROR_ACCESS_DENIED, ERROR_INVALID_PARAMETER, GetLastError, HANDLE, STILL_ACTIVE,
};

use super::Liveness;

/// A path or name as Windows wants it: UTF-16 ending in a NUL.
pub(super) fn wide(s: &OsStr) -> Vec<u16> {
    s.encode_wide().chain(Some(0)).collect()
}

/// The computer's DNS host name (the machine's own, not a cluster's);
/// None when Windows does not give one.
pub(super) fn computer_name() -> Option<String> {
    use windows_sys::Win32::System::SystemInformation::{
        ComputerNamePhysicalDnsHostname, GetComputerNameExW,
    };
    // A DNS host name (one label) has at most 63 characters; 256 is plenty.
    let mut buf = [0u16; 256];
    let mut len = buf.len() as u32;
    // SAFETY: `buf` holds `len` UTF-16 units; on success Windows writes the
    // name and sets `len` to its length without the NUL.
    let ok =
        unsafe { GetComputerNameExW(ComputerNamePhysicalDnsHostname, buf.as_mut_ptr(), &mut len) };
    let name = buf.get(..len as usize).filter(|_| ok != 0)?;
    Some(String::from_utf16_lossy(name))
}

/// The name of the account this process runs as (`GetUserNameW`).
pub(super) fn user_name() -> Option<String> {
    use windows_sys::Win32::System::WindowsProgramming::GetUserNameW;
    // UNLEN (256) and the NUL.
    let mut buf = [0u16; 257];
    let mut len = buf.len() as u32;
    // SAFETY: `buf` holds `len` units; on success `len` counts the name and its NUL.
    let ok = unsafe { GetUserNameW(buf.as_mut_ptr(), &mut len) };
    let name = buf
        .get(..(len as usize).checked_sub(1)?)
        .filter(|_| ok != 0)?;
    Some(String::from_utf16_lossy(name)).filter(|n| !n.trim().is_empty())
}

/// Whether process `pid` runs: opened for the least right there is
/// (`PROCESS_QUERY_LIMITED_INFORMATION`, which any user has on another
/// user's ordinary process), then its exit code asked. Relies on: an id
/// that names no process fails with `ERROR_INVALID_PARAMETER`; a protected
/// process refuses with `ERROR_ACCESS_DENIED` (so it runs); a process that
/// still runs answers `STILL_ACTIVE` (259; a process that really exited with
/// 259 reads as alive, the safe side).
pub(super) fn process(pid: u32) -> Liveness {
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: a plain call; a handle it returns is closed below.
    let handle: HANDLE = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if handle.is_null() {
        // SAFETY: reads this thread's last error, set by the failed call above.
        return match unsafe { GetLastError() } {
            ERROR_INVALID_PARAMETER => Liveness::Dead,
            ERROR_ACCESS_DENIED => Liveness::Alive,
            _ => Liveness::Unknown,
        };
    }
    let mut code = 0u32;
    // SAFETY: `handle` is open; `code` is a valid place for the exit code.
    let ok = unsafe { GetExitCodeProcess(handle, &mut code) };
    // SAFETY: `handle` came from OpenProcess and is closed once.
    unsafe { CloseHandle(handle) };
    #[allow(clippy::cast_sign_loss)]
    let still_active = STILL_ACTIVE as u32;
    match (ok != 0, code == still_active) {
        (false, _) => Liveness::Unknown,
        (true, true) => Liveness::Alive,
        (true, false) => Liveness::Dead,
    }
}

/// The root of the volume `path` is on (`C:\`, `Z:\`, a folder a volume is
/// mounted in, `\\server\share\`), as a NUL-ended UTF-16 string.
fn volume_root(path: &Path) -> Option<Vec<u16>> {
    use windows_sys::Win32::Storage::FileSystem::GetVolumePathNameW;
    let name = wide(path.as_os_str());
    let mut root = vec![0u16; name.len().max(4) + 1];
    // SAFETY: `name` ends in a NUL; `root` holds `root.len()` units, more
    // than the root of `name` can need.
    let ok = unsafe { GetVolumePathNameW(name.as_ptr(), root.as_mut_ptr(), root.len() as u32) };
    (ok != 0).then_some(root)
}

/// Whether the drive `path` is on is a network drive (`DRIVE_REMOTE`: a
/// mapped share `Z:`). Relies on `GetDriveTypeW` of the volume's root.
pub(super) fn remote_drive(path: &Path) -> bool {
    use windows_sys::Win32::Storage::FileSystem::GetDriveTypeW;
    use windows_sys::Win32::System::WindowsProgramming::DRIVE_REMOTE;
    let Some(root) = volume_root(path) else {
        return false;
    };
    // SAFETY: `root` ends in a NUL.
    unsafe { GetDriveTypeW(root.as_ptr()) == DRIVE_REMOTE }
}

/// `FILE_READ_ONLY_VOLUME` of `GetVolumeInformationW`'s flags (in the
/// `Win32_System_SystemServices` feature, not pulled in for one constant).
const FILE_READ_ONLY_VOLUME: u32 = 0x0008_0000;

/// Whether the volume `path` is on is read-only (a write-protected medium,
/// a volume mounted so). A read-only share of a server is not: there the
/// server refuses each write, and the save says so.
pub(super) fn read_only_volume(path: &Path) -> bool {
    use windows_sys::Win32::Storage::FileSystem::GetVolumeInformationW;
    let Some(root) = volume_root(path) else {
        return false;
    };
    let mut flags = 0u32;
    // SAFETY: `root` ends in a NUL; only the flags are asked for (null buffers of size 0).
    let ok = unsafe {
        GetVolumeInformationW(
            root.as_ptr(),
            std::ptr::null_mut(),
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            &mut flags,
            std::ptr::null_mut(),
            0,
        )
    };
    ok != 0 && flags & FILE_READ_ONLY_VOLUME != 0
}

/// Which file an open handle is: its volume's serial number and its file
/// index, the pair that names one file on one volume.
pub(super) fn file_id(file: &std::fs::File) -> io::Result<(u32, u64)> {
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Storage::FileSystem::{
        BY_HANDLE_FILE_INFORMATION, GetFileInformationByHandle,
    };
    // SAFETY: all-zero is a valid value of this plain C struct.
    let mut info: BY_HANDLE_FILE_INFORMATION = unsafe { std::mem::zeroed() };
    // SAFETY: the handle is open for as long as `file` lives; `info` is writable.
    let ok = unsafe { GetFileInformationByHandle(file.as_raw_handle() as HANDLE, &mut info) };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    let index = (u64::from(info.nFileIndexHigh) << 32) | u64::from(info.nFileIndexLow);
    Ok((info.dwVolumeSerialNumber, index))
}

/// Rename `from` to `to`, replacing `to` (never through it: a link there is
/// itself replaced), the rename written through to disk before it returns
/// (`MOVEFILE_WRITE_THROUGH`, Windows' counterpart of syncing the folder).
pub(super) fn move_replacing(from: &Path, to: &Path) -> io::Result<()> {
    use windows_sys::Win32::Storage::FileSystem::{
        MOVEFILE_REPLACE_EXISTING, MOVEFILE_WRITE_THROUGH, MoveFileExW,
    };
    let (from, to) = (wide(from.as_os_str()), wide(to.as_os_str()));
    // SAFETY: both names end in a NUL.
    let ok = unsafe {
        MoveFileExW(
            from.as_ptr(),
            to.as_ptr(),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH,
        )
    };
    if ok == 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Whether a failed rename may succeed once another program lets go of the
/// target: `ERROR_ACCESS_DENIED` (what replacing a file open without
/// `FILE_SHARE_DELETE` answers), `ERROR_SHARING_VIOLATION`,
/// `ERROR_LOCK_VIOLATION`.
pub(super) fn busy(e: &io::Error) -> bool {
    use windows_sys::Win32::Foundation::{ERROR_LOCK_VIOLATION, ERROR_SHARING_VIOLATION};
    e.raw_os_error()
        .and_then(|c| u32::try_from(c).ok())
        .is_some_and(|c| {
            c == ERROR_ACCESS_DENIED || c == ERROR_SHARING_VIOLATION || c == ERROR_LOCK_VIOLATION
        })
}

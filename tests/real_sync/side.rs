//! One Syncthing instance of the pair: its home (fresh keys and a config.xml
//! written here), its process, and its REST API — plain HTTP on 127.0.0.1
//! with the header `X-API-Key`, read as JSON.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;

/// The id of the shared folder in both configurations.
pub const FOLDER: &str = "tavler";

/// One Syncthing instance and the folder it keeps.
pub struct Side {
    /// `A` or `B`, for traces and messages.
    pub name: &'static str,
    /// Who works on this side (`TAVLE_USER`).
    pub user: &'static str,
    /// The shared folder as this side has it.
    pub dir: PathBuf,
    /// The full device id (`XXXXXXX-XXXXXXX-…`).
    pub id: String,
    home: PathBuf,
    gui: u16,
    key: String,
    child: Mutex<Option<Child>>,
}

impl Side {
    /// The short device id Syncthing writes in conflict copies' names.
    pub fn short_id(&self) -> &str {
        self.id.split('-').next().unwrap_or(&self.id)
    }

    /// A REST call: the body parsed as JSON (`Null` when empty).
    pub fn rest(&self, method: &str, path: &str) -> Result<Value, String> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.gui));
        let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
            .map_err(|e| format!("{} {path}: connect: {e}", self.name))?;
        s.set_read_timeout(Some(Duration::from_secs(60)))
            .map_err(|e| e.to_string())?;
        // HTTP/1.0: the answer is never chunked, and ends when the socket closes.
        let req = format!(
            "{method} {path} HTTP/1.0\r\nHost: 127.0.0.1:{}\r\nX-API-Key: {}\r\nContent-Length: 0\r\n\r\n",
            self.gui, self.key
        );
        s.write_all(req.as_bytes())
            .map_err(|e| format!("{} {path}: send: {e}", self.name))?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw)
            .map_err(|e| format!("{} {path}: read: {e}", self.name))?;
        let text = String::from_utf8_lossy(&raw);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head.split_whitespace().nth(1).unwrap_or("");
        if status != "200" {
            return Err(format!(
                "{} {method} {path}: HTTP {status}: {}",
                self.name,
                body.trim()
            ));
        }
        if body.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(body).map_err(|e| format!("{} {path}: {e}: {body}", self.name))
    }

    /// Scan the folder now; returns when the scan is done.
    pub fn scan(&self) -> Result<(), String> {
        self.rest("POST", &format!("/rest/db/scan?folder={FOLDER}"))
            .map(drop)
    }

    /// Whether this side is connected to `other`.
    pub fn connected_to(&self, other: &Side) -> Result<bool, String> {
        let v = self.rest("GET", "/rest/system/connections")?;
        Ok(v["connections"][&other.id]["connected"] == Value::Bool(true))
    }

    /// The folder's state (`idle`, `scanning`, `syncing`, …) and how many
    /// items it still needs.
    pub fn folder_state(&self) -> Result<(String, u64), String> {
        let v = self.rest("GET", &format!("/rest/db/status?folder={FOLDER}"))?;
        let state = v["state"].as_str().unwrap_or("?").to_string();
        Ok((state, v["needTotalItems"].as_u64().unwrap_or(u64::MAX)))
    }

    /// Whether this side counts `other` as having everything of the folder.
    pub fn has_all_of(&self, other: &Side) -> Result<bool, String> {
        let v = self.rest(
            "GET",
            &format!("/rest/db/completion?folder={FOLDER}&device={}", other.id),
        )?;
        let full = v["completion"].as_f64().is_some_and(|c| c >= 100.0);
        Ok(full && v["needItems"].as_u64() == Some(0))
    }

    /// The last lines of this instance's log, for failure messages.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(self.home.join("syncthing.log")).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        let from = all.len().saturating_sub(lines);
        format!(
            "--- syncthing {} log (last {lines} lines) ---\n{}",
            self.name,
            all[from..].join("\n")
        )
    }

    /// Names of the conflict copies in the top of the folder, sorted.
    pub fn conflict_copies(&self) -> Vec<String> {
        list_conflicts(&self.dir)
    }
}

/// Conflict copies (`.sync-conflict-`) directly in `dir`, sorted.
pub fn list_conflicts(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.contains(".sync-conflict-"))
        .collect();
    out.sort();
    out
}

impl Drop for Side {
    fn drop(&mut self) {
        let child = self.child.get_mut().unwrap_or_else(|e| e.into_inner());
        if let Some(mut child) = child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Whether `side`'s process has ended, and how.
pub fn side_exited(side: &Side) -> Option<String> {
    let mut child = side.child.lock().unwrap_or_else(|e| e.into_inner());
    match child.as_mut()?.try_wait() {
        Ok(Some(status)) => Some(status.to_string()),
        Ok(None) => None,
        Err(e) => Some(e.to_string()),
    }
}

/// A free TCP port on 127.0.0.1 (free now; the caller binds it soon).
pub fn free_port() -> Result<u16, String> {
    let l = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).map_err(|e| e.to_string())?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// A side's home with fresh keys, and its empty folder (with the marker
/// Syncthing wants, and an `.stignore` for `.tavle` unless it syncs).
pub fn prepare(
    root: &Path,
    name: &'static str,
    user: &'static str,
    sync_tavle: bool,
) -> Result<Side, String> {
    let home = root.join(format!("home-{name}"));
    let dir = root.join(format!("folder-{name}"));
    std::fs::create_dir_all(dir.join(".stfolder")).map_err(|e| e.to_string())?;
    if !sync_tavle {
        std::fs::write(dir.join(".stignore"), ".tavle\n").map_err(|e| e.to_string())?;
    }
    let out = Command::new("syncthing")
        .args(["generate", "--no-default-folder", "--skip-port-probing"])
        .arg(format!("--home={}", home.display()))
        .output()
        .map_err(|e| format!("syncthing generate: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "syncthing generate failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    // The generated config names this device first.
    let config = std::fs::read_to_string(home.join("config.xml"))
        .map_err(|e| format!("syncthing generate wrote no config.xml: {e}"))?;
    let id = config
        .split("<device id=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .filter(|id| id.len() > 50)
        .ok_or("no device id in the generated config.xml")?
        .to_string();
    Ok(Side {
        name,
        user,
        dir,
        id,
        home,
        gui: free_port()?,
        key: format!("tavle-test-key-{name}-{}", std::process::id()),
        child: Mutex::new(None),
    })
}

/// `me`'s config.xml: listen on `mine`, the other device at `theirs` (paused
/// until [`Pair::resume`]), nothing but loopback, the shared folder rescanned
/// often.
pub fn write_config(me: &Side, other: &Side, mine: u16, theirs: u16) -> Result<(), String> {
    let folder = me.dir.display();
    let xml = format!(
        r#"<configuration version="36">
    <folder id="{FOLDER}" label="{FOLDER}" path="{folder}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me_id}"></device>
        <device id="{other_id}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
    </folder>
    <device id="{me_id}" name="{me_name}" compression="metadata">
        <address>dynamic</address>
    </device>
    <device id="{other_id}" name="{other_name}" compression="metadata">
        <address>tcp://127.0.0.1:{theirs}</address>
        <paused>true</paused>
    </device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{gui}</address>
        <apikey>{key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{mine}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"#,
        me_id = me.id,
        other_id = other.id,
        me_name = me.name,
        other_name = other.name,
        gui = me.gui,
        key = me.key,
    );
    std::fs::write(me.home.join("config.xml"), xml).map_err(|e| e.to_string())
}

/// Start `side`'s Syncthing, its output in `syncthing.log` in its home.
pub fn spawn(side: &mut Side) -> Result<(), String> {
    let log = File::create(side.home.join("syncthing.log")).map_err(|e| e.to_string())?;
    let log2 = log.try_clone().map_err(|e| e.to_string())?;
    let child = Command::new("syncthing")
        .arg("serve")
        .arg(format!("--home={}", side.home.display()))
        .args(["--no-browser", "--no-restart", "--no-upgrade"])
        .env("STNOUPGRADE", "1")
        .env("STNORESTART", "1")
        .env("STNODEFAULTFOLDER", "1")
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log2)
        .spawn()
        .map_err(|e| format!("syncthing serve: {e}"))?;
    *side.child.get_mut().unwrap_or_else(|e| e.into_inner()) = Some(child);
    Ok(())
}

//! Many board files read at once, on every core, for a reader that needs
//! each board only for a moment (`tavle status` over a region's 10,000
//! boards): each file is read with the same guards as [`super::read_board`]
//! and decoded, handed to the caller's function on the thread that read
//! it, and dropped; only what the function makes is kept, in the order of
//! the files whatever the threads' timing. A board that decodes is not
//! analysed further (the warnings and the write permission are for the
//! screen and `tavle check`); one that does not gets the full analysis, so
//! its problems are the ones [`super::analyze`] names.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Located, MAX_FILE_SIZE, analyze_text, decode_text, located};
use crate::folder::board_fs;
use crate::folder::safe_fs::{self, Folder, NodeKind};

use tavle_core::model::Board;

/// The board in a file, or every problem that keeps it from being one, in
/// the order of the file (as [`super::Analysis::problems`] has them).
pub type Decoded = Result<Board, Vec<Located>>;

/// Read and decode the board file at `path`.
pub fn decode(path: &Path) -> Decoded {
    decode_in(path, None)
}

/// [`decode`], the file's folder already open when `folder` is its parent.
fn decode_in(path: &Path, folder: Option<&(PathBuf, Folder)>) -> Decoded {
    let bytes = bytes(path, folder).map_err(|p| vec![p])?;
    let (text, _) = decode_text(bytes).map_err(|p| vec![p])?;
    if let Ok(root) = tavle_core::json::parse(&text)
        && let (Some(board), _) = tavle_core::decode::decode_board(&root)
    {
        return Ok(board);
    }
    // Not a board: the problems as the whole analysis places them.
    Err(analyze_text(&text).1)
}

/// A board file's bytes, read as [`super::read_board`] reads them (through
/// a link out of the folder too, never through a FIFO or device), without
/// asking whether it may be written. A regular file in `folder` (its path,
/// the folder open) is read there, as `locate_board` would open the folder
/// again to read it: the folder is opened once for 10,000 files.
fn bytes(path: &Path, folder: Option<&(PathBuf, Folder)>) -> Result<Vec<u8>, Located> {
    if let (Some((parent, folder)), Some(name)) = (folder, path.file_name())
        && path.parent() == Some(parent.as_path())
        && let Ok(Some(meta)) = folder.stat(name, false)
        && meta.kind == NodeKind::File
    {
        return folder
            .read(name, false, MAX_FILE_SIZE)
            .map(|(bytes, _)| bytes)
            .map_err(located);
    }
    let file = board_fs::locate_board(path).map_err(located)?;
    let read = if file.outside {
        safe_fs::read_path(path, MAX_FILE_SIZE)
    } else {
        file.folder.read(&file.name, false, MAX_FILE_SIZE)
    };
    read.map(|(bytes, _)| bytes).map_err(located)
}

/// `f` of every file of `files` and what [`decode`] made of it, on as many
/// threads as there are cores (no more than files), in the order of
/// `files`.
pub fn map<T: Send>(files: &[PathBuf], f: impl Fn(&Path, Decoded) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len())
        .max(1);
    map_on(files, threads, f)
}

/// [`map`] on `threads` threads.
fn map_on<T: Send>(
    files: &[PathBuf],
    threads: usize,
    f: impl Fn(&Path, Decoded) -> T + Sync,
) -> Vec<T> {
    // The folder of the first file, open for all in it (a folder that
    // cannot be opened: each file's own reading says why).
    let parent = files
        .first()
        .and_then(|p| p.parent())
        .map(Path::to_path_buf);
    let folder = parent.and_then(|p| Some((p.clone(), Folder::open(&p).ok()?)));
    let decode = |p: &Path| decode_in(p, folder.as_ref());
    if threads <= 1 {
        return files.iter().map(|p| f(p, decode(p))).collect();
    }
    // Each thread takes the next file not yet taken: a large board on one
    // thread does not hold the other back.
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(p) = files.get(i) else {
                return done;
            };
            done.push((i, f(p, decode(p))));
        }
    };
    let mut all: Vec<(usize, T)> = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut all = work();
        for h in others {
            match h.join() {
                Ok(done) => all.extend(done),
                // A panic in `f` is the caller's bug: let it go on up.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_once_in_the_order_given_with_the_problems_analyze_names() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = Vec::new();
        for i in 0..40 {
            let p = dir.path().join(format!("b{i:02}.json"));
            let text = match i % 4 {
                // Not JSON; a board with a schema error after a warning-free start; empty.
                1 => "{\"tavle\":1,\n \"title\":".to_string(),
                2 => format!(
                    "{{\"tavle\":1,\"title\":\"B{i}\",\"kind\":\"drift\",\n\"columns\":[],\"cards\":[{{\"id\":\"k\"}}]}}"
                ),
                3 => "  \n".to_string(),
                _ => format!(
                    r#"{{"tavle":1,"title":"B{i}","kind":"drift","columns":[{{"id":"a","title":"A"}}],"cards":[]}}"#
                ),
            };
            std::fs::write(&p, text).unwrap();
            files.push(p);
        }
        files.push(dir.path().join("gone.json"));
        let expected: Vec<(PathBuf, Option<String>, Vec<Located>)> = files
            .iter()
            .map(|p| {
                let a = super::super::analyze(p);
                let title = a.board.as_ref().map(|b| b.title.clone());
                let problems = if a.board.is_some() {
                    Vec::new()
                } else {
                    a.problems
                };
                (p.clone(), title, problems)
            })
            .collect();
        assert!(expected.iter().any(|e| e.1.is_some()));
        assert!(
            expected
                .iter()
                .filter(|e| e.1.is_none())
                .all(|e| !e.2.is_empty())
        );
        for threads in [1, 2, 3, 7] {
            let got = map_on(&files, threads, |p, d| match d {
                Ok(b) => (p.to_path_buf(), Some(b.title), Vec::new()),
                Err(problems) => (p.to_path_buf(), None, problems),
            });
            assert_eq!(got, expected, "{threads} threads");
        }
    }

    /// The folder opened once is the first file's: a file of another
    /// folder with the same name is read from its own folder.
    #[test]
    fn a_file_of_another_folder_is_read_there_not_in_the_first_files() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let board = |title: &str| {
            format!(r#"{{"tavle":1,"title":"{title}","kind":"drift","columns":[],"cards":[]}}"#)
        };
        std::fs::write(a.path().join("t.json"), board("Første")).unwrap();
        std::fs::write(b.path().join("t.json"), board("Andre")).unwrap();
        let files = [a.path().join("t.json"), b.path().join("t.json")];
        for threads in [1, 2] {
            let titles = map_on(&files, threads, |_, d| d.map(|b| b.title).ok());
            let expected = [Some("Første".to_string()), Some("Andre".to_string())];
            assert_eq!(titles, expected, "{threads} threads");
        }
    }
}

//! The status page in a real browser: headless Chromium (Debian's
//! `chromium-headless-shell`) renders the page of the sample boards and of a
//! hostile folder. The DOM it ends up with has every board's title and
//! light, the hostile title stays text (no script or img element appears,
//! the text is there as written), no bidi override survives, and printing
//! to PDF works. Without the browser the tests say SKIPPED and pass, unless
//! `TAVLE_REQUIRE_BROWSER=1` (set by .ci/run when it installed the browser).
//! `TAVLE_BROWSER=/path` picks the browser. It runs with a deadline and is
//! killed if it passes it.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod status_page_support;
use status_page_support::*;

/// Long enough for a cold start on a busy 2-core machine.
const DEADLINE: Duration = Duration::from_secs(120);

/// The browser, or None after saying SKIPPED (a failure when it is required).
fn browser() -> Option<PathBuf> {
    // `TAVLE_BROWSER=/path` chooses one (a path that is not there: none).
    let chosen = std::env::var_os("TAVLE_BROWSER").map(PathBuf::from);
    let found = match chosen {
        Some(path) => Some(path).filter(|p| p.is_file()),
        None => installed(),
    };
    if found.is_none() {
        let required = std::env::var("TAVLE_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "TAVLE_REQUIRE_BROWSER=1 but no headless Chromium: install chromium-headless-shell"
        );
        println!(
            "SKIPPED: the status page browser test needs headless Chromium: install chromium-headless-shell"
        );
    }
    found
}

/// Headless Chromium where Debian puts it, or on the PATH.
fn installed() -> Option<PathBuf> {
    ["chromium-headless-shell", "chromium", "chromium-browser"]
        .iter()
        .flat_map(|name| {
            let on_path: Vec<PathBuf> = std::env::var_os("PATH")
                .map(|p| std::env::split_paths(&p).map(|d| d.join(name)).collect())
                .unwrap_or_default();
            let mut all = vec![Path::new("/usr/bin").join(name)];
            all.extend(on_path);
            all
        })
        .find(|p| p.is_file())
}

/// Run the browser on `page` with `args` before the URL; its stdout. Killed
/// after [`DEADLINE`].
fn run_browser(browser: &Path, args: &[String], page: &Path) -> String {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-dev-shm-usage",
    ]);
    #[cfg(unix)]
    if rustix::process::geteuid().is_root() {
        // Chromium refuses to run as root with its sandbox.
        cmd.arg("--no-sandbox");
    }
    let profile = tempfile::tempdir().unwrap();
    cmd.arg(format!("--user-data-dir={}", profile.path().display()));
    cmd.args(args);
    cmd.arg(format!("file://{}", page.display()));
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the browser did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let stdout = reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    assert!(status.success(), "the browser failed: {status}\n{stderr}");
    stdout
}

/// Write the page of `folder` (run in `dir`) to `dir/page.html`; with its JSON.
fn page(dir: &Path, folder: &str) -> (PathBuf, Value) {
    let out = dir.join("status-page.html");
    let run = tavle(
        dir,
        "nb",
        &[
            "status",
            folder,
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json =
        serde_json::from_str(&stdout(dir, "nb", &["status", folder, "--format", "json"])).unwrap();
    (out, json)
}

/// What the browser rendered: every board's title and light, and nothing
/// that was text became an element.
fn check_dom(dom: &str, json: &Value) -> El {
    let parsed = parse(dom);
    let root = parsed.root;
    assert!(
        root.named("script").is_empty(),
        "a script element in the DOM"
    );
    assert!(root.named("img").is_empty(), "an img element in the DOM");
    for e in root.all() {
        assert!(
            !e.attrs.iter().any(|(n, _)| n.starts_with("on")),
            "an event handler in the DOM: {e:?}"
        );
    }
    for b in json["boards"].as_array().unwrap() {
        let id = b["id"].as_str().unwrap();
        let article = root.find(|e| e.name == "article" && e.attr("data-board") == Some(id));
        assert_eq!(article.len(), 1, "{id} in the rendered page");
        let h2 = article[0].named("h2")[0];
        let light = h2.find(|e| e.attr("data-light").is_some());
        assert_eq!(light.len(), 1, "{id}: its light");
        if b["error"].is_null() {
            let title = tavle::text::sanitize(b["title"].as_str().unwrap()).into_owned();
            assert!(h2.text().contains(&title), "{id}: {}", h2.text());
            assert_eq!(
                light[0].attr("data-light"),
                Some(worst_light(&b["counts"])),
                "{id}"
            );
        } else {
            assert_eq!(light[0].attr("data-light"), Some("broken"));
        }
    }
    root
}

fn print_to_pdf(browser: &Path, page: &Path, dir: &Path) {
    let pdf = dir.join("status-page.pdf");
    run_browser(
        browser,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
        page,
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    assert!(bytes.len() > 10_000, "a PDF of {} bytes", bytes.len());
}

#[test]
fn the_sample_boards_render_and_print_in_a_real_browser() {
    let Some(browser) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let boards = dir.path().join("boards");
    std::fs::create_dir(&boards).unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("boards");
    // The shipped boards only (a run may have left `.tavle/` beside them).
    for e in std::fs::read_dir(samples).unwrap() {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "json") {
            std::fs::copy(e.path(), boards.join(e.file_name())).unwrap();
        }
    }
    let (page, json) = page(dir.path(), "boards");
    let dom = run_browser(&browser, &["--dump-dom".into()], &page);
    let root = check_dom(&dom, &json);
    // The charts were rendered as SVG with their marks.
    let charts = root.find(|e| e.name == "svg" && e.has_class("runchart"));
    assert!(!charts.is_empty());
    print_to_pdf(&browser, &page, dir.path());
}

#[test]
fn hostile_text_stays_text_in_a_real_browser() {
    let Some(browser) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let boards = dir.path().join("boards");
    std::fs::create_dir(&boards).unwrap();
    hostile_folder(&boards);
    let (page, json) = page(dir.path(), "boards");
    let dom = run_browser(&browser, &["--dump-dom".into()], &page);
    let root = check_dom(&dom, &json);
    let farlig = root.find(|e| e.name == "article" && e.attr("data-board") == Some("farlig"));
    let heading = farlig[0].named("h2")[0].text();
    assert!(heading.contains(HOSTILE_TITLE), "{heading}");
    assert!(
        !dom.contains(['\u{202e}', '\u{2066}', '\u{1b}']),
        "a bidi or escape character in the rendered page"
    );
    print_to_pdf(&browser, &page, dir.path());
}

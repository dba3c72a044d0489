//! Odd starts fail kindly: the real `tavle` binary started with an absurd
//! `--poll`, without a terminal (as under cron or `ssh host tavle`), with
//! an unknown `--lang` or `TAVLE_LANG`, and `tavle demo` into a folder it
//! cannot make. Each says what is wrong in the user's language, gives the
//! exit code it documents, and never panics.
//!
//! Here stdin is `/dev/null` and stdout a pipe, so neither is a terminal;
//! the cases with one of them a terminal are in `odd_starts_pty.rs`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `tavle ARGS` with no terminal, no locale and `TAVLE_LANG` as given.
fn tavle(args: &[&str], tavle_lang: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tavle"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("TAVLE_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(l) = tavle_lang {
        cmd.env("TAVLE_LANG", l);
    }
    cmd.output().expect("run tavle")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The exit code, stdout and stderr; checks that it did not panic.
#[track_caller]
fn run(args: &[&str], tavle_lang: Option<&str>) -> (Option<i32>, String, String) {
    let out = tavle(args, tavle_lang);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    for said in [&stdout, &stderr] {
        assert!(
            !said.contains("panicked")
                && !said.contains("intern feil")
                && !said.contains("internal error"),
            "{args:?}: {said}"
        );
    }
    (out.status.code(), stdout, stderr)
}

fn boards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("boards")
}

#[test]
fn an_absurd_poll_names_the_range_in_the_users_language_with_exit_2() {
    let dir = boards();
    let dir = dir.to_str().unwrap();
    let range = [
        ("nb", "bruk et tall fra 0,1 til 3600"),
        ("nn", "bruk eit tal frå 0,1 til 3600"),
        ("en", "use a number from 0.1 to 3600"),
    ];
    for value in [
        "0",
        "-1",
        "NaN",
        "inf",
        "-inf",
        "1e300",
        "0.0000001",
        "3601",
        "fem",
    ] {
        for (lang, words) in range {
            let (code, stdout, stderr) = run(&["--lang", lang, "--poll", value, dir], None);
            assert_eq!(code, Some(2), "{lang} --poll {value}: {stderr}");
            assert!(
                stderr.starts_with(&format!("tavle: --poll {value}: ")) && stderr.contains(words),
                "{lang} --poll {value}: {stderr}"
            );
            assert!(stdout.is_empty(), "{stdout}");
        }
    }
    // A sane value gets past --poll, to the next thing missing here: a terminal.
    for value in ["2", "1,5", "0.1", "3600"] {
        let (code, _, stderr) = run(&["--lang", "en", "--poll", value, dir], None);
        assert_eq!(code, Some(2), "{value}: {stderr}");
        assert!(!stderr.contains("--poll"), "{value}: {stderr}");
        assert!(stderr.contains("needs a terminal"), "{value}: {stderr}");
    }
}

#[test]
fn without_a_terminal_the_screen_says_what_to_use_instead_with_exit_2() {
    let dir = boards();
    let dir = dir.to_str().unwrap();
    for (lang, words) in [
        (
            "nb",
            "tavle trenger en terminal for å vise tavlene, men verken standard inn eller standard ut er en terminal",
        ),
        (
            "nn",
            "tavle treng ein terminal for å vise tavlene, men verken standard inn eller standard ut er ein terminal",
        ),
        (
            "en",
            "tavle needs a terminal to show the boards, but neither standard input nor standard output is a terminal",
        ),
    ] {
        // The folder, one board file, and the default folder (`boards` here).
        let file = format!("{dir}/hjemmetjenesten-nord.json");
        for args in [vec![dir], vec![file.as_str()], vec![]] {
            let mut all = vec!["--lang", lang];
            all.extend(args);
            let (code, stdout, stderr) = run(&all, None);
            assert_eq!(code, Some(2), "{all:?}: {stderr}");
            assert_eq!(stderr, format!("tavle: {words}{}\n", rest(lang)), "{all:?}");
            // Not one escape sequence: raw mode and the alternate screen were never tried.
            assert!(stdout.is_empty(), "{all:?}: {stdout:?}");
        }
    }
}

/// What the no-terminal message says after naming the stream.
fn rest(lang: &str) -> &'static str {
    match lang {
        "nb" => {
            " (cron, et skript, en pipe eller `ssh` uten -t?). I skript skriver `tavle status`, \
             `tavle check` og `tavle minutes` det samme som tekst; `tavle demo --no-open` lager \
             bare kopien."
        }
        "nn" => {
            " (cron, eit skript, ei pipe eller `ssh` utan -t?). I skript skriv `tavle status`, \
             `tavle check` og `tavle minutes` det same som tekst; `tavle demo --no-open` lagar \
             berre kopien."
        }
        _ => {
            " (cron, a script, a pipe or `ssh` without -t?). In scripts `tavle status`, \
             `tavle check` and `tavle minutes` print the same as text; `tavle demo --no-open` \
             only writes the copy."
        }
    }
}

#[test]
fn demo_without_a_terminal_writes_nothing_and_says_so_but_no_open_still_works() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("demo");
    let target_str = target.to_str().unwrap();
    let (code, stdout, stderr) = run(&["--lang", "en", "demo", target_str], None);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("needs a terminal"), "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        !target.exists(),
        "nothing is written when it cannot be shown"
    );
    let (code, stdout, _) = run(&["demo", target_str, "--no-open"], None);
    assert_eq!(code, Some(0));
    assert_eq!(stdout.trim_end(), target_str);
    assert_eq!(std::fs::read_dir(&target).unwrap().count(), 3);
}

#[test]
fn an_unknown_lang_flag_lists_the_languages_and_exits_2() {
    let dir = boards();
    let dir = dir.to_str().unwrap();
    let valid = "nb (norsk bokmål), nn (norsk nynorsk), en (English)";
    // Said in the language tavle would speak without the flag.
    for (tavle_lang, said) in [
        (
            None,
            "tavle: tavle kan ikke språket «xx» (--lang); velg ett av: ",
        ),
        (
            Some("nn"),
            "tavle: tavle kan ikkje språket «xx» (--lang); vel eitt av: ",
        ),
        (
            Some("en"),
            "tavle: tavle does not speak “xx” (--lang); choose one of: ",
        ),
    ] {
        for args in [
            vec!["--lang", "xx", "status", dir],
            vec!["status", dir, "--lang=xx"],
            vec!["--lang", "xx", dir],
        ] {
            let (code, stdout, stderr) = run(&args, tavle_lang);
            assert_eq!(code, Some(2), "{args:?}: {stderr}");
            assert_eq!(stderr, format!("{said}{valid}\n"), "{args:?}");
            assert!(stdout.is_empty(), "nothing was done: {stdout}");
        }
    }
}

#[test]
fn an_unknown_tavle_lang_warns_with_the_languages_and_goes_on() {
    let dir = boards();
    let dir = dir.to_str().unwrap();
    let (code, stdout, stderr) = run(&["status", dir], Some("klingon"));
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stderr,
        "tavle: TAVLE_LANG er «klingon», som tavle ikke kan; bruker nb (norsk bokmål) i stedet. \
         Språkene er: nb (norsk bokmål), nn (norsk nynorsk), en (English)\n"
    );
    assert!(stdout.starts_with("Status for tavlene"), "{stdout}");
    // --lang decides, so the variable is not used and nothing is said about it.
    let (code, stdout, stderr) = run(&["status", dir, "--lang", "en"], Some("klingon"));
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    assert!(stdout.starts_with("Status of the boards"), "{stdout}");
    // A known value is quiet.
    let (_, _, stderr) = run(&["status", dir], Some("nn_NO.UTF-8"));
    assert_eq!(stderr, "");
}

#[test]
fn demo_into_a_folder_it_cannot_make_says_why_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("fil");
    std::fs::write(&file, "x").unwrap();
    // A folder under a regular file: ENOTDIR, whose English tavle never shows.
    let target = file.join("ny");
    let target_str = target.to_str().unwrap();
    for (lang, said) in [
        (
            "nb",
            format!(
                "tavle: kunne ikke skrive eksempeltavlene til {target_str}: en del av stien er en fil, ikke en mappe\n"
            ),
        ),
        (
            "nn",
            format!(
                "tavle: klarte ikkje å skrive eksempeltavlene til {target_str}: ein del av stien er ei fil, ikkje ei mappe\n"
            ),
        ),
        (
            "en",
            format!(
                "tavle: could not write the sample boards to {target_str}: part of the path is a file, not a folder\n"
            ),
        ),
    ] {
        for no_open in [true, false] {
            let mut args = vec!["--lang", lang, "demo", target_str];
            if no_open {
                args.push("--no-open");
            }
            let (code, stdout, stderr) = run(&args, None);
            if !no_open {
                // Without a terminal the screen is refused before anything is tried.
                assert_eq!(code, Some(2), "{stderr}");
                continue;
            }
            assert_eq!(code, Some(1), "{stderr}");
            assert_eq!(stderr, said);
            assert!(!stderr.contains("os error") && !stderr.contains("Not a directory"));
            assert!(stdout.is_empty());
        }
    }
    // sysfs refuses a new folder even to root (EPERM, or EROFS where it is
    // mounted read-only): a reason from the catalogue, not the system's text.
    #[cfg(target_os = "linux")]
    if Path::new("/sys/kernel").is_dir() {
        let (code, _, stderr) = run(
            &["--lang", "en", "demo", "/sys/tavle-demo-test", "--no-open"],
            None,
        );
        assert_eq!(code, Some(1), "{stderr}");
        assert!(
            stderr.ends_with(": permission denied\n")
                || stderr.ends_with(": the file system is read-only\n"),
            "{stderr}"
        );
    }
}

//! The words of the command-line commands: `tavle check` and `tavle fmt`
//! output, CSV import results, and the help text of every argument and
//! subcommand. Only words: the commands themselves live in `check`,
//! `report_cmd` and `cli`.

use super::Lang;

/// Words of the `check` command's output.
pub fn severity(_lang: Lang, error: bool) -> &'static str {
    // Kept in English on purpose: `path:line:col: error:` is the compiler
    // convention that editors and CI logs recognise.
    if error { "error" } else { "warning" }
}

/// The label before a hint in `tavle check` output.
pub fn hint_label(lang: Lang) -> &'static str {
    s!(lang, "hint-label")
}

/// The closing line of `tavle check`: "3 filer sjekket: 1 feil, 2 advarsler".
pub fn check_summary(lang: Lang, files: usize, errors: usize, warnings: usize) -> String {
    f!(
        lang,
        "check-summary",
        files = files,
        errors = errors,
        warnings = warnings,
    )
}

/// `tavle check` found no board files in `dir`.
pub fn no_board_files(lang: Lang, dir: &str) -> String {
    f!(lang, "no-board-files", dir = dir)
}

/// The folder or file given on the command line does not exist.
pub fn no_such_path(lang: Lang, path: &str) -> String {
    f!(lang, "no-such-path", path = path)
}

/// A folder could not be listed.
pub fn cannot_list(lang: Lang, path: &str, e: &str) -> String {
    f!(lang, "cannot-list", path = path, error = e)
}

/// `tavle fmt` left a file with errors alone.
pub fn fmt_skipped(lang: Lang, path: &str) -> String {
    f!(lang, "fmt-skipped", path = path)
}

/// `tavle fmt` rewrote a file, or (with `--check`) found it not canonical.
pub fn fmt_changed(lang: Lang, path: &str, check: bool) -> String {
    if check {
        f!(lang, "fmt-not-canonical", path = path)
    } else {
        f!(lang, "fmt-rewritten", path = path)
    }
}

/// `tavle check --fix` (or `fmt`) gave a card or decision a new id.
pub fn check_fixed(lang: Lang, kind: &str, from: &str, to: &str, title: &str) -> String {
    f!(
        lang,
        "cli-check-fixed",
        kind = kind,
        from = from,
        to = to,
        title = title
    )
}

/// Help texts for the command line, by clap argument or subcommand id
/// (`card.add` is the `add` subcommand of `card`).
pub fn cli_help(lang: Lang, id: &str) -> Option<&'static str> {
    Some(match id {
        "about" => s!(lang, "cli-about"),
        "lang" => s!(lang, "cli-lang"),
        "check" => s!(lang, "cli-check"),
        "check.path" => s!(lang, "cli-check-path"),
        "check.strict" => s!(lang, "cli-check-strict"),
        "check.fix" => s!(lang, "cli-check-fix"),
        "check.stats" => s!(lang, "cli-check-stats"),
        "schema" => s!(lang, "cli-schema"),
        "path" => s!(lang, "cli-path"),
        "card" => s!(lang, "cli-card"),
        "dir" => s!(lang, "cli-dir"),
        "card.add" => s!(lang, "cli-card-add"),
        "card.set" => s!(lang, "cli-card-set"),
        "card.move" => s!(lang, "cli-card-move"),
        "card.archive" => s!(lang, "cli-card-archive"),
        "card.restore" => s!(lang, "cli-card-restore"),
        "card.board" => s!(lang, "cli-card-board"),
        "card.card" => s!(lang, "cli-card-card"),
        "card.column" => s!(lang, "cli-card-column"),
        "card.title" => s!(lang, "cli-card-title"),
        "card.owner" => s!(lang, "cli-card-owner"),
        "card.due" => s!(lang, "cli-card-due"),
        "card.light" => s!(lang, "cli-card-light"),
        "decision" => s!(lang, "cli-decision"),
        "decision.add" => s!(lang, "cli-decision-add"),
        "decision.text" => s!(lang, "cli-decision-text"),
        "decision.owner" => s!(lang, "cli-decision-owner"),
        "decision.card" => s!(lang, "cli-decision-card"),
        "minutes" => s!(lang, "cli-minutes"),
        "minutes.date" => s!(lang, "cli-minutes-date"),
        "minutes.meeting" => s!(lang, "cli-minutes-meeting"),
        "measure" => s!(lang, "cli-measure"),
        "measure.add" => s!(lang, "cli-measure-add"),
        "measure.import" => s!(lang, "cli-measure-import"),
        "measure.indicator" => s!(lang, "cli-measure-indicator"),
        "measure.value" => s!(lang, "cli-measure-value"),
        "measure.date" => s!(lang, "cli-measure-date"),
        "measure.file" => s!(lang, "cli-measure-file"),
        "measure.skip_bad" => s!(lang, "cli-measure-skip-bad"),
        "status" => s!(lang, "cli-status"),
        "status.path" => s!(lang, "cli-status-path"),
        "status.format" => s!(lang, "cli-status-format"),
        "status.owner" => s!(lang, "cli-status-owner"),
        "unlock" => s!(lang, "cli-unlock"),
        "unlock.force" => s!(lang, "cli-unlock-force"),
        "fmt" => s!(lang, "cli-fmt"),
        "fmt.check" => s!(lang, "cli-fmt-check"),
        "fmt.long" => s!(lang, "cli-fmt-long"),
        "fmt.path" => s!(lang, "cli-fmt-path"),
        "card.move.column" => s!(lang, "cli-card-move-column"),
        "merge_driver" => s!(lang, "cli-merge-driver"),
        "merge_driver.base" => s!(lang, "cli-merge-driver-base"),
        "merge_driver.ours" => s!(lang, "cli-merge-driver-ours"),
        "merge_driver.theirs" => s!(lang, "cli-merge-driver-theirs"),
        "merge_driver.path" => s!(lang, "cli-merge-driver-path"),
        "env" => s!(lang, "cli-env"),
        "exit" => s!(lang, "cli-exit"),
        _ => return None,
    })
}

/// The environment variables tavle reads, each with what it is for, in
/// the order `--help` lists them; `login` is the variable the OS sets to
/// the login name (`USER`, on Windows `USERNAME`).
pub fn cli_environment(lang: Lang, login: &str) -> [(&'static str, String); 6] {
    [
        ("TAVLE_LANG", s!(lang, "cli-env-tavle-lang").to_string()),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            s!(lang, "cli-env-locale").to_string(),
        ),
        ("TAVLE_USER", f!(lang, "cli-env-tavle-user", login = login)),
        (
            "XDG_CONFIG_HOME, HOME, APPDATA, LOGNAME, USERNAME",
            s!(lang, "cli-env-config").to_string(),
        ),
        (
            "XDG_CACHE_HOME, LOCALAPPDATA",
            s!(lang, "cli-env-cache").to_string(),
        ),
        ("NO_COLOR", s!(lang, "cli-env-no-color").to_string()),
    ]
}

/// tavle's exit codes, each with what it means, as `--help` lists them.
pub fn cli_exit_codes(lang: Lang) -> [(&'static str, &'static str); 4] {
    [
        ("0", s!(lang, "cli-exit-ok")),
        ("1", s!(lang, "cli-exit-problems")),
        ("2", s!(lang, "cli-exit-usage")),
        ("128+N", s!(lang, "cli-exit-signal")),
    ]
}

/// A bad row of a CSV import, in words.
pub fn csv_row_error(lang: Lang, e: &tavle_core::csv_import::RowError) -> String {
    use tavle_core::csv_import::RowError as R;
    match e {
        R::FieldCount { found } => f!(lang, "csv-field-count", found = found.to_string()),
        R::EmptyIndicator => s!(lang, "csv-empty-indicator").into(),
        R::BadDate(d) => f!(lang, "csv-bad-date", value = d),
        R::BadValue(v) => f!(lang, "csv-bad-value", value = v),
        R::AmbiguousValue(v, a) => super::ambiguous_value(lang, v, a),
        R::Malformed(m) => f!(lang, "csv-malformed", error = m),
        R::FutureDate(v, d) => super::csv_future(lang, v, &tavle_core::dates::format_nb(*d)),
    }
}

/// A CSV import with bad rows wrote nothing.
pub fn nothing_written(lang: Lang, bad: usize) -> String {
    f!(lang, "nothing-written", bad = bad)
}

/// `tavle minutes --meeting N` for a meeting the day did not have.
pub fn no_such_meeting(lang: Lang, asked: u64, count: usize, date: &str) -> String {
    f!(
        lang,
        "no-such-meeting",
        asked = asked,
        count = count,
        date = date
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_languages_rules() {
        assert_eq!(
            check_summary(Lang::Nb, 1, 1, 0),
            "1 fil sjekket: 1 feil, 0 advarsler"
        );
        assert_eq!(
            check_summary(Lang::Nb, 3, 1, 2),
            "3 filer sjekket: 1 feil, 2 advarsler"
        );
        assert_eq!(
            check_summary(Lang::Nn, 1, 0, 1),
            "1 fil sjekka: 0 feil, 1 åtvaring"
        );
        assert_eq!(
            check_summary(Lang::En, 1, 1, 1),
            "1 file checked: 1 error, 1 warning"
        );
        assert_eq!(
            check_summary(Lang::En, 2, 0, 3),
            "2 files checked: 0 errors, 3 warnings"
        );
        assert_eq!(
            super::super::csv_summary(Lang::Nb, 1, 1, 0, 1),
            "Lagret 1 måling (1 erstattet), 0 uendret, 1 rad hoppet over"
        );
        assert_eq!(
            super::super::csv_summary(Lang::Nn, 3, 0, 2, 2),
            "Lagra 3 målingar (0 erstatta), 2 uendra, 2 rader hoppa over"
        );
        assert_eq!(
            super::super::csv_summary(Lang::En, 2, 1, 0, 1),
            "Stored 2 measurements (1 replaced), 0 unchanged, skipped 1 row"
        );
        assert_eq!(
            nothing_written(Lang::Nn, 2).split(':').next(),
            Some("2 rader med feil")
        );
    }

    #[test]
    fn every_help_id_has_a_text_in_every_language() {
        for &lang in Lang::ALL {
            for id in ["about", "card.add", "measure.skip_bad", "fmt.check"] {
                assert!(
                    cli_help(lang, id).is_some_and(|t| !t.is_empty()),
                    "{lang:?} {id}"
                );
            }
            assert_eq!(cli_help(lang, "nope"), None);
        }
        assert_ne!(cli_help(Lang::Nb, "about"), cli_help(Lang::Nn, "about"));
    }
}

//! The translation catalogues: every language has every message with the same
//! variables and no parse error; every language renders without Fluent's
//! fallback text; the date parser reads back every weekday and week the
//! screens print; every key has its words; and the catalogue imports no
//! layer above it. Which language the binary speaks, and its `--help`, are
//! tested in `help.rs`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, Weekday};
use fluent_syntax::ast;
use tavle::i18n::{self, Lang, Msg, PlanWord, Ui};

/// Message id → the variables it uses (through message references too).
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn ftl_path(lang: Lang) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(lang.code())
        .join("tavle.ftl")
}

/// Parse FTL text; `Err` lists the parse errors.
fn catalogue(text: &str) -> Result<Catalogue, Vec<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    let mut direct: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut errors = Vec::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut seen = (BTreeSet::new(), BTreeSet::new());
                if let Some(p) = &m.value {
                    pattern(p, &mut seen);
                }
                for a in &m.attributes {
                    pattern(&a.value, &mut seen);
                }
                if direct.insert(m.id.name.to_string(), seen).is_some() {
                    errors.push(format!("`{}` is defined twice", m.id.name));
                }
            }
            ast::Entry::Junk { content } => errors.push(format!("junk: {content}")),
            _ => {}
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // Follow message references, so `{ other }` brings in other's variables.
    let mut out = Catalogue::new();
    for id in direct.keys() {
        let mut vars = BTreeSet::new();
        let mut todo = vec![id.clone()];
        let mut done = BTreeSet::new();
        while let Some(next) = todo.pop() {
            if !done.insert(next.clone()) {
                continue;
            }
            match direct.get(&next) {
                Some((v, refs)) => {
                    vars.extend(v.iter().cloned());
                    todo.extend(refs.iter().cloned());
                }
                None => return Err(vec![format!("`{id}` refers to a missing `{next}`")]),
            }
        }
        out.insert(id.clone(), vars);
    }
    Ok(out)
}

/// Collect (variables, referenced messages) of a pattern.
fn pattern(p: &ast::Pattern<&str>, seen: &mut (BTreeSet<String>, BTreeSet<String>)) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, seen);
        }
    }
}

fn expr(e: &ast::Expression<&str>, seen: &mut (BTreeSet<String>, BTreeSet<String>)) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, seen);
            for v in variants {
                pattern(&v.value, seen);
            }
        }
        ast::Expression::Inline(i) => inline(i, seen),
    }
}

fn inline(i: &ast::InlineExpression<&str>, seen: &mut (BTreeSet<String>, BTreeSet<String>)) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            seen.0.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            seen.1.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, seen);
            }
            for a in &arguments.named {
                inline(&a.value, seen);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr(expression, seen),
        _ => {}
    }
}

/// What is wrong with `other` compared with the reference catalogue.
fn differences(reference: &Catalogue, other: &Catalogue) -> Vec<String> {
    let mut out = Vec::new();
    for (id, vars) in reference {
        match other.get(id) {
            None => out.push(format!("missing `{id}`")),
            Some(v) if v != vars => out.push(format!("`{id}` has variables {v:?}, not {vars:?}")),
            Some(_) => {}
        }
    }
    for id in other.keys().filter(|id| !reference.contains_key(*id)) {
        out.push(format!("extra `{id}`"));
    }
    out
}

#[test]
fn the_comparison_finds_missing_extra_and_mismatched_messages() {
    let nb = catalogue("a = A\nb = B { $n }\nc = { $n ->\n    [one] én\n   *[other] { $n }\n}\n")
        .unwrap();
    let bad = catalogue("a = A\nb = B { $m }\nc = C\nd = D\n").unwrap();
    let found = differences(&nb, &bad);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().any(|d| d.contains("`b` has variables")));
    assert!(found.iter().any(|d| d.contains("`c` has variables")));
    assert!(found.contains(&"extra `d`".to_string()));
    let missing = differences(&bad, &catalogue("a = A\n").unwrap());
    assert!(missing.contains(&"missing `b`".to_string()), "{missing:?}");
    // Variables through a reference count; a parse error is an error.
    let via_ref = catalogue("x = { $v }\ny = { x }\n").unwrap();
    assert_eq!(via_ref["y"], BTreeSet::from(["v".to_string()]));
    assert!(catalogue("a = A\nb = { unclosed\n").is_err());
    assert!(catalogue("a = A\na = B\n").is_err());
}

#[test]
fn every_language_has_the_same_messages_with_the_same_variables() {
    let reference = catalogue(&std::fs::read_to_string(ftl_path(Lang::Nb)).unwrap()).unwrap();
    assert!(reference.len() > 300, "{}", reference.len());
    let mut problems = Vec::new();
    for &lang in Lang::ALL {
        let text = std::fs::read_to_string(ftl_path(lang)).unwrap();
        match catalogue(&text) {
            Ok(c) => problems.extend(
                differences(&reference, &c)
                    .into_iter()
                    .map(|d| format!("{}: {d}", lang.code())),
            ),
            Err(e) => problems.push(format!("{}: {e:?}", lang.code())),
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_catalogue_folders_are_the_languages_of_the_table() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let folders: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().join("tavle.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let table: BTreeSet<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    assert_eq!(folders, table);
}

/// Fluent's ways of saying it could not format: a missing id, a `{$var}` or
/// `{other}` it could not resolve, the isolation marks we turned off.
fn fallback_text(s: &str) -> Option<String> {
    if s.contains("No localization") || s.contains(['\u{2068}', '\u{2069}']) {
        return Some(s.to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).find_map(|w| {
        (w[0] == '{' && (w[1].is_alphanumeric() || w[1] == '$' || w[1] == '-'))
            .then(|| s.to_string())
    })
}

#[test]
fn every_message_of_every_language_formats_without_fallback_text() {
    let reference = catalogue(&std::fs::read_to_string(ftl_path(Lang::Nb)).unwrap()).unwrap();
    for &lang in Lang::ALL {
        let loader = i18n::loader(lang);
        for (id, vars) in &reference {
            let args: HashMap<&str, i32> = vars.iter().map(|v| (v.as_str(), 2)).collect();
            let text = loader.get_args(id, args);
            assert!(fallback_text(&text).is_none(), "{lang:?} {id}: {text:?}");
            assert!(!text.trim().is_empty(), "{lang:?} {id}");
        }
    }
    assert!(fallback_text("No localization for id: \"x\"").is_some());
    assert!(fallback_text("a {$n} b").is_some());
    assert!(fallback_text("et objekt ({ … })").is_none());
}

#[test]
fn every_language_renders_the_public_api_without_fallback_text() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    for &lang in Lang::ALL {
        let mut texts: Vec<String> = vec![
            i18n::ui(lang, Ui::NoBoards).into(),
            i18n::plan_word(lang, PlanWord::TooFew).into(),
            i18n::msg(lang, &Msg::OneToThree),
            i18n::msg(lang, &Msg::FileBroken(3, 14)),
            i18n::diag(lang, &tavle::diag::DiagKind::Empty).0,
            i18n::check_summary(lang, 3, 1, 2),
            i18n::csv_summary(lang, 1, 0, 2, 4),
            i18n::due(lang, tavle::dates::Due::Week(49), today),
            i18n::due(lang, tavle::dates::Due::Overdue(3), today),
            i18n::date_long(lang, today),
            i18n::number(lang, 6.25),
        ];
        texts.extend(i18n::diag(lang, &tavle::diag::DiagKind::Empty).1);
        for id in [
            "about",
            "card.add",
            "measure.skip_bad",
            "fmt.check",
            "status.format",
        ] {
            texts.push(i18n::cli_help(lang, id).unwrap().into());
        }
        for t in &texts {
            assert!(fallback_text(t).is_none(), "{lang:?}: {t:?}");
            assert!(!t.is_empty(), "{lang:?}");
        }
    }
}

#[test]
fn nynorsk_is_nynorsk() {
    let nn = Lang::Nn;
    assert_eq!(i18n::ui(nn, Ui::Week), "veke");
    assert_eq!(i18n::weekday_name(nn, Weekday::Mon), "måndag");
    assert_eq!(i18n::weekday_name(nn, Weekday::Tue), "tysdag");
    assert_eq!(i18n::weekday_name(nn, Weekday::Sat), "laurdag");
    assert_eq!(i18n::weekday_name(nn, Weekday::Sun), "sundag");
    assert_eq!(i18n::light_name(nn, tavle::model::Light::Red), "raud");
    assert_eq!(i18n::light_name(nn, tavle::model::Light::Green), "grøn");
    assert_eq!(i18n::ui(nn, Ui::Decision), "Avgjerd");
    assert_eq!(i18n::ui(nn, Ui::Owner), "Ansvarleg");
    assert_eq!(i18n::number(nn, 6.2), "6,2");
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    assert_eq!(
        i18n::due(nn, tavle::dates::Due::Tomorrow, today),
        "i morgon"
    );
    assert_eq!(i18n::due(nn, tavle::dates::Due::Week(48), today), "veke 48");
    assert_eq!(
        i18n::msg(nn, &Msg::EmptyTitle),
        "tittelen kan ikkje vere tom"
    );
    // Not bokmål with a few words swapped: most sentences differ.
    let text = |l: Lang| std::fs::read_to_string(ftl_path(l)).unwrap();
    let (nb, nn_text) = (
        catalogue(&text(Lang::Nb)).unwrap(),
        catalogue(&text(Lang::Nn)).unwrap(),
    );
    let plain: Vec<&String> = nb
        .iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        plain.len(),
        nn_text.iter().filter(|(_, v)| v.is_empty()).count()
    );
    let same = plain
        .iter()
        .filter(|id| i18n::loader(Lang::Nb).get(id) == i18n::loader(nn).get(id))
        .count();
    assert!(
        same * 2 < plain.len(),
        "{same} of {} nynorsk messages are the bokmål text",
        plain.len()
    );
}

#[test]
fn the_date_parser_reads_back_what_every_language_prints() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    for &lang in Lang::ALL {
        for w in days {
            for printed in [i18n::weekday_short(lang, w), i18n::weekday_name(lang, w)] {
                let parsed = tavle::dates::parse_due(printed, today).map(|d| d.weekday());
                assert_eq!(parsed, Ok(w), "{lang:?} {printed}");
            }
        }
        let week = i18n::week_number(lang, 49);
        assert_eq!(
            tavle::dates::parse_due(&week, today),
            Ok(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()),
            "{lang:?} {week}"
        );
        let tomorrow = i18n::due(lang, tavle::dates::Due::Tomorrow, today);
        assert_eq!(
            tavle::dates::parse_due(&tomorrow, today),
            Ok(today.succ_opt().unwrap()),
            "{lang:?} {tomorrow}"
        );
    }
}

#[test]
fn languages_render_side_by_side_on_threads() {
    let threads: Vec<_> = Lang::ALL
        .iter()
        .map(|&lang| {
            std::thread::spawn(move || {
                let week = i18n::ui(lang, Ui::Week);
                let summary = i18n::check_summary(lang, 2, 0, 1);
                for _ in 0..500 {
                    assert_eq!(i18n::ui(lang, Ui::Week), week);
                    assert_eq!(i18n::check_summary(lang, 2, 0, 1), summary);
                }
                (lang, week, summary)
            })
        })
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    for (lang, week, summary) in &results {
        let want = match lang {
            Lang::Nb => ("uke", "2 filer sjekket: 0 feil, 1 advarsel"),
            Lang::Nn => ("veke", "2 filer sjekka: 0 feil, 1 åtvaring"),
            Lang::En => ("week", "2 files checked: 0 errors, 1 warning"),
        };
        assert_eq!((*week, summary.as_str()), want);
    }
}

/// Modules of the root crate the catalogue must not import: storage, locks
/// and the folder layer, the app and the screens (a layering rule: no layer
/// imports one above it).
const ABOVE_THE_CATALOGUE: [&str; 9] = [
    "folder", "lock", "store", "watch", "history", "platform", "app", "tui", "ui",
];

/// The first path segments `text` reaches through `crate::`, grouped imports
/// (`use crate::{diag, folder::store}`) included.
fn crate_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        let segments: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group
                .split('}')
                .next()
                .unwrap_or_default()
                .split(',')
                .collect(),
            None => vec![rest],
        };
        for seg in segments {
            let name: String = seg
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out
}

/// Every `.rs` file under `dir`, in subfolders too.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn the_catalogue_imports_no_storage_locks_or_screens() {
    // The check itself finds what it must and nothing else.
    let sample = "use crate::folder::store::Why;\nuse crate::{diag, app::keymap};\n\
                  fn f() { crate::ui::draw(); crate::uikit::x(); crate::diag::Severity::Error; }";
    let found: Vec<String> = crate_paths(sample)
        .into_iter()
        .filter(|p| ABOVE_THE_CATALOGUE.contains(&p.as_str()))
        .collect();
    assert_eq!(found, ["folder", "app", "ui"]);

    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join("i18n");
    let files = rust_files(&dir);
    assert!(files.len() >= 8, "{files:?}");
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for p in crate_paths(&text) {
            if ABOVE_THE_CATALOGUE.contains(&p.as_str()) {
                problems.push(format!("{}: crate::{p}", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_key_of_every_screen_has_its_help_and_hint_in_every_language() {
    use tavle::app::keymap::{Binding, Cmd};
    let tables: [&[Binding]; 12] = [
        tavle::app::overview::KEYS,
        tavle::app::changes::KEYS,
        tavle::app::board::KEYS,
        tavle::app::card::KEYS,
        tavle::app::panel::KEYS,
        tavle::app::plan::KEYS,
        tavle::app::indicators::KEYS,
        tavle::app::matrix::KEYS,
        tavle::app::operations::goals::KEYS,
        tavle::app::operations::staffing::KEYS,
        tavle::app::operations::risks::KEYS,
        tavle::app::operations::deadlines::KEYS,
    ];
    // `Right` shares a row with `Left` in the tables.
    let mut cmds: Vec<Cmd> = vec![Cmd::Right];
    cmds.extend(tables.iter().flat_map(|t| t.iter().map(|b| b.cmd)));
    cmds.sort_by_key(|c| c.id());
    cmds.dedup();
    assert!(cmds.len() > 20, "{}", cmds.len());
    let ids: BTreeSet<&str> = cmds.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), cmds.len(), "two commands share an id");
    for &lang in Lang::ALL {
        let loader = i18n::loader(lang);
        for &c in &cmds {
            // The id leads to its own message: `move-left` to `cmd-help-move-left`.
            let help_id = format!("cmd-help-{}", c.id());
            assert!(loader.has(&help_id), "{lang:?} {c:?}: no `{help_id}`");
            assert_eq!(i18n::cmd_help(lang, c.id()), loader.get(&help_id), "{c:?}");
            let hint = i18n::cmd_hint(lang, c.id());
            let hint_id = format!("cmd-hint-{}", c.id());
            if loader.has(&hint_id) {
                assert_eq!(hint, loader.get(&hint_id), "{lang:?} {c:?}");
            }
            assert!(
                fallback_text(hint).is_none() && !hint.is_empty(),
                "{lang:?} {c:?}"
            );
        }
    }
    assert_eq!(Cmd::MoveLeft.id(), "move-left");
    assert_eq!(
        i18n::cmd_help(Lang::En, "no-such-command"),
        "no-such-command"
    );
    assert_eq!(
        i18n::cmd_hint(Lang::Nn, Cmd::MoveRight.id()),
        i18n::cmd_hint(Lang::Nn, Cmd::MoveLeft.id())
    );
}

//! Reading a `tavle.toml`'s text into [`Settings`]: every key checked on
//! its own, so one bad line costs only that setting. Each problem names the
//! line and column where it is (counted from 1, columns in characters), so
//! the message can point at it; nothing here reads a file.

use std::ops::Range;
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use super::{Problem, ProblemKind, Scope, Settings, Theme, WallScreen};
use crate::i18n::Lang;

/// The keys a `tavle.toml` may have; a typo is compared with them.
const KEYS: &[&str] = &["name", "lang", "theme", "meeting_minutes", "poll", "wall"];

/// Which file a key belongs in.
fn place(key: &str) -> Place {
    match key {
        "name" => Place::Personal,
        "lang" | "theme" => Place::Both,
        _ => Place::Folder,
    }
}

/// The keys of the `[wall]` table.
const WALL_KEYS: &[&str] = &["interval", "screens"];

/// The longest a meeting's time box may be set to, as in the board format.
const MAX_MINUTES: i64 = 1440;

/// The wallboard's and the poll's interval in seconds: from half a second
/// to an hour.
const SECS: std::ops::RangeInclusive<f64> = 0.5..=3600.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Folder,
    Personal,
    Both,
}

/// The settings in `text`, a `tavle.toml` found in `scope`, and what is
/// wrong in it. Settings that are wrong, unknown or in the wrong file are
/// left out (their default holds); the rest are read.
pub fn parse(text: &str, scope: Scope) -> (Settings, Vec<Problem>) {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A byte-order mark is no column of the first line.
    let at = |span: Range<usize>| position(text_no_bom, span.start);
    let mut out = Settings::default();
    let mut problems = Vec::new();
    let table = match DeTable::parse(text_no_bom) {
        Ok(t) => t,
        Err(e) => {
            let (line, column) = at(e.span().unwrap_or(0..0));
            let first = e.message().lines().next().unwrap_or("").trim().to_string();
            problems.push(Problem {
                line,
                column,
                kind: ProblemKind::Syntax(first),
            });
            return (out, problems);
        }
    };
    let mut problem = |span: Range<usize>, kind: ProblemKind| {
        let (line, column) = at(span);
        problems.push(Problem { line, column, kind });
    };
    for (key, value) in table.get_ref().iter() {
        let name: &str = key.get_ref();
        if !KEYS.contains(&name) {
            problem(key.span(), unknown(name, KEYS));
            continue;
        }
        let wrong_file = match (place(name), scope) {
            (Place::Folder, Scope::Personal) => Some(Scope::Folder),
            (Place::Personal, Scope::Folder) => Some(Scope::Personal),
            _ => None,
        };
        if let Some(belongs) = wrong_file {
            problem(
                key.span(),
                ProblemKind::WrongFile {
                    key: name.to_string(),
                    belongs,
                },
            );
            continue;
        }
        let span = value.span();
        let v = value.get_ref();
        let bad = |want: &'static str| ProblemKind::BadValue {
            key: name.to_string(),
            want,
        };
        match name {
            "name" => match string(v) {
                Some(s) if !s.trim().is_empty() && !s.contains(['\n', '\r']) => {
                    out.name = Some(s.to_string())
                }
                _ => problem(span, bad("name")),
            },
            "lang" => match string(v).and_then(Lang::parse) {
                Some(l) => out.lang = Some(l),
                None => problem(span, bad("lang")),
            },
            "theme" => match string(v).and_then(Theme::parse) {
                Some(t) => out.theme = Some(t),
                None => problem(span, bad("theme")),
            },
            "meeting_minutes" => match integer(v).filter(|m| (1..=MAX_MINUTES).contains(m)) {
                Some(m) => out.meeting_minutes = u64::try_from(m).ok(),
                None => problem(span, bad("minutes")),
            },
            "poll" => match seconds(v) {
                Some(d) => out.poll = Some(d),
                None => problem(span, bad("seconds")),
            },
            "wall" => match v {
                DeValue::Table(t) => wall(t, &mut out, &mut problem),
                _ => problem(span, bad("table")),
            },
            _ => {}
        }
    }
    problems.sort_by_key(|p| (p.line, p.column));
    (out, problems)
}

/// The `[wall]` table: how long each screen shows, and which screens.
fn wall(t: &DeTable<'_>, out: &mut Settings, problem: &mut impl FnMut(Range<usize>, ProblemKind)) {
    for (key, value) in t.iter() {
        let name: &str = key.get_ref();
        let bad = |want: &'static str| ProblemKind::BadValue {
            key: format!("wall.{name}"),
            want,
        };
        match name {
            "interval" => match seconds(value.get_ref()) {
                Some(d) => out.wall_interval = Some(d),
                None => problem(value.span(), bad("seconds")),
            },
            "screens" => match screens(value.get_ref()) {
                Some(s) => out.wall_screens = Some(s),
                None => problem(value.span(), bad("screens")),
            },
            _ => problem(key.span(), unknown(name, WALL_KEYS)),
        }
    }
}

/// A list of the wallboard's screens, each named once at most, not empty.
fn screens(v: &DeValue<'_>) -> Option<Vec<WallScreen>> {
    let DeValue::Array(items) = v else {
        return None;
    };
    let mut out = Vec::new();
    for item in items.iter() {
        let s = WallScreen::parse(string(item.get_ref())?)?;
        if !out.contains(&s) {
            out.push(s);
        }
    }
    (!out.is_empty()).then_some(out)
}

fn string<'a>(v: &'a DeValue<'_>) -> Option<&'a str> {
    match v {
        DeValue::String(s) => Some(s.as_ref()),
        _ => None,
    }
}

fn integer(v: &DeValue<'_>) -> Option<i64> {
    match v {
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
        _ => None,
    }
}

/// Seconds, whole or not, within [`SECS`].
fn seconds(v: &DeValue<'_>) -> Option<Duration> {
    let secs = match v {
        DeValue::Integer(_) => integer(v)? as f64,
        DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok()?,
        _ => return None,
    };
    SECS.contains(&secs).then(|| Duration::from_secs_f64(secs))
}

/// An unknown key, with the known one it is closest to when it looks like
/// a typo of it.
fn unknown(key: &str, known: &'static [&'static str]) -> ProblemKind {
    ProblemKind::UnknownKey {
        key: key.to_string(),
        suggestion: tavle_core::diag::suggest(key, known).map(str::to_string),
    }
}

/// The line and column (from 1; the column in characters) of byte `at`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

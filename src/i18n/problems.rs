//! The words of a problem found in a board file: the message and an optional
//! hint for each `DiagKind`. Only words: finding problems is `decode` and
//! `rules`; printing them is `check` and the board screen.

use super::Lang;
use tavle_core::diag::{DiagKind, Expected, Found, IdKind};
use tavle_core::gitconflict::Hunk;
use tavle_core::json::SyntaxErrorKind;

fn expected(lang: Lang, e: Expected) -> &'static str {
    match e {
        Expected::Object => s!(lang, "expected-object"),
        Expected::Array => s!(lang, "expected-array"),
        Expected::String => s!(lang, "expected-string"),
        Expected::Number => s!(lang, "expected-number"),
        Expected::WholeNumber => s!(lang, "expected-whole-number"),
        Expected::Bool => s!(lang, "expected-bool"),
    }
}

fn found(lang: Lang, f: Found) -> &'static str {
    match f {
        Found::Object => s!(lang, "found-object"),
        Found::Array => s!(lang, "found-array"),
        Found::String => s!(lang, "found-string"),
        Found::Number => s!(lang, "found-number"),
        Found::Bool => s!(lang, "found-bool"),
        Found::Null => s!(lang, "found-null"),
    }
}

fn id_kind(lang: Lang, k: IdKind) -> &'static str {
    match k {
        IdKind::Column => s!(lang, "id-kind-column"),
        IdKind::Card => s!(lang, "id-kind-card"),
        IdKind::Goal => s!(lang, "id-kind-goal"),
        IdKind::Indicator => s!(lang, "id-kind-indicator"),
        IdKind::Decision => s!(lang, "id-kind-decision"),
        IdKind::Routine => s!(lang, "id-kind-routine"),
        IdKind::Risk => s!(lang, "id-kind-risk"),
        IdKind::Deviation => s!(lang, "id-kind-deviation"),
        IdKind::Event => s!(lang, "id-kind-event"),
        IdKind::Staffing => s!(lang, "id-kind-staffing"),
    }
}

/// A character as the message shows it: `x` in backticks, or U+0009 for a
/// control character, which must not reach the terminal raw.
fn show_char(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

/// A raw control character inside a JSON text: a line break or tab is
/// named as such; any other (a NUL from a damaged file) by its code, with
/// the escape that writes it.
fn control_in_string(lang: Lang, c: char) -> (String, Option<String>) {
    if matches!(c, '\n' | '\r' | '\t') {
        return (
            s!(lang, "syntax-control-in-string").into(),
            Some(s!(lang, "syntax-control-in-string-hint").into()),
        );
    }
    let code = u32::from(c);
    (
        f!(lang, "syntax-control-char", code = format!("U+{code:04X}")),
        Some(f!(
            lang,
            "syntax-control-char-hint",
            escape = format!("\\u{code:04x}")
        )),
    )
}

/// git's conflict markers: "git-konflikt i linjene 59–70 og 88–94: …",
/// every region named, with the way out.
fn git_conflict(lang: Lang, hunks: &[Hunk]) -> String {
    let ranges: Vec<String> = hunks
        .iter()
        .map(|h| {
            if h.first == h.last {
                h.first.to_string()
            } else {
                format!("{}–{}", h.first, h.last)
            }
        })
        .collect();
    let lines = match ranges.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let and = s!(lang, "diag-git-conflict-and");
            format!("{} {and} {last}", rest.join(", "))
        }
        None => String::new(),
    };
    // One line in all: "linje 59"; else "linjene …".
    let count = match hunks {
        [h] if h.first == h.last => 1,
        _ => 2,
    };
    f!(lang, "diag-git-conflict", count = count, lines = lines)
}

fn syntax(lang: Lang, k: &SyntaxErrorKind) -> (String, Option<String>) {
    use SyntaxErrorKind as S;
    let with = |m: &str, h: &str| (m.to_string(), Some(h.to_string()));
    let plain = |m: String| (m, None);
    match k {
        S::UnexpectedEnd => with(
            s!(lang, "syntax-unexpected-end"),
            s!(lang, "syntax-unexpected-end-hint"),
        ),
        S::UnexpectedChar(c) => with(
            &f!(lang, "syntax-unexpected-char", char = show_char(*c)),
            s!(lang, "syntax-unexpected-char-hint"),
        ),
        S::ExpectedCommaOrBrace(c) => with(
            &f!(lang, "syntax-expected-comma-or-brace", char = show_char(*c)),
            s!(lang, "syntax-expected-comma-or-brace-hint"),
        ),
        S::ExpectedCommaOrBracket(c) => with(
            &f!(
                lang,
                "syntax-expected-comma-or-bracket",
                char = show_char(*c)
            ),
            s!(lang, "syntax-expected-comma-or-bracket-hint"),
        ),
        S::ExpectedColon(c) => plain(f!(lang, "syntax-expected-colon", char = show_char(*c))),
        S::ExpectedKey(c) => plain(f!(lang, "syntax-expected-key", char = show_char(*c))),
        S::TrailingComma => with(
            s!(lang, "syntax-trailing-comma"),
            s!(lang, "syntax-trailing-comma-hint"),
        ),
        S::ControlInString(c) => control_in_string(lang, *c),
        S::BadEscape => with(
            s!(lang, "syntax-bad-escape"),
            s!(lang, "syntax-bad-escape-hint"),
        ),
        S::BadUnicodeEscape => plain(s!(lang, "syntax-bad-unicode-escape").into()),
        S::BadNumber => with(
            s!(lang, "syntax-bad-number"),
            s!(lang, "syntax-bad-number-hint"),
        ),
        S::TrailingText => with(
            s!(lang, "syntax-trailing-text"),
            s!(lang, "syntax-trailing-text-hint"),
        ),
        S::TooDeep => plain(s!(lang, "syntax-too-deep").into()),
        S::SingleQuote => with(
            s!(lang, "syntax-single-quote"),
            s!(lang, "syntax-single-quote-hint"),
        ),
        S::Comment => with(s!(lang, "syntax-comment"), s!(lang, "syntax-comment-hint")),
    }
}

/// The message and an optional hint for a diagnostic.
pub fn diag(lang: Lang, kind: &DiagKind) -> (String, Option<String>) {
    use DiagKind as D;
    let hint = |h: &'static str| Some(h.to_string());
    match kind {
        D::Io(e) => (super::folder::read_failed(lang, e), None),
        D::TooLarge { size, limit } => (
            super::folder::too_large(lang, *size, *limit),
            hint(s!(lang, "diag-too-large-hint")),
        ),
        D::Empty => (
            s!(lang, "diag-empty").into(),
            hint(s!(lang, "diag-empty-hint")),
        ),
        D::Utf16 => (
            s!(lang, "diag-utf16").into(),
            hint(s!(lang, "diag-utf16-hint")),
        ),
        D::NotUtf8 => (
            s!(lang, "diag-not-utf8").into(),
            hint(s!(lang, "diag-not-utf8-hint")),
        ),
        D::Syntax(k) => syntax(lang, k),
        D::GitConflict { hunks } => (
            git_conflict(lang, hunks),
            hint(s!(lang, "diag-git-conflict-hint")),
        ),
        D::WrongType {
            expected: e,
            found: f,
        } => (
            f!(
                lang,
                "diag-wrong-type",
                expected = expected(lang, *e),
                found = found(lang, *f),
            ),
            match (e, f) {
                (Expected::Number | Expected::WholeNumber, Found::String) => {
                    hint(s!(lang, "diag-number-in-quotes-hint"))
                }
                (Expected::String, Found::Number) => {
                    hint(s!(lang, "diag-text-without-quotes-hint"))
                }
                _ => None,
            },
        ),
        D::Missing { field } => (
            f!(lang, "diag-missing", field = field.to_string()),
            (*field == "tavle").then(|| s!(lang, "diag-missing-tavle-hint").to_string()),
        ),
        D::DuplicateKey { key } => (
            f!(lang, "diag-duplicate-key", key = key),
            hint(s!(lang, "diag-duplicate-key-hint")),
        ),
        D::UnknownValue {
            value,
            allowed,
            suggestion,
        } => (
            f!(
                lang,
                "diag-unknown-value",
                value = value,
                allowed = allowed
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            suggestion.map(|s| f!(lang, "diag-did-you-mean-hint", suggestion = s)),
        ),
        D::BadDate { value } => (
            f!(lang, "diag-bad-date", value = value),
            hint(s!(lang, "diag-bad-date-hint")),
        ),
        D::BadTimestamp { value } => (
            f!(lang, "diag-bad-timestamp", value = value),
            hint(s!(lang, "diag-bad-timestamp-hint")),
        ),
        D::OutOfRange { value, min, max } => (
            if *max == u64::MAX {
                f!(lang, "diag-too-small", value = value, min = min.to_string())
            } else {
                f!(
                    lang,
                    "diag-out-of-range",
                    value = value,
                    min = min.to_string(),
                    max = max.to_string(),
                )
            },
            None,
        ),
        D::NewerVersion { found } => (
            f!(
                lang,
                "diag-newer-version",
                found = found.to_string(),
                known = tavle_core::model::FORMAT_VERSION.to_string(),
            ),
            hint(s!(lang, "diag-newer-version-hint")),
        ),
        D::DuplicateId { kind, id } => (
            f!(
                lang,
                "diag-duplicate-id",
                kind = id_kind(lang, *kind),
                id = id
            ),
            None,
        ),
        D::UnknownColumn { id } => (
            f!(lang, "diag-unknown-column", id = id),
            hint(s!(lang, "diag-unknown-column-hint")),
        ),
        D::UnknownCard { id } => (f!(lang, "diag-unknown-card", id = id), None),
        D::UnknownGoal { id } => (
            f!(lang, "diag-unknown-goal", id = id),
            hint(s!(lang, "diag-unknown-goal-hint")),
        ),
        D::UnknownIndicator { id } => (
            f!(lang, "diag-unknown-indicator", id = id),
            hint(s!(lang, "diag-unknown-indicator-hint")),
        ),
        D::UnknownLink { kind, id } => (
            f!(
                lang,
                "diag-unknown-link",
                kind = id_kind(lang, *kind),
                id = id
            ),
            None,
        ),
        D::UnknownShift { shift } => (
            f!(lang, "diag-unknown-shift", shift = shift),
            hint(s!(lang, "diag-unknown-shift-hint")),
        ),
        D::UnknownParent { id } => (f!(lang, "diag-unknown-parent", id = id), None),
        D::GoalCycle { id } => (f!(lang, "diag-goal-cycle", id = id), None),
        D::EmptyId => (s!(lang, "diag-empty-id").into(), None),
        D::NoOwner { card } => (
            f!(lang, "diag-no-owner", card = card),
            hint(s!(lang, "diag-no-owner-hint")),
        ),
        D::NoDue { card } => (
            f!(lang, "diag-no-due", card = card),
            hint(s!(lang, "diag-no-due-hint")),
        ),
        D::NoTarget { goal } => (
            f!(lang, "diag-no-target", goal = goal),
            hint(s!(lang, "diag-no-target-hint")),
        ),
        D::WipExceeded {
            column,
            count,
            limit,
        } => (
            f!(
                lang,
                "diag-wip-exceeded",
                column = column,
                count = count,
                limit = limit.to_string(),
            ),
            None,
        ),
        D::NoColumns => (s!(lang, "diag-no-columns").into(), None),
        D::ValuesOutOfOrder => (
            s!(lang, "diag-values-out-of-order").into(),
            hint(s!(lang, "diag-values-out-of-order-hint")),
        ),
        D::BadEvery { value } => (
            f!(lang, "diag-bad-every", value = value),
            hint(s!(lang, "diag-bad-every-hint")),
        ),
        D::EmptyTitle { card } => (
            f!(lang, "diag-empty-title", card = card),
            hint(s!(lang, "diag-empty-title-hint")),
        ),
        D::IdentityNumber { masked } => (
            f!(lang, "diag-identity-number", number = masked),
            hint(s!(lang, "diag-identity-number-hint")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_words_for_a_problem() {
        let kinds = [
            DiagKind::Empty,
            DiagKind::NotUtf8,
            DiagKind::Missing { field: "tavle" },
            DiagKind::Syntax(SyntaxErrorKind::TrailingComma),
        ];
        for k in &kinds {
            let texts: Vec<String> = Lang::ALL.iter().map(|&l| diag(l, k).0).collect();
            for (i, a) in texts.iter().enumerate() {
                assert!(!a.is_empty());
                for b in &texts[i + 1..] {
                    assert_ne!(a, b, "{k:?}");
                }
            }
        }
    }

    #[test]
    fn control_characters_are_named_not_shown() {
        let (m, _) = diag(
            Lang::Nn,
            &DiagKind::Syntax(SyntaxErrorKind::UnexpectedChar('\t')),
        );
        assert_eq!(m, "uventa teikn U+0009");
        let (m, _) = diag(
            Lang::En,
            &DiagKind::Syntax(SyntaxErrorKind::ExpectedKey('x')),
        );
        assert_eq!(m, "expected a key in \"double quotes\", found `x`");
    }

    #[test]
    fn a_nul_is_named_as_a_control_character() {
        assert_eq!(
            control_in_string(Lang::Nb, '\0').0,
            "kontrolltegn U+0000 inne i en tekst"
        );
        assert_eq!(
            control_in_string(Lang::Nn, '\0').0,
            "kontrollteikn U+0000 inne i ein tekst"
        );
        assert!(
            control_in_string(Lang::Nb, '\t')
                .0
                .starts_with("linjeskift eller tabulator")
        );
        assert!(
            control_in_string(Lang::En, '\u{1b}')
                .1
                .unwrap()
                .contains("\\u001b")
        );
    }

    #[test]
    fn a_git_conflict_names_every_region_and_the_way_out() {
        let h = |first, last| Hunk { first, last };
        let kind = |hunks| DiagKind::GitConflict { hunks };
        assert_eq!(
            diag(Lang::En, &kind(vec![h(59, 70), h(88, 94)])).0,
            "git conflict in lines 59–70 and 88–94: resolve it with \
             `tavle merge --git FILE` or in git"
        );
        assert_eq!(
            diag(Lang::Nb, &kind(vec![h(3, 9), h(12, 12), h(20, 31)])).0,
            "git-konflikt i linjene 3–9, 12 og 20–31: løs den med \
             `tavle merge --git FIL` eller i git"
        );
        assert_eq!(
            diag(Lang::Nn, &kind(vec![h(7, 7)])).0,
            "git-konflikt i linje 7: løys han med `tavle merge --git FIL` eller i git"
        );
        assert!(
            diag(Lang::En, &kind(vec![h(1, 5)]))
                .0
                .contains("in lines 1–5:")
        );
    }
}

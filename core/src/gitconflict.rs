//! git's conflict markers in a board file. When git stops a merge with a
//! textual conflict it writes both versions into the file between lines that
//! start with `<<<<<<< `, `=======`, `>>>>>>> ` (and `||||||| ` before the
//! common ancestor's lines, with `merge.conflictStyle=diff3`). Such a file is
//! no JSON; reporting it as a bare syntax error at the first marker would hide
//! what happened and how to get out of it, so [`crate::analyze::analyze_text`]
//! names it as one problem that lists every conflicted region ([`Hunk`]).
//!
//! A line is a marker only at the very start of a line, and only in a file
//! that does not parse as JSON: a JSON string cannot span lines, so in a file
//! that parses no line can start with a marker, and a title that merely
//! contains `<<<<<<<` is never one. Pure: text in, line numbers out.

/// One conflicted region: from the line of its `<<<<<<<` to the line of its
/// `>>>>>>>`, both 1-based and inclusive. A marker left on its own (a region
/// resolved by hand but for one line) is a region of that one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hunk {
    pub first: usize,
    pub last: usize,
}

/// Which marker a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// `<<<<<<< ours`: the start of a region, then our lines.
    Start,
    /// `||||||| base`: the common ancestor's lines (diff3 style).
    Base,
    /// `=======`: their lines follow.
    Split,
    /// `>>>>>>> theirs`: the end of a region.
    End,
}

/// The marker a line is, if any. git writes seven characters and then a
/// space and a label, or the seven alone; `=======` stands alone. A trailing
/// CR (a CRLF file) is not part of the line.
fn marker(line: &str) -> Option<Marker> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let labelled = |sign: &str| {
        line.strip_prefix(sign)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    if line == "=======" {
        Some(Marker::Split)
    } else if labelled("<<<<<<<") {
        Some(Marker::Start)
    } else if labelled(">>>>>>>") {
        Some(Marker::End)
    } else if labelled("|||||||") {
        Some(Marker::Base)
    } else {
        None
    }
}

/// The conflicted regions of `text`, in file order; empty when the text
/// has no marker line. The caller asks only about text that does not parse
/// (see the module doc).
pub fn hunks(text: &str) -> Vec<Hunk> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    let mut last_line = 0;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        last_line = n;
        match (marker(line), open) {
            (None, _) => {}
            (Some(Marker::Start), None) => open = Some(n),
            // A second start before an end: the first region was left
            // unfinished; it ends on the line before.
            (Some(Marker::Start), Some(first)) => {
                found.push(Hunk { first, last: n - 1 });
                open = Some(n);
            }
            (Some(Marker::End), Some(first)) => {
                found.push(Hunk { first, last: n });
                open = None;
            }
            (Some(Marker::Base | Marker::Split), Some(_)) => {}
            // A marker outside any region: left over from one resolved by hand.
            (Some(_), None) => found.push(Hunk { first: n, last: n }),
        }
    }
    if let Some(first) = open {
        found.push(Hunk {
            first,
            last: last_line.max(first),
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(first: usize, last: usize) -> Hunk {
        Hunk { first, last }
    }

    #[test]
    fn every_region_is_found_with_its_first_and_last_line() {
        let text = "{\n<<<<<<< HEAD\n  \"a\": 1\n=======\n  \"a\": 2\n>>>>>>> origin/main\n,\n\
                    <<<<<<< HEAD\n  \"b\": 1\n||||||| merged common ancestors\n  \"b\": 0\n\
                    =======\n  \"b\": 2\n>>>>>>> origin/main\n}\n";
        assert_eq!(hunks(text), vec![h(2, 6), h(8, 14)]);
    }

    #[test]
    fn crlf_lines_and_bare_markers_count() {
        let text = "{\r\n<<<<<<<\r\n1\r\n=======\r\n2\r\n>>>>>>>\r\n}\r\n";
        assert_eq!(hunks(text), vec![h(2, 6)]);
    }

    #[test]
    fn marker_lookalikes_are_not_markers() {
        // Indented, inside a string, longer runs, a label without a space,
        // and `=======` with more after it.
        let text = "{\n  <<<<<<< HEAD\n\"t\": \"<<<<<<< x\",\n<<<<<<<< eight\n\
                    >>>>>>>x\n======= \n========\n}\n";
        assert_eq!(hunks(text), Vec::new());
    }

    #[test]
    fn leftover_and_unfinished_markers_are_named_too() {
        // A lone `=======` and `>>>>>>>` left after resolving by hand, then
        // a region that never ends.
        let text = "{\n=======\n\"a\": 1,\n>>>>>>> theirs\n<<<<<<< ours\n\"b\": 1\n}";
        assert_eq!(hunks(text), vec![h(2, 2), h(4, 4), h(5, 7)]);
        // A region started again before its end.
        let text = "<<<<<<< a\n1\n<<<<<<< b\n2\n=======\n3\n>>>>>>> c\n";
        assert_eq!(hunks(text), vec![h(1, 2), h(3, 7)]);
    }

    /// A board as git leaves it: two regions, in a CRLF file.
    const CONFLICTED: &str = "{\r\n  \"tavle\": 1,\r\n  \"title\": \"Drift\",\r\n\
        <<<<<<< HEAD\r\n  \"unit\": \"Nord\",\r\n=======\r\n  \"unit\": \"Sør\",\r\n\
        >>>>>>> b\r\n  \"kind\": \"drift\",\r\n  \"columns\": [],\r\n\
        <<<<<<< HEAD\r\n  \"cards\": []\r\n||||||| base\r\n=======\r\n  \"cards\": [ ]\r\n\
        >>>>>>> b\r\n}\r\n";

    #[test]
    fn a_conflicted_board_is_one_problem_at_the_first_marker() {
        use crate::analyze::analyze_text;
        use crate::diag::DiagKind;
        let (board, problems) = analyze_text(CONFLICTED);
        assert!(board.is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
        let p = &problems[0];
        assert_eq!((p.line, p.col), (4, 1));
        assert_eq!(
            p.kind,
            DiagKind::GitConflict {
                hunks: vec![h(4, 8), h(11, 16)]
            }
        );
    }

    #[test]
    fn other_syntax_errors_stay_syntax_errors() {
        use crate::analyze::analyze_text;
        use crate::diag::DiagKind;
        // A broken file with a marker-like text inside a line, not at its start.
        let (_, problems) = analyze_text("{\n  \"title\": \"<<<<<<< a\",\n}\n");
        assert_eq!(problems.len(), 1);
        assert!(
            matches!(problems[0].kind, DiagKind::Syntax(_)),
            "{problems:?}"
        );
        // Resolving the conflict by hand gives a board.
        let resolved: String = CONFLICTED
            .split("\r\n")
            .enumerate()
            .filter(|(i, _)| ![3, 5, 6, 7, 10, 12, 13, 14, 15].contains(i))
            .map(|(_, l)| format!("{l}\r\n"))
            .collect();
        let (board, problems) = analyze_text(resolved.trim_end());
        assert!(board.is_some(), "{resolved}\n{problems:?}");
    }
}

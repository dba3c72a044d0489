//! The words of git as a sync client: what `tavle merge --git`, the merge
//! driver (`tavle merge-driver`, which git runs) and `tavle init` say, and
//! their `--help` texts. The problem a board with git's conflict markers
//! gets is a diagnostic, worded in `problems`. Only words: the commands
//! live in `cli::merge_git` and `cli::init`.

use super::Lang;

/// One side of a merge git stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitSide {
    /// Stage 2: the branch being merged into (HEAD).
    Ours,
    /// Stage 3: what is being merged in.
    Theirs,
}

/// A line of `tavle merge --git`, the merge driver or `tavle init`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitMsg {
    /// There is no `git` program to run.
    NoGit,
    /// git said no: its own words.
    GitFailed(String),
    /// The file is not in a git work tree.
    NotRepo { file: String },
    /// git has no conflict on the file.
    NotConflicted { file: String },
    /// Removed on `on`, changed on the other side: git's to settle.
    Deleted { file: String, on: GitSide },
    /// One side's version does not parse as a board.
    Broken {
        file: String,
        side: GitSide,
        problem: String,
    },
    /// The common ancestor does not parse: a two-way merge.
    BaseBroken { problem: String },
    /// Which side is which in the report.
    Sides,
    /// Conflicts left and no `--prefer`: nothing written.
    Choose(usize),
    /// The merged board was written.
    Done { file: String },
    /// Writing the merged board failed.
    WriteFailed { file: String, why: String },
    /// The driver left conflicts for `tavle merge --git`.
    DriverConflicts { file: String, count: usize },
    /// The driver met a file that is not a board and let git merge its lines.
    DriverAsText { file: String },
    /// The driver could not merge.
    DriverFailed { file: String, why: String },
    /// `tavle init` added lines to a file.
    InitAdded { file: String, count: usize },
    /// `tavle init` found every line in place.
    InitHad { file: String },
    /// `tavle init` could not write a file.
    InitFailed { file: String, why: String },
    /// `tavle init` named the merge driver in the repository's config.
    InitDriver { repo: String },
    /// `tavle init` in a folder outside any git work tree.
    InitNotRepo,
    /// `tavle init` where git cannot be run.
    InitNoGit,
}

fn side(lang: Lang, s: GitSide) -> &'static str {
    match s {
        GitSide::Ours => s!(lang, "git-side-ours"),
        GitSide::Theirs => s!(lang, "git-side-theirs"),
    }
}

/// The text of a [`GitMsg`].
pub fn git_msg(lang: Lang, m: &GitMsg) -> String {
    use GitMsg as G;
    match m {
        G::NoGit => s!(lang, "git-missing").into(),
        G::GitFailed(detail) => f!(lang, "git-failed", detail = detail),
        G::NotRepo { file } => f!(lang, "git-not-repo", file = file),
        G::NotConflicted { file } => f!(lang, "git-not-conflicted", file = file),
        G::Deleted { file, on } => f!(lang, "git-deleted", file = file, side = side(lang, *on)),
        G::Broken {
            file,
            side: s,
            problem,
        } => f!(
            lang,
            "git-broken",
            file = file,
            side = side(lang, *s),
            problem = problem
        ),
        G::BaseBroken { problem } => f!(lang, "git-base-broken", problem = problem),
        G::Sides => s!(lang, "git-sides").into(),
        G::Choose(n) => {
            let count = *n;
            f!(lang, "git-choose", count = count)
        }
        G::Done { file } => f!(lang, "git-done", file = file),
        G::WriteFailed { file, why } => f!(lang, "git-write-failed", file = file, why = why),
        G::DriverConflicts { file, count: n } => {
            let count = *n;
            f!(lang, "git-driver-conflicts", file = file, count = count)
        }
        G::DriverAsText { file } => f!(lang, "git-driver-as-text", file = file),
        G::DriverFailed { file, why } => f!(lang, "git-driver-failed", file = file, why = why),
        G::InitAdded { file, count: n } => {
            let count = *n;
            f!(lang, "init-added", file = file, count = count)
        }
        G::InitHad { file } => f!(lang, "init-had", file = file),
        G::InitFailed { file, why } => f!(lang, "init-failed", file = file, why = why),
        G::InitDriver { repo } => f!(lang, "init-driver", repo = repo),
        G::InitNotRepo => s!(lang, "init-not-repo").into(),
        G::InitNoGit => s!(lang, "init-no-git").into(),
    }
}

/// The `name` of the merge driver in a repository's config: what git says
/// it is when it lists drivers.
pub fn driver_name(lang: Lang) -> &'static str {
    s!(lang, "git-driver-name")
}

/// The `--help` texts of `tavle init` and `tavle merge --git`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitHelp {
    /// `tavle merge --git`.
    MergeFlag,
    /// `tavle init`.
    Init,
    /// `tavle init DIR`.
    InitDir,
}

/// The text of a [`GitHelp`].
pub fn git_help(lang: Lang, h: GitHelp) -> &'static str {
    match h {
        GitHelp::MergeFlag => s!(lang, "cli-help-merge-git"),
        GitHelp::Init => s!(lang, "cli-help-init"),
        GitHelp::InitDir => s!(lang, "cli-help-init-dir"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_says_it_in_its_own_words() {
        let msgs = [
            GitMsg::Choose(2),
            GitMsg::Deleted {
                file: "drift.json".into(),
                on: GitSide::Theirs,
            },
            GitMsg::InitAdded {
                file: ".gitignore".into(),
                count: 1,
            },
        ];
        for m in &msgs {
            let texts: Vec<String> = Lang::ALL.iter().map(|&l| git_msg(l, m)).collect();
            for (i, a) in texts.iter().enumerate() {
                for b in &texts[i + 1..] {
                    assert_ne!(a, b, "{m:?}");
                }
            }
        }
        assert_eq!(
            git_msg(
                Lang::En,
                &GitMsg::InitAdded {
                    file: ".gitignore".into(),
                    count: 1
                }
            ),
            ".gitignore: added 1 line"
        );
        assert!(git_msg(Lang::Nb, &GitMsg::Choose(1)).starts_with("Én konflikt"));
    }
}

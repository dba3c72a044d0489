//! The command line as clap reads it: the global options, every
//! subcommand with its arguments, and the small value types they take. Only
//! the shape; what each subcommand does is in its own file, and
//! [`super::main`] dispatches.

use super::*;

#[derive(Debug, Parser)]
#[command(name = "tavle", version, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// Language (nb, nn or en).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// The name changes are signed with.
    #[arg(long = "as", global = true, value_name = "NAME")]
    pub as_name: Option<String>,
    /// Folder of boards, or one board file.
    #[arg(default_value = "boards")]
    pub path: PathBuf,
    /// Poll the folder every SECS seconds instead of waiting for change events.
    /// Read by [`poll_interval`] (not by clap, whose errors are in English).
    #[arg(long, value_name = "SECS", allow_hyphen_values = true)]
    pub poll: Option<String>,
    /// Run as a wallboard: read-only, showing the boards in turn.
    #[arg(long)]
    pub wall: bool,
    /// With --wall: how long each screen shows, in seconds.
    #[arg(
        long,
        value_name = "SECS",
        requires = "wall",
        allow_hyphen_values = true
    )]
    pub interval: Option<String>,
    /// The screen's colours: dark, light, colour-safe or mono.
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options shared by the editing commands.
#[derive(Debug, clap::Args)]
pub struct CardFields {
    /// Title.
    #[arg(long)]
    pub title: Option<String>,
    /// Owner (empty to clear).
    #[arg(long)]
    pub owner: Option<String>,
    /// Due date.
    #[arg(long, allow_hyphen_values = true)]
    pub due: Option<String>,
    /// Traffic light.
    #[arg(long)]
    pub light: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum DecisionCmd {
    /// Log a decision; prints its id.
    Add {
        board: String,
        /// What was decided.
        #[arg(long)]
        text: String,
        /// Who follows it up.
        #[arg(long)]
        owner: Option<String>,
        /// By when.
        #[arg(long, allow_hyphen_values = true)]
        due: Option<String>,
        /// The card it concerns.
        #[arg(long)]
        card: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum MeasureCmd {
    /// Record one value.
    Add {
        board: String,
        indicator: String,
        value: String,
        /// The date of the value (default: today).
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
    },
    /// Import values from a CSV file with the columns indicator,date,value.
    Import {
        board: String,
        file: PathBuf,
        /// Import the good rows even when some rows are bad.
        #[arg(long)]
        skip_bad: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CardCmd {
    /// Add a card; prints its id.
    #[command(mut_arg("title", |a| a.required(true)))]
    Add {
        board: String,
        /// Column (default: the first).
        #[arg(long)]
        column: Option<String>,
        #[command(flatten)]
        fields: CardFields,
    },
    /// Move a card to a column.
    Move {
        board: String,
        card: String,
        column: String,
    },
    /// Change fields of a card.
    Set {
        board: String,
        card: String,
        #[command(flatten)]
        fields: CardFields,
    },
    /// Archive a card (it stays in the file, hidden).
    Archive {
        board: String,
        card: String,
        /// Restore an archived card instead.
        #[arg(long)]
        restore: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check board files.
    Check {
        /// Folder or file.
        #[arg(default_value = "boards")]
        path: PathBuf,
        /// Warnings count as errors.
        #[arg(long)]
        strict: bool,
        /// Give cards and decisions that share an id one each.
        #[arg(long)]
        fix: bool,
        /// Show what polling the folder costs (boards, bytes per round).
        #[arg(long, conflicts_with_all = ["strict", "fix"])]
        stats: bool,
    },
    /// Print the JSON Schema of the board format.
    Schema,
    /// Edit cards from a script.
    Card {
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards", global = true)]
        dir: PathBuf,
        #[command(subcommand)]
        cmd: CardCmd,
    },
    /// Log decisions from a script.
    Decision {
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards", global = true)]
        dir: PathBuf,
        #[command(subcommand)]
        cmd: DecisionCmd,
    },
    /// Print the minutes of a board's meeting as Markdown.
    Minutes {
        board: String,
        /// The meeting's date (default: today).
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
        /// Which of the day's meetings, counted from 1 (default: the last).
        #[arg(long)]
        meeting: Option<u64>,
        /// Also a day without a meeting: the day's changes.
        #[arg(long)]
        anyway: bool,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Record indicator values from a script or a CSV file.
    Measure {
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards", global = true)]
        dir: PathBuf,
        #[command(subcommand)]
        cmd: MeasureCmd,
    },
    /// Print the status of every board for the leadership group's report.
    Status {
        /// Folder of boards.
        #[arg(default_value = "boards")]
        path: PathBuf,
        /// text, markdown, json or html.
        #[arg(long, default_value = "text", value_parser = ["text", "markdown", "json", "html"])]
        format: String,
        /// Only what this person is responsible for.
        #[arg(long)]
        owner: Option<String>,
        /// Write to this file instead of the screen.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Keep the file up to date as the boards change (needs --out).
        #[arg(long, requires = "out")]
        watch: bool,
        /// Only boards with this unit.
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// Only this board (id, file name or title).
        #[arg(long)]
        board: Option<String>,
        /// What changed since this day.
        #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
        since: Option<String>,
        /// Nothing folded in the text.
        #[arg(long)]
        all: bool,
    },
    /// Break a stale lock left by a crash.
    Unlock {
        board: String,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// Also break a lock that may be in use.
        #[arg(long)]
        force: bool,
    },
    /// Rewrite board files in the canonical layout.
    Fmt {
        /// Folder or file.
        #[arg(default_value = "boards")]
        path: PathBuf,
        /// Only report files that are not in the canonical layout (exit 1 if any).
        #[arg(long)]
        check: bool,
    },
    /// Merge the conflict copies sync clients left beside a board into it.
    Merge {
        board: String,
        /// Folder of boards, for BOARD given as an id or title.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// Show what the merge would do; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Settle every field changed on both sides for the board or for the copy.
        #[arg(long, value_enum, value_name = "SIDE")]
        prefer: Option<Prefer>,
        /// Merge only this copy (its file name); may be given more than once.
        #[arg(long, value_name = "FILE")]
        copy: Vec<String>,
        /// BOARD is a file git stopped a merge in: merge git's versions of it.
        #[arg(long, conflicts_with = "copy")]
        git: bool,
    },
    /// Prepare a board folder for git and Syncthing.
    Init {
        /// The board folder.
        #[arg(default_value = "boards")]
        dir: PathBuf,
    },
    /// git's merge driver: `tavle merge-driver %O %A %B %P`.
    #[command(hide = true)]
    MergeDriver {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        path: Option<String>,
    },
    /// Make a new board from its template.
    New {
        /// forbedring or drift.
        #[arg(value_enum)]
        kind: new::NewKind,
        /// The board's name.
        name: String,
        /// The folder to put the board in.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// The improvement team's leader.
        #[arg(long, value_name = "NAME", alias = "teamleder", alias = "teamleiar")]
        team_leader: Option<String>,
        /// The improvement team's measurement lead.
        #[arg(
            long,
            value_name = "NAME",
            alias = "maleansvarlig",
            alias = "måleansvarlig"
        )]
        measurement_lead: Option<String>,
    },
    /// List the indicators due for a value today (the measurement lead's round).
    Round {
        /// Folder of boards.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
        /// Only what this person measures.
        #[arg(long, value_name = "NAME")]
        who: Option<String>,
        /// text, markdown or json.
        #[arg(long, default_value = "text", value_parser = ["text", "markdown", "json"])]
        format: String,
    },
    /// Print a board's routines as Markdown.
    Routine {
        board: String,
        /// The routine (id or title); all of them when none is named.
        routine: Option<String>,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Print the A3 of an improvement card as Markdown.
    A3 {
        board: String,
        /// The card (id or title).
        card: String,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Print the team's status report or final report as Markdown.
    #[command(group(clap::ArgGroup::new("which").required(true).args(["status", "final_report"])))]
    Report {
        board: String,
        /// The status report.
        #[arg(long)]
        status: bool,
        /// The final report.
        #[arg(long = "final")]
        final_report: bool,
        /// Folder of boards, for BOARD given as an id.
        #[arg(long, default_value = "boards")]
        dir: PathBuf,
    },
    /// Copy the sample boards, dated around today, and open the copy.
    Demo {
        /// Where to put the copy (default: a new folder in the temp directory).
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Only write the copy and print where it is.
        #[arg(long)]
        no_open: bool,
    },
}

/// Which side `tavle merge --prefer` gives every field changed on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Prefer {
    // With `--git`, also `ours`.
    #[value(alias = "ours")]
    Board,
    // With `--git`, also `theirs`.
    #[value(alias = "theirs")]
    Copy,
}

impl Prefer {
    pub(super) fn side(self) -> tavle_core::merge::Side {
        match self {
            Prefer::Board => tavle_core::merge::Side::Board,
            Prefer::Copy => tavle_core::merge::Side::Copy,
        }
    }
}

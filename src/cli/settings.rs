//! The settings of a run: the `tavle.toml` files of the folder a command
//! works on and of the user ([`crate::folder::settings`]), under what the
//! command line and the environment say. Each setting, first found wins:
//!
//! - language: `--lang`, `TAVLE_LANG`, the team's file, the user's file,
//!   the system's locale, bokmål;
//! - theme: `--theme`, `NO_COLOR`, the team's file, the user's, dark;
//! - poll: `--poll`, the team's file, change events;
//! - the wallboard: `--interval`, the team's file, 20 seconds; its screens
//!   from the team's file, else the boards.
//!
//! What is wrong in a file is worded here, in the run's language, and said
//! by the caller: on stderr for a subcommand, as a notice on the screen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Cli, CliError, Command};
use crate::folder::settings::{self as files, Loaded};
use crate::i18n::Lang;
use crate::settings::Theme;

/// The folder whose `tavle.toml` counts for `cli`: the boards folder the
/// command works on (a board file's folder); `None` for commands that work
/// on no folder of boards.
pub fn folder_of(cli: &Cli) -> Option<PathBuf> {
    let dir_of = |p: &Path| -> PathBuf {
        if p.is_file() {
            p.parent()
                .filter(|d| !d.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        } else {
            p.to_path_buf()
        }
    };
    Some(match &cli.command {
        None => dir_of(&cli.path),
        Some(
            Command::Check { path, .. } | Command::Fmt { path, .. } | Command::Status { path, .. },
        ) => dir_of(path),
        Some(
            Command::Card { dir, .. }
            | Command::Decision { dir, .. }
            | Command::Minutes { dir, .. }
            | Command::Measure { dir, .. }
            | Command::Unlock { dir, .. }
            | Command::Merge { dir, .. }
            | Command::Init { dir }
            | Command::New { dir, .. }
            | Command::Round { dir, .. }
            | Command::Routine { dir, .. }
            | Command::A3 { dir, .. }
            | Command::Report { dir, .. },
        ) => dir.clone(),
        Some(Command::Schema | Command::MergeDriver { .. } | Command::Demo { .. }) => return None,
    })
}

/// Both files for `cli`'s folder (the user's alone without one).
pub fn load(cli: &Cli) -> Loaded {
    files::load(folder_of(cli).as_deref())
}

/// Every problem in the files, worded in `lang` with file, line and column.
pub fn problems(loaded: &Loaded, lang: Lang) -> Vec<String> {
    loaded
        .problems
        .iter()
        .map(|f| crate::settings::describe(lang, &f.path.display().to_string(), &f.problem))
        .collect()
}

/// The theme: `--theme`, else `NO_COLOR` (any value but empty), else the
/// files', else dark.
pub fn theme(
    flag: Option<&str>,
    no_color: Option<&str>,
    loaded: &Loaded,
) -> Result<Theme, CliError> {
    if let Some(name) = flag {
        return Theme::parse(name).ok_or_else(|| CliError::BadTheme(name.to_string()));
    }
    if no_color.is_some_and(|v| !v.is_empty()) {
        return Ok(Theme::Mono);
    }
    Ok(loaded.settings.theme.unwrap_or_default())
}

/// How long each wallboard screen shows: `--interval`, else the team's
/// file, else [`crate::app::wall::DEFAULT_INTERVAL`].
pub fn wall_interval(flag: Option<&str>, loaded: &Loaded) -> Result<Duration, CliError> {
    match flag {
        Some(v) => super::poll_interval(v)
            .ok()
            .filter(|d| d.as_secs_f64() >= 0.5)
            .ok_or_else(|| CliError::BadInterval(v.to_string())),
        None => Ok(loaded
            .settings
            .wall_interval
            .unwrap_or(crate::app::wall::DEFAULT_INTERVAL)),
    }
}

/// How the full-screen app starts for `cli` (the screen, the demo, the
/// wallboard): the settings under the command line.
pub fn screen(
    cli: &Cli,
    loaded: &Loaded,
    lang: Lang,
    poll: Option<Duration>,
    no_color: Option<&str>,
    problems: Vec<String>,
) -> Result<crate::tui::Options, CliError> {
    let theme = theme(cli.theme.as_deref(), no_color, loaded)?;
    let wall = if cli.wall {
        Some(crate::tui::WallOptions {
            screens: loaded.settings.wall_screens.clone().unwrap_or_default(),
            interval: wall_interval(cli.interval.as_deref(), loaded)?,
        })
    } else {
        None
    };
    Ok(crate::tui::Options {
        lang,
        poll,
        poll_by_settings: cli.poll.is_none() && loaded.settings.poll.is_some(),
        theme,
        wall,
        meeting_minutes: loaded.settings.meeting_minutes,
        problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    fn loaded(theme: Option<Theme>) -> Loaded {
        Loaded {
            settings: Settings {
                theme,
                ..Settings::default()
            },
            problems: Vec::new(),
        }
    }

    #[test]
    fn the_theme_is_the_flags_then_no_colors_then_the_files() {
        let light = loaded(Some(Theme::Light));
        assert_eq!(theme(None, None, &light).unwrap(), Theme::Light);
        assert_eq!(theme(None, Some("1"), &light).unwrap(), Theme::Mono);
        // NO_COLOR set but empty counts as not set (no-color.org).
        assert_eq!(theme(None, Some(""), &light).unwrap(), Theme::Light);
        assert_eq!(
            theme(Some("colour-safe"), Some("1"), &light).unwrap(),
            Theme::ColourSafe
        );
        assert_eq!(theme(None, None, &loaded(None)).unwrap(), Theme::Dark);
        assert!(matches!(
            theme(Some("purple"), None, &light),
            Err(CliError::BadTheme(v)) if v == "purple"
        ));
    }

    #[test]
    fn the_interval_is_the_flags_then_the_teams_then_twenty_seconds() {
        let mut l = loaded(None);
        assert_eq!(wall_interval(None, &l).unwrap(), Duration::from_secs(20));
        l.settings.wall_interval = Some(Duration::from_secs(45));
        assert_eq!(wall_interval(None, &l).unwrap(), Duration::from_secs(45));
        assert_eq!(
            wall_interval(Some("7,5"), &l).unwrap(),
            Duration::from_millis(7500)
        );
        for bad in ["0.2", "0", "-3", "x", "4000"] {
            assert!(wall_interval(Some(bad), &l).is_err(), "{bad}");
        }
    }
}

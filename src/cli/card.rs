//! `tavle card add|move|set|archive`: edit cards from a script or a
//! terminal through the same lock + re-read + rename path as the screen.
//! Boards, columns and cards are named by id or by title
//! ([`super::lookup`]); dates and lights as people write them.
//!
//! It must not write a board any other way than `store::update`, and must
//! not print except through [`Io`].

use std::path::Path;

use chrono::NaiveDate;

use super::{CardCmd, CardFields, CliError, Exit, Io, Now, lookup};
use crate::folder::store;
use tavle_core::model::Light;
use tavle_core::ops::{CardOp, CardPatch, Change, NewCard, Op};

/// `none`/`ingen`/empty clears; otherwise a light in English or bokmål
/// (or nynorsk: `grøn`, `raud`).
pub fn parse_light(s: &str) -> Result<Option<Light>, CliError> {
    match s.trim().to_lowercase().as_str() {
        "" | "none" | "ingen" | "-" => Ok(None),
        "green" | "grønn" | "grøn" | "g" => Ok(Some(Light::Green)),
        "yellow" | "gul" | "y" => Ok(Some(Light::Yellow)),
        "red" | "rød" | "raud" | "r" => Ok(Some(Light::Red)),
        _ => Err(CliError::BadLight(s.to_string())),
    }
}

/// `none`/`ingen`/empty clears; otherwise a date as people write it, for
/// a deadline: `fre` is the next Friday, `1.12` the next 1 December.
pub fn parse_due(s: &str, today: NaiveDate) -> Result<Option<NaiveDate>, CliError> {
    match s.trim().to_lowercase().as_str() {
        "" | "none" | "ingen" | "-" => Ok(None),
        other => tavle_core::dates::parse(other, today, tavle_core::dates::DateFor::Deadline)
            .map(Some)
            .map_err(|_| CliError::BadDue(s.to_string())),
    }
}

/// The fields given, as a patch of the card.
fn patch_of(fields: &CardFields, today: NaiveDate) -> Result<CardPatch, CliError> {
    let mut patch = CardPatch {
        title: fields.title.clone(),
        owner: fields
            .owner
            .clone()
            .map(|o| Some(o).filter(|o| !o.trim().is_empty())),
        ..CardPatch::default()
    };
    if let Some(d) = &fields.due {
        patch.due = Some(parse_due(d, today)?);
    }
    if let Some(l) = &fields.light {
        patch.light = Some(parse_light(l)?);
    }
    Ok(patch)
}

/// Run a `tavle card` command.
pub fn run(cmd: CardCmd, dir: &Path, now: Now, io: &mut Io) -> Exit {
    match edit(cmd, dir, now, io) {
        Ok(()) => Exit::Ok,
        Err(e) => io.fail(e),
    }
}

fn edit(cmd: CardCmd, dir: &Path, now: Now, io: &mut Io) -> Result<(), CliError> {
    let today = now.today();
    let board_name = match &cmd {
        CardCmd::Add { board, .. }
        | CardCmd::Move { board, .. }
        | CardCmd::Set { board, .. }
        | CardCmd::Archive { board, .. } => board.clone(),
    };
    let path = lookup::board(&board_name, dir)?;
    let op = match cmd {
        CardCmd::Add { column, fields, .. } => {
            let Some(title) = fields.title.clone().filter(|t| !t.trim().is_empty()) else {
                return Err(CliError::EmptyTitle);
            };
            let patch = patch_of(&fields, today)?;
            // Without --column the first column is taken from the fresh
            // file under the lock; a named one is looked up first.
            let column = match column {
                Some(name) => lookup::column(&lookup::read(&path)?, &name)?,
                None => String::new(),
            };
            Op::Card(CardOp::Add(NewCard {
                title,
                column,
                owner: patch.owner.flatten(),
                due: patch.due.flatten(),
                light: patch.light.flatten(),
                source: None,
                received: None,
            }))
        }
        CardCmd::Move { card, column, .. } => {
            let board = lookup::read(&path)?;
            Op::Card(CardOp::Move {
                id: lookup::card(&board, &card)?,
                column: lookup::column(&board, &column)?,
                before: None,
            })
        }
        CardCmd::Set { card, fields, .. } => {
            let patch = patch_of(&fields, today)?;
            let id = lookup::card(&lookup::read(&path)?, &card)?;
            if patch.is_empty() {
                return Ok(());
            }
            Op::Card(CardOp::Set { id, patch })
        }
        CardCmd::Archive { card, restore, .. } => Op::Card(CardOp::Set {
            id: lookup::card(&lookup::read(&path)?, &card)?,
            patch: CardPatch {
                archived: Some(!restore),
                ..CardPatch::default()
            },
        }),
    };
    // Names were resolved on the file as it was; the op applies to the file
    // as it is under the lock. A card deleted in between is then said to be
    // "deleted elsewhere", which is true: it existed a moment ago.
    let saved = store::update(&path, &[op], &now.stamp())?;
    io.warn_log(&saved);
    if let Some(Change::Added { card, .. }) = saved.applied.first().map(|a| &a.change) {
        io.say(card);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lights_and_dates_as_people_write_them() {
        assert_eq!(parse_light(" Grønn ").unwrap(), Some(Light::Green));
        assert_eq!(parse_light("raud").unwrap(), Some(Light::Red));
        assert_eq!(parse_light("ingen").unwrap(), None);
        assert!(matches!(parse_light("blå"), Err(CliError::BadLight(s)) if s == "blå"));
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(
            parse_due("1.12", today).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 1)
        );
        assert_eq!(parse_due("-", today).unwrap(), None);
        assert!(matches!(
            parse_due("snart", today),
            Err(CliError::BadDue(_))
        ));
    }
}

#[cfg(test)]
#[path = "card_tests.rs"]
mod more_tests;

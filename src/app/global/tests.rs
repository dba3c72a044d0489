//! The global table against every screen's own: no key means two things on
//! any screen, a screen's table holds no global command, and a screen only
//! leaves out commands that are global.

use super::super::keymap::clashes;
use super::super::{BoardScreen, Component, Screens};
use super::*;

/// Every screen's component, and the board with the decisions panel focused.
fn screens() -> Vec<(&'static str, Box<dyn Component>)> {
    let s = Screens::default();
    let mut panel = BoardScreen::default();
    panel.panel.focused = true;
    vec![
        ("overview", Box::new(s.overview)),
        ("board", Box::new(s.board)),
        ("panel", Box::new(panel)),
        ("plan", Box::new(s.plan)),
        ("indicators", Box::new(s.indicators)),
        ("card", Box::new(s.card)),
        ("merge", Box::new(s.merge)),
        ("meeting", Box::new(s.meeting)),
        ("changes", Box::new(s.changes)),
        ("matrix", Box::new(s.matrix)),
    ]
}

#[test]
fn the_global_table_has_no_clash_of_its_own() {
    assert_eq!(clashes(KEYS), []);
}

#[test]
fn no_key_means_two_things_on_any_screen() {
    for (name, c) in screens() {
        let mut table: Vec<Binding> = c.keys().to_vec();
        table.extend(in_force(c.left_out()).into_iter().copied());
        assert_eq!(clashes(&table), [], "{name}");
    }
}

#[test]
fn a_global_key_cannot_hide_in_a_screens_table() {
    // Bound on a screen that did not leave it out, a global key would be
    // caught by the screen first: the clash test above catches that too,
    // but this one names the row. Every global key is checked on its own.
    for (name, c) in screens() {
        for g in in_force(c.left_out()) {
            for k in g.keys {
                let ev = crossterm::event::KeyEvent::new(k.code, k.mods);
                assert_eq!(
                    keymap::lookup(c.keys(), &ev),
                    None,
                    "{name} binds the global key {}",
                    k.label
                );
            }
        }
    }
}

#[test]
fn help_and_quit_are_in_force_everywhere_and_left_out_names_only_globals() {
    for (name, c) in screens() {
        let cmds: Vec<Cmd> = in_force(c.left_out()).iter().map(|b| b.cmd).collect();
        assert!(cmds.contains(&Cmd::Help), "{name}");
        assert!(cmds.contains(&Cmd::Quit), "{name}");
        for cmd in c.left_out() {
            assert!(KEYS.iter().any(|b| b.cmd == *cmd), "{name}: {cmd:?}");
        }
    }
}

#[test]
fn a_key_the_screen_leaves_out_is_not_looked_up() {
    let tab = crossterm::event::KeyEvent::new(KeyCode::Tab, crossterm::event::KeyModifiers::NONE);
    assert_eq!(lookup(&[], &tab), Some(Cmd::NextBoard));
    assert_eq!(lookup(&[Cmd::NextBoard], &tab), None);
}

#[test]
fn hints_put_help_first_and_add_the_global_hints_once() {
    let own = keymap::hints(super::super::plan::KEYS);
    let first_own = own.first().map(|h| h.binding.cmd);
    let out = hints(own, &[], HintsAt::End);
    let cmds: Vec<Cmd> = out.iter().map(|h| h.binding.cmd).collect();
    assert_eq!(cmds.first(), Some(&Cmd::Help));
    assert_eq!(cmds.get(1).copied(), first_own);
    for cmd in [Cmd::Help, Cmd::Undo, Cmd::Decide, Cmd::Meeting] {
        assert_eq!(cmds.iter().filter(|c| **c == cmd).count(), 1, "{cmd:?}");
    }
    // A global row not marked for the hint bar stays out of it.
    assert!(!cmds.contains(&Cmd::Redo));
    // Left out, it is not offered either.
    let out = hints(
        keymap::hints(super::super::plan::KEYS),
        &[Cmd::Undo],
        HintsAt::End,
    );
    assert!(out.iter().all(|h| h.binding.cmd != Cmd::Undo));
}

#[test]
fn global_hints_go_where_the_screen_places_them() {
    let own = keymap::hints(super::super::board::KEYS);
    let cmds = |at| -> Vec<Cmd> {
        hints(keymap::hints(super::super::board::KEYS), &[], at)
            .iter()
            .map(|h| h.binding.cmd)
            .collect()
    };
    let after = cmds(HintsAt::After(Cmd::Archive));
    let x = after.iter().position(|c| *c == Cmd::Archive).unwrap();
    assert_eq!(after[x + 1..x + 4], [Cmd::Meeting, Cmd::Decide, Cmd::Undo]);
    assert_eq!(after.len(), own.len() + 4);
    let end = cmds(HintsAt::End);
    assert_eq!(end[end.len() - 3..], [Cmd::Meeting, Cmd::Decide, Cmd::Undo]);
    let nowhere = cmds(HintsAt::Nowhere);
    assert_eq!(nowhere.len(), own.len() + 1);
    assert_eq!(nowhere.first(), Some(&Cmd::Help));
}

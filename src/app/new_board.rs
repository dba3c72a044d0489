//! A new board from the overview (`n`): a small form asks its kind
//! (forbedring or drift; `f` or `d` will do, and the English and nynorsk
//! words), its name and, if the team has them, its team leader and
//! measurement lead (seed 001), and asks the worker to write it from its template
//! ([`Effect::NewBoard`], the folder layer's `create_board`, as `tavle new`
//! does). When the worker says where it wrote it, the board is selected —
//! and opened, from the overview — as soon as the folder lists it (at once
//! when it already does). No I/O here.

use std::path::PathBuf;

use super::editor::{EditKind, Editor, Field, Flow};
use super::event::Effect;
use super::request::{Request, Requests};
use super::shared::Shared;
use super::{Overlay, Screen};
use crate::i18n::{Msg, NewBoardMsg};
use tavle_core::template::Roles;

/// `n` on the overview: the form, kind first.
pub fn open(rq: &mut Requests) {
    rq.open(Overlay::Editor(Editor::form(
        EditKind::NewBoard,
        vec![
            (Field::Kind, String::new()),
            (Field::Name, String::new()),
            (Field::TeamLeader, String::new()),
            (Field::MeasurementLead, String::new()),
        ],
    )));
}

/// Enter in the form: a kind and a name ask the worker for the board;
/// otherwise the form stays with what is wrong. Enter on a good kind with
/// no name yet only moves on to the name.
pub fn save(ed: &mut Editor, s: &Shared, rq: &mut Requests) -> Flow {
    let typed = ed.get(Field::Kind);
    let Some(kind) = tavle_core::template::kind_named(&typed) else {
        ed.error = Some(Msg::NewBoard(NewBoardMsg::BadKind(typed)));
        ed.focus_on(Field::Kind);
        return Flow::Stay;
    };
    let title = ed.get(Field::Name);
    if title.is_empty() {
        let on_kind = ed
            .fields
            .get(ed.focus)
            .is_some_and(|f| f.field == Field::Kind);
        ed.error = (!on_kind).then_some(Msg::NewBoard(NewBoardMsg::NoName));
        ed.focus_on(Field::Name);
        return Flow::Stay;
    }
    let dir = s.dir().to_path_buf();
    let name = |f| Some(ed.get(f)).filter(|n| !n.trim().is_empty());
    let roles = Roles {
        team_leader: name(Field::TeamLeader),
        measurement_lead: name(Field::MeasurementLead),
    };
    rq.effect(Effect::NewBoard {
        dir,
        kind,
        title,
        roles,
    });
    Flow::Close
}

/// The board written, waiting to be listed: selected (and opened, from
/// the overview) as soon as it is.
#[derive(Debug, Default)]
pub struct Awaited(Option<PathBuf>);

impl Awaited {
    /// The worker wrote the board at `path`.
    pub fn wait_for(&mut self, path: PathBuf) {
        self.0 = Some(path);
    }

    /// Once the board is listed: select it and, when `screen` is the
    /// overview, open it.
    pub fn arrived(&mut self, s: &Shared, screen: Screen, rq: &mut Requests) {
        let Some(path) = self.0.as_ref() else {
            return;
        };
        if s.entries().iter().any(|e| &e.path == path) {
            rq.push(Request::Show(path.clone()));
            if screen == Screen::Overview {
                rq.go(Screen::Board);
            }
            self.0 = None;
        }
    }
}

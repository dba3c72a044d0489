//! The undo history: the steps that reverse what was saved (undo), those
//! that reverse an undo (redo), and undo or redo pressed while the step it
//! concerns was still being saved. Its only writer is this module, called by
//! the boards' owner when a save comes back and when `u`/`r` is pressed.

use super::Step;
use crate::app::event::Origin;

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Undo and redo pressed while the step they concern was still being
    /// saved: carried out, in order, once the saves in flight are done.
    deferred: Vec<Origin>,
}

impl History {
    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// How many steps can be redone.
    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }

    /// Keep the reverse of a saved step: an edit or a redo goes on the undo
    /// stack, an undo on the redo stack. A new edit forgets what could be redone.
    pub(super) fn saved(&mut self, origin: Origin, step: Step) {
        match origin {
            Origin::Edit | Origin::Redo => self.undo.push(step),
            Origin::Undo => self.redo.push(step),
        }
    }

    /// A new edit was saved: what was undone before cannot be redone now.
    pub(super) fn edited(&mut self) {
        self.redo.clear();
    }

    /// The latest step to undo (or redo), taken off its stack.
    pub(super) fn pop(&mut self, origin: Origin) -> Option<Step> {
        match origin {
            Origin::Undo => self.undo.pop(),
            _ => self.redo.pop(),
        }
    }

    /// Whether undo or redo presses wait for saves in flight.
    pub(super) fn waiting(&self) -> bool {
        !self.deferred.is_empty()
    }

    /// Carry out `origin` once the saves in flight are done.
    pub(super) fn defer(&mut self, origin: Origin) {
        self.deferred.push(origin);
    }

    /// The presses that waited, oldest first; none wait after this.
    pub(super) fn take_deferred(&mut self) -> Vec<Origin> {
        std::mem::take(&mut self.deferred)
    }
}

//! Tests for the survivors of mutation run 21 in the model
//! (`core/src/model.rs`, `core/src/model/`): `cargo mutants -p tavle-core
//! --config /tmp/rest.toml --shuffle`, the list from
//! `scripts/mutants_rest.py`. Each names its mutant and the rule it holds;
//! the expected values are written out by hand, never taken from the code
//! under test.

use tavle_core::model::{AgendaItem, Extra};

/// `model/meeting.rs:87` `&&` → `||` in `<impl Serialize for AgendaItem>`:
/// only an item with neither its own time box nor unknown keys is written
/// as a plain string; one with a time box keeps it, one with an unknown key
/// keeps that key, as objects.
#[test]
fn an_agenda_item_is_a_plain_string_only_when_it_has_nothing_but_a_title() {
    let write = |item: &AgendaItem| serde_json::to_string(item).unwrap();
    assert_eq!(write(&AgendaItem::new("Runde")), r#""Runde""#);
    let timed = AgendaItem {
        title: "Tavla".into(),
        minutes: Some(5),
        extra: Extra::new(),
    };
    assert_eq!(write(&timed), r#"{"title":"Tavla","minutes":5}"#);
    let mut extra = Extra::new();
    extra.insert("farge".into(), serde_json::Value::String("rød".into()));
    let marked = AgendaItem {
        title: "Avvik".into(),
        minutes: None,
        extra,
    };
    assert_eq!(write(&marked), r#"{"title":"Avvik","farge":"rød"}"#);
}

//! Tests for the survivors of mutation run 21 in the merge
//! (`cargo mutants -p tavle-core --config /tmp/rest.toml --shuffle`). Each
//! names its mutant and the rule it holds; the expected values are written
//! out by hand, never taken from the code under test.

use serde_json::json;
use tavle_core::merge::Element;
use tavle_core::model::Board;

fn board(json: &str) -> Board {
    let (b, diags) = tavle_core::analyze::analyze_text(json);
    b.unwrap_or_else(|| panic!("{diags:?}"))
}

/// `merge/diff.rs:97` delete the arm `Element::Indicator` in `changed`: an
/// indicator both boards have, renamed and given a unit, is shown as two
/// changed fields (its values are compared by date, apart).
#[test]
fn a_renamed_indicator_is_a_changed_field() {
    let before = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i","title":"Fall","values":[]}]}"#,
    );
    let after = board(
        r#"{"tavle":1,"title":"T","kind":"drift","columns":[{"id":"a","title":"A"}],
           "indicators":[{"id":"i","title":"Fall per uke","unit":"stk","values":[]}]}"#,
    );
    let got: Vec<(Element, String, String, serde_json::Value, serde_json::Value)> =
        tavle_core::merge::changed(&before, &after)
            .into_iter()
            .map(|c| (c.element.element, c.element.title, c.field, c.from, c.to))
            .collect();
    let ind = || Element::Indicator("i".into());
    assert_eq!(
        got,
        [
            (
                ind(),
                "Fall per uke".into(),
                "title".into(),
                json!("Fall"),
                json!("Fall per uke")
            ),
            (
                ind(),
                "Fall per uke".into(),
                "unit".into(),
                serde_json::Value::Null,
                json!("stk")
            ),
        ]
    );
}

//! The JSON Schema of format v1, generated from the model types so it cannot
//! drift from the code (`schema/board.schema.json` is checked by a test).

use crate::model::Board;

/// The schema as pretty-printed JSON with a final newline.
pub fn board_schema() -> String {
    let mut schema = schemars::schema_for!(Board);
    schema.insert(
        "$id".into(),
        "https://tavle.no/schema/board.schema.json".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

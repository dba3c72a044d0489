//! Times in the file: RFC 3339 with an offset, kept as written. Part of [`super`].

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Serialize, Serializer};

/// An RFC 3339 time with offset. The text is kept as written, so that a
/// `Z` is not rewritten as `+00:00` on save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    raw: String,
    at: DateTime<FixedOffset>,
}

impl Timestamp {
    /// Parse RFC 3339 (`2026-11-24T08:15:00+01:00`).
    pub fn parse(s: &str) -> Option<Timestamp> {
        DateTime::parse_from_rfc3339(s).ok().map(|at| Timestamp {
            raw: s.to_string(),
            at,
        })
    }

    /// A timestamp for `at`, written with seconds precision.
    pub fn from_datetime(at: DateTime<FixedOffset>) -> Timestamp {
        Timestamp {
            raw: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            at,
        }
    }

    pub fn at(&self) -> DateTime<FixedOffset> {
        self.at
    }

    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.raw)
    }
}

impl JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "RFC 3339 time with offset, e.g. 2026-11-24T08:15:00+01:00"
        })
    }
}

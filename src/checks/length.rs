//! `length/ratio`: not written yet (owned by the basic-checks work).

use super::{Check, Examples, Kind, MqmCategory, RuleMeta, Severity};

/// Placeholder.
pub struct Length;

static META: RuleMeta = RuleMeta {
    id: "length/ratio",
    kind: Kind::Length,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Major,
    summary: "placeholder",
    explain: "What it catches: -\nWhy it matters: -\nExample: -\nKnown false alarms: -",
    examples: Examples {
        flags: ("id", "Satu.", "en", "One."),
        allows: ("id", "Satu.", "en", "One."),
    },
};

impl Check for Length {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}

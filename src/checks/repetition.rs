//! `repetition/phrase`: not written yet (owned by the basic-checks work).

use super::{Check, Examples, Kind, MqmCategory, RuleMeta, Severity};

/// Placeholder.
pub struct Repetition;

static META: RuleMeta = RuleMeta {
    id: "repetition/phrase",
    kind: Kind::Repetition,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Major,
    summary: "placeholder",
    explain: "What it catches: -\nWhy it matters: -\nExample: -\nKnown false alarms: -",
    examples: Examples {
        flags: ("id", "Satu.", "en", "One."),
        allows: ("id", "Satu.", "en", "One."),
    },
};

impl Check for Repetition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}

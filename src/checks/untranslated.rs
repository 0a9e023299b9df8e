//! `untranslated/copied`: not written yet (owned by the basic-checks work).

use super::{Check, Examples, Kind, MqmCategory, RuleMeta, Severity};

/// Placeholder.
pub struct Untranslated;

static META: RuleMeta = RuleMeta {
    id: "untranslated/copied",
    kind: Kind::Untranslated,
    category: MqmCategory::AccuracyMistranslation,
    default_severity: Severity::Major,
    summary: "placeholder",
    explain: "What it catches: -\nWhy it matters: -\nExample: -\nKnown false alarms: -",
    examples: Examples {
        flags: ("id", "Satu.", "en", "One."),
        allows: ("id", "Satu.", "en", "One."),
    },
};

impl Check for Untranslated {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }
}

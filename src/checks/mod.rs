//! The rules. A check is a unit struct with one static `RuleMeta` and a `check` method over one
//! aligned unit (or `check_document` over a whole aligned record). Checks never print and never
//! read files or config; they only look at `UnitView`s and push to `Findings`. The engine
//! (`pipeline`) stamps severities and converts spans.

pub mod addition;
pub mod entity;
pub mod glossary;
pub mod length;
pub mod negation;
pub mod number;
pub mod omission;
pub mod registry;
pub mod repetition;
#[cfg(test)]
pub mod testing;
pub mod untranslated;
pub mod watchlist;
pub mod wrong_language;

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

use crate::analyse::Side;

/// The stable top-level family of a rule, which scripts and scorers match on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Entity,
    Number,
    Negation,
    Omission,
    Addition,
    Untranslated,
    WrongLanguage,
    Repetition,
    Length,
    Watchlist,
    Glossary,
    Punctuation,
    Fluency,
}

impl Kind {
    /// Every kind, in the data contract's order (`report/jsonl.rs`).
    pub const ALL: [Kind; 13] = [
        Kind::Entity,
        Kind::Number,
        Kind::Negation,
        Kind::Omission,
        Kind::Addition,
        Kind::Untranslated,
        Kind::WrongLanguage,
        Kind::Repetition,
        Kind::Length,
        Kind::Watchlist,
        Kind::Glossary,
        Kind::Punctuation,
        Kind::Fluency,
    ];

    /// The wire name (`wrong-language`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Entity => "entity",
            Kind::Number => "number",
            Kind::Negation => "negation",
            Kind::Omission => "omission",
            Kind::Addition => "addition",
            Kind::Untranslated => "untranslated",
            Kind::WrongLanguage => "wrong-language",
            Kind::Repetition => "repetition",
            Kind::Length => "length",
            Kind::Watchlist => "watchlist",
            Kind::Glossary => "glossary",
            Kind::Punctuation => "punctuation",
            Kind::Fluency => "fluency",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// MQM error category (the Multidimensional Quality Metrics typology).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MqmCategory {
    AccuracyMistranslation,
    AccuracyOmission,
    AccuracyAddition,
    AccuracyUntranslated,
    FluencyGrammar,
    FluencyPunctuation,
    FluencyInconsistency,
    StyleAwkward,
    TerminologyWrongTerm,
    LocaleConventionNumberFormat,
    OtherWrongLanguage,
}

impl MqmCategory {
    /// The wire name, `Accuracy/Mistranslation` style.
    pub fn as_str(self) -> &'static str {
        match self {
            MqmCategory::AccuracyMistranslation => "Accuracy/Mistranslation",
            MqmCategory::AccuracyOmission => "Accuracy/Omission",
            MqmCategory::AccuracyAddition => "Accuracy/Addition",
            MqmCategory::AccuracyUntranslated => "Accuracy/Untranslated",
            MqmCategory::FluencyGrammar => "Fluency/Grammar",
            MqmCategory::FluencyPunctuation => "Fluency/Punctuation",
            MqmCategory::FluencyInconsistency => "Fluency/Inconsistency",
            MqmCategory::StyleAwkward => "Style/Awkward",
            MqmCategory::TerminologyWrongTerm => "Terminology/Wrong term",
            MqmCategory::LocaleConventionNumberFormat => "Locale convention/Number format",
            MqmCategory::OtherWrongLanguage => "Other/Wrong language",
        }
    }
}

impl Serialize for MqmCategory {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// How serious a finding is. Ordered: `Minor < Major < Critical`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Minor,
    Major,
    Critical,
}

impl Severity {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }

    /// Parses `minor`, `major` or `critical`.
    pub fn from_name(s: &str) -> Option<Severity> {
        match s {
            "minor" => Some(Severity::Minor),
            "major" => Some(Severity::Major),
            "critical" => Some(Severity::Critical),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything a rule declares about itself: one source of truth for `mtcheck rules`, SARIF
/// `rules[]` and the HTML report's help text.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable `kind/slug` id.
    pub id: &'static str,
    pub kind: Kind,
    pub category: MqmCategory,
    pub default_severity: Severity,
    /// One line: what the rule reports.
    pub summary: &'static str,
    /// Four sections: What it catches, Why it matters, Example, Known false alarms.
    pub explain: &'static str,
    /// An example pair (source language, source, target language, translation) that the rule
    /// flags, and one it allows; `mtcheck rules ID` shows them and a test runs them.
    pub examples: Examples,
}

impl PartialEq for RuleMeta {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

/// A rule's own examples, run by the registry's tests.
#[derive(Debug)]
pub struct Examples {
    pub flags: (&'static str, &'static str, &'static str, &'static str),
    pub allows: (&'static str, &'static str, &'static str, &'static str),
}

/// One aligned unit as checks see it.
#[derive(Debug)]
pub struct UnitView<'a> {
    /// Position of the unit in the record, from 0.
    pub index: usize,
    pub src: Side<'a>,
    pub hyp: Side<'a>,
    /// The human reference for the whole record, when there is one.
    pub reference: Option<&'a str>,
    /// The user's watchlist and glossary (empty when none were given).
    pub lists: &'a crate::lexicon::watchlist::UserLists,
    coverage: std::sync::OnceLock<crate::analyse::coverage::Coverage>,
}

impl<'a> UnitView<'a> {
    /// The view of unit `index` with its two sides.
    pub fn new(
        index: usize,
        src: Side<'a>,
        hyp: Side<'a>,
        reference: Option<&'a str>,
        lists: &'a crate::lexicon::watchlist::UserLists,
    ) -> Self {
        UnitView {
            index,
            src,
            hyp,
            reference,
            lists,
            coverage: std::sync::OnceLock::new(),
        }
    }

    /// Which source words have a counterpart in the translation, and where (computed on
    /// first use, shared by the rules).
    pub fn coverage(&self) -> &crate::analyse::coverage::Coverage {
        self.coverage
            .get_or_init(|| crate::analyse::coverage::Coverage::new(&self.src, &self.hyp))
    }

    /// Source text with no translation.
    pub fn is_omission(&self) -> bool {
        self.hyp.is_empty() && !self.src.is_empty()
    }

    /// Translation text with no source.
    pub fn is_addition(&self) -> bool {
        self.src.is_empty() && !self.hyp.is_empty()
    }

    /// Both sides hold text.
    pub fn is_paired(&self) -> bool {
        !self.src.is_empty() && !self.hyp.is_empty()
    }
}

/// A whole aligned record, for document-level rules.
#[derive(Debug)]
pub struct DocView<'a> {
    pub units: &'a [UnitView<'a>],
}

impl DocView<'_> {
    /// The paired units that do not stand next to a one-sided unit. Beside a sentence the
    /// alignment left unmatched, a unit may hold only part of its counterpart (the aligner cut
    /// there), so length-based rules skip it; the unmatched sentence has its own finding.
    pub fn paired_away_from_gaps(&self) -> impl Iterator<Item = &UnitView<'_>> {
        self.units.iter().enumerate().filter_map(|(i, unit)| {
            let beside_one_sided = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| self.units.get(j))
                .any(|v| !v.is_paired());
            (unit.is_paired() && !beside_one_sided).then_some(unit)
        })
    }
}

/// A finding as a check reports it: spans are byte ranges in the unit's own text on each side.
#[derive(Debug, Clone)]
pub struct RawFinding {
    pub rule: &'static RuleMeta,
    /// The unit it belongs to.
    pub unit: usize,
    /// The check's own severity for this finding, when the evidence is stronger or weaker than
    /// usual; `None` takes the rule's default.
    pub severity: Option<Severity>,
    pub hyp_span: Option<Range<usize>>,
    pub src_span: Option<Range<usize>>,
    pub message: String,
    pub suggestion: Option<String>,
}

impl RawFinding {
    /// Marks the span in the translation (bytes of the unit's translation text).
    pub fn hyp(&mut self, span: Range<usize>) -> &mut Self {
        self.hyp_span = Some(span);
        self
    }

    /// Marks the span in the source (bytes of the unit's source text).
    pub fn src(&mut self, span: Range<usize>) -> &mut Self {
        self.src_span = Some(span);
        self
    }

    /// Gives the fix.
    pub fn suggest(&mut self, text: impl Into<String>) -> &mut Self {
        self.suggestion = Some(text.into());
        self
    }

    /// Sets this finding's own severity.
    pub fn severity(&mut self, severity: Severity) -> &mut Self {
        self.severity = Some(severity);
        self
    }
}

/// Where checks put what they find.
#[derive(Debug, Default)]
pub struct Findings {
    /// The unit that `flag` attaches to.
    pub unit: usize,
    pub items: Vec<RawFinding>,
}

impl Findings {
    /// Reports a finding on the current unit.
    pub fn flag(&mut self, rule: &'static RuleMeta, message: impl Into<String>) -> &mut RawFinding {
        let unit = self.unit;
        self.flag_in(unit, rule, message)
    }

    /// Reports a finding on unit `unit` (document-level rules).
    pub fn flag_in(
        &mut self,
        unit: usize,
        rule: &'static RuleMeta,
        message: impl Into<String>,
    ) -> &mut RawFinding {
        self.items.push(RawFinding {
            rule,
            unit,
            severity: None,
            hyp_span: None,
            src_span: None,
            message: message.into(),
            suggestion: None,
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }
}

/// A rule.
pub trait Check: Send + Sync {
    /// What the rule is.
    fn meta(&self) -> &'static RuleMeta;

    /// Looks at one unit.
    fn check(&self, _unit: &UnitView<'_>, _out: &mut Findings) {}

    /// Looks at the whole aligned record (for rules that compare units).
    fn check_document(&self, _doc: &DocView<'_>, _out: &mut Findings) {}
}

/// Quotes a piece of text for a message, shortened when long.
pub fn quote(text: &str) -> String {
    let t = text.trim();
    let n = t.chars().count();
    if n <= 80 {
        format!("“{t}”")
    } else {
        let head: String = t.chars().take(60).collect();
        format!("“{}…”", head.trim_end())
    }
}

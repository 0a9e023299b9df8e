//! `ALL`, the one list of checks, sorted by id; lookup by id; and the rule set resolved from
//! configuration (which rules run, at which severity).

use std::collections::BTreeMap;

use super::{Check, RuleMeta, Severity};

/// Every check mtcheck has, sorted by id.
pub static ALL: &[&dyn Check] = &[
    &super::addition::NewFacts,
    &super::addition::Addition,
    &super::addition::Unsupported,
    &super::entity::added::Added,
    &super::entity::missing::Missing,
    &super::entity::name_altered::NameAltered,
    &super::entity::name_word::NameAsWord,
    &super::entity::swapped::Swapped,
    &super::glossary::Term,
    &super::length::Length,
    &super::negation::added::Added,
    &super::negation::denial::Denial,
    &super::negation::lost::Lost,
    &super::number::changed::Changed,
    &super::omission::bracket::Bracket,
    &super::omission::clause::Clause,
    &super::omission::cut_word::CutWord,
    &super::omission::replaced::Replaced,
    &super::omission::seam::Seam,
    &super::omission::sentence::Omission,
    &super::omission::splice::Splice,
    &super::repetition::doubled::Doubled,
    &super::repetition::phrase::Phrase,
    &super::repetition::sentence::Sentence,
    &super::untranslated::copied::Copied,
    &super::untranslated::source_words::SourceWords,
    &super::watchlist::KnownBad,
    &super::wrong_language::WrongLanguage,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static dyn Check> {
    ALL.iter().copied().find(|c| c.meta().id == id)
}

/// Every rule's metadata, sorted by id.
pub fn metas() -> impl Iterator<Item = &'static RuleMeta> {
    ALL.iter().map(|c| c.meta())
}

/// Each rule's major and critical flags as last measured on benches it was not tuned on, written
/// by `benches/rule_precision.py` (never typed by hand).
const PRECISION: &str = include_str!("registry/precision.tsv");

/// One rule's measured major flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measured {
    /// Major or critical flags on text with an error of a kind the rule reports.
    pub right: u32,
    /// Major or critical flags on clean text (professional translations, unfaulted MT).
    pub wrong: u32,
    /// Injected errors of a kind the rule reports that it flagged major.
    pub caught: u32,
    /// Injected errors of a kind the rule reports.
    pub errors: u32,
}

impl Measured {
    /// The share of its major flags that were right, when it raised any.
    pub fn precision(&self) -> Option<f64> {
        let n = self.right + self.wrong;
        (n > 0).then(|| f64::from(self.right) / f64::from(n))
    }
}

/// When and at which commit the table was measured (`"2026-12-07", "abc1234"`).
pub fn measured_on() -> (&'static str, &'static str) {
    PRECISION
        .lines()
        .find_map(|l| l.strip_prefix("# measured\t"))
        .and_then(|l| l.split_once('\t'))
        .unwrap_or(("never", "-"))
}

/// The rule's measured major flags, if the table has it.
pub fn measured(id: &str) -> Option<Measured> {
    PRECISION
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            let mut cols = l.split('\t');
            if cols.next()? != id {
                return None;
            }
            let mut n = cols.map(|c| c.parse::<u32>().ok());
            Some(Measured {
                right: n.next()??,
                wrong: n.next()??,
                caught: n.next()??,
                errors: n.next()??,
            })
        })
}

/// The closest known rule id to a misspelt one, for "did you mean".
pub fn suggest_id(id: &str) -> Option<&'static str> {
    metas()
        .map(|m| (strsim::jaro_winkler(id, m.id), m.id))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// A user's choice for one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSetting {
    Off,
    Severity(Severity),
}

/// The rules that run and the severity overrides, resolved before any work starts.
#[derive(Clone)]
pub struct RuleSet {
    pub checks: Vec<&'static dyn Check>,
    overrides: BTreeMap<&'static str, Severity>,
}

impl std::fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.checks.iter().map(|c| c.meta().id).collect();
        f.debug_struct("RuleSet")
            .field("checks", &ids)
            .field("overrides", &self.overrides)
            .finish()
    }
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet {
            checks: ALL.to_vec(),
            overrides: BTreeMap::new(),
        }
    }
}

impl RuleSet {
    /// Applies per-rule settings; an unknown id is returned as the error.
    pub fn with_settings<'s>(
        settings: impl IntoIterator<Item = (&'s str, RuleSetting)>,
    ) -> Result<Self, String> {
        let mut set = RuleSet::default();
        for (id, s) in settings {
            let Some(check) = find(id) else {
                return Err(id.to_string());
            };
            let id = check.meta().id;
            match s {
                RuleSetting::Off => set.checks.retain(|c| c.meta().id != id),
                RuleSetting::Severity(sev) => {
                    set.overrides.insert(id, sev);
                }
            }
        }
        Ok(set)
    }

    /// The severity a finding of `rule` ends up with: the user's override, else the check's own
    /// choice, else the rule's default.
    pub fn severity(&self, rule: &RuleMeta, own: Option<Severity>) -> Severity {
        self.overrides
            .get(rule.id)
            .copied()
            .or(own)
            .unwrap_or(rule.default_severity)
    }

    /// Whether `id` runs.
    pub fn is_enabled(&self, id: &str) -> bool {
        self.checks.iter().any(|c| c.meta().id == id)
    }
}

#[cfg(test)]
mod tests;

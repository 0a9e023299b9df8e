//! `ALL`, the one list of checks, sorted by id; lookup by id; and the rule set resolved from
//! configuration (which rules run, at which severity).

use std::collections::BTreeMap;

use super::{Check, RuleMeta, Severity};

/// Every check mtcheck has, sorted by id.
pub static ALL: &[&dyn Check] = &[
    &super::addition::Addition,
    &super::entity::added::Added,
    &super::entity::missing::Missing,
    &super::entity::name_altered::NameAltered,
    &super::entity::swapped::Swapped,
    &super::glossary::Term,
    &super::length::Length,
    &super::negation::added::Added,
    &super::negation::denial::Denial,
    &super::negation::lost::Lost,
    &super::number::changed::Changed,
    &super::omission::clause::Clause,
    &super::omission::sentence::Omission,
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
mod tests {
    use super::*;
    use crate::checks::testing::run_example;

    #[test]
    fn ids_are_sorted_unique_and_match_their_kind() {
        let ids: Vec<&str> = metas().map(|m| m.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted, "ALL must be sorted by id, without duplicates");
        for m in metas() {
            let (kind, slug) = m.id.split_once('/').expect("ids are kind/slug");
            assert_eq!(kind, m.kind.as_str(), "{}", m.id);
            assert!(
                !slug.is_empty()
                    && slug
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                m.id
            );
        }
    }

    #[test]
    fn every_rule_explains_itself_in_four_sections() {
        for m in metas() {
            assert!(!m.summary.is_empty(), "{}", m.id);
            for heading in [
                "What it catches:",
                "Why it matters:",
                "Example:",
                "Known false alarms:",
            ] {
                assert!(m.explain.contains(heading), "{} lacks {heading}", m.id);
            }
        }
    }

    #[test]
    fn every_rule_flags_its_own_bad_example_and_allows_its_good_one() {
        for check in ALL {
            let m = check.meta();
            let flagged = run_example(*check, m.examples.flags);
            assert!(
                flagged.iter().any(|f| f.rule.id == m.id),
                "{} does not flag its own example: {:?}",
                m.id,
                m.examples.flags
            );
            let allowed = run_example(*check, m.examples.allows);
            assert!(
                allowed.iter().all(|f| f.rule.id != m.id),
                "{} flags its own good example: {allowed:?}",
                m.id
            );
        }
    }

    #[test]
    fn unknown_rule_id_is_rejected_with_a_suggestion() {
        let err = RuleSet::with_settings([("omission/sentnce", RuleSetting::Off)]).unwrap_err();
        assert_eq!(err, "omission/sentnce");
        assert_eq!(suggest_id("omission/sentnce"), Some("omission/sentence"));
    }

    #[test]
    fn override_wins_over_the_checks_own_severity() {
        let set =
            RuleSet::with_settings([("omission/sentence", RuleSetting::Severity(Severity::Minor))])
                .unwrap();
        let m = find("omission/sentence").unwrap().meta();
        assert_eq!(set.severity(m, Some(Severity::Critical)), Severity::Minor);
        assert_eq!(RuleSet::default().severity(m, None), m.default_severity);
    }
}

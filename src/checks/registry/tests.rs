//! Tests of `registry`.

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

#[test]
fn every_rule_has_a_measured_row() {
    let (date, commit) = measured_on();
    assert!(date.len() == 10 && commit != "-", "{date} {commit}");
    for m in metas() {
        assert!(
            measured(m.id).is_some(),
            "{} has no row in precision.tsv",
            m.id
        );
    }
    assert_eq!(measured("no/such-rule"), None);
}

#[test]
fn precision_is_the_share_of_right_flags() {
    let m = Measured {
        right: 19,
        wrong: 1,
        caught: 0,
        errors: 0,
    };
    assert_eq!(m.precision(), Some(0.95));
    assert_eq!(Measured { right: 0, ..m }.precision(), Some(0.0));
    assert_eq!(
        Measured {
            right: 0,
            wrong: 0,
            ..m
        }
        .precision(),
        None
    );
}

//! Tests of `rules`.

use super::*;

#[test]
fn lists_every_rule_with_kind_category_and_severity() {
    let mut buf = Vec::new();
    list(&mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    for m in registry::metas() {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{} ", m.id)))
            .unwrap_or_else(|| panic!("{} missing from the list", m.id));
        assert!(line.contains(m.kind.as_str()), "{line}");
        assert!(line.contains(m.category.as_str()), "{line}");
        assert!(line.contains(m.default_severity.as_str()), "{line}");
    }
}

#[test]
fn explains_each_rule_from_its_metadata() {
    for m in registry::metas() {
        let mut buf = Vec::new();
        explain(&mut buf, m).unwrap();
        let text = String::from_utf8(buf).unwrap();
        for heading in [
            "What it catches:",
            "Why it matters:",
            "Example:",
            "Known false alarms:",
            "Flagged:",
            "Not flagged:",
        ] {
            assert!(text.contains(heading), "{}: no {heading}\n{text}", m.id);
        }
        assert!(text.contains(m.examples.flags.3));
        assert!(text.contains(m.examples.allows.3));
    }
}

#[test]
fn rejects_an_unknown_rule() {
    let code = run(&RulesArgs {
        rule: Some("omission/sentense".to_string()),
    })
    .unwrap();
    assert_eq!(code, EXIT_ERROR);
}

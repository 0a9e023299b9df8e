//! MQM-style penalty points: each finding costs points by severity, minor 1, major 5 and
//! critical 25 by default (the usual MQM weights; `[mqm]` in mtcheck.toml changes them).
//! Reports divide a record's points by its source words to give points per 1,000 words,
//! which compares articles of different lengths.

use crate::checks::Severity;
use crate::result::Finding;

/// The penalty points of `findings` with `penalties` = [minor, major, critical].
pub fn penalty_points(findings: &[Finding], penalties: &[f64; 3]) -> f64 {
    findings
        .iter()
        .map(|f| match f.severity {
            Severity::Minor => penalties[0],
            Severity::Major => penalties[1],
            Severity::Critical => penalties[2],
        })
        // Folded from +0.0: an empty f64 `sum()` is -0.0, which prints as "-0.0".
        .fold(0.0, |a, b| a + b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::registry;

    fn finding(severity: Severity) -> Finding {
        Finding {
            rule: registry::ALL[0].meta(),
            severity,
            hyp_span: None,
            src_span: None,
            message: String::new(),
            suggestion: None,
        }
    }

    #[test]
    fn weighs_findings_by_severity() {
        let f = [
            finding(Severity::Minor),
            finding(Severity::Major),
            finding(Severity::Critical),
        ];
        assert_eq!(penalty_points(&f, &[1.0, 5.0, 25.0]), 31.0);
        assert_eq!(penalty_points(&f, &[0.0, 2.0, 10.0]), 12.0);
    }

    #[test]
    fn no_findings_is_plain_zero() {
        let p = penalty_points(&[], &[1.0, 5.0, 25.0]);
        assert_eq!(format!("{p:.1}"), "0.0");
    }
}

//! MQM-style penalty points: minor 1, major 5, critical 25 by default (configurable).

use crate::checks::Severity;
use crate::pipeline::Finding;

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

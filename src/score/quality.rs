//! The reference-free `quality` score, 0-100 (first cut: 100 less the MQM points, floored at 0;
//! to be calibrated).

use crate::pipeline::UnitResult;

/// Quality of one unit.
pub fn unit_quality(unit: &UnitResult) -> f64 {
    (100.0 - unit.scores.mqm * 2.0).max(0.0)
}

/// Quality of a record: the units' qualities weighted by source length.
pub fn record_quality(units: &[UnitResult]) -> f64 {
    let (mut sum, mut weight) = (0.0, 0.0);
    for u in units {
        let w = (u.src.chars().count() + u.hyp.chars().count()).max(1) as f64;
        sum += u.scores.quality * w;
        weight += w;
    }
    if weight == 0.0 { 100.0 } else { sum / weight }
}
